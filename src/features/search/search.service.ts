/**
 * Search and browse: turns a parsed request into the repository's queries and its rows into
 * results, facets with labels, cursors and "did you mean". Rows never leave this file.
 */
import { ANNEX_KINDS, type AnnexKind } from '../../domain/product-information.ts';
import { sectionAnchor } from '../../domain/product-information-diff.ts';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { isLanguageCode, type LanguageCode } from '../../domain/languages.ts';
import { CATEGORIES, FLAG_KEYS, STATUSES, type Category, type Status } from '../../domain/medicine.ts';
import { typosFrom } from '../../domain/typos.ts';
import { expandQuery } from './search-vocabulary.ts';
import { SearchCache } from './search-cache.ts';
import { escapeHtml } from '../../http/html.ts';
import { atcLabels, atcLevel, atcQuery, emptyFilters, type FacetKey, type FacetValue, type Facets, type MatchField, type SearchCursor, type SearchFilters, type SearchPage, type SearchRequest, type SearchResult, type Suggestion } from '../../domain/search-query.ts';
import {
  MARK_END,
  MARK_START,
  atcSources,
  currentSnapshot,
  loadLanguageConfigs,
  matchingMedicineIds,
  maintainSearchIndex,
  rebuildSearchIndex,
  refreshSearchIndex,
  searchIndexNeedsMaintenance,
  namesSpeltLike,
  searchRows,
  similarTerms,
  similarWords,
  snippets,
  staleMedicineIds,
  suggestions,
  type FacetCounts,
  type ResultRow,
  type SnippetRow,
  type TextQuery,
  type TypoMatch,
} from './search.repository.ts';

/** "Few results": when "did you mean" is worth looking for. */
const FEW_RESULTS = 3;
const SNIPPET_CHARS = 240;

export interface FacetOptions {
  /** Areas and companies shown per facet (the selected ones always are); null for all. */
  limit: number | null;
  /** ATC: every level (browse) rather than the first level and the children of what is selected. */
  allAtcLevels: boolean;
}

export const SEARCH_FACETS: FacetOptions = { limit: 20, allAtcLevels: false };
export const ALL_FACET_VALUES: FacetOptions = { limit: null, allAtcLevels: true };

export interface SearchServiceOptions {
  /** Answers to identical searches kept in memory (see `SearchCache`); 0, the default, keeps none. */
  cacheEntries?: number;
}

export class SearchService {
  readonly #db: Kysely<DB>;
  readonly #cache: SearchCache;
  #configs: Promise<Map<string, string>> | null = null;
  #labels: Promise<Map<string, string>> | null = null;

  constructor(db: Kysely<DB>, options: SearchServiceOptions = {}) {
    this.#db = db;
    this.#cache = new SearchCache(options.cacheEntries ?? 0);
  }

  /** How often identical searches were answered from memory. */
  get cacheStats(): { hits: number; misses: number; entries: number } {
    return this.#cache.stats;
  }

  /** Call when a medicine changed: labels derived from the catalogue are read again. */
  invalidate(): void {
    this.#labels = null;
    this.#cache.clear();
  }

  /** The kept answer to an identical search in the database's current snapshot, or a new one. */
  async #cached<T>(key: unknown[], compute: () => Promise<T>): Promise<T> {
    if (!this.#cache.enabled) return compute();
    return this.#cache.answer(await currentSnapshot(this.#db), JSON.stringify(key), compute);
  }

  /**
   * Whether this process keeps the index current (a portal, once `prepare` ran). A CLI import
   * does not: the portal that serves the database catches up, so imports stay fast.
   */
  get keptCurrent(): boolean {
    return this.#keptCurrent;
  }
  #keptCurrent = false;

