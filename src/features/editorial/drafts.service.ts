/**
 * The back office's drafts: every change an editor makes is a draft, kept apart from the
 * medicine tables, until a publisher other than its editors publishes it, now or at a scheduled
 * time. Publishing is one write through the write service (the same as every import), signed
 * with the editors' and the publisher's names, so the revision, the feeds and the webhooks
 * follow from it as from any source, and only then. Before it, nothing of the draft can be seen
 * anywhere public: pages, API, search, feeds, sitemap and exports read the medicine tables only.
 *
 * Saves are optimistic: a writer saves over the version they read; if someone saved since, the
 * save is refused with the other writer's change and a merge of both, never overwriting it.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError, TooLargeError, UnsupportedMediaTypeError, ValidationError } from '../../domain/errors.ts';
import { editorialReference } from '../../domain/editorial-source.ts';
import type { LifecycleProblem } from '../../domain/lifecycle.ts';
import type { LanguageCode } from '../../domain/languages.ts';
import { diffMedicine, type Change } from '../../domain/medicine-diff.ts';
import type { Medicine, MedicineDocument } from '../../domain/medicine.ts';
import type { MedicineWriteService } from '../medicines/medicine-write.service.ts';
import type { MedicinesService } from '../medicines/medicines.service.ts';
import type { DocumentsService } from '../documents/documents.service.ts';
import type { HistoryService } from '../history/history.service.ts';
import { applicationRecord, mergeRecords, newProblems, withValue, type Application, type MergeResult } from './draft-record.ts';
import {
  dueDrafts,
  findDraft,
  findOpenDraftOf,
  findUpload,
  findVersion,
  insertDraft,
  insertUpload,
  insertVersion,
  listDrafts,
  loadUploads,
  markFailed,
  markPublished,
  newDraftClaiming,
  nextDue,
  saveRecord,
  setSchedule,
  setState,
  type DraftRow,
} from './drafts.repository.ts';

export const DRAFT_KINDS = ['new', 'update', 'correction', 'unpublish'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
export const DRAFT_STATES = ['draft', 'scheduled', 'published', 'discarded'] as const;
export type DraftState = (typeof DRAFT_STATES)[number];

/** Who acts: the signed-in person (`request.staff`), of whom the drafts need only this. */
export interface Actor {
  id: number;
  displayName: string;
  role: string;
}

export interface Draft {
  id: number;
  kind: DraftKind;
  state: DraftState;
  version: number;
  /** The published medicine's slug (null for a new medicine until it is published). */
  medicineSlug: string | null;
  record: Medicine;
  /** The published record the draft started from (null for a new medicine). */
  base: Medicine | null;
  reason: string | null;
  editors: { ids: number[]; names: string[] };
  scheduledAt: Date | null;
  scheduledBy: string | null;
  publishedAt: Date | null;
  publishedBy: string | null;
  publishedRevision: number | null;
  overrideReason: string | null;
  publishError: string | null;
  updatedAt: Date;
}

export type SaveResult =
  | { outcome: 'saved'; draft: Draft }
  | { outcome: 'invalid'; problems: LifecycleProblem[]; draft: Draft }
  /** Someone saved since `expectedVersion`: their change, and both merged for the writer to confirm. */
  | { outcome: 'conflict'; draft: Draft; theirs: Change[]; by: string; merge: MergeResult };

export interface SaveOptions {
  reason?: string | null;
  /**
   * The version `record` was made from, when it is older than `expectedVersion`: the writer saw
   * the changes saved since and confirms a merge of both, choosing per field both changed.
   */
  base?: number;
  choices?: Readonly<Record<string, 'mine' | 'theirs'>>;
}

export interface Review {
  draft: Draft;
  /** The published record now (null: the medicine is not public yet). */
  published: Medicine | null;
  /** What publishing would change in the published record. */
  changes: Change[];
  problems: LifecycleProblem[];
  /** Whether `who` may publish it, and if only by an admin's override. */
  mayPublish: 'yes' | 'override' | 'no';
}

export interface UploadInput {
  documentType: string;
  lang: LanguageCode;
  title: string;
  fileName: string;
  bytes: Uint8Array;
}

