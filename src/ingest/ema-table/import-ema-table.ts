/**
 * `openepar import ema-table <file.xlsx|file.csv>...`: EMA's "medicines output" tables into
 * the catalogue. Each row is a unit of work asserting what the table says about one medicine,
 * dated with the table's snapshot date, so importing several snapshots in date order builds
 * each medicine's real history, and a snapshot older than what is stored changes nothing.
 */
import path from 'node:path';
import { ImportError } from '../../domain/errors.ts';
import { slugify } from '../../domain/identifiers.ts';
import { DATE_KEYS, type Dates } from '../../domain/medicine.ts';
import { companyRoleOf, type CompanyRole } from '../../domain/lifecycle.ts';
import type { MedicineAssertions } from '../../domain/medicine-fields.ts';
import type { MedicineWriteService } from '../../features/medicines/medicine-write.service.ts';
import { expandInputs, emptySummary, runImport, type ImportSummary, type ImportWarning, type RunOptions } from '../import-runner.ts';
import { readEmaTable, type EmaTableRow } from './read-ema-table.ts';

export interface TableImportOptions extends RunOptions {
  dryRun?: boolean;
  /** The snapshot date, when the file does not say (or says wrongly). */
  asOf?: Date;
}

/** A table read, with the date of the snapshot it is. */
export interface DatedTable {
  file: string;
  asOf: Date;
  rows: EmaTableRow[];
}

export async function importEmaTables(writer: MedicineWriteService, inputs: string[], options: TableImportOptions = {}): Promise<ImportSummary> {
  const { files, errors } = await expandInputs(inputs, ['.xlsx', '.csv']);
  const summary = { ...emptySummary(), errors };
  return writeEmaTables(writer, await readEmaTables(files, options, summary), options, summary);
}

/** Reads each table, its unreadable rows and cells going to `summary`; a file that cannot be read is an error there. */
export async function readEmaTables(files: string[], options: Pick<TableImportOptions, 'asOf'>, summary: ImportSummary & { warnings: ImportWarning[] }): Promise<DatedTable[]> {
  const tables: DatedTable[] = [];
  for (const file of files) {
    try {
      const table = await readEmaTable(file);
      const asOf = options.asOf ?? (table.snapshotDate ? new Date(`${table.snapshotDate}T00:00:00Z`) : null);
      if (!asOf) throw new ImportError(file, 'the table does not say when it was generated: give its date with --as-of YYYY-MM-DD');
      for (const e of table.errors) summary.errors.push({ file: `${file}:${e.line}`, message: `${e.column} ${JSON.stringify(e.value)}: ${e.message}` });
      for (const w of table.warnings) summary.warnings.push({ file, row: w.line, column: w.column, value: w.value, message: w.message });
      tables.push({ file, asOf, rows: table.rows });
    } catch (e) {
      summary.errors.push({ file, message: e instanceof ImportError ? e.reason : e instanceof Error ? e.message : String(e) });
    }
  }
  return tables;
}

/** Writes the tables' rows, oldest snapshot first, so revisions follow the real order of events whatever order the files came in. */
export async function writeEmaTables(writer: MedicineWriteService, tables: DatedTable[], options: TableImportOptions, summary: ImportSummary): Promise<ImportSummary> {
  const items = [...tables].sort((a, b) => a.asOf.getTime() - b.asOf.getTime()).flatMap((t) => t.rows.map((row) => ({ file: t.file, asOf: t.asOf, row })));
  const entry = ({ file, asOf, row }: (typeof items)[number]) => ({
    target: { productNumber: row.productNumber, slug: row.slug },
    assertions: rowAssertions(row),
    source: { kind: 'ema-table', reference: `${path.basename(file)}:${row.line}`, asOf } as const,
  });
  return runImport(
    items,
    async (item) => {
      const { target, assertions, source } = entry(item);
      return (await writer.assert(target, assertions, source, options)).outcome;
    },
    options,
    summary,
    ({ file, row }) => `${file}:${row.line} (${row.productNumber})`,
    // A dry run reports each row on its own; a real one writes rows a batch at a time.
    options.dryRun ? undefined : async (run) => (await writer.assertAll(run.map(entry))).map((r) => r.outcome),
  );
}

// The table lists substances as "a; b", EMA's pages as "a / b"; one form avoids false disagreements.
const substances = (s: string | null) => (s === null ? null : s.split(/\s*;\s*/).join(' / '));

/**
 * The role of the company in the table's "Marketing authorisation developer / applicant / holder"
 * column, decided by the row's own status. Without a readable status, the row's dates tell
 * whether the medicine was ever authorised; failing that the company is left to other sources.
 */
export function companyRoleOfRow(row: Pick<EmaTableRow, 'status' | 'dates'>): CompanyRole | null {
  if (row.status) return companyRoleOf(row.status);
  const d = row.dates;
  if (d.marketingAuthorisationIssued || d.withdrawal || d.suspension || d.lapse || d.expiry || d.revocation) return 'holder';
  if (d.refusal || d.applicationWithdrawn || d.opinionAdopted) return 'applicant';
  return null;
}

export function rowAssertions(row: EmaTableRow): MedicineAssertions {
  const dates: Partial<Dates> = {};
  for (const key of DATE_KEYS) if (row.dates[key]) dates[key] = row.dates[key];
  const company = row.marketingAuthorisationHolder;
  const role = company ? companyRoleOfRow(row) : null;
  return {
    productNumber: row.productNumber,
    name: row.name,
    // Rows of the older layout carry no URL: their slug follows EMA's rule.
    slug: row.slug ?? slugify(row.name),
    category: row.category,
    status: row.status ?? undefined,
    inn: substances(row.inn),
    activeSubstance: substances(row.activeSubstance),
    therapeuticAreas: row.therapeuticAreas,
    atcCodes: row.atcCodes,
    atcNotYetAssigned: row.atcNotYetAssigned,
    malformedAtcCodes: row.malformedAtcCodes,
    species: row.species,
    opinionStatus: row.opinionStatus,
    patientSafety: row.patientSafety,
    pharmacotherapeuticGroup: row.pharmacotherapeuticGroup,
    therapeuticIndication: row.therapeuticIndication,
    flags: row.flags,
    marketingAuthorisationHolder: role === 'holder' ? { name: company!, address: null } : null,
    applicant: role === 'applicant' ? company : null,
    developer: role === 'developer' ? company : null,
    dates,
    revision: row.revision,
    emaUrl: row.url,
  };
}
