import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ImportError } from '../../domain/errors.ts';
import { LAYOUTS, UnknownLayoutError, parseCsv, readEmaTable, type EmaTableLayout } from './read-ema-table.ts';

type Value = string | number | Date | null;

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'openepar-ema-table-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The layout's headers as EMA writes them, with the line breaks the 39-column file has. */
function headersOf(layout: EmaTableLayout, rename: Record<string, string> = {}): string[] {
  return Object.values(LAYOUTS[layout]).map((names) => {
    const name = names[0]!;
    return rename[name] ?? name.replace(/^(Species|Pharmacotherapeutic group) \(/, '$1\n(');
  });
}

/** Lays records out under the headers; a record names its cells by header (line breaks ignored). */
function sheet(headers: string[], records: Record<string, Value>[]): Value[][] {
  const key = (h: string) => h.replace(/\s+/g, ' ');
  for (const record of records) {
    for (const name of Object.keys(record)) assert.ok(headers.some((h) => key(h) === name), `fixture names an unknown column "${name}"`);
  }
  return records.map((record) => headers.map((h) => record[key(h)] ?? null));
}

const BANNER_39: Value[][] = [
  ['Content type:', 'Medicine', 'Output automatically generated from content on www.ema.europa.eu on:', '14/03/2026 - 06:00'],
  [], [], [], [], [], [], [],
];

async function writeXlsx(name: string, rows: Value[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet('Medicine');
  rows.forEach((values, i) => {
    const row = worksheet.getRow(i + 1);
    values.forEach((value, col) => {
      if (value === null) return;
      const cell = row.getCell(col + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function writeCsv(name: string, rows: Value[][], delimiter = ','): Promise<string> {
  const field = (v: Value) => {
    const s = v === null ? '' : String(v);
    return /["\n\r,;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const path = join(dir, name);
  await writeFile(path, '\uFEFF' + rows.map((r) => r.map(field).join(delimiter)).join('\r\n') + '\r\n');
  return path;
}

const LUMYKRAS_39: Record<string, Value> = {
  Category: 'Human',
  'Name of medicine': 'Lumykras',
  'EMA product number': 'EMEA/H/C/005522',
  'Medicine status': 'Authorised',
  'Latest procedure affecting product information': 'II/0010/G',
  'International non-proprietary name (INN) / common name': 'sotorasib',
  'Active substance': 'sotorasib',
  'Therapeutic area (MeSH)': 'Carcinoma, Non-Small-Cell Lung;Lung Neoplasms',
  'Patient safety': 'No',
  'ATC code (human)': 'L01XX73',
  'Pharmacotherapeutic group (human)': 'Antineoplastic agents',
  'Therapeutic indication': 'Adults with&nbsp;advanced NSCLC aged &lt; 75 years.',
  'Accelerated assessment': 'No',
  'Additional monitoring': 'Yes',
  'Advanced therapy': 'No',
  Biosimilar: 'No',
  'Conditional approval': 'Yes',
  'Exceptional circumstances': 'No',
  'Generic or hybrid': 'No',
  'Orphan medicine': 'No',
  'PRIME: priority medicine': 'No',
  'Marketing authorisation developer / applicant / holder': 'Amgen Europe B.V. ',
  'European Commission decision date': '21/10/2024',
  'Opinion adopted date': '11/11/2021',
  'Marketing authorisation date': '06/01/2022',
  'Revision number': 6,
  'First published date': '10/11/2021',
  'Last updated date': '03/12/2024',
  'Medicine URL': 'https://www.ema.europa.eu/en/medicines/human/EPAR/lumykras',
};

const WITHDRAWN_VET_39: Record<string, Value> = {
  Category: 'Veterinary',
  'Name of medicine': 'Bovilis BTV8',
  'EMA product number': 'EMEA/V/C/000148',
  'Medicine status': 'Withdrawn',
  'Latest procedure affecting product information': '-',
  'Active substance': 'bluetongue virus;serotype 8',
  'Species (veterinary)': 'Cattle;Sheep',
  'Patient safety': 'No',
  'ATCvet code (veterinary)': 'QI02AA08;QI04AA02;QI02AA08',
  'Pharmacotherapeutic group (veterinary)': 'Immunologicals for Bovidae;Immunologicals for Ovidae',
  'Accelerated assessment': 'No',
  'Additional monitoring': 'No',
  'Advanced therapy': 'No',
  Biosimilar: 'No',
  'Conditional approval': 'No',
  'Exceptional circumstances': 'No',
  'Generic or hybrid': 'No',
  'Orphan medicine': 'No',
  'PRIME: priority medicine': 'No',
  'Marketing authorisation date': '06/09/2010',
  'Withdrawal / expiry / revocation / lapse of marketing authorisation date': '05/06/2015',
  'First published date': '05/06/2015',
  'Medicine URL': 'https://www.ema.europa.eu/en/medicines/veterinary/EPAR/bovilis-btv8',
};

test('reads a 39-column xlsx: banner date, line breaks in headers, dd/mm/yyyy dates, Yes/No flags and ";" lists', async () => {
  const headers = headersOf('39-column');
  const path = await writeXlsx('39.xlsx', [...BANNER_39, headers, ...sheet(headers, [LUMYKRAS_39, WITHDRAWN_VET_39])]);
  const table = await readEmaTable(path);

  assert.equal(table.layout, '39-column');
  assert.equal(table.snapshotDate, '2026-03-14');
  assert.deepEqual(table.errors, []);
  assert.deepEqual(table.warnings, []);
  assert.equal(table.rows.length, 2);

  const [human, vet] = table.rows;
  assert.ok(human && vet);
  assert.equal(human.line, 10);
  assert.equal(human.category, 'human');
  assert.equal(human.productNumber, 'EMEA/H/C/005522');
  assert.equal(human.status, 'authorised');
  assert.deepEqual(human.therapeuticAreas, ['Carcinoma, Non-Small-Cell Lung', 'Lung Neoplasms']);
  assert.deepEqual(human.atcCodes, ['L01XX73']);
  assert.equal(human.therapeuticIndication, 'Adults with advanced NSCLC aged < 75 years.');
  assert.equal(human.marketingAuthorisationHolder, 'Amgen Europe B.V.');
  assert.deepEqual(human.flags, {
    additionalMonitoring: true, conditionalApproval: true, exceptionalCircumstances: false, acceleratedAssessment: false,
    orphan: false, generic: false, biosimilar: false, advancedTherapy: false, prime: false,
  });
  assert.equal(human.dates.marketingAuthorisationIssued, '2022-01-06');
  assert.equal(human.dates.opinionAdopted, '2021-11-11');
  assert.equal(human.dates.commissionDecision, '2024-10-21');
  assert.equal(human.dates.withdrawal, null);
  assert.equal(human.revision, 6);
  assert.equal(human.latestProcedure, 'II/0010/G');
  assert.equal(human.firstPublished, '2021-11-10');
  assert.equal(human.lastUpdated, '2024-12-03');
  assert.equal(human.dates.pageLastUpdated, '2024-12-03');
  assert.equal(human.slug, 'lumykras');

  assert.equal(vet.category, 'veterinary');
  assert.equal(vet.status, 'withdrawn');
  assert.deepEqual(vet.species, ['Cattle', 'Sheep']);
  assert.deepEqual(vet.atcCodes, ['QI02AA08', 'QI04AA02'], 'ATCvet codes, duplicates dropped');
  assert.equal(vet.activeSubstance, 'bluetongue virus; serotype 8');
  assert.equal(vet.pharmacotherapeuticGroup, 'Immunologicals for Bovidae; Immunologicals for Ovidae');
  assert.equal(vet.latestProcedure, null, 'EMA writes "-" for none');
  assert.equal(vet.dates.authorisationEnded, '2015-06-05');
  assert.equal(vet.dates.withdrawal, '2015-06-05', 'the combined end date is filed under the status it belongs to');
  assert.equal(vet.dates.expiry, null);
  assert.equal(vet.lastUpdated, null);
});

test('accepts "Generic" for the column the 2025 file calls "Generic or hybrid"', async () => {
  const headers = headersOf('39-column', { 'Generic or hybrid': 'Generic' });
  const { 'Generic or hybrid': _, ...rest } = LUMYKRAS_39;
  const record = { ...rest, Generic: 'Yes' };
  const path = await writeXlsx('39-generic.xlsx', [...BANNER_39, headers, ...sheet(headers, [record])]);
  const table = await readEmaTable(path);
  assert.equal(table.layout, '39-column');
  assert.equal(table.rows[0]?.flags.generic, true);
});

test('reads a 30-column xlsx with Excel serial dates, yes/no flags and ", " lists, wherever its header row sits', async () => {
  const headers = headersOf('30-column');
  const record: Record<string, Value> = {
    Category: 'Human',
    'Medicine name': 'Lumykras ',
    'Therapeutic area': 'Angina, Unstable;  Myocardial Infarction',
    'International non-proprietary name (INN) / common name': 'sotorasib',
    'Product number': 'EMEA/H/C/005522            ',
    'Patient safety': 'no',
    'Authorisation status': 'Authorised',
    'ATC code': 'L01XC18, L01FF02',
    'Additional monitoring': 'yes',
    Generic: 'no',
    Biosimilar: 'no',
    'Conditional approval': 'yes',
    'Exceptional circumstances': 'no',
    'Accelerated assessment': 'no',
    'Orphan medicine': 'no',
    // EMA's serials carry a time of day; the day is what counts.
    'Marketing authorisation date': new Date(Date.UTC(2022, 0, 6, 1, 0)),
    'Date of opinion': 44511,
    'Decision date': new Date(Date.UTC(2023, 9, 19, 14, 30)),
    'Human pharmacotherapeutic group': 'Vaccines, ',
    'Revision number': '01',
    'First published': new Date(Date.UTC(2021, 10, 10, 23, 9)),
    'Revision date': new Date(Date.UTC(2023, 10, 20, 11, 50)),
    URL: 'https://www.ema.europa.eu/en/medicines/human/EPAR/lumykras',
  };
  const path = await writeXlsx('30.xlsx', [
    ['Content type:', 'European public assessment reports (EPARs)', 'Output generated at:', 'Thu, 17/11/2022 - 07:45'],
    [],
    headers,
    ...sheet(headers, [record]),
  ]);
  const table = await readEmaTable(path);

  assert.equal(table.layout, '30-column');
  assert.equal(table.snapshotDate, '2022-11-17');
  assert.deepEqual(table.errors, []);
  const row = table.rows[0];
  assert.ok(row);
  assert.equal(row.line, 4);
  assert.equal(row.name, 'Lumykras');
  assert.equal(row.productNumber, 'EMEA/H/C/005522');
  assert.deepEqual(row.therapeuticAreas, ['Angina, Unstable', 'Myocardial Infarction'], 'commas inside a MeSH term do not split it');
  assert.deepEqual(row.atcCodes, ['L01XC18', 'L01FF02']);
  assert.equal(row.pharmacotherapeuticGroup, 'Vaccines');
  assert.equal(row.flags.conditionalApproval, true);
  assert.equal(row.flags.advancedTherapy, null, 'the 30-column layout has no such column');
  assert.equal(row.flags.prime, null);
  assert.equal(row.patientSafety, false);
  assert.deepEqual(row.dates, {
    marketingAuthorisationIssued: '2022-01-06',
    refusal: null,
    opinionAdopted: '2021-11-11',
    commissionDecision: '2023-10-19',
    pageLastUpdated: '2023-11-20',
  });
  assert.equal(row.revision, 1);
  assert.equal(row.firstPublished, '2021-11-10');
  assert.equal(row.opinionStatus, null);
});

test('reads a csv with the same columns, comma- or semicolon-separated', async () => {
  const headers = headersOf('39-column');
  const rows = [...BANNER_39, headers, ...sheet(headers, [LUMYKRAS_39, WITHDRAWN_VET_39])];
  for (const delimiter of [',', ';']) {
    const table = await readEmaTable(await writeCsv(`39-${delimiter === ',' ? 'comma' : 'semicolon'}.csv`, rows, delimiter));
    assert.equal(table.layout, '39-column');
    assert.equal(table.snapshotDate, '2026-03-14');
    assert.deepEqual(table.errors, []);
    assert.deepEqual(table.rows.map((r) => [r.line, r.productNumber, r.dates.marketingAuthorisationIssued]), [
      [10, 'EMEA/H/C/005522', '2022-01-06'],
      [11, 'EMEA/V/C/000148', '2010-09-06'],
    ]);
    assert.deepEqual(table.rows[0]?.therapeuticAreas, ['Carcinoma, Non-Small-Cell Lung', 'Lung Neoplasms']);
  }
});

test('parses quoted csv fields holding delimiters, doubled quotes and line breaks', () => {
  assert.deepEqual(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\nx,,z'), [
    ['a', 'b, c', 'say "hi"', 'two\nlines'],
    ['x', '', 'z'],
  ]);
});

test('rejects an unknown layout as an import failure, listing the columns found and those missing', async () => {
  const headers = [...headersOf('39-column').filter((h) => h !== 'Medicine status' && h !== 'Medicine URL'), 'Colour'];
  const path = await writeXlsx('unknown.xlsx', [...BANNER_39, headers, ...sheet(headers, [{ Category: 'Human' }])]);
  const error = await readEmaTable(path).then(
    () => assert.fail('expected an error'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof UnknownLayoutError);
  assert.ok(error instanceof ImportError && error instanceof Error, 'an import error, so the HTTP layer maps it to 422');
  assert.equal(error.code, 'import-failed');
  assert.equal(error.file, path);
  assert.equal(error.closestLayout, '39-column');
  assert.deepEqual(error.missing, ['Medicine status', 'Medicine URL']);
  assert.ok(error.found.includes('Colour') && error.found.includes('Species (veterinary)'));
  assert.match(error.message, /missing "Medicine status", "Medicine URL"/);

  const unrelated = await writeCsv('unrelated.csv', [['Name', 'Price'], ['Tea', '3']]);
  await assert.rejects(readEmaTable(unrelated), (e: unknown) => e instanceof UnknownLayoutError && e.found.includes('Price'));
});

test('a cell that cannot be read is a warning naming its row, column and value; the row is kept without it', async () => {
  const headers = headersOf('39-column');
  const records = [
    LUMYKRAS_39,
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C/000010', 'Marketing authorisation date': '31/02/2022', 'Orphan medicine': 'Maybe' },
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C/000011', 'Medicine status': 'Pending', 'Category': 'Veterinary' },
  ];
  const table = await readEmaTable(await writeXlsx('bad.xlsx', [...BANNER_39, headers, ...sheet(headers, records)]));
  assert.deepEqual(table.errors, []);
  assert.deepEqual(table.rows.map((r) => r.line), [10, 11, 12]);
  assert.deepEqual(
    table.warnings.map(({ line, field, column, value }) => ({ line, field, column, value })),
    [
      { line: 11, field: 'flags.orphan', column: 'Orphan medicine', value: 'Maybe' },
      { line: 11, field: 'dates.marketingAuthorisationIssued', column: 'Marketing authorisation date', value: '31/02/2022' },
      { line: 12, field: 'category', column: 'Category', value: 'Veterinary' },
      { line: 12, field: 'status', column: 'Medicine status', value: 'Pending' },
    ],
  );
  assert.match(table.warnings[1]!.message, /31\/02\/2022.*left empty/);
  const [, odd, unknown] = table.rows;
  assert.equal(odd?.flags.orphan, null, 'the unreadable flag is left to other sources');
  assert.equal(odd?.flags.conditionalApproval, true, 'the rest of the row is read');
  assert.equal(odd?.dates.marketingAuthorisationIssued, null);
  assert.equal(odd?.dates.opinionAdopted, '2021-11-11');
  assert.equal(unknown?.status, null);
  assert.equal(unknown?.category, 'human', 'the product number says the category');
});

test('only a row without the product number or name that identify it is left out', async () => {
  const headers = headersOf('39-column');
  const records = [
    LUMYKRAS_39,
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C/55X22' },
    { ...LUMYKRAS_39, 'EMA product number': null },
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C/000012', 'Name of medicine': '  ' },
    // Noise around a product number is not a reason to lose the row.
    { ...LUMYKRAS_39, 'EMA product number': ' EMEA/H/C/000013 (formerly EMEA/H/C/000013) ' },
  ];
  const table = await readEmaTable(await writeXlsx('identity.xlsx', [...BANNER_39, headers, ...sheet(headers, records)]));
  assert.deepEqual(table.rows.map((r) => [r.line, r.productNumber]), [[10, 'EMEA/H/C/005522'], [14, 'EMEA/H/C/000013']]);
  assert.deepEqual(
    table.errors.map(({ line, field, column, value }) => ({ line, field, column, value })),
    [
      { line: 11, field: 'productNumber', column: 'EMA product number', value: 'EMEA/H/C/55X22' },
      { line: 12, field: 'productNumber', column: 'EMA product number', value: '' },
      { line: 13, field: 'name', column: 'Name of medicine', value: '  ' },
    ],
  );
  assert.match(table.errors[0]!.message, /EMEA\/H\/C\/55X22/);
});

test("tolerates EMA's known slips: a missing slash, an ATC typo kept as printed, a row without status", async () => {
  const headers = headersOf('39-column');
  const records: Record<string, Value>[] = [
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C005201', 'ATC code (human)': 'VO4D' },
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C/000001', 'ATC code (human)': 'L01XE3;L01XX73' },
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C/000002', 'ATC code (human)': 'Not yet assigned' },
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C/000004', 'ATC code (human)': 'L01XC18 / L01FF02 L01XX73' },
    // A placeholder: no status, holder or dates.
    {
      Category: 'Human', 'Name of medicine': 'Aplidin', 'EMA product number': 'EMEA/H/C/004354',
      'Medicine URL': 'https://www.ema.europa.eu/en/medicines/human/EPAR/aplidin',
    },
    // No status, but a holder and dates: kept, its status left to other sources.
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C/000003', 'Medicine status': null },
  ];
  const table = await readEmaTable(await writeXlsx('slips.xlsx', [...BANNER_39, headers, ...sheet(headers, records)]));
  assert.deepEqual(table.errors, []);
  assert.deepEqual(
    table.rows.map((r) => [r.productNumber, r.atcCodes]),
    [
      // "VO4D" (an O for a zero) is not silently made V04D: it is kept verbatim, flagged.
      ['EMEA/H/C/005201', []],
      ['EMEA/H/C/000001', ['L01XX73']],
      ['EMEA/H/C/000002', []],
      ['EMEA/H/C/000004', ['L01XC18', 'L01FF02', 'L01XX73']],
      ['EMEA/H/C/000003', ['L01XX73']],
    ],
  );
  assert.deepEqual(
    table.rows.map((r) => [r.malformedAtcCodes, r.atcNotYetAssigned]),
    [[['VO4D'], false], [['L01XE3'], false], [[], true], [[], false], [[], false]],
  );
  assert.equal(table.rows[4]?.status, null);
  assert.deepEqual(
    table.warnings.map(({ line, field, value }) => ({ line, field, value })),
    [
      { line: 10, field: 'atcCodes', value: 'VO4D' },
      { line: 11, field: 'atcCodes', value: 'L01XE3;L01XX73' },
      { line: 14, field: 'status', value: '' },
    ],
  );
  assert.match(table.warnings[0]!.message, /"VO4D" is not an ATC code; kept as printed/);
  assert.match(table.warnings[2]!.message, /Aplidin.*placeholder/);
});

test('reads flags in other EU languages, dates in noise and date-times at Amsterdam midnight as EMA means them', async () => {
  const headers = headersOf('39-column');
  const amsterdamMidnight = (iso: string, hoursBefore: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - hoursBefore * 3_600_000);
  const records: Record<string, Value>[] = Array.from({ length: 12 }, (_, i) => ({
    ...LUMYKRAS_39,
    'EMA product number': `EMEA/H/C/${String(100 + i).padStart(6, '0')}`,
    'Conditional approval': ['Sì', 'Ja', 'TAK', 'Ναι'][i % 4]!,
    'Orphan medicine': ['No', 'Nein', 'nie', 'Όχι.'][i % 4]!,
    'First published date': ', , 10/11/2021, ,',
    // Local midnight stored as the UTC instant: 22:00 the evening before in summer, 23:00 in winter.
    'Marketing authorisation date': amsterdamMidnight('2022-01-06', 1),
    'Opinion adopted date': amsterdamMidnight('2021-07-11', 2),
  }));
  const table = await readEmaTable(await writeXlsx('localised.xlsx', [...BANNER_39, headers, ...sheet(headers, records)]));
  assert.deepEqual(table.errors, []);
  assert.deepEqual(table.warnings, []);
  assert.equal(table.rows.length, 12);
  for (const row of table.rows) {
    assert.equal(row.flags.conditionalApproval, true);
    assert.equal(row.flags.orphan, false);
    assert.equal(row.firstPublished, '2021-11-10');
    assert.equal(row.dates.marketingAuthorisationIssued, '2022-01-06');
    assert.equal(row.dates.opinionAdopted, '2021-07-11');
  }
});

test('a column of ticks means "no" by an empty cell; elsewhere an empty flag says nothing', async () => {
  const headers = headersOf('39-column');
  const records: Record<string, Value>[] = [
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C/000201', 'Orphan medicine': 'x', Biosimilar: null },
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C/000202', 'Orphan medicine': null, Biosimilar: null },
    { ...LUMYKRAS_39, 'EMA product number': 'EMEA/H/C/000203', 'Orphan medicine': '✓', Biosimilar: 'No' },
  ];
  const table = await readEmaTable(await writeXlsx('ticks.xlsx', [...BANNER_39, headers, ...sheet(headers, records)]));
  assert.deepEqual(table.rows.map((r) => r.flags.orphan), [true, false, true]);
  assert.deepEqual(table.rows.map((r) => r.flags.biosimilar), [null, null, false]);
});
