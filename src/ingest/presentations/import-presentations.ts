/**
 * `openepar import presentations <file|dir>...`: EMA's "All authorised presentations" tables.
 * A file belongs to the medicine its name says, or else to the one whose product number it
 * prints; a row whose EU number is not one is a warning, and the file imports without it.
 */
import { ImportError } from '../../domain/errors.ts';
import type { MedicineWriteService } from '../../features/medicines/medicine-write.service.ts';
import type { MedicinesService } from '../../features/medicines/medicines.service.ts';
import { pageDate } from '../epar-pages/import-epar-pages.ts';
import { expandInputs, emptySummary, readTextInput, runImport, type ImportSummary, type RunOptions } from '../import-runner.ts';
import { findProductNumbers } from '../cells/product-number.ts';
import { resolveMedicine } from '../resolve-medicine.ts';
import { parsePresentations } from './parse-presentations.ts';

export async function importPresentations(
  services: { writer: MedicineWriteService; medicines: MedicinesService },
  inputs: string[],
  options: RunOptions & { dryRun?: boolean } = {},
): Promise<ImportSummary> {
  const { files, errors } = await expandInputs(inputs, ['.md']);
  const summary = { ...emptySummary(), errors };
  return runImport(
    files,
    async (file) => {
      const text = await readTextInput(file, 5 * 1024 * 1024);
      const parsed = parsePresentations(text, { fileName: file });
      if (!parsed.ok) throw new ImportError(file, parsed.error);
      const medicine = await resolveMedicine(services.medicines, file, parsed.slug, { productNumbers: findProductNumbers(text) });
      const result = await services.writer.assert(
        { productNumber: medicine.productNumber, slug: medicine.slug },
        { presentations: parsed.presentations },
        { kind: 'presentations', reference: file, asOf: pageDate(text) ?? undefined },
        options,
      );
      // Recorded once the file is in: a file retried after a clash must not report its rows twice.
      for (const s of parsed.skipped) {
        summary.warnings.push({ file, row: s.line, column: 'EU number', value: s.value, message: `${s.message}; row left out` });
      }
      return result.outcome;
    },
    options,
    summary,
  );
}
