/**
 * The writers of the flat layout. Each takes the rows page by page (an async iterable of
 * batches, as the repository reads them with keyset paging) and writes them to a stream as it
 * goes, waiting whenever the stream is full: however large the catalogue, one page of rows and
 * the writer's own buffer are all that is held in memory.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { EXPORT_COLUMNS, cellText, type CellValue, type ExportColumn, type ExportRow } from './export-layout.ts';

export type RowPages = AsyncIterable<readonly ExportRow[]>;
/** Writes every page to `out` (without ending it) and answers the number of rows written. */
export type RowWriter = (pages: RowPages, out: Writable) => Promise<number>;

/** Writes a chunk, waiting for the stream to drain when it asks to. */
export async function put(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!out.write(chunk)) await drained(out);
  if (out.destroyed) throw new OutputClosedError();
}

/**
 * Waits until `stream` drains or closes. The listener that did not fire is removed: a long
 * export waits thousands of times on one response, and leftover 'close' listeners would pile up.
 */
async function drained(stream: Writable): Promise<void> {
  const stop = new AbortController();
  try {
    await Promise.race([once(stream, 'drain', { signal: stop.signal }), once(stream, 'close', { signal: stop.signal })]);
  } finally {
    stop.abort();
  }
}

/** RFC 4180: a field is quoted when it holds a comma, a quote or a line break; quotes are doubled. */
export function csvField(value: CellValue): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CellValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** UTF-8 with a byte-order mark, so that spreadsheet programs do not read it as their local code page. */
export const writeCsv: RowWriter = async (pages, out) => {
  await put(out, `\uFEFF${csvLine(EXPORT_COLUMNS.map((c) => c.name))}`);
  let count = 0;
  for await (const page of pages) {
    await put(out, page.map((row) => csvLine(EXPORT_COLUMNS.map((c) => row[c.name] ?? null))).join(''));
    count += page.length;
  }
  return count;
};

/** One JSON object a line, keys in the layout's order, typed values (booleans, integers, null). */
export const writeJsonLines: RowWriter = async (pages, out) => {
  let count = 0;
  for await (const page of pages) {
    await put(out, page.map((row) => `${JSON.stringify(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.name, row[c.name] ?? null])))}\n`).join(''));
    count += page.length;
  }
  return count;
};

/** A date of the layout as the Date a spreadsheet shows as that day. */
const excelDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * exceljs's streaming WorkbookWriter: each row is committed (written into the zip stream and
 * forgotten) as soon as it is added, and every few rows the writer waits for the zip to catch up.
 */
export const writeXlsx: RowWriter = async (pages, out) =>
  streamWorkbook(out, 'Medicines', async (sheet, settle) => {
    sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.name, key: c.name, width: c.type === 'string' ? 30 : 14, style: c.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {} }));
    sheet.getRow(1).commit();
    let count = 0;
    for await (const page of pages) {
      for (const row of page) {
        sheet.addRow(EXPORT_COLUMNS.map((c) => xlsxValue(c, row[c.name] ?? null))).commit();
        if (++count % SETTLE_EVERY === 0) await settle();
      }
    }
    return count;
  });

/** Rows written between two waits for the zip to catch up: about 64 KB of a sheet's XML. */
export const SETTLE_EVERY = 50;

/** An empty value makes no cell at all (exceljs skips `undefined`): a third of the layout's cells are empty, and each cell is garbage to collect. */
function xlsxValue(column: ExportColumn, value: CellValue): ExcelJS.CellValue | undefined {
  if (value === null) return undefined;
  return column.type === 'date' && typeof value === 'string' ? excelDate(value) : value;
}

/**
 * Runs `fill` on one worksheet of a streaming workbook written to `out`, and finishes the file.
 * `fill` calls `settle` every few rows to let what it committed reach `out` before it makes more.
 */
export async function streamWorkbook(
  out: Writable,
  sheetName: string,
  fill: (sheet: ExcelJS.Worksheet, settle: () => Promise<void>) => Promise<number>,
): Promise<number> {
  // exceljs ends the stream it writes to; `out` must stay open for the caller, so a relay writes into it.
  const { PassThrough } = await import('node:stream');
  const relay = new PassThrough();
  const relayed = (async () => {
    for await (const chunk of relay) await put(out, chunk as Buffer);
  })();
  // No shared strings table and no styles beyond the date format of a column: both are held
  // in memory until the end, and the first grows with every distinct text.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: relay, useSharedStrings: false, useStyles: true });
  // A relay that failed (the output closed) must stop the rows too, not let them pile up unread.
  relayed.catch(() => relay.destroy());
  workbook.creator = 'OpenEPAR';
  const sheet = workbook.addWorksheet(sheetName);
  try {
    const count = await fill(sheet, () => settleSheet(sheet, out));
    sheet.commit();
    await workbook.commit();
    await relayed;
    return count;
  } catch (error) {
    relay.destroy();
    await relayed.catch(() => undefined);
    throw error;
  }
}

