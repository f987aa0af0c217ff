/**
 * A nationally authorised medicine's ePI has no EPAR medicine: it is stored as a national
 * product's product information and shown on a page of its own (authorisation numbers, country,
 * authority, holder, the documents section by section), listed in an index, valid HTML in every
 * language tried.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ProductInformationDocument } from '../../domain/product-information.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { validateHtml } from '../../../test/support/browser.ts';

function nationalEpi(versionDate: string, text: string): ProductInformationDocument {
  const p = (t: string) => ({ type: 'paragraph' as const, text: t });
  return {
    language: 'es',
    versionDate,
    source: { kind: 'epi', file: `55845-${versionDate}.xml` },
    procedure: null,
    annexes: [
      {
        kind: 'smpc',
        title: 'Ficha técnica',
        preamble: [],
        sections: [
          { key: '1', number: '1.', heading: 'NOMBRE DEL MEDICAMENTO', blocks: [p('Tiorfan 100 mg cápsulas duras')], subsections: [] },
          { key: '4', number: '4.', heading: 'DATOS CLÍNICOS', blocks: [], subsections: [{ key: '4.2', number: '4.2.', heading: 'Posología', blocks: [p(text)], subsections: [] }] },
          { key: '8', number: '8.', heading: 'NÚMERO(S) DE AUTORIZACIÓN DE COMERCIALIZACIÓN', blocks: [p('55.845')], subsections: [] },
        ],
      },
      { kind: 'leaflet', title: 'Prospecto', preamble: [], sections: [{ key: '2', number: '2.', heading: 'Qué necesita saber', blocks: [], subsections: [{ key: '2~1', number: '', heading: 'No tome', blocks: [p('Si es alérgico.')], subsections: [] }] }] },
    ],
  };
}

const PRODUCT = { country: 'ES', authority: 'Agencia Española de Medicamentos y Productos Sanitarios (AEMPS)', authorisationNumbers: ['55.845'], name: 'Tiorfan 100 mg cápsulas duras', holder: 'Laboratorio ALDO-UNIÓN, S.L.' };

describe('national products', () => {
  const t = useTestApp();
  let slug = '';

  before(async () => {
    const first = await t.services.productInformation.saveNationalVersion(PRODUCT, nationalEpi('2024-01-01', 'Una cápsula tres veces al día.'));
    slug = first.product.slug;
    assert.equal(first.outcome, 'created');
  });

  test('a national product is found again by its number: a new version joins it, the same one changes nothing', async () => {
    const again = await t.services.productInformation.saveNationalVersion(PRODUCT, nationalEpi('2024-01-01', 'Una cápsula tres veces al día.'));
    assert.deepEqual([again.outcome, again.product.slug], ['unchanged', slug]);
    const newer = await t.services.productInformation.saveNationalVersion({ ...PRODUCT, authorisationNumbers: ['55.845', '55.846'] }, nationalEpi('2025-01-01', 'Una cápsula dos veces al día.'));
    assert.deepEqual([newer.outcome, newer.product.slug], ['created', slug]);
    assert.equal(slug, 'es-55-845');
    const found = await t.services.productInformation.nationalProduct(slug);
    assert.equal(found?.versions.length, 1, 'the newest version per language');
    assert.equal(found?.versions[0]!.versionDate, '2025-01-01');
    assert.equal(await t.services.productInformation.nationalProduct('es-00-000'), null);
  });

  test('its page lists who authorised it under which number and shows each section, and the index links to it', async () => {
    const index = await t.app.inject({ url: '/en/national-products' });
    assert.equal(index.statusCode, 200);
    assert.match(index.body, new RegExp(`href="/en/national-products/${slug}"`));
    const page = await t.app.inject({ url: `/en/national-products/${slug}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<dt>Authorisation number<\/dt><dd>55\.845<\/dd>/);
    assert.match(page.body, /<dt>Country<\/dt><dd>Spain<\/dd>/);
    assert.match(page.body, /AEMPS/);
    assert.match(page.body, /Laboratorio ALDO-UNIÓN, S\.L\./);
    assert.match(page.body, /id="smpc-4-2"/);
    assert.match(page.body, /id="leaflet-2-u1"/);
    assert.match(page.body, /Una cápsula dos veces al día\./);
    assert.match(page.body, /lang="es"/, 'the Spanish text is marked as Spanish on an English page');
    assert.equal((await t.app.inject({ url: '/en/national-products/es-00-000' })).statusCode, 404);
    const bad = (await t.app.inject({ url: `/en/national-products/${'x'.repeat(101)}` })).statusCode;
    assert.ok(bad >= 400 && bad < 500, `an over-long slug is a client error (${bad})`);
  });

  test('a new version shows at once on a page already served: the page cache empties', async () => {
    const before = await t.app.inject({ url: `/en/national-products/${slug}` });
    assert.doesNotMatch(before.body, /Una cápsula al día\./);
    await t.services.productInformation.saveNationalVersion(PRODUCT, nationalEpi('2026-01-01', 'Una cápsula al día.'));
    const after = await t.app.inject({ url: `/en/national-products/${slug}` });
    assert.match(after.body, /Una cápsula al día\./);
  });

  test('the index and the page are valid HTML in English, Danish and Greek', async (ctx) => {
    const pages: Record<string, string> = {};
    for (const lang of ['en', 'da', 'el']) {
      for (const [name, url] of [['index', `/${lang}/national-products`], ['page', `/${lang}/national-products/${slug}`]] as const) {
        const response = await t.app.inject({ url });
        assert.equal(response.statusCode, 200, url);
        pages[`${lang}-${name}`] = response.body;
      }
    }
    const reports = await validateHtml(pages);
    if (!reports) return ctx.skip('java not found: the Nu Html Checker needs it');
    for (const [name, report] of Object.entries(reports)) assert.deepEqual(report.errors, [], `${name}: ${JSON.stringify(report.errors)}`);
  });
});
