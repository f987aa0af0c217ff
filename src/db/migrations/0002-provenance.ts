import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // For each field of a medicine, the latest value each kind of source gave for it and as of
  // when. The stored value is the newest source's; the others stay here so disagreements
  // between sources are visible (API `?provenance=1`) rather than silently overwritten.
  await sql`
    create table field_provenance (
      medicine_id integer not null references medicines on delete cascade,
      field text not null,
      source_kind text not null,
      source_reference text not null,
      as_of timestamptz not null,
      value jsonb not null,
      primary key (medicine_id, field, source_kind)
    )`.execute(db);
}
