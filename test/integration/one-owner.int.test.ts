/**
 * One owner per embedded database, with the real command line on a real data folder: an import
 * while the portal serves goes through the portal (and shows at once), two imports at once never
 * both open the folder, a stopped portal leaves a folder that opens and passes amcheck, and a
 * killed one leaves no lock behind.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { acquireDataFolderLock, connectToHolder, readLine } from '../../src/db/data-folder-lock.ts';
import { lumykrasWithHolder } from '../support/sample-snapshot.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A few EMA pages to import beside the sample, when the reference corpus is there. */
const EPAR_PAGES = path.resolve(process.env.OPENEPAR_SHARED ?? path.join(PROJECT_ROOT, '../shared'), 'ema/epar-pages');
const MAIN = path.join(PROJECT_ROOT, 'src/cli/main.ts');
const SAMPLES = path.join(PROJECT_ROOT, 'sample/medicines');

let dir: string;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-owner-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function environment(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, OPENEPAR_DATA_DIR: dataDir, OPENEPAR_FILES_DIR: path.join(dir, 'files'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  delete env.PUBLIC_BASE_URL;
  return env;
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function openepar(dataDir: string, args: string[], cwd = PROJECT_ROOT): Promise<Outcome> {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd, env: environment(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c));
  child.stderr.on('data', (c: Buffer) => (stderr += c));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

interface Portal {
  child: ChildProcess;
  origin: string;
  exited: Promise<number | null>;
}

async function startPortal(dataDir: string): Promise<Portal> {
  const child = spawn(process.execPath, [MAIN, 'serve'], { cwd: PROJECT_ROOT, env: environment(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      output += c;
      const url = /running at (http:\/\/\S+)\/en/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child.stderr!.on('data', (c: Buffer) => (output += c));
    void exited.then((code) => reject(new Error(`the portal exited (${code}) before listening:\n${output}`)));
  });
  return { child, origin, exited };
}

/** Opens the folder as its owner, checks every B-tree index against its table, and counts medicines. */
async function checkFolder(dataDir: string): Promise<{ medicines: string[]; indexes: number }> {
  const lock = await acquireDataFolderLock(dataDir, { role: 'command', description: 'amcheck' });
  try {
    const pglite = await PGlite.create(dataDir, { extensions: { amcheck, pg_trgm, unaccent } });
    try {
      await pglite.exec('create extension if not exists amcheck');
      // bt_index_check with heapallindexed: every heap tuple must be found in the index.
      const checked = await pglite.query(
        `select bt_index_check(c.oid, true) from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam where am.amname = 'btree'`,
      );
      const medicines = await pglite.query<{ slug: string }>('select slug from medicines order by slug');
      return { medicines: medicines.rows.map((r) => r.slug), indexes: checked.rows.length };
    } finally {
      await pglite.close();
    }
  } finally {
    await lock.release();
  }
}

const sampleSlugs = async () =>
  (await Promise.all((await readdir(SAMPLES)).map(async (f) => (JSON.parse(await readFile(path.join(SAMPLES, f), 'utf8')) as { slug: string }).slug))).sort();

test('an import run while the portal serves goes through the portal, and its pages and API show the change at once; stopped, the portal leaves a folder that passes amcheck', { timeout: 240_000 }, async () => {
  const dataDir = path.join(dir, 'served');
  const portal = await startPortal(dataDir);
  try {
    // From another directory, with a path relative to it: the portal resolves it there.
    const first = await openepar(dataDir, ['import', 'records', '--json', 'medicines'], path.join(PROJECT_ROOT, 'sample'));
    assert.equal(first.code, 0, first.stderr);
    assert.equal(JSON.parse(first.stdout).imported, 10);

    const page = `${portal.origin}/en/medicines/human/EPAR/lumykras`;
    const before = await fetch(page);
    assert.equal(before.status, 200);
    assert.match(await before.text(), /Amgen Europe B\.V\./);

    // Newer than the sample, so it wins over the sample's holder.
    await writeFile(path.join(dir, 'lumykras.json'), await lumykrasWithHolder(SAMPLES, 'Holder Imported Beside The Portal B.V.', '2030-01-01'));
    const second = await openepar(dataDir, ['import', 'records', '--json', path.join(dir, 'lumykras.json')]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(JSON.parse(second.stdout).updated, 1);
    // No waiting: the portal itself wrote the change, and emptied its caches as it committed.
    assert.match(await (await fetch(page)).text(), /Holder Imported Beside The Portal B\.V\./);
    const api = (await (await fetch(`${portal.origin}/api/v1/medicines/lumykras`)).json()) as { marketingAuthorisationHolder: { name: string } };
    assert.equal(api.marketingAuthorisationHolder.name, 'Holder Imported Beside The Portal B.V.');

    if (existsSync(EPAR_PAGES)) {
      const files = ['abecma.md', 'abevmy.md', 'abasaglar.md'].map((f) => path.join(EPAR_PAGES, f));
      const imported = await openepar(dataDir, ['import', 'epar-pages', '--json', ...files]);
      const summary = JSON.parse(imported.stdout) as { imported: number; updated: number; failed: number };
      assert.equal(summary.failed, 0, imported.stderr);
      assert.equal(summary.imported + summary.updated, 3);
      assert.equal((await fetch(`${portal.origin}/api/v1/medicines/abevmy`)).status, 200);
    }

    // Commands that need no database answer from the portal as well; usage errors keep exit code 2.
    const usage = await openepar(dataDir, ['import', 'nonsense', 'x']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /unknown import kind "nonsense"/);
    const sync = await openepar(dataDir, ['sync', 'fda']);
    assert.equal(sync.code, 2);
    assert.match(sync.stderr, /sync what\?/);
    const keys = await openepar(dataDir, ['api-keys', 'create', 'beside the portal']);
    assert.equal(keys.code, 0, keys.stderr);
    assert.match(keys.stdout, /^\S+\n$/, 'the key alone on stdout');
  } finally {
    portal.child.kill('SIGTERM');
  }
  assert.equal(await portal.exited, 0, 'the portal stopped cleanly');

  const { medicines, indexes } = await checkFolder(dataDir);
  assert.ok(indexes > 10, `amcheck checked ${indexes} B-tree indexes`);
  for (const slug of await sampleSlugs()) assert.ok(medicines.includes(slug), `${slug} is in the database`);
});

test("the portal's socket refuses requests without its token, commands it does not run and what is not JSON", { timeout: 120_000 }, async () => {
  const dataDir = path.join(dir, 'served');
  const portal = await startPortal(dataDir);
  try {
    const ask = async (request: string) => {
      const connection = await connectToHolder(dataDir);
      assert.equal(connection?.holder?.role, 'portal');
      connection!.socket.write(`${request}\n`);
      const { line } = await readLine(connection!.socket, 10_000, 1 << 20);
      connection!.socket.destroy();
      return JSON.parse(line ?? 'null') as { type: string; message: string };
    };
    const token = (await readFile(path.join(dataDir, 'openepar-portal.token'), 'utf8')).trim();
    assert.deepEqual(await ask(JSON.stringify({ type: 'run', token: 'guess', argv: ['migrate'], cwd: '/' })), { type: 'refused', message: 'the token does not match the running portal' });
    assert.match((await ask(JSON.stringify({ type: 'run', token, argv: ['serve'], cwd: '/' }))).message, /"serve" is not a command a portal runs/);
    assert.match((await ask(JSON.stringify({ type: 'run', token, argv: ['migrate'], cwd: 'relative' }))).message, /"cwd" must be an absolute path/);
    assert.match((await ask('{"type": "run", ')).message, /not JSON/);
    assert.match((await ask('x'.repeat(70_000))).message, /longer than 65536 bytes/);
    assert.deepEqual(await ask(JSON.stringify({ type: 'run', token, argv: ['migrate'], cwd: '/' })), { type: 'stderr', data: 'Database is up to date (pglite).\n' });
  } finally {
    portal.child.kill('SIGTERM');
  }
  assert.equal(await portal.exited, 0);
});

test('a portal killed outright leaves no lock behind: the next command opens the folder, which passes amcheck with every medicine', { timeout: 120_000 }, async () => {
  const dataDir = path.join(dir, 'served');
  const portal = await startPortal(dataDir);
  portal.child.kill('SIGKILL');
  await portal.exited;
  const next = await openepar(dataDir, ['migrate']);
  assert.equal(next.code, 0, next.stderr);
  assert.match(next.stderr, /Database is up to date \(pglite\)/);
  const { medicines } = await checkFolder(dataDir);
  for (const slug of await sampleSlugs()) assert.ok(medicines.includes(slug), `${slug} is in the database`);
});

test('two imports started together without a portal never both open the folder, and afterwards every medicine is there', { timeout: 240_000 }, async () => {
  const dataDir = path.join(dir, 'two');
  const files = (await readdir(SAMPLES)).sort().map((f) => path.join(SAMPLES, f));
  const halves = [files.slice(0, 5), files.slice(5)];
  const outcomes = await Promise.all(halves.map((half) => openepar(dataDir, ['import', 'records', '--json', ...half])));
  console.log(`# of the two imports started together, ${outcomes.filter((o) => o.code !== 0).length} was refused`);
  for (const [i, o] of outcomes.entries()) {
    if (o.code === 0) continue;
    assert.equal(o.code, 1);
    assert.match(o.stderr, /another openepar command is using .* \(pid \d+: import records\); wait for it to finish, then run this again/);
    // Refused, it changed nothing; run again, it does its part.
    const again = await openepar(dataDir, ['import', 'records', '--json', ...halves[i]!]);
    assert.equal(again.code, 0, again.stderr);
  }
  const { medicines } = await checkFolder(dataDir);
  assert.deepEqual(medicines, await sampleSlugs());
});
