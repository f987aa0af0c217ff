import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database.ts';
import { importEparPages } from './import-epar-pages.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const GOOD = ['authorised-run-on.md', 'withdrawn-bullets.md', 'refused-lines.md', 'application-withdrawn.md', 'opinion.md', 'no-overview.md'];

/** A folder with the good fixture pages and one of each kind of bad input. */
async function batch(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-batch-'));
  for (const f of GOOD) await copyFile(path.join(fixtures, f), path.join(dir, f));
  await copyFile(path.join(fixtures, 'no-title.md'), path.join(dir, 'bad-no-title.md'));
  await copyFile(path.join(fixtures, 'truncated.md'), path.join(dir, 'bad-truncated.md'));
  await writeFile(path.join(dir, 'bad-empty.md'), '');
  await writeFile(path.join(dir, 'bad-binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await writeFile(path.join(dir, 'bad-latin1.md'), Buffer.from('# Caf\xe9\n\n##### Authorised\n', 'latin1'));
  // 50 MB without writing 50 MB: a sparse file of that length.
  const big = await open(path.join(dir, 'bad-huge.md'), 'w');
  await big.truncate(50 * 1024 * 1024);
  await big.close();
  return dir;
}

describe('importing EPAR pages', () => {
  let database: TestDatabase;
  let services: Services;
  let dir: string;

  before(async () => {
    database = await openTestDatabase('pglite');
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database: database });
    dir = await batch();
  });
  after(async () => {
    await database.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  test('bad files are reported by name and reason, store nothing, and the rest of the batch imports', async () => {
    const summary = await importEparPages(services.writer, [dir]);
    const reasons = Object.fromEntries(summary.errors.map((e) => [path.basename(e.file), e.message]));
    assert.deepEqual(Object.keys(reasons).sort(), ['bad-binary.md', 'bad-empty.md', 'bad-huge.md', 'bad-latin1.md', 'bad-no-title.md', 'bad-truncated.md']);
    assert.match(reasons['bad-empty.md']!, /empty/);
    assert.match(reasons['bad-binary.md']!, /binary/);
    assert.match(reasons['bad-latin1.md']!, /UTF-8/);
    assert.match(reasons['bad-huge.md']!, /50\.0 MB/);
    assert.match(reasons['bad-no-title.md']!, /title/);
    assert.match(reasons['bad-truncated.md']!, /truncated/);
    assert.equal(summary.imported, GOOD.length);
    assert.equal(summary.failed, 6);
    const stored = await database.db.selectFrom('medicines').select('slug').execute();
    assert.equal(stored.length, GOOD.length);
    assert.ok(!stored.some((m) => m.slug === 'halfway'), 'nothing of the truncated page is stored');
  });

  test('importing the same pages again updates nothing and duplicates nothing', async () => {
    const summary = await importEparPages(services.writer, GOOD.map((f) => path.join(dir, f)));
    assert.deepEqual(summary, { imported: 0, updated: 0, unchanged: GOOD.length, failed: 0, errors: [] });
    const revisions = await database.db.selectFrom('revisions').select('id').execute();
    assert.equal(revisions.length, GOOD.length);
  });

  test('a missing path is reported, not fatal', async () => {
    const summary = await importEparPages(services.writer, [path.join(dir, 'nope.md'), path.join(dir, GOOD[0]!)]);
    assert.deepEqual(summary.errors, [{ file: path.join(dir, 'nope.md'), message: 'no such file or folder' }]);
    assert.equal(summary.unchanged, 1);
  });

  test('the command prints a JSON summary and exits 1 when a file failed, into a persistent data directory', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'openepar-cli-'));
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['src/cli/main.ts', ...args], { cwd: root, env: { ...process.env, OPENEPAR_DATA_DIR: dataDir, LOG_LEVEL: 'silent' } }).then(
        (r) => ({ code: 0, stdout: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
      );
    try {
      const first = await run(['import', 'epar-pages', dir, '--json']);
      assert.equal(first.code, 1);
      const summary = JSON.parse(first.stdout);
      assert.deepEqual(Object.keys(summary), ['imported', 'updated', 'unchanged', 'failed', 'errors', 'warnings']);
      assert.equal(summary.imported, GOOD.length);
      const second = await run(['import', 'epar-pages', ...GOOD.map((f) => path.join(dir, f)), '--json']);
      assert.equal(second.code, 0);
      assert.equal(JSON.parse(second.stdout).unchanged, GOOD.length, 'the data directory kept the first run');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
