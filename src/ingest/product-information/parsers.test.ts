import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionText, walkSections, type ProductInformationDocument } from '../../domain/product-information.ts';
import { buildPdf, type Run } from '../../../test/support/pdf-builder.ts';
import { parseProductInformationMarkdown } from './markdown-parser.ts';
import { parseProductInformationPdf } from './pdf-parser.ts';

/** How EMA's template reads in a language: annex words, top-level titles, subsection titles. */
interface Template {
  lang: string;
  annex: string;
  /** Hungarian and the Baltic languages put the numeral first. */
  numeralFirst?: boolean;
  titles: string[];
  sub: string;
  labelling: string;
  leaflet: string;
  body: string;
}

const GREEK: Template = {
  lang: 'el',
  annex: 'ΠΑΡΑΡΤΗΜΑ',
  titles: ['ΟΝΟΜΑΣΙΑ ΤΟΥ ΦΑΡΜΑΚΕΥΤΙΚΟΥ ΠΡΟΪΟΝΤΟΣ', 'ΠΟΙΟΤΙΚΗ ΚΑΙ ΠΟΣΟΤΙΚΗ ΣΥΝΘΕΣΗ', 'ΦΑΡΜΑΚΟΤΕΧΝΙΚΗ ΜΟΡΦΗ', 'ΚΛΙΝΙΚΕΣ ΠΛΗΡΟΦΟΡΙΕΣ', 'ΦΑΡΜΑΚΟΛΟΓΙΚΕΣ ΙΔΙΟΤΗΤΕΣ', 'ΦΑΡΜΑΚΕΥΤΙΚΕΣ ΠΛΗΡΟΦΟΡΙΕΣ', 'ΚΑΤΟΧΟΣ ΤΗΣ ΑΔΕΙΑΣ', 'ΑΡΙΘΜΟΣ ΑΔΕΙΑΣ', 'ΗΜΕΡΟΜΗΝΙΑ ΠΡΩΤΗΣ ΕΓΚΡΙΣΗΣ', 'ΗΜΕΡΟΜΗΝΙΑ ΑΝΑΘΕΩΡΗΣΗΣ ΤΟΥ ΚΕΙΜΕΝΟΥ'],
  sub: 'Θεραπευτικές ενδείξεις',
  labelling: 'ΕΠΙΣΗΜΑΝΣΗ',
  leaflet: 'ΦΥΛΛΟ ΟΔΗΓΙΩΝ ΧΡΗΣΗΣ',
  body: 'Το φάρμακο ενδείκνυται για τη θεραπεία ενηλίκων.',
};

const BULGARIAN: Template = {
  lang: 'bg',
  annex: 'ПРИЛОЖЕНИЕ',
  titles: ['ИМЕ НА ЛЕКАРСТВЕНИЯ ПРОДУКТ', 'КАЧЕСТВЕН И КОЛИЧЕСТВЕН СЪСТАВ', 'ЛЕКАРСТВЕНА ФОРМА', 'КЛИНИЧНИ ДАННИ', 'ФАРМАКОЛОГИЧНИ СВОЙСТВА', 'ФАРМАЦЕВТИЧНИ ДАННИ', 'ПРИТЕЖАТЕЛ НА РАЗРЕШЕНИЕТО', 'НОМЕР НА РАЗРЕШЕНИЕТО', 'ДАТА НА ПЪРВО РАЗРЕШАВАНЕ', 'ДАТА НА АКТУАЛИЗИРАНЕ НА ТЕКСТА'],
  sub: 'Терапевтични показания',
  labelling: 'ДАННИ ВЪРХУ ОПАКОВКАТА',
  leaflet: 'ЛИСТОВКА',
  body: 'Лекарството е показано за лечение на възрастни.',
};

