import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES } from '../../domain/languages.ts';
import { must, parseEuNumber } from '../../domain/identifiers.ts';
import type { Presentation } from '../../domain/presentation.ts';
import { PROCEDURE_TYPES, type Procedure } from '../../domain/procedure.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { medicineDataCatalogue } from '../../i18n/catalogues/medicine-data/index.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { presentationsSection, proceduresSection, splitFirstSentence, type DataSection } from './medicine-data.template.ts';

const en = createPageContext('en', '/medicines/human/EPAR/lumykras');
const sv = createPageContext('sv', '/medicines/human/EPAR/lumykras');

const presentation: Presentation = {
  euNumber: must(parseEuNumber('EU/1/21/1603/001')),
  inventedName: 'Lumykras',
  strength: '120 mg',
  pharmaceuticalForm: 'Film-coated tablet',
  routeOfAdministration: 'Oral use',
  immediatePackaging: 'blister (PVC/PE/PCTFE/Al)',
  content: null,
  packSize: '240 tablets',
};

const longScope =
  'Update of sections 4.4 and 4.8 of the SmPC to add hepatotoxicity as a warning, based on final results from study 20190009. ' +
  'The Package Leaflet is updated accordingly. In addition, the MAH took the opportunity to update the list of local representatives ' +
  'in the Package Leaflet and to introduce minor editorial changes throughout the product information, e.g. in section 6.6 <b>and</b> Annex II.';

const procedures: Procedure[] = [
  {
    number: 'II/0010/G',
    otherNumbers: ['EMA/VR/0000339051'],
    type: 'variation-ii',
    typeLabel: 'Variation type II',
    scope: longScope,
    opinionDate: '2024-10-21',
    commissionDecisionDate: '2024-11-25',
    productInformationAffected: 'SmPC and PL',
    summary: null,
  },
  {
    number: 'PSUSA/00010970/202411',
    otherNumbers: [],
    type: 'psur',
    typeLabel: 'PSUR',
    scope: 'Periodic safety update report for sotorasib & <script>alert(1)</script>',
    opinionDate: '2025-06-19',
    commissionDecisionDate: null,
    productInformationAffected: null,
    summary: 'Benefit-risk balance unchanged',
  },
];

/** The section as the medicine page lays it out. */
const renderWhole = (s: DataSection): string => `<h2 class="heading-l" id="${s.id}">${s.title}</h2>\n${s.content.value}`;

/** The same without the headers repeated in the cells for narrow screens, which their own test checks. */
const render = (s: DataSection): string =>
  renderWhole(s)
    .replace(/<span class="table__cell-heading"[^>]*>[^<]*<\/span>/g, '');

const medicine = buildMedicine({ presentations: [presentation], procedures });

test('presentations: an accessible table of the packs, in English', () => {
  const out = render(presentationsSection(en, medicine)!);
  assert.match(out, /<h2 class="heading-l" id="presentations">Authorised presentations<\/h2>/);
  assert.match(out, /<caption class="table__caption" id="presentations-caption">All authorised presentations<\/caption>/);
  assert.equal(out.match(/<th scope="col" class="table__header">/g)?.length, 8);
  assert.match(out, /<th scope="col" class="table__header">Route of administration<\/th>/);
  assert.match(out, /<th scope="row"[^>]*>EU\/1\/21\/1603\/001<\/th>/);
  for (const value of ['Lumykras', '120 mg', 'Film-coated tablet', 'Oral use', 'blister (PVC/PE/PCTFE/Al)', '240 tablets']) {
    assert.ok(out.includes(`<td class="table__cell">${value}</td>`), value);
  }
  // Content is missing: a dash for the eye, words for screen readers.
  assert.match(out, /<span aria-hidden="true">–<\/span><span class="visually-hidden">not stated<\/span>/);
  // English page: no lang attributes needed.
  assert.doesNotMatch(out, /lang="en"/);
});

