/**
 * Kysely's view of the tables, kept by hand beside the migrations that create them.
 * `date` columns are read as ISO strings (see the type parsers in `database.ts`), so no
 * time zone ever shifts a regulatory date by a day.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Medicine, NewsItem, Topic } from '../domain/medicine.ts';
import type { ProductInformationDocument } from '../domain/product-information.ts';

type IsoDateColumn = string | null;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface MedicinesTable {
  id: Generated<number>;
  slug: string;
  product_number: string | null;
  name: string;
  previous_names: string[];
  category: string;
  status: string;
  inn: string | null;
  active_substance: string | null;
  therapeutic_areas: string[];
  atc_codes: string[];
  pharmacotherapeutic_group: string | null;
  therapeutic_indication: string | null;
  flag_additional_monitoring: boolean | null;
  flag_conditional_approval: boolean | null;
  flag_exceptional_circumstances: boolean | null;
  flag_accelerated_assessment: boolean | null;
  flag_orphan: boolean | null;
  flag_generic: boolean | null;
  flag_biosimilar: boolean | null;
  flag_advanced_therapy: boolean | null;
  flag_prime: boolean | null;
  holder_name: string | null;
  holder_address: string | null;
  applicant: string | null;
  developer: string | null;
  opinion_status: string | null;
  atc_not_yet_assigned: boolean | null;
  malformed_atc_codes: ColumnType<string[], string[] | undefined, string[]>;
  species: ColumnType<string[], string[] | undefined, string[]>;
  patient_safety: boolean | null;
  /** NewsItem[] (src/domain/medicine.ts). */
  patient_safety_news: ColumnType<NewsItem[], string | undefined, string>;
  /** Topic[] (src/domain/medicine.ts). */
  topics: ColumnType<Topic[], string | undefined, string>;
  withdrawal_information: string | null;
  date_opinion_adopted: IsoDateColumn;
  date_marketing_authorisation_issued: IsoDateColumn;
  date_refusal: IsoDateColumn;
  date_application_withdrawn: IsoDateColumn;
  date_withdrawal: IsoDateColumn;
  date_suspension: IsoDateColumn;
  date_lapse: IsoDateColumn;
  date_expiry: IsoDateColumn;
  date_revocation: IsoDateColumn;
  date_page_last_updated: IsoDateColumn;
  revision: number | null;
  latest_procedure_number: string | null;
  latest_procedure_date: IsoDateColumn;
  ema_node_id: number | null;
  ema_url: string | null;
  current_revision: ColumnType<number, number | undefined, number>;
  /** The record as derived from its sources' observations (the columns and child tables render it). */
  record: ColumnType<Medicine | null, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OverviewSectionsTable {
  medicine_id: number;
  lang: string;
  position: number;
  heading: string | null;
  body: string;
}

export interface DocumentsTable {
  id: Generated<number>;
  medicine_id: number;
  position: number;
  type: string;
  title: string;
  section: string;
  group_heading: string | null;
  reference_number: string | null;
  /** The reference as the page prints it; `reference_number` holds it parsed, when it parses. */
  reference_text: string | null;
  document_status: string | null;
}

export interface DocumentLanguagesTable {
  document_id: number;
  lang: string;
  position: number;
  size_bytes: number | null;
  first_published: IsoDateColumn;
  last_updated: IsoDateColumn;
  url: string | null;
}

export interface NewsItemsTable {
  medicine_id: number;
  position: number;
  title: string;
  url: string;
  date: IsoDateColumn;
}

export interface RelatedItemsTable {
  medicine_id: number;
  position: number;
  kind: string;
  title: string;
  url: string;
}

export interface RevisionsTable {
  id: Generated<string>;
  medicine_id: number;
  number: number;
  recorded_at: Timestamp;
  as_of: Timestamp;
  source_kind: string;
  source_reference: string;
  changes: JSONColumnType<unknown[]>;
  snapshot: JSONColumnType<object>;
  /** ChangeKind values (src/domain/change-kinds.ts). */
  kinds: Generated<string[]>;
  /** The observation that made this entry: its permanent identifier. */
  observation_id: string | null;
  /** Inserted into the past (or rewritten by such an insertion): history, not news. */
  backfilled: Generated<boolean>;
  fingerprint: string | null;
}

export interface ObservationsTable {
  id: Generated<string>;
  medicine_id: number;
  source_kind: string;
  source_reference: string;
  as_of: Timestamp;
  recorded_at: Timestamp;
  /** Field path → value, as the importer normalised it. */
  fields: JSONColumnType<Record<string, unknown>>;
}

