import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NotFoundError } from '../../domain/errors.ts';
import { sendDocument } from '../../http/conditional-get.ts';
import { robotsTxt, type SitemapService } from './sitemap.service.ts';

const XML = 'application/xml; charset=utf-8';
// Crawlers fetch sitemaps a few times a day; an hour's staleness costs nothing.
const CACHE = 'public, max-age=3600';

export const sitemapRoutes: FastifyPluginAsyncTypebox<{ sitemap: SitemapService; baseUrl: string }> = async (app, { sitemap, baseUrl }) => {
  app.get('/sitemap.xml', { schema: { hide: true } }, async (request, reply) => {
    const doc = await sitemap.root();
    return sendDocument(request, reply, { ...doc, type: XML, cacheControl: CACHE });
  });

  app.get(
    '/sitemaps/:file',
    { schema: { hide: true, params: Type.Object({ file: Type.String({ pattern: '^[1-9][0-9]{0,5}\\.xml$' }) }) } },
    async (request, reply) => {
      const n = Number.parseInt(request.params.file, 10);
      const doc = await sitemap.part(n);
      if (!doc) throw new NotFoundError(`No sitemap file ${n}`);
      return sendDocument(request, reply, { ...doc, type: XML, cacheControl: CACHE });
    },
  );

  const robots = robotsTxt(baseUrl);
  app.get('/robots.txt', { schema: { hide: true } }, async (request, reply) =>
    sendDocument(request, reply, { body: robots, type: 'text/plain; charset=utf-8', lastModified: null, cacheControl: 'public, max-age=86400' }),
  );
};
