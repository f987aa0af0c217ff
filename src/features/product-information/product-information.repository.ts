/**
 * All SQL of product information: versions of a medicine's documents and their sections
 * (migration 0012). Rows in, rows out; the service turns them into the domain's shapes.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ProductInformationDocument } from '../../domain/product-information.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface PiMedicineRow {
  id: number;
  slug: string;
  productNumber: string | null;
  name: string;
  currentRevision: number;
}

/** A medicine by product number, slug or an earlier slug (lower-cased by the caller when a slug). */
export async function findPiMedicine(db: Executor, key: { productNumber: string } | { slug: string }): Promise<PiMedicineRow | undefined> {
  let q = db.selectFrom('medicines').select(['id', 'slug', 'product_number', 'name', 'current_revision']);
  q =
    'productNumber' in key
      ? q.where('product_number', '=', key.productNumber)
      : q.where((eb) => eb.or([eb('slug', '=', key.slug), eb('id', 'in', eb.selectFrom('medicine_slugs').select('medicine_id').where('slug', '=', key.slug))]));
  const row = await q.orderBy(sql`slug = ${'slug' in key ? key.slug : ''}`, 'desc').executeTakeFirst();
  return row && { id: row.id, slug: row.slug, productNumber: row.product_number, name: row.name, currentRevision: row.current_revision };
}

export interface PiVersionRow {
  id: string;
  medicineId: number;
  lang: string;
  versionDate: string | null;
  sourceKind: string;
  sourceFile: string;
  sourceUrl: string | null;
  procedure: string | null;
  contentHash: string;
  importedAt: Date;
}

const VERSION_COLUMNS = ['id', 'medicine_id', 'lang', 'version_date', 'source_kind', 'source_file', 'source_url', 'procedure', 'content_hash', 'imported_at'] as const;

function toVersionRow(r: {
  id: string;
  medicine_id: number;
  lang: string;
  version_date: string | null;
  source_kind: string;
  source_file: string;
  source_url: string | null;
  procedure: string | null;
  content_hash: string;
  imported_at: Date;
}): PiVersionRow {
  return {
    id: String(r.id),
    medicineId: r.medicine_id,
    lang: r.lang,
    versionDate: r.version_date,
    sourceKind: r.source_kind,
    sourceFile: r.source_file,
    sourceUrl: r.source_url,
    procedure: r.procedure,
    contentHash: r.content_hash,
    importedAt: r.imported_at,
  };
}

export async function findVersionByHash(db: Executor, medicineId: number, lang: string, contentHash: string): Promise<PiVersionRow | undefined> {
  const row = await db
    .selectFrom('product_information_versions')
    .select(VERSION_COLUMNS)
    .where('medicine_id', '=', medicineId)
    .where('lang', '=', lang)
    .where('content_hash', '=', contentHash)
    .executeTakeFirst();
  return row && toVersionRow(row);
}

/**
 * Newest first: by the date the document describes (undated versions after dated ones), then by
 * when it was imported.
 */
