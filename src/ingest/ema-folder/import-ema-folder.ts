/**
 * `openepar import ema-folder <dir>`: everything in a folder laid out as EMA publishes it (a
 * mirror of its site, or the reference corpus): the data tables, the EPAR pages, the
 * presentations, the procedural steps and the product-information PDFs, in one process and one
 * database session. Each kind's own importer does the work; a kind whose folder is missing is
 * skipped and said so, not an error.
 *
 * The files go in in the order of the dates they describe (a table's snapshot, a page's
 * capture), not kind by kind. The result is the same either way (a medicine's history is
 * derived from its sources' dates, never the order of imports), but a source older than what
 * is stored is inserted into the past, and each entry after it derived again: taken in date
 * order, almost every source is the newest yet, which costs far less.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Services } from '../../services.ts';
import { importDocuments } from '../documents/import-documents.ts';
import { readEmaTables, writeEmaTables, type DatedTable } from '../ema-table/import-ema-table.ts';
import { importEparPages, pageDate } from '../epar-pages/import-epar-pages.ts';
import { emptySummary, expandInputs, type ImportSummary, type ImportWarning, type RunOptions } from '../import-runner.ts';
import { importPresentations } from '../presentations/import-presentations.ts';
import { importProceduralSteps } from '../procedural-steps/import-procedural-steps.ts';

type FolderServices = Pick<Services, 'writer' | 'medicines' | 'documents'>;
type Options = RunOptions & { dryRun?: boolean };

interface FilePart {
  folder: string;
  extensions: string[];
  /** Whether its files say when they were captured (docling's `document_datetime`). */
  dated: boolean;
  /**
   * Whether a file may name a medicine that a source dated later creates: tried again once
   * everything else is in.
   */
  attaches: boolean;
  run: (s: FolderServices, files: string[], o: Options) => Promise<ImportSummary>;
}

/** The sub-folders besides `tables`; at equal dates (and for undated files) in this order, after the tables. */
const FILE_PARTS: readonly FilePart[] = [
  { folder: 'epar-pages', extensions: ['.md', '.txt', '.markdown'], dated: true, attaches: false, run: (s, files, o) => importEparPages(s.writer, files, o) },
  { folder: 'presentations', extensions: ['.md'], dated: true, attaches: true, run: (s, files, o) => importPresentations(s, files, o) },
  { folder: 'procedural-steps', extensions: ['.md'], dated: true, attaches: true, run: (s, files, o) => importProceduralSteps(s, files, o) },
  { folder: 'product-information-pdf', extensions: ['.pdf'], dated: false, attaches: false, run: (s, files, o) => importDocuments(s, files, o) },
];

/** Every sub-folder the command reads, in the order of its report. */
export const EMA_FOLDER_PARTS: readonly string[] = ['tables', ...FILE_PARTS.map((p) => p.folder)];

export interface FolderReport {
  /** Each part's summary under its folder's name; absent folders are listed in `skipped`. */
  parts: Record<string, ImportSummary & { seconds: number }>;
  skipped: string[];
}

type Part = ImportSummary & { warnings: ImportWarning[]; seconds: number };

/** One step of the timeline: some tables, or some files of one sub-folder, all of about one date. */
type Step = { time: number; order: number; name: string } & ({ kind: 'table'; table: DatedTable } | { kind: 'file'; part: FilePart; file: string });

