/**
 * `openepar sync ema`: fetches EMA's medicines table and, for each human medicine in it, the
 * medicine overview and product information PDFs in every language, from EMA's own URLs, and
 * imports what is new or changed through the ordinary importers.
 *
 * A sync is meant to be run again and again (daily, or after an interruption): what has not
 * changed at EMA is neither downloaded nor imported again, and what was done before a crash is
 * not done twice. See `sync-state.ts` for what is remembered and `polite-downloader.ts` for how
 * EMA's server is treated.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { importDocuments } from '../documents/import-documents.ts';
import { importProductInformation } from '../product-information/import-product-information.ts';
import { importEmaTables } from '../ema-table/import-ema-table.ts';
import { readEmaTable, type EmaTable } from '../ema-table/read-ema-table.ts';
import { importOverviews } from '../overview/import-overview.ts';
import { emptySummary, type ImportSummary } from '../import-runner.ts';
import type { Services } from '../../services.ts';
import { DownloadError, PoliteDownloader, USER_AGENT, type BackoffOptions, type DownloadOutcome } from './polite-downloader.ts';
import { SyncState, type UrlRecord } from './sync-state.ts';

/** The languages of EMA's medicine overviews (no Irish, Icelandic or Norwegian). */
export const OVERVIEW_LANGS = [
  'en', 'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'hr', 'hu',
  'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;
/** Product information also comes in Icelandic and Norwegian (EEA countries). */
export const PRODUCT_INFORMATION_LANGS = [...OVERVIEW_LANGS, 'is', 'no'] as const;

export const EMA_BASE_URL = 'https://www.ema.europa.eu';
export const TABLE_PATH = 'en/documents/report/medicines-output-medicines-report_en.xlsx';

export interface SyncDeps {
  importTable(file: string, options: { asOf?: Date; progress?: NodeJS.WriteStream | null }): Promise<ImportSummary>;
  importOverview(file: string): Promise<ImportSummary>;
  importDocument(file: string): Promise<ImportSummary>;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface SyncOptions {
  /** EMA's site, or a mirror of it laid out the same way. */
  baseUrl?: string;
  /** Where the state and the downloaded files are kept. Default `data/sync`. */
  stateDir?: string;
  /** Only the first `limit` human medicines of the table (after `only`). */
  limit?: number | null;
  /** Only these medicines (EMA's slugs). */
  only?: string[] | null;
  /** Only these languages; each kind of document is fetched in those of them it exists in. */
  langs?: string[] | null;
  /** Requests in flight at once. Default 2. */
  concurrency?: number;
  /** The least time between the starts of two requests. Default 250 ms. */
  minDelayMs?: number;
  /** Further attempts after a 429, 5xx, timeout or network error. Default 5. */
  retries?: number;
  backoff?: Partial<BackoffOptions>;
  maxRetryAfterMs?: number;
  /** For one request, body included. Default 60 s. */
  timeoutMs?: number;
  /** The table's date, when it does not give one. */
  asOf?: Date | null;
  /** Stops the sync; what was completed is kept and the next run goes on from there. */
  signal?: AbortSignal;
  /** Where progress goes; drawn only on a terminal. */
  progress?: NodeJS.WriteStream | null;
  userAgent?: string;
}

export type SyncError = { url: string; message: string } | { file: string; message: string };

export interface SyncSummary {
  /** URLs fetched whose content was new or changed. */
  downloaded: number;
  /** URLs the server said were unchanged (304), or sent again byte for byte. */
  unchanged: number;
  /** URLs answered 404 or 410: documents EMA does not have in that language. */
  missing: number;
  /** What the importers created and updated: table rows and documents. */
  imported: number;
  updated: number;
  /** Downloads that failed for good, and items the importers refused. */
  failed: number;
  errors: SyncError[];
  /** True when stopped by the signal: run again to go on. */
  interrupted: boolean;
}

/** A usage mistake in the options, reported before anything is fetched. */
export class SyncOptionsError extends Error {}

const DEFAULTS = {
  stateDir: 'data/sync',
  concurrency: 2,
  minDelayMs: 250,
  retries: 5,
  backoff: { baseMs: 1000, factor: 2, maxMs: 60_000 },
  maxRetryAfterMs: 10 * 60_000,
  timeoutMs: 60_000,
};

// Slugs come from the table and become file names: nothing that could climb out of the folder.
const SAFE_SLUG = /^[a-z0-9][a-z0-9-]*$/;

export type ItemKind = 'table' | 'overview' | 'product-information';

export interface Item {
  kind: ItemKind;
  url: string;
  /** The local copy, relative to the state folder; the file name is EMA's, which the importers read. */
  relPath: string;
}

/** The real importers, on the given services. */
export function createSyncDeps(services: Services): SyncDeps {
  return {
    importTable: (file, options) => importEmaTables(services.writer, [file], options),
    importOverview: (file) => importOverviews(services, [file], {}),
    importDocument: (file) => (PRODUCT_INFORMATION_FILE.test(path.basename(file)) ? importProductInformationFile(services, file) : importDocuments(services, [file], {})),
  };
}

const PRODUCT_INFORMATION_FILE = /-epar-product-information_[a-z]{2}\.pdf$/;

/**
 * A product-information PDF is read into its sections in its language (and kept as the medicine's
 * stored file, as `import product-information` does); one whose sections cannot be read is still
 * stored, the reason kept as a warning, so a sync never loses a file it used to keep.
 */
async function importProductInformationFile(services: Services, file: string): Promise<ImportSummary> {
  const structured = await importProductInformation(services, [file], {});
  if (structured.failed === 0) return structured;
  const stored = await importDocuments(services, [file], {});
  const unread = structured.errors.map((e) => ({ file, row: null, column: 'file', value: path.basename(file), message: `its sections could not be read: ${e.message}` }));
  return { ...stored, warnings: [...(stored.warnings ?? []), ...(stored.failed === 0 ? unread : [])] };
}

export async function syncEma(deps: SyncDeps, options: SyncOptions = {}): Promise<SyncSummary> {
  const baseUrl = checkBaseUrl(options.baseUrl ?? EMA_BASE_URL);
  const langs = checkLangs(options.langs ?? null);
  const only = options.only?.length ? new Set(options.only.map((s) => s.trim().toLowerCase()).filter(Boolean)) : null;
  const limit = options.limit ?? null;
  if (limit !== null && !(Number.isInteger(limit) && limit >= 0)) throw new SyncOptionsError(`limit must be a whole number, not ${limit}`);
  const concurrency = options.concurrency ?? DEFAULTS.concurrency;
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) throw new SyncOptionsError(`concurrency must be a whole number of at least 1, not ${concurrency}`);

  const stateDir = path.resolve(options.stateDir ?? DEFAULTS.stateDir);
  const summary: SyncSummary = { downloaded: 0, unchanged: 0, missing: 0, imported: 0, updated: 0, failed: 0, errors: [], interrupted: false };
  // Stopping on a fatal error (a full disk) goes through the same path as the caller's signal.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const now = deps.now ?? Date.now;
  const progress = options.progress?.isTTY ? new SyncProgress(options.progress) : null;
  const downloader = new PoliteDownloader({
    userAgent: options.userAgent ?? USER_AGENT,
    concurrency,
    minDelayMs: options.minDelayMs ?? DEFAULTS.minDelayMs,
    retries: options.retries ?? DEFAULTS.retries,
    backoff: { ...DEFAULTS.backoff, ...options.backoff },
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    signal,
    fetch: deps.fetch,
    now,
    sleep: deps.sleep,
    random: deps.random,
    onRetry: (e) => progress?.note(`retrying ${e.url} in ${(e.delayMs / 1000).toFixed(1)} s: ${e.reason}`),
  });

  const state = await SyncState.open(stateDir, 'ema');
  // Imports run one at a time: two documents of one medicine written at once would race for its record.
  let importing: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = importing.then(() => {
      signal.throwIfAborted();
      return task();
    });
    importing = run.catch(() => {});
    return run;
  };

  const addImport = (s: ImportSummary) => {
    summary.imported += s.imported;
    summary.updated += s.updated;
    summary.failed += s.failed;
    summary.errors.push(...s.errors);
  };

  /**
   * Fetches one item and imports it when new or when an earlier import did not succeed.
   * Returns the local file when there is one to use, null when missing or failed.
   */
  const syncItem = async (item: Item, importer: (file: string) => Promise<ImportSummary>): Promise<string | null> => {
    const previous = state.get(item.url);
    const file = path.join(stateDir, item.relPath);
    // Without the local copy a 304 would leave nothing to import or read, so ask unconditionally.
    const haveCopy = previous?.sha256 != null && previous.path === item.relPath && (await fileExists(file));
    const validators = haveCopy ? { etag: previous.etag, lastModified: previous.lastModified } : {};
    progress?.item(path.basename(item.relPath));
    let outcome: DownloadOutcome;
    try {
      outcome = await downloader.download(item.url, file, validators);
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      if (!(e instanceof DownloadError)) throw e;
      summary.failed++;
      summary.errors.push({ url: item.url, message: e.message });
      progress?.count(summary);
      return null;
    }
    const checkedAt = new Date(now()).toISOString();
    if (outcome.kind === 'missing') {
      summary.missing++;
      await state.set(item.url, { status: 'missing', path: null, etag: null, lastModified: null, sha256: null, bytes: null, checkedAt });
      progress?.count(summary);
      return null;
    }
    if (outcome.kind === 'not-modified' && !haveCopy) {
      summary.failed++;
      summary.errors.push({ url: item.url, message: 'the server answered 304 Not Modified to a request that was not conditional' });
      return null;
    }
    let record: UrlRecord;
    if (outcome.kind === 'not-modified') {
      record = { ...previous!, etag: outcome.etag ?? previous!.etag, lastModified: outcome.lastModified ?? previous!.lastModified, checkedAt };
      summary.unchanged++;
    } else {
      const same = previous?.sha256 === outcome.sha256;
      record = {
        status: same ? previous!.status : 'downloaded',
        path: item.relPath,
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        sha256: outcome.sha256,
        bytes: outcome.bytes,
        checkedAt,
      };
      if (same) summary.unchanged++;
      else summary.downloaded++;
    }
    // Recorded before importing, so an interrupted run imports this copy next time instead of fetching it again.
    await state.set(item.url, record);
    progress?.count(summary);
    if (record.status === 'imported') return file;

    let result: ImportSummary;
    try {
      result = await serially(() => importer(file));
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      result = { ...emptySummary(), failed: 1, errors: [{ file, message: e instanceof Error ? e.message : String(e) }] };
    }
    addImport(result);
    const { error: _, ...rest } = record;
    await state.set(
      item.url,
      result.failed > 0 ? { ...rest, status: 'import-failed', error: result.errors.map((x) => x.message).join('; ') } : { ...rest, status: 'imported' },
    );
    progress?.count(summary);
    return file;
  };

  try {
    const tableItem: Item = { kind: 'table', url: `${baseUrl}/${TABLE_PATH}`, relPath: TABLE_PATH };
    progress?.note(`fetching ${tableItem.url}`);
    // Read once whether it is imported or not (its rows say what else to fetch); a failure is reported once.
    let reading: Promise<EmaTable> | null = null;
    let unreadable: ImportSummary | null = null;
    const readTable = async (file: string): Promise<EmaTable | null> => {
      try {
        return await (reading ??= readEmaTable(file));
      } catch (e) {
        unreadable ??= { ...emptySummary(), failed: 1, errors: [{ file, message: `cannot read EMA's table: ${e instanceof Error ? e.message : String(e)}` }] };
        return null;
      }
    };
    let reported = false;
    const tableFile = await syncItem(tableItem, async (file) => {
      const table = await readTable(file);
      if (!table) {
        reported = true;
        return unreadable!;
      }
      progress?.note(`importing ${table.rows.length} rows of EMA's table`);
      const asOf = options.asOf ?? (table.snapshotDate ? undefined : (lastModifiedOf(state.get(tableItem.url)) ?? new Date(now())));
      return deps.importTable(file, { asOf, progress: options.progress ?? null });
    });
    if (tableFile === null) {
      if (state.get(tableItem.url)?.status === 'missing') {
        summary.failed++;
        summary.errors.push({ url: tableItem.url, message: "EMA's medicines table is not there (404): is the base URL right?" });
      }
      return summary;
    }
    const table = await readTable(tableFile);
    if (!table) {
      if (!reported) addImport(unreadable!);
      return summary;
    }

    const items = documentItems(baseUrl, table.rows, { only, limit, langs }, summary);
    progress?.start(items.length + 1);
    let next = 0;
    const worker = async () => {
      while (!signal.aborted) {
        const item = items[next++];
        if (!item) return;
        await syncItem(item, item.kind === 'overview' ? deps.importOverview : deps.importDocument);
      }
    };
    // More workers than request slots, so downloads go on while one worker waits for its import.
    const workers = Array.from({ length: Math.min(items.length, concurrency * 2) }, () =>
      worker().catch((e) => {
        if (!signal.aborted) stop.abort(e);
      }),
    );
    await Promise.all(workers);
    signal.throwIfAborted();
    return summary;
  } catch (e) {
    if (options.signal?.aborted && !stop.signal.aborted) {
      summary.interrupted = true;
      return summary;
    }
    throw e;
  } finally {
    progress?.done(summary);
    await state.close();
  }
}

