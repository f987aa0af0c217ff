/**
 * The one way to change a medicine. Every write records an observation (what one source said,
 * as of the date it describes) and derives from all of the medicine's observations its record
 * and its history (src/domain/observations.ts): in the order of the dates they describe, never
 * of the imports. A source newer than everything known appends to the history (the common
 * case, done without re-reading it); an older one is inserted into the past, and the entries
 * after it are derived again, keeping their permanent identifiers. Unchanged input writes at
 * most its observation, which is what makes every importer idempotent.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ChangeNotifier, MedicineChanged } from '../../db/change-notifier.ts';
import { diffMedicine, type Change } from '../../domain/medicine-diff.ts';
import { changeKinds } from '../../domain/change-kinds.ts';
import type { Medicine, WriteSource } from '../../domain/medicine.ts';
import { ConflictError, IncompleteRecordError } from '../../domain/errors.ts';
import { assertedFields, type MedicineAssertions } from '../../domain/medicine-fields.ts';
import {
  changesOfWords,
  compareObservations,
  deriveRecord,
  foldObservation,
  formsAfter,
  IncompleteObservationsError,
  type HistoryEntry,
  type Observation,
} from '../../domain/observations.ts';
import { toChildRows, toMedicine, toMedicineValues } from './medicine-rows.ts';
import { removeMedicine } from './unpublished-medicines.repository.ts';
import {
  findMedicineRow,
  findMedicineRowsForUpdate,
  insertMedicine,
  recordOf,
  setSlug,
  loadChildRows,
  replaceChildRows,
  updateMedicine,
  type Executor,
  type ChildPart,
  type MedicineRow,
} from './medicines.repository.ts';
import {
  deleteRevisions,
  insertObservation,
  insertObservations,
  loadObservationsOf,
  insertRevision,
  loadObservations,
  loadRevisionIndex,
  parkRevisionNumbers,
  recordChange,
  rememberSlugs,
  replaceObservationFields,
  updateRevision,
  type RevisionValues,
} from './observations.repository.ts';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export interface WriteResult {
  outcome: WriteOutcome;
  slug: string;
  /** The medicine's number of history entries after the write. */
  revision: number;
  /** What this source changed in the record's words (an observation of the past: its entry's changes). */
  changes: Change[];
}

export interface WriteTarget {
  productNumber: string | null;
  slug: string | null;
}

/** Receives the stored record (or null) and returns the record to store. */
export type Update = (current: Medicine | null) => Medicine;

export interface WriteOptions {
  /** Do everything but commit, and report what would change. */
  dryRun?: boolean;
}

type Fields = Record<string, unknown>;

export class MedicineWriteService {
  readonly #db: Kysely<DB>;
  readonly #changes: ChangeNotifier;

  constructor(db: Kysely<DB>, changes: ChangeNotifier) {
    this.#db = db;
    this.#changes = changes;
  }

