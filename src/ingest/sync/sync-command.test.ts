import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { sharedPath } from '../../../test/support/shared-corpus.ts';
import { startFakeEma } from '../../../test/support/fake-ema-server.ts';
import { runSyncCommand } from './sync-command.ts';
import { TABLE_PATH, type SyncDeps } from './sync-ema.ts';

function capture() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  return { stdout, stderr, out: () => out, err: () => err };
}

const ok = { imported: 1, updated: 0, unchanged: 0, failed: 0, errors: [] };
const fakeDeps: SyncDeps = { importTable: async () => ok, importOverview: async () => ok, importDocument: async () => ok };

for (const [argv, message] of [
  [[], /sync what\?/],
  [['fda'], /sync what\?/],
  [['ema', '--limit', 'ten'], /--limit "ten" must be a whole number/],
  [['ema', '--concurrency', '0'], /--concurrency "0" must be a whole number of at least 1/],
  [['ema', '--langs', 'en,xx'], /unknown language "xx"/],
  [['ema', '--base-url', 'ftp://ema.test'], /not http or https/],
  [['ema', '--as-of', '14/03/2026'], /is not a date/],
  [['ema', '--fast'], /Unknown option '--fast'/],
] as const) {
  test(`"openepar sync${argv.map((a) => ` ${a}`).join('')}" is a usage error`, async () => {
    const io = capture();
    assert.equal(await runSyncCommand([...argv], { ...io, deps: fakeDeps, signal: new AbortController().signal }), 2);
    assert.match(io.err(), message);
    assert.match(io.err(), /Usage:\n {2}openepar sync ema/);
  });
}

const table = sharedPath('ema/tables/2026-03-14_medicines-output-medicines-report_en.xlsx');

test('with --json the summary goes to stdout, and a medicine not in the table makes the exit code 1', { skip: table === null && 'corpus not found' }, async (t) => {
  const server = await startFakeEma();
  t.after(() => server.close());
  server.resources.set(`/${TABLE_PATH}`, { body: await readFile(table!), contentType: 'application/octet-stream' });
  const stateDir = await mkdtemp(path.join(tmpdir(), 'openepar-cli-'));
  t.after(() => rm(stateDir, { recursive: true, force: true }));
  const io = capture();

  const code = await runSyncCommand(['ema', '--base-url', server.baseUrl, '--state-dir', stateDir, '--only', 'karvea,no-such-medicine', '--langs', 'en', '--delay', '0', '--json'], {
    ...io,
    deps: fakeDeps,
    signal: new AbortController().signal,
  });

  assert.equal(code, 1);
  const summary = JSON.parse(io.out());
  assert.equal(summary.downloaded, 1, 'the table');
  assert.equal(summary.missing, 2, "karvea's overview and product information are not on this server");
  assert.deepEqual(summary.errors, [{ url: `${server.baseUrl}/${TABLE_PATH}`, message: 'no human medicine "no-such-medicine" in EMA\'s table' }]);
  assert.equal(io.err(), '', 'no progress drawn when stderr is not a terminal');
});
