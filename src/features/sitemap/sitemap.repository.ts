/** The SQL of the sitemap: every medicine's page address and when its record last changed. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface SitemapMedicineRow {
  category: string;
  slug: string;
  /** When OpenEPAR recorded the medicine's latest revision; null before its first. */
  changed_at: Date | null;
}

/** In id order, so a medicine keeps its place (and its sitemap file) as others are added. */
export async function listSitemapMedicines(db: Kysely<DB>): Promise<SitemapMedicineRow[]> {
  // The latest revision by the unique (medicine_id, number) index, rather than max() over them all.
  const { rows } = await sql<SitemapMedicineRow>`
    select m.category, m.slug, r.recorded_at as changed_at
    from medicines m
    left join revisions r on r.medicine_id = m.id and r.number = m.current_revision
    order by m.id`.execute(db);
  return rows;
}
