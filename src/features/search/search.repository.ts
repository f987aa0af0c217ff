/**
 * All SQL of search: keeping the index (`search_documents`, `search_terms`) in step with the
 * medicine tables, and querying it. Functions take the executor so the write service can
 * refresh a medicine's index inside the transaction that changed it.
 *
 * Reader input reaches SQL only as bound parameters, and tsqueries are only ever built by
 * `websearch_to_tsquery`, which accepts any text: no quote, operator or bracket a reader types
 * is ever tsquery syntax.
 */
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { FLAG_KEYS, type FlagKey } from '../../domain/medicine.ts';
import { type FacetKey, type SearchCursor, type SearchFilters, type SearchSort } from '../../domain/search-query.ts';

export type Executor = Kysely<DB> | Transaction<DB>;

/** ts_headline marks matches with these; index text never contains them (they are stripped). */
export const MARK_START = '\ue000';
export const MARK_END = '\ue001';
const MARKS = MARK_START + MARK_END;
const SIMPLE = sql`'openepar_simple'::regconfig`;

/* ---------- keeping the index current ---------- */

type Scope = number | 'all';

function inScope(scope: Scope, column: string): RawBuilder<boolean> {
  return scope === 'all' ? sql<boolean>`true` : sql<boolean>`${sql.ref(column)} = ${scope}`;
}

/**
 * Indexed text without the snippet marks, and without EMA's Markdown (src/http/markdown.ts), so a
 * snippet never shows `**`, a pipe table or a link's address: links keep their text, a table's
 * separator row goes, its cells are set apart by spaces.
 */
const clean = (text: RawBuilder<unknown>) => sql`regexp_replace(regexp_replace(regexp_replace(
    translate(${text}, ${MARKS}, ''),
    '\\[([^][]*)\\]\\([^()[:space:]]*\\)', '\\1', 'g'),
    '^[[:space:]]*\\|?[[:space:]]*:?-{3,}:?[[:space:]]*(\\|[[:space:]]*:?-{3,}:?[[:space:]]*)*\\|?[[:space:]]*$', '', 'gn'),
    '\\*\\*|__|^#{1,6}[[:space:]]+|^[[:space:]]*\\|[[:space:]]*|[[:space:]]*\\|[[:space:]]*$|[[:space:]]+\\|[[:space:]]+', ' ', 'gn')`;

/** The terms that name a medicine or what it contains. */
const NAME_KINDS = sql.join(['name', 'previous-name', 'inn', 'substance', 'component'].map((k) => sql.lit(k)));

/** Between the substances of a combination: "bictegravir / emtricitabine", "a; b". */
const COMBINATION = sql.lit('[[:space:]]+/[[:space:]]+|[[:space:]]*;[[:space:]]*');

/** Bump when what `writeIndex` makes of the same data changes, so every fingerprint differs. */
const INDEX_VERSION = 3;

/**
 * A digest of everything `writeIndex` reads for medicine `m`: its names, facts, overviews and
 * which files (by content hash, whose pages never change) it holds.
 */
const fingerprint = sql<string>`md5(concat_ws(chr(31), ${sql.lit(INDEX_VERSION)}::text,
  m.name, m.previous_names::text, m.inn, m.active_substance, m.product_number, m.therapeutic_areas::text,
  m.atc_codes::text, m.pharmacotherapeutic_group, m.therapeutic_indication, m.holder_name, m.applicant,
  (select string_agg(concat_ws(chr(30), o.lang, o.position, o.heading, o.body), chr(29) order by o.lang, o.position)
     from overview_sections o where o.medicine_id = m.id),
  (select string_agg(concat_ws(chr(30), f.position, f.document_type, f.lang, f.sha256), chr(29) order by f.position)
     from medicine_files f where f.medicine_id = m.id),
  (select string_agg(v.id::text, ',' order by v.id) from product_information_versions v where v.medicine_id = m.id)))`;

/**
 * Rewrites the index rows of the medicines in scope from what the medicine tables hold now.
 * Deleting and re-inserting is simpler than diffing and costs little next to the write itself;
 * for one medicine whose indexed data did not change, only the revision is recorded.
 */
