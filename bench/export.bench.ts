/**
 * Exports over HTTP against a real server process: time per format and how much the server's
 * resident memory grows while it streams the whole catalogue (the aim: under 50 MB for every
 * format, whatever the catalogue's size, because exports are written page by page).
 *
 * The server is `openepar serve` in its own process, on a copy of a PGlite folder holding the
 * corpus: the 1,625 EPAR pages of ../shared with EMA's four data tables imported over them, as
 * the exports corpus test imports them (built once and cached in node_modules/.cache/openepar-test), or the folder given as BENCH_DATA_DIR (for
 * example a data/pglite after `npm run import:corpus`). Without ../shared it serves the sample
 * catalogue and says so. Its RSS is read from /proc every 10 ms during each export; the growth is
 * the peak minus the RSS just before the export started. A first CSV export warms the database's
 * caches and is reported on its own line.
 *
 *   npm run bench:export
 *   BENCH_DATA_DIR=data/pglite npm run bench:export     # a database of your own (copied, never changed)
 *   BENCH_ROUNDS=3 npm run bench:export                 # each format three times (the worst is printed)
 *   BENCH_ENFORCE=1 npm run bench:export                # exit 1 when a format grows the server by 50 MB or more
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath } from '../test/support/shared-corpus.ts';
import { importedEparPagesAndTablesFolder } from '../test/support/imported-corpus.ts';
import { intEnv, mb, row } from './bench-support.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const AIM_BYTES = 50 * 1024 * 1024;
const FORMATS = ['csv', 'xlsx', 'jsonl', 'parquet', 'ema-xlsx'] as const;
const rounds = intEnv('BENCH_ROUNDS', 1, 1);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The PGlite folder to serve a copy of, and what it holds. */
async function sourceFolder(): Promise<{ dir: string | null; what: string }> {
  if (process.env.BENCH_DATA_DIR) return { dir: path.resolve(process.env.BENCH_DATA_DIR), what: `the database in ${process.env.BENCH_DATA_DIR}` };
  const ema = sharedPath('ema');
  if (!ema) return { dir: null, what: 'the sample catalogue (no ../shared: set OPENEPAR_SHARED for the corpus)' };
  // Makes sure the cached import exists (building it the first time), then serves a copy of it.
  const corpus = await importedEparPagesAndTablesFolder(path.join(ema, 'epar-pages'), path.join(ema, 'tables'));
  return { dir: corpus.dataDir, what: `the corpus: the EPAR pages and the ${corpus.summary.imported + corpus.summary.updated + corpus.summary.unchanged} rows of the four tables of ../shared` };
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

async function startServer(dataDir: string, port: number, sample: boolean): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['src/cli/main.ts', 'serve', ...(sample ? ['--sample'] : [])], {
    cwd: ROOT,
    env: { ...process.env, OPENEPAR_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT: '0', OPENEPAR_DUMPS_DIR: path.join(dataDir, '..', 'dumps') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('OpenEPAR is running at')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before it listened:\n${out}`)));
  });
  return child;
}

interface Run {
  format: string;
  seconds: number;
  bytes: number;
  rows: number;
  before: number;
  peak: number;
}

async function exportOnce(base: string, pid: number, format: string): Promise<Run> {
  const before = await rssOf(pid);
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await rssOf(pid));
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/export?format=${format}`, { headers: { 'accept-encoding': 'identity' } });
  if (response.status !== 200) throw new Error(`${format}: HTTP ${response.status} ${await response.text()}`);
  let bytes = 0;
  let newlines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    if (format === 'jsonl') for (const b of chunk) if (b === 10) newlines++;
  }
  const seconds = (performance.now() - started) / 1000;
  sampling = false;
  await sampler;
  return { format, seconds, bytes, rows: newlines, before, peak };
}

const { dir: source, what } = await sourceFolder();
const work = await mkdtemp(path.join(os.tmpdir(), 'openepar-bench-export-'));
const dataDir = path.join(work, 'pgdata');
if (source) await cp(source, dataDir, { recursive: true });
const port = await freePort();
console.log(`Serving ${what}; server: node ${process.version}, PGlite copy in ${dataDir}`);
const server = await startServer(dataDir, port, source === null);
const base = `http://127.0.0.1:${port}`;
let failed = false;
try {
  const warm = await exportOnce(base, server.pid!, 'csv');
  const widths = [22, 9, 12, 12, 12, 12];
  console.log(row(['format', 'seconds', 'size', 'RSS before', 'RSS peak', 'growth'], widths));
  const print = (r: Run, label = r.format) =>
    console.log(row([label, r.seconds.toFixed(2), mb(r.bytes), mb(r.before), mb(r.peak), mb(r.peak - r.before)], widths));
  print(warm, 'csv (first, warms up)');
  for (const format of FORMATS) {
    const runs: Run[] = [];
    for (let i = 0; i < rounds; i++) runs.push(await exportOnce(base, server.pid!, format));
    const worst = runs.reduce((a, b) => (b.peak - b.before > a.peak - a.before ? b : a));
    print(worst);
    if (format === 'jsonl') console.log(`  (${worst.rows} medicines)`);
    if (worst.peak - worst.before >= AIM_BYTES) {
      failed = true;
      console.log(`  ${format}: the server grew by ${mb(worst.peak - worst.before)}, above the 50 MB aim`);
    }
  }
  console.log(failed ? 'Aim missed: an export grew the server by 50 MB or more.' : 'Aim met: no export grew the server by 50 MB or more.');
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await rm(work, { recursive: true, force: true });
}
if (failed && process.env.BENCH_ENFORCE === '1') process.exitCode = 1;
