/**
 * All SQL about medicines. Functions take the executor (the database or an open transaction)
 * so the write service can compose them inside one transaction.
 */
import type { Medicine } from '../../domain/medicine.ts';
import { SAMPLE_REFERENCE_PREFIX } from '../../domain/observations.ts';
import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import type {
  DB,
  DocumentLanguagesTable,
  DocumentsTable,
  MedicinesTable,
  NewsItemsTable,
  OverviewSectionsTable,
  PresentationsTable,
  ProceduresTable,
  MedicineFilesTable,
  StoredFilesTable,
  RelatedItemsTable,
} from '../../db/schema.ts';

export type Executor = Kysely<DB> | Transaction<DB>;
export type MedicineRow = Selectable<MedicinesTable>;
export type MedicineValues = Omit<Insertable<MedicinesTable>, 'id' | 'current_revision' | 'created_at' | 'updated_at'>;

export interface MedicineRows {
  medicine: MedicineRow;
  overviewSections: Selectable<OverviewSectionsTable>[];
  documents: Selectable<DocumentsTable>[];
  documentLanguages: Selectable<DocumentLanguagesTable>[];
  news: Selectable<NewsItemsTable>[];
  related: Selectable<RelatedItemsTable>[];
  presentations: Selectable<PresentationsTable>[];
  procedures: Selectable<ProceduresTable>[];
  files: (Selectable<MedicineFilesTable> & Pick<Selectable<StoredFilesTable>, 'content_type' | 'size_bytes' | 'page_count'>)[];
}

export interface ChildRows {
  overviewSections: Omit<Selectable<OverviewSectionsTable>, 'medicine_id'>[];
  documents: { document: Omit<Insertable<DocumentsTable>, 'id' | 'medicine_id'>; languages: Omit<Selectable<DocumentLanguagesTable>, 'document_id'>[] }[];
  news: Omit<Selectable<NewsItemsTable>, 'medicine_id'>[];
  related: Omit<Selectable<RelatedItemsTable>, 'medicine_id'>[];
  presentations: Omit<Selectable<PresentationsTable>, 'medicine_id'>[];
  procedures: Omit<Selectable<ProceduresTable>, 'medicine_id'>[];
  files: Omit<Selectable<MedicineFilesTable>, 'medicine_id'>[];
}

export type MedicineKey = { by: 'slug'; value: string } | { by: 'productNumber'; value: string } | { by: 'nodeId'; value: number };

/**
 * Every column of a medicine but `record`. Pages and API answers are built from the columns and
 * child rows; the record (tens of kilobytes of JSON the write service compares new sources
 * against) would be parsed and copied between threads on every uncached page for nothing. The
 * `satisfies` keeps the list complete when a column is added.
 */
const READ_COLUMNS = Object.keys({
  id: true, slug: true, product_number: true, name: true, previous_names: true, category: true,
  status: true, inn: true, active_substance: true, therapeutic_areas: true, atc_codes: true,
  pharmacotherapeutic_group: true, therapeutic_indication: true, flag_additional_monitoring: true,
  flag_conditional_approval: true, flag_exceptional_circumstances: true,
  flag_accelerated_assessment: true, flag_orphan: true, flag_generic: true, flag_biosimilar: true,
  flag_advanced_therapy: true, flag_prime: true, holder_name: true, holder_address: true,
  applicant: true, developer: true, opinion_status: true, atc_not_yet_assigned: true,
  malformed_atc_codes: true, species: true, patient_safety: true, patient_safety_news: true,
  topics: true, withdrawal_information: true, date_opinion_adopted: true,
  date_marketing_authorisation_issued: true, date_refusal: true, date_application_withdrawn: true,
  date_withdrawal: true, date_suspension: true, date_lapse: true, date_expiry: true,
  date_revocation: true, date_page_last_updated: true, revision: true,
  latest_procedure_number: true, latest_procedure_date: true, ema_node_id: true, ema_url: true,
  current_revision: true, created_at: true, updated_at: true, atc_groups: true,
} satisfies Record<Exclude<keyof MedicinesTable, 'record'>, true>) as Exclude<keyof MedicinesTable, 'record'>[];

