/**
 * Product information as pages (`/{lang}/medicines/{category}/EPAR/{slug}/product-information`,
 * one page per document, two languages side by side) and as JSON
 * (`/api/v1/medicines/{id}/product-information[/{lang}]`).
 */
import path from 'node:path';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { NotFoundError } from '../../domain/errors.ts';
import { LANGUAGES, type LanguageCode } from '../../domain/languages.ts';
import { CATEGORIES, type Medicine } from '../../domain/medicine.ts';
import { ANNEX_KINDS, type AnnexKind } from '../../domain/product-information.ts';
import type { AssetManifest } from '../../http/assets.ts';
import { layout } from '../../http/layout.ts';
import { LangParam } from '../../http/lang-param.ts';
import type { PageCache } from '../../http/page-cache.ts';
import { apiProductInformationPath, medicinePath, nationalProductsPath, productInformationPath } from '../../http/paths.ts';
import { ErrorSchema } from '../../http/schemas/error.schema.ts';
import { PiDocumentSchema, PiMedicineRefSchema, PiVersionSchema } from '../../http/schemas/product-information.schema.ts';
import { sendPage } from '../../http/send-page.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { productInformationCatalogue } from '../../i18n/catalogues/product-information/index.ts';
import type { MedicinesService } from '../medicines/medicines.service.ts';
import { comparePage, compareTitle, nationalProductPage, nationalProductsPage, productInformationPage, productInformationTitle } from './product-information-page.template.ts';
import type { PiStoredVersion, PiVersionSummary, ProductInformationService } from './product-information.service.ts';
import { buildEpiBundle } from './epi-bundle.ts';

export interface ProductInformationRouteOptions {
  productInformation: ProductInformationService;
  medicines: MedicinesService;
  cache: PageCache;
  assets?: AssetManifest;
  baseUrl?: string;
}

const MedicineId = Type.String({ maxLength: 200, description: 'Slug (`lumykras`) or EMA product number, URL-encoded (`EMEA%2FH%2FC%2F005522`)' });
const ProductNumberParams = { kind: Type.String({ pattern: '^[HVhv]$' }), number: Type.String({ pattern: '^\\d{1,6}$' }) };
const productNumberOf = (p: { kind: string; number: string }) => `EMEA/${p.kind.toUpperCase()}/C/${p.number}`;

