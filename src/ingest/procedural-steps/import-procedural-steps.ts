/**
 * `openepar import procedural-steps <file|dir>...`: the "Procedural steps taken and scientific
 * information after authorisation" documents, as each medicine's assessment history.
 */
import { ImportError } from '../../domain/errors.ts';
import type { Procedure } from '../../domain/procedure.ts';
import type { MedicineWriteService } from '../../features/medicines/medicine-write.service.ts';
import type { MedicinesService } from '../../features/medicines/medicines.service.ts';
import { pageDate } from '../epar-pages/import-epar-pages.ts';
import { expandInputs, emptySummary, readTextInput, runImport, type ImportSummary, type RunOptions } from '../import-runner.ts';
import { resolveMedicine } from '../resolve-medicine.ts';
import { parseProceduralSteps } from './parse-procedural-steps.ts';

export async function importProceduralSteps(
  services: { writer: MedicineWriteService; medicines: MedicinesService },
  inputs: string[],
  options: RunOptions & { dryRun?: boolean } = {},
): Promise<ImportSummary> {
  const { files, errors } = await expandInputs(inputs, ['.md']);
  return runImport(
    files,
    async (file) => {
      const text = await readTextInput(file, 10 * 1024 * 1024);
      const parsed = parseProceduralSteps(text, { fileName: file });
      if (!parsed.ok) throw new ImportError(file, parsed.error);
      const medicine = await resolveMedicine(services.medicines, file, parsed.slug);
      const result = await services.writer.apply(
        { productNumber: medicine.productNumber, slug: medicine.slug },
        (current) => ({ ...current!, procedures: mergeProcedures(current!.procedures, parsed.procedures) }),
        { kind: 'procedural-steps', reference: file, asOf: pageDate(text) ?? undefined },
        options,
      );
      return result.outcome;
    },
    options,
    { ...emptySummary(), errors },
  );
}

/**
 * EMA splits a medicine's history over a current and an archive document, so each adds its
 * procedures to what is known (a procedure in both is taken from the later import). Newest
 * first, as EMA lists them; undated ones last.
 */
export function mergeProcedures(known: Procedure[], incoming: Procedure[]): Procedure[] {
  const byNumber = new Map(known.map((p) => [p.number, p]));
  for (const p of incoming) byNumber.set(p.number, p);
  const date = (p: Procedure) => p.opinionDate ?? p.commissionDecisionDate ?? '';
  return [...byNumber.values()].sort((a, b) => date(b).localeCompare(date(a)) || b.number.localeCompare(a.number));
}
