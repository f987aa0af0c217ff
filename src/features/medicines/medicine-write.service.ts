/**
 * The one way to change a medicine. Every write runs in its own transaction, compares the
 * new record with the stored one, and when anything differs stores the new state together
 * with a revision saying what changed, when, and from which source. Unchanged input writes
 * nothing, which is what makes every importer idempotent.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { diffMedicine, type Change } from '../../domain/medicine-diff.ts';
import { changeKinds } from '../../domain/change-kinds.ts';
import type { Medicine, WriteSource } from '../../domain/medicine.ts';
import { ConflictError, IncompleteRecordError } from '../../domain/errors.ts';
import { assertedFields, blankMedicine, setField, type MedicineAssertions } from '../../domain/medicine-fields.ts';
import type { ChangeNotifier } from '../../db/change-notifier.ts';
import { loadProvenance, upsertProvenance, type ProvenanceRow } from './provenance.repository.ts';
import { toChildRows, toMedicine, toMedicineValues } from './medicine-rows.ts';
import {
  findMedicineRow,
  insertMedicine,
  insertRevision,
  loadChildRows,
  replaceChildRows,
  updateMedicine,
  type Executor,
  type ChildPart,
  type MedicineRow,
} from './medicines.repository.ts';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export interface WriteResult {
  outcome: WriteOutcome;
  slug: string;
  revision: number;
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

export class MedicineWriteService {
  readonly #db: Kysely<DB>;
  readonly #changes: ChangeNotifier;

  constructor(db: Kysely<DB>, changes: ChangeNotifier) {
    this.#db = db;
    this.#changes = changes;
  }

  /** Stores what `update` makes of the current record; for editors and whole-record sources. */
  async apply(target: WriteTarget, update: Update, source: WriteSource, options: WriteOptions = {}): Promise<WriteResult> {
    return this.#run(target, source, options, async (_trx, current) => {
      const next = update(current);
      const asOf = source.asOf ?? new Date();
      const provenance = diffMedicine(current, next)
        .map((c) => c.field.split(/[.[]/)[0]!)
        .filter((f, i, all) => all.indexOf(f) === i)
        .flatMap((f) => assertedFields({ [f]: next[f as keyof Medicine] } as MedicineAssertions))
        .map(([field, value]) => ({ field, sourceKind: source.kind, sourceReference: source.reference, asOf, value }));
      return { next, provenance };
    });
  }

  /**
   * Records what a source says about a medicine. Each asserted field takes the source's value
   * unless a source dated later has already given one (the newer wins, whatever the import
   * order); either way the source's value is kept in the provenance record. A medicine the
   * source mentions first is created from what it says, which must include name and status.
   */
  async assert(target: WriteTarget, assertions: MedicineAssertions, source: WriteSource, options: WriteOptions = {}): Promise<WriteResult> {
    const asOf = source.asOf ?? new Date();
    return this.#run(target, source, options, async (trx, current, row) => {
      const known = row ? await loadProvenance(trx, row.id) : [];
      let next = current ?? createFrom(assertions, target);
      const provenance: ProvenanceRow[] = [];
      for (const [field, value] of assertedFields(assertions)) {
        const rows = known.filter((p) => p.field === field);
        const newer = rows.some((p) => p.asOf > asOf);
        if (!newer) next = setField(next, field, value);
        const sameKind = rows.find((p) => p.sourceKind === source.kind);
        const restated = sameKind && sameKind.asOf.getTime() === asOf.getTime() && sameKind.sourceReference === source.reference && JSON.stringify(sameKind.value) === JSON.stringify(value);
        if (!sameKind || (sameKind.asOf <= asOf && !restated)) {
          provenance.push({ field, sourceKind: source.kind, sourceReference: source.reference, asOf, value });
        }
      }
      return { next, provenance };
    }, assertedFields(assertions).every(([field]) => !CHILD_FIELD.test(field)));
  }

  async #run(
    target: WriteTarget,
    source: WriteSource,
    options: WriteOptions,
    build: (trx: Executor, current: Medicine | null, row: MedicineRow | undefined) => Promise<{ next: Medicine; provenance: ProvenanceRow[] }>,
    scalarsOnly = false,
  ): Promise<WriteResult> {
    const result = await this.#db
      .transaction()
      .execute(async (trx) => {
        const result = await this.#write(trx, target, source, build, scalarsOnly);
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

  async #write(
    trx: Executor,
    target: WriteTarget,
    source: WriteSource,
    build: (trx: Executor, current: Medicine | null, row: MedicineRow | undefined) => Promise<{ next: Medicine; provenance: ProvenanceRow[] }>,
    scalarsOnly: boolean,
  ): Promise<WriteResult> {
    const row = await this.#find(trx, target);
    // A source that only states plain fields (a data-table row) is first compared without
    // loading documents, overviews and the rest: most such rows change nothing, and the child
    // rows are most of the reading. They are loaded only when there is something to store.
    let current = row ? (scalarsOnly ? toMedicine(withoutChildren(row)) : toMedicine(await loadChildRows(trx, row))) : null;
    let { next, provenance } = await build(trx, current, row);
    let changes = diffMedicine(current, next);
    if (row && scalarsOnly && changes.length > 0) {
      current = toMedicine(await loadChildRows(trx, row));
      ({ next, provenance } = await build(trx, current, row));
      changes = diffMedicine(current, next);
    }
    if (row && changes.length === 0) {
      await upsertProvenance(trx, row.id, provenance);
      return { outcome: 'unchanged', slug: row.slug, revision: row.current_revision, changes };
    }
    if (next.slug !== row?.slug) {
      const clash = await findMedicineRow(trx, { by: 'slug', value: next.slug });
      if (clash && clash.id !== row?.id) {
        if (!(await this.#releaseSlug(trx, clash, source))) {
          throw new ConflictError(`slug "${next.slug}" already belongs to ${clash.product_number ?? 'another medicine'}`);
        }
      }
    }
    const values = toMedicineValues(next);
    const id = row ? row.id : (await insertMedicine(trx, values)).id;
    await this.#save(trx, id, row?.current_revision ?? 0, next, changes, source);
    if (provenance.length > 0) await upsertProvenance(trx, id, provenance);
    return { outcome: row ? 'updated' : 'created', slug: next.slug, revision: (row?.current_revision ?? 0) + 1, changes };
  }

  async #save(trx: Executor, id: number, previousRevision: number, next: Medicine, changes: Change[], source: WriteSource): Promise<void> {
    const values = toMedicineValues(next);
    const revision = previousRevision + 1;
    await updateMedicine(trx, id, values, revision);
    const parts = new Set(changes.map((c) => /^(overview|documents|news|related|presentations|procedures|files)\b/.exec(c.field)?.[1] as ChildPart | undefined).filter((p) => p !== undefined));
    await replaceChildRows(trx, id, toChildRows(next), parts);
    await insertRevision(trx, {
      medicineId: id,
      number: revision,
      asOf: source.asOf ?? new Date(),
      sourceKind: source.kind,
      sourceReference: source.reference,
      changes,
      kinds: changeKinds(changes, revision === 1),
      snapshot: next,
    });
  }

  /**
   * EMA moves slugs: when two medicines share a name, the newer one may take the plain slug
   * and the older one gets "-0". A source dated after the holder's own slug gets the slug;
   * the holder moves to a parking slug built from its product number (recorded in its
   * history) until its own row gives it the new one.
   */
  async #releaseSlug(trx: Executor, holder: MedicineRow, source: WriteSource): Promise<boolean> {
    // Only EMA's own publications move slugs; an editor picking a taken slug gets an error.
    if (!SLUG_AUTHORITIES.has(source.kind)) return false;
    const asOf = source.asOf ?? new Date();
    const slugSource = (await loadProvenance(trx, holder.id)).filter((p) => p.field === 'slug');
    if (!holder.product_number || slugSource.some((p) => p.asOf > asOf)) return false;
    const current = toMedicine(await loadChildRows(trx, holder));
    const parked = { ...current, slug: `${holder.slug}-${holder.product_number.slice(-6)}` };
    await this.#save(trx, holder.id, holder.current_revision, parked, diffMedicine(current, parked), source);
    return true;
  }
}

const CHILD_FIELD = /^(overview|documents|news|related|presentations|procedures|files)\b/;

function withoutChildren(medicine: MedicineRow) {
  return { medicine, overviewSections: [], documents: [], documentLanguages: [], news: [], related: [], presentations: [], procedures: [], files: [] };
}

const SLUG_AUTHORITIES: ReadonlySet<WriteSource['kind']> = new Set(['epar-page', 'ema-table', 'sync']);

function createFrom(a: MedicineAssertions, target: WriteTarget): Medicine {
  const slug = a.slug ?? target.slug;
  const missing = [!a.name && 'name', !slug && 'slug', !a.category && 'category', !a.status && 'status'].filter(Boolean);
  if (missing.length > 0) {
    throw new IncompleteRecordError(`cannot create ${target.productNumber ?? slug ?? 'a medicine'}: the source does not give its ${missing.join(', ')}`);
  }
  return blankMedicine({ name: a.name!, slug: slug!, category: a.category!, status: a.status! });
}

class DryRunRollback extends Error {
  readonly result: WriteResult;
  constructor(result: WriteResult) {
    super('dry run');
    this.result = result;
  }
}
