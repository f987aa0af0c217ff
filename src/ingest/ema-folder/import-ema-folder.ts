/**
 * `openepar import ema-folder <dir>`: everything in a folder laid out as EMA publishes it (a
 * mirror of its site, or the reference corpus): the data tables, the EPAR pages, the
 * presentations, the procedural steps and the product-information PDFs, in that order, in one
 * process and one database session. Each kind's own importer does the work; a kind whose folder
 * is missing is skipped and said so, not an error.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Services } from '../../services.ts';
import { importDocuments } from '../documents/import-documents.ts';
import { importEmaTables } from '../ema-table/import-ema-table.ts';
import { importEparPages } from '../epar-pages/import-epar-pages.ts';
import { emptySummary, type ImportSummary, type RunOptions } from '../import-runner.ts';
import { importPresentations } from '../presentations/import-presentations.ts';
import { importProceduralSteps } from '../procedural-steps/import-procedural-steps.ts';

type FolderServices = Pick<Services, 'writer' | 'medicines' | 'documents'>;
type Options = RunOptions & { dryRun?: boolean };

/** The sub-folders, in the order a deployment imports them: tables and pages make the records the rest attach to. */
export const EMA_FOLDER_PARTS: readonly { folder: string; run: (s: FolderServices, dir: string, o: Options) => Promise<ImportSummary> }[] = [
  { folder: 'tables', run: (s, dir, o) => importEmaTables(s.writer, [dir], o) },
  { folder: 'epar-pages', run: (s, dir, o) => importEparPages(s.writer, [dir], o) },
  { folder: 'presentations', run: (s, dir, o) => importPresentations(s, [dir], o) },
  { folder: 'procedural-steps', run: (s, dir, o) => importProceduralSteps(s, [dir], o) },
  { folder: 'product-information-pdf', run: (s, dir, o) => importDocuments(s, [dir], o) },
];

export interface FolderReport {
  /** Each part's summary under its folder's name; absent folders are listed in `skipped`. */
  parts: Record<string, ImportSummary & { seconds: number }>;
  skipped: string[];
}

export async function importEmaFolder(
  services: FolderServices,
  root: string,
  options: Options & { onPart?: (folder: string, summary: ImportSummary, seconds: number) => void } = {},
): Promise<ImportSummary & FolderReport> {
  const total: ImportSummary & FolderReport = { ...emptySummary(), parts: {}, skipped: [] };
  for (const part of EMA_FOLDER_PARTS) {
    const dir = path.join(root, part.folder);
    if (!(await isDirectory(dir))) {
      total.skipped.push(part.folder);
      continue;
    }
    const started = performance.now();
    const summary = await part.run(services, dir, options);
    const seconds = (performance.now() - started) / 1000;
    total.parts[part.folder] = { ...summary, seconds };
    options.onPart?.(part.folder, summary, seconds);
    total.imported += summary.imported;
    total.updated += summary.updated;
    total.unchanged += summary.unchanged;
    total.failed += summary.failed;
    total.errors.push(...summary.errors);
    total.warnings!.push(...(summary.warnings ?? []));
  }
  if (Object.keys(total.parts).length === 0) {
    total.failed += 1;
    total.errors.push({ file: root, message: `no EMA sub-folder found (${EMA_FOLDER_PARTS.map((p) => p.folder).join(', ')})` });
  }
  return total;
}

async function isDirectory(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isDirectory(), () => false);
}