test('presentations: Swedish headings, EMA text marked as English', () => {
  const out = render(presentationsSection(sv, medicine)!);
  assert.match(out, />Godkända förpackningar<\/h2>/);
  for (const heading of ['EU-nummer', 'Styrka', 'Läkemedelsform', 'Administreringsväg', 'Innerförpackning', 'Förpackningsstorlek']) {
    assert.ok(out.includes(`<th scope="col" class="table__header">${heading}</th>`), heading);
  }
  assert.ok(out.includes('<td class="table__cell" lang="en">Film-coated tablet</td>'));
  assert.match(out, /<span class="visually-hidden">ej angivet<\/span>/);
  // The EU number is a code, not English.
  assert.doesNotMatch(out, /<th scope="row"[^>]*lang="en"/);
});

test('on a phone every cell shows its column header, hidden from screen readers, which hear the real one', () => {
  const out = renderWhole(proceduresSection(sv, medicine)!);
  const c = medicineDataCatalogue.get('sv').procedures.columns;
  assert.match(out, /<table class="table table--responsive table--procedures">/);
  assert.equal(out.match(/<th scope="col" class="table__header">/g)?.length, 7);
  // Seven cells in each of the two rows, each with its header in Swedish, even in a cell of English text.
  const headings = [...out.matchAll(/<span class="table__cell-heading" aria-hidden="true" lang="sv">([^<]*)<\/span>/g)].map((m) => m[1]);
  const columns = [c.number, c.type, c.scope, c.opinionDate, c.commissionDecisionDate, c.productInformationAffected, c.summary];
  assert.deepEqual(headings, [...columns, ...columns]);
  assert.match(out, /<td class="table__cell" lang="en"><span class="table__cell-heading" aria-hidden="true" lang="sv">/);
  assert.match(out, /<th scope="row" class="table__cell table__cell--name"><span class="table__cell-heading"/);

  const packs = renderWhole(presentationsSection(en, medicine)!);
  assert.equal(packs.match(/<span class="table__cell-heading" aria-hidden="true">/g)?.length, 8);
});

test('sections are null when there is nothing to show', () => {
  const empty = buildMedicine();
  assert.equal(presentationsSection(en, empty), null);
  assert.equal(proceduresSection(en, empty), null);
  assert.equal(presentationsSection(sv, empty), null);
  assert.equal(proceduresSection(sv, empty), null);
});

test('procedures: numbers, translated type, dates, newest first as given', () => {
  const html = render(proceduresSection(en, medicine)!);
  // Long codes may break after a slash, so the table fits its column.
  assert.match(html, />II\/<wbr>0010\/<wbr>G<br>/);
  const out = html.replaceAll('<wbr>', '');
  assert.match(out, /<h2 class="heading-l" id="procedures">Post-authorisation procedures<\/h2>/);
  assert.match(out, /<caption class="table__caption" id="procedures-caption">/);
  assert.equal(out.match(/<th scope="col" class="table__header">/g)?.length, 7);
  assert.ok(out.indexOf('II/0010/G') < out.indexOf('PSUSA/00010970/202411'));
  assert.match(out, /<small class="secondary-text"><span class="visually-hidden">Other numbers: <\/span>EMA\/VR\/0000339051<\/small>/);
  assert.match(out, /<td class="table__cell">Variation type II<\/td>/);
  assert.match(out, /<td class="table__cell">Periodic safety update report \(PSUR\)<\/td>/);
  assert.match(out, /<time datetime="2024-10-21">21 October 2024<\/time>/);
  assert.match(out, /<time datetime="2024-11-25">25 November 2024<\/time>/);
  assert.ok(out.includes('<td class="table__cell">SmPC and PL</td>'));
  assert.ok(out.includes('<td class="table__cell">Benefit-risk balance unchanged</td>'));
  // Missing decision date, product information and summary.
  assert.equal(out.match(/class="visually-hidden">not stated</g)?.length, 3);
});