export async function importEmaFolder(
  services: FolderServices,
  root: string,
  options: Options & { onPart?: (folder: string, summary: ImportSummary, seconds: number) => void } = {},
): Promise<ImportSummary & FolderReport> {
  const parts = new Map<string, Part>();
  const skipped: string[] = [];
  const steps: Step[] = [];
  const timed = async <T>(part: Part, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      part.seconds += (performance.now() - started) / 1000;
    }
  };

  const tablesDir = path.join(root, 'tables');
  if (await isDirectory(tablesDir)) {
    const part: Part = { ...emptySummary(), seconds: 0 };
    parts.set('tables', part);
    const { files, errors } = await expandInputs([tablesDir], ['.xlsx', '.csv']);
    part.errors.push(...errors);
    const tables = await timed(part, () => readEmaTables(files, {}, part));
    for (const table of tables) steps.push({ time: table.asOf.getTime(), order: 0, name: table.file, kind: 'table', table });
  } else skipped.push('tables');

  for (const [i, filePart] of FILE_PARTS.entries()) {
    const dir = path.join(root, filePart.folder);
    if (!(await isDirectory(dir))) {
      skipped.push(filePart.folder);
      continue;
    }
    const part: Part = { ...emptySummary(), seconds: 0 };
    parts.set(filePart.folder, part);
    const { files, errors } = await expandInputs([dir], filePart.extensions);
    part.errors.push(...errors);
    for (const file of files) {
      const date = filePart.dated ? await documentDate(file) : null;
      steps.push({ time: date?.getTime() ?? Number.POSITIVE_INFINITY, order: i + 1, name: file, kind: 'file', part: filePart, file });
    }
  }

  steps.sort((a, b) => a.time - b.time || a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Consecutive steps of one kind go to its importer together (tables, or one sub-folder's files).
  for (let start = 0; start < steps.length; ) {
    let end = start + 1;
    while (end < steps.length && steps[end]!.order === steps[start]!.order) end++;
    const run = steps.slice(start, end);
    start = end;
    const first = run[0]!;
    if (first.kind === 'table') {
      const part = parts.get('tables')!;
      const tables = run.flatMap((s) => (s.kind === 'table' ? [s.table] : []));
      add(part, await timed(part, () => writeEmaTables(services.writer, tables, options, emptySummary())));
    } else {
      const part = parts.get(first.part.folder)!;
      const files = run.flatMap((s) => (s.kind === 'file' ? [s.file] : []));
      add(part, await timed(part, () => first.part.run(services, files, options)));
    }
  }

  // A file that attaches to a medicine only a later source creates failed in its turn: once more, now.
  for (const filePart of FILE_PARTS.filter((p) => p.attaches)) {
    const part = parts.get(filePart.folder);
    if (!part) continue;
    const failed = new Set(steps.flatMap((s) => (s.kind === 'file' && s.part === filePart && part.errors.some((e) => e.file === s.file) ? [s.file] : [])));
    if (failed.size === 0) continue;
    part.errors = part.errors.filter((e) => !failed.has(e.file));
    add(part, await timed(part, () => filePart.run(services, [...failed].sort(), options)));
  }

  const total: ImportSummary & FolderReport = { ...emptySummary(), parts: {}, skipped };
  for (const folder of EMA_FOLDER_PARTS) {
    const part = parts.get(folder);
    if (!part) continue;
    part.failed = part.errors.length;
    total.parts[folder] = part;
    options.onPart?.(folder, part, part.seconds);
    add(total, part);
  }
  total.failed = total.errors.length;
  if (parts.size === 0) {
    total.failed += 1;
    total.errors.push({ file: root, message: `no EMA sub-folder found (${EMA_FOLDER_PARTS.join(', ')})` });
  }
  return total;
}

function add(into: ImportSummary, from: ImportSummary): void {
  into.imported += from.imported;
  into.updated += from.updated;
  into.unchanged += from.unchanged;
  into.errors.push(...from.errors);
  (into.warnings ??= []).push(...(from.warnings ?? []));
  into.failed = into.errors.length;
}

/** The date a docling file says it was captured, from its first lines; null when it says none or cannot be read. */
async function documentDate(file: string): Promise<Date | null> {
  try {
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(2048), 0, 2048, 0);
      return pageDate(buffer.subarray(0, bytesRead).toString('utf8'));
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

async function isDirectory(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isDirectory(), () => false);
}
