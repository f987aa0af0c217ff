/**
 * The presentations docling wrote as text rather than as a Markdown table, in small hand-written
 * documents shaped like the corpus's: rows run together, columns one after another, both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Presentation } from '../../domain/presentation.ts';
import { parsePresentations, type ParsePresentationsResult } from './parse-presentations.ts';

const PAGE_BREAK = '<div style=\\"page-break-after: always\\"></div>';
const HEADER_7 = '## MA (EU) number (Invented) name Strength Pharmaceutical Form Route of Administration Immediate Packaging Pack size';
const HEADER_8 =
  '## MA (EU) number (Invented) name Strength Pharmaceutical Form Route of Administration Immediate Packaging Content (concentration) Pack size';

function parse(slug: string, body: string): ParsePresentationsResult {
  const front = `---\ndocument_pathfilename: www.ema.europa.eu/en/documents/all-authorised-presentations/${slug}-epar-all-authorised-presentations_en.pdf\n---\n`;
  return parsePresentations(front + body, { fileName: `${slug}-epar-all-authorised-presentations_en.md` });
}

function ok(slug: string, body: string) {
  const result = parse(slug, body);
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result;
}

/** Each line of a column on a line of its own, as docling writes them (a blank line between). */
function lines(...values: string[]): string {
  return values.join('\n\n');
}

const fields = (p: Presentation | undefined) =>
  p && [p.inventedName, p.strength, p.pharmaceuticalForm, p.routeOfAdministration, p.immediatePackaging, p.content, p.packSize];

test('reads rows run together in one paragraph, each from its EU number to the next', () => {
  const result = ok(
    'zorvex',
    `${HEADER_8}

EU/1/21/1603/001 Zorvex 90 mg / 400 mg Film-coated tablet Oral use bottle (HDPE) 84 (3 x 28) tablets EU/1/21/1603/002 Zorvex 10 000 U Powder for concentrate and solvent for solution for infusion Intravenous use Powder: vial (glass) Solvent: vial (glass) Powder: 10 000 U Solvent: 10 ml 1 vial + 1 vial EU/1/21/1603/003 Zorvex 0.2 mg/ml Oral suspension Oral use bottle (glass) 165 ml 1 bottle + 1

oral syringe
`,
  );
  assert.deepEqual(result.warnings, []);
  assert.deepEqual(result.presentations, [
    {
      euNumber: 'EU/1/21/1603/001',
      inventedName: 'Zorvex',
      strength: '90 mg / 400 mg',
      pharmaceuticalForm: 'Film-coated tablet',
      routeOfAdministration: 'Oral use',
      immediatePackaging: 'bottle (HDPE)',
      content: null,
      packSize: '84 (3 x 28) tablets',
    },
    {
      euNumber: 'EU/1/21/1603/002',
      inventedName: 'Zorvex',
      strength: '10 000 U',
      pharmaceuticalForm: 'Powder for concentrate and solvent for solution for infusion',
      routeOfAdministration: 'Intravenous use',
      immediatePackaging: 'Powder: vial (glass) Solvent: vial (glass)',
      content: 'Powder: 10 000 U Solvent: 10 ml',
      packSize: '1 vial + 1 vial',
    },
    {
      euNumber: 'EU/1/21/1603/003',
      inventedName: 'Zorvex',
      strength: '0.2 mg/ml',
      pharmaceuticalForm: 'Oral suspension',
      routeOfAdministration: 'Oral use',
      immediatePackaging: 'bottle (glass)',
      content: '165 ml',
      packSize: '1 bottle + 1 oral syringe',
    },
  ]);
});

test('reads rows docling put in a heading, after a header split over two, and drops the withdrawn-product watermark', () => {
  const result = ok(
    'zorvex-pharma',
    `## EU Number (Invented) name Strength Pharmaceutical Form Route of Immediate Pack size

## Administration Packaging EU/1/21/1603/001 Zorvex Pharma 5 mg Capsule, hard Subcutaneous or intravenous use blister (PVC/alu) 28 x 1 capsules (unit dose)

${PAGE_BREAK}

## EU/1/21/1603/002 Zorvex Pharma 5 mg Capsule, hard Oral use blister (PVC/alu) 56 capsules

Medicinal product no longer authorised
`,
  );
  assert.deepEqual(result.warnings, []);
  assert.deepEqual(fields(result.presentations[0]), [
    'Zorvex Pharma',
    '5 mg',
    'Capsule, hard',
    'Subcutaneous or intravenous use',
    'blister (PVC/alu)',
    null,
    '28 x 1 capsules (unit dose)',
  ]);
  assert.equal(result.presentations[1]?.packSize, '56 capsules');
});

