import { sql, type Kysely } from 'kysely';

/**
 * The back office's drafts. A draft is a whole record held apart from the medicine tables until
 * it is published, so nothing an editor writes (or a publisher schedules) can show in a page,
 * the API, search, feeds, the sitemap or an export before it is published: those read only the
 * medicine tables, which only the write service changes, at publication.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table editorial_drafts (
      id bigint generated always as identity primary key,
      kind text not null check (kind in ('new', 'update', 'correction', 'unpublish')),
      state text not null check (state in ('draft', 'scheduled', 'published', 'discarded')),
      medicine_slug text,
      product_number text,
      -- Saved over only by a writer who read this version (optimistic locking).
      version integer not null default 1,
      record jsonb not null,
      -- The published record the draft started from: the left side of the review's diff, and
      -- the common ancestor when a draft is merged with a newer published record.
      base_record jsonb,
      reason text,
      -- Everyone who changed the draft: none of them may publish it (the two-person rule).
      editor_ids bigint[] not null default '{}',
      editor_names text[] not null default '{}',
      created_by bigint not null,
      scheduled_at timestamptz,
      scheduled_by bigint,
      scheduled_by_name text,
      override_reason text,
      published_at timestamptz,
      published_by_name text,
      published_revision integer,
      publish_error text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index editorial_drafts_state_idx on editorial_drafts (state, updated_at desc)`.execute(db);
  await sql`create index editorial_drafts_due_idx on editorial_drafts (scheduled_at) where state = 'scheduled'`.execute(db);

  // Every saved version of a draft, so a writer whose save crossed another's sees what the other changed.
  await sql`
    create table editorial_draft_versions (
      draft_id bigint not null references editorial_drafts on delete cascade,
      version integer not null,
      record jsonb not null,
      saved_by bigint not null,
      saved_by_name text not null,
      saved_at timestamptz not null default now(),
      primary key (draft_id, version)
    )`.execute(db);

  // Uploaded files wait here, outside the public file store, until their draft is published.
  await sql`
    create table editorial_uploads (
      id bigint generated always as identity primary key,
      draft_id bigint not null references editorial_drafts on delete cascade,
      sha256 text not null,
      content_type text not null,
      bytes bytea not null,
      pages jsonb not null,
      uploaded_at timestamptz not null default now(),
      unique (draft_id, sha256)
    )`.execute(db);
}
