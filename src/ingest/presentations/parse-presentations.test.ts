import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePresentations, splitValues } from './parse-presentations.ts';

const FRONT = `---
document_pages: 2
document_pathfilename: www.ema.europa.eu/en/documents/all-authorised-presentations/zorvex-epar-all-authorised-presentations_en.pdf
document_name: zorvex-epar-all-authorised-presentations_en.pdf
converter:
  docling: 2.113.0
---
`;
const PAGE_BREAK = '<div style=\\"page-break-after: always\\"></div>';
const HEADER = `| MA (EU) number | (Invented) name | Strength | Pharmaceutical Form | Route of Administration | Immediate Packaging | Content (concentration) | Pack size |
|---|---|---|---|---|---|---|---|`;

function parse(body: string, fileName = 'zorvex-epar-all-authorised-presentations_en.md') {
  return parsePresentations(FRONT + body, { fileName });
}

function ok(body: string) {
  const result = parse(body);
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result;
}

test('reads each row of the table into a presentation, with the slug from the front matter', () => {
  const result = ok(`${HEADER}
| EU/1/21/1603/001 | Zorvex | 100 mg | Film-coated tablet | Oral use | blister (PVC/alu) |  | 28 tablets |
| EU/1/21/1603/002 | Zorvex | 100 mg | Film-coated tablet | Oral use | bottle (HDPE) | 30 ml | 1 bottle |
`);
  assert.equal(result.slug, 'zorvex');
  assert.deepEqual(result.warnings, []);
  assert.deepEqual(result.presentations, [
    {
      euNumber: 'EU/1/21/1603/001',
      inventedName: 'Zorvex',
      strength: '100 mg',
      pharmaceuticalForm: 'Film-coated tablet',
      routeOfAdministration: 'Oral use',
      immediatePackaging: 'blister (PVC/alu)',
      content: null,
      packSize: '28 tablets',
    },
    {
      euNumber: 'EU/1/21/1603/002',
      inventedName: 'Zorvex',
      strength: '100 mg',
      pharmaceuticalForm: 'Film-coated tablet',
      routeOfAdministration: 'Oral use',
      immediatePackaging: 'bottle (HDPE)',
      content: '30 ml',
      packSize: '1 bottle',
    },
  ]);
});

test('skips the header where a page repeats it, and continues a table whose next page has no header', () => {
  const result = ok(`${HEADER}
| EU/1/21/1603/001 | Zorvex | 100 mg | Film-coated tablet | Oral use | blister | | 28 tablets |

${PAGE_BREAK}

${HEADER}
| EU/1/21/1603/002 | Zorvex | 200 mg | Film-coated tablet | Oral use | blister | | 28 tablets |

${PAGE_BREAK}

| EU/1/21/1603/003 | Zorvex | 300 mg | Film-coated tablet | Oral use | blister | | 56 tablets |
|---|---|---|---|---|---|---|---|
| EU/1/21/1603/004 | Zorvex | 300 mg | Film-coated tablet | Oral use | blister | | 98 tablets |
`);
  assert.deepEqual(
    result.presentations.map((p) => [p.euNumber, p.strength, p.packSize]),
    [
      ['EU/1/21/1603/001', '100 mg', '28 tablets'],
      ['EU/1/21/1603/002', '200 mg', '28 tablets'],
      ['EU/1/21/1603/003', '300 mg', '56 tablets'],
      ['EU/1/21/1603/004', '300 mg', '98 tablets'],
    ],
  );
  assert.deepEqual(result.warnings, []);
});

