/**
 * EMA's own 39-column "medicines report" layout (the xlsx EMA publishes since 2025), written so
 * that `openepar import ema-table` reads it back into exactly the record it came from: each
 * value in the form the importer reads, the company in the column's role for the status, the
 * end of an authorisation in EMA's combined date column, and text flattened the way a table
 * cell flattens it (line breaks become spaces, so list markers that started lines go too).
 * Columns EMA fills from facts this portal does not keep (the Commission decision, the start
 * of a rolling review or evaluation, first publication) are left empty, which the importer
 * reads as silence, never as a change.
 */
import type { Writable } from 'node:stream';
import { companyRoleOf } from '../../domain/lifecycle.ts';
import { FLAG_KEYS, STATUS_LABELS, type DateKey, type FlagKey, type Status } from '../../domain/medicine.ts';
import { isOpinionStatus } from '../../domain/medicine.ts';
import { withoutListMarkers } from '../../domain/observations.ts';
import type { ExportedMedicine } from './export-layout.ts';
import { SETTLE_EVERY, streamWorkbook } from './export-writers.ts';

type EmaCell = string | number | Date | null;

/** The 39 headers in EMA's order, as EMA spells them (the 2026 file's "Generic" aside). */
export const EMA_HEADERS = [
  'Category',
  'Name of medicine',
  'EMA product number',
  'Medicine status',
  'Opinion status',
  'Latest procedure affecting product information',
  'International non-proprietary name (INN) / common name',
  'Active substance',
  'Therapeutic area (MeSH)',
  'Species (veterinary)',
  'Patient safety',
  'ATC code (human)',
  'ATCvet code (veterinary)',
  'Pharmacotherapeutic group (human)',
  'Pharmacotherapeutic group (veterinary)',
  'Therapeutic indication',
  'Accelerated assessment',
  'Additional monitoring',
  'Advanced therapy',
  'Biosimilar',
  'Conditional approval',
  'Exceptional circumstances',
  'Generic or hybrid',
  'Orphan medicine',
  'PRIME: priority medicine',
  'Marketing authorisation developer / applicant / holder',
  'European Commission decision date',
  'Start of rolling review date',
  'Start of evaluation date',
  'Opinion adopted date',
  'Withdrawal of application date',
  'Marketing authorisation date',
  'Refusal of marketing authorisation date',
  'Withdrawal / expiry / revocation / lapse of marketing authorisation date',
  'Suspension of marketing authorisation date',
  'Revision number',
  'First published date',
  'Last updated date',
  'Medicine URL',
] as const;

type Header = (typeof EMA_HEADERS)[number];

const FLAG_HEADERS: Record<FlagKey, Header> = {
  acceleratedAssessment: 'Accelerated assessment',
  additionalMonitoring: 'Additional monitoring',
  advancedTherapy: 'Advanced therapy',
  biosimilar: 'Biosimilar',
  conditionalApproval: 'Conditional approval',
  exceptionalCircumstances: 'Exceptional circumstances',
  generic: 'Generic or hybrid',
  orphan: 'Orphan medicine',
  prime: 'PRIME: priority medicine',
};

/** Which date EMA's combined end-of-authorisation column holds, by status (as the importer reads it). */
const END_DATE: Partial<Record<Status, DateKey>> = { withdrawn: 'withdrawal', expired: 'expiry', revoked: 'revocation', lapsed: 'lapse' };

