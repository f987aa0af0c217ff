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
import type { ChangeNotifier } from '../../db/change-notifier.ts';
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
import {
  findMedicineRow,
  insertMedicine,
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
  insertRevision,
  loadObservations,
  loadRevisionIndex,
  parkRevisionNumbers,
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

  /** By product number; by slug only when that slug's medicine is not another product. */
  async #find(trx: Executor, target: WriteTarget): Promise<MedicineRow | undefined> {
    if (target.productNumber) {
      const row = await findMedicineRow(trx, { by: 'productNumber', value: target.productNumber }, true);
      if (row) return row;
    }
    if (!target.slug) return undefined;
    const row = await findMedicineRow(trx, { by: 'slug', value: target.slug }, true);
    return row && (!target.productNumber || !row.product_number || row.product_number === target.productNumber) ? row : undefined;
  }

  async #write(trx: Executor, target: WriteTarget, source: WriteSource, needsChildren: boolean, observe: (current: Medicine | null) => Fields): Promise<WriteResult> {
    const row = await this.#find(trx, target);
    const asOf = source.asOf ?? new Date();
    if (!row) return this.#create(trx, target, source, asOf, observe(null));

    // Plain fields (a data-table row) are first compared without loading documents, overviews and
    // the rest: most such rows change nothing, and the child rows are most of the reading.
    let current = needsChildren ? toMedicine(await loadChildRows(trx, row)) : toMedicine(withoutChildren(row));
    const fields = observe(current);
    const keys = Object.keys(fields);
    if (keys.length === 0) return unchanged(row);

    const known = await loadObservations(trx, row.id, needsChildren ? undefined : keys);
    const pending: Observation = { id: '', sourceKind: source.kind, sourceReference: source.reference, asOf, recordedAt: new Date(), fields };
    // A dated document read again (a table, a page) restates what it said; each edit is its own.
    const restated = source.kind === 'editor' ? undefined : known.find((o) => o.sourceKind === source.kind && o.sourceReference === source.reference && o.asOf.getTime() === asOf.getTime());
    if (restated && sameJson(restated.fields, pick(fields, Object.keys(restated.fields)), keys.length === Object.keys(restated.fields).length)) return unchanged(row);

    const appends = !restated && known.every((o) => compareObservations(o, pending) < 0);
    if (appends) {
      const forms = formsAfter(known);
      let next = foldObservation(current, forms, pending);
      if (diffMedicine(current, next).length === 0) {
        await insertObservation(trx, row.id, pending);
        return unchanged(row);
      }
      let changes = changesOfWords(current, next);
      if (!needsChildren && changes.length > 0) {
        // A change of words is a history entry, whose snapshot is the whole record.
        current = toMedicine(await loadChildRows(trx, row));
        next = foldObservation(current, formsAfter(known), pending);
        changes = changesOfWords(current, next);
      }
      await this.#claimSlug(trx, row, next.slug, source, asOf);
      const observation = await insertObservation(trx, row.id, pending);
      const revision = row.current_revision + (changes.length > 0 ? 1 : 0);
      await this.#store(trx, row.id, current, next, revision);
      if (changes.length > 0) {
        await insertRevision(trx, row.id, revisionValues({ observationId: observation.id, asOf, sourceKind: source.kind, sourceReference: source.reference, changes, kinds: changeKinds(changes, false), snapshot: next }, revision, false));
      }
      return { outcome: 'updated', slug: next.slug, revision, changes };
    }

    // The source speaks of the past (or restates a source with other values): derive again.
    const all = needsChildren ? known : await loadObservations(trx, row.id);
    let observationId: string;
    if (restated) {
      await replaceObservationFields(trx, restated.id, fields);
      observationId = restated.id;
    } else {
      observationId = (await insertObservation(trx, row.id, pending)).id;
    }
    const observations = [...all.filter((o) => o.id !== restated?.id), { ...pending, id: observationId, recordedAt: restated?.recordedAt ?? new Date() }];
    const derived = derive(observations, target);
    if (!needsChildren) current = toMedicine(await loadChildRows(trx, row));
    await this.#claimSlug(trx, row, derived.current.slug, source, asOf);
    const history = await this.#rewriteHistory(trx, row.id, derived.entries, observationId);
    await this.#store(trx, row.id, current, derived.current, derived.entries.length);
    await rememberSlugs(trx, row.id, derived.entries.map((e) => e.snapshot.slug));
    const own = derived.entries.find((e) => e.observationId === observationId);
    const changed = history || diffMedicine(current, derived.current).length > 0;
    return { outcome: changed ? 'updated' : 'unchanged', slug: derived.current.slug, revision: derived.entries.length, changes: own?.changes ?? [] };
  }

  async #create(trx: Executor, target: WriteTarget, source: WriteSource, asOf: Date, observed: Fields): Promise<WriteResult> {
    // A source that names the medicine only by the address it was found under (a file name) gives that address.
    const fields = observed.slug === undefined && target.slug ? { slug: target.slug, ...observed } : observed;
    const pending: Observation = { id: '', sourceKind: source.kind, sourceReference: source.reference, asOf, recordedAt: new Date(), fields };
    const { current } = derive([pending], target);
    const clash = await findMedicineRow(trx, { by: 'slug', value: current.slug });
    if (clash && !(await this.#releaseSlug(trx, clash, source, asOf))) {
      throw new ConflictError(`slug "${current.slug}" already belongs to ${clash.product_number ?? 'another medicine'}`);
    }
    const id = (await insertMedicine(trx, toMedicineValues(current))).id;
    const observation = await insertObservation(trx, id, pending);
    const { entries } = derive([{ ...pending, id: observation.id }], target);
    const entry = entries[0]!;
    await this.#store(trx, id, null, current, 1);
    await insertRevision(trx, id, revisionValues(entry, 1, false));
    await rememberSlugs(trx, id, [current.slug]);
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
    for (const p of rewrites) await updateRevision(trx, p.existing!.id, p.values);
    const last = entries.at(-1);
    for (const p of inserts) {
      const news = p.e === last && p.e.observationId === newObservation && p.e.asOf.getTime() >= latestKnown;
      await insertRevision(trx, medicineId, { ...p.values, backfilled: !news });
    }
    return true;
  }

  /** Writes the record's row and the child parts that differ from what is stored. */
  async #store(trx: Executor, id: number, stored: Medicine | null, next: Medicine, revision: number): Promise<void> {
    await updateMedicine(trx, id, toMedicineValues(next), revision);
    const parts = new Set(
      diffMedicine(stored, next)
        .map((c) => CHILD_FIELD.exec(c.field)?.[1] as ChildPart | undefined)
        .filter((p) => p !== undefined),
    );
    if (parts.size > 0) await replaceChildRows(trx, id, toChildRows(next), parts);
  }

  /** A slug another medicine holds is taken from it when the source may move it; otherwise a conflict. */
  async #claimSlug(trx: Executor, row: MedicineRow, slug: string, source: WriteSource, asOf: Date): Promise<void> {
    if (slug === row.slug) return;
    const clash = await findMedicineRow(trx, { by: 'slug', value: slug });
    if (clash && clash.id !== row.id && !(await this.#releaseSlug(trx, clash, source, asOf))) {
      throw new ConflictError(`slug "${slug}" already belongs to ${clash.product_number ?? 'another medicine'}`);
    }
    await rememberSlugs(trx, row.id, [slug]);
  }

  /**
   * EMA moves slugs: when two medicines share a name, the newer one may take the plain slug
   * and the older one gets "-0". A source dated after the holder's own slug gets the slug;
   * the holder moves to a parking slug built from its product number (recorded in its
   * history) until its own sources give it the new one.
   */
  async #releaseSlug(trx: Executor, holder: MedicineRow, source: WriteSource, asOf: Date): Promise<boolean> {
    // Only EMA's own publications move slugs; an editor picking a taken slug gets an error.
    if (!SLUG_AUTHORITIES.has(source.kind) || !holder.product_number) return false;
    const slugSources = await loadObservations(trx, holder.id, ['slug']);
    if (slugSources.some((o) => 'slug' in o.fields && o.asOf > asOf)) return false;
    const parked = `${holder.slug}-${holder.product_number.slice(-6)}`;
    await this.#write(trx, { productNumber: holder.product_number, slug: null }, { ...source, reference: `${source.reference} (address given to another medicine)`, asOf }, false, () => ({ slug: parked }));
    return true;
  }
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
  if (!sameKeys) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
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

function revisionValues(e: Omit<HistoryEntry, 'kinds'> & { kinds: readonly string[] }, number: number, backfilled: boolean): RevisionValues {
  const fingerprint = createHash('sha1')
    .update(JSON.stringify([e.asOf.toISOString(), e.sourceKind, e.sourceReference, e.changes, e.snapshot]))
    .digest('base64url');
  return { number, observationId: e.observationId, asOf: e.asOf, sourceKind: e.sourceKind, sourceReference: e.sourceReference, changes: e.changes, kinds: e.kinds, snapshot: e.snapshot, fingerprint, backfilled };
}

function unchanged(row: MedicineRow): WriteResult {
  return { outcome: 'unchanged', slug: row.slug, revision: row.current_revision, changes: [] };
}

function withoutChildren(medicine: MedicineRow) {
  return { medicine, overviewSections: [], documents: [], documentLanguages: [], news: [], related: [], presentations: [], procedures: [], files: [] };
}

const SLUG_AUTHORITIES: ReadonlySet<WriteSource['kind']> = new Set(['epar-page', 'ema-table', 'sync']);

class DryRunRollback extends Error {
  readonly result: WriteResult;
  constructor(result: WriteResult) {
    super('dry run');
    this.result = result;
  }
}
