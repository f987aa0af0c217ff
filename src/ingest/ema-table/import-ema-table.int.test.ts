/**
 * What the import of a table reports: unreadable cells as warnings (the row imported without
 * them), rows without an identity as failures, and the command's exit code and output for each.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database.ts';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { importEmaTables } from './import-ema-table.ts';
import { tableRecord as record, writeEmaTable as writeTable } from '../../../test/support/ema-table-file.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('importing a table with cells that cannot be read', () => {
  let database: TestDatabase;
  let services: Services;
  let dir = '';

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-table-warnings-'));
    database = await openTestDatabase('pglite');
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
  });
  after(async () => {
    await database.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  test('imports the row without the unreadable cell, and fails only the row that cannot be identified', async () => {
    const file = await writeTable(path.join(dir, 'mixed.xlsx'), [
      record(101),
      record(102, { 'Orphan medicine': 'Vielleicht', 'Marketing authorisation date': 'soon' }),
      record(103, { 'EMA product number': 'EMEA/H/C/10X3' }),
    ]);
    const summary = await importEmaTables(services.writer, [file]);
    assert.equal(summary.imported, 2);
    assert.equal(summary.failed, 1);
    assert.deepEqual(summary.errors.map((e) => e.file), [`${file}:7`]);
    assert.match(summary.errors[0]!.message, /^EMA product number "EMEA\/H\/C\/10X3": .*row left out$/);
    assert.deepEqual(summary.warnings, [
      { file, row: 6, column: 'Orphan medicine', value: 'Vielleicht', message: '"Vielleicht" is not yes or no; left empty' },
      { file, row: 6, column: 'Marketing authorisation date', value: 'soon', message: '"soon" is not a date (expected dd/mm/yyyy); left empty' },
    ]);

    const clean = await services.medicines.get('EMEA/H/C/000101');
    assert.deepEqual([clean?.flags.acceleratedAssessment, clean?.flags.additionalMonitoring, clean?.flags.orphan], [false, true, false]);
    assert.equal(clean?.dates.marketingAuthorisationIssued, '2022-01-06');
    const odd = await services.medicines.get('EMEA/H/C/000102');
    assert.equal(odd?.flags.orphan, null);
    assert.equal(odd?.dates.marketingAuthorisationIssued, null);
    assert.equal(odd?.flags.additionalMonitoring, true, 'the readable cells of the row are imported');
  });

  test('the command exits 0 with warnings and 1 when a row failed, listing the warnings in its JSON summary', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'openepar-cli-'));
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['src/cli/main.ts', ...args], { cwd: root, env: { ...process.env, OPENEPAR_DATA_DIR: dataDir, LOG_LEVEL: 'silent' } }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
      );
    try {
      const warned = await writeTable(path.join(dir, 'warned.xlsx'), [record(201, { 'Orphan medicine': 'Vielleicht' })]);
      const json = await run(['import', 'ema-table', warned, '--json']);
      assert.equal(json.code, 0, json.stderr);
      const summary = JSON.parse(json.stdout);
      assert.deepEqual(Object.keys(summary), ['imported', 'updated', 'unchanged', 'failed', 'errors', 'warnings']);
      assert.equal(summary.failed, 0);
      assert.deepEqual(summary.warnings, [{ file: warned, row: 5, column: 'Orphan medicine', value: 'Vielleicht', message: '"Vielleicht" is not yes or no; left empty' }]);

      const failed = await writeTable(path.join(dir, 'failed.xlsx'), [record(202), record(203, { 'Name of medicine': null })]);
      const withFailure = await run(['import', 'ema-table', failed, '--json']);
      assert.equal(withFailure.code, 1);
      assert.equal(JSON.parse(withFailure.stdout).failed, 1);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
