/**
 * The portal under a crowd: many connections on loopback, for a minute, asking for what readers,
 * API clients, crawlers and attackers ask for at once, while two probes check that `/healthz` and
 * a cached page keep answering quickly throughout.
 *
 * The portal runs as it does in production (`openepar serve`, a process of its own, its log at
 * warn) on the whole corpus when ../shared is there (otherwise on the sample catalogue): on the
 * embedded database by default, on a PostgreSQL server when DATABASE_URL is set. The load is a
 * shuffled, seeded mix: cached pages (a few popular medicines, home, lists), uncached pages
 * (every medicine in every language, and histories: more addresses than the page cache holds),
 * searches (API and page), API lists and records, unknown addresses (404s) and hostile headers
 * (8 KB Accept-Language, long cookies, junk If-None-Match). It prints requests/s, p50/p99
 * latency, connection errors, timeouts and answers by status (429s counted apart, and fine),
 * the server's RSS at start, end and peak, and the probes' p50/p99 (each at 20 requests/s on a
 * connection of its own, from a thread of its own, so the load generator does not delay them).
 *
 *   npm run bench:load
 *   npm run bench:load -- --connections 30 --duration 10
 *   DATABASE_URL=postgres://user:pw@127.0.0.1:5432/openepar npm run bench:load
 *   BENCH_ENFORCE=1 npm run bench:load      # exit 1 when an aim is missed, not only on errors
 *
 * Environment: BENCH_CONNECTIONS (200), BENCH_DURATION (s, 60), BENCH_WARMUP (s at 20
 * connections first, 5), BENCH_SEED, BENCH_ENFORCE, DATABASE_URL, OPENEPAR_SHARED.
 *
 * The embedded database with the corpus is imported once (`scripts/import-corpus.sh`, a few
 * minutes) into a cache under the OS temporary folder, keyed by the corpus, the migrations, the
 * importers and the lock file, and each run serves a copy of it. On a server, an empty database
 * gets the corpus imported into it; one holding medicines is used as it is.
 *
 * Rate limits: the bench's client is on loopback, which the portal exempts by default
 * (RATE_LIMIT_EXEMPT=127.0.0.0/8,::1, passed explicitly here); any 429 still seen is reported.
 * Exits 1 on any connection error, timeout or 5xx.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { importRecords, SAMPLE_DIR } from '../src/ingest/sample/import-sample.ts';
import { createServices } from '../src/services.ts';
import { pick, seededRandom, shuffled } from '../test/support/seeded-random.ts';
import { sharedPath } from '../test/support/shared-corpus.ts';
import { autocannon, intEnv, mb, row, type AutocannonResult } from './bench-support.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/* ---------- settings ---------- */

const { values: flags } = parseArgs({
  options: { connections: { type: 'string' }, duration: { type: 'string' }, warmup: { type: 'string' } },
  allowPositionals: false,
});
const fromFlag = (name: 'connections' | 'duration' | 'warmup', env: string, fallback: number, min: number) => {
  if (flags[name] !== undefined) process.env[env] = flags[name];
  return intEnv(env, fallback, min);
};
const connections = fromFlag('connections', 'BENCH_CONNECTIONS', 200, 1);
const duration = fromFlag('duration', 'BENCH_DURATION', 60, 1);
const warmup = fromFlag('warmup', 'BENCH_WARMUP', 5, 0);
const seed = intEnv('BENCH_SEED', 12, 0);
const enforce = process.env.BENCH_ENFORCE === '1';
const databaseUrl = process.env.DATABASE_URL?.trim() || null;
const PROBE_INTERVAL_MS = 50;
const PROBE_WINDOW_S = 10;
const AIMS = { probeP99Ms: 50, rssGrowth: 0.1 };

const ema = existsSync(path.join(ROOT, '../shared')) || process.env.OPENEPAR_SHARED ? sharedPath('ema') : null;
const seeds = ema ? sharedPath('seeds') : null;
const corpus = ema !== null && seeds !== null;

/* ---------- the database ---------- */

interface Prepared {
  /** Environment for `openepar serve`. */
  env: Record<string, string>;
  describe: string;
}

const secondsSince = (started: number) => ((performance.now() - started) / 1000).toFixed(0);

