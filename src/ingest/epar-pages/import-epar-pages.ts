/**
 * `openepar import epar-pages <file|dir>...`: EMA's EPAR pages (docling Markdown) into the
 * catalogue, one transaction per page, through the write service.
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
  return runImport(files, (file) => importEparPage(writer, file, options), options, summary);
}

export async function importEparPage(writer: MedicineWriteService, file: string, options: { dryRun?: boolean } = {}) {
  const text = await readTextInput(file, MAX_PAGE_BYTES);
  const parsed = parseEparPage(text, { fileName: file });
  if (!parsed.ok) throw new ImportError(file, parsed.error);
  const page = parsed.medicine;
  const result = await writer.assert(
    { productNumber: page.productNumber, slug: page.slug },
    page,
    { kind: 'epar-page', reference: file, asOf: pageDate(text) ?? undefined },
    options,
  );
  return result.outcome;
}

/**
 * When the page was captured (docling's `document_datetime`), which dates what it says: a
 * data table published later wins over it where the two disagree, and vice versa.
 */
export function pageDate(text: string): Date | null {
  const m = /^document_datetime:\s*'?(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})/m.exec(text.slice(0, 2000));
  return m ? new Date(`${m[1]}T${m[2]}Z`) : null;
}
