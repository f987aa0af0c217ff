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
import type { PiDigest } from './product-information-diff.ts';

export const CATEGORIES = ['human', 'veterinary'] as const;
export type Category = (typeof CATEGORIES)[number];

/** EMA's status vocabulary, as codes; `STATUS_LABELS` holds EMA's own English wording. */
export const STATUSES = [
  'authorised',
  // Not in EMA's tables, which list a medicine only from the committee's opinion on: the back
  // office records an application from its start, published only if the publisher chooses to.
  'under-evaluation',
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
  'under-evaluation': 'Under evaluation',
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

/** CHMP's (for veterinary medicines CVMP's) opinion on the application, as EMA's tables and pages give it. */
export const OPINION_STATUSES = ['positive', 'negative'] as const;
export type OpinionStatus = (typeof OPINION_STATUSES)[number];

export function isOpinionStatus(value: unknown): value is OpinionStatus {
  return (OPINION_STATUSES as readonly unknown[]).includes(value);
}

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
  /** EMA's reference number, parsed; `null` when the page prints none or something that is not one. */
  referenceNumber: EmaReference | null;
  /** What the page prints after "Reference Number:", verbatim ("EMA/470073/2024 Corr.", "CPMP/1390/00"). */
  referenceText: string | null;
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

/** A topic EMA files the page under ("Medicines", "Biosimilars"), linking to EMA's search for it. */
export interface Topic {
  title: string;
  url: string | null;
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
  /**
   * The company while the medicine has never been authorised (refused, application withdrawn,
   * under evaluation); from authorisation on it is the holder (`companyRoleOf` in lifecycle.ts).
   */
  applicant: string | null;
  /** The company EMA calls the developer, before any application (PRIME, rolling review). */
  developer: string | null;
  /**
   * The committee's opinion: `positive` or `negative` (an `OpinionStatus`) when recognised, in any
   * EU language; otherwise EMA's words verbatim, never dropped.
   */
  opinionStatus: string | null;
  /** `true` where EMA says the ATC code is "not yet assigned", `false` where it gives codes, `null` when silent. */
  atcNotYetAssigned: boolean | null;
  /** What EMA printed as an ATC code that is not one ("LX1XX02"): kept verbatim, never corrected, flagged on the page. */
  malformedAtcCodes: string[];
  /** The target species of a veterinary medicine, as EMA names them ("Dogs", "Calves, newborn"). */
  species: string[];
  /** EMA's "Patient safety" marker in its tables: the medicine has patient safety information on EMA's page. */
  patientSafety: boolean | null;
  /** The page's "Patient safety information" section: EMA's safety communications on the medicine. */
  patientSafetyNews: NewsItem[];
  /** EMA's topics the page is filed under. */
  topics: Topic[];
  /** The page's "Related information on withdrawals" text (markdown-lite, like overview bodies). */
  withdrawalInformation: string | null;
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
  /**
   * Per language, what the newest version of its product information says, section by section
   * (a fingerprint per section, src/domain/product-information-diff.ts): how the history tells
   * which sections a version changed. Absent until product information is imported.
   */
  productInformation?: Partial<Record<LanguageCode, PiDigest>>;
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
