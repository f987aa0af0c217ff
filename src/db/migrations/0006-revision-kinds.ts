import { sql, type Kysely } from 'kysely';
import { changeKinds } from '../../domain/change-kinds.ts';
import type { Change } from '../../domain/medicine-diff.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The kinds of change in each revision (status, holder, documents, …), derived from its
  // changes when written, so history, what's new, feeds and webhooks can filter by them
  // without reading every revision's changes.
  await sql`alter table revisions add column kinds text[] not null default '{}'`.execute(db);
  // Revisions written before this column existed get their kinds from the same rule.
  for (let after = 0; ; ) {
    const rows = await sql<{ id: number | string; number: number; changes: Change[] }>`
      select id, number, changes from revisions where id > ${after} order by id limit 2000`.execute(db);
    if (rows.rows.length === 0) break;
    for (const row of rows.rows) {
      const kinds = changeKinds(row.changes, row.number === 1);
      await sql`update revisions set kinds = ${kinds} where id = ${row.id}`.execute(db);
    }
    after = Number(rows.rows.at(-1)!.id);
  }
  await sql`create index revisions_kinds_idx on revisions using gin (kinds)`.execute(db);
  // Recent changes across the catalogue, by the date each took effect.
  await sql`create index revisions_as_of_idx on revisions (as_of desc, id desc)`.execute(db);
}