async function writeIndex(db: Executor, scope: Scope): Promise<void> {
  if (scope !== 'all') {
    const unchanged = await sql<{ id: number }>`
      update search_index_state s set revision = m.current_revision, indexed_at = now()
      from medicines m
      where m.id = ${scope} and s.medicine_id = m.id and s.fingerprint = ${fingerprint}
      returning m.id`.execute(db);
    if (unchanged.rows.length > 0) return;
  }
  await sql`delete from search_documents where ${inScope(scope, 'medicine_id')}`.execute(db);
  await sql`delete from search_terms where ${inScope(scope, 'medicine_id')}`.execute(db);

  // Names are the same in every language: indexed unstemmed, so any page language finds them.
  await sql`
    insert into search_documents (medicine_id, kind, lang, part, body, tsv, tsv_simple)
    select m.id, 'names', '', 0, x.body, to_tsvector(${SIMPLE}, x.body), to_tsvector(${SIMPLE}, x.body)
    from medicines m
    cross join lateral (select ${clean(sql`concat_ws(E'\n', m.name, array_to_string(m.previous_names, E'\n'), m.inn, m.active_substance, m.product_number)`)} as body) x
    where ${inScope(scope, 'm.id')}`.execute(db);

  // EMA publishes these fields in English only. Weights rank an area above the group, the group
  // above the indication, and the indication above the company and codes. The names are in the
  // vector too (not in the text shown), so "keytruda melanoma" finds the one row holding both.
  await sql`
    insert into search_documents (medicine_id, kind, lang, part, body, tsv, tsv_simple)
    select m.id, 'facts', 'en', 0, x.body,
      setweight(to_tsvector(${SIMPLE}, y.names), 'A') || setweight(to_tsvector(c.config, x.areas), 'A') || setweight(to_tsvector(c.config, x.grp), 'B')
        || setweight(to_tsvector(c.config, x.indication), 'C') || setweight(to_tsvector(c.config, x.other), 'D'),
      setweight(to_tsvector(${SIMPLE}, y.names), 'A') || setweight(to_tsvector(${SIMPLE}, x.areas), 'A') || setweight(to_tsvector(${SIMPLE}, x.grp), 'B')
        || setweight(to_tsvector(${SIMPLE}, x.indication), 'C') || setweight(to_tsvector(${SIMPLE}, x.other), 'D')
    from medicines m
    cross join (select coalesce((select config from search_languages where lang = 'en'), ${SIMPLE}) as config) c
    cross join lateral (
      select ${clean(sql`concat_ws(' ', m.name, array_to_string(m.previous_names, ' '), m.inn, m.active_substance)`)} as names,
             ${clean(sql`array_to_string(m.therapeutic_areas, '; ')`)} as areas,
             ${clean(sql`coalesce(m.pharmacotherapeutic_group, '')`)} as grp,
             ${clean(sql`coalesce(m.therapeutic_indication, '')`)} as indication,
             ${clean(sql`concat_ws(' ', m.holder_name, m.applicant, array_to_string(m.atc_codes, ' '))`)} as other
    ) y
    cross join lateral (
      select y.areas, y.grp, y.indication, y.other,
             concat_ws(E'\n', nullif(y.indication, ''), nullif(y.areas, ''), nullif(y.grp, ''), nullif(y.other, '')) as body
    ) x
    where ${inScope(scope, 'm.id')}`.execute(db);

  await sql`
    insert into search_documents (medicine_id, kind, lang, part, body, tsv, tsv_simple)
    select o.medicine_id, 'overview', o.lang, 0, o.body,
      setweight(to_tsvector(coalesce(l.config, ${SIMPLE}), o.headings), 'B') || to_tsvector(coalesce(l.config, ${SIMPLE}), o.body),
      setweight(to_tsvector(${SIMPLE}, o.headings), 'B') || to_tsvector(${SIMPLE}, o.body)
    from (
      select medicine_id, lang,
        ${clean(sql`string_agg(concat_ws(E'\n', heading, body), E'\n\n' order by position)`)} as body,
        ${clean(sql`coalesce(string_agg(heading, E'\n' order by position), '')`)} as headings
      from overview_sections
      where ${inScope(scope, 'medicine_id')}
      group by medicine_id, lang
    ) o
    left join search_languages l on l.lang = o.lang`.execute(db);

  // Document text page by page: a snippet is then cut from one page, not from a 300-page SmPC.
  await sql`
    insert into search_documents (medicine_id, kind, lang, part, document_type, page_number, body, tsv, tsv_simple)
    select f.medicine_id, 'document', f.lang, f.position * 100000 + p.page_number, f.document_type, p.page_number, x.body,
      to_tsvector(coalesce(l.config, ${SIMPLE}), x.body), to_tsvector(${SIMPLE}, x.body)
    from medicine_files f
    join stored_file_pages p on p.sha256 = f.sha256
    left join search_languages l on l.lang = f.lang
    cross join lateral (select ${clean(sql`p.text`)} as body) x
    where ${inScope(scope, 'f.medicine_id')} and btrim(x.body) <> ''`.execute(db);

  // Product information section by section, the newest version in each language (as the page
  // shows it): a match then names its section ("4.8 Undesirable effects") and links to it. The
  // section is `pi:<annex>:<key>` in document_type, its heading the body's first line.
  await sql`
    insert into search_documents (medicine_id, kind, lang, part, document_type, page_number, body, tsv, tsv_simple)
    select v.medicine_id, 'document', v.lang, -1 - s.position, concat('pi:', s.annex, ':', s.key), null, x.body,
      setweight(to_tsvector(coalesce(l.config, ${SIMPLE}), x.heading), 'B') || to_tsvector(coalesce(l.config, ${SIMPLE}), x.text),
      setweight(to_tsvector(${SIMPLE}, x.heading), 'B') || to_tsvector(${SIMPLE}, x.text)
    from (
      select distinct on (medicine_id, lang) id, medicine_id, lang
      from product_information_versions
      where ${inScope(scope, 'medicine_id')}
      order by medicine_id, lang, version_date desc nulls last, imported_at desc, id desc
    ) v
    join product_information_sections s on s.version_id = v.id
    left join search_languages l on l.lang = v.lang
    cross join lateral (select ${clean(sql`concat_ws(' ', nullif(s.number, ''), s.heading)`)} as heading, ${clean(sql`s.text`)} as text) y
    cross join lateral (select y.heading, y.text, concat_ws(E'\n', y.heading, y.text) as body) x
    where btrim(x.text) <> ''`.execute(db);

  // Combinations ("glecaprevir / pibrentasvir") are also indexed substance by substance. (POSIX
  // classes, not \s: a backslash in a template literal is an escape, and "\s" would reach SQL as "s".)
  await sql`
    insert into search_terms (medicine_id, kind, term, norm)
    select distinct on (t.medicine_id, t.kind, search_normalize(t.term)) t.medicine_id, t.kind, t.term, search_normalize(t.term)
    from (
      select m.id as medicine_id, 'name' as kind, m.name as term from medicines m where ${inScope(scope, 'm.id')}
      union all
      select m.id, 'previous-name', p from medicines m cross join unnest(m.previous_names) p where ${inScope(scope, 'm.id')}
      union all
      select m.id, 'inn', m.inn from medicines m where ${inScope(scope, 'm.id')} and m.inn is not null
      union all
      select m.id, 'substance', m.active_substance from medicines m where ${inScope(scope, 'm.id')} and m.active_substance is not null
      union all
      select m.id, 'component', c from medicines m
        cross join unnest(regexp_split_to_array(m.inn, ${COMBINATION}) || regexp_split_to_array(m.active_substance, ${COMBINATION})) c
        where ${inScope(scope, 'm.id')} and (m.inn ~ ${COMBINATION} or m.active_substance ~ ${COMBINATION})
      union all
      select m.id, 'product-number', m.product_number from medicines m where ${inScope(scope, 'm.id')} and m.product_number is not null
      union all
      select m.id, 'area', a from medicines m cross join unnest(m.therapeutic_areas) a where ${inScope(scope, 'm.id')}
      union all
      select m.id, 'holder', coalesce(m.holder_name, m.applicant) from medicines m
        where ${inScope(scope, 'm.id')} and coalesce(m.holder_name, m.applicant) is not null
    ) t
    where search_normalize(t.term) <> ''
    order by t.medicine_id, t.kind, search_normalize(t.term), t.term`.execute(db);

  // Words are added, never taken away here: a word no medicine has any more costs nothing, as
  // "did you mean" offers a spelling only when it finds more. A rebuild starts the list afresh.
  if (scope === 'all') await sql`delete from search_vocabulary`.execute(db);
  await sql`
    insert into search_vocabulary (word)
    select distinct w from search_terms t cross join regexp_split_to_table(t.norm, ' ') w
    where ${inScope(scope, 't.medicine_id')} and t.kind in (${NAME_KINDS}, 'area') and length(w) >= 3
    on conflict do nothing`.execute(db);

  await sql`
    insert into search_index_state (medicine_id, revision, fingerprint)
    select m.id, m.current_revision, ${fingerprint} from medicines m where ${inScope(scope, 'm.id')}
    on conflict (medicine_id) do update set revision = excluded.revision, fingerprint = excluded.fingerprint, indexed_at = now()`.execute(db);
}