/** A medicine taken off the portal whole (migration 0017): what its old addresses answer with. */
export interface UnpublishedMedicinesTable {
  id: Generated<string>;
  slug: string;
  addresses: string[];
  product_number: string | null;
  name: string;
  category: string;
  reason: string;
  reference: string;
  unpublished_at: Timestamp;
  record: JSONColumnType<object>;
  revisions: JSONColumnType<unknown[]>;
}

export interface MedicineSlugsTable {
  /** Lower case. */
  slug: string;
  medicine_id: number;
}

export interface PresentationsTable {
  medicine_id: number;
  position: number;
  eu_number: string;
  invented_name: string;
  strength: string | null;
  pharmaceutical_form: string | null;
  route_of_administration: string | null;
  immediate_packaging: string | null;
  content: string | null;
  pack_size: string | null;
}

export interface ProceduresTable {
  medicine_id: number;
  position: number;
  number: string;
  other_numbers: string[];
  type: string;
  type_label: string | null;
  scope: string;
  opinion_date: IsoDateColumn;
  commission_decision_date: IsoDateColumn;
  product_information_affected: string | null;
  summary: string | null;
}

export interface StoredFilesTable {
  sha256: string;
  content_type: string;
  size_bytes: number;
  page_count: number;
  created_at: Timestamp;
}

export interface StoredFilePagesTable {
  sha256: string;
  page_number: number;
  text: string;
}

export interface MedicineFilesTable {
  medicine_id: number;
  position: number;
  document_type: string;
  lang: string;
  sha256: string;
  file_name: string;
}

/** Language code → text-search configuration (`openepar_swedish`, or `openepar_simple`). */
export interface SearchLanguagesTable {
  lang: string;
  config: string;
}

/** Derived from the medicine tables by the search repository; never written elsewhere. */
export interface SearchDocumentsTable {
  medicine_id: number;
  kind: 'names' | 'facts' | 'overview' | 'document';
  /** `''` for language-independent text (names). */
  lang: string;
  part: number;
  document_type: string | null;
  page_number: number | null;
  body: string;
  tsv: string;
  tsv_simple: string;
}

/** Every word of a name, substance or area, for "did you mean". */
export interface SearchVocabularyTable {
  word: string;
}

export interface SearchTermsTable {
  medicine_id: number;
  /** `component`: one substance of a combination ("bictegravir" of "bictegravir / emtricitabine / ..."). */
  kind: 'name' | 'previous-name' | 'inn' | 'substance' | 'component' | 'product-number' | 'area' | 'holder';
  term: string;
  norm: string;
}

export interface SearchIndexStateTable {
  medicine_id: number;
  revision: number;
  fingerprint: string;
  indexed_at: Timestamp;
}

export interface ApiKeysTable {
  id: Generated<number>;
  name: string;
  /** Hex SHA-256 of the whole key. */
  key_hash: string;
  /** The key's first characters, to recognise it in lists. */
  key_prefix: string;
  created_at: Timestamp;
  revoked_at: Date | null;
}

export interface WebhookOutboxTable {
  revision_id: number | string;
}

export interface WebhookSubscriptionsTable {
  id: string;
  api_key_id: number;
  url: string;
  description: string | null;
  secret: string;
  medicine_id: number | null;
  kinds: string[] | null;
  search: JSONColumnType<object | null, string | null, string | null>;
  status: ColumnType<'active' | 'paused', 'active' | 'paused' | undefined, 'active' | 'paused'>;
  paused_at: Date | null;
  pause_reason: string | null;
  failing_since: Date | null;
  created_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  id: string;
  seq: Generated<number>;
  subscription_id: string;
  revision_id: number | string;
  event: JSONColumnType<object>;
  state: ColumnType<'pending' | 'delivered', 'pending' | 'delivered' | undefined, 'pending' | 'delivered'>;
  created_at: Timestamp;
  next_attempt_at: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  locked_until: Date | null;
  lock_token: string | null;
  delivered_at: Date | null;
}

export interface WebhookAttemptsTable {
  delivery_id: string;
  number: number;
  started_at: Timestamp;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  response_excerpt: string | null;
}

/** One version of a medicine's product information in one language (migration 0012). */
export interface ProductInformationVersionsTable {
  id: Generated<string>;
  medicine_id: number;
  lang: string;
  version_date: IsoDateColumn;
  /** PiSourceKind: 'pdf' | 'markdown' | 'epi'. */
  source_kind: string;
  source_file: string;
  source_url: string | null;
  procedure: string | null;
  /** ProductInformationDocument (src/domain/product-information.ts). */
  document: ColumnType<ProductInformationDocument, string, string>;
  content_hash: string;
  imported_at: Timestamp;
}

/**
 * The same document as a stored version, read from another kind of source (migration 0019): a
 * PDF of the revision a Markdown file was stored from, or the reverse.
 */
