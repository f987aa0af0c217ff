/**
 * What changed between two versions of a medicine's product information, with a word diff per
 * section: `GET /api/v1/medicines/{id}/product-information/{lang}/changes[?from=&to=]` as JSON,
 * and a page under the medicine's product information.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NotFoundError } from '../../domain/errors.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { CATEGORIES } from '../../domain/medicine.ts';
import type { AssetManifest } from '../../http/assets.ts';
import { LangParam } from '../../http/lang-param.ts';
import { layout } from '../../http/layout.ts';
import type { PageCache } from '../../http/page-cache.ts';
import { medicinePath } from '../../http/paths.ts';
import { ErrorSchema } from '../../http/schemas/error.schema.ts';
import { sendPage } from '../../http/send-page.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { historyCatalogue } from '../../i18n/catalogues/history/index.ts';
import { piChangesCatalogue } from '../../i18n/catalogues/pi-changes/index.ts';
import type { MedicinesService } from '../medicines/medicines.service.ts';
import type { ProductInformationService } from './product-information.service.ts';
import { sectionChangesPage, sectionChangesPath, sectionChangesTitle } from './section-changes-page.template.ts';
import type { SectionChangesService } from './section-changes.service.ts';

const VersionId = Type.String({ pattern: '^[1-9][0-9]{0,17}$', description: 'A version id, as `versions[].id` gives it' });

const VersionSchema = Type.Object({
  id: Type.String(),
  versionDate: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  procedure: Type.Union([Type.String(), Type.Null()]),
  source: Type.Object({ kind: Type.String(), file: Type.String(), url: Type.Union([Type.String(), Type.Null()]) }),
  importedAt: Type.String(),
});

export const SectionChangesSchema = Type.Object({
  language: Type.String(),
  from: Type.Union([VersionSchema, Type.Null()], { description: 'The older version; null when `to` is the first held' }),
  to: VersionSchema,
  versions: Type.Array(VersionSchema, { description: 'Every version held in the language, newest first' }),
  sections: Type.Array(
    Type.Object({
      annex: Type.String({ description: '`smpc`, `annex-ii`, `labelling` or `leaflet`' }),
      key: Type.String({ description: "The section's number without its dot (`4.2`)" }),
      number: Type.String(),
      heading: Type.String(),
      headingBefore: Type.Optional(Type.String()),
      change: Type.Union([Type.Literal('changed'), Type.Literal('added'), Type.Literal('removed')]),
      anchor: Type.String({ description: "The section's anchor on the product-information page (`smpc-4-2`)" }),
      diff: Type.Array(Type.Object({ type: Type.Union([Type.Literal('same'), Type.Literal('added'), Type.Literal('removed')]), text: Type.String() })),
    }),
  ),
});

export const sectionChangesApiRoutes: FastifyPluginAsyncTypebox<{ sectionChanges: SectionChangesService }> = async (app, { sectionChanges }) => {
  app.get(
    '/api/v1/medicines/:id/product-information/:lang/changes',
    {
      schema: {
        summary: 'What changed between two versions of the product information',
        description: 'The sections (SmPC, annex II, labelling, leaflet) that differ between two versions in one language, each with a word diff; by default the newest version against the one before it.',
        tags: ['product information'],
        params: Type.Object({ id: Type.String({ maxLength: 200 }), lang: Type.String({ pattern: '^[a-z]{2}$' }) }),
        querystring: Type.Object({ from: Type.Optional(VersionId), to: Type.Optional(VersionId) }),
        response: { 200: SectionChangesSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const c = await sectionChanges.compare(request.params.id, request.params.lang, { from: request.query.from ?? null, to: request.query.to ?? null });
      const version = (v: NonNullable<typeof c.from>) => ({ id: v.id, versionDate: v.versionDate, procedure: v.procedure, source: v.source, importedAt: v.importedAt });
      return { language: c.language, from: c.from ? version(c.from) : null, to: version(c.to), versions: c.versions.map(version), sections: c.sections };
    },
  );
};

export interface SectionChangesPageOptions {
  sectionChanges: SectionChangesService;
  productInformation: Pick<ProductInformationService, 'languages'>;
  medicines: Pick<MedicinesService, 'get'>;
  cache: PageCache;
  assets?: AssetManifest;
  baseUrl?: string;
}

/** `/{lang}/medicines/{category}/EPAR/{slug}/product-information/changes[?doc=&from=&to=]`: the same, as a page. */
export const sectionChangesPageRoutes: FastifyPluginAsyncTypebox<SectionChangesPageOptions> = async (app, { sectionChanges, productInformation, medicines, cache, assets, baseUrl }) => {
  app.get(
    '/:lang/medicines/:category/EPAR/:slug/product-information/changes',
    {
      schema: {
        hide: true,
        params: Type.Object({ lang: LangParam, category: Type.Enum(CATEGORIES), slug: Type.String({ maxLength: 200 }) }),
        querystring: Type.Object({ doc: Type.Optional(Type.Enum(LANGUAGES)), from: Type.Optional(VersionId), to: Type.Optional(VersionId) }),
      },
    },
    async (request, reply) => {
      const { lang, category, slug } = request.params;
      const { doc, from, to } = request.query;
      const key = `${lang}/medicines/${category}/EPAR/${slug}/product-information/changes?${doc ?? ''}&${from ?? ''}&${to ?? ''}`;
      const sent = await sendPage(request, reply, cache, key, async () => {
        const m = await medicines.get(slug);
        if (!m || m.category !== category || m.slug !== slug) return null;
        const languages = (await productInformation.languages(m.slug)).map((v) => v.lang);
        // The reader's language when held, else English, else any.
        const language = doc ?? [lang, 'en', ...languages].find((l) => languages.includes(l)) ?? lang;
        const comparison = languages.includes(language) ? await sectionChanges.compare(m.slug, language, { from: from ?? null, to: to ?? null }) : null;
        const view = { medicine: m, languages, language, comparison };
        const ctx = createPageContext(lang, sectionChangesPath('', m, { doc, from, to }).slice(1), assets, baseUrl);
        const t = piChangesCatalogue.get(lang);
        return layout(ctx, {
          title: sectionChangesTitle(ctx, view),
          description: ctx.format.interpolate(t.description, { name: m.name }),
          backToTop: true,
          main: sectionChangesPage(ctx, view),
          breadcrumbs: [
            { label: ctx.t.nav.home, href: `/${lang}` },
            { label: ctx.t.nav.medicines, href: `/${lang}/medicines` },
            { label: m.name, href: medicinePath(lang, m) },
            { label: historyCatalogue.get(lang).kinds['product-information'], href: `${medicinePath(lang, m)}/product-information` },
            { label: t.formHeading },
          ],
        });
      });
      if (sent === null) throw new NotFoundError(`No ${category} medicine "${slug}"`);
      return sent;
    },
  );
};
