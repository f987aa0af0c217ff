/**
 * How close a cached medicine page comes to the fastest Node can send the same bytes.
 *
 * Serves the Lumykras page from the real app (in-memory PGlite with the sample catalogue, page
 * cache on, compression on, logger off) and the identical compressed bytes from a bare
 * `node:http` server in the same process, then loads each with autocannon in turn, asking for
 * the coding a browser would (`Accept-Encoding: gzip, deflate, br`, so brotli), after a warm-up,
 * and prints requests/s, latency, throughput and the app/bare ratio. Then it does it again while
 * a second process keeps one core busy (a spinning `node`), as when other work shares the machine.
 * The load generator runs in a worker thread so it does not share the servers' event loop.
 *
 *   npm run bench
 *   BENCH_DURATION=30 BENCH_CONNECTIONS=50 npm run bench
 *   BENCH_ENFORCE=1 npm run bench      # exit 1 when app/bare requests/s < 0.8 (quiet or loaded)
 *
 * Each comparison runs the two servers BENCH_ROUNDS times in alternating order and averages.
 *
 * Environment: BENCH_DURATION (s per run, 10), BENCH_ROUNDS (2), BENCH_WARMUP (s per server, 3), BENCH_CONNECTIONS
 * (10), BENCH_WORKERS (load-generator threads, 1; 0 runs it on the main thread), BENCH_ENCODING
 * (Accept-Encoding sent, `gzip, deflate, br`; `identity` for the uncompressed page),
 * BENCH_CPU_LOAD (1: also the loaded runs; 0: quiet only), BENCH_ENFORCE.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { importRecords, SAMPLE_DIR } from '../src/ingest/sample/import-sample.ts';
import { createServices, type Services } from '../src/services.ts';
import { buildMedicine } from '../test/support/medicine-builder.ts';
import { autocannon, check, intEnv, mb, row, rssNow, type AutocannonResult } from './bench-support.ts';

const PAGE = '/en/medicines/human/EPAR/lumykras';
const MIN_RATIO = 0.8;

/* ---------- settings ---------- */

const duration = intEnv('BENCH_DURATION', 10, 1);
const warmup = intEnv('BENCH_WARMUP', 3, 0);
const connections = intEnv('BENCH_CONNECTIONS', 10, 1);
const workers = intEnv('BENCH_WORKERS', 1, 0);
const enforce = process.env.BENCH_ENFORCE === '1';
const acceptEncoding = process.env.BENCH_ENCODING ?? 'gzip, deflate, br';
const cpuLoad = intEnv('BENCH_CPU_LOAD', 1, 0) === 1;
const rounds = intEnv('BENCH_ROUNDS', 2, 1);

async function load(url: string, seconds: number): Promise<AutocannonResult> {
  return autocannon({ url, connections, duration: seconds, headers: { 'accept-encoding': acceptEncoding }, ...(workers > 0 ? { workers } : {}) });
}

/* ---------- the two servers ---------- */

async function seed(services: Services): Promise<void> {
  const hasSample = existsSync(SAMPLE_DIR) && readdirSync(SAMPLE_DIR).some((f) => f.endsWith('.json'));
  if (!hasSample) {
    console.log(`(sample catalogue not found at ${SAMPLE_DIR}: using the test builder's Lumykras)`);
    await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, () => buildMedicine(), { kind: 'editor', reference: 'bench' });
    return;
  }
  const summary = await importRecords(services.writer, [SAMPLE_DIR], { progress: null });
  if (summary.failed > 0) throw new Error(`the sample catalogue did not import: ${JSON.stringify(summary.errors)}`);
}

