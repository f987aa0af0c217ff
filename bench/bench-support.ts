/**
 * What the benchmarks share: settings from the environment, autocannon (untyped CommonJS) and
 * the plain-text tables they print.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { openDatabase, type Database } from '../src/db/database.ts';

/** A whole number from the environment, or the fallback; anything else stops the bench. */
export function intEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`${name}="${raw}" must be a whole number of at least ${min}`);
    process.exit(2);
  }
  return n;
}

/* ---------- autocannon ---------- */

export interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}
export interface AutocannonResult {
  requests: Histogram & { total: number };
  /** With `withP95()` called first, also `p95`. */
  latency: Histogram & { p95?: number; p90: number; p97_5: number };
  throughput: Histogram & { total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const requireHere = createRequire(import.meta.url);
export const autocannon = requireHere('autocannon') as Autocannon;

/**
 * autocannon reports the latency percentiles listed in hdr-histogram-percentiles-obj's exported
 * `percentiles` array (p90, p97.5, p99 …, no p95) and, with worker threads, computes them on the
 * main thread from the merged histogram. Adding 95 to that array (the very module instance
 * autocannon loads) makes every result carry an exact `p95` rather than an interpolation.
 */
export function withP95(): void {
  const fromAutocannon = createRequire(requireHere.resolve('autocannon'));
  const { percentiles } = fromAutocannon('hdr-histogram-percentiles-obj') as { percentiles: number[] };
  if (!percentiles.includes(95)) percentiles.push(95);
}

/** What went wrong in a run: no requests, error statuses, connection errors. */
export function check(name: string, r: AutocannonResult): string[] {
  const problems: string[] = [];
  if (r.requests.total === 0) problems.push(`${name}: no requests completed`);
  if (r.non2xx > 0) problems.push(`${name}: ${r.non2xx} non-2xx responses`);
  if (r.errors > 0) problems.push(`${name}: ${r.errors} connection errors (${r.timeouts} timeouts)`);
  return problems;
}

/* ---------- report ---------- */

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const rssNow = () => mb(process.memoryUsage().rss);

/** One line of a table: the first cell left-aligned, the others right-aligned. */
export function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

/** A database of its own on the PostgreSQL server at `url`, dropped by `dispose`. */
export async function throwawayServerDatabase(url: string): Promise<{ database: Database; dispose: () => Promise<void> }> {
  const pg = (await import('pg')).default;
  const name = `openepar_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString(), dataDir: '' });
  return {
    database,
    async dispose() {
      await database.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}
