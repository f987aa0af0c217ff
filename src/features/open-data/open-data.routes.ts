import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createPageContext } from '../../i18n/i18n.ts';
import { openDataCatalogue } from '../../i18n/catalogues/open-data/index.ts';
import type { AssetManifest } from '../../http/assets.ts';
import { LangParam } from '../../http/lang-param.ts';
import { layout } from '../../http/layout.ts';
import type { PageCache } from '../../http/page-cache.ts';
import { sendPage } from '../../http/send-page.ts';
import { openDataExamples, openDataPage } from './open-data-page.template.ts';
import type { ExportService } from '../exports/exports.service.ts';

// The medicine the examples name: the sample catalogue's first, and on EMA's site since 2024.
const EXAMPLE_SLUG = 'lumykras';

export const openDataRoutes: FastifyPluginAsyncTypebox<{ cache: PageCache; baseUrl: string; assets?: AssetManifest; exports: ExportService }> = async (app, { cache, baseUrl, assets, exports }) => {
  app.get('/:lang/open-data', { schema: { hide: true, params: Type.Object({ lang: LangParam }) } }, async (request, reply) => {
    const { lang } = request.params;
    // A new dump changes the page without any medicine changing: its date is part of the cache key.
    const dump = await exports.latestDump();
    return sendPage(request, reply, cache, `${lang}/open-data/${dump?.manifest.generatedAt ?? ''}`, async () => {
      const ctx = createPageContext(lang, '/open-data', assets, baseUrl);
      const m = openDataCatalogue.get(lang);
      return layout(ctx, {
        title: m.title,
        description: m.description,
        main: openDataPage(ctx, openDataExamples(baseUrl, lang, EXAMPLE_SLUG), { columns: exports.dictionary(), dump: dump?.manifest ?? null }),
        breadcrumbs: [{ label: ctx.t.nav.home, href: `/${lang}` }, { label: m.title }],
      });
    });
  });
};
