/**
 * Reading medicines: turns rows into domain objects (rows never leave this feature) and
 * resolves the ways a medicine can be named in a URL (slug, product number, EMA node id).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { parseProductNumber, type ProductNumber } from '../../domain/identifiers.ts';
import type { Category, CatalogueSort, Medicine, MedicineSummary, Status } from '../../domain/medicine.ts';
import { toMedicine, toSummary } from './medicine-rows.ts';
import type { PageContext } from '../../i18n/i18n.ts';
import type { SafeHtml } from '../../http/html.ts';
import { medicineDescription, medicinePage } from './medicine-page.template.ts';
import { sameWords, sourceName } from '../../domain/observations.ts';
import { findSlugOwner, loadObservations } from './observations.repository.ts';
import {
  countByStatus,
  countSampleMedicines,
  findByEuNumbers,
  findByNameAtStart,
  findMedicineRowToRead,
  findSlugLoosely,
  listSlugsAfter,
  listSummaries,
  loadChildRows,
  loadManyBySlug,
  recentlyUpdated,
  type MedicineKey,
  type MedicineRow,
} from './medicines.repository.ts';
import { findUnpublished } from './unpublished-medicines.repository.ts';

/** The names a medicine is known by: enough to file a source under it. */
export type MedicineIdentity = Pick<Medicine, 'productNumber' | 'slug' | 'name'>;