export const productInformationRoutes: FastifyPluginAsyncTypebox<ProductInformationRouteOptions> = async (app, { productInformation, medicines, cache, assets, baseUrl }) => {
  /** The version a page in `lang` shows: its own language's, else English, else any. */
  const pick = async (slug: string, lang: LanguageCode, languages: PiVersionSummary[]): Promise<PiStoredVersion | null> => {
    const order = [lang, 'en', ...languages.map((v) => v.lang)];
    const found = order.find((l) => languages.some((v) => v.lang === l));
    return found ? productInformation.latest(slug, found) : null;
  };

  const loadMedicine = async (slug: string, category: string): Promise<Medicine | null> => {
    const m = await medicines.get(slug);
    return m && m.category === category && m.slug === slug ? m : null;
  };

  const page = async (lang: LanguageCode, category: string, slug: string, document: AnnexKind | null): Promise<string | null> => {
    const m = await loadMedicine(slug, category);
    if (!m) return null;
    const languages = await productInformation.languages(m.slug);
    const shown = await pick(m.slug, lang, languages);
    if (document && !shown?.document.annexes.some((a) => a.kind === document)) return null;
    const ctx = createPageContext(lang, productInformationPath('', m, document ?? undefined).slice(1), assets, baseUrl);
    const t = productInformationCatalogue.get(lang);
    const crumbs = [
      { label: ctx.t.nav.home, href: `/${lang}` },
      { label: ctx.t.nav.medicines, href: `/${lang}/medicines` },
      { label: m.name, href: medicinePath(lang, m) },
      ...(document ? [{ label: t.title, href: productInformationPath(lang, m) }, { label: t.documents[document] }] : [{ label: t.title }]),
    ];
    return layout(ctx, {
      title: productInformationTitle(ctx, m, document),
      description: ctx.format.interpolate(t.description, { name: m.name }),
      backToTop: true,
      ogType: 'article',
      main: productInformationPage(ctx, { medicine: m, shown, languages, document }),
      breadcrumbs: crumbs,
    });
  };

  const pageParams = Type.Object({ lang: LangParam, category: Type.Enum(CATEGORIES), slug: Type.String({ maxLength: 200 }) });

  // Nationally authorised products (their ePI stored as a national product's): an index and one page each.
  app.get('/:lang/national-products', { schema: { hide: true, params: Type.Object({ lang: LangParam }) } }, async (request, reply) => {
    const { lang } = request.params;
    return sendPage(request, reply, cache, `${lang}/national-products`, async () => {
      const ctx = createPageContext(lang, '/national-products', assets, baseUrl);
      const t = productInformationCatalogue.get(lang);
      return layout(ctx, {
        title: t.national.title,
        description: t.national.lede,
        main: nationalProductsPage(ctx, await productInformation.nationalProducts()),
        breadcrumbs: [{ label: ctx.t.nav.home, href: `/${lang}` }, { label: t.national.title }],
      });
    });
  });

  app.get(
    '/:lang/national-products/:slug',
    { schema: { hide: true, params: Type.Object({ lang: LangParam, slug: Type.String({ maxLength: 100, pattern: '^[a-z0-9][a-z0-9-]*$' }) }) } },
    async (request, reply) => {
      const { lang, slug } = request.params;
      const sent = await sendPage(request, reply, cache, `${lang}/national-products/${slug}`, async () => {
        const found = await productInformation.nationalProduct(slug);
        if (!found) return null;
        const shown = found.versions.find((v) => v.lang === lang) ?? found.versions.find((v) => v.lang === 'en') ?? found.versions[0] ?? null;
        const ctx = createPageContext(lang, nationalProductsPath('', slug).slice(1), assets, baseUrl);
        const t = productInformationCatalogue.get(lang);
        return layout(ctx, {
          title: `${found.product.name}: ${t.title}`,
          description: t.national.notice,
          backToTop: true,
          main: nationalProductPage(ctx, { product: found.product, shown, versions: found.versions }),
          breadcrumbs: [{ label: ctx.t.nav.home, href: `/${lang}` }, { label: t.national.title, href: nationalProductsPath(lang) }, { label: found.product.name }],
        });
      });
      if (sent === null) throw new NotFoundError(`No national product "${slug}"`);
      return sent;
    },
  );

  app.get('/:lang/medicines/:category/EPAR/:slug/product-information', { schema: { hide: true, params: pageParams } }, async (request, reply) => {
    const { lang, category, slug } = request.params;
    const sent = await sendPage(request, reply, cache, `${lang}/medicines/${category}/EPAR/${slug}/product-information`, () => page(lang, category, slug, null));
    if (sent === null) throw new NotFoundError(`No ${category} medicine "${slug}"`);
    return sent;
  });

  app.get(
    '/:lang/medicines/:category/EPAR/:slug/product-information/:document',
    { schema: { hide: true, params: Type.Object({ ...pageParams.properties, document: Type.Enum(ANNEX_KINDS) }) } },
    async (request, reply) => {
      const { lang, category, slug, document } = request.params;
      const sent = await sendPage(request, reply, cache, `${lang}/medicines/${category}/EPAR/${slug}/product-information/${document}`, () => page(lang, category, slug, document));
      if (sent === null) throw new NotFoundError(`No ${document} in the product information of "${slug}"`);
      return sent;
    },
  );

  app.get(
    '/:lang/medicines/:category/EPAR/:slug/product-information/compare',
    {
      schema: {
        hide: true,
        params: pageParams,
        querystring: Type.Object({ with: Type.Enum(LANGUAGES), document: Type.Optional(Type.Enum(ANNEX_KINDS)) }),
      },
    },
    async (request, reply) => {
      const { lang, category, slug } = request.params;
      const other = request.query.with;
      const document = request.query.document ?? 'smpc';
      const key = `${lang}/medicines/${category}/EPAR/${slug}/product-information/compare?${other}&${document}`;
      const sent = await sendPage(request, reply, cache, key, async () => {
        const m = await loadMedicine(slug, category);
        if (!m) return null;
        const left = await pick(m.slug, lang, await productInformation.languages(m.slug));
        if (!left) return null;
        const right = await productInformation.latest(m.slug, other);
        const ctx = createPageContext(lang, `${productInformationPath('', m).slice(1)}/compare?with=${other}&document=${document}`, assets, baseUrl);
        const t = productInformationCatalogue.get(lang);
        const view = { medicine: m, document, left, right, rightLang: other };
        return layout(ctx, {
          title: compareTitle(ctx, view),
          description: ctx.format.interpolate(t.description, { name: m.name }),
          backToTop: true,
          main: comparePage(ctx, view),
          breadcrumbs: [
            { label: ctx.t.nav.home, href: `/${lang}` },
            { label: m.name, href: medicinePath(lang, m) },
            { label: t.title, href: productInformationPath(lang, m) },
            { label: t.compare.heading },
          ],
        });
      });
      if (sent === null) throw new NotFoundError(`No product information for "${slug}"`);
      return sent;
    },
  );

  /* ---------- API ---------- */

  const toVersionJson = (v: PiVersionSummary) => ({
    id: v.id,
    lang: v.lang,
    versionDate: v.versionDate,
    // The importer's own folders are nobody's business: the file's name says what it was.
    source: { kind: v.source.kind, file: path.basename(v.source.file), url: v.source.url },
    procedure: v.procedure,
    importedAt: v.importedAt,
  });

  const identify = async (id: string) => {
    const m = await medicines.get(id);
    if (!m) throw new NotFoundError(`No medicine "${id}"`);
    return m;
  };

  const listSchema = {
    summary: "A medicine's product information: the languages held",
    description: 'The newest version of the product information (SmPC, annex II, labelling, package leaflet) in each language held, with where each was read from.',
    tags: ['product-information'],
    response: {
      200: Type.Object({
        medicine: PiMedicineRefSchema,
        languages: Type.Array(Type.Object({ ...PiVersionSchema.properties, href: Type.String({ description: 'This language as structured JSON' }) })),
      }),
      404: ErrorSchema,
    },
  };
  const list = async (id: string) => {
    const m = await identify(id);
    const languages = await productInformation.languages(m.slug);
    return {
      medicine: { slug: m.slug, productNumber: m.productNumber, name: m.name, category: m.category },
      languages: languages.map((v) => ({ ...toVersionJson(v), href: apiProductInformationPath(m, v.lang) })),
    };
  };
  app.get('/api/v1/medicines/:id/product-information', { schema: { ...listSchema, params: Type.Object({ id: MedicineId }) } }, async (request) => list(request.params.id));
  app.get('/api/v1/medicines/EMEA/:kind/C/:number/product-information', { schema: { ...listSchema, hide: true, params: Type.Object(ProductNumberParams) } }, async (request) =>
    list(productNumberOf(request.params)),
  );

  const oneSchema = {
    summary: "A medicine's product information in one language, structured",
    description: "The newest version in the language: annexes (SmPC, annex II, labelling, leaflet), EMA's numbered sections with their headings as written, and blocks (paragraphs, lists, tables, headings); with the other versions held.",
    tags: ['product-information'],
    response: {
      200: Type.Object({ medicine: PiMedicineRefSchema, version: PiVersionSchema, document: PiDocumentSchema, versions: Type.Array(PiVersionSchema) }),
      404: ErrorSchema,
    },
  };
  const one = async (id: string, lang: LanguageCode) => {
    const m = await identify(id);
    const latest = await productInformation.latest(m.slug, lang);
    if (!latest) throw new NotFoundError(`No product information of "${m.slug}" in ${lang}`);
    const { document, ...version } = latest;
    return {
      medicine: { slug: m.slug, productNumber: m.productNumber, name: m.name, category: m.category },
      version: toVersionJson(version),
      document: { ...document, source: { ...document.source, file: path.basename(document.source.file) } },
      versions: (await productInformation.versions(m.slug, lang)).map(toVersionJson),
    };
  };
  // `?format=fhir` (A2, section history): the same version as an ePI Bundle, built by epi-bundle.ts so /fhir can hand out the same.
  const FormatQuery = Type.Object({ format: Type.Optional(Type.Literal('fhir', { description: '`fhir`: the version as an ePI, a FHIR R5 Bundle of type document (application/fhir+json)' })) });
  const fhir = async (reply: FastifyReply, id: string, lang: LanguageCode) => {
    const m = await identify(id);
    const latest = await productInformation.latest(m.slug, lang);
    if (!latest) throw new NotFoundError(`No product information of "${m.slug}" in ${lang}`);
    const bundle = buildEpiBundle({
      medicine: { slug: m.slug, name: m.name, productNumber: m.productNumber, holder: m.marketingAuthorisationHolder?.name ?? null },
      version: latest,
      document: latest.document,
      baseUrl: baseUrl ?? '',
    });
    return reply.type('application/fhir+json; charset=utf-8').send(JSON.stringify(bundle));
  };
  app.get(
    '/api/v1/medicines/:id/product-information/:lang',
    { schema: { ...oneSchema, params: Type.Object({ id: MedicineId, lang: LangParam }), querystring: FormatQuery } },
    async (request, reply) => (request.query.format === 'fhir' ? fhir(reply, request.params.id, request.params.lang) : one(request.params.id, request.params.lang)),
  );
  app.get(
    '/api/v1/medicines/EMEA/:kind/C/:number/product-information/:lang',
    { schema: { ...oneSchema, hide: true, params: Type.Object({ ...ProductNumberParams, lang: LangParam }), querystring: FormatQuery } },
    async (request, reply) => (request.query.format === 'fhir' ? fhir(reply, productNumberOf(request.params), request.params.lang) : one(productNumberOf(request.params), request.params.lang)),
  );
};
