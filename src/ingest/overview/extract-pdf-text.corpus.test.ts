/**
 * Runs the extractor on EMA's real product-information PDFs in the shared folder beside the project
 * (`../shared/ema/product-information-pdf`, or under `$OPENEPAR_SHARED`). No overview PDF is in the
 * corpus; these come from the same EMA Word templates and PDF writers, in the languages whose
 * letters break naive extraction. Skipped, visibly, when the folder is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SKIP_MESSAGE, sharedPath } from '../../../test/support/shared-corpus.ts';
import { extractPdfText } from './extract-pdf-text.ts';

const dir = sharedPath('ema/product-information-pdf');

async function extract(file: string): Promise<string[]> {
  return (await extractPdfText(new Uint8Array(await readFile(join(dir!, file))))).pages;
}

if (dir === null) {
  test('extracts text from real EMA PDFs', (t) => {
    t.skip(SKIP_MESSAGE);
  });
} else {
  test('extracts the Danish Karvea product information with æ, ø and å intact and headings on their own lines', async () => {
    const pages = await extract('karvea-epar-product-information_da.pdf');
    console.log(`# karvea (da): ${pages.length} pages`);
    assert.ok(pages.length > 100, `${pages.length} pages`);
    const firstPage = pages[1]!.split('\n');
    assert.equal(firstPage[0], '1. LÆGEMIDLETS NAVN');
    assert.ok(firstPage.includes('Karvea 75 mg tabletter.'));
    assert.ok(firstPage.includes('Hjælpestof, som behandleren skal være opmærksom på:'));
    assert.ok(firstPage.includes('4.2 Dosering og indgivelsesmåde'));
    const text = pages.join('\n');
    for (const word of ['nødvendig', 'Øre og labyrint', 'måneder']) assert.ok(text.includes(word), `"${word}" survives`);
    assert.doesNotMatch(text, /[\uFFFD\uF000-\uF8FF]/, 'no replacement or private-use characters');
    assert.ok(/^▪ hvis du/m.test(text), 'Wingdings list bullets become ▪ at the start of their lines');
  });

  test('extracts the Spanish Xenical product information with ñ and accented vowels intact', async () => {
    const pages = await extract('xenical-epar-product-information_es.pdf');
    console.log(`# xenical (es): ${pages.length} pages`);
    const firstPage = pages[1]!.split('\n');
    assert.ok(firstPage.includes('Xenical 120 mg cápsulas duras'));
    assert.ok(firstPage.includes('2. COMPOSICIÓN CUALITATIVA Y CUANTITATIVA'));
    const text = pages.join('\n');
    for (const word of ['niños', 'años', 'dañinos', 'índice de masa corporal']) assert.ok(text.includes(word), `"${word}" survives`);
    assert.doesNotMatch(text, /[\uFFFD\uF000-\uF8FF]/, 'no replacement or private-use characters');
  });
}
