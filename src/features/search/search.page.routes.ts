import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { openDataCatalogue } from '../../i18n/catalogues/open-data/index.ts';
import { layout } from '../../http/layout.ts';
import type { AssetManifest } from '../../http/assets.ts';
import type { PageCache } from '../../http/page-cache.ts';
import { sendPage } from '../../http/send-page.ts';
import { LangParam } from '../../http/lang-param.ts';
import { emptyFilters, parseSearchRequest, type SearchRequest } from '../../domain/search-query.ts';
import { searchCatalogue } from '../../i18n/catalogues/search/index.ts';
import type { SearchService } from './search.service.ts';
import { searchPage } from './search-page.template.ts';
import { feedAlternates } from '../../http/feed-links.ts';
import { browseAtcCodePage, browseAtcPage, browseIndexPage, browseListPage, browseStatusPage } from './browse-page.template.ts';
import { SearchQuerySchema } from '../../http/schemas/search-query.schema.ts';
import { searchFeedHrefs, searchFeedQuery, searchPath } from '../../http/paths.ts';

const PAGE_SIZE = 20;
const { lang: _lang, limit: _limit, ...pageQuery } = SearchQuerySchema.properties;
// The page turns every problem with its query into a message beside the form, not an error
// page, so the sort is checked by the parser rather than by the schema.
const PageQuerySchema = Type.Object({ ...pageQuery, sort: Type.Optional(Type.String()) });

export const searchPageRoutes: FastifyPluginAsyncTypebox<{ search: SearchService; cache: PageCache; assets?: AssetManifest; baseUrl?: string }> = async (app, { search, cache, assets, baseUrl }) => {
  app.get(
    '/:lang/search',
    { schema: { hide: true, params: Type.Object({ lang: LangParam }), querystring: PageQuerySchema } },
    async (request, reply) => {
      const { lang } = request.params;
      const m = searchCatalogue.get(lang);
      let parsed: SearchRequest | null = null;
      let error: string | null = null;
      try {
        parsed = parseSearchRequest(request.query, lang, PAGE_SIZE);
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        error = e.message;
      }
      const state = parsed ?? { text: null, filters: emptyFilters(), sort: 'name' as const };
      // Results depend on the text and the index, so search pages are not kept in the page cache.
      const page = parsed ? await search.search(parsed) : null;
      // The language switcher keeps the search, but not the cursor, which belongs to this language's ranking.
      const ctx = createPageContext(lang, searchPath(lang, state).slice(lang.length + 1), assets, baseUrl);
      const title = state.text ? ctx.format.interpolate(m.titleWithQuery, { query: state.text }) : m.title;
      const body = layout(ctx, {
        title,
        description: m.description,
        backToTop: true,
        feeds: parsed ? feedAlternates(title, searchFeedHrefs(lang, searchFeedQuery(lang, state))) : undefined,
        main: searchPage(ctx, {
          state,
          typed: typeof request.query.q === 'string' ? request.query.q : '',
          page,
          error,
          paged: parsed?.cursor != null,
          pageSize: PAGE_SIZE,
        }),
        breadcrumbs: [{ label: ctx.t.nav.home, href: `/${lang}` }, { label: ctx.t.nav.search }],
      });
      return reply
        .code(error ? 400 : 200)
        .header('cache-control', 'private, no-cache')
        .type('text/html; charset=utf-8')
        .send(body);
    },
  );

  app.get('/:lang/browse', { schema: { hide: true, params: Type.Object({ lang: LangParam }) } }, async (request, reply) => {
    const { lang } = request.params;
    return sendPage(request, reply, cache, `${lang}/browse`, async () => {
      const ctx = createPageContext(lang, '/browse', assets, baseUrl);
      const m = searchCatalogue.get(lang);
      const { total } = await search.browse();
      return layout(ctx, {
        title: m.browse.title,
        description: m.browse.description,
        main: browseIndexPage(ctx, total),
        breadcrumbs: [{ label: ctx.t.nav.home, href: `/${lang}` }, { label: m.browse.title }],
      });
    });
  });

  app.get(
    '/:lang/browse/:page',
    { schema: { hide: true, params: Type.Object({ lang: LangParam, page: Type.Union([Type.Literal('atc'), Type.Literal('areas'), Type.Literal('holders'), Type.Literal('status')]) }) } },
    async (request, reply) => {
      const { lang, page } = request.params;
      return sendPage(request, reply, cache, `${lang}/browse/${page}`, async () => {
        const ctx = createPageContext(lang, `/browse/${page}`, assets, baseUrl);
        const m = searchCatalogue.get(lang);
        const { facets } = await search.browse();
        const [title, main] =
          page === 'atc' ? [m.browse.byAtc.title, browseAtcPage(ctx, facets.atc)]
          : page === 'areas' ? [m.browse.byArea.title, browseListPage(ctx, 'areas', facets.area)]
          : page === 'holders' ? [m.browse.byHolder.title, browseListPage(ctx, 'holders', facets.holder)]
          : [m.browse.byStatus.title, browseStatusPage(ctx, facets.status)];
        return layout(ctx, {
          title,
          description: openDataCatalogue.get(lang).descriptions.browse,
          main,
          breadcrumbs: [{ label: ctx.t.nav.home, href: `/${lang}` }, { label: m.browse.title, href: `/${lang}/browse` }, { label: title }],
        });
      });
    },
  );

  app.get(
    '/:lang/browse/atc/:code',
    { schema: { hide: true, params: Type.Object({ lang: LangParam, code: Type.String({ pattern: '^Q?[A-Z](\\d\\d([A-Z]([A-Z](\\d\\d)?)?)?)?$' }) }) } },
    async (request, reply) => {
      const { lang, code } = request.params;
      const sent = await sendPage(request, reply, cache, `${lang}/browse/atc/${code}`, async () => {
        const { facets } = await search.browse();
        const entry = facets.atc.find((v) => v.value === code);
        if (!entry) return null;
        const ctx = createPageContext(lang, `/browse/atc/${code}`, assets, baseUrl);
        const m = searchCatalogue.get(lang);
        const title = ctx.format.interpolate(m.browse.atcCode, { code });
        return layout(ctx, {
          title,
          description: openDataCatalogue.get(lang).descriptions.browse,
          main: browseAtcCodePage(ctx, entry, facets.atc),
          breadcrumbs: [
            { label: ctx.t.nav.home, href: `/${lang}` },
            { label: m.browse.title, href: `/${lang}/browse` },
            { label: m.browse.byAtc.title, href: `/${lang}/browse/atc` },
            { label: code },
          ],
        });
      });
      if (sent === null) throw new NotFoundError(`No medicine has an ATC code starting ${code}`);
      return sent;
    },
  );
};
