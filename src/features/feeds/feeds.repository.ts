/** The SQL of feeds beyond what the history service reads: finding a medicine by EMA's node id. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Only what a feed address needs; the whole record (documents, overviews) is not read. */
export async function findByNodeId(db: Kysely<DB>, nodeId: number): Promise<{ category: string; slug: string } | undefined> {
  return db.selectFrom('medicines').select(['category', 'slug']).where('ema_node_id', '=', nodeId).executeTakeFirst();
}
