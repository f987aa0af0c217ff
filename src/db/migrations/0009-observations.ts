import { sql, type Kysely } from 'kysely';
import type { Change } from '../../domain/medicine-diff.ts';
import { assertedFields } from '../../domain/medicine-fields.ts';
import type { Medicine } from '../../domain/medicine.ts';

/**
 * Observations: what each source said about each medicine, as of the date it describes. The
 * record and its revisions become derived from them (src/domain/observations.ts), so history no
 * longer depends on the order of imports, and per-field provenance is read from them too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table observations (
      id bigserial primary key,
      medicine_id integer not null references medicines on delete cascade,
      source_kind text not null,
      source_reference text not null,
      as_of timestamptz not null,
      recorded_at timestamptz not null default clock_timestamp(),
      fields jsonb not null
    )`.execute(db);
  await sql`create index observations_medicine_idx on observations (medicine_id, source_kind, as_of)`.execute(db);

  // Each revision names the observation that made it: its permanent identifier, which survives
  // the renumbering a back-filled past causes. `backfilled` marks entries inserted into the past
  // (or rewritten by such an insertion), which are history but not news.
  await sql`alter table revisions add column observation_id bigint references observations on delete set null`.execute(db);
  await sql`alter table revisions add column backfilled boolean not null default false`.execute(db);
  await sql`alter table revisions add column fingerprint text`.execute(db);

  // The record as derived from its observations; the columns and child tables stay its rendering.
  await sql`alter table medicines add column record jsonb`.execute(db);
  await sql`update medicines m set record = r.snapshot from revisions r where r.medicine_id = m.id and r.number = m.current_revision`.execute(db);

  // Every address a medicine ever had, so old links redirect (case-insensitively) to the current one.
  await sql`
    create table medicine_slugs (
      slug text primary key,
      medicine_id integer not null references medicines on delete cascade
    )`.execute(db);

  // Revisions written before observations existed each become one observation of the fields
  // they changed, with the values their snapshot held.
  for (let after = 0; ; ) {
    const rows = await sql<{ id: string; medicine_id: number; number: number; as_of: Date; recorded_at: Date; source_kind: string; source_reference: string; changes: Change[]; snapshot: Medicine }>`
      select id, medicine_id, number, as_of, recorded_at, source_kind, source_reference, changes, snapshot
      from revisions where id > ${after} order by id limit 500`.execute(db);
    if (rows.rows.length === 0) break;
    for (const r of rows.rows) {
      const all = Object.fromEntries(assertedFields(r.snapshot));
      let fields: Record<string, unknown> = all;
      if (r.number > 1) {
        const paths = new Set(r.changes.map((c) => fieldOf(c.field)));
        fields = Object.fromEntries([...paths].map((p) => [p, valueAt(r.snapshot, p)]));
      }
      const inserted = await sql<{ id: string }>`
        insert into observations (medicine_id, source_kind, source_reference, as_of, recorded_at, fields)
        values (${r.medicine_id}, ${r.source_kind}, ${r.source_reference}, ${r.as_of}, ${r.recorded_at}, ${JSON.stringify(fields)})
        returning id`.execute(db);
      await sql`update revisions set observation_id = ${inserted.rows[0]!.id} where id = ${r.id}`.execute(db);
      await sql`insert into medicine_slugs (slug, medicine_id) values (lower(${r.snapshot.slug}), ${r.medicine_id}) on conflict do nothing`.execute(db);
    }
    after = Number(rows.rows.at(-1)!.id);
  }
  await sql`create unique index revisions_observation_idx on revisions (observation_id)`.execute(db);
  await sql`drop table field_provenance`.execute(db);
}

/** The observed field a change belongs to: `flags.orphan`, `overview.sv`, `documents`, `marketingAuthorisationHolder`. */
function fieldOf(path: string): string {
  const top = path.split(/[.[]/)[0]!;
  if (top === 'flags' || top === 'dates' || top === 'overview') return `${top}.${path.slice(top.length + 1).split(/[.[]/)[0]}`;
  return top;
}

function valueAt(m: Medicine, path: string): unknown {
  const [top, sub] = path.split('.') as [keyof Medicine, string | undefined];
  const value = m[top] as unknown;
  return sub === undefined ? (value ?? null) : ((value as Record<string, unknown> | null)?.[sub] ?? null);
}