test('procedures: long scope folds into details with the first sentence as summary', () => {
  const out = render(proceduresSection(en, medicine)!);
  assert.match(out, /<details>\n<summary>Update of sections 4\.4 and 4\.8 of the SmPC to add hepatotoxicity as a warning, based on final results from study 20190009\.<\/summary>\n<p>The Package Leaflet is updated accordingly\./);
  // Short scope stays inline.
  assert.match(out, /<td class="table__cell">Periodic safety update report for sotorasib/);
  assert.equal(out.match(/<details>/g)?.length, 1);
});

test('procedures: EMA text is escaped', () => {
  const out = render(proceduresSection(en, medicine)!).replaceAll('<wbr>', '');
  assert.ok(out.includes('sotorasib &amp; &lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(out.includes('&lt;b&gt;and&lt;/b&gt;'));
  assert.doesNotMatch(out, /<script>|<b>/);

  const hostile = buildMedicine({
    presentations: [{ ...presentation, inventedName: '"><img src=x onerror=alert(1)>' }],
  });
  const p = render(presentationsSection(sv, hostile)!);
  assert.ok(p.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
  assert.doesNotMatch(p, /<img/);
});

test('procedures: Swedish headings and types; scope, summary marked lang="en"', () => {
  const out = render(proceduresSection(sv, medicine)!);
  assert.match(out, /<h2 class="heading-l" id="procedures">Förfaranden efter godkännandet<\/h2>/);
  assert.match(out, /<th scope="col" class="table__header">Kommissionens beslut<\/th>/);
  assert.match(out, /<td class="table__cell">Ändring typ II<\/td>/);
  assert.match(out, /<td class="table__cell">Periodisk säkerhetsrapport \(PSUR\)<\/td>/);
  assert.match(out, /<td class="table__cell" lang="en"><details>/);
  assert.match(out, /<td class="table__cell" lang="en">Periodic safety update report for sotorasib/);
  assert.match(out, /<td class="table__cell" lang="en">Benefit-risk balance unchanged<\/td>/);
  assert.match(out, /<span class="visually-hidden">Andra nummer: <\/span>/);
  // Swedish dates.
  assert.match(out, /<time datetime="2024-10-21">21 oktober 2024<\/time>/);
});

test('procedures: "other" shows EMA\'s own label as English', () => {
  const m = buildMedicine({
    procedures: [{ ...procedures[1]!, type: 'other', typeLabel: 'Article 61(3) notification' }],
  });
  const out = render(proceduresSection(sv, m)!);
  assert.match(out, /<td class="table__cell">Övrigt<br><small class="secondary-text" lang="en">Article 61\(3\) notification<\/small><\/td>/);
});

test('every language has every procedure type and non-empty strings', () => {
  for (const lang of LANGUAGES) {
    const t = medicineDataCatalogue.get(lang);
    for (const type of PROCEDURE_TYPES) assert.ok(t.procedures.types[type].trim(), `${lang} ${type}`);
    const strings = [t.notStated, t.presentations.heading, t.presentations.caption, ...Object.values(t.presentations.columns), t.procedures.heading, t.procedures.caption, t.procedures.otherNumbers, ...Object.values(t.procedures.columns)];
    for (const s of strings) assert.ok(s.trim(), lang);
    if (lang !== 'en') assert.notEqual(t.presentations.heading, medicineDataCatalogue.english.presentations.heading, lang);
  }
});

test('splitFirstSentence does not stop at abbreviations or decimals', () => {
  assert.deepEqual(splitFirstSentence('Update of section 4.8, e.g. rash. The PL is updated.'), ['Update of section 4.8, e.g. rash.', 'The PL is updated.']);
  const [first, rest] = splitFirstSentence(`${'word '.repeat(80)}end`);
  assert.ok(first.endsWith('…') && first.length <= 201);
  assert.ok(rest.endsWith('end'));
});
