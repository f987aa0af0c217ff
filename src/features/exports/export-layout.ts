/**
 * The one flat layout every export but EMA's own shares (CSV, XLSX, JSON Lines, Parquet): one
 * row per medicine, one column per fact, lists joined with "; ". Declared once, so the data
 * dictionary on the open-data page, the JSON Table Schema, the Parquet schema and the writers
 * cannot drift apart.
 */
import { FLAG_KEYS, STATUSES, type Medicine } from '../../domain/medicine.ts';
import { medicinePath } from '../../http/paths.ts';

export type ColumnType = 'string' | 'boolean' | 'date' | 'integer';
export type CellValue = string | boolean | number | null;
export type ExportRow = Record<string, CellValue>;

export interface ExportColumn {
  name: string;
  type: ColumnType;
  description: string;
  /** Table Schema constraints, for the columns whose values are a closed list. */
  enum?: readonly string[];
  required?: boolean;
}

/** The separator of list values inside one cell; none of EMA's values contain it. */
export const LIST_SEPARATOR = '; ';

/**
 * The facts of a record an export reads. History snapshots written by older versions may lack
 * newer fields, hence everything optional but what every record has always had.
 */
export type ExportedMedicine = Pick<Medicine, 'name' | 'slug' | 'category' | 'status'> & Partial<Omit<Medicine, 'name' | 'slug' | 'category' | 'status'>>;

const FLAG_DESCRIPTIONS: Record<(typeof FLAG_KEYS)[number], string> = {
  additionalMonitoring: 'Under additional monitoring (black triangle)',
  conditionalApproval: 'Conditional marketing authorisation',
  exceptionalCircumstances: 'Authorised under exceptional circumstances',
  acceleratedAssessment: 'Assessed under accelerated assessment',
  orphan: 'Orphan medicine',
  generic: 'Generic or hybrid medicine',
  biosimilar: 'Biosimilar medicine',
  advancedTherapy: 'Advanced therapy medicinal product',
  prime: 'Supported by PRIME (priority medicines)',
};

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { name: 'product_number', type: 'string', description: "EMA's product number (EMEA/H/C/005522)" },
  { name: 'name', type: 'string', description: 'Name of the medicine', required: true },
  { name: 'slug', type: 'string', description: "EMA's own URL segment for the medicine (lumykras)", required: true },
  { name: 'category', type: 'string', description: 'human or veterinary', enum: ['human', 'veterinary'], required: true },
  { name: 'status', type: 'string', description: 'Status as a code', enum: STATUSES, required: true },
  { name: 'opinion_status', type: 'string', description: "The committee's opinion: positive, negative, or EMA's words" },
  { name: 'inn', type: 'string', description: 'International non-proprietary name (INN) or common name' },
  { name: 'active_substance', type: 'string', description: 'Active substance(s)' },
  { name: 'therapeutic_areas', type: 'string', description: 'Therapeutic areas (MeSH headings), separated by "; "' },
  { name: 'atc_codes', type: 'string', description: 'ATC (or ATCvet) codes, separated by "; "' },
  { name: 'atc_not_yet_assigned', type: 'boolean', description: 'EMA says the ATC code is not yet assigned' },
  { name: 'species', type: 'string', description: 'Target species of a veterinary medicine, separated by "; "' },
  { name: 'pharmacotherapeutic_group', type: 'string', description: "EMA's pharmacotherapeutic group" },
  { name: 'therapeutic_indication', type: 'string', description: 'Therapeutic indication, as EMA words it' },
  ...FLAG_KEYS.map((key): ExportColumn => ({ name: snake(key), type: 'boolean', description: FLAG_DESCRIPTIONS[key] })),
  { name: 'patient_safety', type: 'boolean', description: "EMA's patient safety marker" },
  { name: 'marketing_authorisation_holder', type: 'string', description: 'Marketing authorisation holder' },
  { name: 'applicant', type: 'string', description: 'Applicant, while the medicine has never been authorised' },
  { name: 'developer', type: 'string', description: 'Developer (PRIME, rolling review)' },
  { name: 'date_opinion_adopted', type: 'date', description: "Date of the committee's opinion" },
  { name: 'date_marketing_authorisation_issued', type: 'date', description: 'Date of the marketing authorisation' },
  { name: 'date_refusal', type: 'date', description: 'Date of refusal of the marketing authorisation' },
  { name: 'date_application_withdrawn', type: 'date', description: 'Date the application was withdrawn' },
  { name: 'date_withdrawal', type: 'date', description: 'Date the marketing authorisation was withdrawn' },
  { name: 'date_suspension', type: 'date', description: 'Date of suspension of the marketing authorisation' },
  { name: 'date_lapse', type: 'date', description: 'Date the marketing authorisation lapsed' },
  { name: 'date_expiry', type: 'date', description: 'Date the marketing authorisation expired' },
  { name: 'date_revocation', type: 'date', description: 'Date the marketing authorisation was revoked' },
  { name: 'date_page_last_updated', type: 'date', description: "Date EMA last updated the medicine's page" },
  { name: 'ema_revision', type: 'integer', description: "EMA's revision number of the EPAR" },
  { name: 'latest_procedure', type: 'string', description: 'Latest procedure affecting the product information (II/0010/G)' },
  { name: 'latest_procedure_date', type: 'date', description: 'Date of that procedure' },
  { name: 'ema_url', type: 'string', description: "The medicine's page on EMA's site" },
  { name: 'openepar_url', type: 'string', description: "The medicine's page on this portal (English)" },
];