export async function listVersionRows(db: Executor, medicineId: number, lang: string | null): Promise<PiVersionRow[]> {
  let q = db.selectFrom('product_information_versions').select(VERSION_COLUMNS).where('medicine_id', '=', medicineId);
  if (lang !== null) q = q.where('lang', '=', lang);
  const rows = await q
    .orderBy(sql`version_date desc nulls last`)
    .orderBy('imported_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toVersionRow);
}

/** The newest version per language of a medicine (one row per language). */
export async function latestVersionRows(db: Executor, medicineId: number): Promise<PiVersionRow[]> {
  const rows = await db
    .selectFrom('product_information_versions')
    .select(VERSION_COLUMNS)
    .distinctOn('lang')
    .where('medicine_id', '=', medicineId)
    .orderBy('lang')
    .orderBy(sql`version_date desc nulls last`)
    .orderBy('imported_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toVersionRow);
}

export async function readVersion(db: Executor, versionId: string): Promise<{ row: PiVersionRow; document: ProductInformationDocument } | undefined> {
  const row = await db
    .selectFrom('product_information_versions')
    .select([...VERSION_COLUMNS, 'document'])
    .where('id', '=', versionId)
    .executeTakeFirst();
  return row && { row: toVersionRow(row), document: row.document };
}

/** A version to store: its stored row's fields but those the database gives, and the document. */
export type NewVersionRow = Omit<PiVersionRow, 'id' | 'importedAt'> & { document: ProductInformationDocument };

export async function insertVersion(db: Executor, v: NewVersionRow): Promise<PiVersionRow> {
  const row = await db
    .insertInto('product_information_versions')
    .values({
      medicine_id: v.medicineId,
      lang: v.lang,
      version_date: v.versionDate,
      source_kind: v.sourceKind,
      source_file: v.sourceFile,
      source_url: v.sourceUrl,
      procedure: v.procedure,
      document: JSON.stringify(v.document).replaceAll('\\u0000', ''),
      content_hash: v.contentHash,
    })
    .returning(VERSION_COLUMNS)
    .executeTakeFirstOrThrow();
  return toVersionRow(row);
}

export interface SectionRow {
  position: number;
  annex: string;
  key: string;
  number: string;
  heading: string;
  text: string;
  depth: number;
}

export async function insertSections(db: Executor, versionId: string, sections: SectionRow[]): Promise<void> {
  // PostgreSQL caps a statement at 65,535 parameters; a long leaflet has hundreds of sections.
  for (let i = 0; i < sections.length; i += 500) {
    await db
      .insertInto('product_information_sections')
      .values(sections.slice(i, i + 500).map((s) => ({ version_id: versionId, ...s, text: s.text.replaceAll('\u0000', ''), heading: s.heading.replaceAll('\u0000', '') })))
      .execute();
  }
}

export async function readSections(db: Executor, versionId: string): Promise<SectionRow[]> {
  return db
    .selectFrom('product_information_sections')
    .select(['position', 'annex', 'key', 'number', 'heading', 'text', 'depth'])
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
}

/**
 * Versions that may be the same revision as a document from another kind of source: same
 * medicine, language, date and procedure, read from one of `kinds`. With their documents, to
 * compare the wording.
 */
export async function findSameRevision(
  db: Executor,
  v: { medicineId: number; lang: string; versionDate: string; procedure: string | null; kinds: string[] },
): Promise<{ row: PiVersionRow; document: ProductInformationDocument }[]> {
  if (v.kinds.length === 0) return [];
  const rows = await db
    .selectFrom('product_information_versions')
    .select([...VERSION_COLUMNS, 'document'])
    .where('medicine_id', '=', v.medicineId)
    .where('lang', '=', v.lang)
    .where('version_date', '=', v.versionDate)
    .where(sql<boolean>`procedure is not distinct from ${v.procedure}`)
    .where('source_kind', 'in', v.kinds)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ row: toVersionRow(r), document: r.document }));
}

export interface PiObservationRow {
  id: string;
  versionId: string;
  sourceKind: string;
  sourceFile: string;
  sourceUrl: string | null;
  contentHash: string;
  observedAt: Date;
}

/** The version a document with this hash was already observed for, as a second source of it. */
export async function findObservedVersion(db: Executor, medicineId: number, lang: string, contentHash: string): Promise<PiVersionRow | undefined> {
  const row = await db
    .selectFrom('product_information_observations as o')
    .innerJoin('product_information_versions as v', 'v.id', 'o.version_id')
    .select(VERSION_COLUMNS.map((c) => `v.${c}` as const))
    .where('v.medicine_id', '=', medicineId)
    .where('v.lang', '=', lang)
    .where('o.content_hash', '=', contentHash)
    .executeTakeFirst();
  return row && toVersionRow(row);
}

export async function insertObservation(
  db: Executor,
  o: { versionId: string; sourceKind: string; sourceFile: string; sourceUrl: string | null; document: ProductInformationDocument; contentHash: string },
): Promise<PiObservationRow> {
  const row = await db
    .insertInto('product_information_observations')
    .values({
      version_id: o.versionId,
      source_kind: o.sourceKind,
      source_file: o.sourceFile,
      source_url: o.sourceUrl,
      document: JSON.stringify(o.document).replaceAll('\\u0000', ''),
      content_hash: o.contentHash,
    })
    .returning(['id', 'version_id', 'source_kind', 'source_file', 'source_url', 'content_hash', 'observed_at'])
    .executeTakeFirstOrThrow();
  return toObservationRow(row);
}

