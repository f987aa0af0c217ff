import type { FastifyReply, FastifyRequest } from 'fastify';
import { encodingFor, etagForEncoding } from './compression.ts';
import { etagMatches } from './conditional-get.ts';
import type { PageCache } from './page-cache.ts';

/**
 * Sends a rendered page from the cache when it is there, rendering (and caching) it otherwise,
 * with an ETag so a browser's revalidation costs nothing but a 304. A kept page goes out in the
 * brotli or gzip bytes made when it was kept.
 */
export async function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  cache: PageCache,
  key: string,
  render: () => Promise<string | null>,
): Promise<FastifyReply | null> {
  let page = cache.get(key);
  if (!page) {
    const html = await render();
    if (html === null) return null;
    page = cache.set(key, html);
  }
  const encoding = encodingFor(reply, request.headers['accept-encoding'], page.compressed);
  const etag = etagForEncoding(page.etag, encoding);
  reply.header('etag', etag).header('cache-control', 'public, max-age=0, must-revalidate');
  if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  reply.type('text/html; charset=utf-8');
  if (encoding && page.compressed) return reply.header('content-encoding', encoding).send(page.compressed[encoding]);
  return reply.send(page.body);
}
