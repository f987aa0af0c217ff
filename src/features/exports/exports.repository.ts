/**
 * The SQL of exports: the current records, a page at a time in medicine-id order (keyset
 * paging, so each page is one index range whatever the catalogue's size), without the child
 * parts (documents, overviews, ...) that the flat layouts do not carry.
 */
import { sql, type Kysely, type SqlBool, type Expression } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Medicine } from '../../domain/medicine.ts';

const CHILD_PARTS = ['overview', 'documents', 'news', 'related', 'presentations', 'procedures', 'files', 'patientSafetyNews', 'topics'];

export async function currentRecords(db: Kysely<DB>, q: { afterId: number | null; limit: number; ids: number[] | null }): Promise<{ id: number; record: Medicine }[]> {
  const conditions: Expression<SqlBool>[] = [sql<SqlBool>`record is not null`];
  if (q.afterId !== null) conditions.push(sql<SqlBool>`id > ${q.afterId}`);
  if (q.ids !== null) conditions.push(sql<SqlBool>`id = any(${q.ids}::int[])`);
  const result = await sql<{ id: number; record: Medicine }>`
    select id, record - ${CHILD_PARTS}::text[] as record from medicines
    where ${sql.join(conditions, sql` and `)}
    order by id limit ${q.limit}`.execute(db);
  return result.rows.map((r) => ({ id: Number(r.id), record: r.record }));
}