/** A medicine's row for reading, without its record (`record` is null). */
export async function findMedicineRowToRead(db: Executor, key: MedicineKey): Promise<MedicineRow | undefined> {
  let q = db.selectFrom('medicines').select(READ_COLUMNS);
  if (key.by === 'slug') q = q.where('slug', '=', key.value);
  else if (key.by === 'productNumber') q = q.where('product_number', '=', key.value);
  else q = q.where('ema_node_id', '=', key.value);
  const row = await q.executeTakeFirst();
  return row ? { ...row, record: null } : undefined;
}

export async function findMedicineRow(db: Executor, key: MedicineKey, forUpdate = false): Promise<MedicineRow | undefined> {
  let q = db.selectFrom('medicines').selectAll();
  if (key.by === 'slug') q = q.where('slug', '=', key.value);
  else if (key.by === 'productNumber') q = q.where('product_number', '=', key.value);
  else q = q.where('ema_node_id', '=', key.value);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** `findMedicineRow` by product number for many medicines at once, locked for the write that follows. */
export async function findMedicineRowsForUpdate(db: Executor, productNumbers: readonly string[]): Promise<MedicineRow[]> {
  if (productNumbers.length === 0) return [];
  return db.selectFrom('medicines').selectAll().where('product_number', 'in', [...productNumbers]).forUpdate().execute();
}

/**
 * Slugs compared without their hyphens, also against earlier names: EMA's document file names
 * spell some slugs differently ("budesonideformoterol-teva") or keep a medicine's old name.
 */
/**
 * The medicines whose authorised presentations carry any of these EU numbers, or (`prefixes`,
 * `EU/1/03/256/`) any pack of these marketing authorisations, with the numbers that matched.
 */
export async function findByEuNumbers(db: Executor, numbers: readonly string[], prefixes: readonly string[] = []): Promise<{ slug: string; product_number: string | null; name: string; eu_number: string }[]> {
  if (numbers.length === 0 && prefixes.length === 0) return [];
  return db
    .selectFrom('presentations')
    .innerJoin('medicines', 'medicines.id', 'presentations.medicine_id')
    .select(['medicines.slug', 'medicines.product_number', 'medicines.name', 'presentations.eu_number'])
    .where((eb) =>
      eb.or([
        ...(numbers.length > 0 ? [eb('presentations.eu_number', 'in', [...numbers])] : []),
        ...prefixes.map((p) => eb('presentations.eu_number', 'like', `${p.replace(/[%_\\]/g, '\\$&')}%`)),
      ]),
    )
    .orderBy('medicines.slug')
    .orderBy('presentations.eu_number')
    .execute();
}

/**
 * Medicines whose name (or an earlier name) is the start of `productName`, word for word and in
 * any letter case ("Humira" for "Humira 40 mg solución inyectable"), with their holder and the
 * EU numbers of their presentations: the evidence an ePI without listed packs is checked against.
 */
export async function findByNameAtStart(db: Executor, productName: string): Promise<{ slug: string; product_number: string | null; name: string; holder_name: string | null; eu_numbers: string[] }[]> {
  const text = productName.toLowerCase();
  // A name is at the start when the text begins with it and a space (or nothing) follows.
  const startsWith = (name: ReturnType<typeof sql>) =>
    sql<boolean>`(left(${text}, length(${name})) = lower(${name}) and substr(${text} || ' ', length(${name}) + 1, 1) = ' ')`;
  return db
    .selectFrom('medicines')
    .select(['medicines.slug', 'medicines.product_number', 'medicines.name', 'medicines.holder_name'])
    .select((eb) => eb.fn.coalesce(eb.selectFrom('presentations').select(sql<string[]>`array_agg(eu_number order by eu_number)`.as('n')).whereRef('presentations.medicine_id', '=', 'medicines.id'), sql<string[]>`'{}'::text[]`).as('eu_numbers'))
    .where((eb) =>
      eb.or([
        startsWith(sql`medicines.name`),
        eb.exists(eb.selectFrom(sql<{ prev: string }>`unnest(previous_names)`.as('prev')).select(sql`1`.as('one')).where(startsWith(sql`prev`))),
      ]),
    )
    .orderBy('medicines.slug')
    .execute();
}

export async function findSlugLoosely(db: Executor, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('medicines')
    .select('slug')
    .where((eb) =>
      eb.or([
        eb(sql`replace(slug, '-', '')`, '=', key),
        eb.exists(
          eb
            .selectFrom(sql<{ n: string }>`unnest(previous_names)`.as('p'))
            .select(sql`1`.as('one'))
            .where(sql`regexp_replace(lower(p), '[^a-z0-9]', '', 'g')`, '=', key),
        ),
      ]),
    )
    .orderBy('id')
    .executeTakeFirst();
  return row?.slug;
}

export async function loadChildRows(db: Executor, medicine: MedicineRow): Promise<MedicineRows> {
  const id = medicine.id;
  const [overviewSections, documents, documentLanguages, news, related, presentations, procedures, files] = await Promise.all([
    db.selectFrom('overview_sections').selectAll().where('medicine_id', '=', id).orderBy('lang').orderBy('position').execute(),
    db.selectFrom('documents').selectAll().where('medicine_id', '=', id).orderBy('position').execute(),
    db
      .selectFrom('document_languages')
      .innerJoin('documents', 'documents.id', 'document_languages.document_id')
      .selectAll('document_languages')
      .where('documents.medicine_id', '=', id)
      .orderBy('document_languages.document_id').orderBy('document_languages.position')
      .execute(),
    db.selectFrom('news_items').selectAll().where('medicine_id', '=', id).orderBy('position').execute(),
    db.selectFrom('related_items').selectAll().where('medicine_id', '=', id).orderBy('position').execute(),
    db.selectFrom('presentations').selectAll().where('medicine_id', '=', id).orderBy('position').execute(),
    db.selectFrom('procedures').selectAll().where('medicine_id', '=', id).orderBy('position').execute(),
    db
      .selectFrom('medicine_files')
      .innerJoin('stored_files', 'stored_files.sha256', 'medicine_files.sha256')
      .selectAll('medicine_files')
      .select(['stored_files.content_type', 'stored_files.size_bytes', 'stored_files.page_count'])
      .where('medicine_id', '=', id)
      .orderBy('position')
      .execute(),
  ]);
  return { medicine, overviewSections, documents, documentLanguages, news, related, presentations, procedures, files };
}

/** A new medicine's row, with the record derived from its first source and its first history entry counted. */
export async function insertMedicine(db: Executor, values: MedicineValues, record: Medicine): Promise<number> {
  const row = await db
    .insertInto('medicines')
    .values({ ...values, record: JSON.stringify(record), current_revision: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateMedicine(db: Executor, id: number, values: MedicineValues, revision: number, record: Medicine): Promise<void> {
  await db
    .updateTable('medicines')
    .set({ ...values, record: JSON.stringify(record), current_revision: revision, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

// The parts of a record kept in child tables: most of its bytes, which plain fields never need.
const CHILD_PARTS = ['overview', 'documents', 'news', 'related', 'presentations', 'procedures', 'files', 'patientSafetyNews', 'topics'];

/**
 * The record a row keeps as derived from its sources, or null for a row written before it was
 * kept. With `plainOnly`, its child parts are left empty: a data-table row is compared with the
 * plain fields only.
 */
export function recordOf(row: MedicineRow, plainOnly: boolean): Medicine | null {
  if (!row.record) return null;
  if (!plainOnly) return row.record;
  const empty = Object.fromEntries(CHILD_PARTS.map((p) => [p, p === 'overview' ? {} : []]));
  return { ...row.record, ...empty } as Medicine;
}

/** Moves a medicine to another address (its record's slug is unchanged; see the write service). */
export async function setSlug(db: Executor, id: number, slug: string): Promise<void> {
  await db.updateTable('medicines').set({ slug, updated_at: sql<Date>`now()` }).where('id', '=', id).execute();
}

export type ChildPart = 'overview' | 'documents' | 'news' | 'related' | 'presentations' | 'procedures' | 'files';

/** Replaces the child rows of the given parts; parts not named are left as they are. */
export async function replaceChildRows(db: Executor, medicineId: number, rows: ChildRows, parts: ReadonlySet<ChildPart>): Promise<void> {
  if (parts.has('overview')) await db.deleteFrom('overview_sections').where('medicine_id', '=', medicineId).execute();
  if (parts.has('documents')) await db.deleteFrom('documents').where('medicine_id', '=', medicineId).execute();
  if (parts.has('news')) await db.deleteFrom('news_items').where('medicine_id', '=', medicineId).execute();
  if (parts.has('related')) await db.deleteFrom('related_items').where('medicine_id', '=', medicineId).execute();
  if (parts.has('presentations')) await db.deleteFrom('presentations').where('medicine_id', '=', medicineId).execute();
  if (parts.has('procedures')) await db.deleteFrom('procedures').where('medicine_id', '=', medicineId).execute();
  if (parts.has('files')) await db.deleteFrom('medicine_files').where('medicine_id', '=', medicineId).execute();

  if (parts.has('overview') && rows.overviewSections.length > 0) {
    await db.insertInto('overview_sections').values(rows.overviewSections.map((r) => ({ ...r, medicine_id: medicineId }))).execute();
  }
  if (parts.has('documents') && rows.documents.length > 0) {
    const ids = await db
      .insertInto('documents')
      .values(rows.documents.map((d) => ({ ...d.document, medicine_id: medicineId })))
      .returning(['id', 'position'])
      .execute();
    const idByPosition = new Map(ids.map((r) => [r.position, r.id]));
    const languages = rows.documents.flatMap((d) =>
      d.languages.map((l) => ({ ...l, document_id: idByPosition.get(d.document.position)! })),
    );
    if (languages.length > 0) await db.insertInto('document_languages').values(languages).execute();
  }
  if (parts.has('news') && rows.news.length > 0) {
    await db.insertInto('news_items').values(rows.news.map((r) => ({ ...r, medicine_id: medicineId }))).execute();
  }
  if (parts.has('related') && rows.related.length > 0) {
    await db.insertInto('related_items').values(rows.related.map((r) => ({ ...r, medicine_id: medicineId }))).execute();
  }
  if (parts.has('presentations') && rows.presentations.length > 0) {
    await db.insertInto('presentations').values(rows.presentations.map((r) => ({ ...r, medicine_id: medicineId }))).execute();
  }
  if (parts.has('procedures') && rows.procedures.length > 0) {
    await db.insertInto('procedures').values(rows.procedures.map((r) => ({ ...r, medicine_id: medicineId }))).execute();
  }
  if (parts.has('files') && rows.files.length > 0) {
    await db.insertInto('medicine_files').values(rows.files.map((r) => ({ ...r, medicine_id: medicineId }))).execute();
  }
}

export interface ListQuery {
  status: string | null;
  category: string | null;
  sort: 'name' | '-name' | 'authorised' | '-authorised' | 'updated' | '-updated';
  limit: number;
  offset: number;
}

const SUMMARY_COLUMNS = [
  'slug',
  'name',
  'product_number',
  'category',
  'status',
  'inn',
  'active_substance',
  'therapeutic_areas',
  'holder_name',
  'date_marketing_authorisation_issued',
  'date_page_last_updated',
] as const;
export type SummaryRow = Pick<MedicineRow, (typeof SUMMARY_COLUMNS)[number]>;

function filtered(db: Executor, q: Pick<ListQuery, 'status' | 'category'>) {
  let query = db.selectFrom('medicines');
  if (q.status) query = query.where('status', '=', q.status);
  if (q.category) query = query.where('category', '=', q.category);
  return query;
}

export async function listSummaries(db: Executor, q: ListQuery): Promise<{ rows: SummaryRow[]; total: number }> {
  const desc = q.sort.startsWith('-');
  const key = q.sort.replace(/^-/, '');
  const dir = desc ? 'desc' : 'asc';
  let query = filtered(db, q).select(SUMMARY_COLUMNS);
  // Undated medicines sort last either way, so a date sort starts with what has a date.
  if (key === 'authorised') query = query.orderBy('date_marketing_authorisation_issued', (ob) => (desc ? ob.desc().nullsLast() : ob.asc().nullsLast()));
  if (key === 'updated') query = query.orderBy('date_page_last_updated', (ob) => (desc ? ob.desc().nullsLast() : ob.asc().nullsLast()));
  query = query.orderBy(sql`lower(name)`, dir).orderBy('id', dir);
  const [rows, count] = await Promise.all([
    query.limit(q.limit).offset(q.offset).execute(),
    filtered(db, q).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Keyset paging by slug for the API: stable under inserts, no offset scans. */
export async function listSlugsAfter(
  db: Executor,
  q: Pick<ListQuery, 'status' | 'category'> & { after: string | null; limit: number },
): Promise<string[]> {
  let query = filtered(db, q).select('slug');
  if (q.after !== null) query = query.where('slug', '>', q.after);
  const rows = await query.orderBy('slug').limit(q.limit).execute();
  return rows.map((r) => r.slug);
}

export async function loadManyBySlug(db: Executor, slugs: string[]): Promise<MedicineRows[]> {
  if (slugs.length === 0) return [];
  const medicines = await db.selectFrom('medicines').select(READ_COLUMNS).where('slug', 'in', slugs).execute();
  const bySlug = new Map<string, MedicineRow>(medicines.map((m) => [m.slug, { ...m, record: null }]));
  const found = slugs.flatMap((slug) => bySlug.get(slug) ?? []);
  return loadChildRowsOfMany(db, found);
}

/**
 * The child rows of many medicines in eight queries, not eight per medicine: a page of fifty
 * records costs what one does (a round trip to PGlite's worker or the server is most of a query).
 */
export async function loadChildRowsOfMany(db: Executor, medicines: MedicineRow[]): Promise<MedicineRows[]> {
  if (medicines.length === 0) return [];
  const ids = medicines.map((m) => m.id);
  const [overviewSections, documents, documentLanguages, news, related, presentations, procedures, files] = await Promise.all([
    db.selectFrom('overview_sections').selectAll().where('medicine_id', 'in', ids).orderBy('lang').orderBy('position').execute(),
    db.selectFrom('documents').selectAll().where('medicine_id', 'in', ids).orderBy('position').execute(),
    db
      .selectFrom('document_languages')
      .innerJoin('documents', 'documents.id', 'document_languages.document_id')
      .selectAll('document_languages')
      .select('documents.medicine_id')
      .where('documents.medicine_id', 'in', ids)
      .orderBy('document_languages.document_id').orderBy('document_languages.position')
      .execute(),
    db.selectFrom('news_items').selectAll().where('medicine_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('related_items').selectAll().where('medicine_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('presentations').selectAll().where('medicine_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('procedures').selectAll().where('medicine_id', 'in', ids).orderBy('position').execute(),
    db
      .selectFrom('medicine_files')
      .innerJoin('stored_files', 'stored_files.sha256', 'medicine_files.sha256')
      .selectAll('medicine_files')
      .select(['stored_files.content_type', 'stored_files.size_bytes', 'stored_files.page_count'])
      .where('medicine_id', 'in', ids)
      .orderBy('position')
      .execute(),
  ]);
  const of = <T extends { medicine_id: number }>(rows: T[], id: number) => rows.filter((r) => r.medicine_id === id);
  return medicines.map((medicine) => ({
    medicine,
    overviewSections: of(overviewSections, medicine.id),
    documents: of(documents, medicine.id),
    documentLanguages: of(documentLanguages, medicine.id).map(({ medicine_id: _, ...l }) => l),
    news: of(news, medicine.id),
    related: of(related, medicine.id),
    presentations: of(presentations, medicine.id),
    procedures: of(procedures, medicine.id),
    files: of(files, medicine.id),
  }));
}

/** How many medicines the sample catalogue recorded (its sources are named `sample/…`). */
export async function countSampleMedicines(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('observations')
    .select((eb) => eb.fn.count<number>('medicine_id').distinct().as('n'))
    .where('source_reference', 'like', `${SAMPLE_REFERENCE_PREFIX}%`)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function countByStatus(db: Executor): Promise<{ status: string; n: number }[]> {
  const rows = await db
    .selectFrom('medicines')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}

export async function recentlyUpdated(db: Executor, limit: number): Promise<SummaryRow[]> {
  return db
    .selectFrom('medicines')
    .select(SUMMARY_COLUMNS)
    .orderBy('date_page_last_updated', (ob) => ob.desc().nullsLast())
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