test('keeps the number and name of a row whose other fields cannot be delimited, with a warning', () => {
  const result = ok(
    'zorvex',
    `${HEADER_7}

EU/1/21/1603/001 Zorvex 1 mg

EU/1/21/1603/002 Zorvex 2 mg Film-coated tablet Oral use 28 tablets
`,
  );
  assert.deepEqual(fields(result.presentations[0]), ['Zorvex', '1 mg', null, null, null, null, null]);
  // No packaging before the count: which is which cannot be told, so neither is taken.
  assert.deepEqual(fields(result.presentations[1]), ['Zorvex', '2 mg', 'Film-coated tablet', 'Oral use', null, null, null]);
  assert.deepEqual(result.warnings, [
    'EU/1/21/1603/001: could not delimit the pharmaceutical form, route, packaging, pack size in the text; left empty',
    'EU/1/21/1603/002: could not delimit the packaging, pack size in the text; left empty',
  ]);
});

test('matches columns written one after another to the numbers, joining the values docling wrapped', () => {
  const result = ok(
    'zorvex-pharma',
    `${HEADER_7}

${lines(
  'EU/1/21/1603/001',
  'EU/1/21/1603/002',
  'EU/1/21/1603/003',
  ...['Zorvex', 'Pharma', 'Zorvex', 'Pharma', 'Zorvex', 'Pharma'],
  ...['10 mg', '10 mg', '20 mg'],
  ...['Powder and solvent for solution for', 'injection', 'Powder and solvent for solution for', 'injection', 'Powder and solvent for solution for', 'injection'],
  // docling runs the last route into the first packaging.
  ...['Subcutaneous use', 'Subcutaneous use', 'Subcutaneous use blister', '(PVC/alu)', 'blister', '(PVC/alu)', 'bottle (HDPE)'],
  ...['14 tablets', '28 x 1 tablets', '(unit dose)', '1 pre-filled syringe + 1', 'needle'],
)}
`,
  );
  assert.deepEqual(
    result.presentations.map((p) => fields(p)),
    [
      ['Zorvex Pharma', '10 mg', 'Powder and solvent for solution for injection', 'Subcutaneous use', 'blister (PVC/alu)', null, '14 tablets'],
      ['Zorvex Pharma', '10 mg', 'Powder and solvent for solution for injection', 'Subcutaneous use', 'blister (PVC/alu)', null, '28 x 1 tablets (unit dose)'],
      ['Zorvex Pharma', '20 mg', 'Powder and solvent for solution for injection', 'Subcutaneous use', 'bottle (HDPE)', null, '1 pre-filled syringe + 1 needle'],
    ],
  );
  assert.deepEqual(result.warnings, [
    'lines 6-10: docling wrote the table column by column; 3 EU number(s) read with the name "Zorvex Pharma", and the strength, pharmaceutical form, route, packaging, pack size matched to them in order',
  ]);
});

test('leaves empty a column without one value per number rather than guess which number a value is for', () => {
  const result = ok(
    'zorvex',
    `${HEADER_7}

${lines('EU/1/21/1603/001', 'EU/1/21/1603/002', 'Zorvex', 'Zorvex', '10 mg', 'Film-coated tablet', 'Film-coated tablet', 'Oral use', 'Oral use')}
`,
  );
  for (const p of result.presentations) {
    assert.deepEqual(fields(p), ['Zorvex', null, 'Film-coated tablet', 'Oral use', null, null, null]);
  }
  assert.match(result.warnings[0]!, /the strength, packaging, pack size could not be matched to the numbers and are left empty$/);
});