// The importer decodes HTML entities, which EMA's export leaks; text that looks like one is escaped.
const escapeEntities = (s: string) => s.replace(/&(?=(#x[0-9a-f]+|#\d+|[a-z]+);)/gi, '&amp;');

/**
 * Text as a table cell carries it: one line, entity-like text escaped, and the list markers that
 * started its later lines gone (a marker that starts the text stays where it was, at the start,
 * and a single line is left as it is: "A. Menarini" is a company, not a list).
 */
function flat(text: string | null | undefined): string | null {
  if (!text) return null;
  const lines = text.trim().split(/\r?\n/);
  const s = escapeEntities([lines[0]!, ...lines.slice(1).map(withoutListMarkers)].join(' ')).replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

const yesNo = (value: boolean | null | undefined): string | null => (value === true ? 'Yes' : value === false ? 'No' : null);
const day = (iso: string | null | undefined): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The company named in the one company column: whoever the status makes it (holder, applicant or developer). */
function company(m: ExportedMedicine): string | null {
  const role = companyRoleOf(m.status);
  if (role === 'holder') return m.marketingAuthorisationHolder?.name ?? null;
  if (role === 'applicant') return m.applicant ?? null;
  return m.developer ?? null;
}

function atcCell(m: ExportedMedicine): string | null {
  const codes = [...(m.atcCodes ?? []), ...(m.malformedAtcCodes ?? [])];
  if (codes.length > 0) return codes.join(';');
  return m.atcNotYetAssigned === true ? 'Not yet assigned' : null;
}

/** One medicine as a row of EMA's layout, in `EMA_HEADERS` order. */
export function toEmaRow(m: ExportedMedicine): EmaCell[] {
  const vet = m.category === 'veterinary';
  const group = flat(m.pharmacotherapeuticGroup);
  const endKey = END_DATE[m.status];
  const cells: Partial<Record<Header, EmaCell>> = {
    Category: vet ? 'Veterinary' : 'Human',
    'Name of medicine': flat(m.name),
    'EMA product number': m.productNumber ?? null,
    'Medicine status': STATUS_LABELS[m.status],
    'Opinion status': m.opinionStatus ? (isOpinionStatus(m.opinionStatus) ? (m.opinionStatus === 'positive' ? 'Positive' : 'Negative') : flat(m.opinionStatus)) : null,
    'Latest procedure affecting product information': m.latestProcedure?.number ?? null,
    'International non-proprietary name (INN) / common name': flat(m.inn),
    'Active substance': flat(m.activeSubstance),
    'Therapeutic area (MeSH)': m.therapeuticAreas?.length ? m.therapeuticAreas.map(flat).join(';') : null,
    'Species (veterinary)': m.species?.length ? m.species.map(flat).join(';') : null,
    'Patient safety': yesNo(m.patientSafety),
    'ATC code (human)': vet ? null : atcCell(m),
    'ATCvet code (veterinary)': vet ? atcCell(m) : null,
    'Pharmacotherapeutic group (human)': vet ? null : group,
    'Pharmacotherapeutic group (veterinary)': vet ? group : null,
    'Therapeutic indication': flat(m.therapeuticIndication),
    'Marketing authorisation developer / applicant / holder': flat(company(m)),
    'European Commission decision date': null,
    'Start of rolling review date': null,
    'Start of evaluation date': null,
    'Opinion adopted date': day(m.dates?.opinionAdopted),
    'Withdrawal of application date': day(m.dates?.applicationWithdrawn),
    'Marketing authorisation date': day(m.dates?.marketingAuthorisationIssued),
    'Refusal of marketing authorisation date': day(m.dates?.refusal),
    'Withdrawal / expiry / revocation / lapse of marketing authorisation date': endKey ? day(m.dates?.[endKey]) : null,
    'Suspension of marketing authorisation date': day(m.dates?.suspension),
    'Revision number': m.revision ?? null,
    'First published date': null,
    'Last updated date': day(m.dates?.pageLastUpdated),
    'Medicine URL': m.emaUrl ?? null,
  };
  for (const k of FLAG_KEYS) cells[FLAG_HEADERS[k]] = yesNo(m.flags?.[k]);
  return EMA_HEADERS.map((h) => cells[h] ?? null);
}

const DATE_COLUMNS = new Set(EMA_HEADERS.flatMap((h, i) => (/ date$/.test(h) ? [i + 1] : [])));

/**
 * Writes the medicines in EMA's layout, under EMA's banner: the "Output generated" row carries
 * the date the catalogue is as of, which the importer takes as the table's snapshot date.
 */
export async function writeEmaXlsx(pages: AsyncIterable<readonly ExportedMedicine[]>, out: Writable, asOf: string): Promise<number> {
  return streamWorkbook(out, 'Medicines', async (sheet, settle) => {
    sheet.columns = EMA_HEADERS.map((h, i) => ({ key: h, width: DATE_COLUMNS.has(i + 1) ? 14 : 28, style: DATE_COLUMNS.has(i + 1) ? { numFmt: 'dd/mm/yyyy' } : {} }));
    sheet.addRow(['Medicines output: medicines report (OpenEPAR export in EMA’s layout)']).commit();
    sheet.addRow(['Output generated at:', asOf]).commit();
    sheet.addRow([]).commit();
    sheet.addRow([...EMA_HEADERS]).commit();
    let count = 0;
    for await (const page of pages) {
      for (const m of page) {
        sheet.addRow(toEmaRow(m)).commit();
        if (++count % SETTLE_EVERY === 0) await settle();
      }
    }
    return count;
  });
}
