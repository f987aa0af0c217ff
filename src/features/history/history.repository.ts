/**
 * All SQL about revisions. Lists never read `snapshot` (the whole record, tens of kilobytes):
 * only a single revision and a comparison need it.
 */
import { sql, type Kysely, type SqlBool, type Expression } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface RevisionMedicineRow {
  id: number;
  slug: string;
  name: string;
  product_number: string | null;
  category: string;
  current_revision: number;
}

export interface RevisionRow {
  id: number | string;
  medicine_id: number;
  number: number;
  recorded_at: Date;
  as_of: Date;
  source_kind: string;
  source_reference: string;
  changes: unknown[];
  kinds: string[];
  observation_id: number | string | null;
  backfilled: boolean;
}

export type RevisionWithMedicineRow = RevisionRow & { slug: string; name: string; product_number: string | null; category: string };

/** Conditions on the medicine (its current state) and on the revision's kinds. */
export interface RevisionConditions {
  kinds: string[];
  status: string[];
  area: string[];
  holder: string[];
  category: string[];
  medicineIds: number[] | null;
}

const REVISION_COLUMNS = sql`r.id, r.medicine_id, r.number, r.recorded_at, r.as_of, r.source_kind, r.source_reference, r.changes, r.kinds, r.observation_id, r.backfilled`;
const MEDICINE_COLUMNS = sql`m.slug, m.name, m.product_number, m.category`;

function conditions(c: RevisionConditions): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (c.kinds.length > 0) out.push(sql<SqlBool>`r.kinds && ${c.kinds}::text[]`);
  if (c.status.length > 0) out.push(sql<SqlBool>`m.status = any(${c.status}::text[])`);
  if (c.area.length > 0) out.push(sql<SqlBool>`m.therapeutic_areas && ${c.area}::text[]`);
  // As search does: the holder, or the applicant of a medicine never authorised.
  if (c.holder.length > 0) out.push(sql<SqlBool>`coalesce(m.holder_name, m.applicant) = any(${c.holder}::text[])`);
  if (c.category.length > 0) out.push(sql<SqlBool>`m.category = any(${c.category}::text[])`);
  if (c.medicineIds !== null) out.push(sql<SqlBool>`r.medicine_id = any(${c.medicineIds}::int[])`);
  return out;
}

function where(parts: Expression<SqlBool>[]) {
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}

export async function findMedicine(db: Kysely<DB>, key: { by: 'slug' | 'productNumber'; value: string }): Promise<RevisionMedicineRow | undefined> {
  return db
    .selectFrom('medicines')
    .select(['id', 'slug', 'name', 'product_number', 'category', 'current_revision'])
    .where(key.by === 'slug' ? 'slug' : 'product_number', '=', key.value)
    .executeTakeFirst();
}

/** One medicine's revisions, newest first, numbered below `before` when given. */
export async function listRevisions(db: Kysely<DB>, medicineId: number, opts: { limit: number; before: number | null }): Promise<RevisionRow[]> {
  const before = opts.before === null ? sql`true` : sql`r.number < ${opts.before}`;
  const { rows } = await sql<RevisionRow>`
    select ${REVISION_COLUMNS} from revisions r
    where r.medicine_id = ${medicineId} and ${before}
    order by r.number desc limit ${opts.limit}`.execute(db);
  return rows;
}

/** The revision whose change took effect last (not always the last recorded: an older document may be imported late). */
export async function latestRevisionOf(db: Kysely<DB>, slug: string): Promise<{ number: number; as_of: Date } | undefined> {
  const { rows } = await sql<{ number: number; as_of: Date }>`
    select r.number, r.as_of from medicines m join revisions r on r.medicine_id = m.id
    where m.slug = ${slug} order by r.as_of desc, r.id desc limit 1`.execute(db);
  return rows[0];
}

export async function listRevisionHeads(db: Kysely<DB>, medicineId: number): Promise<{ number: number; as_of: Date }[]> {
  const { rows } = await sql<{ number: number; as_of: Date }>`
    select number, as_of from revisions where medicine_id = ${medicineId} order by number desc`.execute(db);
  return rows;
}

export async function loadRevisions(db: Kysely<DB>, medicineId: number, numbers: number[]): Promise<(RevisionRow & { snapshot: object })[]> {
  const { rows } = await sql<RevisionRow & { snapshot: object }>`
    select ${REVISION_COLUMNS}, r.snapshot from revisions r
    where r.medicine_id = ${medicineId} and r.number = any(${numbers}::int[])`.execute(db);
  return rows;
}

/** Across the catalogue, by the date each change took effect: (as_of, id) descending, after the cursor. */
export async function recentRevisions(
  db: Kysely<DB>,
  c: RevisionConditions,
  opts: { limit: number; after: { asOf: Date; id: number } | null },
): Promise<RevisionWithMedicineRow[]> {
  const parts = conditions(c);
  if (opts.after) parts.push(sql<SqlBool>`(r.as_of, r.id) < (${opts.after.asOf}::timestamptz, ${opts.after.id}::bigint)`);
  const { rows } = await sql<RevisionWithMedicineRow>`
    select ${REVISION_COLUMNS}, ${MEDICINE_COLUMNS}
    from revisions r join medicines m on m.id = r.medicine_id
    where ${where(parts)}
    order by r.as_of desc, r.id desc
    limit ${opts.limit}`.execute(db);
  return rows;
}

/**
 * In the order recorded (id ascending), after the id given or from a time on, leaving out
 * revisions recorded within the last `settleSeconds` (see `HistoryService.changes`).
 */
