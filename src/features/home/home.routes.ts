import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createPageContext } from '../../i18n/i18n.ts';
import { layout } from '../../http/layout.ts';
import { LangParam } from '../../http/lang-param.ts';
import { isLanguageCode } from '../../domain/languages.ts';
import { negotiateLanguage } from '../../i18n/negotiate.ts';
import type { AssetManifest } from '../../http/assets.ts';
import type { PageCache } from '../../http/page-cache.ts';
import { sendPage } from '../../http/send-page.ts';
import type { MedicinesService } from '../medicines/medicines.service.ts';
import { homePage } from './home-page.template.ts';

export const homeRoutes: FastifyPluginAsyncTypebox<{ medicines: MedicinesService; cache: PageCache; assets?: AssetManifest; baseUrl?: string }> = async (app, { medicines, cache, assets, baseUrl }) => {
  // The language a visitor chose explicitly (through the switcher) beats what the browser says.
  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const chosen = /(?:^|;\s*)openepar_lang=([a-z]{2})(?:;|$)/.exec(request.headers.cookie ?? '')?.[1];
    const lang = chosen && isLanguageCode(chosen) ? chosen : negotiateLanguage(request.headers['accept-language']);
    return reply.header('vary', 'Accept-Language, Cookie').header('cache-control', 'private, no-cache').redirect(`/${lang}`, 302);
  });

  app.get(
    '/choose-language',
    {
      schema: {
        hide: true,
        querystring: Type.Object({ lang: LangParam, next: Type.Optional(Type.String({ maxLength: 500 })) }),
      },
    },
    async (request, reply) => {
      const { lang, next } = request.query;
      // Only a path on this site, so the switcher cannot be used to redirect elsewhere.
      const path = next && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '';
      // Secure over HTTPS (directly, or through a proxy TRUST_PROXY believes), so it never travels in clear.
      const secure = request.protocol === 'https' ? '; Secure' : '';
      reply.header('set-cookie', `openepar_lang=${lang}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`);
      // `next` arrives decoded; what a URL may not hold as it is (non-ASCII, which a header cannot
      // carry, quotes, angle brackets) goes back to %-escapes. Escapes already in it stay as they are.
      return reply.redirect(`/${lang}${path.replace(/[^\w\-.~!$&'()*+,;=:@/?%#]+/g, (text) => encodeURIComponent(text.toWellFormed()))}`, 303);
    },
  );

  app.get('/:lang', { schema: { hide: true, params: Type.Object({ lang: LangParam }) } }, async (request, reply) => {
    const { lang } = request.params;
    return sendPage(request, reply, cache, `${lang}/`, async () => {
      const ctx = createPageContext(lang, '', assets, baseUrl);
      return layout(ctx, { title: ctx.t.home.title, description: ctx.t.home.lede, main: homePage(ctx, await medicines.overview()) });
    });
  });
};
