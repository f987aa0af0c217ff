/** All of the drafts' SQL. Drafts never touch the medicine tables: only publishing does, through the write service. */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, EditorialDraftsTable } from '../../db/schema.ts';
import type { Medicine } from '../../domain/medicine.ts';

export type Executor = Kysely<DB> | Transaction<DB>;
export type DraftRow = Selectable<EditorialDraftsTable>;

export interface NewDraft {
  kind: string;
  medicineSlug: string | null;
  productNumber: string | null;
  record: Medicine;
  baseRecord: Medicine | null;
  reason: string | null;
  by: { id: number; name: string };
}

export async function insertDraft(db: Executor, d: NewDraft): Promise<DraftRow> {
  const row = await db
    .insertInto('editorial_drafts')
    .values({
      kind: d.kind,
      state: 'draft',
      medicine_slug: d.medicineSlug,
      product_number: d.productNumber,
      record: JSON.stringify(d.record),
      base_record: d.baseRecord ? JSON.stringify(d.baseRecord) : null,
      reason: d.reason,
      editor_ids: [d.by.id],
      editor_names: [d.by.name],
      created_by: d.by.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await insertVersion(db, row.id, 1, d.record, d.by);
  return row;
}

export async function insertVersion(db: Executor, draftId: number, version: number, record: Medicine, by: { id: number; name: string }): Promise<void> {
  await db.insertInto('editorial_draft_versions').values({ draft_id: draftId, version, record: JSON.stringify(record), saved_by: by.id, saved_by_name: by.name }).execute();
}

export async function findDraft(db: Executor, id: number, forUpdate = false): Promise<DraftRow | undefined> {
  let q = db.selectFrom('editorial_drafts').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function findVersion(db: Executor, draftId: number, version: number): Promise<{ record: Medicine; savedByName: string; savedAt: Date } | undefined> {
  const row = await db.selectFrom('editorial_draft_versions').select(['record', 'saved_by_name', 'saved_at']).where('draft_id', '=', draftId).where('version', '=', version).executeTakeFirst();
  return row && { record: row.record, savedByName: row.saved_by_name, savedAt: row.saved_at };
}

export async function listDrafts(db: Executor, states: readonly string[], limit: number): Promise<DraftRow[]> {
  return db.selectFrom('editorial_drafts').selectAll().where('state', 'in', [...states]).orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** An open draft (not yet published or discarded) of a medicine, if there is one. */
export async function findOpenDraftOf(db: Executor, slug: string): Promise<DraftRow | undefined> {
  return db.selectFrom('editorial_drafts').selectAll().where('medicine_slug', '=', slug).where('state', 'in', ['draft', 'scheduled']).orderBy('id', 'desc').executeTakeFirst();
}

/** Whether an open draft of a new medicine already claims this slug or product number. */
export async function newDraftClaiming(db: Executor, slug: string, productNumber: string | null): Promise<boolean> {
  const rows = await db
    .selectFrom('editorial_drafts')
    .select('id')
    .where('kind', '=', 'new')
    .where('state', 'in', ['draft', 'scheduled'])
    .where((eb) => eb.or([eb(sql`record->>'slug'`, '=', slug), ...(productNumber ? [eb('product_number', '=', productNumber)] : [])]))
    .execute();
  return rows.length > 0;
}

export async function saveRecord(db: Executor, id: number, version: number, record: Medicine, editorIds: number[], editorNames: string[], reason: string | null): Promise<void> {
  await db
    .updateTable('editorial_drafts')
    .set({ version, record: JSON.stringify(record), editor_ids: editorIds, editor_names: editorNames, reason, updated_at: new Date(), publish_error: null })
    .where('id', '=', id)
    .execute();
}

export async function setSchedule(db: Executor, id: number, s: { at: Date; byId: number; byName: string; overrideReason: string | null } | null): Promise<void> {
  await db
    .updateTable('editorial_drafts')
    .set(s ? { state: 'scheduled', scheduled_at: s.at, scheduled_by: s.byId, scheduled_by_name: s.byName, override_reason: s.overrideReason, updated_at: new Date(), publish_error: null } : { state: 'draft', scheduled_at: null, scheduled_by: null, scheduled_by_name: null, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function markPublished(db: Executor, id: number, p: { at: Date; byName: string; overrideReason: string | null; revision: number; slug: string }): Promise<void> {
  await db
    .updateTable('editorial_drafts')
    .set({ state: 'published', published_at: p.at, published_by_name: p.byName, override_reason: p.overrideReason, published_revision: p.revision, medicine_slug: p.slug, updated_at: new Date(), publish_error: null })
    .where('id', '=', id)
    .execute();
}

/** A scheduled publication that failed goes back to being a draft, saying why. */
export async function markFailed(db: Executor, id: number, error: string): Promise<void> {
  await db.updateTable('editorial_drafts').set({ state: 'draft', publish_error: error, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function setState(db: Executor, id: number, state: string): Promise<void> {
  await db.updateTable('editorial_drafts').set({ state, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function dueDrafts(db: Executor, now: Date): Promise<number[]> {
  const rows = await db.selectFrom('editorial_drafts').select('id').where('state', '=', 'scheduled').where('scheduled_at', '<=', now).orderBy('scheduled_at').execute();
  return rows.map((r) => r.id);
}

export async function nextDue(db: Executor): Promise<Date | null> {
  const row = await db.selectFrom('editorial_drafts').select((eb) => eb.fn.min('scheduled_at').as('at')).where('state', '=', 'scheduled').executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}

export async function insertUpload(db: Executor, u: { draftId: number; sha256: string; contentType: string; bytes: Uint8Array; pages: string[] }): Promise<void> {
  await db
    .insertInto('editorial_uploads')
    .values({ draft_id: u.draftId, sha256: u.sha256, content_type: u.contentType, bytes: u.bytes, pages: JSON.stringify(u.pages) })
    .onConflict((oc) => oc.columns(['draft_id', 'sha256']).doNothing())
    .execute();
}

export async function loadUploads(db: Executor, draftId: number): Promise<{ sha256: string; contentType: string; bytes: Uint8Array; pages: string[] }[]> {
  const rows = await db.selectFrom('editorial_uploads').select(['sha256', 'content_type', 'bytes', 'pages']).where('draft_id', '=', draftId).execute();
  return rows.map((r) => ({ sha256: r.sha256, contentType: r.content_type, bytes: r.bytes, pages: r.pages }));
}

export async function findUpload(db: Executor, draftId: number, sha256: string): Promise<{ contentType: string; bytes: Uint8Array } | undefined> {
  const row = await db.selectFrom('editorial_uploads').select(['content_type', 'bytes']).where('draft_id', '=', draftId).where('sha256', '=', sha256).executeTakeFirst();
  return row && { contentType: row.content_type, bytes: row.bytes };
}