/**
 * exceljs writes a sheet's XML into the zip without heeding backpressure: its buffer hands each
 * 64 KB to the stream archiver reads the entry from (a PassThrough) whether or not archiver has
 * read the last, so while deflate or the client lags, uncompressed XML piles up there (tens of
 * MB for the catalogue). Waiting for that stream to drain, then for `out`, keeps one buffer's
 * worth in flight. That stream is reached through exceljs 4.4's and archiver 5's internals (both
 * pinned by the lock file): should they change, the wait falls back to `out` alone.
 */
async function settleSheet(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  // archiver's PassThrough comes from readable-stream 2, which has no `writableNeedDrain`.
  const entry = (sheet as unknown as { stream?: { pipes?: ZipEntryInput[] } }).stream?.pipes?.[0];
  if (entry?._writableState?.needDrain === true) await drained(entry as unknown as Writable);
  await settle(out);
}

interface ZipEntryInput {
  _writableState?: { needDrain?: boolean };
}

/** Lets the zip stream pass what was committed on to the output before more rows are made. */
export async function settle(out: Writable): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (out.writableNeedDrain) await drained(out);
  // A client that went away: stop reading the catalogue rather than zip it for no one.
  if (out.destroyed) throw new OutputClosedError();
}

/** The stream an export was written to closed before the export was complete (a client hung up). */
export class OutputClosedError extends Error {
  constructor() {
    super('the output was closed before the export was written');
  }
}

/** The Parquet physical type of each column type: dates as DATE (days since 1970), integers as INT32. */
const PARQUET_TYPES = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE' },
  integer: { type: 'INT32' },
} as const;

/**
 * hyparquet-writer's ParquetWriter appends one row group per `write` and calls its writer's
 * `flush` after each, so every page of rows becomes a row group whose bytes go out at once:
 * memory holds one page's columns and its encoded group, never the file.
 */
export const writeParquet: RowWriter = async (pages, out) => {
  const bytes = new StreamingByteWriter(out);
  const writer = new ParquetWriter({
    writer: bytes,
    schema: [
      { name: 'root', num_children: EXPORT_COLUMNS.length },
      ...EXPORT_COLUMNS.map((c) => ({ name: c.name, repetition_type: c.required ? ('REQUIRED' as const) : ('OPTIONAL' as const), ...PARQUET_TYPES[c.type] })),
    ],
    createdBy: 'OpenEPAR',
  });
  let count = 0;
  for await (const page of pages) {
    if (page.length === 0) continue;
    await writer.write({
      columnData: EXPORT_COLUMNS.map((c) => ({
        name: c.name,
        data: page.map((row) => parquetValue(c, row[c.name] ?? null)),
      })),
      rowGroupSize: page.length,
    });
    count += page.length;
  }
  writer.finish();
  await bytes.drained();
  return count;
};

function parquetValue(column: ExportColumn, value: CellValue): CellValue | Date {
  if (value === null) return null;
  // hyparquet-writer takes DATE columns as Dates (it converts them to days since the epoch).
  return column.type === 'date' && typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
}

/** A ByteWriter that hands its bytes to a stream at every flush and starts again from an empty buffer. */
class StreamingByteWriter extends ByteWriter {
  readonly #out: Writable;
  #pending: Promise<void> = Promise.resolve();

  constructor(out: Writable) {
    super(1 << 16);
    this.#out = out;
  }

  flush(): Promise<void> {
    const chunk = new Uint8Array(this.buffer.slice(0, this.index));
    this.index = 0;
    this.#pending = this.#pending.then(() => put(this.#out, chunk));
    return this.#pending;
  }

  override finish(): void {
    void this.flush();
  }

  drained(): Promise<void> {
    return this.#pending;
  }
}

export const FLAT_WRITERS = { csv: writeCsv, jsonl: writeJsonLines, xlsx: writeXlsx, parquet: writeParquet } as const;
