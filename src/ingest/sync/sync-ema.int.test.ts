import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { createServices } from '../../services.ts';
import { openTestDatabase } from '../../../test/support/test-database.ts';
import { sharedPath } from '../../../test/support/shared-corpus.ts';
import { readEmaTable } from '../ema-table/read-ema-table.ts';
import { rowAssertions } from '../ema-table/import-ema-table.ts';
import type { ImportSummary } from '../import-runner.ts';
import { buildPdf, lines } from '../../../test/support/pdf-builder.ts';
import { startFakeEma, type FakeEmaServer } from '../../../test/support/fake-ema-server.ts';
import { USER_AGENT } from './polite-downloader.ts';
import { createSyncDeps, syncEma, TABLE_PATH, type SyncDeps, type SyncOptions } from './sync-ema.ts';

const shared = sharedPath('ema');
const skip = shared === null && 'reference corpus (../shared/ema) not found';

const SLUGS = ['biktarvy', 'dovato', 'humalog', 'karvea', 'xenical'];
const LANGS = ['en', 'da', 'es'];
const TABLE_FILE = 'tables/2026-03-14_medicines-output-medicines-report_en.xlsx';
/** Overviews the fake EMA has (there are none in the corpus, so small PDFs shaped like one stand in). */
const OVERVIEWS = [...SLUGS.map((s) => [s, 'en']), ['karvea', 'da'], ['xenical', 'es']] as const;

const tablePath = `/${TABLE_PATH}`;

function overviewPdf(slug: string): Buffer {
  const name = slug[0]!.toUpperCase() + slug.slice(1);
  return Buffer.from(
    buildPdf([
      lines([`${name}`, `An overview of ${name} and why it is authorised in the EU`, '', `What is ${name} and what is it used for?`, `${name} is a medicine.`, '', `How is ${name} used?`, `${name} is taken by mouth.`]),
    ]),
  );
}
const overviewPath = (slug: string, lang: string) => `/${lang}/documents/overview/${slug}-epar-medicine-overview_${lang}.pdf`;
const piPath = (slug: string, lang: string) => `/${lang}/documents/product-information/${slug}-epar-product-information_${lang}.pdf`;