/** The overview and product information URLs of the human medicines chosen; problems go into `summary`. */
export function documentItems(
  baseUrl: string,
  rows: { slug: string | null; category: string }[],
  filter: { only: Set<string> | null; limit: number | null; langs: Set<string> | null },
  summary: SyncSummary,
): Item[] {
  let medicines = [...new Set(rows.filter((r) => r.category === 'human' && r.slug).map((r) => r.slug!.toLowerCase()))];
  if (filter.only) {
    for (const slug of filter.only) {
      if (!medicines.includes(slug)) {
        summary.failed++;
        summary.errors.push({ url: `${baseUrl}/${TABLE_PATH}`, message: `no human medicine "${slug}" in EMA's table` });
      }
    }
    medicines = medicines.filter((slug) => filter.only!.has(slug));
  }
  if (filter.limit !== null) medicines = medicines.slice(0, filter.limit);
  const wanted = (lang: string) => !filter.langs || filter.langs.has(lang);
  const items: Item[] = [];
  for (const slug of medicines) {
    if (!SAFE_SLUG.test(slug)) {
      summary.failed++;
      summary.errors.push({ url: `${baseUrl}/${TABLE_PATH}`, message: `"${slug}" is not a slug that can name a file; skipped` });
      continue;
    }
    for (const lang of OVERVIEW_LANGS.filter(wanted)) {
      const relPath = `${lang}/documents/overview/${slug}-epar-medicine-overview_${lang}.pdf`;
      items.push({ kind: 'overview', url: `${baseUrl}/${relPath}`, relPath });
    }
    for (const lang of PRODUCT_INFORMATION_LANGS.filter(wanted)) {
      const relPath = `${lang}/documents/product-information/${slug}-epar-product-information_${lang}.pdf`;
      items.push({ kind: 'product-information', url: `${baseUrl}/${relPath}`, relPath });
    }
  }
  return items;
}

