import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SyncState, SyncStateError, type UrlRecord } from './sync-state.ts';

async function tempDir(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'openepar-state-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const record = (status: UrlRecord['status'], sha256: string | null = null): UrlRecord => ({
  status,
  path: sha256 ? 'en/documents/overview/x-epar-medicine-overview_en.pdf' : null,
  etag: sha256 ? `"${sha256}"` : null,
  lastModified: null,
  sha256,
  bytes: sha256 ? 10 : null,
  checkedAt: '2026-03-14T08:00:00.000Z',
});

test('what a run records is there when the state is opened again', async (t) => {
  const dir = await tempDir(t);
  const state = await SyncState.open(dir, 'ema');
  await state.set('http://ema.test/a.pdf', record('imported', 'aaa'));
  await state.set('http://ema.test/b.pdf', record('missing'));
  await state.set('http://ema.test/a.pdf', record('imported', 'bbb'));
  await state.close();

  const again = await SyncState.open(dir, 'ema');
  try {
    assert.equal(again.size, 2);
    assert.equal(again.get('http://ema.test/a.pdf')?.sha256, 'bbb');
    assert.equal(again.get('http://ema.test/b.pdf')?.status, 'missing');
    assert.equal(await readFile(path.join(dir, 'ema.journal.jsonl'), 'utf8'), '', 'folded into the snapshot');
  } finally {
    await again.close();
  }
});

test('each item is on disk as soon as it is recorded, and a line cut short by a kill is dropped', async (t) => {
  const dir = await tempDir(t);
  const state = await SyncState.open(dir, 'ema');
  await state.set('http://ema.test/a.pdf', record('imported', 'aaa'));
  await state.set('http://ema.test/b.pdf', record('downloaded', 'bbb'));
  // As a killed process leaves it: the journal not folded in, a last line half written, the lock behind.
  await appendFile(path.join(dir, 'ema.journal.jsonl'), '{"url":"http://ema.test/c.pdf","record":{"sta');
  await unlink(path.join(dir, 'ema.lock'));

  const again = await SyncState.open(dir, 'ema');
  try {
    assert.equal(again.get('http://ema.test/a.pdf')?.status, 'imported');
    assert.equal(again.get('http://ema.test/b.pdf')?.status, 'downloaded');
    assert.equal(again.get('http://ema.test/c.pdf'), undefined);
  } finally {
    await again.close();
  }
});

test('a second sync on the same folder is refused while the first runs', async (t) => {
  const dir = await tempDir(t);
  const state = await SyncState.open(dir, 'ema');
  try {
    await assert.rejects(SyncState.open(dir, 'ema'), (e: unknown) => e instanceof SyncStateError && /another sync \(process \d+\)/.test(e.message));
  } finally {
    await state.close();
  }
});

test('a lock left by a process that is gone is taken over', async (t) => {
  const dir = await tempDir(t);
  await writeFile(path.join(dir, 'ema.lock'), '99999999');
  const state = await SyncState.open(dir, 'ema');
  assert.equal(await readFile(path.join(dir, 'ema.lock'), 'utf8'), String(process.pid));
  await state.close();
});

test('a state file that is not JSON is reported and left as it is', async (t) => {
  const dir = await tempDir(t);
  await writeFile(path.join(dir, 'ema.state.json'), '{"version":1,"urls":{');
  await assert.rejects(SyncState.open(dir, 'ema'), /ema\.state\.json is not valid JSON .*move it away/);
  assert.equal(await readFile(path.join(dir, 'ema.state.json'), 'utf8'), '{"version":1,"urls":{');
  await SyncState.open(dir, 'other').then((s) => s.close());
});
