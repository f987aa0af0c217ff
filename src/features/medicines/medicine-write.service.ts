/**
 * The one way to change a medicine. Every write runs in its own transaction, compares the
 * new record with the stored one, and when anything differs stores the new state together
 * with a revision saying what changed, when, and from which source. Unchanged input writes
 * nothing, which is what makes every importer idempotent.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { diffMedicine, type Change } from '../../domain/medicine-diff.ts';
import type { Medicine, WriteSource } from '../../domain/medicine.ts';
import { AppError } from '../../domain/errors.ts';
import type { MedicineEvents } from './medicine-events.ts';
import { toChildRows, toMedicine, toMedicineValues } from './medicine-rows.ts';
import {
  findMedicineRow,
  insertMedicine,
  insertRevision,
  loadChildRows,
  replaceChildRows,
  updateMedicine,
  type Executor,
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

export class MedicineWriteService {
  readonly #db: Kysely<DB>;
  readonly #events: MedicineEvents;

  constructor(db: Kysely<DB>, events: MedicineEvents) {
    this.#db = db;
    this.#events = events;
  }

  async apply(target: WriteTarget, update: Update, source: WriteSource, options: { dryRun?: boolean } = {}): Promise<WriteResult> {
    const result = await this.#db.transaction().execute(async (trx) => {
      const result = await this.#applyIn(trx, target, update, source);
      // A dry run does all the work, including the writes' constraint checks, then rolls back.
      if (options.dryRun) throw new DryRunRollback(result);
      return result;
    }).catch((e: unknown) => {
      if (e instanceof DryRunRollback) return { ...e.result, dryRun: true };
      throw e;
    });
    if (!('dryRun' in result) && result.outcome !== 'unchanged') {
      this.#events.emitChange({ slug: result.slug, productNumber: target.productNumber, revision: result.revision });
    }
    return result;
  }

  async #applyIn(trx: Executor, target: WriteTarget, update: Update, source: WriteSource): Promise<WriteResult> {
    const row =
      (target.productNumber ? await findMedicineRow(trx, { by: 'productNumber', value: target.productNumber }, true) : undefined) ??
      (target.slug ? await findMedicineRow(trx, { by: 'slug', value: target.slug }, true) : undefined);
    const current = row ? toMedicine(await loadChildRows(trx, row)) : null;
    const next = update(current);
    const changes = diffMedicine(current, next);
    if (row && changes.length === 0) {
      return { outcome: 'unchanged', slug: row.slug, revision: row.current_revision, changes };
    }
    if (next.slug !== row?.slug) {
      const clash = await findMedicineRow(trx, { by: 'slug', value: next.slug });
      if (clash && clash.id !== row?.id) {
        throw new AppError(409, 'conflict', `slug "${next.slug}" already belongs to ${clash.product_number ?? 'another medicine'}`);
      }
    }
    const values = toMedicineValues(next);
    const id = row ? row.id : (await insertMedicine(trx, values)).id;
    const revision = (row?.current_revision ?? 0) + 1;
    await updateMedicine(trx, id, values, revision);
    await replaceChildRows(trx, id, toChildRows(next));
    await insertRevision(trx, {
      medicineId: id,
      number: revision,
      asOf: source.asOf ?? new Date(),
      sourceKind: source.kind,
      sourceReference: source.reference,
      changes,
      snapshot: next,
    });
    return { outcome: row ? 'updated' : 'created', slug: next.slug, revision, changes };
  }
}

class DryRunRollback extends Error {
  readonly result: WriteResult;
  constructor(result: WriteResult) {
    super('dry run');
    this.result = result;
  }
}