const list = (values: readonly string[] | undefined): string | null => (values && values.length > 0 ? values.join(LIST_SEPARATOR) : null);

/** One medicine as a row of the flat layout; `origin` makes `openepar_url` absolute. */
export function toExportRow(m: ExportedMedicine, origin: string): ExportRow {
  const row: ExportRow = {
    product_number: m.productNumber ?? null,
    name: m.name,
    slug: m.slug,
    category: m.category,
    status: m.status,
    opinion_status: m.opinionStatus ?? null,
    inn: m.inn ?? null,
    active_substance: m.activeSubstance ?? null,
    therapeutic_areas: list(m.therapeuticAreas),
    atc_codes: list(m.atcCodes),
    atc_not_yet_assigned: m.atcNotYetAssigned ?? null,
    species: list(m.species),
    pharmacotherapeutic_group: m.pharmacotherapeuticGroup ?? null,
    therapeutic_indication: m.therapeuticIndication ?? null,
  };
  for (const key of FLAG_KEYS) row[snake(key)] = m.flags?.[key] ?? null;
  Object.assign(row, {
    patient_safety: m.patientSafety ?? null,
    marketing_authorisation_holder: m.marketingAuthorisationHolder?.name ?? null,
    applicant: m.applicant ?? null,
    developer: m.developer ?? null,
    date_opinion_adopted: m.dates?.opinionAdopted ?? null,
    date_marketing_authorisation_issued: m.dates?.marketingAuthorisationIssued ?? null,
    date_refusal: m.dates?.refusal ?? null,
    date_application_withdrawn: m.dates?.applicationWithdrawn ?? null,
    date_withdrawal: m.dates?.withdrawal ?? null,
    date_suspension: m.dates?.suspension ?? null,
    date_lapse: m.dates?.lapse ?? null,
    date_expiry: m.dates?.expiry ?? null,
    date_revocation: m.dates?.revocation ?? null,
    date_page_last_updated: m.dates?.pageLastUpdated ?? null,
    ema_revision: m.revision ?? null,
    latest_procedure: m.latestProcedure?.number ?? null,
    latest_procedure_date: m.latestProcedure?.date ?? null,
    ema_url: m.emaUrl ?? null,
    openepar_url: `${origin}${medicinePath('en', m)}`,
  });
  return row;
}

/** A value as text (CSV, the data dictionary's examples): booleans as true/false, null as nothing. */
export function cellText(value: CellValue): string {
  return value === null ? '' : String(value);
}

/**
 * The layout as a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/),
 * for tools that load a CSV with its types.
 */
export function tableSchema(): { fields: { name: string; type: string; description: string }[]; [key: string]: unknown } {
  return {
    $schema: 'https://specs.frictionlessdata.io/schemas/table-schema.json',
    fields: EXPORT_COLUMNS.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.type === 'date' ? { format: 'default' } : {}),
      description: c.description,
      ...(c.required || c.enum ? { constraints: { ...(c.required ? { required: true } : {}), ...(c.enum ? { enum: [...c.enum] } : {}) } } : {}),
    })),
    missingValues: [''],
    trueValues: ['true'],
    falseValues: ['false'],
  };
}