test('joins a header split over two rows and reads a header docling turned into a heading', () => {
  const split = ok(`| MA (EU) number | (Invented) | Strength | Pharmaceutical | Route of | Immediate Packaging | Pack size |
|---|---|---|---|---|---|---|
| | name | | Form | Administration | | |
| EU/1/21/1603/001 | Zorvex | 5 mg | Tablet | Oral use | blister | 30 tablets |
`);
  assert.equal(split.presentations[0]?.packSize, '30 tablets');
  assert.equal(split.presentations[0]?.content, null, 'seven columns: no content column');

  const heading = ok(`## MA (EU) number (Invented) name Strength Pharmaceutical Form Route of Administration Immediate Packaging Pack size

| EU/1/21/1603/001 | Zorvex | 5 mg | Tablet | Oral use | blister | 30 tablets |
|---|---|---|---|---|---|---|
`);
  assert.equal(heading.presentations[0]?.immediatePackaging, 'blister');
  assert.equal(heading.presentations[0]?.packSize, '30 tablets');
  assert.deepEqual(heading.warnings, []);
});

test('appends a wrapped row (empty EU number cell) to the row above, also across a page break', () => {
  const result = ok(`${HEADER}
| EU/1/21/1603/001 | Zorvex | 100 mg | Powder for solution | Intravenous use | vial (glass) | 10 ml | 1 vial + 1 |
| | | | for infusion | | | | syringe |

${PAGE_BREAK}

| | | | | | with needle guard | | |
|---|---|---|---|---|---|---|---|
| EU/1/21/1603/002 | Zorvex | 100 mg | Powder for solution for infusion | Intravenous use | vial (glass) | 10 ml | 5 vials |
`);
  const [first, second] = result.presentations;
  assert.equal(first?.pharmaceuticalForm, 'Powder for solution for infusion');
  assert.equal(first?.packSize, '1 vial + 1 syringe');
  assert.equal(first?.immediatePackaging, 'vial (glass) with needle guard');
  assert.equal(second?.packSize, '5 vials');
  assert.equal(result.presentations.length, 2);
});

test('divides a row holding several EU numbers whose cells docling ran together', () => {
  const result = ok(`| MA (EU) number | (Invented) name | Strength | Pharmaceutical Form | Route of Administration | Immediate Packaging | Pack size |
|---|---|---|---|---|---|---|
| EU/1/21/1603/001 EU/1/21/1603/002 EU/1/21/1603/003 | Zorvex Zorvex Zorvex | 0.5 mg 0.5 mg 1 mg | Tablet | Oral use Oral use Oral use | blister (PVC/alu) blister (PVC/alu) bottle (HDPE) | 14 x 1 tablets 28 tablets 30 tablets |
`);
  assert.deepEqual(
    result.presentations.map((p) => [p.euNumber, p.inventedName, p.strength, p.pharmaceuticalForm, p.immediatePackaging, p.packSize]),
    [
      ['EU/1/21/1603/001', 'Zorvex', '0.5 mg', 'Tablet', 'blister (PVC/alu)', '14 x 1 tablets'],
      ['EU/1/21/1603/002', 'Zorvex', '0.5 mg', 'Tablet', 'blister (PVC/alu)', '28 tablets'],
      ['EU/1/21/1603/003', 'Zorvex', '1 mg', 'Tablet', 'bottle (HDPE)', '30 tablets'],
    ],
  );
});

test('gives the numbers of a merged cell to the numberless rows below it, in order', () => {
  const result = ok(`| MA (EU) number | (Invented) name | Strength | Pharmaceutical Form | Route of Administration | Immediate Packaging | Pack size |
|---|---|---|---|---|---|---|
| EU/1/21/1603/001 EU/1/21/1603/002 EU/1/21/1603/003 | Zorvex | 10 mg | Tablet | Oral use | blister | 30 tablets |
| | Zorvex | 10 mg | Tablet | Oral use | blister | 60 tablets |
| EU/1/21/1603/004 | Zorvex | 20 mg | Tablet | Oral use | blister | 30 tablets |
`);
  assert.deepEqual(
    result.presentations.map((p) => [p.euNumber, p.packSize]),
    [
      ['EU/1/21/1603/001', '30 tablets'],
      ['EU/1/21/1603/002', '60 tablets'],
      ['EU/1/21/1603/003', null],
      ['EU/1/21/1603/004', '30 tablets'],
    ],
  );
  assert.equal(result.presentations[2]?.inventedName, 'Zorvex', 'the name every value of the merged cell shares');
  assert.ok(result.warnings.some((w) => w.includes('3 EU numbers share one row')));
  assert.ok(result.warnings.some((w) => w.includes('EU/1/21/1603/003 has no row of its own')));
});

