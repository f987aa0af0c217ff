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

export interface SitemapProductInformationRow extends SitemapMedicineRow {
  /** When the newest version of the medicine's product information, in any language, was stored. */
  imported_at: Date;
}

/** Every medicine that has product information, in id order, with when its record and its product information last changed. */
export async function listSitemapProductInformation(db: Kysely<DB>): Promise<SitemapProductInformationRow[]> {
  const { rows } = await sql<SitemapProductInformationRow>`
    select m.category, m.slug, r.recorded_at as changed_at, v.imported_at
    from medicines m
    join (select medicine_id, max(imported_at) as imported_at from product_information_versions group by medicine_id) v on v.medicine_id = m.id
    left join revisions r on r.medicine_id = m.id and r.number = m.current_revision
    order by m.id`.execute(db);
  return rows;
}

export interface SitemapNationalProductRow {
  slug: string;
  /** When the newest version of its product information was stored. */
  imported_at: Date;
}

/** Every national product with product information (migration 0021), in id order. */
export async function listSitemapNationalProducts(db: Kysely<DB>): Promise<SitemapNationalProductRow[]> {
  const { rows } = await sql<SitemapNationalProductRow>`
    select p.slug, max(v.imported_at) as imported_at
    from national_products p join national_product_information_versions v on v.national_product_id = p.id
    group by p.id order by p.id`.execute(db);
  return rows;
}