export interface ProductInformationObservationsTable {
  id: Generated<string>;
  version_id: string;
  source_kind: string;
  source_file: string;
  source_url: string | null;
  document: ColumnType<ProductInformationDocument, string, string>;
  content_hash: string;
  observed_at: Timestamp;
}

/** Each section of a version, depth-first in document order, with its own text (not its subsections'). */
export interface ProductInformationSectionsTable {
  version_id: string;
  position: number;
  /** AnnexKind. */
  annex: string;
  key: string;
  number: string;
  heading: string;
  text: string;
  depth: number;
}

/** Back-office drafts (migration 0016): records held apart from the medicine tables until published. */
export interface EditorialDraftsTable {
  id: Generated<number>;
  /** DraftKind (src/features/editorial/drafts.service.ts). */
  kind: string;
  /** DraftState. */
  state: string;
  medicine_slug: string | null;
  product_number: string | null;
  version: ColumnType<number, number | undefined, number>;
  record: ColumnType<Medicine, string, string>;
  base_record: ColumnType<Medicine | null, string | null, string | null>;
  reason: string | null;
  editor_ids: ColumnType<number[], number[] | undefined, number[]>;
  editor_names: ColumnType<string[], string[] | undefined, string[]>;
  created_by: number;
  scheduled_at: Date | null;
  scheduled_by: number | null;
  scheduled_by_name: string | null;
  override_reason: string | null;
  published_at: Date | null;
  published_by_name: string | null;
  published_revision: number | null;
  publish_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EditorialDraftVersionsTable {
  draft_id: number;
  version: number;
  record: ColumnType<Medicine, string, string>;
  saved_by: number;
  saved_by_name: string;
  saved_at: Timestamp;
}

export interface EditorialUploadsTable {
  id: Generated<number>;
  draft_id: number;
  sha256: string;
  content_type: string;
  bytes: Uint8Array;
  /** string[]: the text of each page. */
  pages: ColumnType<string[], string, string>;
  uploaded_at: Timestamp;
}

/** Back-office accounts (migration 0015). */
export interface StaffUsersTable {
  id: Generated<number>;
  /** Lower-case. */
  email: string;
  display_name: string;
  /** StaffRole (src/domain/staff.ts). */
  role: string;
  /** argon2id, PHC string. */
  password_hash: string;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  /** Base32 TOTP secret; null: no second factor. */
  totp_secret: string | null;
  created_at: Timestamp;
  password_changed_at: Timestamp;
  disabled_at: Date | null;
}

export interface StaffSessionsTable {
  id: Generated<number>;
  /** Hex SHA-256 of the cookie's token. */
  token_hash: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  /** The absolute end, however active the session. */
  expires_at: Timestamp;
  address: string | null;
  user_agent: string | null;
  ended_at: Date | null;
}

export interface StaffLoginFailuresTable {
  scope: string;
  key: string;
  failures: number;
  last_failure_at: Timestamp;
  blocked_until: Date | null;
}

/** Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE. */
export interface AuditEventsTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  actor_email: string | null;
  action: string;
  subject: string | null;
  address: string | null;
  user_agent: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface DB {
  search_languages: SearchLanguagesTable;
  search_documents: SearchDocumentsTable;
  search_terms: SearchTermsTable;
  search_vocabulary: SearchVocabularyTable;
  search_index_state: SearchIndexStateTable;
  stored_files: StoredFilesTable;
  stored_file_pages: StoredFilePagesTable;
  medicine_files: MedicineFilesTable;
  presentations: PresentationsTable;
  procedures: ProceduresTable;
  observations: ObservationsTable;
  medicine_slugs: MedicineSlugsTable;
  unpublished_medicines: UnpublishedMedicinesTable;
  medicines: MedicinesTable;
  overview_sections: OverviewSectionsTable;
  documents: DocumentsTable;
  document_languages: DocumentLanguagesTable;
  news_items: NewsItemsTable;
  related_items: RelatedItemsTable;
  revisions: RevisionsTable;
  api_keys: ApiKeysTable;
  webhook_outbox: WebhookOutboxTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  staff_users: StaffUsersTable;
  staff_sessions: StaffSessionsTable;
  staff_login_failures: StaffLoginFailuresTable;
  audit_events: AuditEventsTable;
  product_information_versions: ProductInformationVersionsTable;
  product_information_sections: ProductInformationSectionsTable;
  product_information_observations: ProductInformationObservationsTable;
  editorial_drafts: EditorialDraftsTable;
  editorial_draft_versions: EditorialDraftVersionsTable;
  editorial_uploads: EditorialUploadsTable;
}
