import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeEma } from '../../../test/support/fake-ema-server.ts';
import { documentItems, syncEma, TABLE_PATH, type SyncDeps, type SyncSummary } from './sync-ema.ts';

const emptySummary = (): SyncSummary => ({ downloaded: 0, unchanged: 0, missing: 0, imported: 0, updated: 0, failed: 0, errors: [], interrupted: false });

test("each human medicine gets its overview in 23 languages and its product information in 25, at EMA's URLs", () => {
  const summary = emptySummary();
  const rows = [
    { slug: 'karvea', category: 'human' },
    { slug: 'bravecto', category: 'veterinary' },
    { slug: null, category: 'human' },
  ];
  const items = documentItems('https://www.ema.europa.eu', rows, { only: null, limit: null, langs: null }, summary);
  assert.equal(items.filter((i) => i.kind === 'overview').length, 23);
  assert.equal(items.filter((i) => i.kind === 'product-information').length, 25);
  assert.ok(items.some((i) => i.url === 'https://www.ema.europa.eu/sv/documents/overview/karvea-epar-medicine-overview_sv.pdf'));
  assert.ok(items.some((i) => i.url === 'https://www.ema.europa.eu/no/documents/product-information/karvea-epar-product-information_no.pdf'));
  assert.ok(!items.some((i) => i.url.includes('overview_is') || i.url.includes('_ga')), 'no Icelandic overview, nothing in Irish');
  assert.ok(items.every((i) => i.url.endsWith(i.relPath)));
  assert.deepEqual(summary.errors, []);
});

test('only, limit and langs narrow the list, and a slug that could name a file outside the folder is refused', () => {
  const summary = emptySummary();
  const rows = ['a', 'b', 'c', '../etc'].map((slug) => ({ slug, category: 'human' }));
  const items = documentItems('http://ema.test', rows, { only: new Set(['b', 'c', '../etc']), limit: 2, langs: new Set(['en', 'is']) }, summary);
  assert.deepEqual(items.map((i) => i.relPath), [
    'en/documents/overview/b-epar-medicine-overview_en.pdf',
    'en/documents/product-information/b-epar-product-information_en.pdf',
    'is/documents/product-information/b-epar-product-information_is.pdf',
    'en/documents/overview/c-epar-medicine-overview_en.pdf',
    'en/documents/product-information/c-epar-product-information_en.pdf',
    'is/documents/product-information/c-epar-product-information_is.pdf',
  ]);
  const all = documentItems('http://ema.test', rows, { only: null, limit: null, langs: new Set(['en']) }, summary);
  assert.ok(!all.some((i) => i.relPath.includes('..')));
  assert.deepEqual(summary.errors, [{ url: `http://ema.test/${TABLE_PATH}`, message: '"../etc" is not a slug that can name a file; skipped' }]);
});

function countingDeps() {
  const calls = { table: 0, documents: 0 };
  const ok = { imported: 1, updated: 0, unchanged: 0, failed: 0, errors: [] };
  const deps: SyncDeps = {
    importTable: async () => (calls.table++, ok),
    importOverview: async () => (calls.documents++, ok),
    importDocument: async () => (calls.documents++, ok),
  };
  return { deps, calls };
}

test('a table that cannot be read is reported once, and nothing else is fetched', async (t) => {
  const server = await startFakeEma();
  t.after(() => server.close());
  const stateDir = await mkdtemp(path.join(tmpdir(), 'openepar-sync-'));
  t.after(() => rm(stateDir, { recursive: true, force: true }));
  server.resources.set(`/${TABLE_PATH}`, { body: Buffer.from('<html>Maintenance</html>'), contentType: 'text/html' });
  const { deps, calls } = countingDeps();

  for (const run of [1, 2]) {
    const summary = await syncEma(deps, { baseUrl: server.baseUrl, stateDir, minDelayMs: 0 });
    assert.equal(summary.failed, 1, `run ${run}: ${JSON.stringify(summary.errors)}`);
    assert.match(summary.errors[0]!.message, /^cannot read EMA's table: /);
  }
  assert.equal(calls.table, 0);
  assert.deepEqual(server.requests.map((r) => r.status), [200, 304], 'the second run asks whether it changed, and reads the copy again');
});

test('a table that is not there is a failure that points at the base URL', async (t) => {
  const server = await startFakeEma();
  t.after(() => server.close());
  const stateDir = await mkdtemp(path.join(tmpdir(), 'openepar-sync-'));
  t.after(() => rm(stateDir, { recursive: true, force: true }));
  const summary = await syncEma(countingDeps().deps, { baseUrl: `${server.baseUrl}/wrong/`, stateDir, minDelayMs: 0 });
  assert.equal(summary.failed, 1);
  assert.deepEqual(summary.errors, [{ url: `${server.baseUrl}/wrong/${TABLE_PATH}`, message: "EMA's medicines table is not there (404): is the base URL right?" }]);
});
