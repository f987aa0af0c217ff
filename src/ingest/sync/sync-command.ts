/**
 * `openepar sync ema`: the command line of `syncEma`. Kept out of the CLI's main module so the
 * sync's options (there are many) do not crowd the import commands' parser.
 *
 * Exit code 0 when everything went, 1 when anything failed, 2 on wrong usage, 130 when
 * interrupted (Ctrl-C; run the same command again to go on).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { createSyncDeps, syncEma, SyncOptionsError, type SyncDeps, type SyncSummary } from './sync-ema.ts';
import { SyncStateError } from './sync-state.ts';

/** Defaults: EMA's own site, data/sync, every human medicine, every language, 2 requests at once 250 ms apart. */
export const SYNC_USAGE =
  'openepar sync ema [--base-url <url>] [--state-dir <dir>] [--limit <n>] [--only <slug,...>] [--langs <code,...>] [--concurrency <n>] [--delay <ms>] [--as-of YYYY-MM-DD] [--json]';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  /** For tests: importers to use instead of the real ones (then no database is opened). */
  deps?: SyncDeps;
  /** Services already open (the CLI's, or a portal's running the command); otherwise opened here. */
  services?: Services;
  signal?: AbortSignal;
  /** What a relative `--state-dir` is relative to (the caller's directory when a portal runs it). */
  cwd?: string;
}

export async function runSyncCommand(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`openepar: ${message}\n\nUsage:\n  ${SYNC_USAGE}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'base-url': { type: 'string' },
        'state-dir': { type: 'string' },
        limit: { type: 'string' },
        only: { type: 'string' },
        langs: { type: 'string' },
        concurrency: { type: 'string' },
        delay: { type: 'string' },
        'as-of': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals[0] !== 'ema' || positionals.length > 1) return usage('sync what? The one source is "ema": openepar sync ema');
  const whole = (name: string, raw: string | undefined, min: number): number | null | string => {
    if (raw === undefined) return null;
    const n = Number(raw);
    return Number.isInteger(n) && n >= min ? n : `--${name} "${raw}" must be a whole number of at least ${min}`;
  };
  const limit = whole('limit', values.limit, 0);
  const concurrency = whole('concurrency', values.concurrency, 1);
  const delay = whole('delay', values.delay, 0);
  for (const v of [limit, concurrency, delay]) if (typeof v === 'string') return usage(v);
  const asOf = values['as-of'] ? new Date(`${values['as-of']}T00:00:00Z`) : null;
  if (asOf && Number.isNaN(asOf.getTime())) return usage(`--as-of "${values['as-of']}" is not a date (YYYY-MM-DD)`);
  const list = (raw: string | undefined) => (raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : null);

  // The first Ctrl-C stops cleanly (state saved, summary printed); a second one kills as usual.
  const controller = new AbortController();
  const onInterrupt = () => {
    io.stderr.write('\nstopping: finishing the item in progress (Ctrl-C again to kill)\n');
    controller.abort();
  };
  if (!io.signal) process.once('SIGINT', onInterrupt);
  const signal = io.signal ?? controller.signal;

  let services;
  try {
    let deps = io.deps;
    if (!deps && io.services) deps = createSyncDeps(io.services);
    if (!deps) {
      services = await createServices(loadConfig());
      deps = createSyncDeps(services);
    }
    const summary = await syncEma(deps, {
      baseUrl: values['base-url'],
      // Run by a portal, relative to the caller's directory, as the portal's is not the caller's.
      stateDir: io.cwd ? path.resolve(io.cwd, values['state-dir'] ?? 'data/sync') : values['state-dir'],
      limit: limit as number | null,
      only: list(values.only),
      langs: list(values.langs),
      // Unset options take syncEma's defaults (2 at once, 250 ms apart), kept in one place.
      concurrency: (concurrency as number | null) ?? undefined,
      minDelayMs: (delay as number | null) ?? undefined,
      asOf,
      signal,
      progress: values.json ? null : (io.stderr as NodeJS.WriteStream),
    });
    if (values.json) io.stdout.write(`${JSON.stringify(summary)}\n`);
    else io.stderr.write(`${formatSyncSummary(summary)}\n`);
    if (summary.interrupted) {
      if (!values.json) io.stderr.write('interrupted: run the same command again to go on from here\n');
      return 130;
    }
    return summary.failed > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof SyncOptionsError) return usage(e.message);
    if (e instanceof ConfigError || e instanceof SyncStateError) {
      io.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    await services?.close();
  }
}

export function formatSyncSummary(s: SyncSummary): string {
  const lines = [
    `downloaded ${s.downloaded}, unchanged ${s.unchanged}, missing ${s.missing}; imported ${s.imported}, updated ${s.updated}; failed ${s.failed}`,
  ];
  for (const e of s.errors) lines.push(`  ✗ ${'url' in e ? e.url : e.file}: ${e.message}`);
  return lines.join('\n');
}
