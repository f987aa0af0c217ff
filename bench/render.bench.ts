/**
 * How fast a medicine page is made when it is not in the page cache: the whole path of a page
 * view (route, service, queries, templates, layout) with PAGE_CACHE_ENTRIES=0, one request at a
 * time through `app.inject`, so the figure is the CPU and database time of a render and nothing
 * of the network. Renders the sample catalogue's medicines (Lumykras and the largest ones) in
 * several languages in turn, on PGlite in memory and, when one is configured, on a throwaway
 * database of a PostgreSQL server, and prints pages/s and the median and p95 time of one page.
 *
 *   npm run bench:render
 *   BENCH_RENDERS=2000 npm run bench:render
 *   BENCH_DATABASE_URL=postgres://user:pw@localhost:5432/postgres npm run bench:render
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/render.bench.ts   # where the time goes
 *
 * Environment: BENCH_RENDERS (pages rendered per database after a warm-up of a fifth as many,
 * 500), BENCH_DATABASES (pglite,postgres), BENCH_DATABASE_URL or TEST_DATABASE_URL.
 */
import os from 'node:os';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { importRecords, SAMPLE_DIR } from '../src/ingest/sample/import-sample.ts';
import { createServices } from '../src/services.ts';
import { intEnv, row, throwawayServerDatabase } from './bench-support.ts';

const renders = intEnv('BENCH_RENDERS', 500, 1);
const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim() || null;
const wanted = (process.env.BENCH_DATABASES?.trim() || 'pglite,postgres').split(',').map((s) => s.trim());

/** Lumykras and the sample's largest records, in languages of three scripts. */
const PAGES = ['lumykras', 'keytruda', 'xenical', 'wegovy', 'abecma'].flatMap((slug) =>
  ['en', 'sv', 'el'].map((lang) => `/${lang}/medicines/human/EPAR/${slug}`),
);

interface Result {
  database: string;
  pagesPerSecond: number;
  p50: number;
  p95: number;
  cpuPerPage: number;
}

async function measure(kind: 'pglite' | 'postgres'): Promise<Result> {
  const opened =
    kind === 'pglite'
      ? { database: await openDatabase({ databaseUrl: null, dataDir: 'memory://' }), dispose: async () => {} }
      : await throwawayServerDatabase(serverUrl!);
  const services = await createServices(loadConfig({ LOG_LEVEL: 'silent', PAGE_CACHE_ENTRIES: '0', RATE_LIMIT: '0' }), { database: opened.database });
  try {
    if (services.config.pageCacheEntries !== 0) throw new Error('the page cache is on');
    const summary = await importRecords(services.writer, [SAMPLE_DIR], { progress: null });
    if (summary.failed > 0) throw new Error(`the sample catalogue did not import: ${JSON.stringify(summary.errors)}`);
    const app = await createApp(services, { logger: false });
    try {
      const render = async (url: string) => {
        const res = await app.inject({ method: 'GET', url });
        if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
      };
      for (let i = 0; i < Math.max(PAGES.length, Math.ceil(renders / 5)); i++) await render(PAGES[i % PAGES.length]!);
      const times: number[] = [];
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      for (let i = 0; i < renders; i++) {
        const t = performance.now();
        await render(PAGES[i % PAGES.length]!);
        times.push(performance.now() - t);
      }
      const elapsed = performance.now() - started;
      const cpu = process.cpuUsage(cpuStart);
      times.sort((a, b) => a - b);
      return {
        database: kind,
        pagesPerSecond: (renders / elapsed) * 1000,
        p50: times[Math.floor(times.length * 0.5)]!,
        p95: times[Math.floor(times.length * 0.95)]!,
        cpuPerPage: (cpu.user + cpu.system) / 1000 / renders,
      };
    } finally {
      await app.close();
    }
  } finally {
    await services.close();
    await opened.dispose();
  }
}

console.log(`OpenEPAR render benchmark: ${renders} uncached medicine pages (${PAGES.length} pages in turn: 5 medicines × en, sv, el), one at a time`);
console.log(`node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`.trimEnd());
const kinds: ('pglite' | 'postgres')[] = [];
if (wanted.includes('pglite')) kinds.push('pglite');
if (wanted.includes('postgres')) {
  if (serverUrl) kinds.push('postgres');
  else console.log('NOTE: no PostgreSQL server configured (BENCH_DATABASE_URL or TEST_DATABASE_URL): measuring PGlite only.');
}
const results: Result[] = [];
for (const kind of kinds) results.push(await measure(kind));

console.log('');
const widths = [9, 9, 9, 9, 16];
console.log(row(['database', 'pages/s', 'p50', 'p95', 'CPU per page'], widths));
console.log(row(widths.map((w) => '-'.repeat(w)), widths));
for (const r of results) console.log(row([r.database, r.pagesPerSecond.toFixed(0), `${r.p50.toFixed(2)} ms`, `${r.p95.toFixed(2)} ms`, `${r.cpuPerPage.toFixed(2)} ms`], widths));
console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