  /**
   * Stores what `update` makes of the current record; for editors and whole-record sources. The
   * observation is the fields the update changed (every field, for a medicine new to us).
   */
  async apply(target: WriteTarget, update: Update, source: WriteSource, options: WriteOptions = {}): Promise<WriteResult> {
    return this.#run(target, source, options, true, (current) => {
      const next = update(current);
      return current ? changedFields(current, next) : Object.fromEntries(assertedFields(next));
    });
  }

  /**
   * Records what a source says about a medicine: any subset of its fields. A medicine the
   * source mentions first is created from what it says, which must include name and status.
   */
  async assert(target: WriteTarget, assertions: MedicineAssertions, source: WriteSource, options: WriteOptions = {}): Promise<WriteResult> {
    const fields = Object.fromEntries(assertedFields(assertions));
    return this.#run(target, source, options, Object.keys(fields).some((f) => CHILD_FIELD.test(f)), () => fields);
  }

  /**
   * `assert` inside a transaction the caller holds, for a fact that must commit or roll back
   * with the caller's own writes: a new version of a medicine's product information and the
   * history entry it makes. The caller tells the portal of the change once it has committed.
   */
  async assertWithin(trx: Executor, target: WriteTarget, assertions: MedicineAssertions, source: WriteSource): Promise<WriteResult> {
    const fields = Object.fromEntries(assertedFields(assertions));
    const result = await this.#write(trx, target, source, Object.keys(fields).some((f) => CHILD_FIELD.test(f)), () => fields);
    if (result.outcome !== 'unchanged') await this.#changes.publish(trx, { slug: result.slug, productNumber: target.productNumber, revision: result.revision });
    return result;
  }

  /**
   * `assert` for many medicines, in one transaction that writes all or none of them (it throws
   * if any fails). For a data table's rows: their medicines and observations are read in two
   * queries for the whole run, and a row that changes nothing costs no statement of its own,
   * its observation joining the others' in one insert at the end.
   */
  async assertAll(items: readonly { target: WriteTarget; assertions: MedicineAssertions; source: WriteSource }[]): Promise<WriteResult[]> {
    const committed: MedicineChanged[] = [];
    const results = await this.#db.transaction().execute(async (trx) => {
      const asserted = items.map((item) => {
        const fields = Object.fromEntries(assertedFields(item.assertions));
        return { ...item, fields, needsChildren: Object.keys(fields).some((f) => CHILD_FIELD.test(f)) };
      });
      const plain = asserted.filter((a) => !a.needsChildren);
      const batch = await RowBatch.read(
        trx,
        plain.flatMap((a) => (a.target.productNumber ? [a.target.productNumber] : [])),
        [...new Set(plain.flatMap((a) => Object.keys(a.fields))), 'slug'],
      );
      const out: WriteResult[] = [];
      for (const a of asserted) {
        const written = await this.#write(trx, a.target, a.source, a.needsChildren, () => a.fields, batch);
        if (written.outcome !== 'unchanged') {
          const event = { slug: written.slug, productNumber: a.target.productNumber, revision: written.revision };
          await this.#changes.publish(trx, event);
          committed.push(event);
        }
        out.push(written);
      }
      await batch.flush(trx);
      return out;
    });
    for (const event of committed) this.#changes.emitChange(event);
    return results;
  }

  /**
   * Takes a medicine off the portal whole: for a record with no earlier state to go back to (one
   * created in the back office). It leaves the medicine tables, so nothing public knows it any
   * more, and its addresses answer 410 Gone with `reason`; who did it and when are kept with its
   * revisions in `unpublished_medicines`. Every portal hears of it as of any other write.
   */
  async unpublish(target: WriteTarget, source: WriteSource, reason: string): Promise<{ slug: string; revision: number }> {
    if (!reason.trim()) throw new ConflictError('an unpublication needs a reason');
    const done = await this.#db.transaction().execute(async (trx) => {
      const row =
        (target.productNumber ? await findMedicineRow(trx, { by: 'productNumber', value: target.productNumber }, true) : undefined) ??
        (target.slug ? await findMedicineRow(trx, { by: 'slug', value: target.slug }, true) : undefined);
      if (!row) throw new ConflictError(`no medicine "${target.slug ?? target.productNumber}" to unpublish`);
      const { revisions } = await removeMedicine(trx, row, { reason: reason.trim(), reference: source.reference, at: source.asOf ?? new Date() });
      const event = { slug: row.slug, productNumber: row.product_number, revision: revisions + 1 };
      await this.#changes.publish(trx, event);
      return event;
    });
    this.#changes.emitChange(done);
    return { slug: done.slug, revision: done.revision };
  }

  async #run(target: WriteTarget, source: WriteSource, options: WriteOptions, needsChildren: boolean, observe: (current: Medicine | null) => Fields): Promise<WriteResult> {
    const result = await this.#db
      .transaction()
      .execute(async (trx) => {
        const result = await this.#write(trx, target, source, needsChildren, observe);
        // A dry run does all the work, including the writes' constraint checks, then rolls back.
        if (options.dryRun) throw new DryRunRollback(result);
        if (result.outcome !== 'unchanged') {
          await this.#changes.publish(trx, { slug: result.slug, productNumber: target.productNumber, revision: result.revision });
        }
        return result;
      })
      .catch((e: unknown) => {
        if (e instanceof DryRunRollback) return { ...e.result, dryRun: true };
        throw e;
      });
    if (!('dryRun' in result) && result.outcome !== 'unchanged') {
      this.#changes.emitChange({ slug: result.slug, productNumber: target.productNumber, revision: result.revision });
    }
    return result;
  }

  /**
   * By product number; by slug only when that slug's medicine is not another product. Also
   * says which slug it found free, so that creating the medicine need not look again; and skips
   * the product number a batch has already found unknown.
   */
  async #find(trx: Executor, target: WriteTarget, batch?: RowBatch): Promise<{ row?: MedicineRow; vacant?: string }> {
    if (target.productNumber && !batch?.isUnknown(target.productNumber)) {
      const row = await findMedicineRow(trx, { by: 'productNumber', value: target.productNumber }, true);
      if (row) return { row };
    }
    if (!target.slug) return {};
    const row = await findMedicineRow(trx, { by: 'slug', value: target.slug }, true);
    if (!row) return { vacant: target.slug };
    return { row: !target.productNumber || !row.product_number || row.product_number === target.productNumber ? row : undefined };
  }

  async #write(trx: Executor, target: WriteTarget, source: WriteSource, needsChildren: boolean, observe: (current: Medicine | null) => Fields, batch?: RowBatch): Promise<WriteResult> {
    // What the batch read ahead serves a plain-fields row of a medicine it has not yet written to.
    const ahead = batch?.take(target.productNumber, !needsChildren);
    if (!ahead) await batch?.flush(trx);
    const found = ahead ? { row: ahead.row } : await this.#find(trx, target, batch);
    const row = found.row;
    const asOf = source.asOf ?? new Date();
    if (!row) return this.#create(trx, target, source, asOf, observe(null), batch, found.vacant);

    // Plain fields (a data-table row) are first compared without loading documents, overviews and
    // the rest: most such rows change nothing, and the child rows are most of the reading.
    // The record as derived from the sources (the row's columns are its rendering, where a
    // round trip may change a value's form); rows written before it was kept are read as stored.
    let current = recordOf(row, !needsChildren) ?? (needsChildren ? toMedicine(await loadChildRows(trx, row)) : toMedicine(withoutChildren(row)));
    const fields = observe(current);
    const keys = Object.keys(fields);
    if (keys.length === 0) return unchanged(row);

    const known = ahead ? ahead.observations([...keys, 'slug']) : await loadObservations(trx, row.id, needsChildren ? undefined : [...keys, 'slug']);
    // The record's own slug is what its sources say; the row may hold a parked one (see #address).
    // Folding updates forms in place, so each fold below starts from a copy.
    const knownForms = formsAfter(known);
    current = { ...current, slug: String(knownForms.get('slug')?.value ?? current.slug) };
    const pending: Observation = { id: '', sourceKind: source.kind, sourceReference: source.reference, asOf, recordedAt: new Date(), fields };
    // A dated document read again (a table, a page) restates what it said; each edit is its own.
    const restated = source.kind === 'editor' ? undefined : known.find((o) => o.sourceKind === source.kind && o.sourceReference === source.reference && o.asOf.getTime() === asOf.getTime());
    if (restated && sameJson(restated.fields, pick(fields, Object.keys(restated.fields)), keys.length === Object.keys(restated.fields).length)) return unchanged(row);

    const appends = !restated && known.every((o) => compareObservations(o, pending) < 0);
    if (appends) {
      let next = foldObservation(current, new Map(knownForms), pending);
      if (diffMedicine(current, next).length === 0) {
        if (ahead) batch!.later(row.id, pending);
        else await insertObservation(trx, row.id, pending);
        return unchanged(row);
      }
      // What follows reads observations (whose slug claims win) from the database.
      await batch?.flush(trx);
      if (!needsChildren) {
        // Something changes, so the whole record is stored (and, for a change of words, is the entry's snapshot).
        current = { ...(recordOf(row, false) ?? toMedicine(await loadChildRows(trx, row))), slug: current.slug };
        next = foldObservation(current, new Map(knownForms), pending);
      }
      const changes = changesOfWords(current, next);
      const address = await this.#address(trx, row, next.slug, source, asOf, undefined, batch);
      const revision = row.current_revision + (changes.length > 0 ? 1 : 0);
      const entry = changes.length > 0 ? revisionValues({ observationId: '', asOf, sourceKind: source.kind, sourceReference: source.reference, changes, kinds: changeKinds(changes, false), snapshot: next }, revision, false) : null;
      await recordChange(trx, row.id, pending, { values: toMedicineValues({ ...next, slug: address }), record: next, revision }, entry);
      await this.#storeChildren(trx, row.id, current, next);
      return { outcome: 'updated', slug: next.slug, revision, changes };
    }

    // The source speaks of the past (or restates a source with other values): derive again.
    await batch?.flush(trx);
    const all = needsChildren ? known : await loadObservations(trx, row.id);
    let observationId: string;
    if (restated) {
      // The same source restating itself with changes: what it said before, updated.
      Object.assign(fields, { ...restated.fields, ...fields });
      await replaceObservationFields(trx, restated.id, fields);
      observationId = restated.id;
    } else {
      observationId = (await insertObservation(trx, row.id, pending)).id;
    }
    const observations = [...all.filter((o) => o.id !== restated?.id), { ...pending, id: observationId, recordedAt: restated?.recordedAt ?? new Date() }];
    const derived = derive(observations, target);
    if (!needsChildren) current = recordOf(row, false) ?? toMedicine(await loadChildRows(trx, row));
    const address = await this.#address(trx, row, derived.current.slug, source, asOf, undefined, batch);
    const history = await this.#rewriteHistory(trx, row.id, derived.entries, observationId);
    await this.#store(trx, row.id, current, derived.current, address, derived.entries.length);
    await rememberSlugs(trx, row.id, derived.entries.map((e) => e.snapshot.slug));
    const own = derived.entries.find((e) => e.observationId === observationId);
    const changed = history || diffMedicine(current, derived.current).length > 0;
    return { outcome: changed ? 'updated' : 'unchanged', slug: derived.current.slug, revision: derived.entries.length, changes: own?.changes ?? [] };
  }

  async #create(trx: Executor, target: WriteTarget, source: WriteSource, asOf: Date, observed: Fields, batch?: RowBatch, vacant?: string): Promise<WriteResult> {
    // A source that names the medicine only by the address it was found under (a file name) gives that address.
    const fields = observed.slug === undefined && target.slug ? { slug: target.slug, ...observed } : observed;
    const pending: Observation = { id: '', sourceKind: source.kind, sourceReference: source.reference, asOf, recordedAt: new Date(), fields };
    const { current } = derive([pending], target);
    const address = current.slug === vacant ? vacant : await this.#address(trx, null, current.slug, source, asOf, current.productNumber, batch);
    const id = await insertMedicine(trx, toMedicineValues({ ...current, slug: address }), current);
    if (current.productNumber) batch?.known(current.productNumber);
    // The entry cites its observation by the id the statement gives it (revisionValues hashes what it says, not the id).
    const entry = derive([pending], target).entries[0]!;
    await recordChange(trx, id, pending, null, revisionValues(entry, 1, false));
    await this.#storeChildren(trx, id, null, current);
    await rememberSlugs(trx, id, [current.slug, address]);
    return { outcome: 'created', slug: current.slug, revision: 1, changes: entry.changes };
  }

  /**
   * Brings the stored revisions in line with the derived entries: unchanged ones are left alone,
   * those whose number or content changed are rewritten (keeping their identity), new ones are
   * inserted. Only a new entry at the end, after everything known, is news (webhooks, feeds);
   * the rest is a back-filled past. Returns whether anything was written.
   */
  async #rewriteHistory(trx: Executor, medicineId: number, entries: HistoryEntry[], newObservation: string): Promise<boolean> {
    const stored = await loadRevisionIndex(trx, medicineId);
    const byObservation = new Map(stored.filter((s) => s.observationId !== null).map((s) => [s.observationId!, s]));
    const wanted = new Set(entries.map((e) => e.observationId));
    const obsolete = stored.filter((s) => s.observationId === null || !wanted.has(s.observationId));
    const latestKnown = Math.max(0, ...stored.map((s) => s.asOf.getTime()));
    const plan = entries.map((e, i) => {
      const values = revisionValues(e, i + 1, true);
      const existing = byObservation.get(e.observationId);
      const same = existing !== undefined && existing.number === i + 1 && existing.fingerprint === values.fingerprint;
      return { e, values, existing, same };
    });
    const rewrites = plan.filter((p) => p.existing && !p.same);
    const inserts = plan.filter((p) => !p.existing);
    if (obsolete.length === 0 && rewrites.length === 0 && inserts.length === 0) return false;
    await deleteRevisions(trx, obsolete.map((s) => s.id));
    await parkRevisionNumbers(trx, rewrites.map((p) => p.existing!.id));
    for (const p of rewrites) {
      // Renumbered, or saying something else than before: the past was rewritten. A record carried
      // forward with an earlier correction, or written before fingerprints, is not.
      const said = (f: string | null) => f?.split('.')[0];
      const rewritten = p.existing!.number !== p.values.number || (p.existing!.fingerprint !== null && said(p.existing!.fingerprint) !== said(p.values.fingerprint));
      await updateRevision(trx, p.existing!.id, { ...p.values, backfilled: rewritten || p.existing!.backfilled });
    }
    const last = entries.at(-1);
    for (const p of inserts) {
      const news = p.e === last && p.e.observationId === newObservation && p.e.asOf.getTime() >= latestKnown;
      await insertRevision(trx, medicineId, { ...p.values, backfilled: !news });
    }
    return true;
  }

  /** Writes the record's row and the child parts that differ from what is stored. */
  async #store(trx: Executor, id: number, stored: Medicine | null, next: Medicine, address: string, revision: number): Promise<void> {
    await updateMedicine(trx, id, toMedicineValues({ ...next, slug: address }), revision, next);
    await this.#storeChildren(trx, id, stored, next);
  }

  /** Writes the child parts (documents, overviews, …) that differ from what is stored. */
  async #storeChildren(trx: Executor, id: number, stored: Medicine | null, next: Medicine): Promise<void> {
    const parts = new Set(
      diffMedicine(stored, next)
        .map((c) => CHILD_FIELD.exec(c.field)?.[1] as ChildPart | undefined)
        .filter((p) => p !== undefined),
    );
    if (parts.size > 0) await replaceChildRows(trx, id, toChildRows(next), parts);
  }

  /**
   * The address to store a record under. A record's slug is what its sources say, but EMA moves
   * slugs between medicines (a newer medicine of the same name takes the plain slug, the older
   * one gets "-0"), and between two snapshots both may claim one. The newer claim, by the date of
   * the sources that gave it, gets the slug; the other is parked under a slug built from its
   * product number until its own sources give it another. Deciding by dates, never by which
   * write came first, keeps the outcome the same in any import order. History is untouched:
   * parking is where a record is found, not something a source said. An editor asking for a
   * slug another medicine holds gets a conflict.
   */
  async #address(trx: Executor, row: MedicineRow | null, slug: string, source: WriteSource, asOf: Date, productNumber = row?.product_number ?? null, batch?: RowBatch): Promise<string> {
    // The row holds the slug already: no other medicine can (slugs are unique), and it was remembered when taken.
    if (row && row.slug === slug) return slug;
    const holder = await findMedicineRow(trx, { by: 'slug', value: slug });
    if (holder && holder.id !== row?.id) {
      if (!SLUG_AUTHORITIES.has(source.kind) || !holder.product_number || !productNumber) {
        throw new ConflictError(`slug "${slug}" already belongs to ${holder.product_number ?? 'another medicine'}`);
      }
      const ours = Math.max(asOf.getTime(), ...(row ? await claimDates(trx, row.id, slug) : []));
      const theirs = Math.max(0, ...(await claimDates(trx, holder.id, slug)));
      const oursWins = ours > theirs || (ours === theirs && productNumber > holder.product_number);
      if (!oursWins) {
        const parked = parkedSlug(slug, productNumber);
        await rememberSlugs(trx, row?.id ?? null, [parked]);
        return parked;
      }
      batch?.forget(holder.product_number);
      await setSlug(trx, holder.id, parkedSlug(slug, holder.product_number));
    }
    if (row) await rememberSlugs(trx, row.id, [slug]);
    return slug;
  }
}

