/**
 * What every importer shares: expanding folders into files, reading them defensively, one
 * unit of work (and transaction) per item, a batch that goes on past a bad item, a progress
 * bar on a terminal, and the summary `{imported, updated, unchanged, failed, errors, warnings}`.
 */
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConflictError, ImportError } from '../domain/errors.ts';
import type { WriteOutcome } from '../features/medicines/medicine-write.service.ts';

export interface ImportSummary {
  imported: number;
  updated: number;
  unchanged: number;
  /** Items (files, table rows) not imported; each has an entry in `errors`. */
  failed: number;
  errors: { file: string; message: string }[];
  /**
   * What could not be read in items that were imported all the same; they do not count as
   * failures. Optional only so that summaries built by hand (tests, importers that read every
   * value or fail) need not spell out an empty list; `emptySummary()` has it.
   */
  warnings?: ImportWarning[];
}

/**
 * A value that could not be read and was left out, its item imported without it (the field is
 * left to other sources). `row` is the table row or line of the file; `column` names the column
 * as the file spells it.
 */
export interface ImportWarning {
  file: string;
  row: number | null;
  column: string;
  value: string;
  message: string;
}

export interface RunOptions {
  /** Where progress goes; a bar is drawn only when it is a terminal. */
  progress?: NodeJS.WriteStream | null;
}

/**
 * Imports a run of items as one unit of work (one transaction), giving each item's outcome, or
 * throws, having written none of them. See `runImport`.
 */
export type ImportBatch<T> = (items: T[]) => Promise<WriteOutcome[]>;

/** Items per batch: large enough that a transaction's cost is spread thin, small enough that redoing a failed batch one by one is cheap. */
export const BATCH_SIZE = 100;

export function emptySummary(): ImportSummary & { warnings: ImportWarning[] } {
  return { imported: 0, updated: 0, unchanged: 0, failed: 0, errors: [], warnings: [] };
}

/** Files named directly are taken as they are; folders contribute their files with `extensions`, sorted. */
export async function expandInputs(inputs: string[], extensions: string[]): Promise<{ files: string[]; errors: ImportSummary['errors'] }> {
  const files: string[] = [];
  const errors: ImportSummary['errors'] = [];
  for (const input of inputs) {
    try {
      const s = await stat(input);
      if (s.isDirectory()) {
        const entries = await readdir(input, { withFileTypes: true });
        files.push(
          ...entries
            .filter((e) => e.isFile() && extensions.some((x) => e.name.toLowerCase().endsWith(x)))
            .map((e) => path.join(input, e.name))
            .sort(),
        );
      } else {
        files.push(input);
      }
    } catch (e) {
      errors.push({ file: input, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(e) });
    }
  }
  return { files, errors };
}

export class InputError extends Error {}

/**
 * Reads a text file, refusing what cannot be a text page: empty, over `maxBytes`, binary
 * (a NUL byte), or not UTF-8. The message says which, without reading a huge file whole.
 */
export async function readTextFile(file: string, maxBytes: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) throw new InputError('the file is empty');
    if (size > maxBytes) {
      throw new InputError(`the file is ${(size / 1048576).toFixed(1)} MB, more than the ${(maxBytes / 1048576).toFixed(0)} MB limit for this kind of file`);
    }
    const bytes = await handle.readFile();
    const nul = bytes.indexOf(0);
    if (nul !== -1) throw new InputError(`binary data (a NUL byte at offset ${nul}), not a text file`);
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new InputError(`not valid UTF-8 text (first bad byte near offset ${firstInvalidUtf8(bytes)})`);
    }
  } finally {
    await handle.close();
  }
}