async function inTransaction(db: Executor, work: (trx: Executor) => Promise<void>): Promise<void> {
  if (db.isTransaction) await work(db);
  else await db.transaction().execute(work);
}

/**
 * Brings one medicine's index rows up to date; call it inside the transaction that changed the
 * medicine, after its rows are written. A medicine that no longer exists has none left.
 */
export async function refreshSearchIndex(db: Executor, medicine: number | string): Promise<void> {
  await inTransaction(db, async (trx) => {
    // The row lock orders this refresh after any write to the medicine still in progress.
    const q = trx.selectFrom('medicines').select('id').forUpdate();
    const row = await (typeof medicine === 'number' ? q.where('id', '=', medicine) : q.where('slug', '=', medicine)).executeTakeFirst();
    if (row) await writeIndex(trx, row.id);
  });
}

/**
 * Rebuilds the whole index from the medicine tables, in one transaction; outside a caller's
 * transaction it then also brings the planner's statistics up to date.
 */
export async function rebuildSearchIndex(db: Executor): Promise<void> {
  const outside = !db.isTransaction;
  await inTransaction(db, async (trx) => {
    // Searches go on reading the old rows; a refresh or another rebuild (a second server
    // starting) waits, rather than inserting rows this rebuild is about to insert too.
    await sql`lock table search_documents, search_terms, search_vocabulary, search_index_state in exclusive mode`.execute(trx);
    await writeIndex(trx, 'all');
  });
  if (outside) await maintainSearchIndex(db as Kysely<DB>);
}

const INDEX_TABLES = ['search_documents', 'search_terms', 'search_vocabulary', 'search_index_state'] as const;

/**
 * VACUUM flushes GIN's list of pending entries and records the index sizes the planner costs
 * an index scan by: a GIN index that was created empty and filled by inserts looks empty to the
 * planner, which then scans the table instead. A server's autovacuum does this by itself;
 * PGlite has none. Cannot run inside a transaction.
 */
export async function maintainSearchIndex(db: Kysely<DB>): Promise<void> {
  for (const table of INDEX_TABLES) await sql`vacuum (analyze) ${sql.table(table)}`.execute(db);
}

/** Whether the planner's row counts for the index tables are missing or off by more than a fifth. */
export async function searchIndexNeedsMaintenance(db: Executor): Promise<boolean> {
  const rows = await sql<{ estimated: number; actual: number }>`
    select c.reltuples::float8 as estimated, (select count(*) from search_terms)::float8 as actual
    from pg_class c where c.oid = 'search_terms'::regclass`.execute(db);
  const r = rows.rows[0];
  if (!r) return false;
  return r.estimated < 0 || Math.abs(r.actual - r.estimated) > Math.max(100, r.actual * 0.2);
}

