/**
 * SQL of observations (what each source said about a medicine, as of a date) and of the
 * revisions derived from them. Functions take the write's transaction.
 */
import { sql } from 'kysely';
import type { Medicine } from '../../domain/medicine.ts';
import type { Observation, SourceKind } from '../../domain/observations.ts';
import type { Executor, MedicineValues } from './medicines.repository.ts';

/**
 * The medicine's observations; with `only`, each carries just those fields (a data-table row
 * needs the plain fields, not the documents a page observed, which are most of the bytes).
 */
export async function loadObservations(db: Executor, medicineId: number, only?: readonly string[]): Promise<Observation[]> {
  const fields = only
    ? sql<Record<string, unknown>>`(select coalesce(jsonb_object_agg(key, value), '{}'::jsonb) from jsonb_each(fields) where key = any(${[...only]}::text[]))`.as('fields')
    : sql<Record<string, unknown>>`fields`.as('fields');
  const rows = await db
    .selectFrom('observations')
    .select(['id', 'source_kind', 'source_reference', 'as_of', 'recorded_at', fields])
    .where('medicine_id', '=', medicineId)
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    sourceKind: r.source_kind as SourceKind,
    sourceReference: r.source_reference,
    asOf: new Date(r.as_of),
    recordedAt: new Date(r.recorded_at),
    fields: r.fields,
  }));
}

/** `loadObservations` for many medicines at once, by medicine id. */
export async function loadObservationsOf(db: Executor, medicineIds: readonly number[], only: readonly string[]): Promise<Map<number, Observation[]>> {
  const byMedicine = new Map<number, Observation[]>(medicineIds.map((id) => [id, []]));
  if (medicineIds.length === 0) return byMedicine;
  const rows = await db
    .selectFrom('observations')
    .select([
      'medicine_id',
      'id',
      'source_kind',
      'source_reference',
      'as_of',
      'recorded_at',
      sql<Record<string, unknown>>`(select coalesce(jsonb_object_agg(key, value), '{}'::jsonb) from jsonb_each(fields) where key = any(${[...only]}::text[]))`.as('fields'),
    ])
    .where('medicine_id', 'in', [...medicineIds])
    .execute();
  for (const r of rows) {
    byMedicine.get(r.medicine_id)?.push({
      id: String(r.id),
      sourceKind: r.source_kind as SourceKind,
      sourceReference: r.source_reference,
      asOf: new Date(r.as_of),
      recordedAt: new Date(r.recorded_at),
      fields: r.fields,
    });
  }
  return byMedicine;
}

/** Many observations in one statement, for writes that need none of their identifiers back. */
export async function insertObservations(db: Executor, rows: readonly { medicineId: number; observation: Pick<Observation, 'sourceKind' | 'sourceReference' | 'asOf' | 'fields'> }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('observations')
    .values(rows.map(({ medicineId, observation: o }) => ({ medicine_id: medicineId, source_kind: o.sourceKind, source_reference: o.sourceReference, as_of: o.asOf, fields: JSON.stringify(o.fields) })))
    .execute();
}

export async function insertObservation(
  db: Executor,
  medicineId: number,
  o: Pick<Observation, 'sourceKind' | 'sourceReference' | 'asOf' | 'fields'>,
): Promise<Observation> {
  const row = await db
    .insertInto('observations')
    .values({ medicine_id: medicineId, source_kind: o.sourceKind, source_reference: o.sourceReference, as_of: o.asOf, fields: JSON.stringify(o.fields) })
    .returning(['id', 'recorded_at'])
    .executeTakeFirstOrThrow();
  return { ...o, id: String(row.id), recordedAt: new Date(row.recorded_at) };
}

/** A source restated (the same file or table of the same date) with other values: the newer reading replaces the older. */
export async function replaceObservationFields(db: Executor, id: string, fields: Readonly<Record<string, unknown>>): Promise<void> {
  await db.updateTable('observations').set({ fields: JSON.stringify(fields) }).where('id', '=', id).execute();
}

export interface StoredRevision {
  id: string;
  number: number;
  observationId: string | null;
  asOf: Date;
  fingerprint: string | null;
  backfilled: boolean;
}

export async function loadRevisionIndex(db: Executor, medicineId: number): Promise<StoredRevision[]> {
  const rows = await db
    .selectFrom('revisions')
    .select(['id', 'number', 'observation_id', 'as_of', 'fingerprint', 'backfilled'])
    .where('medicine_id', '=', medicineId)
    .orderBy('number')
    .execute();
  return rows.map((r) => ({ id: String(r.id), number: r.number, observationId: r.observation_id === null ? null : String(r.observation_id), asOf: new Date(r.as_of), fingerprint: r.fingerprint, backfilled: r.backfilled }));
}

export interface RevisionValues {
  number: number;
  observationId: string;
  asOf: Date;
  sourceKind: string;
  sourceReference: string;
  changes: unknown[];
  kinds: readonly string[];
  snapshot: object;
  fingerprint: string;
  backfilled: boolean;
}