test('reads a lone number\'s values under their labels, and takes none without labels', () => {
  const labelled = ok(
    'zorvex',
    lines(
      'EU Number',
      'EU/1/21/1603/001',
      'Strength',
      '250 mg',
      'Pharmaceutical Form',
      'Powder for concentrate for solution for infusion',
      'Route of',
      'Administration',
      'Intravenous use',
      'Packaging',
      'Vial (glass)',
      'Package size',
      '10 vials',
      'Invented name Zorvex Medicinal product no longer authorised',
    ),
  );
  assert.deepEqual(fields(labelled.presentations[0]), [
    'Zorvex',
    '250 mg',
    'Powder for concentrate for solution for infusion',
    'Intravenous use',
    'Vial (glass)',
    null,
    '10 vials',
  ]);

  // Labels first, then each row's values before its number: what follows a number is the next row's.
  const reversed = ok(
    'zorvex',
    lines('Pack size', 'Strength', '(Invented)', 'MA (EU) Number', '1 pre-filled pen', '10 µg', 'Zorvex', 'EU/1/21/1603/001', '2 pre-filled pens', '20 µg', 'Zorvex', 'EU/1/21/1603/002'),
  );
  assert.deepEqual(
    reversed.presentations.map((p) => fields(p)),
    [
      ['Zorvex', null, null, null, null, null, null],
      ['Zorvex', null, null, null, null, null, null],
    ],
  );
  assert.equal(reversed.warnings.length, 2);
});

test('names each pack as printed where the names differ from the product\'s', () => {
  const result = ok(
    'zorvex',
    lines(
      'EU Number',
      'EU/1/21/1603/001',
      'EU/1/21/1603/002',
      'Invented name',
      ...['Zorvex', 'Rapid', 'Zorvex', 'Comb 30'],
      'Strength',
      ...['100', 'IU/ml', '100', 'IU/ml'],
      'Pharmaceutical Form',
      ...['Solution for injection', 'Suspension for injection'],
      'Pack size',
      ...['1 vial', '5 vials'],
    ),
  );
  assert.deepEqual(
    result.presentations.map((p) => [p.inventedName, p.strength, p.pharmaceuticalForm, p.packSize]),
    [
      ['Zorvex Rapid', '100 IU/ml', 'Solution for injection', '1 vial'],
      ['Zorvex Comb 30', '100 IU/ml', 'Suspension for injection', '5 vials'],
    ],
  );
  assert.match(result.warnings[0]!, /read with their names, and the strength, pharmaceutical form, pack size matched/);
});

test('divides a line holding every number\'s values run together where each piece reads alike', () => {
  const byName = ok(
    'zorvex',
    `EU number EU/1/21/1603/001 EU/1/21/1603/002 EU/1/21/1603/003

Invented name Strength Pharmaceutical Form Route of administration Packaging Package size Zorvex 150 mg Film-coated tablet Oral use Blister (PA/Alu/PVC) 7 tablets Zorvex 150 mg Film-coated tablet Oral use Blister (PA/Alu/PVC) 84 (3x28) tablets Zorvex 300 mg Film-coated tablet Oral use Blister (PA/Alu/PVC) 7 tablets
`,
  );
  assert.deepEqual(fields(byName.presentations[1]), ['Zorvex', '150 mg', 'Film-coated tablet', 'Oral use', 'Blister (PA/Alu/PVC)', null, '84 (3x28) tablets']);

  // The route in some pieces only: left empty for all; the packaging repeated on a line of its own.
  const byStrength = ok(
    'zorvex',
    lines(
      '## EU number',
      'EU/1/21/1603/001 EU/1/21/1603/002 EU/1/21/1603/003',
      '## Name',
      'Zorvex Zorvex Zorvex',
      'Strength Pharmaceutical Form Route of Administration Packaging Package size 15 mg Tablet 14 tablets 15 mg Tablet 28 tablets 30 mg Tablet Oral use 14 tablets',
      'Packaging blister (alu/alu) blister (alu/alu) bottle (HDPE)',
    ),
  );
  assert.deepEqual(
    byStrength.presentations.map((p) => fields(p)),
    [
      ['Zorvex', '15 mg', 'Tablet', null, 'blister (alu/alu)', null, '14 tablets'],
      ['Zorvex', '15 mg', 'Tablet', null, 'blister (alu/alu)', null, '28 tablets'],
      ['Zorvex', '30 mg', 'Tablet', null, 'bottle (HDPE)', null, '14 tablets'],
    ],
  );
  assert.match(byStrength.warnings[0]!, /the route could not be matched to the numbers and is left empty$/);
});

test('fails where no name can be read for the numbers, rather than make one up', () => {
  const result = parse('zorvex', `${HEADER_7}\n\n${lines('EU/1/21/1603/001', 'EU/1/21/1603/002', 'Quorvex', 'Quorvex')}\n`);
  assert.equal(result.ok, false);
  assert.match(
    result.ok ? '' : result.error,
    /^no table: docling rendered the presentations as text \(2 EU numbers in it\), and line 6: EU\/1\/21\/1603\/001 has no name that can be read/,
  );
});

