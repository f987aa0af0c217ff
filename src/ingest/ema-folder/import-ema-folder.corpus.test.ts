/**
 * `import ema-folder` on a small EMA folder made in the test from the reference corpus: a few
 * rows of the 2026 table, their pages and a presentations file, with the other sub-folders absent.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copy, dataRows, headerText, loadSheet, plain, writeSheet } from '../../../test/support/ema-sheet.ts';
import { sharedPath } from '../../../test/support/shared-corpus.ts';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database.ts';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { importEmaFolder } from './import-ema-folder.ts';

const ema = sharedPath('ema');
const SLUGS = ['alhemo', 'lumykras', 'kinselby'];

describe('importing an EMA folder', { skip: !ema }, () => {
  let database: TestDatabase;
  let services: Services;
  let dir = '';

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-ema-folder-'));
    for (const sub of ['tables', 'epar-pages', 'presentations']) await mkdir(path.join(dir, sub));
    const sheet = copy(await loadSheet(path.join(ema!, 'tables/2026-03-14_medicines-output-medicines-report_en.xlsx')));
    const url = [...sheet.columns.entries()].find(([h]) => /url/i.test(headerText(h)))![1];
    const kept = dataRows(sheet).filter((r) => SLUGS.some((s) => plain(r[url]).endsWith(`/${s}`)));
    assert.equal(kept.length, SLUGS.length, 'the table has a row for each medicine');
    await writeSheet({ ...sheet, rows: [...sheet.rows.slice(0, sheet.headerIndex + 1), ...kept] }, path.join(dir, 'tables/2026-03-14_medicines-output-medicines-report_en.xlsx'));
    for (const slug of SLUGS) await copyFile(path.join(ema!, `epar-pages/${slug}.md`), path.join(dir, `epar-pages/${slug}.md`));
    await copyFile(path.join(ema!, 'presentations/alhemo-epar-all-authorised-presentations_en.md'), path.join(dir, 'presentations/alhemo-epar-all-authorised-presentations_en.md'));
    database = await openTestDatabase('pglite');
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
  });
  after(async () => {
    await database?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('imports each sub-folder that is there and says which were not', async () => {
    const seen: string[] = [];
    const summary = await importEmaFolder(services, dir, { onPart: (folder) => seen.push(folder) });
    assert.deepEqual(seen, ['tables', 'epar-pages', 'presentations']);
    assert.deepEqual(summary.skipped, ['procedural-steps', 'product-information-pdf']);
    assert.equal(summary.failed, 0, JSON.stringify(summary.errors));
    // Each medicine is created once, by whichever of its table row and page is older.
    assert.equal(summary.parts.tables!.imported + summary.parts['epar-pages']!.imported, SLUGS.length);
    assert.equal(summary.imported + summary.updated + summary.unchanged, SLUGS.length * 2 + 1);
    const alhemo = (await services.medicines.get('alhemo'))!;
    assert.ok(alhemo.presentations.length > 0, 'the presentations reached the record');
    assert.ok(alhemo.overview.en, 'and so did the page');
  });

  test('takes the files in the order of the dates they describe, so a source is inserted into the past only when it predates its medicine', async () => {
    // Alhemo's presentations (January 2025) are older than its page and table: they wait for
    // the medicine, then go into its past. Nothing else is back-filled.
    const backfilled = await database.db
      .selectFrom('revisions')
      .innerJoin('medicines', 'medicines.id', 'revisions.medicine_id')
      .select('medicines.slug')
      .distinct()
      .where('revisions.backfilled', '=', true)
      .execute();
    assert.deepEqual(backfilled.map((r) => r.slug), ['alhemo']);
    // The table (March 2026) lies between the pages' dates: Kinselby's page (December 2025)
    // comes before it and begins its history, Lumykras's (July 2026) after it.
    const first = await database.db
      .selectFrom('revisions')
      .innerJoin('medicines', 'medicines.id', 'revisions.medicine_id')
      .select(['medicines.slug', 'revisions.source_kind'])
      .where('revisions.number', '=', 1)
      .where('medicines.slug', 'in', ['kinselby', 'lumykras'])
      .orderBy('medicines.slug')
      .execute();
    assert.deepEqual(first, [
      { slug: 'kinselby', source_kind: 'epar-page' },
      { slug: 'lumykras', source_kind: 'ema-table' },
    ]);
  });

  test('importing the folder again changes nothing', async () => {
    const again = await importEmaFolder(services, dir);
    assert.equal(again.imported + again.updated, 0);
    assert.equal(again.unchanged, SLUGS.length * 2 + 1);
  });

  test('a folder with none of EMA’s sub-folders is a failure that names it', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'openepar-ema-folder-empty-'));
    try {
      const summary = await importEmaFolder(services, empty);
      assert.equal(summary.failed, 1);
      assert.equal(summary.errors[0]!.file, empty);
      assert.match(summary.errors[0]!.message, /no EMA sub-folder found \(tables, epar-pages/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
