/**
 * Reading medicines: turns rows into domain objects (rows never leave this feature) and
 * resolves the ways a medicine can be named in a URL (slug, product number, EMA node id).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { parseProductNumber } from '../../domain/identifiers.ts';
import type { Category, CatalogueSort, Medicine, MedicineSummary, Status } from '../../domain/medicine.ts';
import { toMedicine, toSummary } from './medicine-rows.ts';
import { loadProvenance } from './provenance.repository.ts';
import {
  countByStatus,
  findMedicineRow,
  findSlugLoosely,
  listSlugsAfter,
  listSummaries,
  loadChildRows,
  loadManyBySlug,
  recentlyUpdated,
  type MedicineKey,
} from './medicines.repository.ts';

export interface CatalogueQuery {
  status: Status | null;
  category: Category | null;
  sort: CatalogueSort;
  page: number;
  pageSize: number;
}

export interface FieldProvenance {
  disagreement: boolean;
  sources: { kind: string; reference: string; asOf: string; value: unknown }[];
}

export class MedicinesService {
  readonly #db: Kysely<DB>;

  constructor(db: Kysely<DB>) {
    this.#db = db;
  }

  /** `idOrSlug` is a slug (`lumykras`) or a product number (`EMEA/H/C/005522`). */
  async get(idOrSlug: string): Promise<Medicine | null> {
    const pn = parseProductNumber(idOrSlug);
    const key: MedicineKey = pn.ok ? { by: 'productNumber', value: pn.value } : { by: 'slug', value: idOrSlug.toLowerCase() };
    return this.#load(key);
  }

  /** Per field, every source that stated it, newest first, and whether they disagree. */
  async provenance(slug: string): Promise<Record<string, FieldProvenance>> {
    const row = await findMedicineRow(this.#db, { by: 'slug', value: slug });
    if (!row) return {};
    const out: Record<string, FieldProvenance> = {};
    for (const p of await loadProvenance(this.#db, row.id)) {
      const entry = (out[p.field] ??= { disagreement: false, sources: [] });
      entry.sources.push({ kind: p.sourceKind, reference: p.sourceReference, asOf: p.asOf.toISOString(), value: p.value });
      if (JSON.stringify(p.value) !== JSON.stringify(entry.sources[0]!.value)) entry.disagreement = true;
    }
    return out;
  }

  /** For document file names: a slug spelt without some hyphens, or a medicine's earlier name. */
  async findLoosely(slug: string): Promise<Medicine | null> {
    const found = await findSlugLoosely(this.#db, slug.toLowerCase().replace(/[^a-z0-9]/g, ''));
    return found ? this.get(found) : null;
  }

  async getByNodeId(nodeId: number): Promise<Medicine | null> {
    return this.#load({ by: 'nodeId', value: nodeId });
  }

  async #load(key: MedicineKey): Promise<Medicine | null> {
    const row = await findMedicineRow(this.#db, key);
    return row ? toMedicine(await loadChildRows(this.#db, row)) : null;
  }

  async catalogue(q: CatalogueQuery): Promise<{ items: MedicineSummary[]; total: number }> {
    const { rows, total } = await listSummaries(this.#db, {
      status: q.status,
      category: q.category,
      sort: q.sort,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return { items: rows.map(toSummary), total };
  }

  /** Keyset page of whole records for the API; `next` is the cursor for the following page. */
  async page(q: { status: Status | null; category: Category | null; after: string | null; limit: number }): Promise<{ items: Medicine[]; next: string | null }> {
    const slugs = await listSlugsAfter(this.#db, { ...q, limit: q.limit + 1 });
    const hasMore = slugs.length > q.limit;
    const pageSlugs = slugs.slice(0, q.limit);
    const rows = await loadManyBySlug(this.#db, pageSlugs);
    return { items: rows.map(toMedicine), next: hasMore ? (pageSlugs.at(-1) ?? null) : null };
  }

  async overview(): Promise<{ total: number; byStatus: Partial<Record<Status, number>>; recentlyUpdated: MedicineSummary[] }> {
    const [counts, recent] = await Promise.all([countByStatus(this.#db), recentlyUpdated(this.#db, 8)]);
    const byStatus: Partial<Record<Status, number>> = {};
    for (const c of counts) byStatus[c.status as Status] = c.n;
    return { total: counts.reduce((s, c) => s + c.n, 0), byStatus, recentlyUpdated: recent.map(toSummary) };
  }
}