/** `readTextFile` for importers: what cannot be read is an ImportError naming the file. */
export async function readTextInput(file: string, maxBytes: number): Promise<string> {
  try {
    return await readTextFile(file, maxBytes);
  } catch (e) {
    throw e instanceof InputError ? new ImportError(file, e.message) : e;
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode (a cut multi-byte sequence at
  // the end of a prefix does not fail with stream: true).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/**
 * Imports each item in turn (each its own unit of work); `label` names an item in errors.
 *
 * With `importBatch`, items go in runs of `BATCH_SIZE`, each run in one transaction. A run that
 * fails is rolled back whole and its items imported again one by one, so a bad item still fails
 * alone, with its own error, and never takes the others with it.
 */
export async function runImport<T = string>(
  items: T[],
  importOne: (item: T) => Promise<WriteOutcome>,
  options: RunOptions = {},
  summary: ImportSummary = emptySummary(),
  label: (item: T) => string = String,
  importBatch?: ImportBatch<T>,
): Promise<ImportSummary> {
  const bar = options.progress?.isTTY ? new ProgressBar(options.progress, items.length) : null;
  const record = (outcome: WriteOutcome) => {
    if (outcome === 'created') summary.imported++;
    else if (outcome === 'updated') summary.updated++;
    else summary.unchanged++;
  };
  // An item that clashes with one later in the batch (EMA moves a slug from one medicine to
  // another, and the other's row comes later) is tried again once the rest has gone in.
  let deferred: { item: T; error: unknown }[] = [];
  const one = async (item: T) => {
    try {
      record(await importOne(item));
    } catch (error) {
      deferred.push({ item, error });
    }
  };
  const size = importBatch ? BATCH_SIZE : 1;
  for (let start = 0; start < items.length; start += size) {
    const run = items.slice(start, start + size);
    bar?.update(start, label(run[0]!));
    if (!importBatch || run.length === 1) {
      await one(run[0]!);
      continue;
    }
    let outcomes: WriteOutcome[] | null = null;
    try {
      outcomes = await importBatch(run);
    } catch {
      // Some item of the run failed, and the run wrote nothing: each is tried alone below.
    }
    if (outcomes) outcomes.forEach(record);
    else for (const item of run) await one(item);
  }
  for (let round = 0; round < 3 && deferred.some((d) => isConflict(d.error)); round++) {
    const retry = deferred;
    deferred = [];
    for (const d of retry) {
      if (!isConflict(d.error)) {
        deferred.push(d);
        continue;
      }
      try {
        record(await importOne(d.item));
      } catch (error) {
        deferred.push({ item: d.item, error });
      }
    }
  }
  for (const d of deferred) summary.errors.push({ file: label(d.item), message: describe(d.error) });
  bar?.done();
  summary.failed = summary.errors.length;
  return summary;
}

const describe = (e: unknown) => (e instanceof ImportError ? e.reason : e instanceof Error ? e.message : String(e));
const isConflict = (e: unknown) => e instanceof ConflictError;

class ProgressBar {
  readonly #out: NodeJS.WriteStream;
  readonly #total: number;
  readonly #started = Date.now();
  #lastDraw = 0;

  constructor(out: NodeJS.WriteStream, total: number) {
    this.#out = out;
    this.#total = total;
  }

  update(done: number, label: string): void {
    const now = Date.now();
    if (now - this.#lastDraw < 80 && done !== 0) return;
    this.#lastDraw = now;
    const width = 30;
    const ratio = this.#total === 0 ? 1 : done / this.#total;
    const filled = Math.round(ratio * width);
    const eta = done > 0 ? Math.round(((now - this.#started) / done) * (this.#total - done) / 1000) : 0;
    const name = path.basename(label).slice(0, 40);
    this.#out.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.#total} ${eta}s left  ${name}`);
  }

  done(): void {
    this.#out.write(`\r\x1b[K${this.#total} items in ${((Date.now() - this.#started) / 1000).toFixed(1)} s\n`);
  }
}

/** Warnings shown in the human summary; `--json` has them all. */
export const WARNINGS_SHOWN = 20;

export function formatSummary(s: ImportSummary): string {
  const warnings = s.warnings ?? [];
  const warned = warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
  const lines = [`imported ${s.imported}, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed}${warned}`];
  for (const e of s.errors) lines.push(`  ✗ ${e.file}: ${e.message}`);
  for (const w of warnings.slice(0, WARNINGS_SHOWN)) {
    const where = w.row === null ? w.file : `${w.file}:${w.row}`;
    const value = w.value.length > 60 ? `${w.value.slice(0, 57)}...` : w.value;
    lines.push(`  ! ${where} ${w.column} ${JSON.stringify(value)}: ${w.message}`);
  }
  const more = warnings.length - WARNINGS_SHOWN;
  if (more > 0) lines.push(`  ... and ${more} more warning${more === 1 ? '' : 's'} (--json lists them all)`);
  return lines.join('\n');
}
