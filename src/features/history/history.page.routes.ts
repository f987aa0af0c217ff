import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CHANGE_KINDS } from '../../domain/change-kinds.ts';
import { CATEGORIES, STATUSES } from '../../domain/medicine.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { layout, type Breadcrumb } from '../../http/layout.ts';
import type { AssetManifest } from '../../http/assets.ts';
import type { PageCache } from '../../http/page-cache.ts';
import { sendPage } from '../../http/send-page.ts';
import { LangParam } from '../../http/lang-param.ts';
import type { PageContext } from '../../i18n/i18n.ts';
import { historyCatalogue } from '../../i18n/catalogues/history/index.ts';
import type { HistoryService, RevisionEntry } from './history.service.ts';
import { comparePage, historyPage, revisionPage } from './history-page.template.ts';
import { whatsNewPage } from './whats-new-page.template.ts';
import { feedAlternates } from '../../http/feed-links.ts';
import { historyPath, medicinePath, type WhatsNewFilters, whatsNewFeedHrefs, whatsNewPath, whatsNewQuery } from '../../http/paths.ts';

const TIMELINE_PAGE = 20;
const WHATS_NEW_PAGE = 30;

const MedicineParams = { lang: LangParam, category: Type.Enum(CATEGORIES), slug: Type.String({ maxLength: 200 }) };
const RevisionNumber = Type.Integer({ minimum: 1, maximum: 1_000_000 });