/** Medicines changed since they were indexed (or never indexed), oldest id first. */
export async function staleMedicineIds(db: Executor): Promise<number[]> {
  const rows = await db
    .selectFrom('medicines as m')
    .leftJoin('search_index_state as s', 's.medicine_id', 'm.id')
    .select('m.id')
    .where((eb) => eb.or([eb('s.revision', 'is', null), eb('s.revision', '<>', eb.ref('m.current_revision'))]))
    .orderBy('m.id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * What the database shows a new statement, as text: equal texts see the same committed data
 * (the key of `SearchCache`). Read-only statements leave it as it is.
 */
export async function currentSnapshot(db: Executor): Promise<string> {
  const rows = await sql<{ s: string }>`select pg_current_snapshot()::text as s`.execute(db);
  return rows.rows[0]!.s;
}

/** Each language's text-search configuration name. */
export async function loadLanguageConfigs(db: Executor): Promise<Map<string, string>> {
  const rows = await sql<{ lang: string; config: string }>`select lang, config::text as config from search_languages`.execute(db);
  return new Map(rows.rows.map((r) => [r.lang, r.config]));
}

/* ---------- querying ---------- */

export interface TextQuery {
  text: string;
  /** The page language and its configuration (`openepar_swedish`). */
  lang: string;
  config: string;
  /** The text as an ATC code prefix, when it is one. */
  atc: string | null;
  /** Medicines whose name or substance the text is a misspelling of, closest first (see `namesSpeltLike`). */
  typos: readonly TypoMatch[];
  /**
   * Searches (websearch syntax) for the English terms of the diseases the text names in the
   * reader's words (see `search-vocabulary.ts`), matched against English text besides the text
   * as typed.
   */
  expansions: readonly string[];
  /** The English configuration, which stems the expansions as EMA's English text is stemmed. */
  englishConfig: string;
  /**
   * Only this section of the product information (`4.3`, with its subsections), in any annex:
   * names, facts and other text are then not searched.
   */
  section?: string | null;
}

export interface TypoMatch {
  medicineId: number;
  /** 1 for a name one typo away, lower for two. */
  rank: number;
}

/** Ranking tiers: a match in a better place always outranks any match in a worse one. */
// A misspelt name comes right after the names spelt as typed: a reader who typed "sotorsib" wants
// Lumykras first, not a document that happens to contain the misspelling.
const TIER = { exact: 0, prefix: 1, nameWord: 2, typo: 3, facts: 4, overview: 5, document: 6 } as const;
const TIERS = 7;
/**
 * A tier's text matches are ranked (ts_rank) when fewer than RANKED_DEPTH medicines come before
 * it, so the first pages are in rank order, and it holds at most RANKED_TIER_SIZE medicines.
 * Deeper or larger tiers are ordered by how many texts matched, then authorised first, then
 * name. Ranking opens every matching text vector (large, stored out of line), which is what made
 * broad searches ("cancer") slow on a large catalogue; finding the matches needs the indexes only.
 */
const RANKED_DEPTH = 200;
const RANKED_TIER_SIZE = 1500;

function queries(q: TextQuery) {
  return {
    // Stemmed in the page's language: "lungcancer" finds "lungcancern" on a Swedish page.
    inLang: sql`websearch_to_tsquery(${q.config}::regconfig, ${q.text})`,
    // Word for word in any language: a French reader's "diabetes" still finds English text.
    anyLang: sql`websearch_to_tsquery(${SIMPLE}, ${q.text})`,
    norm: sql`search_normalize(${q.text})`,
    // The expansions OR'ed, each parsed on its own so a quoted term stays a phrase; null when none.
    english: q.expansions.length > 0
      ? sql`(${sql.join(q.expansions.map((e) => sql`websearch_to_tsquery(${q.englishConfig}::regconfig, ${e})`), sql` || `)})`
      : null,
  };
}

/**
 * Every medicine the text matches, once, with its best tier, the rank within that tier and
 * where the best match is (kind, language, part of `search_documents`).
 */
function hitsCte(q: TextQuery): RawBuilder<unknown> {
  const { inLang, anyLang, norm, english } = queries(q);
  // A disease named in the reader's words matches English text by the concept's terms, ranked in
  // the tier of where it matched: an indication or area (facts) above an overview or a document.
  const inEnglish = english ? sql<boolean>`(d.lang = 'en' and d.tsv @@ ${english})` : sql<boolean>`false`;
  if (q.section) {
    // The key without its product prefix (`2/4.3`: the second product's 4.3), so every product's
    // section answers; its subsections are numbered (`4.3.1`) or unnumbered (`4.3~1`).
    const key = sql`regexp_replace(split_part(d.document_type, ':', 3), '^[0-9]+/', '')`;
    const section = sql`(d.kind = 'document' and d.document_type like 'pi:%' and (${key} = ${q.section} or starts_with(${key}, ${`${q.section}.`}) or starts_with(${key}, ${`${q.section}~`})))`;
    return sql`
  candidates as (
    select d.medicine_id, ${sql.lit(TIER.document)} as tier,
      greatest(
        case when d.lang = ${q.lang} and d.tsv @@ ${inLang} then ts_rank(d.tsv, ${inLang}, 33) else 0 end,
        case when d.tsv_simple @@ ${anyLang} then ts_rank(d.tsv_simple, ${anyLang}, 33) else 0 end,
        case when ${inEnglish} then ts_rank(d.tsv, ${english ?? sql`''::tsquery`}, 33) else 0 end)::float8 as rank,
      d.kind, d.lang, d.part
    from search_documents d
    where ${section} and ((d.lang = ${q.lang} and d.tsv @@ ${inLang}) or d.tsv_simple @@ ${anyLang} or ${inEnglish})
  ),
  ranked as (
    select c.*, row_number() over (partition by medicine_id order by tier, rank desc) as n,
      sum(rank) over (partition by medicine_id) as all_ranks
    from candidates c
  ),
  hits as (
    select medicine_id, tier, 0.8 * rank + 0.2 * least(all_ranks - rank, 1.0) as rank, kind, lang, part
    from ranked
    where n = 1
  )`;
  }
  // A row's rank in the text it matched: the best of the three ways it can match.
  const rowRank = sql`greatest(
        case when d.lang = ${q.lang} and d.tsv @@ ${inLang} then ts_rank(d.tsv, ${inLang}, 33) else 0 end,
        case when d.tsv_simple @@ ${anyLang} then ts_rank(d.tsv_simple, ${anyLang}, 33) else 0 end,
        case when ${inEnglish} then ts_rank(d.tsv, ${english ?? sql`''::tsquery`}, 33) else 0 end)::float8`;
  // Each way of matching on its own, so every one is answered by its text index alone: the rows'
  // text vectors (large, stored out of line) are never opened to find which rows match.
  const matchedBy = (condition: RawBuilder<boolean>) => sql`select d.medicine_id, d.kind, d.lang, d.part from search_documents d where ${condition}`;
  return sql`
  -- One substance of a combination ranks below a medicine that is that substance alone.
  name_hits as (
    select t.medicine_id, case when t.norm = ${norm} then ${sql.lit(TIER.exact)} else ${sql.lit(TIER.prefix)} end as tier,
      (word_similarity(${norm}, t.norm) * case when t.kind = 'component' then 0.6 else 1 end)::float8 as rank
    from search_terms t
    where ${norm} <> '' and t.kind in (${NAME_KINDS}, 'product-number') and t.norm like ${norm} || '%'
  ),
  -- Names and substances the text is a misspelling of (found by the service, within the typos
  -- its length allows), when no name or substance starts with the text as typed.
  fuzzy_hits as (
    select x.medicine_id, ${sql.lit(TIER.typo)} as tier, x.rank
    from unnest(${q.typos.map((t) => t.medicineId)}::int[], ${q.typos.map((t) => t.rank)}::float8[]) as x(medicine_id, rank)
    where not exists (select 1 from name_hits)
  ),
  matched as (
    ${matchedBy(sql`d.lang = ${q.lang} and d.tsv @@ ${inLang}`)}
    union
    ${matchedBy(sql`d.tsv_simple @@ ${anyLang}`)}
    ${english ? sql`union ${matchedBy(sql`d.lang = 'en' and d.tsv @@ ${english}`)}` : sql``}
  ),
  -- Text matches carry no rank yet (null): it is measured below only where it can matter.
  candidates as (
    select medicine_id, tier, rank, 'names'::text as kind, ''::text as lang, 0 as part from name_hits
    union all
    select medicine_id, tier, rank, 'names', '', 0 from fuzzy_hits
    union all
    select d.medicine_id,
      case d.kind when 'names' then ${sql.lit(TIER.nameWord)} when 'facts' then ${sql.lit(TIER.facts)} when 'overview' then ${sql.lit(TIER.overview)} else ${sql.lit(TIER.document)} end,
      null::float8, d.kind, d.lang, d.part
    from matched d
    ${q.atc
      ? sql`union all
    select m.id, case when ${q.atc} = any(m.atc_codes) then ${sql.lit(TIER.exact)} else ${sql.lit(TIER.prefix)} end, 1.0, 'facts', 'en', 0
    from medicines m
    where exists (select 1 from unnest(m.atc_codes) c where starts_with(c, ${q.atc}))`
      : sql``}
  ),
  best as (
    select medicine_id, min(tier) as tier, coalesce(sum(rank), 0) as known, count(*) filter (where rank is null) as unranked
    from candidates group by medicine_id
  ),
  -- Which tiers' texts are ranked (see RANKED_DEPTH).
  tiers as (
    select tier, (coalesce(sum(count(*)) over (order by tier rows between unbounded preceding and 1 preceding), 0) < ${sql.lit(RANKED_DEPTH)}
      and count(*) <= ${sql.lit(RANKED_TIER_SIZE)}) as ranked
    from best group by tier
  ),
  best_rows as (
    select c.medicine_id, c.tier, c.kind, c.lang, c.part, b.known, b.unranked, c.rank is not null as known_rank,
      case when c.rank is not null then c.rank
        when t.ranked then (select ${rowRank} from search_documents d
          where d.medicine_id = c.medicine_id and d.kind = c.kind and d.lang = c.lang and d.part = c.part)
        else 0 end as rank
    from candidates c
    join best b on b.medicine_id = c.medicine_id and b.tier = c.tier
    join tiers t on t.tier = c.tier
  ),
  -- The best match decides the tier and most of the rank; matching in more places adds a little,
  -- so a medicine whose indication and overview both match comes before one matching once (each
  -- text match counted as about what a match in an overview ranks, names by their similarity).
  -- Unranked, the match shown is the one in the page's language.
  hits as (
    select distinct on (medicine_id) medicine_id, tier,
      0.8 * rank + 0.2 * least(known - case when known_rank then rank else 0 end + 0.01 * (unranked - case when known_rank then 0 else 1 end), 1.0) as rank,
      kind, lang, part
    from best_rows
    order by medicine_id, rank desc, (lang = ${q.lang}) desc, (lang = 'en') desc, lang, part
  )`;
}

const FLAG_COLUMNS: Readonly<Record<FlagKey, string>> = {
  additionalMonitoring: 'flag_additional_monitoring',
  conditionalApproval: 'flag_conditional_approval',
  exceptionalCircumstances: 'flag_exceptional_circumstances',
  acceleratedAssessment: 'flag_accelerated_assessment',
  orphan: 'flag_orphan',
  generic: 'flag_generic',
  biosimilar: 'flag_biosimilar',
  advancedTherapy: 'flag_advanced_therapy',
  prime: 'flag_prime',
};

/** Each facet's filter as a boolean over `medicines m`; `true` when nothing is selected. */
function facetFilters(f: SearchFilters): Record<FacetKey, RawBuilder<boolean>> {
  const any = <T>(list: T[], expr: RawBuilder<boolean>) => (list.length === 0 ? sql<boolean>`true` : expr);
  return {
    category: any(f.category, sql`m.category = any(${f.category}::text[])`),
    status: any(f.status, sql`m.status = any(${f.status}::text[])`),
    area: any(f.area, sql`m.therapeutic_areas && ${f.area}::text[]`),
    atc: any(f.atc, sql`exists (select 1 from unnest(m.atc_codes) c, unnest(${f.atc}::text[]) p where starts_with(c, p))`),
    holder: any(f.holder, sql`coalesce(m.holder_name, m.applicant) = any(${f.holder}::text[])`),
    year: any(f.year, sql`extract(year from m.date_marketing_authorisation_issued)::int = any(${f.year}::int[])`),
    flag: any(f.flag, sql<boolean>`(${sql.join(f.flag.map((k) => sql`m.${sql.ref(FLAG_COLUMNS[k])} is true`), sql` and `)})`),
  };
}

const FILTER_COLUMN: Readonly<Record<FacetKey, string>> = {
  category: 'f_category', status: 'f_status', area: 'f_area', atc: 'f_atc', holder: 'f_holder', flag: 'f_flag', year: 'f_year',
};

/** All filters hold, or all but one facet's (a facet's counts ignore its own selection). */
function filtersHold(except: FacetKey | null = null): RawBuilder<boolean> {
  const keys = (Object.keys(FILTER_COLUMN) as FacetKey[]).filter((k) => k !== except);
  return sql<boolean>`(${sql.join(keys.map((k) => sql.ref(FILTER_COLUMN[k])), sql` and `)})`;
}

/** The columns sorting may need, computed in `base` only for the sort asked for. */
const SORT_COLUMNS: Readonly<Record<string, RawBuilder<unknown>>> = {
  authorised_asc: sql`coalesce(m.date_marketing_authorisation_issued, 'infinity'::date)`,
  authorised_desc: sql`coalesce(m.date_marketing_authorisation_issued, '-infinity'::date)`,
  updated_asc: sql`coalesce(m.date_page_last_updated, 'infinity'::date)`,
  updated_desc: sql`coalesce(m.date_page_last_updated, '-infinity'::date)`,
};

/**
 * The medicines the text matches (all of them without text), with what facets and sorting need,
 * and whether each facet's filter holds for each. Kept narrow: every facet reads it again, and
 * a wide one (every matching medicine's names and dates) outgrew working memory on a large
 * catalogue and went to disk; a page's own columns are read for its rows alone.
 */
function baseCtes(text: TextQuery | null, filters: SearchFilters, sortKeys: readonly SortKey[] = []): RawBuilder<unknown> {
  const f = facetFilters(filters);
  // Tier first, then the rank within the tier, then authorised before no longer authorised.
  const score = text
    ? sql`((${sql.lit(TIERS - 1)} - h.tier) * 10000000 + least(floor(h.rank * 999999), 999999)::bigint * 10 + (m.status = 'authorised')::int)::bigint`
    : sql`0::bigint`;
  const sortColumns = sortKeys.flatMap((k) => {
    const column = SORT_COLUMNS[k.column];
    return column ? [sql`${column} as ${sql.ref(k.column)}`] : [];
  });
  return sql`with ${text ? sql`${hitsCte(text)},` : sql``}
  base as (
    select m.id, m.category, m.status, m.therapeutic_areas, m.atc_groups, coalesce(m.holder_name, m.applicant) as holder,
      extract(year from m.date_marketing_authorisation_issued)::int as year,
      ${sql.join(FLAG_KEYS.map((k) => sql`m.${sql.ref(FLAG_COLUMNS[k])}`))},
      lower(m.name) as sort_name,
      ${sortColumns.length > 0 ? sql`${sql.join(sortColumns)},` : sql``}
      ${score} as score,
      ${text ? sql`h.tier, h.kind as match_kind, h.lang as match_lang, h.part as match_part` : sql`null::int as tier, null::text as match_kind, null::text as match_lang, null::int as match_part`},
      ${f.category} as f_category, ${f.status} as f_status, ${f.area} as f_area, ${f.atc} as f_atc,
      ${f.holder} as f_holder, ${f.flag} as f_flag, ${f.year} as f_year
    from medicines m
    ${text ? sql`join hits h on h.medicine_id = m.id` : sql``}
  )`;
}

interface SortKey {
  column: string;
  dir: 'asc' | 'desc';
  type: 'bigint' | 'text' | 'int' | 'date';
}

// Undated medicines come last in either direction; names then ids break every tie, so the
// order is total and a cursor names exactly one position.
const SORT_KEYS: Readonly<Record<SearchSort, readonly SortKey[]>> = {
  relevance: [{ column: 'score', dir: 'desc', type: 'bigint' }, { column: 'sort_name', dir: 'asc', type: 'text' }, { column: 'id', dir: 'asc', type: 'int' }],
  name: [{ column: 'sort_name', dir: 'asc', type: 'text' }, { column: 'id', dir: 'asc', type: 'int' }],
  '-name': [{ column: 'sort_name', dir: 'desc', type: 'text' }, { column: 'id', dir: 'desc', type: 'int' }],
  authorised: [{ column: 'authorised_asc', dir: 'asc', type: 'date' }, { column: 'sort_name', dir: 'asc', type: 'text' }, { column: 'id', dir: 'asc', type: 'int' }],
  '-authorised': [{ column: 'authorised_desc', dir: 'desc', type: 'date' }, { column: 'sort_name', dir: 'asc', type: 'text' }, { column: 'id', dir: 'asc', type: 'int' }],
  updated: [{ column: 'updated_asc', dir: 'asc', type: 'date' }, { column: 'sort_name', dir: 'asc', type: 'text' }, { column: 'id', dir: 'asc', type: 'int' }],
  '-updated': [{ column: 'updated_desc', dir: 'desc', type: 'date' }, { column: 'sort_name', dir: 'asc', type: 'text' }, { column: 'id', dir: 'asc', type: 'int' }],
};

function typed(value: string | number, type: SortKey['type']): RawBuilder<unknown> {
  return sql`${value}::${sql.raw(type)}`;
}

/** Rows strictly after (or before) the cursor's position in the sort order. */
function keyset(keys: readonly SortKey[], values: (string | number)[], direction: 'after' | 'before'): RawBuilder<boolean> {
  let expr: RawBuilder<boolean> | null = null;
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i]!;
    const forward = (k.dir === 'asc') === (direction === 'after');
    const col = sql.ref(k.column);
    const v = typed(values[i]!, k.type);
    const strict = forward ? sql<boolean>`${col} > ${v}` : sql<boolean>`${col} < ${v}`;
    expr = expr === null ? strict : sql<boolean>`(${strict} or (${col} = ${v} and ${expr}))`;
  }
  return expr!;
}

