import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { parseAsOf } from '../../domain/as-of.ts';
import { ValidationError } from '../../domain/errors.ts';
import { emptyDates, emptyFlags, type Medicine } from '../../domain/medicine.ts';
import { limitedKindOf } from '../../http/rate-limits.ts';
import { LAYOUTS, parseCsv } from '../../ingest/ema-table/read-ema-table.ts';
import { EMA_HEADERS, toEmaRow } from './ema-layout.ts';
import { EXPORT_COLUMNS, toExportRow, type ExportRow } from './export-layout.ts';
import { csvField, writeCsv, writeJsonLines, writeXlsx, type RowWriter } from './export-writers.ts';
import { matchesFilters } from './exports.service.ts';

async function written(writer: RowWriter, pages: ExportRow[][]): Promise<{ text: string; count: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  async function* rows() {
    yield* pages;
  }
  const count = await writer(rows(), out);
  out.end();
  return { text: Buffer.concat(chunks).toString('utf8'), count };
}

const row = (values: ExportRow): ExportRow => ({ ...Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.name, null])), ...values });

test('a CSV field is quoted only when it holds a comma, a quote or a line break, and its quotes are doubled', () => {
  assert.equal(csvField('Keytruda'), 'Keytruda');
  assert.equal(csvField('Carcinoma, Non-Small-Cell Lung'), '"Carcinoma, Non-Small-Cell Lung"');
  assert.equal(csvField('the "new" form'), '"the ""new"" form"');
  assert.equal(csvField('line one\nline two'), '"line one\nline two"');
  assert.equal(csvField('carriage\rreturn'), '"carriage\rreturn"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(true), 'true');
  assert.equal(csvField(7), '7');
});

test('the CSV writer starts with a BOM, ends records with CRLF and reads back to the same values across pages', async () => {
  const tricky = 'Treatment of adults with:\n- "KRAS G12C", advanced; NSCLC';
  const { text, count } = await written(writeCsv, [[row({ name: 'Lumykras', therapeutic_indication: tricky, orphan: true })], [row({ name: 'Xenical', ema_revision: 3 })]]);
  assert.equal(count, 2);
  assert.ok(text.startsWith('\uFEFFproduct_number,name,'));
  assert.equal(text.split('\r\n').length, 4, 'header, two records and the empty end');
  const [header, first, second] = parseCsv(text.slice(1, -2));
  assert.deepEqual(header, EXPORT_COLUMNS.map((c) => c.name));
  assert.equal(first![header!.indexOf('therapeutic_indication')], tricky);
  assert.equal(first![header!.indexOf('orphan')], 'true');
  assert.equal(second![header!.indexOf('ema_revision')], '3');
  assert.equal(second![header!.indexOf('orphan')], '');
});

test('the JSON Lines writer writes one object a line with typed values and the layout’s keys in order', async () => {
  const { text, count } = await written(writeJsonLines, [[row({ name: 'A\nB', orphan: false, ema_revision: 12 })], []]);
  assert.equal(count, 1);
  assert.ok(text.endsWith('}\n'));
  assert.equal(text.split('\n').length, 2);
  const parsed = JSON.parse(text) as Record<string, unknown>;
  assert.deepEqual(Object.keys(parsed), EXPORT_COLUMNS.map((c) => c.name));
  assert.deepEqual([parsed.name, parsed.orphan, parsed.ema_revision, parsed.inn], ['A\nB', false, 12, null]);
});

const medicine = (over: Partial<Medicine>): Medicine =>
  ({ name: 'Lumykras', slug: 'lumykras', category: 'human', status: 'authorised', productNumber: 'EMEA/H/C/005522', flags: emptyFlags(), dates: emptyDates(), ...over }) as Medicine;

test('the flat row joins lists with "; " and links the portal’s page', () => {
  const r = toExportRow(medicine({ atcCodes: ['L01XX73'] as Medicine['atcCodes'], therapeuticAreas: ['Carcinoma, Non-Small-Cell Lung', 'Lung Neoplasms'] }), 'https://openepar.example');
  assert.equal(r.therapeutic_areas, 'Carcinoma, Non-Small-Cell Lung; Lung Neoplasms');
  assert.equal(r.atc_codes, 'L01XX73');
  assert.equal(r.openepar_url, 'https://openepar.example/en/medicines/human/EPAR/lumykras');
});

test('EMA’s layout has exactly the 39 headers the table importer recognises, in its order', () => {
  const importer = Object.values(LAYOUTS['39-column']).map((names) => names![0]);
  assert.equal(EMA_HEADERS.length, 39);
  assert.deepEqual([...EMA_HEADERS], importer);
});

test('an EMA row puts the company under the status’s role, the end date in the combined column and flattens list markers', () => {
  const cells = toEmaRow(
    medicine({
      status: 'withdrawn',
      marketingAuthorisationHolder: { name: 'Amgen Europe B.V.', address: null },
      applicant: 'Someone else',
      dates: { ...emptyDates(), withdrawal: '2024-05-01', marketingAuthorisationIssued: '2022-01-06' },
      therapeuticIndication: 'Indicated for:\na) adults\nb) children &amp; teens',
    }),
  );
  const at = (h: (typeof EMA_HEADERS)[number]) => cells[EMA_HEADERS.indexOf(h)];
  assert.equal(at('Medicine status'), 'Withdrawn');
  assert.equal(at('Marketing authorisation developer / applicant / holder'), 'Amgen Europe B.V.');
  assert.deepEqual(at('Withdrawal / expiry / revocation / lapse of marketing authorisation date'), new Date('2024-05-01T00:00:00Z'));
  assert.equal(at('Therapeutic indication'), 'Indicated for: adults children &amp;amp; teens');
});

test('asOf must be a real calendar day written YYYY-MM-DD', () => {
  assert.equal(parseAsOf('2023-12-31'), '2023-12-31');
  for (const bad of ['2023-02-30', '2023-13-01', '31/12/2023', '2023-1-1', '9999-99-99', '']) assert.throws(() => parseAsOf(bad), ValidationError, bad);
  assert.throws(() => parseAsOf('yesterday', '--as-of'), /--as-of "yesterday"/);
});

test('a past record is filtered with the search’s rules: values of a facet either, facets all, flags each', () => {
  const m = medicine({ atcCodes: ['L01XX73'] as Medicine['atcCodes'], flags: { ...emptyFlags(), orphan: true }, dates: { ...emptyDates(), marketingAuthorisationIssued: '2022-01-06' } });
  const none = { category: [], status: [], area: [], atc: [], holder: [], flag: [], year: [] };
  assert.ok(matchesFilters(m, none));
  assert.ok(matchesFilters(m, { ...none, status: ['withdrawn', 'authorised'], atc: ['L01'], year: [2022], flag: ['orphan'] }));
  assert.ok(!matchesFilters(m, { ...none, flag: ['orphan', 'prime'] }));
  assert.ok(!matchesFilters(m, { ...none, year: [2023] }));
  assert.ok(!matchesFilters(m, { ...none, holder: ['Amgen Europe B.V.'] }));
});

test('exports and dump downloads draw on a rate-limit budget of their own', () => {
  assert.equal(limitedKindOf('/api/v1/export'), 'exports');
  assert.equal(limitedKindOf('/api/v1/export/dumps/:file'), 'exports');
  assert.equal(limitedKindOf('/api/v1/export/schema.json'), 'api');
});

test('the XLSX writer stops making rows, even inside one page, while its output does not read', async () => {
  // Text that deflate cannot shrink much, so the zip's own buffers hold few rows' worth of XML.
  let seed = 7;
  const noise = () => Array.from({ length: 2000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
  let made = 0;
  const page = Array.from({ length: 2000 }, (_, i) => {
    const values = row({ name: `Medicine ${i}`, slug: `medicine-${i}`, category: 'human', status: 'authorised', therapeutic_indication: noise() });
    return new Proxy(values, { get: (target, key) => (key === 'slug' && made++, target[key as string]) });
  });
  const held: (() => void)[] = [];
  let reading = false;
  const out = new Writable({ highWaterMark: 1024, write: (_chunk, _encoding, done) => (reading ? done() : held.push(() => done())) });
  async function* pages() {
    yield page;
  }
  const writing = writeXlsx(pages(), out);
  // Until the count of rows made stays put for half a second.
  for (let last = -1; last !== made; ) {
    last = made;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.ok(made < 500, `${made} of 2,000 rows made while nothing was read`);
  reading = true;
  held.splice(0).forEach((done) => done());
  assert.equal(await writing, 2000);
  assert.equal(made, 2000);
});