function revisionColumns(r: RevisionValues) {
  return {
    number: r.number,
    observation_id: r.observationId,
    as_of: r.asOf,
    source_kind: r.sourceKind,
    source_reference: r.sourceReference,
    changes: JSON.stringify(r.changes),
    kinds: [...r.kinds],
    snapshot: JSON.stringify(r.snapshot),
    fingerprint: r.fingerprint,
    backfilled: r.backfilled,
  };
}

/**
 * Inserts a revision; news (a change to the current record, not a back-filled past) also gets
 * its webhook outbox row in the same statement, so no committed change can miss its deliveries.
 */
export async function insertRevision(db: Executor, medicineId: number, r: RevisionValues): Promise<void> {
  const insert = (q: Executor) => q.insertInto('revisions').values({ medicine_id: medicineId, ...revisionColumns(r) });
  if (r.backfilled) {
    await insert(db).execute();
    return;
  }
  await db
    .with('revision', (q) => insert(q as Executor).returning('id'))
    .insertInto('webhook_outbox')
    .columns(['revision_id'])
    .expression((eb) => eb.selectFrom('revision').select('revision.id'))
    .execute();
}

/** What `recordChange` writes to the medicine's row: its columns, its record and its revision count. */
export interface MedicineState {
  values: MedicineValues;
  record: Medicine;
  revision: number;
}

/**
 * A change appended to a medicine's history, as one statement: the observation, the medicine's
 * row (when `medicine` is given) and, when the words changed, the news revision citing the
 * observation with its webhook outbox row. An import writes thousands of these; a round trip
 * each to the database was most of its time.
 */
export async function recordChange(
  db: Executor,
  medicineId: number,
  o: Pick<Observation, 'sourceKind' | 'sourceReference' | 'asOf' | 'fields'>,
  medicine: MedicineState | null,
  revision: Omit<RevisionValues, 'observationId' | 'backfilled'> | null,
): Promise<Observation> {
  const observed = db.with('observation', (q) =>
    q
      .insertInto('observations')
      .values({ medicine_id: medicineId, source_kind: o.sourceKind, source_reference: o.sourceReference, as_of: o.asOf, fields: JSON.stringify(o.fields) })
      .returning(['id', 'recorded_at']),
  );
  // Nothing later reads the medicine's CTE: the query goes on with the observation's names only.
  const stored: typeof observed = medicine
    ? (observed.with('medicine', (q) =>
        q
          .updateTable('medicines')
          .set({ ...medicine.values, record: JSON.stringify(medicine.record), current_revision: medicine.revision, updated_at: sql<Date>`now()` })
          .where('id', '=', medicineId)
          .returning('id'),
      ) as unknown as typeof observed)
    : observed;
  const query = revision
    ? stored
        .with('revision', (q) =>
          q
            .insertInto('revisions')
            .values({
              medicine_id: medicineId,
              ...revisionColumns({ ...revision, observationId: '', backfilled: false }),
              observation_id: (eb) => eb.selectFrom('observation').select('observation.id'),
            })
            .returning('id'),
        )
        .with('outbox', (q) => q.insertInto('webhook_outbox').columns(['revision_id']).expression((eb) => eb.selectFrom('revision').select('revision.id')))
        .selectFrom('observation')
        .select(['observation.id', 'observation.recorded_at'])
    : stored.selectFrom('observation').select(['observation.id', 'observation.recorded_at']);
  const row = await query.executeTakeFirstOrThrow();
  return { ...o, id: String(row.id), recordedAt: new Date(row.recorded_at) };
}

export async function updateRevision(db: Executor, id: string, r: RevisionValues): Promise<void> {
  await db.updateTable('revisions').set(revisionColumns(r)).where('id', '=', id).execute();
}

/** Moves revisions out of the way of a renumbering (numbers are unique per medicine). */
export async function parkRevisionNumbers(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('revisions').set({ number: sql<number>`-number - 1000000` }).where('id', 'in', [...ids]).execute();
}

export async function deleteRevisions(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('revisions').where('id', 'in', [...ids]).execute();
}

/** Every address the medicine has had; lower case, so old links match whatever their case. */
export async function rememberSlugs(db: Executor, medicineId: number | null, slugs: Iterable<string>): Promise<void> {
  if (medicineId === null) return;
  const values = [...new Set([...slugs].map((s) => s.toLowerCase()))].map((slug) => ({ slug, medicine_id: medicineId }));
  if (values.length === 0) return;
  await db.insertInto('medicine_slugs').values(values).onConflict((oc) => oc.column('slug').doUpdateSet({ medicine_id: medicineId })).execute();
}

/** The medicine an old (or differently cased) address belongs to. */
export async function findSlugOwner(db: Executor, slug: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('medicine_slugs')
    .innerJoin('medicines', 'medicines.id', 'medicine_slugs.medicine_id')
    .select('medicines.slug')
    .where('medicine_slugs.slug', '=', slug.toLowerCase())
    .executeTakeFirst();
  return row?.slug;
}
