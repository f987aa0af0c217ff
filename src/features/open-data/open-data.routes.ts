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

// The medicine the examples name: the sample catalogue's first, and on EMA's site since 2024.
const EXAMPLE_SLUG = 'lumykras';

export const openDataRoutes: FastifyPluginAsyncTypebox<{ cache: PageCache; baseUrl: string; assets?: AssetManifest }> = async (app, { cache, baseUrl, assets }) => {
  app.get('/:lang/open-data', { schema: { hide: true, params: Type.Object({ lang: LangParam }) } }, async (request, reply) => {
    const { lang } = request.params;
    return sendPage(request, reply, cache, `${lang}/open-data`, async () => {
      const ctx = createPageContext(lang, '/open-data', assets, baseUrl);
      const m = openDataCatalogue.get(lang);
      return layout(ctx, {
        title: m.title,
        description: m.description,
        main: openDataPage(ctx, openDataExamples(baseUrl, lang, EXAMPLE_SLUG)),
        breadcrumbs: [{ label: ctx.t.nav.home, href: `/${lang}` }, { label: m.title }],
      });
    });
  });
};
