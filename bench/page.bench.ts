/**
 * How close a cached medicine page comes to the fastest Node can send the same bytes.
 *
 * Serves the Lumykras page from the real app (in-memory PGlite with the sample catalogue, page
 * cache on, logger off) and the identical bytes from a bare `node:http` server in the same
 * process, then loads each with autocannon in turn, after a warm-up, and prints requests/s,
 * latency, throughput and the app/bare ratio. The load generator runs in a worker thread so it
 * does not share the servers' event loop.
 *
 *   npm run bench
 *   BENCH_DURATION=30 BENCH_CONNECTIONS=50 npm run bench
 *   BENCH_ENFORCE=1 npm run bench      # exit 1 when app/bare requests/s < 0.8
 *
 * Environment: BENCH_DURATION (s per run, 10), BENCH_WARMUP (s per server, 3), BENCH_CONNECTIONS
 * (10), BENCH_WORKERS (load-generator threads, 1; 0 runs it on the main thread), BENCH_ENFORCE.
 */
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

async function load(url: string, seconds: number): Promise<AutocannonResult> {
  return autocannon({ url, connections, duration: seconds, ...(workers > 0 ? { workers } : {}) });
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

const first = await fetch(appUrl);
if (first.status !== 200) throw new Error(`${PAGE} answered ${first.status}`);
const body = Buffer.from(await first.arrayBuffer());
const contentType = first.headers.get('content-type') ?? 'text/html; charset=utf-8';

const bare = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
  res.end(body);
});
const bareUrl = `${await listen(bare)}${PAGE}`;

const echoed = Buffer.from(await (await fetch(bareUrl)).arrayBuffer());
if (!echoed.equals(body)) throw new Error('the bare server does not send the same bytes');

console.log(`OpenEPAR page benchmark: GET ${PAGE} (${body.length} bytes, ${contentType})`);
console.log(`node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}`.trimEnd());
console.log(`${connections} connections, ${warmup} s warm-up + ${duration} s per server, load generator ${workers > 0 ? `in ${workers} worker thread(s)` : 'on the main thread'}`);
console.log(`RSS at start ${rssStart}, with app ready ${rssNow()}`);
console.log('');

const results: { name: string; r: AutocannonResult; rss: string }[] = [];
for (const [name, url] of [
  ['app (Fastify, cached)', appUrl],
  ['bare node:http', bareUrl],
] as const) {
  if (warmup > 0) await load(url, warmup);
  const r = await load(url, duration);
  results.push({ name, r, rss: rssNow() });
}

const widths = [22, 10, 10, 10, 12, 10];
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
console.log('');
console.log(`ratio app/bare (requests/s): ${ratio.toFixed(2)}${enforce ? ` (must be at least ${MIN_RATIO})` : ` (enforced at ${MIN_RATIO} with BENCH_ENFORCE=1)`}`);
console.log(`process RSS: ${rssNow()} (heap used ${mb(process.memoryUsage().heapUsed)}; RSS includes the embedded PGlite and the load-generator thread)`);

const problems = [...check('app', appResult), ...check('bare', bareResult)];
for (const p of problems) console.error(`bench: ${p}`);
if (problems.length > 0) process.exitCode = 1;
else if (enforce && ratio < MIN_RATIO) {
  console.error(`bench: the app serves ${ratio.toFixed(2)} of the bare server's requests/s, below ${MIN_RATIO}`);
  process.exitCode = 1;
}

await app.close();
await new Promise<void>((resolve) => bare.close(() => resolve()));
await services.close();
