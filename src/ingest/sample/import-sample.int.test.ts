import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database.ts';
import { importRecords, SAMPLE_DIR } from './import-sample.ts';

describe('the sample catalogue, imported into a fresh database', () => {
  let database: TestDatabase;
  let services: Services;
  let dir: string;

  before(async () => {
    database = await openTestDatabase('pglite');
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
    dir = await mkdtemp(path.join(tmpdir(), 'openepar-sample-'));
    const summary = await importRecords(services.writer, [SAMPLE_DIR]);
    assert.equal(summary.failed, 0, JSON.stringify(summary.errors));
    assert.equal(summary.imported, 10);
  });
  after(async () => {
    await services.close();
    await database.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  test('Lumykras has a history of dated changes from three EMA tables and its page, in the order of their dates', async () => {
    const { revisions } = await services.history.revisions('lumykras');
    const oldestFirst = [...revisions].reverse();
    assert.deepEqual(
      oldestFirst.map((r) => [r.asOf.toISOString().slice(0, 10), r.source.kind]),
      [['2022-11-17', 'ema-table'], ['2023-12-05', 'ema-table'], ['2025-02-12', 'ema-table'], ['2026-07-22', 'epar-page']],
    );
    const changes = oldestFirst.slice(1);
    assert.ok(changes.length >= 3 && changes.every((r) => r.changes.length > 0), 'three or more entries after the first, each with changes');
    // The 2023 table gives EMA's revision number, which the 2022 table left empty.
    assert.deepEqual(oldestFirst[1]!.changes.find((c) => c.field === 'revision'), { field: 'revision', from: null, to: 2 });
    // Each entry names the sample file and the corpus file its facts come from.
    assert.match(oldestFirst[0]!.source.reference, /01-lumykras\.json#2022-11-17_Medicines_output_european_public_assessment_reports\.xlsx$/);
  });

  test("Oxbryta's suspension is a status change dated by the table that first showed it", async () => {
    const { revisions } = await services.history.revisions('oxbryta');
    const suspension = revisions.find((r) => r.changes.some((c) => c.field === 'status' && c.to === 'suspended'));
    assert.ok(suspension, 'a status change to suspended');
    assert.equal(suspension.asOf.toISOString().slice(0, 10), '2024-10-08');
  });

  test("what's new lists changes from several years", async () => {
    const { entries } = await services.history.recent({}, { limit: 200 });
    const years = new Set(entries.map((e) => e.asOf.getUTCFullYear()));
    assert.ok(years.size >= 4, `years: ${[...years].join(', ')}`);
  });

  test('the home page counts the ten sample medicines and knows they are only the sample', async () => {
    const overview = await services.medicines.overview();
    assert.equal(overview.total, 10);
    assert.equal(overview.sampleOnly, true);
    // One medicine from another source and the catalogue is no longer only the sample.
    await services.writer.assert({ productNumber: null, slug: 'imported' }, { name: 'Imported', slug: 'imported', category: 'human', status: 'authorised' }, { kind: 'epar-page', reference: 'imported.md' });
    assert.deepEqual(await services.medicines.overview().then((o) => [o.total, o.sampleOnly]), [11, false]);
  });

  test('importing the sample again changes nothing', async () => {
    const summary = await importRecords(services.writer, [SAMPLE_DIR]);
    assert.deepEqual([summary.imported, summary.updated, summary.unchanged, summary.failed], [0, 0, 10, 0]);
  });

  test('a snapshot with a date that is not a day is refused with its place in the file', async () => {
    const file = path.join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ productNumber: null, slug: 'bad', snapshots: [{ asOf: 'March 2026', source: 'ema-table', from: 't.xlsx', says: { name: 'Bad' } }] }));
    const summary = await importRecords(services.writer, [file]);
    assert.equal(summary.failed, 1);
    assert.match(summary.errors[0]!.message, /snapshots\/0\/asOf: must be a date/);
  });
});
