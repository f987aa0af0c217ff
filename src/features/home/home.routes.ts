import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createPageContext } from '../../i18n/i18n.ts';
import { layout } from '../../http/layout.ts';
import { LangParam } from '../../http/lang-param.ts';
import type { PageCache } from '../../http/page-cache.ts';
import { sendPage } from '../../http/send-page.ts';
import type { MedicinesService } from '../medicines/medicines.service.ts';
import { homePage } from './home-page.template.ts';

export const homeRoutes: FastifyPluginAsyncTypebox<{ medicines: MedicinesService; cache: PageCache }> = async (app, { medicines, cache }) => {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/en', 302));

  app.get('/:lang', { schema: { hide: true, params: Type.Object({ lang: LangParam }) } }, async (request, reply) => {
    const { lang } = request.params;
    return sendPage(request, reply, cache, `${lang}/`, async () => {
      const ctx = createPageContext(lang, '');
      return layout(ctx, { title: ctx.t.home.title, main: homePage(ctx, await medicines.overview()) });
    });
  });
};
