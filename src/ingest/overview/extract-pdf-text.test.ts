import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ImportError } from '../../domain/errors.ts';
import { PdfTextError, extractPdfText, type PdfTextErrorKind } from './extract-pdf-text.ts';
import { parseOverviewText } from './parse-overview-text.ts';
import { buildPdf, lines, type Run } from '../../../test/support/pdf-builder.ts';

async function rejectsWith(bytes: Uint8Array, kind: PdfTextErrorKind, message?: RegExp): Promise<void> {
  await assert.rejects(extractPdfText(bytes, 'leaflet.pdf'), (error: unknown) => {
    assert.ok(error instanceof PdfTextError, `expected a PdfTextError, got ${String(error)}`);
    assert.ok(error instanceof ImportError, 'an importer reports it like any other bad file');
    assert.equal(error.kind, kind);
    assert.equal(error.file, 'leaflet.pdf');
    if (message) assert.match(error.reason, message);
    return true;
  });
}

test('extracts each page as its own string, line by line', async () => {
  const pdf = buildPdf([lines(['What is Karvea?', 'Karvea is a medicine.']), lines(['Page two'])]);
  const { pages } = await extractPdfText(pdf);
  assert.deepEqual(pages, ['What is Karvea?\nKarvea is a medicine.', 'Page two']);
});

test('keeps Latin-1 letters such as æ ø å ñ á intact', async () => {
  const { pages } = await extractPdfText(buildPdf([lines(['Lægemidlets navn: Hjælpestof, sødestof, blå', 'Año, cápsula, señal'])]));
  assert.equal(pages[0], 'Lægemidlets navn: Hjælpestof, sødestof, blå\nAño, cápsula, señal');
});

test('orders lines top to bottom even when the content stream puts the footer first', async () => {
  const pdf = buildPdf([[{ text: 'Page 2/3', x: 280, y: 40 }, ...lines(['First line', 'Second line'])]]);
  const { pages } = await extractPdfText(pdf);
  assert.deepEqual(pages[0]!.split('\n').filter((l) => l !== ''), ['First line', 'Second line', 'Page 2/3']);
});

test('joins runs that share a baseline into one line, with a space where there is a gap', async () => {
  const pdf = buildPdf([[{ text: '•', x: 72, y: 700 }, { text: 'diarrhoea;', x: 90, y: 700 }, { text: 'Lumy', x: 72, y: 688 }, { text: 'kras', x: 96.46, y: 688 }]]);
  const { pages } = await extractPdfText(pdf);
  // "Lumy" is 24.46 points wide in 10-point Helvetica: "kras" follows with no gap, so no space.
  assert.equal(pages[0], '• diarrhoea;\nLumykras');
});

test('marks a paragraph gap with a blank line and leaves ordinary line spacing alone', async () => {
  const pdf = buildPdf([[...lines(['One paragraph that wraps', 'onto a second line.'], 780), ...lines(['Another paragraph.'], 744)]]);
  const { pages } = await extractPdfText(pdf);
  assert.equal(pages[0], 'One paragraph that wraps\nonto a second line.\n\nAnother paragraph.');
});

test('leaves out rotated text such as a diagonal watermark', async () => {
  const pdf = buildPdf([[...lines(['Body text.']), { text: 'Medicinal product no longer authorised', x: 100, y: 200, size: 40, rotate: 45 }]]);
  const { pages } = await extractPdfText(pdf);
  assert.equal(pages[0], 'Body text.');
});

test('gives a page without text as an empty string', async () => {
  const { pages } = await extractPdfText(buildPdf([lines(['Text']), []]));
  assert.deepEqual(pages, ['Text', '']);
});

test('leaves the caller’s bytes usable', async () => {
  const pdf = buildPdf([lines(['Text'])]);
  const length = pdf.length;
  await extractPdfText(pdf);
  assert.equal(pdf.length, length);
  assert.deepEqual((await extractPdfText(pdf)).pages, ['Text']);
});

test('rejects empty input with code empty_input', async () => {
  await rejectsWith(new Uint8Array(), 'empty_input');
});

test('rejects an HTML page saved as .pdf with code not_a_pdf, saying it is HTML', async () => {
  const html = new TextEncoder().encode('<!DOCTYPE html>\n<html><head><title>Page not found</title></head><body>404</body></html>');
  await rejectsWith(html, 'not_a_pdf', /HTML/);
});