/** Reads a PDF's text page by page, refusing what is not a readable, unencrypted PDF. */
export type PdfReader = (bytes: Uint8Array, name: string) => Promise<{ pages: string[] }>;

export interface ScheduledPublication {
  draft: Draft;
  publisherId: number;
  revision: number;
  slug: string;
}

export interface DraftsOptions {
  /** The largest PDF accepted, in bytes. */
  maxUploadBytes?: number;
  /** Told of every publication the scheduler makes (the audit trail records it). */
  onScheduledPublish?: (p: ScheduledPublication) => Promise<void>;
}

const DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024;

export class DraftsService {
  readonly #db: Kysely<DB>;
  readonly #writer: MedicineWriteService;
  readonly #medicines: MedicinesService;
  readonly #documents: DocumentsService;
  readonly #history: HistoryService;
  readonly #readPdf: PdfReader;
  readonly #options: DraftsOptions;

  constructor(db: Kysely<DB>, deps: { writer: MedicineWriteService; medicines: MedicinesService; documents: DocumentsService; history: HistoryService; readPdf: PdfReader }, options: DraftsOptions = {}) {
    this.#db = db;
    this.#writer = deps.writer;
    this.#medicines = deps.medicines;
    this.#documents = deps.documents;
    this.#history = deps.history;
    this.#readPdf = deps.readPdf;
    this.#options = options;
  }

  /** The largest PDF an upload may be, in bytes. */
  get maxUploadBytes(): number {
    return this.#options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD;
  }

