/**
 * A table is written a run of rows at a time (one transaction per run, medicines and their
 * observations read for the whole run). These tests hold that to the row-by-row write it
 * replaces: the same records, histories and observations, and a bad row failing alone.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { tableRecord, writeEmaTable, type TableRecord } from '../../../test/support/ema-table-file.ts';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { BATCH_SIZE } from '../import-runner.ts';
import { importEmaTables, rowAssertions } from './import-ema-table.ts';
import { readEmaTable } from './read-ema-table.ts';

/** Rows `first`..`first + count - 1`, over two and a half runs, with what makes a run interesting. */
function olderTable(first: number, count: number): TableRecord[] {
  const rows = Array.from({ length: count }, (_, i) => tableRecord(first + i));
  // The same medicine twice in one run: the second row must see what the first wrote.
  rows.splice(10, 0, tableRecord(first + 3, { 'Marketing authorisation developer / applicant / holder': 'Later Holder S.A.' }));
  // A medicine new to the catalogue without a status cannot be created: that row fails, alone.
  rows[150] = tableRecord(first + 149, { 'Medicine status': null });
  return rows;
}

function newerTable(first: number, count: number): TableRecord[] {
  return Array.from({ length: count }, (_, i) =>
    tableRecord(first + i, {
      ...(i % 3 === 0 ? { 'Marketing authorisation developer / applicant / holder': 'Other Pharma GmbH' } : {}),
      ...(i % 7 === 0 ? { 'Additional monitoring': 'Nej' } : {}),
    }),
  );
}

for (const kind of testDatabaseKinds()) {
  describe(`a table written a run of rows at a time (${kind})`, () => {
    const COUNT = BATCH_SIZE * 2 + BATCH_SIZE / 2;
    const BATCHED = 1;
    const ONE_BY_ONE = 10_001;
    let database: TestDatabase;
    let services: Services;
    let dir = '';

    before(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-batched-'));
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
    });
    after(async () => {
      await database.dispose();
      await rm(dir, { recursive: true, force: true });
    });

    /** Each medicine's history (without what names it) and how many observations it has, by its number in the table. */
    async function histories(first: number) {
      const rows = await database.db
        .selectFrom('medicines')
        .innerJoin('revisions', 'revisions.medicine_id', 'medicines.id')
        .select([
          'medicines.product_number',
          'revisions.number',
          'revisions.as_of',
          'revisions.kinds',
          'revisions.changes',
          sql<number>`(select count(*) from observations o where o.medicine_id = medicines.id)`.as('observations'),
        ])
        .orderBy('medicines.product_number')
        .orderBy('revisions.number')
        .execute();
      const byNumber = new Map<number, unknown[]>();
      for (const r of rows) {
        const n = Number(r.product_number!.slice(-6)) - first;
        if (n < 0 || n >= COUNT) continue;
        const anonymous = JSON.stringify(r.changes).replace(/Testex \d+|testex-\d+|EMEA\/H\/C\/\d+/g, 'X');
        byNumber.set(n, [...(byNumber.get(n) ?? []), [r.number, new Date(r.as_of).toISOString(), r.kinds, anonymous, Number(r.observations)]]);
      }
      return byNumber;
    }

    test('gives every medicine the history, record and observations that writing its rows one by one gives', async () => {
      const older = (first: number) => writeEmaTable(path.join(dir, `older-${first}.xlsx`), olderTable(first, COUNT), '05/12/2023 - 06:00');
      const newer = (first: number) => writeEmaTable(path.join(dir, `newer-${first}.xlsx`), newerTable(first, COUNT), '14/03/2026 - 06:00');

      const summary = await importEmaTables(services.writer, [await newer(BATCHED), await older(BATCHED)]);
      assert.equal(summary.failed, 1, JSON.stringify(summary.errors));
      assert.match(summary.errors[0]!.file, /older-1\.xlsx:\d+ \(EMEA\/H\/C\/000150\)$/);
      assert.match(summary.errors[0]!.message, /status/);

      // The reference: the same rows, each written on its own through the write service.
      for (const file of [await older(ONE_BY_ONE), await newer(ONE_BY_ONE)]) {
        const table = await readEmaTable(file);
        const asOf = new Date(`${table.snapshotDate}T00:00:00Z`);
        for (const row of table.rows) {
          await services.writer
            .assert({ productNumber: row.productNumber, slug: row.slug }, rowAssertions(row), { kind: 'ema-table', reference: `${path.basename(file)}:${row.line}`, asOf })
            .catch(() => undefined);
        }
      }

      const batched = await histories(BATCHED);
      const oneByOne = await histories(ONE_BY_ONE);
      assert.equal(batched.size, COUNT);
      for (let n = 0; n < COUNT; n++) assert.deepEqual(batched.get(n), oneByOne.get(n), `medicine ${n} of the table`);

      const twice = await services.medicines.get('EMEA/H/C/000004');
      assert.equal(twice?.marketingAuthorisationHolder?.name, 'Other Pharma GmbH', 'the newer table wins over both rows of the older one');
      const unchanged = await services.medicines.get('EMEA/H/C/000002');
      assert.equal(unchanged?.marketingAuthorisationHolder?.name, 'Testex Pharma B.V.');
      assert.equal(batched.get(1)?.length, 1, 'a row that changes nothing adds no revision');
      assert.equal((batched.get(1)?.[0] as unknown[])[4], 2, 'but its observation is kept');
    });

    test('importing the same tables again changes nothing, but for the row that could not go in before its medicine existed', async () => {
      const before = await histories(BATCHED);
      const summary = await importEmaTables(services.writer, [path.join(dir, 'older-1.xlsx'), path.join(dir, 'newer-1.xlsx')]);
      const afterwards = await histories(BATCHED);
      assert.deepEqual([summary.imported, summary.updated, summary.failed], [0, 1, 0]);
      // The older row without a status now describes a known medicine: its past, back-filled.
      assert.equal((afterwards.get(149)?.[0] as unknown[])[1], '2023-12-05T00:00:00.000Z');
      afterwards.delete(149);
      before.delete(149);
      assert.deepEqual(afterwards, before);
    });
  });
}