function identityOf(row: MedicineRow): MedicineIdentity {
  return { productNumber: row.product_number as ProductNumber | null, slug: row.slug, name: row.name };
}

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

  /**
   * A record's public page content, exactly as its address renders it: for the back office's
   * preview of a draft that is in no table yet.
   */
  renderPage(ctx: PageContext, m: Medicine): { main: SafeHtml; description: string | undefined } {
    return { main: medicinePage(ctx, m), description: medicineDescription(m) };
  }

  /** `idOrSlug` is a slug (`lumykras`) or a product number (`EMEA/H/C/005522`). */
  async get(idOrSlug: string): Promise<Medicine | null> {
    const pn = parseProductNumber(idOrSlug);
    const key: MedicineKey = pn.ok ? { by: 'productNumber', value: pn.value } : { by: 'slug', value: idOrSlug.toLowerCase() };
    return this.#load(key);
  }

  /**
   * Who a slug or product number names, from the medicine's own row: what an importer needs to
   * file a document under it, without reading the record's documents, news and overviews.
   */
  async identify(idOrSlug: string): Promise<MedicineIdentity | null> {
    const pn = parseProductNumber(idOrSlug);
    const row = await findMedicineRowToRead(this.#db, pn.ok ? { by: 'productNumber', value: pn.value } : { by: 'slug', value: idOrSlug.toLowerCase() });
    return row ? identityOf(row) : null;
  }

  /**
   * Per field, what each source said, newest first: for each kind of source, its newest
   * statement of each distinct value (so a holder named by every table from 2018 to 2025 shows
   * once, as of the newest table naming it), and whether the sources disagree in their words.
   */
  async provenance(slug: string): Promise<Record<string, FieldProvenance>> {
    const row = await findMedicineRowToRead(this.#db, { by: 'slug', value: slug });
    if (!row) return {};
    const observations = (await loadObservations(this.#db, row.id)).sort((a, b) => b.asOf.getTime() - a.asOf.getTime() || b.recordedAt.getTime() - a.recordedAt.getTime());
    const out: Record<string, FieldProvenance> = {};
    for (const o of observations) {
      for (const [field, value] of Object.entries(o.fields)) {
        const entry = (out[field] ??= { disagreement: false, sources: [] });
        const seen = entry.sources.some((s) => s.kind === o.sourceKind && JSON.stringify(s.value) === JSON.stringify(value));
        if (seen) continue;
        entry.sources.push({ kind: o.sourceKind, reference: sourceName(o.sourceReference), asOf: o.asOf.toISOString(), value });
        if (!sameWords(value, entry.sources[0]!.value)) entry.disagreement = true;
      }
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /**
   * The medicine's current address for a slug it has or once had, in any letter case (EMA
   * renames medicines; links to the old name must keep working).
   */
  /** A medicine taken off the portal whole that answered at `address`: its name, when and why. */
  async unpublished(address: string): Promise<{ slug: string; name: string; category: string; reason: string; at: Date } | null> {
    const row = await findUnpublished(this.#db, address);
    return row ? { slug: row.slug, name: row.name, category: row.category, reason: row.reason, at: row.unpublished_at } : null;
  }

  async resolveAddress(slug: string): Promise<{ slug: string; category: string } | null> {
    const lower = slug.toLowerCase();
    const current = (await findMedicineRowToRead(this.#db, { by: 'slug', value: lower })) ?? null;
    const owner = current ? current.slug : await findSlugOwner(this.#db, lower);
    if (!owner) return null;
    const row = current ?? (await findMedicineRowToRead(this.#db, { by: 'slug', value: owner }));
    return row ? { slug: row.slug, category: row.category } : null;
  }

  /** For document file names: a slug spelt without some hyphens, or a medicine's earlier name. */
  async findLoosely(slug: string): Promise<MedicineIdentity | null> {
    const found = await findSlugLoosely(this.#db, slug.toLowerCase().replace(/[^a-z0-9]/g, ''));
    return found ? this.identify(found) : null;
  }

  /**
   * Who holds the authorised presentations with these EU numbers (`EU/1/03/256/013`), each
   * medicine with the numbers of its that matched. With `byAuthorisation`, a number also matches
   * the other packs of its marketing authorisation (`EU/1/03/256/…`): EMA numbers packs within
   * one authorisation, so the first four parts name the medicine even for a pack not listed.
   */
  async findByEuNumbers(numbers: readonly string[], options: { byAuthorisation?: boolean } = {}): Promise<{ medicine: MedicineIdentity; euNumbers: string[] }[]> {
    const prefixes = options.byAuthorisation ? [...new Set(numbers.map((n) => n.replace(/[^/]+$/, '')))] : [];
    const rows = await findByEuNumbers(this.#db, options.byAuthorisation ? [] : numbers, prefixes);
    const out = new Map<string, { medicine: MedicineIdentity; euNumbers: string[] }>();
    for (const r of rows) {
      const found = out.get(r.slug) ?? { medicine: { productNumber: r.product_number as ProductNumber | null, slug: r.slug, name: r.name }, euNumbers: [] };
      found.euNumbers.push(r.eu_number);
      out.set(r.slug, found);
    }
    return [...out.values()];
  }

  /** Whole records of many medicines by slug, in the order asked, those not found left out; read in a few queries. */
  /**
   * The medicines whose name, or an earlier one, begins `productName` word for word ("Humira"
   * for "Humira 40 mg solución inyectable"), each with its holder and its presentations' EU
   * numbers: for an ePI whose packs are not among the authorised presentations.
   */
  async findByNameAtStart(productName: string): Promise<{ medicine: MedicineIdentity; holder: string | null; euNumbers: string[] }[]> {
    const rows = await findByNameAtStart(this.#db, productName.trim());
    return rows.map((r) => ({ medicine: { productNumber: r.product_number as ProductNumber | null, slug: r.slug, name: r.name }, holder: r.holder_name, euNumbers: r.eu_numbers }));
  }

  async getMany(slugs: string[]): Promise<Medicine[]> {
    return (await loadManyBySlug(this.#db, slugs)).map(toMedicine);
  }

  async getByNodeId(nodeId: number): Promise<Medicine | null> {
    return this.#load({ by: 'nodeId', value: nodeId });
  }

  async #load(key: MedicineKey): Promise<Medicine | null> {
    const row = await findMedicineRowToRead(this.#db, key);
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

  /**
   * The catalogue at a glance. `sampleOnly`: every medicine came from the sample catalogue, so
   * the home page says so instead of claiming the whole of EMA's EPARs.
   */
  async overview(): Promise<{ total: number; sampleOnly: boolean; byStatus: Partial<Record<Status, number>>; recentlyUpdated: MedicineSummary[] }> {
    const [counts, recent, fromSample] = await Promise.all([countByStatus(this.#db), recentlyUpdated(this.#db, 8), countSampleMedicines(this.#db)]);
    const byStatus: Partial<Record<Status, number>> = {};
    for (const c of counts) byStatus[c.status as Status] = c.n;
    const total = counts.reduce((s, c) => s + c.n, 0);
    return { total, sampleOnly: total > 0 && fromSample === total, byStatus, recentlyUpdated: recent.map(toSummary) };
  }
}