function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SyncOptionsError(`base URL "${raw}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SyncOptionsError(`base URL "${raw}" is not http or https`);
  return url.href.replace(/\/+$/, '');
}

function checkLangs(langs: string[] | null): Set<string> | null {
  if (!langs || langs.length === 0) return null;
  const known = new Set<string>(PRODUCT_INFORMATION_LANGS);
  const wanted = new Set(langs.map((l) => l.trim().toLowerCase()).filter(Boolean));
  const unknown = [...wanted].filter((l) => !known.has(l));
  if (unknown.length) throw new SyncOptionsError(`unknown language ${unknown.map((l) => `"${l}"`).join(', ')}; EMA's are ${PRODUCT_INFORMATION_LANGS.join(' ')}`);
  return wanted;
}

function lastModifiedOf(record: UrlRecord | undefined): Date | undefined {
  const date = record?.lastModified ? new Date(record.lastModified) : null;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function fileExists(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false);
}

/** One line on a terminal, redrawn at most a few times a second. */
class SyncProgress {
  readonly #out: NodeJS.WriteStream;
  readonly #started = Date.now();
  #total = 0;
  #done = 0;
  #current = '';
  #counts = '';
  #lastDraw = 0;

  constructor(out: NodeJS.WriteStream) {
    this.#out = out;
  }