test('reads EU numbers through OCR slips, with a warning for each', () => {
  const result = ok(`${HEADER}
| EU/1/21/160 3/001 | Zorvex | 1 mg | Tablet | Oral use | blister | | 7 tablets |
| EU/1/21/1603//002 | Zorvex | 1 mg | Tablet | Oral use | blister | | 14 tablets |
| EU1/21/1603/003 | Zorvex | 1 mg | Tablet | Oral use | blister | | 28 tablets |
| EU/1/21/1603 /004 | Zorvex | 1 mg | Tablet | Oral use | blister | | 56 tablets |
`);
  assert.deepEqual(
    result.presentations.map((p) => p.euNumber),
    ['EU/1/21/1603/001', 'EU/1/21/1603/002', 'EU/1/21/1603/003', 'EU/1/21/1603/004'],
  );
  assert.equal(result.warnings.length, 3, 'a space beside a slash is not a slip');
  assert.match(result.warnings[0]!, /^line 10: read "EU\/1\/21\/160 3\/001" as EU\/1\/21\/1603\/001$/);
});

test('leaves out a row whose EU number is not one, naming its line, and reads the rest of the document', () => {
  const result = ok(`${HEADER}
| EU/1/21/1603/001 | Zorvex | 1 mg | Tablet | Oral use | blister | | 7 tablets |
| EU/1/1603/002 | Zorvex | 1 mg | Tablet | Oral use | blister | | 14 tablets |
| | | | | | (PVC/alu) | | |
| EU/1/21/1603/003 | Zorvex | 1 mg | Tablet | Oral use | blister | | 28 tablets |
`);
  assert.deepEqual(result.presentations.map((p) => p.euNumber), ['EU/1/21/1603/001', 'EU/1/21/1603/003']);
  assert.equal(result.presentations[0]?.immediatePackaging, 'blister', "the bad row's wrapped text does not join the row above");
  assert.deepEqual(result.skipped.map(({ line, value }) => ({ line, value })), [{ line: 11, value: 'EU/1/1603/002' }]);
  assert.match(result.skipped[0]!.message, /^"EU\/1\/1603\/002" is not an EU number/);
  assert.ok(result.warnings.some((w) => /^line 11: "EU\/1\/1603\/002" is not an EU number.*; row left out$/.test(w)));

  const emea = ok(`${HEADER}
| EU/1/21/1603/001 | Zorvex | 1 mg | Tablet | Oral use | blister | | 7 tablets |
| EMEA/H/C/734/001 | Zorvex | 1 mg | Tablet | Oral use | blister | | 7 tablets |
`);
  assert.deepEqual(emea.skipped.map((r) => r.line), [11]);
});

test('fails only when no row has an EU number, naming the first bad one', () => {
  const emea = parse(`${HEADER}
| EMEA/H/C/734/001 | Zorvex | 1 mg | Tablet | Oral use | blister | | 7 tablets |
| EMEA/H/C/734/002 | Zorvex | 2 mg | Tablet | Oral use | blister | | 7 tablets |
`);
  assert.equal(emea.ok, false);
  assert.match(emea.ok ? '' : emea.error, /^line 10: "EMEA\/H\/C\/734\/001" is not an EU number.*2 row\(s\) left out/);
});

test('skips footnote rows and composition tables with a warning rather than taking them for packs', () => {
  const result = ok(`${HEADER}
| EU/1/21/1603/001 | Zorvex | --¹ | Suspension for injection | Intramuscular use | vial (glass) | 0.5 ml | 1 vial |
| ¹ | 1 dose (0.5 ml) contains: | | | | | | |

| Human Papillomavirus Type 6 L1 protein | 30 micrograms |
|---|---|
| Human Papillomavirus Type 11 L1 protein | 40 micrograms |
`);
  assert.equal(result.presentations.length, 1);
  assert.equal(result.presentations[0]?.strength, '--¹', 'a footnote marker is what EMA printed');
  assert.deepEqual(result.warnings, ['line 11: skipped a row that is not a presentation ("¹ | 1 dose (0.5 ml) contains: | | | | | |")']);
});

