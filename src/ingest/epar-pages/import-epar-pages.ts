/**
 * `openepar import epar-pages <file|dir>...`: EMA's EPAR pages (docling Markdown) into the
 * catalogue, a run of pages to a transaction, through the write service.
 */
import type { MedicineWriteService } from '../../features/medicines/medicine-write.service.ts';
import { ImportError } from '../../domain/errors.ts';
import { expandInputs, readTextInput, runImport, type ImportSummary, type RunOptions } from '../import-runner.ts';
import { parseEparPage } from './parse-epar-page.ts';

// The largest real page is a few hundred kilobytes; anything this big is not an EPAR page.
const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export async function importEparPages(
  writer: MedicineWriteService,
  inputs: string[],
  options: RunOptions & { dryRun?: boolean } = {},
): Promise<ImportSummary> {
  const { files, errors } = await expandInputs(inputs, ['.md', '.txt', '.markdown']);
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, failed: 0, errors };
  // Pages go in runs, a transaction each (a dry run reports page by page).
  const batch = options.dryRun ? undefined : async (run: string[]) => (await writer.assertAll(await Promise.all(run.map(readPage)))).map((r) => r.outcome);
  return runImport(files, (file) => importEparPage(writer, file, options), options, summary, String, batch);
}

export async function importEparPage(writer: MedicineWriteService, file: string, options: { dryRun?: boolean } = {}) {
  const { target, assertions, source } = await readPage(file);
  return (await writer.assert(target, assertions, source, options)).outcome;
}

/** A page as the write service takes it: whom it speaks of, what it says, and as of when. */
async function readPage(file: string) {
  const text = await readTextInput(file, MAX_PAGE_BYTES);
  const parsed = parseEparPage(text, { fileName: file });
  if (!parsed.ok) throw new ImportError(file, parsed.error);
  const page = parsed.medicine;
  return {
    target: { productNumber: page.productNumber, slug: page.slug },
    assertions: page,
    source: { kind: 'epar-page' as const, reference: file, asOf: pageDate(text) ?? undefined },
  };
}

/**
 * When the page was captured (docling's `document_datetime`), which dates what it says: a
 * data table published later wins over it where the two disagree, and vice versa.
 */
export function pageDate(text: string): Date | null {
  const m = /^document_datetime:\s*'?(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})/m.exec(text.slice(0, 2000));
  return m ? new Date(`${m[1]}T${m[2]}Z`) : null;
}