export async function listObservations(db: Executor, versionId: string): Promise<PiObservationRow[]> {
  const rows = await db
    .selectFrom('product_information_observations')
    .select(['id', 'version_id', 'source_kind', 'source_file', 'source_url', 'content_hash', 'observed_at'])
    .where('version_id', '=', versionId)
    .orderBy('id')
    .execute();
  return rows.map(toObservationRow);
}

function toObservationRow(r: { id: string; version_id: string; source_kind: string; source_file: string; source_url: string | null; content_hash: string; observed_at: Date }): PiObservationRow {
  return {
    id: String(r.id),
    versionId: String(r.version_id),
    sourceKind: r.source_kind,
    sourceFile: r.source_file,
    sourceUrl: r.source_url,
    contentHash: r.content_hash,
    observedAt: r.observed_at,
  };
}

/** The newest version in each language of each of these medicines, with what states its legal status. */
export interface PiLatestFactsRow {
  slug: string;
  versionId: string;
  lang: string;
  /** The ePI's coded legal status for the supply (the document's `legalStatusOfSupply`), or null. */
  coded: unknown;
  /** The text of annex II section B, or null when the version has none. */
  annexB: string | null;
}

export async function latestFactsOf(db: Executor, slugs: readonly string[]): Promise<PiLatestFactsRow[]> {
  if (slugs.length === 0) return [];
  const rows = await sql<{ slug: string; id: string; lang: string; coded: unknown; annex_b: string | null }>`
    select m.slug, v.id::text as id, v.lang, v.document -> 'legalStatusOfSupply' as coded, s.text as annex_b
    from (
      select distinct on (medicine_id, lang) id, medicine_id, lang, document
      from product_information_versions
      where medicine_id in (select id from medicines where slug in (${sql.join(slugs.map((x) => sql`${x}`))}))
      order by medicine_id, lang, version_date desc nulls last, imported_at desc, id desc
    ) v
    join medicines m on m.id = v.medicine_id
    left join lateral (
      select text from product_information_sections
      where version_id = v.id and annex = 'annex-ii' and key = 'B' order by position limit 1
    ) s on true
    order by m.slug, v.lang`.execute(db);
  return rows.rows.map((r) => ({ slug: r.slug, versionId: r.id, lang: r.lang, coded: r.coded, annexB: r.annex_b }));
}

/** The slug of the medicine a version belongs to. */
export async function versionOwner(db: Executor, versionId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('product_information_versions as v')
    .innerJoin('medicines as m', 'm.id', 'v.medicine_id')
    .select('m.slug')
    .where('v.id', '=', versionId)
    .executeTakeFirst();
  return row?.slug;
}

// ---------------------------------------------------------------------------------------------
// National products and ePI lists (migration 0021). Their tables are not in the typed schema:
// nothing else reads them, and plain SQL keeps them to this one file.

export interface NationalProductRow {
  id: number;
  slug: string;
  country: string | null;
  authority: string | null;
  authorisationNumbers: string[];
  name: string;
  holder: string | null;
}

type NationalProductDbRow = { id: number; slug: string; country: string | null; authority: string | null; authorisation_numbers: string[]; name: string; holder: string | null };
const toNationalProduct = (r: NationalProductDbRow): NationalProductRow => ({
  id: r.id,
  slug: r.slug,
  country: r.country,
  authority: r.authority,
  authorisationNumbers: r.authorisation_numbers,
  name: r.name,
  holder: r.holder,
});

/** The national product of that country holding any of these authorisation numbers. */
export async function findNationalProduct(db: Executor, country: string | null, numbers: readonly string[]): Promise<NationalProductRow | undefined> {
  const rows = await sql<NationalProductDbRow>`
    select id, slug, country, authority, authorisation_numbers, name, holder from national_products
    where country is not distinct from ${country} and authorisation_numbers && ${sql`array[${sql.join(numbers.map((n) => sql`${n}`))}]::text[]`}
    order by id limit 1`.execute(db);
  return rows.rows[0] && toNationalProduct(rows.rows[0]);
}