/** A fake EMA serving the corpus: the table, the product information PDFs there are, and the stand-in overviews. */
async function corpusEma(options: { latencyMs?: number } = {}): Promise<FakeEmaServer> {
  const server = await startFakeEma(options);
  server.resources.set(tablePath, { body: await readFile(path.join(shared!, TABLE_FILE)), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const dir = path.join(shared!, 'product-information-pdf');
  for (const name of await readdir(dir)) {
    const [, slug, lang] = /^(.+)-epar-product-information_([a-z]{2})\.pdf$/.exec(name)!;
    server.resources.set(piPath(slug!, lang!), { body: await readFile(path.join(dir, name)), contentType: 'application/pdf' });
  }
  for (const [slug, lang] of OVERVIEWS) {
    server.resources.set(overviewPath(slug, lang), { body: overviewPdf(slug), contentType: 'application/pdf' });
  }
  return server;
}

/** The corpus has 7 product information PDFs (english ones, Danish karvea, Spanish xenical). */
const PRESENT = 7 + OVERVIEWS.length;
const ALL_DOCUMENT_URLS = SLUGS.length * LANGS.length * 2;

/** Importers that check the file is a whole PDF (as the real ones do, more cheaply) and record each call. */
function recordingDeps(onImport?: (file: string) => void) {
  const calls = { table: [] as string[], overview: [] as string[], document: [] as string[] };
  const importPdf = (list: string[]) => async (file: string): Promise<ImportSummary> => {
    list.push(path.basename(file));
    onImport?.(file);
    const bytes = await readFile(file);
    const whole = bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.subarray(-1024).toString('latin1').includes('%%EOF');
    return whole
      ? { imported: 1, updated: 0, unchanged: 0, failed: 0, errors: [] }
      : { imported: 0, updated: 0, unchanged: 0, failed: 1, errors: [{ file, message: 'not a PDF (an HTML page?) or cut short' }] };
  };
  const deps: SyncDeps = {
    importTable: async (file) => {
      calls.table.push(path.basename(file));
      return { imported: 1, updated: 0, unchanged: 0, failed: 0, errors: [] };
    },
    importOverview: importPdf(calls.overview),
    importDocument: importPdf(calls.document),
  };
  return { deps, calls };
}

async function tempDir(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'openepar-sync-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const fastOptions = (server: FakeEmaServer, stateDir: string): SyncOptions => ({
  baseUrl: server.baseUrl,
  stateDir,
  only: SLUGS,
  langs: LANGS,
  concurrency: 2,
  minDelayMs: 0,
  backoff: { baseMs: 10, maxMs: 50 },
  // Generous, so that only the stalled request (5 s) times out even on a busy machine.
  timeoutMs: 3000,
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function leftoverPartFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.part'));
}

test('a sync through a misbehaving server retries until each file is complete and reports the corrupt one', { skip }, async (t) => {
  const server = await corpusEma({ latencyMs: 20 });
  t.after(() => server.close());
  const stateDir = await tempDir(t);
  // HTTP dates have whole seconds: two seconds on is at least one second away.
  const soon = () => new Date(Date.now() + 2000).toUTCString();
  server.faults.set(tablePath, [{ status: 429, retryAfter: '0' }]);
  server.faults.set(piPath('karvea', 'en'), [{ status: 503 }, { status: 503 }]);
  server.faults.set(piPath('xenical', 'es'), [{ status: 429, retryAfter: '1' }]);
  server.faults.set(overviewPath('xenical', 'en'), [{ status: 503, retryAfter: soon }]);
  server.faults.set(piPath('biktarvy', 'en'), [{ stallMs: 5000 }]);
  server.faults.set(piPath('humalog', 'en'), [{ dropAfterBytes: 100_000 }]);
  server.faults.set(piPath('karvea', 'da'), [{ trickleMs: 30 }]);
  server.resources.set(piPath('dovato', 'en'), { body: Buffer.from('<!DOCTYPE html><html><body>Maintenance</body></html>'), contentType: 'text/html' });
  const { deps, calls } = recordingDeps();

  const summary = await syncEma(deps, fastOptions(server, stateDir));

  assert.equal(summary.interrupted, false);
  assert.equal(summary.downloaded, PRESENT + 1, 'every file there is, and the table');
  assert.equal(summary.missing, ALL_DOCUMENT_URLS - PRESENT);
  assert.equal(summary.failed, 1);
  assert.equal(summary.errors.length, 1);
  const [error] = summary.errors;
  assert.ok(error && 'file' in error && error.file.endsWith('dovato-epar-product-information_en.pdf'), JSON.stringify(error));
  assert.equal(summary.imported, 1 + PRESENT - 1);
  assert.deepEqual([calls.table.length, calls.overview.length, calls.document.length], [1, OVERVIEWS.length, 7]);

  const tries = (p: string) => server.requests.filter((r) => r.path === p);
  assert.equal(tries(tablePath).length, 2, 'the table is fetched again after a 429');
  assert.equal(tries(piPath('karvea', 'en')).length, 3, 'two 503s without Retry-After, then success');
  assert.equal(tries(piPath('biktarvy', 'en')).length, 2, 'the stalled request timed out and was tried again');
  assert.equal(tries(piPath('humalog', 'en')).length, 2, 'the cut connection was tried again');
  for (const [p, seconds] of [[piPath('xenical', 'es'), 1], [overviewPath('xenical', 'en'), 1]] as const) {
    const [first, second] = tries(p);
    assert.ok(second!.at - first!.at >= seconds * 1000 - 100, `${p}: Retry-After honoured (${second!.at - first!.at} ms)`);
  }
  for (const r of server.requests.filter((r) => r.status === 404)) {
    assert.equal(tries(r.path).length, 1, `${r.path}: a 404 is not asked again`);
  }

  for (const name of await readdir(path.join(shared!, 'product-information-pdf'))) {
    const lang = /_([a-z]{2})\.pdf$/.exec(name)![1]!;
    const local = await readFile(path.join(stateDir, lang, 'documents', 'product-information', name));
    if (name.startsWith('dovato')) continue;
    assert.equal(sha256(local), sha256(await readFile(path.join(shared!, 'product-information-pdf', name))), `${name} is complete`);
  }
  assert.deepEqual(await leftoverPartFiles(stateDir), []);
  assert.ok(server.requests.every((r) => r.headers['user-agent'] === USER_AGENT), 'every request names the project');
  assert.ok(server.maxInFlight <= 2, `at most 2 requests at once, saw ${server.maxInFlight}`);
  assert.equal(server.maxInFlight, 2, 'and the two slots are used');

  // Nothing changed at EMA: only the file that never imported is tried again, from the copy on disk.
  const before = server.requests.length;
  const again = recordingDeps();
  const second = await syncEma(again.deps, fastOptions(server, stateDir));
  const secondRequests = server.requests.slice(before);
  assert.equal(second.downloaded, 0);
  assert.equal(second.unchanged, PRESENT + 1);
  assert.equal(second.missing, ALL_DOCUMENT_URLS - PRESENT);
  assert.ok(secondRequests.every((r) => r.status === 304 || r.status === 404), 'nothing sent whole again');
  assert.deepEqual(again.calls, { table: [], overview: [], document: ['dovato-epar-product-information_en.pdf'] });
  assert.equal(second.failed, 1);
});

test('a second sync asks only for changes, downloads nothing and imports nothing, then picks up a changed file', { skip }, async (t) => {
  const server = await corpusEma({ latencyMs: 10 });
  t.after(() => server.close());
  const stateDir = await tempDir(t);
  // A server that sends no validators leaves only the hash to tell the file did not change.
  const karvea = server.resources.get(overviewPath('karvea', 'en'))!;
  server.resources.set(overviewPath('karvea', 'en'), { ...karvea, validators: false });
  const options = { ...fastOptions(server, stateDir), concurrency: 3 };

  const first = await syncEma(recordingDeps().deps, options);
  assert.equal(first.failed, 0, JSON.stringify(first.errors));
  assert.equal(first.downloaded, PRESENT + 1);

  let before = server.requests.length;
  const second = recordingDeps();
  const summary = await syncEma(second.deps, options);
  const requests = server.requests.slice(before);
  assert.deepEqual(
    { downloaded: summary.downloaded, unchanged: summary.unchanged, missing: summary.missing, imported: summary.imported, failed: summary.failed },
    { downloaded: 0, unchanged: PRESENT + 1, missing: ALL_DOCUMENT_URLS - PRESENT, imported: 0, failed: 0 },
  );
  assert.deepEqual(second.calls, { table: [], overview: [], document: [] });
  const conditional = requests.filter((r) => r.status !== 404 && r.path !== overviewPath('karvea', 'en'));
  assert.equal(conditional.length, PRESENT);
  assert.ok(conditional.every((r) => r.status === 304 && r.headers['if-none-match'] && r.headers['if-modified-since']));
  assert.equal(requests.find((r) => r.path === overviewPath('karvea', 'en'))?.status, 200, 'sent again whole, found unchanged by its hash');

  const revised = Buffer.from(buildPdf([lines(['Xenical, revised'])]));
  server.resources.set(piPath('xenical', 'en'), { body: revised, contentType: 'application/pdf', lastModified: new Date('2026-04-01T00:00:00Z') });
  before = server.requests.length;
  const third = recordingDeps();
  const changed = await syncEma(third.deps, options);
  assert.equal(changed.downloaded, 1);
  assert.equal(changed.unchanged, PRESENT);
  assert.deepEqual(third.calls, { table: [], overview: [], document: ['xenical-epar-product-information_en.pdf'] });
  assert.deepEqual(await readFile(path.join(stateDir, piPath('xenical', 'en'))), revised);
  assert.ok(server.maxInFlight <= 3, `at most 3 requests at once, saw ${server.maxInFlight}`);
});

test('an interrupted sync resumes where it stopped without downloading finished files again', { skip }, async (t) => {
  const server = await corpusEma({ latencyMs: 10 });
  t.after(() => server.close());
  const stateDir = await tempDir(t);
  const controller = new AbortController();
  let imports = 0;
  const first = recordingDeps(() => {
    if (++imports === 4) controller.abort();
  });

  const stopped = await syncEma(first.deps, { ...fastOptions(server, stateDir), signal: controller.signal });
  assert.equal(stopped.interrupted, true);
  assert.equal(stopped.failed, 0, JSON.stringify(stopped.errors));
  assert.equal(first.calls.overview.length + first.calls.document.length, 4);
  const saved = JSON.parse(await readFile(path.join(stateDir, 'ema.state.json'), 'utf8')) as { urls: Record<string, { status: string }> };
  const done = Object.entries(saved.urls).filter(([, r]) => r.status !== 'missing').map(([url]) => new URL(url).pathname);
  assert.ok(done.length >= 5, `the table and the imported files are recorded (${done.length})`);
  assert.deepEqual(await leftoverPartFiles(stateDir), []);

  const before = server.requests.length;
  const second = recordingDeps();
  const resumed = await syncEma(second.deps, fastOptions(server, stateDir));
  assert.equal(resumed.interrupted, false);
  assert.equal(resumed.failed, 0, JSON.stringify(resumed.errors));
  for (const r of server.requests.slice(before).filter((r) => done.includes(r.path))) {
    assert.equal(r.status, 304, `${r.path} was finished before the interruption`);
  }
  const importedOnce = [...first.calls.overview, ...first.calls.document, ...second.calls.overview, ...second.calls.document];
  assert.equal(importedOnce.length, PRESENT, 'every file imported, none twice');
  assert.equal(new Set(importedOnce).size, PRESENT);
  assert.deepEqual(second.calls.table, [], 'the table was imported before the interruption');
});

test('a sync killed mid-run leaves no truncated file and the next run takes over and finishes', { skip }, async (t) => {
  const server = await corpusEma({ latencyMs: 10 });
  t.after(() => server.close());
  const stateDir = await tempDir(t);
  // Slow enough that the kill lands mid-body.
  server.faults.set(piPath('humalog', 'en'), [{ trickleMs: 400 }]);
  const script = path.join(stateDir, 'child-sync.ts');
  const syncModule = new URL('./sync-ema.ts', import.meta.url).href;
  await writeFile(
    script,
    `import { syncEma } from ${JSON.stringify(syncModule)};
const ok = { imported: 1, updated: 0, unchanged: 0, failed: 0, errors: [] };
const deps = { importTable: async () => ok, importOverview: async () => ok, importDocument: async () => ok };
await syncEma(deps, JSON.parse(process.argv[2]));
`,
  );
  const child = spawn(process.execPath, [script, JSON.stringify({ ...fastOptions(server, stateDir), concurrency: 2 })], { stdio: 'inherit' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const humalog = piPath('humalog', 'en');
  while (!server.requests.some((r) => r.path === humalog)) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 600));
  child.kill('SIGKILL');
  await exited;
  assert.ok(server.requests.filter((r) => r.path === humalog).every((r) => !r.finished), 'killed while humalog was still arriving');

  const target = path.join(stateDir, humalog);
  await assert.rejects(readFile(target), { code: 'ENOENT' }, 'the cut download never took the final name');
  const journal = await readFile(path.join(stateDir, 'ema.journal.jsonl'), 'utf8');
  const done = journal.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { url: string; record: { status: string } });
  const fetched = done.filter((d) => d.record.status !== 'missing').map((d) => new URL(d.url).pathname);
  assert.ok(fetched.includes(tablePath), 'the child recorded its progress as it went');

  const before = server.requests.length;
  const { deps, calls } = recordingDeps();
  const resumed = await syncEma(deps, fastOptions(server, stateDir));
  assert.equal(resumed.failed, 0, JSON.stringify(resumed.errors));
  for (const r of server.requests.slice(before).filter((r) => fetched.includes(r.path))) assert.equal(r.status, 304, r.path);
  assert.equal(sha256(await readFile(target)), sha256(server.resources.get(humalog)!.body));
  assert.ok(calls.document.includes('humalog-epar-product-information_en.pdf'));
  assert.deepEqual(await leftoverPartFiles(stateDir), []);
});

test('the real importers store the documents a sync downloads and refuse the corrupt one', { skip }, async (t) => {
  const server = await corpusEma();
  t.after(() => server.close());
  server.resources.set(piPath('dovato', 'en'), { body: Buffer.from('<!DOCTYPE html><html><body>Maintenance</body></html>'), contentType: 'text/html' });
  const stateDir = await tempDir(t);
  const db = await openTestDatabase('pglite');
  const services = await createServices(loadConfig({ LOG_LEVEL: 'silent', OPENEPAR_FILES_DIR: path.join(stateDir, 'store') }), { database: db });
  t.after(() => services.close());
  const real = createSyncDeps(services);
  // Importing all 2,673 rows takes a minute; the rows of the medicines synced are what matters here.
  const deps: SyncDeps = {
    ...real,
    importTable: async (file, options) => {
      const table = await readEmaTable(file);
      const asOf = options.asOf ?? new Date(`${table.snapshotDate}T00:00:00Z`);
      for (const row of table.rows.filter((r) => SLUGS.includes(r.slug ?? ''))) {
        await services.writer.assert({ productNumber: row.productNumber, slug: row.slug }, rowAssertions(row), { kind: 'ema-table', reference: path.basename(file), asOf });
      }
      return { imported: SLUGS.length, updated: 0, unchanged: 0, failed: 0, errors: [] };
    },
  };

  // Parsing a large PDF holds the event loop for a while: no request should time out meanwhile.
  const summary = await syncEma(deps, { ...fastOptions(server, stateDir), langs: ['en', 'da'], timeoutMs: 30_000 });

  assert.equal(summary.failed, 1, JSON.stringify(summary.errors));
  const [error] = summary.errors;
  assert.ok(error && 'file' in error && error.file.endsWith('dovato-epar-product-information_en.pdf'));
  assert.match(error.message, /HTML.*not a PDF/);
  assert.equal(summary.imported + summary.updated, SLUGS.length + 6 + 5, 'the rows; the overviews in en for all five and karvea da; the PI of karvea en+da, xenical, biktarvy, humalog');
  const karvea = await services.medicines.get('karvea');
  assert.deepEqual(karvea?.files.map((f) => `${f.documentType}_${f.lang}`).sort(), ['product-information_da', 'product-information_en']);
  assert.deepEqual(Object.keys(karvea?.overview ?? {}).sort(), ['da', 'en']);
  // The product information is also read into sections, in each language fetched.
  const structured = await services.productInformation.languages('karvea');
  assert.deepEqual(structured.map((v) => v.lang).sort(), ['da', 'en']);
  const sections = await services.productInformation.sections(structured[0]!.id);
  assert.ok(sections.some((s) => s.annex === 'smpc' && s.key === '4.2'), 'SmPC 4.2 found');
});

test('the user-agent names the project', () => {
  assert.match(USER_AGENT, /^OpenEPAR-sync\/\d+\.\d+ \(\+https:\/\/github\.com\/openepar\/openepar\)$/);
});