  start(total: number): void {
    this.#total = total;
    this.#draw(true);
  }

  item(name: string): void {
    this.#current = name;
    this.#draw(false);
  }

  count(s: SyncSummary): void {
    this.#done = s.downloaded + s.unchanged + s.missing + s.errors.filter((e) => 'url' in e).length;
    this.#counts = `new ${s.downloaded} · unchanged ${s.unchanged} · missing ${s.missing} · failed ${s.failed}`;
    this.#draw(false);
  }

  note(message: string): void {
    this.#out.write(`\r\x1b[K${message}\n`);
    this.#draw(true);
  }

  done(s: SyncSummary): void {
    this.count(s);
    this.#out.write(`\r\x1b[K${s.interrupted ? 'interrupted after' : 'synced'} ${this.#done} URLs in ${((Date.now() - this.#started) / 1000).toFixed(1)} s\n`);
  }

  #draw(force: boolean): void {
    const now = Date.now();
    if (!force && now - this.#lastDraw < 100) return;
    this.#lastDraw = now;
    const of = this.#total ? `${this.#done}/${this.#total}` : `${this.#done}`;
    const columns = this.#out.columns || 100;
    this.#out.write(`\r\x1b[K${`${of} ${this.#counts}  ${this.#current}`.slice(0, columns - 1)}`);
  }
}
