/**
 * The sample catalogue that ships with OpenEPAR (`sample/medicines/*.json`): a handful of
 * medicines written in our own record format, so a fresh install has something to show
 * before the real corpus is imported.
 */
import { fileURLToPath } from 'node:url';
import { Value } from 'typebox/value';
import { ImportError } from '../../domain/errors.ts';
import type { Medicine } from '../../domain/medicine.ts';
import type { MedicineWriteService } from '../../features/medicines/medicine-write.service.ts';
import { MedicineRecordSchema } from '../../http/schemas/medicine.schema.ts';
import { expandInputs, InputError, readTextFile, runImport, type ImportSummary, type RunOptions } from '../import-runner.ts';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../sample/medicines/', import.meta.url));

export async function importRecords(writer: MedicineWriteService, inputs: string[], options: RunOptions & { dryRun?: boolean } = {}): Promise<ImportSummary> {
  const { files, errors } = await expandInputs(inputs, ['.json']);
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, failed: 0, errors };
  return runImport(
    files,
    async (file) => {
      const record = await readRecord(file);
      const result = await writer.apply(
        { productNumber: record.productNumber, slug: record.slug },
        () => record,
        // A sample record shows its medicine as EMA's page last did.
        { kind: 'sample', reference: file, asOf: sampleDate(record) },
        options,
      );
      return result.outcome;
    },
    options,
    summary,
  );
}

function sampleDate(record: Medicine): Date | undefined {
  const day = record.dates.pageLastUpdated;
  return day ? new Date(`${day}T00:00:00Z`) : undefined;
}

async function readRecord(file: string): Promise<Medicine> {
  let data: unknown;
  try {
    data = JSON.parse(await readTextFile(file, 5 * 1024 * 1024));
  } catch (e) {
    throw new ImportError(file, e instanceof InputError ? e.message : `not valid JSON: ${(e as Error).message}`);
  }
  const first = Value.Errors(MedicineRecordSchema, data)[0];
  if (first) throw new ImportError(file, `field ${first.instancePath || '/'}: ${first.message}`);
  return data as Medicine;
}
