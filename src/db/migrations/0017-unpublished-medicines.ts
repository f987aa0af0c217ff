import { sql, type Kysely } from 'kysely';

/**
 * Medicines taken off the portal as a whole: one created in the back office and unpublished
 * before it had any earlier state to go back to. Its rows leave the medicine tables (so pages,
 * the API, search, feeds, the sitemap and exports no longer know it, with no filter anywhere);
 * what stays is this record of it: its addresses, which answer 410 Gone with the reason, who
 * unpublished it and when, and the revisions it had, so its public history is not erased.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table unpublished_medicines (
      id bigint generated always as identity primary key,
      slug text not null,
      -- Every address the medicine answered at, lower case.
      addresses text[] not null,
      product_number text,
      name text not null,
      category text not null,
      reason text not null,
      -- The write source's reference: who edited, who published (src/domain/editorial-source.ts).
      reference text not null,
      unpublished_at timestamptz not null,
      record jsonb not null,
      revisions jsonb not null
    )`.execute(db);
  await sql`create index unpublished_medicines_addresses_idx on unpublished_medicines using gin (addresses)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table unpublished_medicines`.execute(db);
}