function orderBy(keys: readonly SortKey[], reverse: boolean): RawBuilder<unknown> {
  return sql.join(keys.map((k) => sql`${sql.ref(k.column)} ${sql.raw((k.dir === 'asc') !== reverse ? 'asc' : 'desc')}`));
}

export interface ResultRow {
  id: number;
  slug: string;
  name: string;
  product_number: string | null;
  category: string;
  status: string;
  inn: string | null;
  active_substance: string | null;
  therapeutic_areas: string[];
  holder: string | null;
  date_marketing_authorisation_issued: string | null;
  date_page_last_updated: string | null;
  score: number;
  tier: number | null;
  match_kind: 'names' | 'facts' | 'overview' | 'document' | null;
  match_lang: string | null;
  match_part: number | null;
  /** The sort keys of this row, for a cursor. */
  keys: (string | number)[];
}

export type FacetCounts = Record<FacetKey, [value: string, count: number][]>;

export interface SearchRows {
  total: number;
  /** Whether any result matched by a name or substance (exactly, by its start, or a word of it). */
  nameMatched: boolean;
  /** Whether the best results are names the text misspells. */
  typoMatched: boolean;
  offset: number;
  rows: ResultRow[];
  /** Whether more rows follow in the direction paged (one more than the limit was found). */
  more: boolean;
  facets: FacetCounts | null;
}