const parkedSlug = (slug: string, productNumber: string) => `${slug}-${productNumber.slice(-6)}`;

/** When the medicine's sources gave it this slug. */
async function claimDates(trx: Executor, medicineId: number, slug: string): Promise<number[]> {
  return (await loadObservations(trx, medicineId, ['slug'])).filter((o) => o.fields.slug === slug).map((o) => o.asOf.getTime());
}

const CHILD_FIELD = /^(overview|documents|news|related|presentations|procedures|files)\b/;

/** The split fields (a flag, a date, an overview per language) and every other field whole. */
function fieldsOf(m: Medicine): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(m)) {
    if (key === 'flags' || key === 'dates' || key === 'overview') {
      for (const [sub, v] of Object.entries((value ?? {}) as object)) out[`${key}.${sub}`] = v;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The fields an update changed, with their new values (null where it cleared one). */
function changedFields(current: Medicine, next: Medicine): Fields {
  const before = fieldsOf(current);
  const after = fieldsOf(next);
  const out: Fields = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    // An overview language cannot be unsaid by leaving it out of an update.
    if (!(key in after) && key.startsWith('overview.')) continue;
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) out[key] = after[key] ?? null;
  }
  return out;
}

function pick(fields: Fields, keys: string[]): Fields {
  return Object.fromEntries(keys.filter((k) => k in fields).map((k) => [k, fields[k]]));
}