/** The raw answer, still compressed (fetch would undo the coding). */
function get(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** Several runs of one server as one: requests/s and throughput averaged, latency the worst run's. */
function merged(runs: AutocannonResult[]): AutocannonResult {
  if (runs.length === 1) return runs[0]!;
  const mean = (f: (r: AutocannonResult) => number) => runs.reduce((sum, r) => sum + f(r), 0) / runs.length;
  const worst = runs.reduce((a, b) => (b.latency.p99 > a.latency.p99 ? b : a));
  return {
    ...worst,
    requests: { ...worst.requests, average: mean((r) => r.requests.average), total: runs.reduce((n, r) => n + r.requests.total, 0) },
    throughput: { ...worst.throughput, average: mean((r) => r.throughput.average) },
    errors: runs.reduce((n, r) => n + r.errors, 0),
    timeouts: runs.reduce((n, r) => n + r.timeouts, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  };
}

/** A second process spinning on one core, as other work on the machine would. */
function busyProcess(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

/* ---------- run ---------- */

const rssStart = rssNow();
const database = await openDatabase({ databaseUrl: null, dataDir: 'memory://' });
const services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database: database });
if (services.config.pageCacheEntries === 0) throw new Error('the page cache is off');
await seed(services);
const app = await createApp(services, { logger: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}${PAGE}`;

const first = await get(appUrl);
if (first.status !== 200) throw new Error(`${PAGE} answered ${first.status}`);
const body = first.body;
const contentType = first.headers['content-type'] ?? 'text/html; charset=utf-8';
const contentEncoding = first.headers['content-encoding'];
// The headers a browser needs to read the page: the bare server sends them too.
const bareHeaders: http.OutgoingHttpHeaders = { 'content-type': contentType, 'content-length': body.length };
if (contentEncoding) Object.assign(bareHeaders, { 'content-encoding': contentEncoding, vary: 'accept-encoding' });

const bare = http.createServer((_req, res) => {
  res.writeHead(200, bareHeaders);
  res.end(body);
});
const bareUrl = `${await listen(bare)}${PAGE}`;

const echoed = (await get(bareUrl)).body;
if (!echoed.equals(body)) throw new Error('the bare server does not send the same bytes');
const second = await get(appUrl);
if (!second.body.equals(body)) throw new Error('the app does not send the same bytes twice: the page is not served from the cache');

console.log(`OpenEPAR page benchmark: GET ${PAGE} with Accept-Encoding: ${acceptEncoding} (${body.length} bytes, ${contentEncoding ?? 'uncompressed'}, ${contentType})`);
console.log(`node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}`.trimEnd());
console.log(`${connections} connections, ${rounds} round(s) of ${warmup} s warm-up + ${duration} s per server, load generator ${workers > 0 ? `in ${workers} worker thread(s)` : 'on the main thread'}`);
console.log(`RSS at start ${rssStart}, with app ready ${rssNow()}`);
console.log('');

const widths = [30, 10, 10, 10, 12, 10];
const problems: string[] = [];
const ratios: { label: string; ratio: number }[] = [];

async function compare(label: string): Promise<void> {
  const servers = [
    { name: 'app (Fastify, cached)', url: appUrl, runs: [] as AutocannonResult[], rss: '' },
    { name: 'bare node:http', url: bareUrl, runs: [] as AutocannonResult[], rss: '' },
  ];
  // In alternating order (app, bare, bare, app, …), so that a burst of other work on the machine
  // falls on both alike rather than on whichever ran at the time.
  for (let round = 0; round < rounds; round++) {
    for (const server of round % 2 === 0 ? servers : [...servers].reverse()) {
      if (warmup > 0) await load(server.url, warmup);
      server.runs.push(await load(server.url, duration));
      server.rss = rssNow();
    }
  }
  const results = servers.map((s) => ({ name: s.name, r: merged(s.runs), rss: s.rss }));
  console.log(label);
  console.log(row(['server', 'req/s', 'p50', 'p99', 'throughput', 'RSS after'], widths));
  console.log(row(widths.map((w) => '-'.repeat(w)), widths));
  for (const { name, r, rss } of results) {
    console.log(
      row(
        [name, Math.round(r.requests.average).toLocaleString('en'), `${r.latency.p50} ms`, `${r.latency.p99} ms`, `${mb(r.throughput.average)}/s`, rss],
        widths,
      ),
    );
  }
  const [appResult, bareResult] = [results[0]!.r, results[1]!.r];
  const ratio = appResult.requests.average / bareResult.requests.average;
  ratios.push({ label, ratio });
  console.log(`ratio app/bare (requests/s): ${ratio.toFixed(2)}${enforce ? ` (must be at least ${MIN_RATIO})` : ` (enforced at ${MIN_RATIO} with BENCH_ENFORCE=1)`}`);
  console.log('');
  problems.push(...check(`app, ${label}`, appResult), ...check(`bare, ${label}`, bareResult));
}

await compare('quiet machine');
if (cpuLoad) {
  const busy = busyProcess();
  try {
    await compare('with a second process spinning on one core');
  } finally {
    busy.kill();
  }
}

console.log(`ratios app/bare: ${ratios.map((r) => `${r.ratio.toFixed(2)} (${r.label})`).join(', ')}`);
console.log(`process RSS: ${rssNow()} (heap used ${mb(process.memoryUsage().heapUsed)}; RSS includes the embedded PGlite and the load-generator thread)`);

for (const p of problems) console.error(`bench: ${p}`);
if (problems.length > 0) process.exitCode = 1;
else if (enforce && ratios.some((r) => r.ratio < MIN_RATIO)) {
  for (const r of ratios.filter((x) => x.ratio < MIN_RATIO)) console.error(`bench: ${r.label}: the app serves ${r.ratio.toFixed(2)} of the bare server's requests/s, below ${MIN_RATIO}`);
  process.exitCode = 1;
}

await app.close();
await new Promise<void>((resolve) => bare.close(() => resolve()));
await services.close();