export interface SearchRowsQuery {
  text: TextQuery | null;
  filters: SearchFilters;
  sort: SearchSort;
  cursor: SearchCursor | null;
  limit: number;
  facets: boolean;
}

/**
 * One statement: the matching medicines are found once and the total, the position of the page,
 * the page itself and every facet's counts are all read from them.
 */
export async function searchRows(db: Executor, q: SearchRowsQuery): Promise<SearchRows> {
  const keys = SORT_KEYS[q.sort];
  const backwards = q.cursor?.direction === 'before';
  const pageFilter = q.cursor ? keyset(keys, q.cursor.keys, q.cursor.direction) : sql<boolean>`true`;
  // Rows before this page: those not after the cursor (forward), or before it less the page (backward).
  const beforeFilter = q.cursor
    ? q.cursor.direction === 'after' ? sql<boolean>`not ${keyset(keys, q.cursor.keys, 'after')}` : keyset(keys, q.cursor.keys, 'before')
    : sql<boolean>`false`;
  const keyColumns = sql.join(keys.map((k) => sql`${sql.ref(k.column)}::text`));

  const facetSql = (key: FacetKey, values: RawBuilder<unknown>) => sql`(
    select coalesce(json_agg(json_build_array(v, n) order by n desc, v), '[]'::json) from (${values}) s) as ${sql.ref(`facet_${key}`)}`;
  const grouped = (key: FacetKey, column: string) => facetSql(key, sql`
    select ${sql.ref(column)}::text as v, count(*) as n from base where ${filtersHold(key)} and ${sql.ref(column)} is not null group by 1`);

  const facets = q.facets
    ? sql`,
    ${grouped('category', 'category')},
    ${grouped('status', 'status')},
    ${grouped('holder', 'holder')},
    ${grouped('year', 'year')},
    ${facetSql('area', sql`
      -- An area listed twice counts once: a repeat earlier in the array is skipped.
      select a.v, count(*) as n from base b cross join lateral unnest(b.therapeutic_areas) with ordinality a(v, i)
      where ${filtersHold('area')} and a.v <> all(b.therapeutic_areas[:a.i - 1]) group by 1`)},
    -- Every level of every code, worked out once by the database (migration 0027).
    ${facetSql('atc', sql`
      select g.v, count(*) as n from base b cross join lateral unnest(b.atc_groups) g(v)
      where ${filtersHold('atc')} group by 1`)},
    (select json_build_array(${sql.join(FLAG_KEYS.map((k) => sql`count(*) filter (where ${sql.ref(FLAG_COLUMNS[k])} is true)`))})
      from base where ${filtersHold()}) as facet_flag`
    : sql``;

  const result = await sql<{
    total: number;
    best_tier: number | null;
    before: number;
    page: (Omit<ResultRow, 'keys'> & { k: string[]; n: number })[] | null;
    facet_category?: [string, number][];
    facet_status?: [string, number][];
    facet_holder?: [string, number][];
    facet_year?: [string, number][];
    facet_area?: [string, number][];
    facet_atc?: [string, number][];
    facet_flag?: number[];
  }>`${baseCtes(q.text, q.filters, keys)}
  select
    (select count(*) from base where ${filtersHold()}) as total,
    (select min(tier) from base where ${filtersHold()}) as best_tier,
    (select count(*) from base where ${filtersHold()} and ${beforeFilter}) as before,
    (select json_agg(r order by r.n) from (
      select p.id, m.slug, m.name, m.product_number, p.category, p.status, m.inn, m.active_substance, p.therapeutic_areas, p.holder,
        m.date_marketing_authorisation_issued, m.date_page_last_updated, p.score, p.tier, p.match_kind, p.match_lang, p.match_part, p.k, p.n
      from (
        select base.*, array[${keyColumns}] as k, row_number() over (order by ${orderBy(keys, backwards)}) as n
        from (select * from base where ${filtersHold()} and ${pageFilter} order by ${orderBy(keys, backwards)} limit ${q.limit + 1}) base
      ) p
      join medicines m on m.id = p.id
    ) r) as page
    ${facets}`.execute(db);

  const row = result.rows[0]!;
  const fetched = (row.page ?? []).map(({ k, n: _, ...r }) => ({
    ...r,
    keys: k.map((v, i) => (keys[i]!.type === 'bigint' || keys[i]!.type === 'int' ? Number(v) : v)),
  }));
  const more = fetched.length > q.limit;
  const page = fetched.slice(0, q.limit);
  if (backwards) page.reverse();
  const before = Number(row.before);
  return {
    total: Number(row.total),
    nameMatched: row.best_tier !== null && row.best_tier <= TIER.nameWord,
    typoMatched: row.best_tier === TIER.typo,
    offset: backwards ? Math.max(0, before - page.length) : before,
    rows: page,
    more,
    facets: q.facets
      ? {
          category: row.facet_category ?? [],
          status: row.facet_status ?? [],
          holder: row.facet_holder ?? [],
          year: row.facet_year ?? [],
          area: row.facet_area ?? [],
          atc: row.facet_atc ?? [],
          flag: FLAG_KEYS.map((k, i) => [k, Number(row.facet_flag?.[i] ?? 0)] as [string, number]),
        }
      : null,
  };
}