function sameJson(a: Fields, b: Fields, sameKeys: boolean): boolean {
  // Stored values come back from jsonb with their keys reordered: compare canonical forms.
  return sameKeys && canonicalJson(a) === canonicalJson(b);
}

function derive(observations: Observation[], target: WriteTarget) {
  try {
    return deriveRecord(observations);
  } catch (e) {
    if (!(e instanceof IncompleteObservationsError)) throw e;
    const missing = ['name', 'slug', 'category', 'status'].filter((f) => !observations.some((x) => x.fields[f] !== undefined));
    throw new IncompleteRecordError(`cannot create ${target.productNumber ?? target.slug ?? 'a medicine'}: the source does not give its ${missing.join(', ')}`);
  }
}

/**
 * Two hashes, over canonical JSON (key order does not matter): what the entry says (date, source,
 * changes) and the record it leaves. An entry whose first hash changes has been rewritten by the
 * past; one whose second alone changes only carries an earlier correction forward.
 */
function revisionValues(e: Omit<HistoryEntry, 'kinds'> & { kinds: readonly string[] }, number: number, backfilled: boolean): RevisionValues {
  const said = hash([e.asOf.toISOString(), e.sourceKind, e.sourceReference, e.changes]);
  const fingerprint = `${said}.${hash(e.snapshot)}`;
  return { number, observationId: e.observationId, asOf: e.asOf, sourceKind: e.sourceKind, sourceReference: e.sourceReference, changes: e.changes, kinds: e.kinds, snapshot: e.snapshot, fingerprint, backfilled };
}