/** Runs the project's own corpus import (the order a deployment uses) against `env`'s database. */
async function importCorpus(env: Record<string, string>, logFile: string): Promise<void> {
  const started = performance.now();
  console.log(`  importing the corpus with scripts/import-corpus.sh (a few minutes; its output goes to ${logFile})`);
  const log = createWriteStream(logFile);
  const child = spawn('bash', [path.join(ROOT, 'scripts/import-corpus.sh')], {
    cwd: ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: 'warn', OPENEPAR_SHARED: path.dirname(ema!) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  log.end();
  // Some presentations belong to medicines the corpus does not have, so the script reports
  // failures (and exits 1) on a complete import too; what counts is the catalogue it leaves.
  console.log(`  imported in ${secondsSince(started)} s (exit ${code})`);
}

async function medicineCount(database: Database): Promise<number> {
  return Number((await sql<{ n: number }>`select count(*)::int as n from medicines`.execute(database.db)).rows[0]!.n);
}

/** Brings the search index up to date and gathers planner statistics, as a first start would. */
async function prepareIndex(database: Database): Promise<void> {
  const services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
  await services.search.prepare({ maintain: database.kind === 'pglite' });
  await sql`analyze`.execute(database.db);
}

/** The sample catalogue, for a database without medicines when there is no corpus to import. */
async function importSample(database: Database): Promise<void> {
  const services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
  const summary = await importRecords(services.writer, [SAMPLE_DIR], { progress: null });
  if (summary.failed > 0) throw new Error(`the sample catalogue did not import: ${JSON.stringify(summary.errors)}`);
}

/** Everything the cached import depends on: change any of it and the corpus is imported again. */
async function cacheKey(): Promise<string> {
  const hash = createHash('sha256');
  const files = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true, recursive: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
  for (const file of [path.join(ROOT, 'package-lock.json'), path.join(ROOT, 'scripts/import-corpus.sh'), ...(await files(path.join(ROOT, 'src/db'))), ...(await files(path.join(ROOT, 'src/ingest')))]) {
    if (!file.endsWith('.test.ts')) hash.update(`${path.relative(ROOT, file)}\0`).update(await readFile(file));
  }
  for (const dir of [ema!, seeds!]) {
    for (const file of await files(dir)) {
      const s = await stat(file);
      hash.update(`${path.relative(dir, file)}\0${s.size}\0${s.mtimeMs}\0`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** The corpus in an embedded database, imported once into the cache and copied for this run. */
async function corpusOnPglite(work: string): Promise<Prepared> {
  const cacheRoot = path.join(os.tmpdir(), 'openepar-bench-load');
  const entry = path.join(cacheRoot, `corpus-${await cacheKey()}`);
  if (existsSync(path.join(entry, 'build.json'))) {
    console.log(`  reusing the imported corpus in ${entry}`);
  } else {
    await mkdir(cacheRoot, { recursive: true });
    const building = `${entry}.building-${process.pid}`;
    await rm(building, { recursive: true, force: true });
    await mkdir(building, { recursive: true });
    try {
      await importCorpus({ OPENEPAR_DATA_DIR: path.join(building, 'pgdata'), OPENEPAR_FILES_DIR: path.join(building, 'files') }, path.join(building, 'import.log'));
      const database = await openDatabase({ databaseUrl: null, dataDir: path.join(building, 'pgdata') });
      try {
        const started = performance.now();
        await prepareIndex(database);
        const medicines = await medicineCount(database);
        if (medicines < 1000) throw new Error(`the import left ${medicines} medicines; see ${path.join(building, 'import.log')}`);
        console.log(`  ${medicines} medicines; search index and statistics ready in ${secondsSince(started)} s`);
        await writeFile(path.join(building, 'build.json'), JSON.stringify({ builtAt: new Date().toISOString(), medicines }));
      } finally {
        await database.close();
      }
      // Earlier imports (other corpus, other code) are of no further use.
      for (const name of await readdir(cacheRoot)) if (name.startsWith('corpus-') && !name.includes('.building-')) await rm(path.join(cacheRoot, name), { recursive: true, force: true });
      await rename(building, entry);
    } catch (error) {
      console.error(`  the import failed; what it did is left in ${building}`);
      throw error;
    }
  }
  const dataDir = path.join(work, 'pgdata');
  await cp(path.join(entry, 'pgdata'), dataDir, { recursive: true });
  return {
    env: { OPENEPAR_DATA_DIR: dataDir, OPENEPAR_FILES_DIR: path.join(entry, 'files') },
    describe: `embedded (PGlite), the whole corpus (a copy of ${entry})`,
  };
}

async function prepareDatabase(work: string): Promise<Prepared> {
  if (databaseUrl) {
    const database = await openDatabase({ databaseUrl, dataDir: '' });
    try {
      let count = await medicineCount(database);
      if (count === 0 && corpus) {
        console.log('  the PostgreSQL database is empty: importing the corpus into it');
        await importCorpus({ DATABASE_URL: databaseUrl }, path.join(work, 'import.log'));
        count = await medicineCount(database);
      }
      const sample = count === 0;
      if (sample) await importSample(database);
      await prepareIndex(database);
      return {
        env: { DATABASE_URL: databaseUrl, OPENEPAR_FILES_DIR: path.join(work, 'files') },
        describe: `PostgreSQL server (DATABASE_URL), ${sample ? 'the sample catalogue (imported into it: no corpus)' : `${count} medicines as found`}`,
          };
    } finally {
      await database.close();
    }
  }
  if (corpus) return corpusOnPglite(work);
  console.log('  no corpus at ../shared (OPENEPAR_SHARED): the sample catalogue only');
  const database = await openDatabase({ databaseUrl: null, dataDir: path.join(work, 'pgdata') });
  try {
    await importSample(database);
    await prepareIndex(database);
  } finally {
    await database.close();
  }
  return {
    env: { OPENEPAR_DATA_DIR: path.join(work, 'pgdata'), OPENEPAR_FILES_DIR: path.join(work, 'files') },
    describe: 'embedded (PGlite), the sample catalogue',
  };
}

/* ---------- the server ---------- */

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The server's resident set, from the kernel (Linux), or from ps elsewhere. */
async function rssOf(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

async function startServer(prepared: Prepared, work: string): Promise<{ child: ChildProcess; base: string; logFile: string }> {
  const port = await freePort();
  const logFile = path.join(work, 'server.log');
  const log = createWriteStream(logFile);
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...prepared.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    // The portal's default, said explicitly: the bench's one client address is not the crowd limits are for.
    RATE_LIMIT_EXEMPT: '127.0.0.0/8,::1',
  };
  if (!prepared.env.DATABASE_URL) delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/main.ts'), 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering; its log: ${logFile}\n${(await readFile(logFile, 'utf8')).slice(-2000)}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (performance.now() - started > 600_000) throw new Error(`the server did not answer /healthz within 10 minutes; its log: ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`  server (pid ${child.pid}) answering at ${base} after ${secondsSince(started)} s`);
  return { child, base, logFile };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(timer);
}

/* ---------- the mix ---------- */

type Category = 'cached page' | 'uncached page' | 'search' | 'API' | '404' | 'hostile headers';
interface Target {
  category: Category;
  path: string;
  headers?: Record<string, string>;
}

const LANGS = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'is', 'it', 'lt', 'lv', 'mt', 'nl', 'no', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
const QUERIES = [
  'Lumykras', 'sotorasib', 'pembrolizumab', 'lenalidomide', 'insulin glargin', 'keytrudda', 'Revlimd', 'EMEA/H/C/005522', 'L01XX73',
  'spinal muscular atrophy', 'breast cancer', 'diabetes', 'KRAS G12C', 'dupilumab atopic dermatitis', 'hyperkalemia', 'apixaban',
];
const SEARCH_FILTERS = ['', '&status=authorised', '&flag=orphan', '&sort=-authorised', '&atc=L01'];
const NOT_FOUND = ['/favicon.ico', '/.env', '/wp-login.php', '/en/no-such-page', '/en/medicines/human/EPAR/no-such-medicine', '/api/v1/medicines/no-such-medicine', '/api/v2/medicines', '/assets/no-such.css'];

/** How often each kind comes up in every hundred requests. */
const WEIGHTS: Record<Category, number> = { 'cached page': 30, 'uncached page': 20, search: 15, API: 15, '404': 10, 'hostile headers': 10 };

function buildMix(medicines: { slug: string; category: string }[]): { next: () => Target; cached: string } {
  const rnd = seededRandom(seed);
  const page = (lang: string, m: { slug: string; category: string }) => `/${lang}/medicines/${m.category}/EPAR/${encodeURIComponent(m.slug)}`;
  const lumykras = medicines.find((m) => m.slug === 'lumykras') ?? medicines[0]!;
  const popular = [lumykras, ...shuffled(rnd, medicines).slice(0, 9)];
  const cached = [...popular.map((m) => page('en', m)), page('sv', lumykras), page('de', lumykras), '/en', '/sv', '/en/medicines', '/en/browse', '/en/whats-new'];
  // Every medicine in a language of its own turn, and histories: more pages than the cache keeps.
  const uncached = shuffled(rnd, medicines.flatMap((m, i) => [page(LANGS[i % LANGS.length]!, m), page(LANGS[(i * 7 + 3) % LANGS.length]!, m), `${page(LANGS[(i * 11 + 5) % LANGS.length]!, m)}/history`]));
  const hostile: Target[] = [
    { category: 'hostile headers', path: '/', headers: { 'accept-language': 'sv-FI;q=0.5,'.repeat(700) } },
    { category: 'hostile headers', path: '/medicines', headers: { 'accept-language': `${'x-'.repeat(4000)}de` } },
    { category: 'hostile headers', path: page('en', lumykras), headers: { cookie: `a=${'x'.repeat(6000)}`, 'if-none-match': `W/"${'0'.repeat(2000)}"` } },
    { category: 'hostile headers', path: '/api/v1/search?q=cancer', headers: { accept: `text/html;${'a=b;'.repeat(1500)}`, 'accept-language': '*;q=NaN,en;q=1e999' } },
    { category: 'hostile headers', path: '/en/search?q=%3Cscript%3E', headers: { 'if-none-match': '*', cookie: 'openepar_lang=<script>' } },
  ];

  let uncachedAt = 0;
  const make: Record<Category, () => Target> = {
    'cached page': () => ({ category: 'cached page', path: pick(rnd, cached) }),
    'uncached page': () => ({ category: 'uncached page', path: uncached[uncachedAt++ % uncached.length]! }),
    search: () => {
      const q = encodeURIComponent(pick(rnd, QUERIES));
      const filter = pick(rnd, SEARCH_FILTERS);
      return { category: 'search', path: rnd() < 0.5 ? `/api/v1/search?q=${q}${filter}` : `/${pick(rnd, LANGS)}/search?q=${q}${filter}` };
    },
    API: () => {
      const m = pick(rnd, medicines);
      return {
        category: 'API',
        path: pick(rnd, [
          `/api/v1/medicines?limit=${pick(rnd, [10, 20, 50])}`, '/api/v1/medicines?status=authorised&limit=20', `/api/v1/medicines/${encodeURIComponent(m.slug)}`,
          `/api/v1/medicines/${encodeURIComponent(m.slug)}/revisions`, '/api/v1/changes?limit=50', `/api/v1/suggest?q=${encodeURIComponent(m.slug.slice(0, 3))}`,
        ]),
      };
    },
    '404': () => ({ category: '404', path: pick(rnd, NOT_FOUND) }),
    'hostile headers': () => pick(rnd, hostile),
  };
  const deck = shuffled(rnd, (Object.entries(WEIGHTS) as [Category, number][]).flatMap(([category, weight]) => Array<Category>(weight).fill(category)));
  let at = 0;
  return { next: () => make[deck[at++ % deck.length]!](), cached: page('en', lumykras) };
}

async function medicinesIn(prepared: Prepared): Promise<{ slug: string; category: string }[]> {
  const database = await openDatabase({ databaseUrl: prepared.env.DATABASE_URL ?? null, dataDir: prepared.env.OPENEPAR_DATA_DIR ?? '' });
  try {
    return (await sql<{ slug: string; category: string }>`select slug, category from medicines order by id`.execute(database.db)).rows;
  } finally {
    await database.close();
  }
}

/* ---------- probes ---------- */

interface ProbeResult {
  path: string;
  /** [seconds since start, milliseconds] */
  samples: [number, number][];
  failures: number;
  statuses: Record<string, number>;
}

// Plain JavaScript for a worker thread of its own: its event loop does nothing but probe.
const PROBE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { host, port, paths, interval } = workerData;
let stopped = false;
parentPort.on('message', () => { stopped = true; });
const started = performance.now();
function once(agent, path) {
  return new Promise((resolve) => {
    const req = http.get({ host, port, path, agent, timeout: 30000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
      res.on('error', () => resolve(0));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', () => resolve(0));
  });
}
async function probe(path) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const result = { path, samples: [], failures: 0, statuses: {} };
  while (!stopped) {
    const t0 = performance.now();
    const status = await once(agent, path);
    const took = performance.now() - t0;
    if (status === 0) result.failures++;
    else result.statuses[status] = (result.statuses[status] ?? 0) + 1;
    result.samples.push([(t0 - started) / 1000, took]);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, interval - took)));
  }
  agent.destroy();
  return result;
}
Promise.all(paths.map(probe)).then((results) => parentPort.postMessage(results));
`;

function startProbes(base: string, paths: string[]): { stop: () => Promise<ProbeResult[]> } {
  const url = new URL(base);
  const worker = new Worker(PROBE_WORKER, { eval: true, workerData: { host: url.hostname, port: Number(url.port), paths, interval: PROBE_INTERVAL_MS } });
  const done = new Promise<ProbeResult[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      const results = await done;
      await worker.terminate();
      return results;
    },
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(probe: ProbeResult) {
  const all = probe.samples.map(([, ms]) => ms).sort((a, b) => a - b);
  const windows = new Map<number, number[]>();
  for (const [s, ms] of probe.samples) {
    const w = Math.floor(s / PROBE_WINDOW_S);
    windows.set(w, [...(windows.get(w) ?? []), ms]);
  }
  const worstWindow = Math.max(...[...windows.values()].map((v) => percentile(v.sort((a, b) => a - b), 99)));
  return { count: all.length, p50: percentile(all, 50), p99: percentile(all, 99), max: all.at(-1) ?? Number.NaN, worstWindow };
}

/* ---------- run ---------- */

const work = await mkdtemp(path.join(os.tmpdir(), 'openepar-bench-load-run-'));
let server: Awaited<ReturnType<typeof startServer>> | null = null;
try {
  console.log(`OpenEPAR load benchmark: ${connections} connections for ${duration} s on loopback (seed ${seed})`);
  console.log(`node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}`.trimEnd());
  const prepared = await prepareDatabase(work);
  console.log(`  database: ${prepared.describe}`);
  // Read before the server starts: it then owns the embedded database's folder.
  const medicines = await medicinesIn(prepared);
  server = await startServer(prepared, work);
  const mix = buildMix(medicines);
  console.log(`  mix per 100 requests: ${Object.entries(WEIGHTS).map(([k, v]) => `${v} ${k}`).join(', ')}; ${medicines.length} medicines`);

  const pid = server.child.pid!;
  const rss = { started: await rssOf(pid), run: 0, end: 0, peak: 0 };
  const setupRequest = (request: Record<string, unknown>) => {
    const target = mix.next();
    return { ...request, method: 'GET', path: target.path, headers: { ...(target.headers ?? {}) } };
  };
  const load = (conns: number, seconds: number) =>
    autocannon({ url: server!.base, connections: conns, duration: seconds, timeout: 10, requests: [{ setupRequest }] }) as Promise<AutocannonResult & { statusCodeStats: Record<string, { count: number }>; resets: number }>;

  // Fill the page cache with the pages the mix treats as cached, then let the server's JIT settle.
  for (const p of [mix.cached, ...Array.from({ length: 40 }, () => mix.next().path)]) await fetch(server.base + p).then((r) => r.arrayBuffer());
  if (warmup > 0) {
    console.log(`  warming up: ${Math.min(20, connections)} connections for ${warmup} s`);
    await load(Math.min(20, connections), warmup);
  }

  rss.run = (await rssOf(pid)) ?? 0;
  rss.peak = rss.run;
  const sampler = setInterval(() => {
    void rssOf(pid).then((v) => {
      if (v) rss.peak = Math.max(rss.peak, v);
    });
  }, 1000);
  const probes = startProbes(server.base, ['/healthz', mix.cached]);
  console.log(`  measuring: ${connections} connections for ${duration} s, probes on /healthz and ${mix.cached}`);
  const result = await load(connections, duration);
  const probeResults = await probes.stop();
  clearInterval(sampler);
  rss.end = (await rssOf(pid)) ?? 0;
  rss.peak = Math.max(rss.peak, rss.end);

  const statuses = Object.entries(result.statusCodeStats).sort(([a], [b]) => Number(a) - Number(b));
  const count = (pred: (s: number) => boolean) => statuses.filter(([s]) => pred(Number(s))).reduce((n, [, v]) => n + v.count, 0);
  const fiveXx = count((s) => s >= 500);
  const tooMany = count((s) => s === 429);
  const growth = rss.run > 0 ? (rss.end - rss.run) / rss.run : Number.NaN;

  console.log('');
  console.log(`requests        ${result.requests.total.toLocaleString('en')} in ${result.duration} s: ${Math.round(result.requests.average).toLocaleString('en')} req/s, ${mb(result.throughput.average)}/s`);
  console.log(`latency         p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`errors          ${result.errors} connection errors, of which ${result.timeouts} timeouts (10 s); ${result.resets} pipeline resets`);
  console.log(`by status       ${statuses.map(([s, v]) => `${s}: ${v.count.toLocaleString('en')}`).join(', ')}`);
  console.log(`non-2xx         ${result.non2xx.toLocaleString('en')} (5xx: ${fiveXx}; 429, fine and counted apart: ${tooMany}; the rest are the mix's redirects, 304s and 404s)`);
  console.log(`server RSS      at start ${rss.started ? mb(rss.started) : '?'}, before the run ${mb(rss.run)}, at the end ${mb(rss.end)} (${(growth * 100).toFixed(1)} %), peak ${mb(rss.peak)}`);
  console.log('');
  const widths = [42, 8, 9, 9, 9, 18, 9];
  console.log(row(['probe (20/s, its own connection)', 'samples', 'p50', 'p99', 'max', `worst ${PROBE_WINDOW_S} s p99`, 'failed'], widths));
  console.log(row(widths.map((w) => '-'.repeat(w)), widths));
  const missed: string[] = [];
  for (const probe of probeResults) {
    const s = summarise(probe);
    const bad = Object.entries(probe.statuses).filter(([code]) => code !== '200').map(([code, n]) => `${n}×${code}`);
    console.log(row([probe.path, String(s.count), `${s.p50.toFixed(1)} ms`, `${s.p99.toFixed(1)} ms`, `${s.max.toFixed(0)} ms`, `${s.worstWindow.toFixed(1)} ms`, `${probe.failures}${bad.length ? ` ${bad.join(' ')}` : ''}`], widths));
    if (!(s.worstWindow <= AIMS.probeP99Ms)) missed.push(`${probe.path}: p99 ${s.worstWindow.toFixed(1)} ms in its worst ${PROBE_WINDOW_S} s (aim ≤ ${AIMS.probeP99Ms} ms throughout)`);
    if (probe.failures > 0 || bad.length > 0) missed.push(`${probe.path}: ${probe.failures} failed, ${bad.join(' ') || 'no other statuses'}`);
  }
  if (!(growth < AIMS.rssGrowth)) missed.push(`RSS grew ${(growth * 100).toFixed(1)} % during the run (aim < ${AIMS.rssGrowth * 100} %)`);

  console.log('');
  const problems: string[] = [];
  if (result.errors > 0) problems.push(`${result.errors} connection errors (${result.timeouts} timeouts)`);
  if (fiveXx > 0) problems.push(`${fiveXx} answers with a 5xx status`);
  if (result.requests.total === 0) problems.push('no requests completed');
  for (const m of missed) console.log(`aim missed: ${m}`);
  if (missed.length === 0) console.log('aims met: probes p99 ≤ 50 ms in every window, RSS growth < 10 %');
  for (const p of problems) console.error(`bench: ${p}`);
  if (problems.length > 0 || (enforce && missed.length > 0)) process.exitCode = 1;
  else if (missed.length > 0) console.log('(aims are enforced with BENCH_ENFORCE=1; errors, timeouts and 5xx always fail)');
  if (fiveXx > 0 || result.errors > 0) console.log(`server log: ${server.logFile}`);
} finally {
  if (server) await stopServer(server.child);
  // The server's log is kept when something went wrong; the copy of the database never is.
  if (process.exitCode === 1 && server) {
    await rm(path.join(work, 'pgdata'), { recursive: true, force: true });
    console.log(`(kept ${work} for its logs)`);
  } else {
    await rm(work, { recursive: true, force: true });
  }
}
