/**
 * The sample catalogue that ships with OpenEPAR (`sample/medicines/*.json`): a handful of
 * medicines in our own format, so a fresh install has something to show before the real corpus
 * is imported. Each file holds dated snapshots of one medicine (what each of EMA's data tables
 * said about it, then its EPAR page), written by `scripts/generate-sample.ts` from the
 * reference corpus; each is recorded through the write service as of the date it describes, so
 * the sample has the history, diffs and feeds a real import would. A file holding one whole
 * record instead is recorded as one snapshot of kind `sample`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Value } from 'typebox/value';
import { ImportError } from '../../domain/errors.ts';
import type { Medicine } from '../../domain/medicine.ts';
import type { MedicineAssertions } from '../../domain/medicine-fields.ts';
import { SAMPLE_REFERENCE_PREFIX } from '../../domain/observations.ts';
import type { MedicineWriteService, WriteOutcome } from '../../features/medicines/medicine-write.service.ts';
import { MedicineRecordSchema } from '../../http/schemas/medicine.schema.ts';
import { expandInputs, InputError, readTextFile, runImport, type ImportSummary, type RunOptions } from '../import-runner.ts';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../sample/medicines/', import.meta.url));

/** The kinds of source a sample snapshot may stand for: what the facts were read from. */
const SNAPSHOT_SOURCES = ['ema-table', 'epar-page'] as const;

export interface SampleSnapshot {
  /** The date the source describes (a table's snapshot date, a page's "last updated"), YYYY-MM-DD. */
  asOf: string;
  source: (typeof SNAPSHOT_SOURCES)[number];
  /** The name of the file in EMA's corpus the facts come from. */
  from: string;
  /** What that source says about the medicine, in the record's own fields; silent fields are left out. */
  says: MedicineAssertions;
}

export interface SampleFile {
  productNumber: string | null;
  slug: string;
  snapshots: SampleSnapshot[];
}

export function isSampleSnapshots(data: unknown): data is SampleFile {
  return typeof data === 'object' && data !== null && Array.isArray((data as SampleFile).snapshots);
}

export async function importRecords(writer: MedicineWriteService, inputs: string[], options: RunOptions & { dryRun?: boolean } = {}): Promise<ImportSummary> {
  const { files, errors } = await expandInputs(inputs, ['.json']);
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, failed: 0, errors };
  return runImport(
    files,
    async (file) => {
      const data = await readJson(file);
      if (!isSampleSnapshots(data)) {
        const record = checkRecord(file, data);
        const result = await writer.apply(
          { productNumber: record.productNumber, slug: record.slug },
          () => record,
          // A whole record shows its medicine as EMA's page last did.
          { kind: 'sample', reference: file, asOf: dayOf(record.dates.pageLastUpdated) },
          options,
        );
        return result.outcome;
      }
      const snapshots = checkSnapshots(file, data);
      const outcomes: WriteOutcome[] = [];
      for (const s of snapshots) {
        const result = await writer.assert(
          { productNumber: data.productNumber, slug: data.slug },
          s.says,
          // Named after the sample file and the corpus file it was written from, so both are on record.
          { kind: s.source, reference: `${SAMPLE_REFERENCE_PREFIX}medicines/${path.basename(file)}#${s.from}`, asOf: dayOf(s.asOf) },
          options,
        );
        outcomes.push(result.outcome);
      }
      return outcomes.includes('created') ? 'created' : outcomes.includes('updated') ? 'updated' : 'unchanged';
    },
    options,
    summary,
  );
}

function dayOf(day: string | null): Date | undefined {
  return day ? new Date(`${day}T00:00:00Z`) : undefined;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readTextFile(file, 5 * 1024 * 1024));
  } catch (e) {
    throw new ImportError(file, e instanceof InputError ? e.message : `not valid JSON: ${(e as Error).message}`);
  }
}

function checkRecord(file: string, data: unknown): Medicine {
  const first = Value.Errors(MedicineRecordSchema, data)[0];
  if (first) throw new ImportError(file, `field ${first.instancePath || '/'}: ${first.message}`);
  return data as Medicine;
}

/** The snapshots in date order, each checked for what the write service cannot check itself. */
function checkSnapshots(file: string, data: SampleFile): SampleSnapshot[] {
  if (typeof data.slug !== 'string' || data.slug === '') throw new ImportError(file, 'field /slug: must be a non-empty string');
  data.snapshots.forEach((s, i) => {
    const where = `field /snapshots/${i}`;
    if (typeof s !== 'object' || s === null) throw new ImportError(file, `${where}: must be an object`);
    if (typeof s.asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s.asOf) || Number.isNaN(Date.parse(s.asOf))) throw new ImportError(file, `${where}/asOf: must be a date YYYY-MM-DD`);
    if (!(SNAPSHOT_SOURCES as readonly string[]).includes(s.source)) throw new ImportError(file, `${where}/source: must be one of ${SNAPSHOT_SOURCES.join(', ')}`);
    if (typeof s.from !== 'string' || s.from === '') throw new ImportError(file, `${where}/from: must name the corpus file`);
    if (typeof s.says !== 'object' || s.says === null || Array.isArray(s.says)) throw new ImportError(file, `${where}/says: must be an object`);
  });
  return [...data.snapshots].sort((a, b) => a.asOf.localeCompare(b.asOf));
}
