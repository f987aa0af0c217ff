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

  test('imports each sub-folder that is there, in order, and says which were not', async () => {
    const seen: string[] = [];
    const summary = await importEmaFolder(services, dir, { onPart: (folder) => seen.push(folder) });
    assert.deepEqual(seen, ['tables', 'epar-pages', 'presentations']);
    assert.deepEqual(summary.skipped, ['procedural-steps', 'product-information-pdf']);
    assert.equal(summary.failed, 0, JSON.stringify(summary.errors));
    assert.equal(summary.parts.tables!.imported, SLUGS.length);
    // The pages merge into the records the table made.
    assert.equal(summary.parts['epar-pages']!.imported, 0);
    assert.equal(summary.parts['epar-pages']!.updated + summary.parts['epar-pages']!.unchanged, SLUGS.length);
    assert.equal(summary.imported + summary.updated + summary.unchanged, SLUGS.length * 2 + 1);
    const alhemo = (await services.medicines.get('alhemo'))!;
    assert.ok(alhemo.presentations.length > 0, 'the presentations reached the record');
    assert.ok(alhemo.overview.en, 'and so did the page');
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
