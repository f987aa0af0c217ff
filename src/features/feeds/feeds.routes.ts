import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CHANGE_KINDS } from '../../domain/change-kinds.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { CATEGORIES, STATUSES } from '../../domain/medicine.ts';
import { LangParam } from '../../http/lang-param.ts';
import { parseSearchRequest } from '../../domain/search-query.ts';
import { sendDocument } from '../../http/conditional-get.ts';
import { FEED_CONTENT_TYPES } from './feed-document.ts';
import type { FeedsService, RenderedFeed } from './feeds.service.ts';
import { FEED_FORMATS, searchFeedQuery, type FeedFormat, type WhatsNewFilters } from '../../http/paths.ts';
import { SearchQuerySchema } from '../../http/schemas/search-query.schema.ts';

// Readers poll; five minutes' staleness is nothing next to how often EMA changes a medicine,
// and revalidating after that costs a 304.
const CACHE = 'public, max-age=300';

const { lang: _lang, limit: _limit, cursor: _cursor, sort: _sort, ...searchQuery } = SearchQuerySchema.properties;
const SearchFeedQuery = Type.Object(searchQuery);

const optional = <T extends Parameters<typeof Type.Union>[0]>(values: T) => Type.Optional(Type.Union([...values, Type.Literal('')]));
/** The what's-new page's filters, as that page takes them (one value each; empty means any). */
const WhatsNewQuery = Type.Object({
  kind: optional([Type.Enum(CHANGE_KINDS)]),
  status: optional([Type.Enum(STATUSES)]),
  category: optional([Type.Enum(CATEGORIES)]),
  area: Type.Optional(Type.String({ maxLength: 300 })),
  holder: Type.Optional(Type.String({ maxLength: 300 })),
});

export const feedsRoutes: FastifyPluginAsyncTypebox<{ feeds: FeedsService }> = async (app, { feeds }) => {
  const send = (request: Parameters<typeof sendDocument>[0], reply: Parameters<typeof sendDocument>[1], format: FeedFormat, feed: RenderedFeed) =>
    sendDocument(request, reply, { body: feed.body, etag: feed.etag, type: FEED_CONTENT_TYPES[format], lastModified: feed.lastModified, cacheControl: CACHE });

  for (const format of FEED_FORMATS) {
    app.get(
      `/:lang/medicines/:category/EPAR/:slug/feed.${format}`,
      { schema: { hide: true, params: Type.Object({ lang: LangParam, category: Type.Enum(CATEGORIES), slug: Type.String({ maxLength: 200 }) }) } },
      async (request, reply) => {
        const { lang, category, slug } = request.params;
        const feed = await feeds.medicine(lang, { category, slug }, format, `/${lang}/medicines/${category}/EPAR/${encodeURIComponent(slug)}/feed.${format}`);
        if (!feed) throw new NotFoundError(`No ${category} medicine "${slug}"`);
        return send(request, reply, format, feed);
      },
    );

    app.get(`/:lang/whats-new/feed.${format}`, { schema: { hide: true, params: Type.Object({ lang: LangParam }), querystring: WhatsNewQuery } }, async (request, reply) => {
      const { lang } = request.params;
      const q = request.query;
      const filters: WhatsNewFilters = { kind: q.kind || null, status: q.status || null, area: q.area || null, holder: q.holder || null, category: q.category || null };
      return send(request, reply, format, await feeds.whatsNew(lang, filters, format));
    });

    app.get(`/:lang/search/feed.${format}`, { schema: { hide: true, params: Type.Object({ lang: LangParam }), querystring: SearchFeedQuery } }, async (request, reply) => {
      const { lang } = request.params;
      // Problems with the query are a 400 from the error handler, as in the search API.
      const parsed = parseSearchRequest(request.query, lang, 1);
      // The canonical query (the search page's own), so equal searches are one feed with one identity.
      return send(request, reply, format, await feeds.search(lang, parsed, searchFeedQuery(lang, parsed), format));
    });
  }

  // EMA's own per-medicine feed address, so a subscription moves over by changing the host.
  app.get(
    '/:lang/individual-human-medicine.xml/:nodeId',
    { schema: { hide: true, params: Type.Object({ lang: LangParam, nodeId: Type.Integer({ minimum: 1, maximum: 2147483647 }) }) } },
    async (request, reply) => {
      const { lang, nodeId } = request.params;
      const feed = await feeds.medicineByNode(lang, nodeId, 'rss', `/${lang}/individual-human-medicine.xml/${nodeId}`);
      if (!feed) throw new NotFoundError(`No medicine has EMA node id ${nodeId}`);
      return send(request, reply, 'rss', feed);
    },
  );
};
