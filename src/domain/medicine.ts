/**
 * The EPAR data model: everything EMA's public page for a medicine holds, as plain data.
 * Unknown values are `null` (never invented); lists are empty when the source has none.
 * This shape is what importers produce, what the write service stores and diffs, and what the
 * read side returns; rows from the database never travel further than the service.
 */
import type { AtcCode, EmaReference, ProductNumber } from './identifiers.ts';
import type { LanguageCode } from './languages.ts';
import type { Presentation } from './presentation.ts';
import type { Procedure } from './procedure.ts';

export const CATEGORIES = ['human', 'veterinary'] as const;
export type Category = (typeof CATEGORIES)[number];

/** EMA's status vocabulary, as codes; `STATUS_LABELS` holds EMA's own English wording. */
export const STATUSES = [
  'authorised',
  'opinion',
  'opinion-under-re-examination',
  'refused',
  'application-withdrawn',
  'withdrawn-from-rolling-review',
  'withdrawn',
  'suspended',
  'lapsed',
  'expired',
  'revoked',
] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  authorised: 'Authorised',
  opinion: 'Opinion',
  'opinion-under-re-examination': 'Opinion under re-examination',
  refused: 'Refused',
  'application-withdrawn': 'Application withdrawn',
  'withdrawn-from-rolling-review': 'Withdrawn from rolling review',
  withdrawn: 'Withdrawn',
  suspended: 'Suspended',
  lapsed: 'Lapsed',
  expired: 'Expired',
  revoked: 'Revoked',
};

/** Accepts a status code or EMA's label in any case ("Authorised", "application withdrawn"). */
export function parseStatus(input: string): Status | null {
  const key = input.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((STATUSES as readonly string[]).includes(key)) return key as Status;
  return null;
}

export const FLAG_KEYS = [
  'additionalMonitoring',
  'conditionalApproval',
  'exceptionalCircumstances',
  'acceleratedAssessment',
  'orphan',
  'generic',
  'biosimilar',
  'advancedTherapy',
  'prime',
] as const;
export type FlagKey = (typeof FLAG_KEYS)[number];
/** `true`/`false` when the source says so; `null` when the source is silent on that flag. */
export type Flags = Record<FlagKey, boolean | null>;

/** The dates EMA records for a medicine, as ISO 8601 calendar dates (`2022-01-06`). */
export const DATE_KEYS = [
  'opinionAdopted',
  'marketingAuthorisationIssued',
  'refusal',
  'applicationWithdrawn',
  'withdrawal',
  'suspension',
  'lapse',
  'expiry',
  'revocation',
  'pageLastUpdated',
] as const;
export type DateKey = (typeof DATE_KEYS)[number];
export type IsoDate = string;
export type Dates = Record<DateKey, IsoDate | null>;

export interface MarketingAuthorisationHolder {
  name: string;
  /** Address lines as EMA prints them; EMA's page often carries only the first lines. */
  address: string | null;
}

export interface OverviewSection {
  /** `null` for the introduction that precedes the first question. */
  heading: string | null;
  /** Markdown-lite text: paragraphs separated by blank lines, list items starting with "- ". */
  body: string;
}

export interface Overview {
  sections: OverviewSection[];
}

/** Where a document sits on the page. */
export const DOCUMENT_SECTIONS = ['overview', 'product-information', 'assessment-history', 'other'] as const;
export type DocumentSection = (typeof DOCUMENT_SECTIONS)[number];

export interface DocumentLanguageVersion {
  lang: LanguageCode;
  sizeBytes: number | null;
  firstPublished: IsoDate | null;
  lastUpdated: IsoDate | null;
  /** EMA's URL for this language version, absolute. */
  url: string | null;
}

export interface MedicineDocument {
  /** Derived from EMA's document URL path: `overview`, `product-information`, `assessment-report`, ... */
  type: string;
  title: string;
  section: DocumentSection;
  /** The sub-heading the document is listed under, e.g. "Initial marketing authorisation documents". */
  group: string | null;
  referenceNumber: EmaReference | null;
  /** "Adopted" and similar status words EMA prints above some documents. */
  documentStatus: string | null;
  languages: DocumentLanguageVersion[];
}

export interface NewsItem {
  title: string;
  url: string;
  date: IsoDate | null;
}

export const RELATED_KINDS = ['paediatric-investigation-plan', 'post-authorisation-study', 'orphan-designation', 'referral', 'other'] as const;
export type RelatedKind = (typeof RELATED_KINDS)[number];

export interface RelatedItem {
  kind: RelatedKind;
  title: string;
  url: string;
}

export interface LatestProcedure {
  /** As printed, e.g. `II/0010/G`. */
  number: string;
  date: IsoDate | null;
}

export interface Medicine {
  productNumber: ProductNumber | null;
  name: string;
  /** URL segment, EMA's own: `lumykras`. */
  slug: string;
  /** Earlier names, from "(previously Abasria)". */
  previousNames: string[];
  category: Category;
  status: Status;
  inn: string | null;
  activeSubstance: string | null;
  therapeuticAreas: string[];
  atcCodes: AtcCode[];
  pharmacotherapeuticGroup: string | null;
  therapeuticIndication: string | null;
  flags: Flags;
  marketingAuthorisationHolder: MarketingAuthorisationHolder | null;
  /** Before authorisation EMA names an applicant instead of a holder. */
  applicant: string | null;
  dates: Dates;
  revision: number | null;
  latestProcedure: LatestProcedure | null;
  overview: Partial<Record<LanguageCode, Overview>>;
  documents: MedicineDocument[];
  news: NewsItem[];
  related: RelatedItem[];
  emaNodeId: number | null;
  emaUrl: string | null;
  /** EMA's "All authorised presentations": packs with their EU numbers. */
  presentations: Presentation[];
  /** Post-authorisation procedures (variations, renewals, PSURs, ...) from the procedural-steps documents. */
  procedures: Procedure[];
  /** Documents whose files OpenEPAR holds (imported or synced), one per type and language. */
  files: StoredDocumentFile[];
}

export interface StoredDocumentFile {
  /** As in EMA's URLs: `product-information`, `overview`, ... */
  documentType: string;
  lang: LanguageCode;
  sha256: string;
  sizeBytes: number;
  contentType: string;
  pageCount: number;
  /** The name the file was imported under, e.g. `lumykras-epar-product-information_sv.pdf`. */
  fileName: string;
}

export function emptyFlags(): Flags {
  return Object.fromEntries(FLAG_KEYS.map((k) => [k, null])) as Flags;
}

export function emptyDates(): Dates {
  return Object.fromEntries(DATE_KEYS.map((k) => [k, null])) as Dates;
}

/** Where a write came from; recorded on every revision. */
export interface WriteSource {
  kind: 'epar-page' | 'ema-table' | 'overview' | 'procedural-steps' | 'presentations' | 'document' | 'sync' | 'editor' | 'sample';
  /** The file, URL or user behind the write. */
  reference: string;
  /** When the source says its data is from (a table's snapshot date); defaults to now. */
  asOf?: Date;
}

/** The fields lists and search results show for a medicine. */
export interface MedicineSummary {
  slug: string;
  name: string;
  productNumber: ProductNumber | null;
  category: Category;
  status: Status;
  inn: string | null;
  activeSubstance: string | null;
  therapeuticAreas: string[];
  holder: string | null;
  marketingAuthorisationIssued: IsoDate | null;
  pageLastUpdated: IsoDate | null;
}

export const CATALOGUE_SORTS = ['name', '-name', 'authorised', '-authorised', 'updated', '-updated'] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];
