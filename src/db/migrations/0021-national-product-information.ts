import { sql, type Kysely } from 'kysely';

/**
 * Product information of products outside EMA's catalogue, and ePI master lists.
 *
 * A nationally authorised medicine's ePI (a Spanish SmPC and leaflet with the national
 * registration number in section 8) has no EPAR medicine to belong to: it is stored as the
 * product information of a national product, identified by its national authorisation numbers
 * (and the country, where the document's language tells it), with the holder its section 7 names.
 *
 * An ePI master List names the Bundles of a product's ePI without carrying them; what it does
 * carry (EMA's ePI id, title, procedure, the documents it names) is kept, tied to the catalogue's
 * medicine its procedure names, so the missing Bundles can be fetched later.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table national_products (
      id serial primary key,
      slug text not null unique,
      country text,
      authority text,
      authorisation_numbers text[] not null,
      name text not null,
      holder text,
      created_at timestamptz not null default clock_timestamp()
    )`.execute(db);
  await sql`create index national_products_numbers_idx on national_products using gin (authorisation_numbers)`.execute(db);
  await sql`
    create table national_product_information_versions (
      id bigserial primary key,
      national_product_id integer not null references national_products on delete cascade,
      lang text not null,
      version_date date,
      source_kind text not null,
      source_file text not null,
      document jsonb not null,
      content_hash text not null,
      imported_at timestamptz not null default clock_timestamp(),
      unique (national_product_id, lang, content_hash)
    )`.execute(db);
  await sql`
    create table epi_lists (
      id bigserial primary key,
      medicine_id integer references medicines on delete set null,
      epi_id text,
      title text,
      procedure text,
      entries jsonb not null,
      source_file text not null,
      content_hash text not null unique,
      imported_at timestamptz not null default clock_timestamp()
    )`.execute(db);
}
