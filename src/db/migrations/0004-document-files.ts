import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The bytes live in the content-addressed file store (named by their SHA-256); the database
  // keeps what is known about each file and its text, page by page, for search.
  await sql`
    create table stored_files (
      sha256 text primary key,
      content_type text not null,
      size_bytes integer not null,
      page_count integer not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table stored_file_pages (
      sha256 text not null references stored_files on delete cascade,
      page_number integer not null,
      text text not null,
      primary key (sha256, page_number)
    )`.execute(db);
  await sql`
    create table medicine_files (
      medicine_id integer not null references medicines on delete cascade,
      position integer not null,
      document_type text not null,
      lang text not null,
      sha256 text not null references stored_files,
      file_name text not null,
      primary key (medicine_id, position),
      unique (medicine_id, document_type, lang)
    )`.execute(db);
}
