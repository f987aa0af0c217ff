import { sql, type Kysely } from 'kysely';

/**
 * The same document of product information read from a second kind of source (EMA's PDF and
 * docling's Markdown of one revision): stored as an observation of the version it agrees with,
 * not as a version of its own, so differences between two parsers never show as section
 * changes. The observation keeps its whole document and where it came from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table product_information_observations (
      id bigserial primary key,
      version_id bigint not null references product_information_versions on delete cascade,
      source_kind text not null,
      source_file text not null,
      source_url text,
      document jsonb not null,
      content_hash text not null,
      observed_at timestamptz not null default clock_timestamp(),
      unique (version_id, content_hash)
    )`.execute(db);
}
