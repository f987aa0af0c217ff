/**
 * The product-information pages in a real browser, in English, Danish and Greek: axe-core and
 * the Nu Html Checker on the overview, a document and two languages side by side, nothing
 * wider than a 320 px phone, and a section's anchor kept when the reader switches language.
 * Lumykras gets its real English product information from ../shared when there, and generated
 * Danish and Greek documents (EMA's numbering, the languages' own annex words and scripts).
 */
import { after, before, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { parseProductInformationMarkdown } from '../../src/ingest/product-information/markdown-parser.ts';
import { parseEpi } from '../../src/ingest/product-information/epi-parser.ts';
import type { ProductInformationDocument } from '../../src/domain/product-information.ts';
import {
  formatAxeFindings,
  formatVnuMessages,
  launchChromium,
  requireBrowser,
  runAxe,
  startTestServer,
  validateHtml,
  type TestServer,
  type VnuReport,
} from '../support/browser.ts';
import { sharedPath } from '../support/shared-corpus.ts';

const BASE = '/medicines/human/EPAR/lumykras/product-information';

function generated(annex: string, titles: string[], sub: string, body: string, leaflet: string): string {
  const lines = [`## ${annex} I`];
  titles.forEach((title, i) => {
    lines.push(`## ${i + 1}. ${title}`);
    if (i + 1 === 4) {
      for (let s = 1; s <= 9; s++) lines.push(`## 4.${s} ${sub} ${s}`, `${body} (4.${s})`);
      lines.push('| Organklasse | Meget almindelig | Almindelig |\n|---|---|---|\n| Mave-tarm-kanalen | Diarré | Kvalme |');
    } else lines.push(`${body} (${i + 1})`);
  });
  lines.push(`## ${annex} III`, '## B. LEAFLET');
  for (let n = 1; n <= 6; n++) lines.push(`## ${n}. ${leaflet} ${n}`, body);
  return lines.join('\n\n');
}

const DANISH = generated('BILAG', ['LÆGEMIDLETS NAVN', 'KVALITATIV OG KVANTITATIV SAMMENSÆTNING', 'LÆGEMIDDELFORM', 'KLINISKE OPLYSNINGER'], 'Terapeutiske indikationer', 'Lumykras er et lægemiddel mod lungekræft.', 'Virkning og anvendelse');
const GREEK = generated('ΠΑΡΑΡΤΗΜΑ', ['ΟΝΟΜΑΣΙΑ ΤΟΥ ΦΑΡΜΑΚΕΥΤΙΚΟΥ ΠΡΟΪΟΝΤΟΣ', 'ΠΟΙΟΤΙΚΗ ΚΑΙ ΠΟΣΟΤΙΚΗ ΣΥΝΘΕΣΗ', 'ΦΑΡΜΑΚΟΤΕΧΝΙΚΗ ΜΟΡΦΗ', 'ΚΛΙΝΙΚΕΣ ΠΛΗΡΟΦΟΡΙΕΣ'], 'Θεραπευτικές ενδείξεις', 'Το Lumykras είναι φάρμακο για τον καρκίνο του πνεύμονα.', 'Τι είναι το Lumykras');
const ENGLISH = generated('ANNEX', ['NAME OF THE MEDICINAL PRODUCT', 'QUALITATIVE AND QUANTITATIVE COMPOSITION', 'PHARMACEUTICAL FORM', 'CLINICAL PARTICULARS'], 'Therapeutic indications', 'Lumykras is a medicine for lung cancer.', 'What Lumykras is');

// Every language's overview and SmPC; the leaflet, two languages side by side and a fallback once.
const PAGES = ['en', 'da', 'el'].flatMap((lang) => [
  { name: `overview in ${lang}`, path: `/${lang}${BASE}` },
  { name: `SmPC in ${lang}`, path: `/${lang}${BASE}/smpc` },
]).concat([
  { name: 'leaflet in English', path: `/en${BASE}/leaflet` },
  { name: 'English beside Greek', path: `/en${BASE}/compare?with=el&document=smpc` },
  { name: 'Finnish page showing English', path: `/fi${BASE}/smpc` },
  // A nationally authorised medicine's ePI (Spanish), on its own page and in the index, in a Greek page.
  { name: 'national product in Greek', path: '/el/national-products/es-55-845' },
  { name: 'national products in Danish', path: '/da/national-products' },
]);

/** A Spanish national ePI: the real one from ../shared when there, else a small one of the same shape. */
async function nationalDocument(): Promise<ProductInformationDocument> {
  const real = sharedPath('ema/fhir-epi/xml/55845.xml');
  const parsed = real ? parseEpi(await readFile(real), '55845.xml') : null;
  if (parsed?.ok && parsed.documents[0]) return parsed.documents[0].document;
  const p = (text: string) => ({ type: 'paragraph' as const, text });
  return {
    language: 'es',
    versionDate: '2025-01-01',
    source: { kind: 'epi', file: '55845.xml' },
    annexes: [{ kind: 'smpc', title: 'Ficha técnica', preamble: [], sections: [{ key: '4', number: '4.', heading: 'DATOS CLÍNICOS', blocks: [], subsections: [{ key: '4.2', number: '4.2.', heading: 'Posología', blocks: [p('Una cápsula.')], subsections: [] }] }] }],
  };
}

describe('the product-information pages in a browser', { timeout: 600_000 }, () => {
  let server: TestServer;
  let launched: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let context: BrowserContext | undefined;

  before(async () => {
    server = await startTestServer();
    const real = sharedPath('ema/product-information/lumykras-epar-product-information_en.md');
    const english = real ? await readFile(real, 'utf8') : ENGLISH;
    for (const [lang, text] of [['en', english], ['da', DANISH], ['el', GREEK]] as const) {
      await server.services.productInformation.saveVersion('lumykras', parseProductInformationMarkdown(text, { language: lang, file: `lumykras-epar-product-information_${lang}.md` }));
    }
    await server.services.productInformation.saveNationalVersion(
      { country: 'ES', authority: 'Agencia Española de Medicamentos y Productos Sanitarios (AEMPS)', authorisationNumbers: ['55.845'], name: 'Tiorfan 100 mg cápsulas duras', holder: 'Laboratorio ALDO-UNIÓN, S.L.' },
      await nationalDocument(),
    );
    launched = await launchChromium();
  });
  after(async () => {
    await context?.close().catch(() => {});
    await launched?.browser?.close();
    await server?.close();
  });

  async function open(t: TestContext, width = 1280): Promise<Page | null> {
    const browser = requireBrowser(t, launched);
    if (!browser) return null;
    context ??= await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.setDefaultTimeout(15_000);
    return page;
  }

  for (const p of PAGES) {
    test(`the ${p.name} page has no WCAG 2.1 A or AA violations that axe-core can find, and fits a 320 px phone`, async (t) => {
      const page = await open(t);
      if (!page) return;
      try {
        const response = await page.goto(server.baseUrl + p.path, { waitUntil: 'load' });
        assert.equal(response?.status(), 200, `${p.path} answered ${response?.status()}`);
        const report = await runAxe(page);
        assert.equal(report.violations.length, 0, `axe-core found violations on ${p.path}:\n${formatAxeFindings(report.violations)}`);
        await page.setViewportSize({ width: 320, height: 700 });
        const width = await page.evaluate('document.documentElement.scrollWidth');
        assert.ok(Number(width) <= 320, `${p.path} is ${String(width)} px wide on a 320 px phone`);
      } finally {
        await page.close();
      }
    });
  }

  describe('as HTML', () => {
    let reports: Promise<Record<string, VnuReport> | null> | undefined;
    const validated = () =>
      (reports ??= (async () => {
        const docs: Record<string, string> = {};
        for (const p of PAGES) {
          const res = await fetch(server.baseUrl + p.path);
          assert.equal(res.status, 200, `${p.path} answered ${res.status}`);
          docs[p.name] = await res.text();
        }
        return validateHtml(docs);
      })());
    for (const p of PAGES) {
      test(`the ${p.name} page is valid HTML to the Nu Html Checker`, async (t) => {
        const all = await validated();
        if (!all) {
          t.skip('java not found: HTML validation skipped');
          return;
        }
        const report = all[p.name]!;
        assert.equal(report.errors.length, 0, `vnu found ${report.errors.length} error(s) in ${p.path}:\n${formatVnuMessages(report.errors)}`);
      });
    }
  });

  test('the language switcher takes the reader to the same section in the other language', async (t) => {
    const page = await open(t);
    if (!page) return;
    try {
      await page.goto(`${server.baseUrl}/en${BASE}/smpc#smpc-4-2`, { waitUntil: 'load' });
      await page.locator('.language-switcher summary').click();
      await page.locator('.language-switcher a[hreflang="el"]').click();
      await page.waitForURL(/\/el\/medicines\/human\/EPAR\/lumykras\/product-information\/smpc#smpc-4-2$/);
      assert.match(await page.locator('#smpc-4-2 h4').innerText(), /^4\.2 Θεραπευτικές ενδείξεις 2$/);
    } finally {
      await page.close();
    }
  });

  test('comparing two languages is a plain form that works without JavaScript', async (t) => {
    const browser = requireBrowser(t, launched);
    if (!browser) return;
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const page = await noScript.newPage();
      await page.goto(`${server.baseUrl}/da${BASE}`, { waitUntil: 'load' });
      await page.locator('#pi-compare-with').selectOption('el');
      await page.locator('.pi-compare-form button[type="submit"]').click();
      await page.waitForURL(/\/da\/medicines\/human\/EPAR\/lumykras\/product-information\/compare\?with=el&document=smpc$/);
      const row = page.locator('#smpc-4-1');
      assert.match(await row.locator('[lang="da"]').innerText(), /lungekræft/);
      assert.match(await row.locator('[lang="el"]').innerText(), /καρκίνο του πνεύμονα/);
    } finally {
      await noScript.close();
    }
  });
});