const HUNGARIAN: Template = {
  lang: 'hu',
  annex: 'MELLÉKLET',
  numeralFirst: true,
  titles: ['A GYÓGYSZER NEVE', 'MINŐSÉGI ÉS MENNYISÉGI ÖSSZETÉTEL', 'GYÓGYSZERFORMA', 'KLINIKAI JELLEMZŐK', 'FARMAKOLÓGIAI TULAJDONSÁGOK', 'GYÓGYSZERÉSZETI JELLEMZŐK', 'A FORGALOMBA HOZATALI ENGEDÉLY JOGOSULTJA', 'A FORGALOMBA HOZATALI ENGEDÉLY SZÁMA', 'A FORGALOMBA HOZATALI ENGEDÉLY ELSŐ KIADÁSÁNAK DÁTUMA', 'A SZÖVEG ELLENŐRZÉSÉNEK DÁTUMA'],
  sub: 'Terápiás javallatok',
  labelling: 'CÍMKESZÖVEG',
  leaflet: 'BETEGTÁJÉKOZTATÓ',
  body: 'A gyógyszer felnőttek kezelésére javallott.',
};

const SUBS: Record<number, number> = { 4: 9, 5: 3, 6: 6 };

function annexTitle(t: Template, numeral: string): string {
  return t.numeralFirst ? `${numeral}. ${t.annex}` : `${t.annex} ${numeral}`;
}

/** The lines of a small product information in a language, as headings and text. */
function documentLines(t: Template, options: { skip?: string[] } = {}): { heading: boolean; text: string }[] {
  const out: { heading: boolean; text: string }[] = [{ heading: true, text: annexTitle(t, 'I') }];
  t.titles.forEach((title, i) => {
    const top = i + 1;
    if (!options.skip?.includes(String(top))) out.push({ heading: true, text: `${top}. ${title}` });
    if (!SUBS[top]) out.push({ heading: false, text: `${t.body} (${top})` });
    for (let s = 1; s <= (SUBS[top] ?? 0); s++) {
      if (options.skip?.includes(`${top}.${s}`)) continue;
      out.push({ heading: true, text: `${top}.${s} ${t.sub}` });
      out.push({ heading: false, text: `${t.body} (${top}.${s})` });
      // A cross-reference that happens to start a line is not a heading.
      if (top === 4 && s === 4) out.push({ heading: false, text: `${top}.${s + 1} ${t.body.toLocaleLowerCase()}` });
    }
  });
  out.push({ heading: true, text: annexTitle(t, 'II') });
  for (const letter of ['A', 'B', 'C', 'D']) {
    out.push({ heading: true, text: `${letter}. ${t.titles[0]}` });
    out.push({ heading: false, text: t.body });
  }
  out.push({ heading: true, text: annexTitle(t, 'III') });
  out.push({ heading: true, text: `A. ${t.labelling}` });
  for (const pack of [1, 2]) {
    out.push({ heading: true, text: `${t.labelling} ${pack === 1 ? 'I' : 'II'}` });
    for (const item of [1, 2, 3]) {
      out.push({ heading: true, text: `${item}. ${t.titles[item - 1]}` });
      out.push({ heading: false, text: `${t.body} [${pack}.${item}]` });
    }
  }
  out.push({ heading: true, text: `B. ${t.leaflet}` });
  for (let n = 1; n <= 6; n++) {
    out.push({ heading: true, text: `${n}. ${t.sub} ${n}` });
    out.push({ heading: false, text: `${t.body} <${n}>` });
  }
  return out;
}

function toMarkdown(lines: { heading: boolean; text: string }[]): string {
  return lines.map((l) => (l.heading ? `## ${l.text}` : l.text)).join('\n\n');
}

function keys(doc: ProductInformationDocument, annex: string): string[] {
  return [...walkSections(doc)].filter((s) => s.annex === annex).map((s) => s.section.key);
}

function text(doc: ProductInformationDocument, annex: string, key: string): string | undefined {
  const found = [...walkSections(doc)].find((s) => s.annex === annex && s.section.key === key);
  return found && sectionText(found.section);
}

