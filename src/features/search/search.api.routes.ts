import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { parseAsOf } from '../../domain/as-of.ts';
import type { IsoDate } from '../../domain/medicine.ts';
import type { SearchRequest } from '../../domain/search-query.ts';
import { cleanQuery, encodeCursor, parseSearchRequest, type SearchPage } from '../../domain/search-query.ts';
import { SearchResponseSchema, SuggestQuerySchema, SuggestResponseSchema, type SearchResponse } from './search.schema.ts';
import type { SearchService } from './search.service.ts';
import { ErrorSchema } from '../../http/schemas/error.schema.ts';
import { medicinePath } from '../../http/paths.ts';
import { SearchQuerySchema } from '../../http/schemas/search-query.schema.ts';

const SearchApiQuerySchema = Type.Object({
  ...SearchQuerySchema.properties,
  asOf: Type.Optional(
    Type.String({
      description:
        'The catalogue as it stood at the end of this day (YYYY-MM-DD), from the history: the medicines whose text matches today, as their records stood then, filtered by what those records said; in name order, facet counts of the results, no section',
    }),
  ),
});

/** A search as of a past date, answered from the history (the open-data feature's). */
export type SearchAsOf = (request: SearchRequest, asOf: IsoDate) => Promise<SearchPage>;

export const searchApiRoutes: FastifyPluginAsyncTypebox<{ search: SearchService; searchAsOf: SearchAsOf }> = async (app, { search, searchAsOf }) => {
  app.get(
    '/api/v1/search',
    {
      schema: {
        summary: 'Search medicines',
        description:
          'Full-text search over names, substances, indications, therapeutic areas, companies, overviews in every language and product-information text, with facet counts and cursor paging. Without `q`, every medicine, filtered by the facets.',
        tags: ['search'],
        querystring: SearchApiQuerySchema,
        response: { 200: SearchResponseSchema, 400: ErrorSchema },
      },
    },
    async (request) => {
      const lang = request.query.lang ?? 'en';
      const parsed = parseSearchRequest(request.query, lang, request.query.limit ?? 20);
      const page = request.query.asOf === undefined ? await search.search(parsed) : await searchAsOf(parsed, parseAsOf(request.query.asOf));
      return toSearchJson(page);
    },
  );

  app.get(
    '/api/v1/suggest',
    {
      schema: {
        summary: 'Autocomplete',
        description: 'Up to 10 medicines, substances and therapeutic areas starting with (or close to) what has been typed.',
        tags: ['search'],
        querystring: SuggestQuerySchema,
        response: { 200: SuggestResponseSchema, 400: ErrorSchema },
      },
    },
    async (request, reply) => {
      const lang = request.query.lang ?? 'en';
      const text = cleanQuery(request.query.q);
      const found = text ? await search.suggest(text, request.query.limit ?? 10) : [];
      // Typing produces many identical requests in a row; a short cache spares the database.
      reply.header('cache-control', 'public, max-age=60');
      return {
        suggestions: found.map((s) => ({
          kind: s.kind,
          label: s.label,
          count: s.count,
          href:
            s.kind === 'medicine' && s.slug && s.category
              ? medicinePath(lang, { slug: s.slug, category: s.category })
              : `/${lang}/search?${new URLSearchParams(s.kind === 'area' ? { area: s.label } : { q: s.label }).toString()}`,
        })),
      };
    },
  );
};

export function toSearchJson(page: SearchPage): SearchResponse {
  return {
    total: page.total,
    offset: page.offset,
    results: page.results.map((r) => ({
      slug: r.slug,
      name: r.name,
      productNumber: r.productNumber,
      status: r.status,
      category: r.category,
      inn: r.inn,
      snippet: r.snippet,
      score: r.score,
      match: r.match,
      links: { self: `/api/v1/medicines/${encodeURIComponent(r.slug)}`, html: medicinePath('en', r) },
    })),
    facets: {
      category: page.facets.category.map(plain),
      status: page.facets.status.map(plain),
      area: page.facets.area.map(plain),
      atc: page.facets.atc.map((v) => ({ ...plain(v), level: v.level ?? v.value.length, label: v.label ?? null })),
      holder: page.facets.holder.map(plain),
      flag: page.facets.flag.map(plain),
      year: page.facets.year.map(plain),
    },
    next: page.next ? encodeCursor(page.next) : null,
    prev: page.prev ? encodeCursor(page.prev) : null,
    didYouMean: page.didYouMean,
  };
}

const plain = (v: { value: string; count: number; selected: boolean }) => ({ value: v.value, count: v.count, selected: v.selected });