  /**
   * Indexes what changed while no one was keeping the index current (imports run before the
   * write service refreshed it), then, on PGlite, which has no autovacuum, brings the
   * planner's view of the index up to date when it has drifted.
   */
  async prepare(options: { maintain: boolean }): Promise<{ refreshed: number }> {
    this.#keptCurrent = true;
    const stale = await staleMedicineIds(this.#db);
    this.invalidate();
    // A first index of a whole catalogue is faster in one statement than medicine by medicine
    // (and the rebuild brings the statistics up to date itself).
    if (stale.length > 200) {
      await rebuildSearchIndex(this.#db);
      return { refreshed: stale.length };
    }
    for (const id of stale) await refreshSearchIndex(this.#db, id);
    if (options.maintain && (stale.length > 0 || (await searchIndexNeedsMaintenance(this.#db)))) await maintainSearchIndex(this.#db);
    return { refreshed: stale.length };
  }

  /** Re-indexes the medicines changed since they were last indexed; cheap when none did. */
  async refreshStale(): Promise<number> {
    const stale = await staleMedicineIds(this.#db);
    for (const id of stale) await refreshSearchIndex(this.#db, id);
    if (stale.length > 0) this.invalidate();
    return stale.length;
  }

  #refreshing: Promise<void> | null = null;
  #again = false;

  /**
   * For change events: refreshes what is stale, once at a time however many events arrive; an
   * event during a refresh runs one more. Resolves when the index has caught up.
   */
  scheduleRefresh(): Promise<void> {
    this.invalidate();
    if (this.#refreshing) {
      this.#again = true;
      return this.#refreshing;
    }
    this.#refreshing = (async () => {
      try {
        do {
          this.#again = false;
          await this.refreshStale();
        } while (this.#again);
      } finally {
        this.#refreshing = null;
      }
    })();
    return this.#refreshing;
  }

  /** The ids of every medicine a search matches (text and filters; sort and paging ignored). */
  async matchingIds(request: Pick<SearchRequest, 'text' | 'lang' | 'filters' | 'section'>): Promise<number[]> {
    return matchingMedicineIds(this.#db, await this.#textQuery(request.text, request.lang, request.section ?? null), request.filters);
  }

  /**
   * Searches inside a caller's transaction, which sees writes not yet committed (the webhook
   * dispatcher matches subscriptions against changes it is dispatching); `reindex` medicines are
   * indexed again first, so a text search sees them as they are now.
   */
  async within(trx: Transaction<DB>, reindex: readonly number[] = []): Promise<Pick<SearchService, 'matchingIds'>> {
    for (const id of reindex) await refreshSearchIndex(trx, id);
    return new SearchService(trx);
  }

  /** A page of results, its facet counts and "did you mean"; identical searches share one answer. */
  search(request: SearchRequest, facetOptions: FacetOptions = SEARCH_FACETS): Promise<SearchPage> {
    return this.#cached(['search', request, facetOptions], () => this.#search(request, facetOptions));
  }

  async #search(request: SearchRequest, facetOptions: FacetOptions): Promise<SearchPage> {
    const text = await this.#textQuery(request.text, request.lang, request.section ?? null);
    const found = await searchRows(this.#db, {
      text,
      filters: request.filters,
      sort: request.sort,
      cursor: request.cursor,
      limit: request.limit,
      facets: true,
    });
    const snippetRows = await snippets(
      this.#db,
      found.rows.map((r) => ({ medicineId: r.id, kind: r.match_kind, lang: r.match_lang, part: r.match_part })),
      text,
      request.lang,
    );
    const byId = new Map(snippetRows.map((s) => [s.medicine_id, s]));
    const results = found.rows.map((r) => toResult(r, byId.get(r.id)));

    const first = found.rows[0];
    const last = found.rows.at(-1);
    const next: SearchCursor | null =
      last && found.offset + found.rows.length < found.total ? { sort: request.sort, direction: 'after', keys: last.keys } : null;
    const prev: SearchCursor | null = first && found.offset > 0 ? { sort: request.sort, direction: 'before', keys: first.keys } : null;

    // A name found as typed needs no other spelling ("bictegravir" is not a misspelt "raltegravir").
    // Names found despite a typo are shown; the spelling is still offered, so the reader learns it.
    const didYouMean = text && (found.total < FEW_RESULTS || found.typoMatched) && !found.nameMatched
      ? await this.#didYouMean(text, request.filters, found.typoMatched ? found.total : found.total + 1)
      : null;
    return {
      total: found.total,
      offset: found.offset,
      results,
      facets: await this.#facets(found.facets!, request.filters, facetOptions),
      next,
      prev,
      didYouMean,
    };
  }

  /** Every value of every facet over the whole catalogue, for the browse pages. */
  browse(): Promise<{ total: number; facets: Facets }> {
    return this.#cached(['browse'], () => this.#browse());
  }

  async #browse(): Promise<{ total: number; facets: Facets }> {
    const found = await searchRows(this.#db, { text: null, filters: emptyFilters(), sort: 'name', cursor: null, limit: 0, facets: true });
    return { total: found.total, facets: await this.#facets(found.facets!, emptyFilters(), ALL_FACET_VALUES) };
  }

  suggest(text: string, limit: number): Promise<Suggestion[]> {
    return this.#cached(['suggest', text, limit], () => this.#suggest(text, limit));
  }

  async #suggest(text: string, limit: number): Promise<Suggestion[]> {
    const rows = await suggestions(this.#db, text, limit);
    // Medicines first, then substances and areas, but never more than the limit in all.
    return rows.slice(0, limit).map((r) => ({
      kind: r.kind,
      label: r.label,
      slug: r.slug,
      category: r.category as Category | null,
      count: Number(r.count),
    }));
  }

  async #textQuery(text: string | null, lang: LanguageCode, section: string | null = null): Promise<TextQuery | null> {
    if (text === null) return null;
    this.#configs ??= loadLanguageConfigs(this.#db);
    const configs = await this.#configs;
    return {
      text,
      lang,
      config: configs.get(lang) ?? 'openepar_simple',
      atc: atcQuery(text),
      typos: await this.#typos(text),
      // A disease in the reader's words also finds EMA's English text about it.
      expansions: expandQuery(text, lang).alternatives,
      englishConfig: configs.get('en') ?? 'openepar_simple',
      section,
    };
  }

  /**
   * The medicines whose name or substance the text misspells, within the typos its length
   * allows: the database offers names with trigrams in common, and only those the typo count
   * accepts match. A medicine with several such names ranks by its closest.
   */
  async #typos(text: string): Promise<TypoMatch[]> {
    const { typed, rows } = await namesSpeltLike(this.#db, text);
    const closest = new Map<number, number>();
    for (const row of rows) {
      const typos = typosFrom(typed, row.norm);
      if (typos === null) continue;
      closest.set(row.medicine_id, Math.min(typos, closest.get(row.medicine_id) ?? typos));
    }
    return [...closest].map(([medicineId, typos]) => ({ medicineId, rank: 1 / (1 + typos) })).sort((a, b) => b.rank - a.rank || a.medicineId - b.medicineId);
  }

  /**
   * A spelling that finds more: the closest name, substance or area to the whole text, or the
   * text with each unknown word replaced by the closest known one. Offered only if it finds
   * at least `atLeast` medicines: more than the text as typed, or as many when those are already
   * the names it misspells.
   */
  async #didYouMean(text: TextQuery, filters: SearchFilters, atLeast: number): Promise<string | null> {
    const candidates = await similarTerms(this.#db, text.text, 3);
    const words = text.text.split(' ');
    if (words.length > 1) {
      const replacements = await similarWords(this.#db, words);
      if (replacements.size > 0) candidates.push(words.map((w) => replacements.get(w) ?? w).join(' '));
    }
    for (const candidate of candidates) {
      if (candidate.toLowerCase() === text.text.toLowerCase()) continue;
      const found = await searchRows(this.#db, {
        text: { ...text, text: candidate, atc: atcQuery(candidate), typos: [], expansions: expandQuery(candidate, text.lang as LanguageCode).alternatives },
        filters,
        sort: 'relevance',
        cursor: null,
        limit: 0,
        facets: false,
      });
      if (found.total >= atLeast) return candidate;
    }
    return null;
  }

  async #facets(counts: FacetCounts, filters: SearchFilters, options: FacetOptions): Promise<Facets> {
    const selected = (key: FacetKey, value: string) => (filters[key] as (string | number)[]).map(String).includes(value);
    const values = (key: FacetKey, order: (a: [string, number], b: [string, number]) => number): FacetValue[] => {
      const list = counts[key].map(([value, count]) => ({ value, count: Number(count), selected: selected(key, value) }));
      // A selected value stays visible (to be unselected) even when nothing matches it now.
      for (const v of filters[key] as (string | number)[]) {
        if (!list.some((x) => x.value === String(v))) list.push({ value: String(v), count: 0, selected: true });
      }
      return list.sort((a, b) => order([a.value, a.count], [b.value, b.count]));
    };
    const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);
    const inOrder = (order: readonly string[]) => (a: [string, number], b: [string, number]) => order.indexOf(a[0]) - order.indexOf(b[0]);
    const top = (list: FacetValue[]) =>
      options.limit === null ? list : list.filter((v, i) => i < options.limit! || v.selected);

    this.#labels ??= atcSources(this.#db).then((rows) =>
      atcLabels(rows.map((r) => ({ atcCodes: r.atc_codes, pharmacotherapeuticGroup: r.pharmacotherapeutic_group, inn: r.inn }))),
    );
    const labels = await this.#labels;
    const atc = values('atc', (a, b) => a[0].localeCompare(b[0]))
      .map((v) => ({ ...v, level: atcLevel(v.value), label: labels.get(v.value) ?? null }))
      .filter((v) => options.allAtcLevels || atcVisible(v.value, filters.atc));

    return {
      category: values('category', inOrder(CATEGORIES)),
      status: values('status', inOrder(STATUSES)),
      area: top(values('area', byCount)),
      atc,
      holder: top(values('holder', byCount)),
      flag: values('flag', inOrder(FLAG_KEYS)),
      year: values('year', (a, b) => b[0].localeCompare(a[0])),
    };
  }
}

const NEXT_LEVEL: Readonly<Record<number, number>> = { 1: 3, 3: 4, 4: 5, 5: 7 };

/** First-level groups, the path to each selected code, and the next level down under it. */
function atcVisible(code: string, selected: string[]): boolean {
  if (atcLevel(code) === 1) return true;
  return selected.some((s) => s.startsWith(code) || (code.startsWith(s) && atcLevel(code) === NEXT_LEVEL[atcLevel(s)]));
}

const FIELD_OF: Readonly<Record<NonNullable<ResultRow['match_kind']>, MatchField>> = {
  names: 'name',
  facts: 'facts',
  overview: 'overview',
  document: 'document',
};

function toResult(r: ResultRow, snippet: SnippetRow | undefined): SearchResult {
  const lang = snippet?.lang && isLanguageCode(snippet.lang) ? snippet.lang : null;
  const matchLang = r.match_lang && isLanguageCode(r.match_lang) ? r.match_lang : null;
  return {
    slug: r.slug,
    name: r.name,
    productNumber: r.product_number,
    category: r.category as Category,
    status: r.status as Status,
    inn: r.inn,
    activeSubstance: r.active_substance,
    therapeuticAreas: r.therapeutic_areas,
    holder: r.holder,
    marketingAuthorisationIssued: r.date_marketing_authorisation_issued,
    pageLastUpdated: r.date_page_last_updated,
    score: Number(r.score),
    match: r.match_kind
      ? {
          field: FIELD_OF[r.match_kind],
          lang: matchLang,
          documentType: r.match_kind === 'document' ? (snippet?.document_type ?? null) : null,
          page: r.match_kind === 'document' ? (snippet?.page_number ?? null) : null,
          section: r.match_kind === 'document' ? sectionOf(snippet) : null,
        }
      : null,
    snippet: snippet ? snippetHtml(snippet.snippet, !snippet.matched) : '',
    snippetLang: lang,
  };
}

/** A product-information section the match is in (`pi:smpc:4.8`, its heading the text's first line). */
function sectionOf(snippet: SnippetRow | undefined): NonNullable<SearchResult['match']>['section'] {
  const m = /^pi:([a-z-]+):(.+)$/.exec(snippet?.document_type ?? '');
  if (!m || !isAnnexKind(m[1]!)) return null;
  return { annex: m[1]!, key: m[2]!, label: snippet?.section_heading || m[2]!, anchor: sectionAnchor(m[1]!, m[2]!) };
}

const isAnnexKind = (value: string): value is AnnexKind => (ANNEX_KINDS as readonly string[]).includes(value);

const FRAGMENT_DELIMITER = ' … ';

/**
 * The database cuts a fragment where its word count allows, often mid-sentence ("options.
 * Rozlytrek as monotherapy is indicated…"). A fragment that begins in lower case starts at its
 * next sentence instead when that still shows the first match, and otherwise says it was cut.
 */
function fromSentenceStart(text: string): string {
  const fragment = text.trimStart();
  if (!/^[\p{Ll},;)\]]/u.test(fragment)) return fragment;
  const firstMatch = fragment.indexOf(MARK_START);
  // The end of a sentence, or of a line (a heading, a list item).
  const boundary = /(?:[.;:!?]\s+|\s*\n\s*)(?=[\p{Lu}\p{N}(\-•*\ue000])/u.exec(fragment);
  if (boundary && (firstMatch < 0 || boundary.index < firstMatch)) return fragment.slice(boundary.index + boundary[0].length);
  return `…${fragment.startsWith(' ') ? '' : ' '}${fragment}`;
}

/** Escapes the text and turns the match markers into `<mark>`; a browse extract is cut at a word. */
export function snippetHtml(text: string, shorten: boolean): string {
  // EMA's indications carry Markdown emphasis ("**Melanoma**", "*ROS1*"), which would show as asterisks.
  let s = text.replace(/\*\*/g, '').replace(/\*(?=\S)([^*\n]+?)(?<=\S)\*/g, '$1');
  if (!shorten) s = s.split(FRAGMENT_DELIMITER).map(fromSentenceStart).join(FRAGMENT_DELIMITER);
  // Lines (an indication's paragraphs and list items, the facts' areas and company) stay apart.
  s = s.replace(/\s*\n+\s*(?:[-•*]\s+)?/g, ' · ').replace(/\s+/g, ' ').replace(/^ · | · $/g, '').trim();
  if (shorten && s.length > SNIPPET_CHARS) s = `${s.slice(0, SNIPPET_CHARS).replace(/\s+\S*$/, '')} …`;
  // Markers are private-use characters, which escaping leaves alone; an unclosed one is closed.
  let html = escapeHtml(s).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
  const open = html.split('<mark>').length - html.split('</mark>').length;
  if (open > 0) html += '</mark>'.repeat(open);
  return html;
}
