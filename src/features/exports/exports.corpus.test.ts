/**
 * Exports of the whole corpus: the 1,625 EPAR pages with EMA's four data tables imported over them
 * (every row of every table), taken from the shared, cached import so this suite imports nothing
 * itself. Every format is written and read back with a real reader (exceljs, hyparquet), EMA's
 * layout is imported back and must change nothing, and the catalogue as of each table's date must
 * give every medicine of that table the status the table gave it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { parquetReadObjects } from 'hyparquet';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { importEmaTables } from '../../ingest/ema-table/import-ema-table.ts';
import { parseCsv, readEmaTable } from '../../ingest/ema-table/read-ema-table.ts';
import { sharedPath } from '../../../test/support/shared-corpus.ts';
import { openImportedEparPagesAndTables, type ImportedEparPages } from '../../../test/support/imported-corpus.ts';
import { EXPORT_COLUMNS } from './export-layout.ts';
import type { ExportFormat } from './exports.service.ts';

const ema = sharedPath('ema');
const everything = { search: { text: null, lang: 'en' as const, filters: { category: [], status: [], area: [], atc: [], holder: [], flag: [], year: [] } }, asOf: null };

describe('exports of the whole corpus read back the same, EMA’s layout round-trips and asOf follows the tables', { skip: !ema }, () => {
  let imported: ImportedEparPages;
  let services: Services;
  let dir: string;
  const tables: { file: string; date: string }[] = [];
  const files = new Map<ExportFormat, string>();
  let reference: Record<string, unknown>[];

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-exports-corpus-'));
    const tableDir = path.join(ema!, 'tables');
    imported = await openImportedEparPagesAndTables(path.join(ema!, 'epar-pages'), tableDir);
    assert.equal(imported.summary.failed, 0);
    console.log(`# the pages and all ${imported.summary.imported + imported.summary.updated + imported.summary.unchanged} table rows (the tables imported over the pages in ${imported.seconds.toFixed(1)} s, ${imported.builtHere ? 'by this suite' : `shared import of ${imported.builtAt}`})`);
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database: imported.database });
    for (const name of (await readdir(tableDir)).filter((f) => f.endsWith('.xlsx')).sort()) tables.push({ file: path.join(tableDir, name), date: name.slice(0, 10) });
    assert.equal(tables.length, 4);

    for (const format of ['jsonl', 'csv', 'xlsx', 'parquet', 'ema-xlsx'] as const) {
      const file = path.join(dir, `export-${format}.${format === 'ema-xlsx' ? 'xlsx' : format}`);
      const out = createWriteStream(file);
      await services.exports.write(format, everything, out);
      out.end();
      await finished(out);
      files.set(format, file);
    }
    reference = (await readFile(files.get('jsonl')!, 'utf8'))
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  });

  after(async () => {
    await imported?.database.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('the JSON Lines export holds every medicine of the catalogue once', async () => {
    const total = await services.database.db.selectFrom('medicines').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.ok(reference.length > 2600, `${reference.length} rows: the pages' medicines and those only the tables list`);
    assert.equal(reference.length, Number(total.n));
    assert.equal(new Set(reference.map((r) => r.product_number ?? r.slug)).size, reference.length);
  });

  test('the CSV reads back to the same rows and values', async () => {
    const text = await readFile(files.get('csv')!, 'utf8');
    assert.ok(text.startsWith('\uFEFF'));
    const [header, ...rows] = parseCsv(text.slice(1, -2));
    assert.deepEqual(header, EXPORT_COLUMNS.map((c) => c.name));
    assert.equal(rows.length, reference.length);
    rows.forEach((row, i) => EXPORT_COLUMNS.forEach((c, j) => assert.equal(row[j], reference[i]![c.name] === null ? '' : String(reference[i]![c.name]), `${reference[i]!.slug} ${c.name}`)));
  });

  test('the XLSX, read with exceljs, holds the same rows and values', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(files.get('xlsx')!);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.rowCount, reference.length + 1);
    reference.forEach((want, i) => {
      const row = sheet.getRow(i + 2);
      EXPORT_COLUMNS.forEach((c, j) => {
        const v = row.getCell(j + 1).value;
        assert.deepEqual(v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null), want[c.name], `${want.slug} ${c.name}`);
      });
    });
  });

  test('the Parquet file, read with hyparquet, holds the same rows and values', async () => {
    const bytes = await readFile(files.get('parquet')!);
    const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    assert.equal(rows.length, reference.length);
    rows.forEach((row, i) =>
      EXPORT_COLUMNS.forEach((c) => {
        const v = row[c.name];
        assert.deepEqual(v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null), reference[i]![c.name], `${reference[i]!.slug} ${c.name}`);
      }),
    );
  });

  test('the export in EMA’s layout, imported back with the table importer, changes nothing', async () => {
    const table = await readEmaTable(files.get('ema-xlsx')!);
    assert.equal(table.layout, '39-column');
    assert.equal(table.rows.length, reference.length);
    const summary = await importEmaTables(services.writer, [files.get('ema-xlsx')!]);
    assert.deepEqual(summary.errors, []);
    const changes = await services.database.db
      .selectFrom('revisions')
      .innerJoin('medicines', 'medicines.id', 'revisions.medicine_id')
      .select(['medicines.product_number', 'medicines.holder_name', 'revisions.changes'])
      .where('revisions.source_reference', 'like', `%${path.basename(files.get('ema-xlsx')!)}:%`)
      .execute();
    assert.deepEqual(changes, [], 'no revision made by the round trip');
    assert.equal(summary.imported, 0, 'no medicine created');
    assert.equal(summary.updated, 0, 'no medicine changed');
    assert.equal(summary.unchanged, reference.length);
  });

  test('as of each table’s date, every medicine of that table has the status the table gave it', async () => {
    let checked = 0;
    for (const { file, date } of tables) {
      const table = await readEmaTable(file);
      const said = new Map(table.rows.filter((r) => r.status !== null).map((r) => [r.productNumber as string, r.status]));
      const ids = await services.database.db.selectFrom('medicines').select('id').where('product_number', 'in', [...said.keys()]).execute();
      const asOf = await services.history.catalogueAsOf({ asOf: date, afterId: null, limit: 100_000, ids: ids.map((r) => r.id), plain: true });
      const found = new Map(asOf.map((r) => [r.record.productNumber as string, r.record.status]));
      const wrong = [...said].filter(([pn, status]) => found.get(pn) !== status).map(([pn, status]) => `${pn}: table ${status}, asOf ${found.get(pn) ?? 'absent'}`);
      assert.deepEqual(wrong, [], `${date}: ${wrong.length} of ${said.size} differ`);
      assert.ok(said.size > 1000, `${date}: ${said.size} medicines`);
      checked += said.size;
    }
    console.log(`# ${checked} medicine-dates checked against the four tables`);
  });
});