test('rejects other bytes without a %PDF- header with code not_a_pdf', async () => {
  await rejectsWith(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'not_a_pdf', /%PDF-/);
});

test('rejects a download cut short with code corrupt_pdf', async () => {
  const pdf = buildPdf([lines(['Some text that will be cut off'])]);
  await rejectsWith(pdf.slice(0, Math.floor(pdf.length / 2)), 'corrupt_pdf', /truncated/);
});

test('rejects a PDF whose structure is garbage with code corrupt_pdf', async () => {
  const garbage = new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(500)}\n%%EOF\n`);
  await rejectsWith(garbage, 'corrupt_pdf', /cannot be read/);
});

test('rejects a password-protected PDF with code encrypted_pdf', async () => {
  // A standard security handler whose /U entry matches no password, the empty one included.
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`;
  await rejectsWith(buildPdf([lines(['secret'])], { encrypt }), 'encrypted_pdf', /password/);
});

/** Lays out blocks of lines down a page: 12 points between lines, `space` more before each block. */
function layout(blocks: { lines: string[]; space?: number; size?: number }[], top = 790): Run[] {
  const runs: Run[] = [];
  let y = top;
  for (const block of blocks) {
    y -= block.space ?? 0;
    for (const text of block.lines) {
      runs.push({ text, x: 72, y, size: block.size ?? 9 });
      y -= 12;
    }
  }
  return runs;
}

test('gives the overview parser lines and paragraph gaps it can read', async () => {
  const footer = (page: string): Run[] => [
    { text: 'Testex (testumab)', x: 72, y: 60, size: 7 },
    { text: 'EMA/111111/2024', x: 72, y: 51, size: 7 },
    { text: page, x: 72, y: 42, size: 7 },
  ];
  const page1 = [
    { text: 'EMA/111111/2024', x: 400, y: 800, size: 8 },
    { text: 'EMEA/H/C/001234', x: 400, y: 790, size: 8 },
    ...layout(
      [
        { lines: ['Testex (testumab)'], size: 14, space: 20 },
        { lines: ['An overview of Testex and why it is authorised in the EU'], size: 11, space: 10 },
        { lines: ['What is Testex and what is it used for?'], size: 11, space: 16 },
        { lines: ['Testex is a medicine used to treat adults with a disease that makes parsers unhappy. It is', 'used when other medicines have not worked.'], space: 8 },
        { lines: ['Testex contains the active substance testumab.'], space: 8 },
        { lines: ['How is Testex used?'], size: 11, space: 16 },
        { lines: ['The most common side effects are:'], space: 8 },
        { lines: ['• headache;', '• nausea (feeling sick).'], space: 4 },
      ],
      760,
    ),
    { text: 'Official address Domenico Scarlattilaan 6 • 1083 HS Amsterdam • The Netherlands', x: 72, y: 90, size: 7 },
    { text: 'An agency of the European Union', x: 72, y: 80, size: 7 },
    { text: '© European Medicines Agency, 2024. Reproduction is authorised provided the source is acknowledged.', x: 72, y: 70, size: 7 },
  ];
  const page2 = [
    ...footer('Page 2/2'),
    ...layout([
      { lines: ['Other information about Testex'], size: 11 },
      { lines: ['Testex received a marketing authorisation valid throughout the EU on 1 March 2024.'], space: 8 },
    ]),
  ];
  const { pages } = await extractPdfText(buildPdf([page1, page2]));
  const parsed = parseOverviewText(pages, { lang: 'en' });
  assert.deepEqual(parsed.warnings, []);
  assert.equal(parsed.title, 'An overview of Testex and why it is authorised in the EU');
  assert.equal(parsed.referenceNumber, 'EMA/111111/2024');
  assert.equal(parsed.productNumber, 'EMEA/H/C/001234');
  assert.deepEqual(parsed.sections, [
    {
      heading: null,
      body:
        'Testex is a medicine used to treat adults with a disease that makes parsers unhappy. It is used when other medicines have not worked.\n\n' +
        'Testex contains the active substance testumab.',
    },
    { heading: 'How is Testex used?', body: 'The most common side effects are:\n\n- headache;\n- nausea (feeling sick).' },
    { heading: 'Other information about Testex', body: 'Testex received a marketing authorisation valid throughout the EU on 1 March 2024.' },
  ]);
});
