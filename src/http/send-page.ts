import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageCache } from './page-cache.ts';

/**
 * Sends a rendered page from the cache when it is there, rendering (and caching) it otherwise,
 * with an ETag so a browser's revalidation costs nothing but a 304.
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
  reply.header('etag', page.etag).header('cache-control', 'public, max-age=0, must-revalidate');
  if (request.headers['if-none-match'] === page.etag) return reply.code(304).send();
  return reply.type('text/html; charset=utf-8').send(page.body);
}