const SMPC_KEYS = ['1', '2', '3', '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8', '4.9', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '7', '8', '9', '10'];

for (const t of [GREEK, BULGARIAN, HUNGARIAN]) {
  test(`docling Markdown in ${t.lang} is read into its annexes, numbered sections, packs and leaflet sections`, () => {
    const doc = parseProductInformationMarkdown(toMarkdown(documentLines(t)), { language: t.lang, file: `x_${t.lang}.md` });
    assert.deepEqual(doc.annexes.map((a) => a.kind), ['smpc', 'annex-ii', 'labelling', 'leaflet']);
    assert.equal(doc.annexes[0]!.title, annexTitle(t, 'I'));
    assert.deepEqual(keys(doc, 'smpc'), SMPC_KEYS);
    assert.deepEqual(keys(doc, 'annex-ii'), ['A', 'B', 'C', 'D']);
    assert.deepEqual(keys(doc, 'labelling'), ['1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3']);
    assert.equal(doc.annexes[2]!.sections[1]!.heading, `${t.labelling} II`, "a pack's unnumbered title names it");
    assert.deepEqual(keys(doc, 'leaflet'), ['1', '2', '3', '4', '5', '6']);
    assert.equal(text(doc, 'smpc', '4.1'), `${t.body} (4.1)`);
    assert.equal(text(doc, 'smpc', '4.4'), `${t.body} (4.4)\n\n4.5 ${t.body.toLocaleLowerCase()}`, 'a line starting with a number is text unless it is a heading in sequence');
  });

  test(`a PDF in ${t.lang} with running headers, footers and page numbers gives the same sections as its Markdown`, async () => {
    const lines = documentLines(t);
    const pages: Run[][] = [];
    for (let i = 0; i < lines.length; i += 24) {
      const page = lines.slice(i, i + 24).map((l, j) => ({ text: l.text, x: 72, y: 760 - j * 26, size: 10 }));
      pages.push([{ text: `${t.titles[0]} – ${t.lang.toUpperCase()}`, x: 72, y: 810, size: 8 }, ...page, { text: String(pages.length + 1), x: 290, y: 30, size: 8 }]);
    }
    const pdf = await parseProductInformationPdf(buildPdf(pages, { modified: '2024-03-05' }), { language: t.lang, file: `x_${t.lang}.pdf` });
    const markdown = parseProductInformationMarkdown(toMarkdown(lines), { language: t.lang, file: `x_${t.lang}.md` });
    assert.equal(pdf.versionDate, '2024-03-05', "the PDF's modification date");
    assert.deepEqual(keys(pdf, 'smpc'), SMPC_KEYS);
    assert.deepEqual(keys(pdf, 'labelling'), keys(markdown, 'labelling'));
    assert.deepEqual(keys(pdf, 'leaflet'), keys(markdown, 'leaflet'));
    assert.equal(text(pdf, 'smpc', '4.1'), text(markdown, 'smpc', '4.1'));
    const all = [...walkSections(pdf)].map((s) => `${s.section.heading}\n${sectionText(s.section)}`).join('\n');
    assert.doesNotMatch(all, new RegExp(`– ${t.lang.toUpperCase()}`), 'the running header is gone');
    assert.doesNotMatch(all, /^\d+$/m, 'page numbers are gone');
  });
}

test('numbering that skips a heading or goes back is still read by its sequence', () => {
  const doc = parseProductInformationMarkdown(toMarkdown(documentLines(GREEK, { skip: ['4.3', '7'] })), { language: 'el', file: 'x.md' });
  assert.deepEqual(
    keys(doc, 'smpc'),
    SMPC_KEYS.filter((k) => k !== '4.3' && k !== '7'),
  );
  // A heading numbered out of sequence ("## 2.1 …" inside 6.x) stays a heading block, not a section.
  const mutated = toMarkdown(documentLines(GREEK)).replace(`## 6.3 ${GREEK.sub}`, `## 6.3 ${GREEK.sub}\n\n## 2.1 ${GREEK.sub}`);
  const read = parseProductInformationMarkdown(mutated, { language: 'el', file: 'x.md' });
  assert.deepEqual(keys(read, 'smpc'), SMPC_KEYS);
  assert.deepEqual([...walkSections(read)].find((s) => s.section.key === '6.3')?.section.blocks[0], { type: 'heading', text: `2.1 ${GREEK.sub}` });
});