  async list(states: readonly DraftState[] = ['draft', 'scheduled'], limit = 200): Promise<Draft[]> {
    return (await listDrafts(this.#db, states, limit)).map(toDraft);
  }

  async get(id: number): Promise<Draft> {
    const row = await findDraft(this.#db, id);
    if (!row) throw new NotFoundError(`No draft ${id}`);
    return toDraft(row);
  }

  /** The record as it was at `version`, which a writer's form was built from. */
  async version(id: number, version: number): Promise<Medicine> {
    const v = await findVersion(this.#db, id, version);
    if (!v) throw new NotFoundError(`No version ${version} of draft ${id}`);
    return v.record;
  }

  /** A medicine new to the portal, at its application: under evaluation, with its applicant. */
  async createApplication(who: Actor, application: Application): Promise<SaveResult> {
    const record = applicationRecord(application);
    const problems = newProblems(record, null);
    const taken = (await this.#medicines.resolveAddress(record.slug)) ?? (record.productNumber ? await this.#medicines.get(record.productNumber) : null);
    if (taken || (await newDraftClaiming(this.#db, record.slug, record.productNumber))) throw new ConflictError(`a medicine "${record.slug}" exists or is being drafted already`);
    if (problems.length > 0) return { outcome: 'invalid', problems, draft: provisional(record) };
    const row = await insertDraft(this.#db, { kind: 'new', medicineSlug: null, productNumber: record.productNumber, record, baseRecord: null, reason: null, by: by(who) });
    return { outcome: 'saved', draft: toDraft(row) };
  }

  /**
   * A draft of a published medicine, starting from its record as published; the open draft of
   * that medicine if there is one (one draft per medicine keeps two editors in one place).
   */
  async startEdit(who: Actor, slug: string, kind: Exclude<DraftKind, 'new'> = 'update', reason: string | null = null): Promise<Draft> {
    const published = await this.#medicines.get(slug);
    if (!published) throw new NotFoundError(`No medicine "${slug}"`);
    const open = await findOpenDraftOf(this.#db, published.slug);
    if (open) return toDraft(open);
    if (kind !== 'update' && !reason?.trim()) throw new ValidationError(`a ${kind} needs a reason`);
    const row = await insertDraft(this.#db, { kind, medicineSlug: published.slug, productNumber: published.productNumber, record: published, baseRecord: published, reason: reason?.trim() || null, by: by(who) });
    return toDraft(row);
  }

  /**
   * A draft that takes a medicine's latest change back: its record as it stood before that
   * change (at the same address). Publishing it is one more entry in the history, with its
   * reason, never an erasure of the past; a medicine with no earlier state is taken off the
   * portal whole, its addresses answering 410 Gone with the reason.
   */
  async startUnpublish(who: Actor, slug: string, reason: string): Promise<Draft> {
    if (!reason.trim()) throw new ValidationError('an unpublication needs a reason');
    const published = await this.#medicines.get(slug);
    if (!published) throw new NotFoundError(`No medicine "${slug}"`);
    if (await findOpenDraftOf(this.#db, published.slug)) throw new ConflictError(`${published.name} has an open draft: publish or discard it first`);
    const { total } = await this.#history.revisions(published.slug, { limit: 1 });
    // With no earlier state to go back to, the medicine is taken off the portal whole: the
    // draft holds the record unchanged, and publishing it removes the medicine (`isRemoval`).
    const record: Medicine = total < 2 ? published : { ...(await this.#history.revision(published.slug, total - 1)).snapshot, slug: published.slug };
    const row = await insertDraft(this.#db, { kind: 'unpublish', medicineSlug: published.slug, productNumber: published.productNumber, record, baseRecord: published, reason: reason.trim(), by: by(who) });
    return toDraft(row);
  }

  /**
   * Saves `record` over version `expectedVersion` of the draft. The lifecycle's rules are checked
   * first; a save that crossed another writer's is refused with a merge of both to confirm.
   */
  async save(who: Actor, id: number, expectedVersion: number, record: Medicine, options: SaveOptions = {}): Promise<SaveResult> {
    return this.#db.transaction().execute(async (trx) => {
      const row = await findDraft(trx, id, true);
      if (!row) throw new NotFoundError(`No draft ${id}`);
      if (row.state !== 'draft') throw new ConflictError(`draft ${id} is ${row.state}: only a draft can be changed (unschedule it first)`);
      const builtOn = options.base ?? expectedVersion;
      if (row.version !== expectedVersion) {
        const seen = await findVersion(trx, id, builtOn);
        if (!seen) throw new NotFoundError(`No version ${builtOn} of draft ${id}`);
        const latest = await findVersion(trx, id, row.version);
        return { outcome: 'conflict', draft: toDraft(row), theirs: diffMedicine(seen.record, row.record), by: latest?.savedByName ?? '', merge: mergeRecords(seen.record, row.record, record) };
      }
      if (builtOn !== expectedVersion) {
        // A change made on an older version, confirmed over this one: merged field by field, each
        // field both changed taking the side the writer chose (the one saved first if none).
        const seen = await findVersion(trx, id, builtOn);
        if (!seen) throw new NotFoundError(`No version ${builtOn} of draft ${id}`);
        const { merged, conflicts } = mergeRecords(seen.record, row.record, record);
        record = conflicts.reduce((m, c) => (options.choices?.[c.field] === 'mine' ? withValue(m, c.field, c.mine) : m), merged);
      }
      const problems = newProblems(record, row.base_record, { revert: row.kind === 'unpublish' });
      if (problems.length > 0) return { outcome: 'invalid', problems, draft: toDraft(row) };
      if (row.kind !== 'new' && record.slug !== row.base_record?.slug) throw new ValidationError('the address (slug) of a published medicine is not changed by an edit');
      const reason = options.reason === undefined ? row.reason : options.reason?.trim() || null;
      if (row.kind !== 'update' && row.kind !== 'new' && !reason) throw new ValidationError(`a ${row.kind} needs a reason`);
      const me = by(who);
      const ids = row.editor_ids.map(Number).includes(me.id) ? row.editor_ids.map(Number) : [...row.editor_ids.map(Number), me.id];
      const names = row.editor_names.includes(me.name) ? row.editor_names : [...row.editor_names, me.name];
      const version = row.version + 1;
      await saveRecord(trx, id, version, record, ids, names, reason);
      await insertVersion(trx, id, version, record, me);
      return { outcome: 'saved', draft: toDraft({ ...row, version, record, editor_ids: ids, editor_names: names, reason, updated_at: new Date() }) };
    });
  }

  /**
   * A PDF for the draft's record, in one language with its type and title. It is read before it
   * is kept (a renamed page, a truncated or an encrypted file is refused) and waits with the
   * draft, outside the public file store, until the draft is published.
   */
  async upload(who: Actor, id: number, expectedVersion: number, input: UploadInput): Promise<SaveResult> {
    const limit = this.maxUploadBytes;
    if (input.bytes.length > limit) throw new TooLargeError(`the file is ${(input.bytes.length / 1048576).toFixed(1)} MB, more than the ${Math.round(limit / 1048576)} MB limit`);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(input.documentType)) throw new ValidationError('invalid documentType');
    if (!input.title.trim()) throw new ValidationError('invalid title');
    let pages: string[];
    try {
      ({ pages } = await this.#readPdf(input.bytes, input.fileName));
    } catch (e) {
      throw new UnsupportedMediaTypeError(`${input.fileName}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const current = await this.get(id);
    const seen = current.version === expectedVersion ? current.record : await this.version(id, expectedVersion);
    const record = withUpload(seen, { ...input, sha256, pageCount: pages.length });
    await insertUpload(this.#db, { draftId: id, sha256, contentType: 'application/pdf', bytes: input.bytes, pages });
    return this.save(who, id, expectedVersion, record);
  }

  /** An uploaded file of a draft, for the back office's own links to it before publication. */
  async uploadedFile(id: number, sha256: string): Promise<{ contentType: string; bytes: Uint8Array } | undefined> {
    return findUpload(this.#db, id, sha256);
  }

  async review(who: Actor, id: number): Promise<Review> {
    const draft = await this.get(id);
    const published = draft.medicineSlug ? await this.#medicines.get(draft.medicineSlug) : null;
    const next = published && draft.base ? mergeRecords(draft.base, published, draft.record, 'mine').merged : draft.record;
    return { draft, published, changes: diffMedicine(published, next), problems: problemsOf(draft), mayPublish: publishRight(who, draft) };
  }

  /** Publishes now. Nobody publishes their own edit; an admin may, giving a reason that is recorded. */
  async publish(who: Actor, id: number, options: { overrideReason?: string | null; at?: Date } = {}): Promise<{ draft: Draft; revision: number; slug: string }> {
    const draft = await this.get(id);
    const overrideReason = this.#checkPublisher(who, draft, options.overrideReason ?? null);
    if (draft.state !== 'draft' && draft.state !== 'scheduled') throw new ConflictError(`draft ${id} is ${draft.state}`);
    return this.#publish(draft, by(who), overrideReason, options.at ?? new Date());
  }

  /** Publishes at `at` (the scheduler does it, as `who`); until then nothing of it is public. */
  async schedule(who: Actor, id: number, at: Date, options: { overrideReason?: string | null; now?: Date } = {}): Promise<Draft> {
    const draft = await this.get(id);
    const overrideReason = this.#checkPublisher(who, draft, options.overrideReason ?? null);
    if (draft.state !== 'draft') throw new ConflictError(`draft ${id} is ${draft.state}`);
    if (Number.isNaN(at.getTime()) || at.getTime() <= (options.now ?? new Date()).getTime()) throw new ValidationError('the publication time must be in the future');
    const problems = problemsOf(draft);
    if (problems.length > 0) throw new ValidationError(`the draft breaks the lifecycle's rules: ${problems.map((p) => `${p.rule} (${p.field})`).join(', ')}`);
    await setSchedule(this.#db, id, { at, byId: who.id, byName: who.displayName, overrideReason });
    return this.get(id);
  }

  /** Back to a draft that can be edited; nothing was public, so nothing is withdrawn. */
  async unschedule(id: number): Promise<Draft> {
    const draft = await this.get(id);
    if (draft.state !== 'scheduled') throw new ConflictError(`draft ${id} is not scheduled`);
    await setSchedule(this.#db, id, null);
    return this.get(id);
  }

  async discard(id: number): Promise<Draft> {
    const draft = await this.get(id);
    if (draft.state === 'published') throw new ConflictError(`draft ${id} is published already`);
    await setState(this.#db, id, 'discarded');
    return this.get(id);
  }

  /** Publishes every scheduled draft whose time has come; returns how many were published. */
  async publishDue(now = new Date()): Promise<number> {
    let published = 0;
    for (const id of await dueDrafts(this.#db, now)) {
      const row = await findDraft(this.#db, id);
      if (!row || row.state !== 'scheduled' || row.scheduled_by === null) continue;
      const draft = toDraft(row);
      try {
        const result = await this.#publish(draft, { id: Number(row.scheduled_by), name: row.scheduled_by_name ?? '' }, row.override_reason, row.scheduled_at ?? now);
        published++;
        await this.#options.onScheduledPublish?.({ draft: result.draft, publisherId: Number(row.scheduled_by), revision: result.revision, slug: result.slug });
      } catch (e) {
        await markFailed(this.#db, id, e instanceof Error ? e.message : String(e));
      }
    }
    return published;
  }

  /** When the next scheduled publication is due (null: none is). */
  nextDue(): Promise<Date | null> {
    return nextDue(this.#db);
  }

  #checkPublisher(who: Actor, draft: Draft, overrideReason: string | null): string | null {
    const right = publishRight(who, draft);
    if (right === 'no') throw new ForbiddenError(who.role === 'publisher' ? 'nobody publishes their own edit: another publisher must review it' : 'only publishers and admins publish');
    if (right === 'override') {
      if (!overrideReason?.trim()) throw new ForbiddenError('an admin publishing their own edit must give a reason');
      return overrideReason.trim();
    }
    return null;
  }

  async #publish(draft: Draft, publisher: { id: number; name: string }, overrideReason: string | null, at: Date): Promise<{ draft: Draft; revision: number; slug: string }> {
    const problems = problemsOf(draft);
    if (problems.length > 0) throw new ValidationError(`the draft breaks the lifecycle's rules: ${problems.map((p) => `${p.rule} (${p.field})`).join(', ')}`);
    // Files first: an orphan file is harmless, a record pointing at a missing one is not.
    const files = new Set(draft.record.files.map((f) => f.sha256));
    for (const upload of await loadUploads(this.#db, draft.id)) {
      if (files.has(upload.sha256)) await this.#documents.save(upload.bytes, upload.contentType, upload.pages);
    }
    const reason = [draft.reason, overrideReason && `two-person rule overridden: ${overrideReason}`].filter(Boolean).join('; ') || null;
    const source = { kind: 'editor' as const, reference: editorialReference({ editors: draft.editors.names, publisher: publisher.name, reason }), asOf: at };
    const target = { productNumber: draft.record.productNumber, slug: draft.medicineSlug ?? draft.record.slug };
    if (isRemoval(draft)) {
      const removed = await this.#writer.unpublish(target, source, draft.reason ?? '');
      await markPublished(this.#db, draft.id, { at, byName: publisher.name, overrideReason, revision: removed.revision, slug: removed.slug });
      return { draft: await this.get(draft.id), revision: removed.revision, slug: removed.slug };
    }
    if (draft.kind === 'new' && (await this.#medicines.resolveAddress(draft.record.slug))) throw new ConflictError(`a medicine "${draft.record.slug}" was published meanwhile`);
    const result = await this.#writer.apply(
      target,
      (current) => {
        if (!current) return draft.record;
        if (draft.kind === 'new') throw new ConflictError(`a medicine "${draft.record.slug}" was published meanwhile`);
        // Whatever the sources said since the draft began stays; the draft's own changes win.
        return draft.base ? mergeRecords(draft.base, current, draft.record, 'mine').merged : draft.record;
      },
      source,
    );
    await markPublished(this.#db, draft.id, { at, byName: publisher.name, overrideReason, revision: result.revision, slug: result.slug });
    return { draft: await this.get(draft.id), revision: result.revision, slug: result.slug };
  }
}

/** An unpublication of a medicine with no earlier state: its record unchanged, the medicine taken off whole. */
export function isRemoval(draft: Pick<Draft, 'kind' | 'record' | 'base'>): boolean {
  return draft.kind === 'unpublish' && draft.base !== null && JSON.stringify(draft.record) === JSON.stringify(draft.base);
}

function problemsOf(draft: Draft): LifecycleProblem[] {
  return newProblems(draft.record, draft.base, { revert: draft.kind === 'unpublish' });
}

/** Publishers and admins publish others' edits; an admin may publish their own with a reason. */
export function publishRight(who: Actor, draft: Pick<Draft, 'editors'>): Review['mayPublish'] {
  if (who.role !== 'publisher' && who.role !== 'admin') return 'no';
  if (!draft.editors.ids.includes(who.id)) return 'yes';
  return who.role === 'admin' ? 'override' : 'no';
}

function by(who: Actor): { id: number; name: string } {
  return { id: who.id, name: who.displayName };
}

/** The record with the uploaded file listed: as a stored file of its type and language, and as a document with its title. */
function withUpload(m: Medicine, u: UploadInput & { sha256: string; pageCount: number }): Medicine {
  const files = [
    ...m.files.filter((f) => f.documentType !== u.documentType || f.lang !== u.lang),
    { documentType: u.documentType, lang: u.lang, sha256: u.sha256, sizeBytes: u.bytes.length, contentType: 'application/pdf', pageCount: u.pageCount, fileName: u.fileName },
  ];
  const today = new Date().toISOString().slice(0, 10);
  const section: MedicineDocument['section'] = u.documentType === 'overview' ? 'overview' : u.documentType === 'product-information' ? 'product-information' : 'other';
  const existing = m.documents.find((d) => d.type === u.documentType);
  const language = { lang: u.lang, sizeBytes: u.bytes.length, firstPublished: null, lastUpdated: today, url: null };
  const documents = existing
    ? m.documents.map((d) => (d === existing ? { ...d, title: d.title, languages: [...d.languages.filter((l) => l.lang !== u.lang), language] } : d))
    : [...m.documents, { type: u.documentType, title: u.title.trim(), section, group: null, referenceNumber: null, referenceText: null, documentStatus: null, languages: [language] }];
  return { ...m, files, documents };
}

function provisional(record: Medicine): Draft {
  return { id: 0, kind: 'new', state: 'draft', version: 0, medicineSlug: null, record, base: null, reason: null, editors: { ids: [], names: [] }, scheduledAt: null, scheduledBy: null, publishedAt: null, publishedBy: null, publishedRevision: null, overrideReason: null, publishError: null, updatedAt: new Date() };
}

function toDraft(r: DraftRow): Draft {
  return {
    id: Number(r.id),
    kind: r.kind as DraftKind,
    state: r.state as DraftState,
    version: r.version,
    medicineSlug: r.medicine_slug,
    record: r.record,
    base: r.base_record,
    reason: r.reason,
    editors: { ids: r.editor_ids.map(Number), names: r.editor_names },
    scheduledAt: r.scheduled_at,
    scheduledBy: r.scheduled_by_name,
    publishedAt: r.published_at,
    publishedBy: r.published_by_name,
    publishedRevision: r.published_revision,
    overrideReason: r.override_reason,
    publishError: r.publish_error,
    updatedAt: r.updated_at,
  };
}

/**
 * Publishes scheduled drafts when their time comes. The schedule lives in the database, so a
 * restarted server publishes what fell due while it was down as soon as it starts, and no
 * schedule is lost; the timer only decides how soon after the due time that happens.
 */
export class PublicationScheduler {
  readonly #drafts: DraftsService;
  readonly #intervalMs: number;
  readonly #onError: (err: unknown) => void;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;

  constructor(drafts: DraftsService, options: { intervalMs?: number; onError: (err: unknown) => void }) {
    this.#drafts = drafts;
    this.#intervalMs = options.intervalMs ?? 1000;
    this.#onError = options.onError;
  }

  start(): void {
    if (this.#timer) return;
    const tick = () => {
      this.#running = this.#drafts
        .publishDue()
        .then(() => undefined, this.#onError)
        .finally(() => {
          this.#running = null;
          if (this.#timer) this.#timer = setTimeout(tick, this.#intervalMs).unref();
        });
    };
    this.#timer = setTimeout(tick, 0).unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
  }
}