/** Every medicine a search matches, whatever the paging: for feeds and subscriptions of a search. */
export async function matchingMedicineIds(db: Executor, text: TextQuery | null, filters: SearchFilters): Promise<number[]> {
  const result = await sql<{ id: number }>`${baseCtes(text, filters)} select id from base where ${filtersHold()}`.execute(db);
  return result.rows.map((r) => Number(r.id));
}

export interface SnippetTarget {
  medicineId: number;
  /** Where the best match is; `names` (or null, when browsing) picks the most telling text instead. */
  kind: 'names' | 'facts' | 'overview' | 'document' | null;
  lang: string | null;
  part: number | null;
}

export interface SnippetRow {
  medicine_id: number;
  kind: string;
  lang: string;
  document_type: string | null;
  page_number: number | null;
  snippet: string;
  /** Whether the text contains what was searched for (the snippet then marks it). */
  matched: boolean;
  /** For a section of the product information, its number and heading ("4.8 Undesirable effects"). */
  section_heading: string | null;
}

/**
 * A short extract for each result, from where it matched, with the matches marked. A result
 * that matched by name shows its indication, or on a page in another language than English its
 * overview in that language when there is one. Without text, the start of that same text.
 */
export async function snippets(db: Executor, targets: SnippetTarget[], text: TextQuery | null, lang: string): Promise<SnippetRow[]> {
  if (targets.length === 0) return [];
  const ids = targets.map((t) => t.medicineId);
  const kinds = targets.map((t) => t.kind ?? 'names');
  const langs = targets.map((t) => t.lang ?? '');
  const parts = targets.map((t) => t.part ?? 0);
  const q = text ? queries(text) : null;
  // Enough words to read as a sentence when nothing in the text matched (ts_headline then shows MinWords).
  const options = `MaxWords=40, MinWords=25, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;
  // Text without a match (a medicine found by its name) shows its beginning, cut at a word later.
  // English text found by a disease's English terms marks those terms (with what was typed, when
  // the page is English).
  const english = q?.english
    ? sql`when d.lang = 'en' and d.tsv @@ ${q.english}
        then ts_headline(${text!.englishConfig}::regconfig, d.body, ${text!.lang === 'en' ? sql`${q.inLang} || ${q.english}` : q.english}, ${options})`
    : sql``;
  const snippet = q
    ? sql`case ${english} when d.lang = ${text!.lang} and d.tsv @@ ${q.inLang}
        then ts_headline(${text!.config}::regconfig, d.body, ${q.inLang}, ${options})
        when d.tsv_simple @@ ${q.anyLang} then ts_headline(${SIMPLE}, d.body, ${q.anyLang}, ${options})
        else left(d.body, 600) end`
    : sql`left(d.body, 600)`;
  const matched = q
    ? sql`((d.lang = ${text!.lang} and d.tsv @@ ${q.inLang}) or d.tsv_simple @@ ${q.anyLang}${q.english ? sql` or (d.lang = 'en' and d.tsv @@ ${q.english})` : sql``})`
    : sql`false`;
  const result = await sql<SnippetRow>`
    select x.medicine_id, d.kind, d.lang, d.document_type, d.page_number, ${snippet} as snippet, ${matched} as matched,
      case when d.document_type like 'pi:%' then split_part(d.body, chr(10), 1) end as section_heading
    from unnest(${ids}::int[], ${kinds}::text[], ${langs}::text[], ${parts}::int[]) as x(medicine_id, kind, lang, part)
    cross join lateral (
      select d.* from search_documents d
      where d.medicine_id = x.medicine_id
        and ((x.kind in ('facts', 'overview', 'document') and d.kind = x.kind and d.lang = x.lang and d.part = x.part)
          or (x.kind = 'names' and (d.kind = 'facts' or (d.kind = 'overview' and d.lang = ${lang} and d.lang <> 'en'))))
      order by (d.kind = 'overview') desc
      limit 1
    ) d`.execute(db);
  return result.rows;
}

/**
 * Names and substances spelt like the text, for the service to measure in typos: those sharing
 * enough trigrams with it (pg_trgm's `%`, 0.3 by default) or with one of their words (`<%`),
 * both answered by the trigram index. None when a name starts with the text as typed, nor when
 * every word of it (of three letters or more) is spelt as some name, substance or area spells it
 * (`search_vocabulary`): such a text is not a misspelling, and the trigram search, which reads a
 * row for each candidate, is the dearest part of a search for a common word on a large catalogue.
 */
export async function namesSpeltLike(db: Executor, text: string): Promise<{ typed: string; rows: { medicine_id: number; norm: string }[] }> {
  const result = await sql<{ medicine_id: number | null; norm: string | null; typed: string }>`
    with typed as (
      select n.norm, length(n.norm) >= 5
        and not exists (select 1 from search_terms p where p.kind in (${NAME_KINDS}, 'product-number') and p.norm like n.norm || '%')
        and exists (select 1 from unnest(string_to_array(n.norm, ' ')) w
          where length(w) >= 3 and not exists (select 1 from search_vocabulary v where v.word = w)) as misspelt
      from (select search_normalize(${text}) as norm) n
    )
    select t.medicine_id, t.norm, typed.norm as typed
    from typed left join lateral (
      select t.medicine_id, t.norm from search_terms t
      where typed.misspelt and t.kind in (${NAME_KINDS}) and (t.norm % typed.norm or typed.norm <% t.norm)
      limit 1000
    ) t on true`.execute(db);
  const typed = result.rows[0]?.typed ?? '';
  return { typed, rows: result.rows.filter((r) => r.medicine_id !== null).map((r) => ({ medicine_id: r.medicine_id!, norm: r.norm! })) };
}

/**
 * A name, substance or area spelt like the text, for "did you mean": the closest by trigram
 * similarity (0.5 at least) that is not the text itself.
 */
export async function similarTerms(db: Executor, text: string, limit: number): Promise<string[]> {
  const norm = sql`search_normalize(${text})`;
  const rows = await sql<{ term: string }>`
    select term from (
      select distinct on (norm) term, similarity(norm, ${norm}) as s
      from search_terms
      where kind in (${NAME_KINDS}, 'area') and norm % ${norm} and norm <> ${norm}
        and similarity(norm, ${norm}) >= 0.5
        -- A misspelling is about as long as the word meant; "lungcancer" is not a misspelt "cancer".
        and abs(length(norm) - length(${norm})) <= greatest(2, length(${norm}) / 4)
      order by norm, term
    ) t
    order by s desc, term
    limit ${limit}`.execute(db);
  return rows.rows.map((r) => r.term);
}

/**
 * For each word the reader typed that is in no name, substance or area, the closest word that
 * is (trigram similarity 0.4 at least). Keyed by the word as typed.
 */
export async function similarWords(db: Executor, words: string[]): Promise<Map<string, string>> {
  if (words.length === 0) return new Map();
  // `%` (similarity above pg_trgm's threshold, 0.3 unless set) is what the trigram index answers.
  const rows = await sql<{ word: string; replacement: string | null }>`
    with typed as (select word, search_normalize(word) as norm from unnest(${words}::text[]) as q(word))
    select t.word, (
      select v.word from search_vocabulary v
      where v.word % t.norm and similarity(v.word, t.norm) >= 0.4 and abs(length(v.word) - length(t.norm)) <= greatest(2, length(t.norm) / 4)
      order by similarity(v.word, t.norm) desc, v.word limit 1
    ) as replacement
    from typed t
    where length(t.norm) >= 3 and t.norm !~ ' ' and not exists (select 1 from search_vocabulary v where v.word = t.norm)`.execute(db);
  return new Map(rows.rows.filter((r) => r.replacement !== null).map((r) => [r.word, r.replacement!]));
}

export interface SuggestionRow {
  kind: 'medicine' | 'substance' | 'area';
  label: string;
  slug: string | null;
  category: string | null;
  count: number;
}

/**
 * Names, substances and areas in which every word typed begins a word (the last one perhaps
 * half typed): "spinal musc" finds "Muscular Atrophy, Spinal". When nothing does, the closest
 * by spelling. Those starting with the text come first; names, then substances, then areas.
 */
export async function suggestions(db: Executor, text: string, limit: number): Promise<SuggestionRow[]> {
  const norm = sql`search_normalize(${text})`;
  const rows = await sql<SuggestionRow & { rank: number }>`
    with typed as (select ${norm} as norm, string_to_array(${norm}, ' ') as words),
    starts as (
      select t.medicine_id, t.kind, t.term, t.norm, case when t.norm like typed.norm || '%' then 0 else 1 end as rank
      from search_terms t, typed
      where typed.norm <> '' and t.kind in (${NAME_KINDS}, 'area')
        -- Plain string positions, so nothing typed is ever a pattern.
        and strpos(t.norm, typed.words[1]) > 0
        and not exists (select 1 from unnest(typed.words) w where strpos(' ' || t.norm, ' ' || w) = 0)
    ),
    close as (
      select t.medicine_id, t.kind, t.term, t.norm, 2 as rank
      from search_terms t, typed
      where not exists (select 1 from starts) and length(typed.norm) >= 5
        and t.kind in (${NAME_KINDS}, 'area') and typed.norm <% t.norm
    ),
    matches as (select * from starts union all select * from close),
    medicines_found as (
      select distinct on (m.id) 'medicine' as kind, m.name as label, m.slug, m.category, 1 as count, x.rank,
        (m.status = 'authorised') as authorised
      from matches x join medicines m on m.id = x.medicine_id
      where x.kind in ('name', 'previous-name')
      order by m.id, x.rank
    ),
    grouped as (
      select case when x.kind = 'area' then 'area' else 'substance' end as kind, min(x.term) as label, null::text as slug,
        null::text as category, count(distinct x.medicine_id)::int as count, min(x.rank) as rank
      from matches x
      where x.kind in ('inn', 'substance', 'component', 'area')
      group by 1, x.norm
    )
    select kind, label, slug, category, count, rank from (
      (select kind, label, slug, category, count, rank, 0 as kind_order from medicines_found order by rank, authorised desc, lower(label) limit ${limit})
      union all
      (select kind, label, slug, category, count, rank, 1 from grouped where kind = 'substance' order by rank, count desc, label limit ${limit})
      union all
      (select kind, label, slug, category, count, rank, 2 from grouped where kind = 'area' order by rank, count desc, label limit ${limit})
    ) s
    order by rank, kind_order, count desc, lower(label)`.execute(db);
  return rows.rows.map(({ rank: _, ...r }) => r);
}

/** What ATC labels are made from: each medicine's codes, group text and INN. */
export async function atcSources(db: Executor): Promise<{ atc_codes: string[]; pharmacotherapeutic_group: string | null; inn: string | null }[]> {
  return db
    .selectFrom('medicines')
    .select(['atc_codes', 'pharmacotherapeutic_group', 'inn'])
    .where(sql<boolean>`cardinality(atc_codes) > 0`)
    .execute();
}
