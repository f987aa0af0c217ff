/**
 * The SQL of taking a medicine off the portal whole, and of what its old addresses then answer.
 * Only the write service calls the first (inside its transaction); the medicines service reads.
 */
import { sql } from 'kysely';
import type { Executor, MedicineRow } from './medicines.repository.ts';

export interface Removal {
  reason: string;
  reference: string;
  at: Date;
}

/**
 * Moves a medicine out of the medicine tables into `unpublished_medicines`, keeping its
 * addresses and its revisions; its child rows, search rows and news go with the row (the
 * foreign keys cascade), and webhook subscriptions to that one medicine, which nothing would
 * ever match again, are ended.
 */
export async function removeMedicine(trx: Executor, row: MedicineRow, removal: Removal): Promise<{ addresses: string[]; revisions: number }> {
  const slugs = await trx.selectFrom('medicine_slugs').select('slug').where('medicine_id', '=', row.id).execute();
  const addresses = [...new Set([row.slug.toLowerCase(), ...slugs.map((s) => s.slug)])];
  const revisions = await trx
    .selectFrom('revisions')
    .select(['number', 'recorded_at', 'as_of', 'source_kind', 'source_reference', 'changes'])
    .where('medicine_id', '=', row.id)
    .orderBy('number')
    .execute();
  await trx
    .insertInto('unpublished_medicines')
    .values({
      slug: row.slug,
      addresses,
      product_number: row.product_number,
      name: row.name,
      category: row.category,
      reason: removal.reason,
      reference: removal.reference,
      unpublished_at: removal.at,
      record: JSON.stringify(row.record ?? {}),
      revisions: JSON.stringify(revisions),
    })
    .execute();
  await trx.deleteFrom('webhook_subscriptions').where('medicine_id', '=', row.id).execute();
  await trx.deleteFrom('medicines').where('id', '=', row.id).execute();
  return { addresses, revisions: revisions.length };
}

export interface UnpublishedRow {
  slug: string;
  name: string;
  category: string;
  reason: string;
  reference: string;
  unpublished_at: Date;
}

/** The latest medicine taken off the portal that answered at `address` (lower case). */
export async function findUnpublished(db: Executor, address: string): Promise<UnpublishedRow | undefined> {
  return db
    .selectFrom('unpublished_medicines')
    .select(['slug', 'name', 'category', 'reason', 'reference', 'unpublished_at'])
    .where(sql<boolean>`addresses @> array[${address.toLowerCase()}]::text[]`)
    .orderBy('unpublished_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
