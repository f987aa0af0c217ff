import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CATALOGUE_SORTS, CATEGORIES, STATUSES } from '../../domain/medicine.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { layout } from '../../http/layout.ts';
import type { AssetManifest } from '../../http/assets.ts';
import type { PageCache } from '../../http/page-cache.ts';
import { sendPage } from '../../http/send-page.ts';
import { LangParam } from '../../http/lang-param.ts';
import type { MedicinesService } from './medicines.service.ts';
import { medicineDescription, medicinePage } from './medicine-page.template.ts';
import { cataloguePage } from './catalogue-page.template.ts';
import type { HistoryService } from '../history/history.service.ts';
import { medicineFeedAlternates } from '../../http/feed-links.ts';
import { historyPath, medicinePath } from '../../http/paths.ts';
import { medicineStructuredData } from './medicine-structured-data.ts';
import { openDataCatalogue } from '../../i18n/catalogues/open-data/index.ts';
import { historyCatalogue } from '../../i18n/catalogues/history/index.ts';
import { errorPage } from '../../http/error-page.template.ts';

const PAGE_SIZE = 50;

/** The languages a medicine's structured product information is held in (the product-information service's answer). */
export type ProductInformationLanguages = (slug: string) => Promise<readonly { lang: string }[]>;

export const medicinesPageRoutes: FastifyPluginAsyncTypebox<{ medicines: MedicinesService; cache: PageCache; history?: HistoryService; assets?: AssetManifest; baseUrl?: string; productInformationLanguages?: ProductInformationLanguages }> = async (
  app,
  { medicines, cache, history, assets, baseUrl, productInformationLanguages },
) => {
  app.get(
    '/:lang/medicines/:category/EPAR/:slug',
    {
      schema: {
        hide: true,
        params: Type.Object({ lang: LangParam, category: Type.Enum(CATEGORIES), slug: Type.String({ maxLength: 200 }) }),
      },
    },
    async (request, reply) => {
      const { lang, category, slug } = request.params;
      const path = `/medicines/${category}/EPAR/${slug}`;
      const sent = await sendPage(request, reply, cache, `${lang}${path}`, async () => {
        const m = await medicines.get(slug);
        if (!m || m.category !== category || m.slug !== slug) return null;
        const ctx = createPageContext(lang, path, assets, baseUrl);
        const latest = history ? await history.latestRevision(m.slug) : null;
        const description = medicineDescription(m);
        return layout(ctx, {
          title: m.name,
          backToTop: true,
          description,
          ogType: 'article',
          structuredData: baseUrl ? medicineStructuredData(m, { url: `${baseUrl}${medicinePath(lang, m)}`, lang, title: m.name, description }) : [],
          feeds: medicineFeedAlternates(ctx, m),
          main: medicinePage(ctx, m, {
            lastChange: latest ? { asOf: latest.asOf.toISOString(), href: historyPath(lang, m) } : null,
            productInformation: productInformationLanguages ? (await productInformationLanguages(m.slug)).length > 0 : false,
          }),
          breadcrumbs: [{ label: ctx.t.nav.home, href: `/${lang}` }, { label: ctx.t.nav.medicines, href: `/${lang}/medicines` }, { label: m.name }],
        });
      });
      if (sent === null) {
        // A medicine taken off the portal whole is gone, not missing: its address says when and why.
        const gone = await medicines.unpublished(slug);
        if (gone && gone.category === category) {
          const ctx = createPageContext(lang, path, assets, baseUrl);
          const h = historyCatalogue.get(lang).unpublished;
          const title = ctx.format.interpolate(h.title, { name: gone.name });
          const message = ctx.format.interpolate(h.message, { date: ctx.format.date(gone.at.toISOString().slice(0, 10)), reason: gone.reason });
          reply.header('cache-control', 'no-cache');
          return reply.code(410).type('text/html; charset=utf-8').send(layout(ctx, { title, alternates: false, main: errorPage(ctx, { status: 410, title, message }) }));
        }
        throw new NotFoundError(`No ${category} medicine "${slug}"`);
      }
      return sent;
    },
  );

  app.get(
    '/:lang/medicines',
    {
      schema: {
        hide: true,
        params: Type.Object({ lang: LangParam }),
        querystring: Type.Object({
          status: Type.Optional(Type.Union([Type.Enum(STATUSES), Type.Literal('')])),
          category: Type.Optional(Type.Union([Type.Enum(CATEGORIES), Type.Literal('')])),
          sort: Type.Optional(Type.Enum(CATALOGUE_SORTS)),
          page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
        }),
      },
    },
    async (request, reply) => {
      const { lang } = request.params;
      const q = request.query;
      const view = {
        status: q.status || null,
        category: q.category || null,
        sort: q.sort ?? 'name',
        page: q.page ?? 1,
        pageSize: PAGE_SIZE,
      };
      const key = `${lang}/medicines?${view.status}&${view.category}&${view.sort}&${view.page}`;
      return sendPage(request, reply, cache, key, async () => {
        const { items, total } = await medicines.catalogue(view);
        const ctx = createPageContext(lang, '/medicines', assets, baseUrl);
        return layout(ctx, {
          title: ctx.t.catalogue.title,
          backToTop: true,
          description: openDataCatalogue.get(lang).descriptions.catalogue,
          main: cataloguePage(ctx, { items, total, page: view.page, pageSize: PAGE_SIZE, sort: view.sort, filters: { status: view.status, category: view.category } }),
          breadcrumbs: [{ label: ctx.t.nav.home, href: `/${lang}` }, { label: ctx.t.nav.medicines }],
        });
      });
    },
  );
};
