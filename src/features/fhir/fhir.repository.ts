/**
 * The FHIR API's own SQL: which medicines a search can match, in id order for keyset paging,
 * with the revision that dates each; and the catalogue's holders. Whole records are read
 * through the medicines service; this only narrows down which to read.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface MedicineHead {
  id: number;
  slug: string;
  product_number: string | null;
  current_revision: number;
  /** When OpenEPAR recorded the revision the medicine is at; null before its first. */
  recorded_at: Date | null;
}

/** A time range [from, to) on when a medicine's current revision was recorded; either end open. */
export interface TimeRange {
  from: Date | null;
  to: Date | null;
  /** Outside the range instead of inside (FHIR's `ne`). */
  not: boolean;
}

/**
 * What a search asks of the medicines whose resources it returns. Lists are alternatives (OR);
 * the fields combine with AND, and so do the conditions of a list of them; `undefined` is no
 * condition, an empty list matches nothing.
 */
export interface MedicineConditions {
  productNumbers?: string[];
  slugs?: string[];
  /** Case-insensitive `like` patterns on the name, already escaped. */
  namePatterns?: string[];
  atcCodes?: string[];
  holderNames?: string[];
  statuses?: string[];
  /** EU numbers of presentations, whole (`EU/1/21/1603/001`) or their authorisation's stem (`EU/1/21/1603`). */
  euNumbers?: string[];
  /** Whole pack names (invented name, strength, form): a presentation's invented name starts them. */
  presentationNames?: string[];
  /** Each range must hold (repeated `_lastUpdated` parameters combine with AND). */
  recorded?: TimeRange[];
}

function matching(db: Kysely<DB>, every: readonly MedicineConditions[]) {
  return db
    .selectFrom('medicines as m')
    // The current revision through the unique (medicine_id, number) index, not max() over all.
    .leftJoin('revisions as r', (join) => join.onRef('r.medicine_id', '=', 'm.id').onRef('r.number', '=', 'm.current_revision'))
    .where((eb) => {
      const all: Expression<SqlBool>[] = [];
      for (const c of every) {
        const ors = (list: Expression<SqlBool>[]) => (list.length === 0 ? sql<SqlBool>`false` : eb.or(list));
        if (c.productNumbers || c.slugs) {
          const named: Expression<SqlBool>[] = [];
          if (c.productNumbers?.length) named.push(eb('m.product_number', 'in', c.productNumbers));
          if (c.slugs?.length) named.push(eb('m.slug', 'in', c.slugs));
          all.push(ors(named));
        }
        if (c.namePatterns) all.push(ors(c.namePatterns.map((p) => eb(sql`lower(m.name)`, 'like', p))));
        if (c.atcCodes) all.push(ors(c.atcCodes.map((code) => sql<SqlBool>`${code} = any(m.atc_codes)`)));
        if (c.holderNames) all.push(c.holderNames.length === 0 ? sql<SqlBool>`false` : eb('m.holder_name', 'in', c.holderNames));
        if (c.statuses) all.push(c.statuses.length === 0 ? sql<SqlBool>`false` : eb('m.status', 'in', c.statuses));
        if (c.euNumbers) {
          all.push(
            ors(
              c.euNumbers.map((n) =>
                eb.exists(
                  eb.selectFrom('presentations as p').select(sql`1`.as('one'))
                    .whereRef('p.medicine_id', '=', 'm.id')
                    .where((e) => e.or([e('p.eu_number', '=', n), e('p.eu_number', 'like', `${escapeLike(n)}/%`)])),
                ),
              ),
            ),
          );
        }
        if (c.presentationNames) {
          all.push(
            ors(
              c.presentationNames.map((name) =>
                eb.exists(
                  eb.selectFrom('presentations as p').select(sql`1`.as('one'))
                    .whereRef('p.medicine_id', '=', 'm.id')
                    .where(sql<SqlBool>`starts_with(lower(${name}), lower(p.invented_name))`),
                ),
              ),
            ),
          );
        }
        for (const range of c.recorded ?? []) {
          const inside: Expression<SqlBool>[] = [];
          if (range.from) inside.push(eb('r.recorded_at', '>=', range.from));
          if (range.to) inside.push(eb('r.recorded_at', '<', range.to));
          const within = inside.length === 0 ? sql<SqlBool>`r.recorded_at is not null` : eb.and(inside);
          all.push(range.not ? eb.or([eb.not(within), eb('r.recorded_at', 'is', null)]) : within);
        }
      }
      return all.length === 0 ? sql<SqlBool>`true` : eb.and(all);
    });
}

/** Matching medicines with an id of at least `fromId`, in id order. */
export async function listMedicineHeads(db: Kysely<DB>, c: readonly MedicineConditions[], page: { fromId: number; limit: number }): Promise<MedicineHead[]> {
  const rows = await matching(db, c)
    .select(['m.id', 'm.slug', 'm.product_number', 'm.current_revision', 'r.recorded_at'])
    .where('m.id', '>=', page.fromId)
    .orderBy('m.id')
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({ ...r, recorded_at: r.recorded_at === null ? null : new Date(r.recorded_at) }));
}

export async function countMedicines(db: Kysely<DB>, c: readonly MedicineConditions[]): Promise<number> {
  const row = await matching(db, c).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findMedicineHead(db: Kysely<DB>, key: { by: 'slug' | 'productNumber'; value: string }): Promise<MedicineHead | undefined> {
  const [row] = await listMedicineHeads(db, [key.by === 'slug' ? { slugs: [key.value] } : { productNumbers: [key.value] }], { fromId: 0, limit: 1 });
  return row;
}

/** The medicine a presentation belongs to, by its EU number. */
export async function findPresentationOwner(db: Kysely<DB>, euNumber: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('presentations as p')
    .innerJoin('medicines as m', 'm.id', 'p.medicine_id')
    .select('m.slug')
    .where('p.eu_number', '=', euNumber)
    .orderBy('m.id')
    .executeTakeFirst();
  return row?.slug;
}

export interface HolderRow {
  name: string;
  /** The address most of the holder's medicines give; null when none does. */
  address: string | null;
  /** The newest record of any of the holder's medicines. */
  recorded_at: Date | null;
  /** The sum of their revision numbers: it grows whenever one of them changes, a version for the holder. */
  version: number;
}

/** Every holder, in name order (a few hundred: small enough to read whole for a lookup by id). */
export async function listHolders(db: Kysely<DB>): Promise<HolderRow[]> {
  const { rows } = await sql<{ name: string; address: string | null; recorded_at: Date | string | null; version: number | string }>`
    select m.holder_name as name,
           mode() within group (order by m.holder_address) filter (where m.holder_address is not null) as address,
           max(r.recorded_at) as recorded_at,
           sum(m.current_revision) as version
    from medicines m
    left join revisions r on r.medicine_id = m.id and r.number = m.current_revision
    where m.holder_name is not null and m.holder_name <> ''
    group by m.holder_name
    order by m.holder_name`.execute(db);
  return rows.map((r) => ({ name: r.name, address: r.address, recorded_at: r.recorded_at === null ? null : new Date(r.recorded_at), version: Number(r.version) }));
}

/** `like` pattern text matching `text` literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