export const historyPageRoutes: FastifyPluginAsyncTypebox<{ history: HistoryService; cache: PageCache; assets?: AssetManifest; baseUrl?: string }> = async (app, { history, cache, assets, baseUrl }) => {
  // A slug whose medicine is of the other category, or reached through a product number or
  // another spelling, is not this page: 404, as on the medicine page.
  const own = (m: RevisionEntry['medicine'], category: string, slug: string) => m.category === category && m.slug === slug;
  const notFound = (category: string, slug: string) => new NotFoundError(`No ${category} medicine "${slug}"`);

  const crumbs = (ctx: PageContext, m: RevisionEntry['medicine'], last: Breadcrumb[]): Breadcrumb[] => [
    { label: ctx.t.nav.home, href: `/${ctx.lang}` },
    { label: ctx.t.nav.medicines, href: `/${ctx.lang}/medicines` },
    { label: m.name, href: medicinePath(ctx.lang, m) },
    ...last,
  ];

  app.get(
    '/:lang/medicines/:category/EPAR/:slug/history',
    {
      schema: {
        hide: true,
        params: Type.Object(MedicineParams),
        querystring: Type.Object({ before: Type.Optional(RevisionNumber) }),
      },
    },
    async (request, reply) => {
      const { lang, category, slug } = request.params;
      const before = request.query.before ?? null;
      const path = `/medicines/${category}/EPAR/${slug}/history`;
      const sent = await sendPage(request, reply, cache, `${lang}${path}?${before}`, async () => {
        const { medicine, revisions, total } = await history.revisions(slug, { limit: TIMELINE_PAGE, before });
        if (!own(medicine, category, slug)) return null;
        const heads = await history.revisionDates(slug);
        const ctx = createPageContext(lang, path, assets, baseUrl);
        const h = historyCatalogue.get(lang);
        const last = revisions.at(-1);
        const title = ctx.format.interpolate(h.history.title, { name: medicine.name });
        return layout(ctx, {
          title,
          description: ctx.format.interpolate(h.history.description, { name: medicine.name }),
          backToTop: true,
          main: historyPage(ctx, {
            medicine,
            revisions,
            total,
            before,
            olderBefore: last && last.number > 1 && revisions.length === TIMELINE_PAGE ? last.number : null,
            heads,
            pageSize: TIMELINE_PAGE,
          }),
          breadcrumbs: crumbs(ctx, medicine, [{ label: title }]),
        });
      });
      if (sent === null) throw notFound(category, slug);
      return sent;
    },
  );

  app.get(
    '/:lang/medicines/:category/EPAR/:slug/history/compare',
    {
      schema: {
        hide: true,
        params: Type.Object(MedicineParams),
        querystring: Type.Object({ from: RevisionNumber, to: RevisionNumber }),
      },
    },
    async (request, reply) => {
      const { lang, category, slug } = request.params;
      const { from, to } = request.query;
      const path = `/medicines/${category}/EPAR/${slug}/history/compare?from=${from}&to=${to}`;
      const sent = await sendPage(request, reply, cache, `${lang}${path}`, async () => {
        const comparison = await history.compare(slug, from, to);
        if (!own(comparison.medicine, category, slug)) return null;
        const heads = await history.revisionDates(slug);
        const ctx = createPageContext(lang, path, assets, baseUrl);
        const h = historyCatalogue.get(lang);
        const m = comparison.medicine;
        const title = ctx.format.interpolate(h.compare.title, { name: m.name, from: comparison.from.number, to: comparison.to.number });
        return layout(ctx, {
          title,
          description: ctx.format.interpolate(h.compare.description, { name: m.name }),
          backToTop: true,
          main: comparePage(ctx, comparison, heads),
          breadcrumbs: crumbs(ctx, m, [{ label: ctx.format.interpolate(h.history.title, { name: m.name }), href: historyPath(lang, m) }, { label: h.compare.heading }]),
        });
      });
      if (sent === null) throw notFound(category, slug);
      return sent;
    },
  );

  app.get(
    '/:lang/medicines/:category/EPAR/:slug/history/:n',
    { schema: { hide: true, params: Type.Object({ ...MedicineParams, n: RevisionNumber }) } },
    async (request, reply) => {
      const { lang, category, slug, n } = request.params;
      const path = `/medicines/${category}/EPAR/${slug}/history/${n}`;
      const sent = await sendPage(request, reply, cache, `${lang}${path}`, async () => {
        const detail = await history.revision(slug, n);
        if (!own(detail.medicine, category, slug)) return null;
        const ctx = createPageContext(lang, path, assets, baseUrl);
        const h = historyCatalogue.get(lang);
        const m = detail.medicine;
        const title = ctx.format.interpolate(h.revisionPage.title, { number: n, name: m.name });
        return layout(ctx, {
          title,
          description: ctx.format.interpolate(h.revisionPage.description, { number: n, name: m.name }),
          backToTop: true,
          main: revisionPage(ctx, detail),
          breadcrumbs: crumbs(ctx, m, [{ label: ctx.format.interpolate(h.history.title, { name: m.name }), href: historyPath(lang, m) }, { label: ctx.format.interpolate(h.history.revision, { number: n }) }]),
        });
      });
      if (sent === null) throw notFound(category, slug);
      return sent;
    },
  );

  const optional = <T extends Parameters<typeof Type.Union>[0]>(values: T) => Type.Optional(Type.Union([...values, Type.Literal('')]));
  app.get(
    '/:lang/whats-new',
    {
      schema: {
        hide: true,
        params: Type.Object({ lang: LangParam }),
        querystring: Type.Object({
          kind: optional([Type.Enum(CHANGE_KINDS)]),
          status: optional([Type.Enum(STATUSES)]),
          category: optional([Type.Enum(CATEGORIES)]),
          area: Type.Optional(Type.String({ maxLength: 300 })),
          holder: Type.Optional(Type.String({ maxLength: 300 })),
          cursor: Type.Optional(Type.String({ maxLength: 100 })),
        }),
      },
    },
    async (request, reply) => {
      const { lang } = request.params;
      const q = request.query;
      const filters: WhatsNewFilters = {
        kind: q.kind || null,
        status: q.status || null,
        area: q.area || null,
        holder: q.holder || null,
        category: q.category || null,
      };
      const cursor = q.cursor || null;
      const href = whatsNewPath(lang, filters, cursor);
      return sendPage(request, reply, cache, href, async () => {
        const [page, options] = await Promise.all([
          history.recent(
            {
              kinds: filters.kind ? [filters.kind] : undefined,
              status: filters.status ? [filters.status] : undefined,
              area: filters.area ? [filters.area] : undefined,
              holder: filters.holder ? [filters.holder] : undefined,
              category: filters.category ? [filters.category] : undefined,
            },
            { limit: WHATS_NEW_PAGE, cursor },
          ),
          history.filterOptions(),
        ]);
        // The language switcher keeps the filters; a cursor is kept too (it means the same in every language).
        const ctx = createPageContext(lang, href.slice(lang.length + 1), assets, baseUrl);
        const h = historyCatalogue.get(lang);
        return layout(ctx, {
          title: h.whatsNew.title,
          description: h.whatsNew.description,
          backToTop: true,
          feeds: feedAlternates(h.whatsNew.title, whatsNewFeedHrefs(lang, whatsNewQuery(filters))),
          main: whatsNewPage(ctx, { filters, entries: page.entries, next: page.next, paged: cursor !== null, options }),
          breadcrumbs: [{ label: ctx.t.nav.home, href: `/${lang}` }, { label: h.whatsNew.title }],
        });
      });
    },
  );
};