test('fails when the document has no table and no EU number, saying what it has instead', () => {
  const image = parse('<!-- image -->\n');
  assert.equal(image.ok, false);
  assert.match(image.ok ? '' : image.error, /^no table: the document has no presentations table/);

  const procedure = parse('## EMA Number (Invented) name Strength Pharmaceutical Form\n\nEMEA/H/C/002779/001 Zorvex 1 mg/ml Concentrate for solution for infusion\n');
  assert.match(procedure.ok ? '' : procedure.error, /^no table: docling rendered the presentations as text, listed by EMEA procedure number \(EMEA\/H\/C\/002779\/001\)/);

  const other = parse('| Pharmacokinetic parameter | Ratio |\n|---|---|\n| Cmax | 97.2 |\n');
  assert.match(other.ok ? '' : other.error, /^no presentations table/);
});

test('reads the rows that docling wrote as text between the tables, and warns about numbers it cannot read', () => {
  const result = ok(`${HEADER}
| EU/1/21/1603/001 | Zorvex | 1 mg | Tablet | Oral use | blister | | 7 tablets |

EU/1/21/1603/002 Zorvex 1 mg Tablet Oral use blister 14 tablets

See also EU/1/21/1603/003.
`);
  assert.deepEqual(
    result.presentations.map((p) => [p.euNumber, p.strength, p.packSize]),
    [
      ['EU/1/21/1603/001', '1 mg', '7 tablets'],
      ['EU/1/21/1603/002', '1 mg', '14 tablets'],
      ['EU/1/21/1603/003', null, null],
    ],
  );
  assert.deepEqual(result.warnings, [
    '2 presentation(s) read from rows docling wrote as text between the tables',
    'EU/1/21/1603/003: no name of its own; the product\'s name "Zorvex" is used',
    'EU/1/21/1603/003: could not delimit the strength, pharmaceutical form, route, packaging, pack size in the text; left empty',
  ]);
});

test('does not take a range in a footnote for a pack the table lists one by one', () => {
  const result = ok(`${HEADER}
| EU/1/21/1603/001 | Zorvex | 1 mg | Tablet | Oral use | blister | | 7 tablets |
| EU/1/21/1603/002 | Zorvex | 1 mg | Tablet | Oral use | blister | | 14 tablets |

¹ Zorvex 1 mg tablets (EU/1/21/1603/001-002)
`);
  assert.equal(result.presentations.length, 2);
  assert.deepEqual(result.warnings, []);
});

test('takes the slug from the file name when the front matter has no path', () => {
  const result = parsePresentations(`${HEADER}\n| EU/1/21/1603/001 | Zorvex | 1 mg | Tablet | Oral use | blister | | 7 tablets |\n`, {
    fileName: '/data/zorvex-previously-zorvix-epar-all-authorised-presentations_en.md',
  });
  assert.ok(result.ok);
  assert.equal(result.slug, 'zorvex-previously-zorvix');
  assert.match(result.warnings[0]!, /^slug: no document_pathfilename/);
});

test('splits run-together values only where every piece is alike', () => {
  assert.deepEqual(splitValues('Oral use Oral use', 2), ['Oral use', 'Oral use']);
  assert.deepEqual(splitValues('42 tablets 84 tablets 90 tablets', 3), ['42 tablets', '84 tablets', '90 tablets']);
  assert.deepEqual(splitValues('blister (PVC/alu) bottle (HDPE)', 2), ['blister (PVC/alu)', 'bottle (HDPE)']);
  assert.equal(splitValues('10 (2 x 5) pre-filled pens', 2), null);
  assert.equal(splitValues('56 x 1 tablets', 2), null);
  assert.equal(splitValues('Abasaglar KwikPen', 2), null);
});