export async function revisionsSince(
  db: Kysely<DB>,
  opts: { afterId: number | null; since: Date | null; limit: number; settleSeconds: number },
): Promise<RevisionWithMedicineRow[]> {
  const parts: Expression<SqlBool>[] = [];
  if (opts.afterId !== null) parts.push(sql<SqlBool>`r.id > ${opts.afterId}::bigint`);
  if (opts.since !== null) parts.push(sql<SqlBool>`r.id >= coalesce((select min(id) from revisions where recorded_at >= ${opts.since}::timestamptz), 9223372036854775807)`);
  if (opts.settleSeconds > 0) parts.push(sql<SqlBool>`r.recorded_at < now() - make_interval(secs => ${opts.settleSeconds})`);
  const { rows } = await sql<RevisionWithMedicineRow>`
    select ${REVISION_COLUMNS}, ${MEDICINE_COLUMNS}
    from revisions r join medicines m on m.id = r.medicine_id
    where ${where(parts)}
    order by r.id
    limit ${opts.limit}`.execute(db);
  return rows;
}

export async function lastIdRecordedBefore(db: Kysely<DB>, before: Date, settleSeconds: number): Promise<number | null> {
  const { rows } = await sql<{ id: number | string | null }>`
    select max(id) as id from revisions
    where recorded_at < least(${before}::timestamptz, now() - make_interval(secs => ${settleSeconds}))`.execute(db);
  const id = rows[0]?.id;
  return id === null || id === undefined ? null : Number(id);
}

export async function latestRecordedAt(db: Kysely<DB>, c: RevisionConditions): Promise<Date | null> {
  const parts = conditions(c);
  const needsMedicine = c.status.length + c.area.length + c.holder.length + c.category.length > 0;
  const { rows } = needsMedicine
    ? await sql<{ at: Date | null }>`
        select max(r.recorded_at) as at from revisions r join medicines m on m.id = r.medicine_id where ${where(parts)}`.execute(db)
    : await sql<{ at: Date | null }>`select max(r.recorded_at) as at from revisions r where ${where(parts)}`.execute(db);
  return rows[0]?.at ?? null;
}

/** Values for the what's-new filters: areas and companies of medicines that have revisions. */
export async function filterValues(db: Kysely<DB>): Promise<{ areas: string[]; holders: string[] }> {
  const [areas, holders] = await Promise.all([
    sql<{ v: string }>`select distinct unnest(therapeutic_areas) as v from medicines order by 1`.execute(db),
    sql<{ v: string }>`select distinct coalesce(holder_name, applicant) as v from medicines where coalesce(holder_name, applicant) is not null order by 1`.execute(db),
  ]);
  return { areas: areas.rows.map((r) => r.v), holders: holders.rows.map((r) => r.v) };
}

/**
 * The parts of a record that the catalogue as of a date leaves out when asked for the plain
 * facts only (exports): documents, overviews and the rest are most of a snapshot's bytes.
 */
const CHILD_PARTS = ['overview', 'documents', 'news', 'related', 'presentations', 'procedures', 'files', 'patientSafetyNews', 'topics'];

export interface SnapshotAsOfRow {
  medicine_id: number;
  slug: string;
  snapshot: object;
}

/**
 * Each medicine's record as it stood at `before` (exclusive): the snapshot of its last revision
 * dated earlier. A medicine with no such revision was not yet known and is absent. Keyset-paged
 * by medicine id (`afterId`), or by the medicine's current address (`afterSlug`) for the API's
 * list; `status` and `category` are conditions on the record as it stood then.
 */
export async function snapshotsAsOf(
  db: Kysely<DB>,
  q: { before: Date; order: 'id' | 'slug'; ids: number[] | null; afterId: number | null; afterSlug: string | null; status: string | null; category: string | null; limit: number; plain: boolean },
): Promise<SnapshotAsOfRow[]> {
  const snapshot = q.plain ? sql`r.snapshot - ${CHILD_PARTS}::text[]` : sql`r.snapshot`;
  const bySlug = q.order === 'slug';
  const conditions: Expression<SqlBool>[] = [sql<SqlBool>`r.as_of < ${q.before}`];
  if (q.ids !== null) conditions.push(sql<SqlBool>`r.medicine_id = any(${q.ids}::int[])`);
  if (q.afterId !== null) conditions.push(sql<SqlBool>`r.medicine_id > ${q.afterId}`);
  if (q.afterSlug !== null) conditions.push(sql<SqlBool>`m.slug > ${q.afterSlug}`);
  const outer: Expression<SqlBool>[] = [];
  if (q.status !== null) outer.push(sql<SqlBool>`snapshot->>'status' = ${q.status}`);
  if (q.category !== null) outer.push(sql<SqlBool>`snapshot->>'category' = ${q.category}`);
  const order = bySlug ? sql`slug` : sql`medicine_id`;
  const result = await sql<SnapshotAsOfRow>`
    select medicine_id, slug, snapshot from (
      select distinct on (${bySlug ? sql`m.slug` : sql`r.medicine_id`}) r.medicine_id, m.slug, ${snapshot} as snapshot
      from revisions r join medicines m on m.id = r.medicine_id
      where ${where(conditions)}
      order by ${bySlug ? sql`m.slug` : sql`r.medicine_id`}, r.number desc
    ) s
    where ${where(outer)}
    order by ${order}
    limit ${q.limit}`.execute(db);
  return result.rows.map((r) => ({ ...r, medicine_id: Number(r.medicine_id) }));
}
