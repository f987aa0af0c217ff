import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { buildPdf } from '../../../test/support/pdf-builder.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { importProductInformation } from '../../ingest/product-information/import-product-information.ts';
import { parseProductInformationMarkdown } from '../../ingest/product-information/markdown-parser.ts';

/** A small product information in a language: its annex word, two SmPC sections and a leaflet. */
function markdown(annex: string, titles: [string, string, string], text: { indication: string; posology: string }, leaflet: string): string {
  return [
    `## ${annex} I`,
    `## 1. ${titles[0]}`,
    'Lumykras 120 mg',
    `## 4. ${titles[1]}`,
    `## 4.1 ${titles[2]}`,
    text.indication,
    `## 4.2 ${titles[2]} 2`,
    text.posology,
    '| Dose | mg |\n|---|---|\n| first | 960 |',
    `## ${annex} III`,
    '## B. LEAFLET',
    `## 1. ${leaflet}`,
    'Lumykras is a medicine.',
  ].join('\n\n');
}

const ENGLISH = markdown('ANNEX', ['NAME OF THE MEDICINAL PRODUCT', 'CLINICAL PARTICULARS', 'Therapeutic indications'], { indication: 'Lumykras treats lung cancer.', posology: 'Take 960 mg once daily.' }, 'What Lumykras is');
const DANISH = markdown('BILAG', ['LÆGEMIDLETS NAVN', 'KLINISKE OPLYSNINGER', 'Terapeutiske indikationer'], { indication: 'Lumykras behandler lungekræft.', posology: 'Tag 960 mg én gang dagligt.' }, 'Virkning og anvendelse');
const GREEK = markdown('ΠΑΡΑΡΤΗΜΑ', ['ΟΝΟΜΑΣΙΑ ΤΟΥ ΦΑΡΜΑΚΕΥΤΙΚΟΥ ΠΡΟΪΟΝΤΟΣ', 'ΚΛΙΝΙΚΕΣ ΠΛΗΡΟΦΟΡΙΕΣ', 'Θεραπευτικές ενδείξεις'], { indication: 'Το Lumykras ενδείκνυται για τον καρκίνο του πνεύμονα.', posology: 'Λαμβάνετε 960 mg μία φορά την ημέρα.' }, 'Τι είναι το Lumykras');

