import { sql, type Kysely } from 'kysely';

/**
 * Section keys stored before commit c946d9e keyed an ePI subsection without a number of its own
 * by its parent and a slash (`2/1`), which a PDF holding a second product's SmPC also writes
 * (`2/1` = that product's section 1). Since then an unnumbered subsection is `2~1` and the slash
 * means a product only. This rewrites what older databases hold so they converge with a fresh
 * import: the sections, the stored documents (versions and their observations), the search
 * index's section references and the digests of product information in the medicines'
 * observations, revisions and records (a later version is compared against those, and must not
 * show every unnumbered subsection as removed and added).
 *
 * The two kinds are told apart by what is certain in every stored form: an unnumbered subsection
 * has no printed number (`number` is ''), while a product's section always has one (`1.`, `4.2.`).
 * The change lists of past revisions are left as they were written: they are history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The search index first, while the sections still hold the old keys it was built from.
  await sql`
    update search_documents d set document_type = concat('pi:', s.annex, ':', replace(s.key, '/', '~'))
    from product_information_sections s
    join product_information_versions v on v.id = s.version_id
    where s.number = '' and strpos(s.key, '/') > 0
      and d.medicine_id = v.medicine_id and d.lang = v.lang and d.kind = 'document'
      and d.part = -1 - s.position and d.document_type = concat('pi:', s.annex, ':', s.key)`.execute(db);
  await sql`update product_information_sections set key = replace(key, '/', '~') where number = '' and strpos(key, '/') > 0`.execute(db);

  for (const table of ['product_information_versions', 'product_information_observations'] as const) {
    await rewriteJson(db, table, 'document', (v) => rewriteDocumentKeys(v));
  }
  for (const [table, column] of [['observations', 'fields'], ['revisions', 'snapshot'], ['medicines', 'record']] as const) {
    await rewriteJson(db, table, column, (v) => rewriteDigestKeys(v));
  }
}

const OLD_KEY = /\//;

/** Rewrites one jsonb column row by row (a page at a time), writing back only rows that changed. */
async function rewriteJson(db: Kysely<unknown>, table: string, column: string, rewrite: (value: unknown) => boolean): Promise<void> {
  // Only rows whose text can hold an old key are read: a key with a slash next to an empty number.
  const candidates = table === 'product_information_versions' || table === 'product_information_observations' ? sql`${sql.ref(column)}::text like '%"number": ""%'` : sql`${sql.ref(column)}::text like '%productInformation%'`;
  for (let after = '0'; ; ) {
    const rows = await sql<{ id: string; value: unknown }>`
      select id::text as id, ${sql.ref(column)} as value from ${sql.table(table)}
      where id > ${after}::bigint and ${candidates} order by id limit 200`.execute(db);
    if (rows.rows.length === 0) break;
    for (const r of rows.rows) {
      if (r.value !== null && rewrite(r.value)) {
        await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${JSON.stringify(r.value)}::jsonb where id = ${r.id}::bigint`.execute(db);
      }
    }
    after = rows.rows.at(-1)!.id;
  }
}

interface SectionLike {
  key?: unknown;
  number?: unknown;
  subsections?: unknown;
}

/** Rewrites the keys of a stored ProductInformationDocument in place; true when any changed. */
export function rewriteDocumentKeys(document: unknown): boolean {
  let changed = false;
  const visit = (sections: unknown): void => {
    if (!Array.isArray(sections)) return;
    for (const s of sections as SectionLike[]) {
      if (typeof s.key === 'string' && s.number === '' && OLD_KEY.test(s.key)) {
        s.key = s.key.replaceAll('/', '~');
        changed = true;
      }
      visit(s.subsections);
    }
  };
  const annexes = (document as { annexes?: unknown } | null)?.annexes;
  if (Array.isArray(annexes)) for (const a of annexes as { sections?: unknown }[]) visit(a.sections);
  return changed;
}

/**
 * Rewrites the digests of product information (their `sections`, ids `<annex> <key>`) in place:
 * under `productInformation.<lang>` in a revision's snapshot or a medicine's record, and under the
 * flat field `"productInformation.<lang>"` in an observation's fields.
 */
export function rewriteDigestKeys(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  const digests: unknown[] = Object.entries(record)
    .filter(([field]) => field.startsWith('productInformation.'))
    .map(([, digest]) => digest);
  if (record.productInformation && typeof record.productInformation === 'object') digests.push(...Object.values(record.productInformation));
  let changed = false;
  for (const digest of digests) {
    const sections = (digest as { sections?: unknown } | null)?.sections;
    if (!sections || typeof sections !== 'object') continue;
    const entries = Object.entries(sections as Record<string, SectionLike & { annex?: unknown }>);
    if (!entries.some(([, s]) => s.number === '' && typeof s.key === 'string' && OLD_KEY.test(s.key))) continue;
    const rebuilt: Record<string, unknown> = {};
    for (const [id, s] of entries) {
      if (s.number === '' && typeof s.key === 'string' && OLD_KEY.test(s.key)) {
        const key = s.key.replaceAll('/', '~');
        rebuilt[`${String(s.annex)} ${key}`] = { ...s, key };
        changed = true;
      } else rebuilt[id] = s;
    }
    (digest as { sections: unknown }).sections = rebuilt;
  }
  return changed;
}