test('reads a table whose columns docling cut apart as text, but not a document that is no presentations list', () => {
  const cut = ok(
    'zorvex',
    `## EU number

| EU/1/21/1603/001   |
|-------------------|
| EU/1/21/1603/002   |

Invented name Strength Pharmaceutical Form Route of administration Packaging Package size

${lines('Zorvex', 'Zorvex', 'Film-coated tablet', 'Film-coated tablet')}
`,
  );
  assert.deepEqual(
    cut.presentations.map((p) => [p.euNumber, p.inventedName, p.pharmaceuticalForm]),
    [
      ['EU/1/21/1603/001', 'Zorvex', 'Film-coated tablet'],
      ['EU/1/21/1603/002', 'Zorvex', 'Film-coated tablet'],
    ],
  );
  assert.match(cut.warnings[0]!, /^the tables cannot be read as presentations tables \(line 6: a table of EU numbers in 1 column\(s\)/);

  // An SmPC under the presentations name: its EU number is not a presentations row.
  const smpc = parse(
    'zorvex',
    `## 1. NAME OF THE MEDICINAL PRODUCT

Zorvex 1 mg tablets

| Parameter | Value |
|---|---|
| Cmax | 97.2 |

## 8. MARKETING AUTHORISATION NUMBER(S)

EU/1/21/1603/001
`,
  );
  assert.equal(smpc.ok, false);
  assert.match(smpc.ok ? '' : smpc.error, /^no presentations table: .*; nor can the text be read as presentations: no presentations header in the text$/);
});

test('reads EU numbers printed without their leading zeros, and still fails on one missing a segment', () => {
  const table = `| EU Number | Invented name | Strength | Pharmaceutical form | Route of administration | Packaging | Content | Package size |
|---|---|---|---|---|---|---|---|`;
  const padded = ok(
    'zorvex',
    `${table}
| EU/1/00/129/01 | Zorvex | 10 mg/ml | Eye drops, suspension | Ocular use | Bottle (LDPE) | 5 ml | 1 bottle |
| EU/1/0/129/02 | Zorvex | 10 mg/ml | Eye drops, suspension | Ocular use | Bottle (LDPE) | 10 ml | 1 bottle |
`,
  );
  assert.deepEqual(
    padded.presentations.map((p) => p.euNumber),
    ['EU/1/00/129/001', 'EU/1/00/129/002'],
  );
  assert.deepEqual(padded.warnings, [
    'line 6: read "EU/1/00/129/01" as EU/1/00/129/001 (a segment printed without its leading zeros)',
    'line 7: read "EU/1/0/129/02" as EU/1/00/129/002 (a segment printed without its leading zeros)',
  ]);

  const noYear = parse('zorvex', `${table}\n| EU/1/1167/001 | Zorvex | 10 mg/ml | Eye drops, suspension | Ocular use | Bottle (LDPE) | 5 ml | 1 bottle |\n`);
  assert.match(noYear.ok ? '' : noYear.error, /^line 6: "EU\/1\/1167\/001" is not an EU number/);
});

test('leaves out a line of text whose EU number is not one, and reads the other lines', () => {
  const result = ok(
    'zorvex',
    `${HEADER_7}

EU/1/21/1603/001 Zorvex 100 mg Film-coated tablet Oral use blister (PVC/alu) 28 tablets

EU/1/1603/002 Zorvex 100 mg Film-coated tablet Oral use blister (PVC/alu) 56 tablets

EU/1/21/1603/003 Zorvex 100 mg Film-coated tablet Oral use bottle (HDPE) 100 tablets
`,
  );
  assert.deepEqual(result.presentations.map((p) => [p.euNumber, p.packSize]), [
    ['EU/1/21/1603/001', '28 tablets'],
    ['EU/1/21/1603/003', '100 tablets'],
  ]);
  assert.ok(result.ok && result.skipped.length === 1);
  assert.equal(result.skipped[0]?.line, 8);
  assert.match(result.skipped[0]!.message, /^"EU\/1\/1603\/002" is not an EU number/);
  assert.ok(result.warnings.some((w) => /^line 8: .*; row left out$/.test(w)));
});