test('a second product repeats the numbering and gets keys of its own; a table of contents is dropped', () => {
  const english = { ...GREEK, lang: 'en', annex: 'ANNEX', titles: ['NAME OF THE MEDICINAL PRODUCT', 'COMPOSITION', 'FORM', 'CLINICAL PARTICULARS', 'PHARMACOLOGY', 'PARTICULARS', 'HOLDER', 'NUMBERS', 'DATE OF FIRST AUTHORISATION', 'DATE OF REVISION'], sub: 'Therapeutic indications', labelling: 'LABELLING', leaflet: 'PACKAGE LEAFLET', body: 'Indicated in adults.' };
  const lines = documentLines(english);
  const smpcEnd = lines.findIndex((l) => l.text === 'ANNEX II');
  const second = lines.slice(1, smpcEnd).map((l) => (l.heading ? l : { ...l, text: l.text.replace('adults', 'children') }));
  const toc = ['1. What it is', '2. Before you take it', '3. How to take it', '4. Side effects', '5. How to store it', '6. Contents'].map((t) => `- ${t}`).join('\n');
  const markdown = toMarkdown([...lines.slice(0, smpcEnd), ...second, ...lines.slice(smpcEnd)]).replace('## B. PACKAGE LEAFLET', `## B. PACKAGE LEAFLET\n\n${toc}\n\n## 1. Therapeutic indications 1\n\n## 2. Therapeutic indications 2`);
  const doc = parseProductInformationMarkdown(markdown, { language: 'en', file: 'x.md' });
  assert.deepEqual(keys(doc, 'smpc'), [...SMPC_KEYS, ...SMPC_KEYS.map((k) => `2/${k}`)]);
  assert.equal(text(doc, 'smpc', '2/4.1'), 'Indicated in children. (4.1)');
  assert.deepEqual(keys(doc, 'leaflet'), ['1', '2', '3', '4', '5', '6'], 'the empty headings before the leaflet were its table of contents');
});

test('Markdown tables become table blocks, and a boxed heading in a one-row table is a heading', () => {
  const markdown = [
    '## ANNEX I',
    '## 1. NAME OF THE MEDICINAL PRODUCT',
    '## 4. CLINICAL PARTICULARS',
    '## 4.1 Undesirable effects',
    '| System organ class | Very common | Common |\n|---|---|---|\n| Gastrointestinal disorders | Diarrhoea | Nausea \\| vomiting |',
    '## ANNEX III',
    '## A. LABELLING',
    '| 1. | NAME OF THE MEDICINAL PRODUCT |\n|----|----|',
    'Xenical 120 mg hard capsules &amp; more',
  ].join('\n\n');
  const doc = parseProductInformationMarkdown(markdown, { language: 'en', file: 'x.md' });
  const effects = [...walkSections(doc)].find((s) => s.section.key === '4.1')!.section;
  assert.deepEqual(effects.blocks, [{ type: 'table', headerRows: 1, rows: [['System organ class', 'Very common', 'Common'], ['Gastrointestinal disorders', 'Diarrhoea', 'Nausea | vomiting']] }]);
  assert.deepEqual(keys(doc, 'labelling'), ['1', '1.1']);
  assert.equal(text(doc, 'labelling', '1.1'), 'Xenical 120 mg hard capsules & more');
});