describe('product information pages, API and import', () => {
  const t = useTestApp({}, async (services) => {
    await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, () => buildMedicine(), { kind: 'editor', reference: 'test', asOf: new Date('2024-01-01T00:00:00Z') });
    for (const [lang, text] of [['en', ENGLISH], ['da', DANISH], ['el', GREEK]] as const) {
      const doc = parseProductInformationMarkdown(text, { language: lang, file: `/data/lumykras-epar-product-information_${lang}.md` });
      doc.versionDate = '2025-03-01';
      await services.productInformation.saveVersion('lumykras', doc);
    }
  });
  const page = (url: string) => t.app.inject({ url });

  test("the medicine's page links to its product information once some is imported", async () => {
    const res = await page('/en/medicines/human/EPAR/lumykras');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /href="\/en\/medicines\/human\/EPAR\/lumykras\/product-information"/);
  });

  test('the overview lists each document with its contents, linking each section by its permanent anchor', async () => {
    const res = await page('/en/medicines/human/EPAR/lumykras/product-information');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1[^>]*>.*Product information<\/h1>/s);
    assert.match(res.body, /href="\/en\/medicines\/human\/EPAR\/lumykras\/product-information\/smpc#smpc-4-2"/);
    assert.match(res.body, /href="\/en\/medicines\/human\/EPAR\/lumykras\/product-information\/leaflet#leaflet-1"/);
    assert.match(res.body, /Version of 1 March 2025/);
    assert.match(res.body, /hreflang="da" lang="da">Danish<\/a>/, 'the other languages held are offered');
    assert.match(res.body, /<form class="filters pi-compare-form" method="get" action="\/en\/medicines\/human\/EPAR\/lumykras\/product-information\/compare">/);
    assert.doesNotMatch(res.body, /style=|<script>/, 'no inline styles or scripts');
  });

  test("a document's page carries every section under its anchor, EMA's tables as tables, in the document's language", async () => {
    const res = await page('/da/medicines/human/EPAR/lumykras/product-information/smpc');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<section class="pi-section pi-section--depth-1" id="smpc-4-2" data-pi-section aria-labelledby="smpc-4-2-h">\s*<h4 id="smpc-4-2-h" class="pi-section__heading heading-s">4\.2 Terapeutiske indikationer 2<\/h4>/);
    assert.match(res.body, /<th class="table__header" scope="col">Dose<\/th>/);
    assert.match(res.body, /<td class="table__cell">960<\/td>/);
    assert.match(res.body, /<html lang="da">/);
    assert.doesNotMatch(res.body, /class="pi-document" lang=/, 'the document is in the page language: no lang of its own');
  });

  test('a language without product information shows another with a notice, marked with its language', async () => {
    const res = await page('/fi/medicines/human/EPAR/lumykras/product-information/smpc');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<p class="notice">[^<]*englanti/i);
    assert.match(res.body, /<div class="pi-document" lang="en">/);
  });

  test('two languages side by side, section by section, each side in its language', async () => {
    const res = await page('/en/medicines/human/EPAR/lumykras/product-information/compare?with=el&document=smpc');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<div class="pi-compare__row" id="smpc-4-1" data-pi-section><div class="pi-compare__side" lang="en">.*Lumykras treats lung cancer\..*<\/div><div class="pi-compare__side" lang="el">.*καρκίνο του πνεύμονα/s);
    const missing = await page('/en/medicines/human/EPAR/lumykras/product-information/compare?with=sv&document=smpc');
    assert.equal(missing.statusCode, 200);
    assert.match(missing.body, /not available in Swedish/);
    assert.equal((await page('/en/medicines/human/EPAR/lumykras/product-information/compare?with=xx')).statusCode, 400);
  });

  test('unknown medicines and documents are 404 pages', async () => {
    assert.equal((await page('/en/medicines/human/EPAR/nothing/product-information')).statusCode, 404);
    assert.equal((await page('/en/medicines/human/EPAR/lumykras/product-information/annex-ii')).statusCode, 404, 'this document has no annex II');
  });

  test('the API lists the languages held and gives one language as structured JSON, by slug or product number', async () => {
    const list = await page('/api/v1/medicines/lumykras/product-information');
    assert.equal(list.statusCode, 200);
    const body = list.json() as { medicine: { slug: string }; languages: { lang: string; href: string; source: { file: string } }[] };
    assert.deepEqual(body.languages.map((l) => l.lang), ['da', 'el', 'en']);
    assert.equal(body.languages[2]!.href, '/api/v1/medicines/lumykras/product-information/en');
    assert.equal(body.languages[2]!.source.file, 'lumykras-epar-product-information_en.md', "the importer's folders are not shown");
    const one = await page('/api/v1/medicines/EMEA/H/C/005522/product-information/el');
    assert.equal(one.statusCode, 200);
    const doc = one.json() as { version: { versionDate: string }; document: { annexes: { kind: string; sections: { key: string; subsections: { key: string; blocks: unknown[] }[] }[] }[] } };
    assert.equal(doc.version.versionDate, '2025-03-01');
    assert.deepEqual(doc.document.annexes.map((a) => a.kind), ['smpc', 'leaflet']);
    assert.deepEqual(doc.document.annexes[0]!.sections[1]!.subsections[1]!.blocks[1], { type: 'table', headerRows: 1, rows: [['Dose', 'mg'], ['first', '960']] });
    assert.equal((await page('/api/v1/medicines/lumykras/product-information/sv')).statusCode, 404);
    assert.equal((await page('/api/v1/medicines/nothing/product-information')).statusCode, 404);
  });

  test('the import command reads PDFs and Markdown by their content, skips a bad file naming it, and changes nothing the second time', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-pi-'));
    try {
      // Markdown under a .txt name and a PDF: recognised by content, not extension.
      await writeFile(path.join(dir, 'lumykras-de.txt'), ENGLISH.replace('ANNEX I', 'ANHANG I'));
      const pdf = buildPdf([[{ text: 'BILAG I', x: 250, y: 800 }, { text: '1. LÆGEMIDLETS NAVN', x: 72, y: 770 }, { text: 'Lumykras 120 mg', x: 72, y: 750 }, { text: '4. KLINISKE OPLYSNINGER', x: 72, y: 720 }, { text: '4.1 Terapeutiske indikationer', x: 72, y: 700 }, { text: 'Lumykras behandler lungekræft.', x: 72, y: 680 }]]);
      await writeFile(path.join(dir, 'lumykras-epar-product-information_da.pdf'), pdf);
      await writeFile(path.join(dir, 'broken-epar-product-information_en.pdf'), 'not a pdf at all');
      const services = t.services;
      // A folder is read for .pdf, .md, .xml and .json files; a file named directly is read whatever its name.
      const first = await importProductInformation(services, [dir, path.join(dir, 'lumykras-de.txt')], { medicine: 'lumykras', lang: null });
      assert.equal(first.imported, 2, JSON.stringify(first));
      assert.equal(first.failed, 1);
      assert.match(first.errors[0]!.file, /broken-epar-product-information_en\.pdf$/);
      const german = await services.productInformation.latest('lumykras', 'de');
      assert.equal(german?.source.kind, 'markdown', 'German, told by the annex word, since the file name does not say');
      const danish = await services.productInformation.versions('lumykras', 'da');
      assert.deepEqual(danish.map((v) => v.source.kind), ['markdown', 'pdf'], 'the undated PDF comes after the dated version');
      assert.ok((await services.medicines.get('lumykras'))!.files.some((f) => f.documentType === 'product-information' && f.lang === 'da'), 'the PDF is kept as the medicine file');
      const again = await importProductInformation(services, [path.join(dir, 'lumykras-epar-product-information_da.pdf'), path.join(dir, 'lumykras-de.txt')], { medicine: 'lumykras', lang: null });
      assert.deepEqual([again.imported, again.unchanged, again.failed], [0, 2, 0]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
