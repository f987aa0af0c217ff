import { sql, type Kysely } from 'kysely';

/**
 * Product information as structured documents (src/domain/product-information.ts): one row per
 * version of a medicine's product information in one language, holding the whole document, and
 * one row per section of that version, so search and section-level diffs read text without
 * parsing the document again. A version is identified by its content: importing the same
 * document again (from the same file or a copy) finds the same hash and changes nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table product_information_versions (
      id bigserial primary key,
      medicine_id integer not null references medicines on delete cascade,
      lang text not null,
      version_date date,
      source_kind text not null,
      source_file text not null,
      source_url text,
      procedure text,
      document jsonb not null,
      content_hash text not null,
      imported_at timestamptz not null default clock_timestamp(),
      unique (medicine_id, lang, content_hash)
    )`.execute(db);
  // The newest version of a medicine's document in a language, and its list of versions.
  await sql`create index product_information_versions_latest_idx on product_information_versions (medicine_id, lang, version_date, imported_at)`.execute(db);
  await sql`
    create table product_information_sections (
      version_id bigint not null references product_information_versions on delete cascade,
      position integer not null,
      annex text not null,
      key text not null,
      number text not null,
      heading text not null,
      text text not null,
      depth integer not null,
      primary key (version_id, position)
    )`.execute(db);
  await sql`create index product_information_sections_key_idx on product_information_sections (version_id, annex, key)`.execute(db);
}