test("a cell docling repeated across the columns it spans is one column again; a column that only sometimes agrees stays", () => {
  const markdown = ['## ANNEX I', '## 1. NAME OF THE MEDICINAL PRODUCT', '| Class | Class | Reaction | Frequency |\n|---|---|---|---|\n| Nervous | Nervous | Headache | Headache |\n| Skin | Skin | Rash | Common |'].join('\n\n');
  const doc = parseProductInformationMarkdown(markdown, { language: 'en', file: 'x.md' });
  assert.deepEqual(doc.annexes[0]!.sections[0]!.blocks, [{ type: 'table', headerRows: 1, rows: [['Class', 'Reaction', 'Frequency'], ['Nervous', 'Headache', 'Headache'], ['Skin', 'Rash', 'Common']] }]);
});

test('a PDF table is rebuilt from its columns, wrapped cells joined', async () => {
  const row = (y: number, cells: string[]): Run[] => cells.map((text, i) => ({ text, x: 72 + i * 160, y, size: 10 })).filter((r) => r.text !== '');
  const page: Run[] = [
    { text: 'ANNEX I', x: 250, y: 800 },
    { text: '1. NAME OF THE MEDICINAL PRODUCT', x: 72, y: 780 },
    { text: '4. CLINICAL PARTICULARS', x: 72, y: 760 },
    { text: '4.1 Undesirable effects', x: 72, y: 730 },
    { text: 'Adverse reactions are listed below.', x: 72, y: 700 },
    ...row(670, ['System organ class', 'Very common', 'Common']),
    ...row(658, ['Gastrointestinal', 'Diarrhoea', 'Nausea']),
    ...row(646, ['', 'flatulence', '']),
    ...row(634, ['Skin disorders', 'Rash', 'Pruritus']),
    { text: '4.2 Overdose', x: 72, y: 600 },
    { text: 'No case of overdose has been reported.', x: 72, y: 580 },
  ];
  const doc = await parseProductInformationPdf(buildPdf([page]), { language: 'en', file: 'x.pdf' });
  const effects = [...walkSections(doc)].find((s) => s.section.key === '4.1')!.section;
  assert.deepEqual(effects.blocks, [
    { type: 'paragraph', text: 'Adverse reactions are listed below.' },
    { type: 'table', headerRows: 1, rows: [['System organ class', 'Very common', 'Common'], ['Gastrointestinal', 'Diarrhoea flatulence', 'Nausea'], ['Skin disorders', 'Rash', 'Pruritus']] },
  ]);
  assert.equal(text(doc, 'smpc', '4.2'), 'No case of overdose has been reported.');
});

test("a PDF's short line after a gap, straight above the text it heads, is a subheading; a short sentence is not", async () => {
  const page: Run[] = [
    { text: 'ANNEX I', x: 250, y: 800 },
    { text: '1. NAME OF THE MEDICINAL PRODUCT', x: 72, y: 770 },
    { text: '4. CLINICAL PARTICULARS', x: 72, y: 740 },
    { text: '4.1 Therapeutic indications', x: 72, y: 710 },
    { text: 'Adults', x: 72, y: 680 },
    { text: 'The recommended dose is one 120 mg capsule taken with water before each main meal.', x: 72, y: 668 },
    { text: 'Capsule.', x: 72, y: 640 },
    { text: 'The capsule has a turquoise cap and turquoise body bearing the imprint XENICAL.', x: 72, y: 628 },
  ];
  const doc = await parseProductInformationPdf(buildPdf([page]), { language: 'en', file: 'x.pdf' });
  assert.deepEqual([...walkSections(doc)].find((s) => s.section.key === '4.1')!.section.blocks, [
    { type: 'heading', text: 'Adults' },
    { type: 'paragraph', text: 'The recommended dose is one 120 mg capsule taken with water before each main meal.' },
    { type: 'paragraph', text: 'Capsule. The capsule has a turquoise cap and turquoise body bearing the imprint XENICAL.' },
  ]);
});