function hash(value: unknown): string {
  return createHash('sha1').update(canonicalJson(value)).digest('base64url').slice(0, 20);
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function unchanged(row: MedicineRow): WriteResult {
  return { outcome: 'unchanged', slug: row.slug, revision: row.current_revision, changes: [] };
}

function withoutChildren(medicine: MedicineRow) {
  return { medicine, overviewSections: [], documents: [], documentLanguages: [], news: [], related: [], presentations: [], procedures: [], files: [] };
}

const SLUG_AUTHORITIES: ReadonlySet<WriteSource['kind']> = new Set(['epar-page', 'ema-table', 'sync']);

/**
 * Medicines and their observations read ahead for a run of plain-fields rows (`assertAll`), and
 * the observations of unchanged rows, inserted together. A medicine is served once: after that
 * its row or observations may have changed, so a second row for it reads them again, after
 * the waiting observations are written.
 */
class RowBatch {
  readonly #rows: Map<string, MedicineRow>;
  readonly #observations: Map<number, Observation[]>;
  /** Product numbers no medicine had when the batch read ahead, until the batch creates one. */
  readonly #unknown: Set<string>;
  #waiting: { medicineId: number; observation: Observation }[] = [];

  private constructor(rows: Map<string, MedicineRow>, observations: Map<number, Observation[]>, unknown: Set<string>) {
    this.#rows = rows;
    this.#observations = observations;
    this.#unknown = unknown;
  }

  static async read(trx: Executor, productNumbers: string[], fields: string[]): Promise<RowBatch> {
    const wanted = new Set(productNumbers);
    const rows = await findMedicineRowsForUpdate(trx, [...wanted]);
    const observations = await loadObservationsOf(trx, rows.map((r) => r.id), fields);
    for (const r of rows) wanted.delete(r.product_number!);
    return new RowBatch(new Map(rows.map((r) => [r.product_number!, r])), observations, wanted);
  }

  isUnknown(productNumber: string): boolean {
    return this.#unknown.has(productNumber);
  }

  /** A medicine with this product number now exists (the batch created it). */
  known(productNumber: string): void {
    this.#unknown.delete(productNumber);
  }

  /** The medicine's row and observations as read ahead, once; `usable` false just forgets them (a write that reads more). */
  take(productNumber: string | null, usable: boolean): { row: MedicineRow; observations: (only: string[]) => Observation[] } | undefined {
    const row = productNumber ? this.#rows.get(productNumber) : undefined;
    if (!row) return undefined;
    this.#rows.delete(productNumber!);
    if (!usable) return undefined;
    const all = this.#observations.get(row.id) ?? [];
    // As `loadObservations(…, only)` gives them: each observation with just those fields.
    return { row, observations: (only) => all.map((o) => ({ ...o, fields: pick(o.fields, only) })) };
  }

  /** A write changed this medicine's row from outside its own turn (its slug was taken). */
  forget(productNumber: string): void {
    this.#rows.delete(productNumber);
  }

  later(medicineId: number, observation: Observation): void {
    this.#waiting.push({ medicineId, observation });
  }

  async flush(trx: Executor): Promise<void> {
    if (this.#waiting.length === 0) return;
    const waiting = this.#waiting;
    this.#waiting = [];
    await insertObservations(trx, waiting);
  }
}

class DryRunRollback extends Error {
  readonly result: WriteResult;
  constructor(result: WriteResult) {
    super('dry run');
    this.result = result;
  }
}