export async function insertNationalProduct(db: Executor, p: Omit<NationalProductRow, 'id'>): Promise<NationalProductRow> {
  const rows = await sql<NationalProductDbRow>`
    insert into national_products (slug, country, authority, authorisation_numbers, name, holder)
    values (${p.slug}, ${p.country}, ${p.authority}, ${sql`array[${sql.join(p.authorisationNumbers.map((n) => sql`${n}`))}]::text[]`}, ${p.name}, ${p.holder})
    returning id, slug, country, authority, authorisation_numbers, name, holder`.execute(db);
  return toNationalProduct(rows.rows[0]!);
}

export async function nationalSlugTaken(db: Executor, slug: string): Promise<boolean> {
  return (await sql`select 1 from national_products where slug = ${slug}`.execute(db)).rows.length > 0;
}

export async function listNationalProducts(db: Executor): Promise<(NationalProductRow & { languages: string[] })[]> {
  const rows = await sql<NationalProductDbRow & { languages: string[] }>`
    select p.id, p.slug, p.country, p.authority, p.authorisation_numbers, p.name, p.holder,
      coalesce(array_agg(distinct v.lang) filter (where v.lang is not null), '{}') as languages
    from national_products p left join national_product_information_versions v on v.national_product_id = p.id
    group by p.id order by p.name, p.id`.execute(db);
  return rows.rows.map((r) => ({ ...toNationalProduct(r), languages: r.languages }));
}

export async function findNationalProductBySlug(db: Executor, slug: string): Promise<NationalProductRow | undefined> {
  const rows = await sql<NationalProductDbRow>`select id, slug, country, authority, authorisation_numbers, name, holder from national_products where slug = ${slug}`.execute(db);
  return rows.rows[0] && toNationalProduct(rows.rows[0]);
}

export interface NationalVersionRow {
  id: string;
  lang: string;
  versionDate: string | null;
  sourceKind: string;
  sourceFile: string;
  contentHash: string;
  importedAt: Date;
  document: ProductInformationDocument;
}

/** Inserts a version unless the product holds the same content in that language; null when it did. */
export async function insertNationalVersion(
  db: Executor,
  v: { productId: number; lang: string; versionDate: string | null; sourceKind: string; sourceFile: string; document: ProductInformationDocument; contentHash: string },
): Promise<string | null> {
  const rows = await sql<{ id: string }>`
    insert into national_product_information_versions (national_product_id, lang, version_date, source_kind, source_file, document, content_hash)
    values (${v.productId}, ${v.lang}, ${v.versionDate}, ${v.sourceKind}, ${v.sourceFile}, ${JSON.stringify(v.document)}::jsonb, ${v.contentHash})
    on conflict (national_product_id, lang, content_hash) do nothing
    returning id::text as id`.execute(db);
  return rows.rows[0]?.id ?? null;
}

/** The newest version in each language of a national product, with its document. */
export async function latestNationalVersions(db: Executor, productId: number): Promise<NationalVersionRow[]> {
  const rows = await sql<{ id: string; lang: string; version_date: string | null; source_kind: string; source_file: string; content_hash: string; imported_at: Date; document: ProductInformationDocument }>`
    select distinct on (lang) id::text as id, lang, version_date::text as version_date, source_kind, source_file, content_hash, imported_at, document
    from national_product_information_versions where national_product_id = ${productId}
    order by lang, version_date desc nulls last, imported_at desc, id desc`.execute(db);
  return rows.rows.map((r) => ({ id: r.id, lang: r.lang, versionDate: r.version_date, sourceKind: r.source_kind, sourceFile: r.source_file, contentHash: r.content_hash, importedAt: r.imported_at, document: r.document }));
}

/** Stores an ePI master list unless the same one is stored; true when it was new. */
export async function insertEpiList(
  db: Executor,
  l: { medicineId: number | null; epiId: string | null; title: string | null; procedure: string | null; entries: unknown; sourceFile: string; contentHash: string },
): Promise<boolean> {
  const rows = await sql`
    insert into epi_lists (medicine_id, epi_id, title, procedure, entries, source_file, content_hash)
    values (${l.medicineId}, ${l.epiId}, ${l.title}, ${l.procedure}, ${JSON.stringify(l.entries)}::jsonb, ${l.sourceFile}, ${l.contentHash})
    on conflict (content_hash) do nothing returning id`.execute(db);
  return rows.rows.length > 0;
}
