/**
 * What a search is (text, language, facet filters, sort, page) and what it returns, plus the
 * parsing of untrusted input into that shape. Everything here is pure: the repository turns a
 * parsed `SearchRequest` into SQL, and no text the reader typed is ever SQL or tsquery syntax.
 */
import { ValidationError } from './errors.ts';
import type { LanguageCode } from './languages.ts';
import { atcLevels, type AtcCode } from './identifiers.ts';
import { CATEGORIES, FLAG_KEYS, STATUSES, parseStatus, type Category, type FlagKey, type MedicineSummary, type Status } from './medicine.ts';

export const MAX_QUERY_LENGTH = 500;
/** Longer facet values (an area, a company) than any in EMA's data are not values of ours. */
const MAX_VALUE_LENGTH = 300;
const MAX_VALUES_PER_FACET = 50;

export const SEARCH_SORTS = ['relevance', 'name', '-name', 'authorised', '-authorised', 'updated', '-updated'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const FACET_KEYS = ['category', 'status', 'area', 'atc', 'holder', 'flag', 'year'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** ATC levels by code length: L, L01, L01X, L01XX, L01XX73 (ATCvet codes add a leading Q). */
export const ATC_LEVELS = [1, 3, 4, 5, 7] as const;
const ATC_PREFIX = /^Q?[A-Z](?:\d\d(?:[A-Z](?:[A-Z](?:\d\d)?)?)?)?$/;

/** A code's level as the length of its human-ATC part: 1 for L and QJ, 7 for L01XX73 and QJ01CA04. */
export function atcLevel(code: string): number {
  return /^Q[A-Z]/.test(code) ? code.length - 1 : code.length;
}

/**
 * Values within one facet are alternatives (status authorised OR withdrawn); facets combine
 * with AND. Flags are the exception: each selected flag must hold (orphan AND conditional).
 */
export interface SearchFilters {
  category: Category[];
  status: Status[];
  area: string[];
  atc: string[];
  holder: string[];
  flag: FlagKey[];
  year: number[];
}

export function emptyFilters(): SearchFilters {
  return { category: [], status: [], area: [], atc: [], holder: [], flag: [], year: [] };
}

export interface SearchCursor {
  sort: SearchSort;
  /** `after` pages forward from the row the keys name, `before` backward. */
  direction: 'after' | 'before';
  keys: (string | number)[];
}

export interface SearchRequest {
  /** Cleaned text; null for a browse (every medicine, filtered). */
  text: string | null;
  lang: LanguageCode;
  filters: SearchFilters;
  sort: SearchSort;
  cursor: SearchCursor | null;
  limit: number;
  /** Only this section of the product information (`4.3`), in every annex and language. */
  section?: string | null;
}

/** Where a result matched, best match first: names, then facts (indication, areas, ...), overview, document text. */
export type MatchField = 'name' | 'facts' | 'overview' | 'document';

/** A catalogue summary plus how it matched. */
export interface SearchResult extends Omit<MedicineSummary, 'productNumber'> {
  productNumber: string | null;
  /** Higher is better; only comparable within one search. 0 when browsing. */
  score: number;
  match: {
    field: MatchField;
    lang: LanguageCode | null;
    documentType: string | null;
    page: number | null;
    /** The section of the product information that matched ("4.8 Undesirable effects"), with its anchor on the product-information page. */
    section?: { annex: string; key: string; label: string; anchor: string } | null;
  } | null;
  /** HTML: the text escaped, the words that matched in `<mark>`. */
  snippet: string;
  /** The language of the snippet's text, which may differ from the page's. */
  snippetLang: LanguageCode | null;
}

export interface FacetValue {
  value: string;
  count: number;
  /** ATC only: the code's level (1, 3, 4, 5, 7 characters) and a label from EMA's pharmacotherapeutic groups. */
  level?: number;
  label?: string | null;
  selected: boolean;
}

export type Facets = Record<FacetKey, FacetValue[]>;

export interface SearchPage {
  total: number;
  /** How many results come before this page's first one. */
  offset: number;
  results: SearchResult[];
  facets: Facets;
  next: SearchCursor | null;
  prev: SearchCursor | null;
  didYouMean: string | null;
}

export interface Suggestion {
  kind: 'medicine' | 'substance' | 'area';
  label: string;
  /** Medicines: the page; substances and areas: a search. Relative to the language prefix. */
  slug: string | null;
  category: Category | null;
  /** Substances and areas: how many medicines. */
  count: number;
}

/* ---------- parsing untrusted input ---------- */

// C0 and C1 controls (NUL cannot even be sent to PostgreSQL) and the private-use characters
// snippets are marked with become spaces.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\ue000\ue001]/g;

/** The search text as searched: controls removed, whitespace collapsed; null when nothing is left. */
export function cleanQuery(raw: string | undefined | null): string | null {
  if (raw === undefined || raw === null) return null;
  if (raw.length > MAX_QUERY_LENGTH * 4) throw tooLong(raw.length);
  const text = raw.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUERY_LENGTH) throw tooLong(text.length);
  return text === '' ? null : text;
}

function tooLong(length: number): ValidationError {
  return new ValidationError(
    `The search text is ${length.toLocaleString('en')} characters long; a search can be at most ${MAX_QUERY_LENGTH} characters. Shorten it and try again.`,
  );
}

export type RawValues = string | string[] | undefined;

function values(raw: RawValues, name: string): string[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (list.length > MAX_VALUES_PER_FACET) throw new ValidationError(`at most ${MAX_VALUES_PER_FACET} values of ${name} can be combined`);
  const out: string[] = [];
  for (const v of list) {
    const clean = v.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
    if (clean.length > MAX_VALUE_LENGTH) throw new ValidationError(`a value of ${name} is longer than ${MAX_VALUE_LENGTH} characters`);
    // An empty value is what a form's "any" option sends: no filter.
    if (clean !== '' && !out.includes(clean)) out.push(clean);
  }
  return out;
}

export interface RawFilters {
  category?: RawValues;
  status?: RawValues;
  area?: RawValues;
  atc?: RawValues;
  holder?: RawValues;
  flag?: RawValues;
  year?: RawValues;
}

/** Checks facet values; an unknown status, flag, ATC code or year is a 400 naming what is allowed. */
export function parseFilters(raw: RawFilters): SearchFilters {
  const category = values(raw.category, 'category').map((c) => {
    if (!(CATEGORIES as readonly string[]).includes(c)) throw new ValidationError(`category "${c}" is not one of ${CATEGORIES.join(', ')}`);
    return c as Category;
  });
  const status = values(raw.status, 'status').map((s) => {
    const parsed = parseStatus(s);
    if (!parsed) throw new ValidationError(`status "${s}" is not one of ${STATUSES.join(', ')}`);
    return parsed;
  });
  const atc = values(raw.atc, 'atc').map((a) => {
    const code = a.toUpperCase();
    if (!ATC_PREFIX.test(code)) throw new ValidationError(`atc "${a}" is not an ATC code or the start of one (L, L01, L01X, L01XX, L01XX73, QJ01)`);
    return code;
  });
  const flag = values(raw.flag, 'flag').map((f) => {
    if (!(FLAG_KEYS as readonly string[]).includes(f)) throw new ValidationError(`flag "${f}" is not one of ${FLAG_KEYS.join(', ')}`);
    return f as FlagKey;
  });
  const year = values(raw.year, 'year').map((y) => {
    if (!/^(19|20)\d\d$/.test(y)) throw new ValidationError(`year "${y}" is not a year such as 2022`);
    return Number(y);
  });
  return {
    category: dedupe(category),
    status: dedupe(status),
    area: values(raw.area, 'area'),
    atc: dedupe(atc),
    holder: values(raw.holder, 'holder'),
    flag: dedupe(flag),
    year: dedupe(year),
  };
}

function dedupe<T>(list: T[]): T[] {
  return [...new Set(list)];
}

/** A query that is an ATC code or the start of one (three characters at least: "L01", "l01xx73"). */
export function atcQuery(text: string | null): string | null {
  if (!text) return null;
  const code = text.trim().toUpperCase();
  return atcLevel(code) >= 3 && ATC_PREFIX.test(code) ? code : null;
}

/* ---------- cursors ---------- */

/** The key types of each sort, in order: what a cursor must carry to continue it. */
export const SORT_KEY_TYPES: Readonly<Record<SearchSort, readonly ('bigint' | 'text' | 'int' | 'date')[]>> = {
  relevance: ['bigint', 'text', 'int'],
  name: ['text', 'int'],
  '-name': ['text', 'int'],
  authorised: ['date', 'text', 'int'],
  '-authorised': ['date', 'text', 'int'],
  updated: ['date', 'text', 'int'],
  '-updated': ['date', 'text', 'int'],
};

export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.direction === 'after' ? 'a' : 'b', ...cursor.keys]), 'utf8').toString('base64url');
}

/** Only a cursor this API handed out for the same sort is accepted; anything else is a 400. */
export function decodeCursor(raw: string, sort: SearchSort): SearchCursor {
  const invalid = () => new ValidationError('cursor is not one this search handed out: start again from the first page');
  if (raw.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed[0] !== sort || (parsed[1] !== 'a' && parsed[1] !== 'b')) throw invalid();
  const keys = parsed.slice(2) as unknown[];
  const types = SORT_KEY_TYPES[sort];
  if (keys.length !== types.length) throw invalid();
  keys.forEach((k, i) => {
    const ok =
      types[i] === 'text' ? typeof k === 'string' && k.length <= 1000
      : types[i] === 'date' ? typeof k === 'string' && /^(\d{4}-\d\d-\d\d|-?infinity)$/.test(k)
      : Number.isSafeInteger(k);
    if (!ok) throw invalid();
  });
  return { sort, direction: parsed[1] === 'a' ? 'after' : 'before', keys: keys as (string | number)[] };
}

export function parseSort(raw: string | undefined, text: string | null): SearchSort {
  if (raw === undefined || raw === '') return text ? 'relevance' : 'name';
  if (!(SEARCH_SORTS as readonly string[]).includes(raw)) throw new ValidationError(`sort "${raw}" is not one of ${SEARCH_SORTS.join(', ')}`);
  // Without search text there is nothing to be relevant to; the name order is what a browse expects.
  return raw === 'relevance' && !text ? 'name' : (raw as SearchSort);
}

/* ---------- ATC labels ---------- */

export interface AtcSource {
  atcCodes: string[];
  pharmacotherapeuticGroup: string | null;
  inn: string | null;
}

/**
 * Labels for ATC codes from EMA's own texts (WHO's ATC names may not be redistributed). EMA's
 * "pharmacotherapeutic group" is one line per level, broadest first ("- Antineoplastic agents\n-
 * Protein kinase inhibitors"), and starts at the second ATC level. So a three-character code
 * takes the most common first line among its medicines, four and five characters the most
 * common second line, a full code the substances it names, and a one-letter group its largest
 * second-level groups.
 */
export function atcLabels(sources: AtcSource[]): Map<string, string> {
  const votes = new Map<string, Map<string, { count: number; text: string }>>();
  const vote = (code: string, text: string) => {
    const key = text.toLowerCase();
    const byText = votes.get(code) ?? new Map<string, { count: number; text: string }>();
    const entry = byText.get(key) ?? { count: 0, text };
    entry.count++;
    byText.set(key, entry);
    votes.set(code, byText);
  };
  const level3Size = new Map<string, number>();
  for (const s of sources) {
    const lines = (s.pharmacotherapeuticGroup ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*-\s*/, '').trim())
      .filter((l) => l.length > 0);
    for (const code of new Set(s.atcCodes)) {
      if (!ATC_PREFIX.test(code)) continue;
      // [level 1, level 3, level 4, level 5, full code], as far as the code goes.
      const [, l3, l4, l5, full] = atcLevels(code as AtcCode);
      if (l3) level3Size.set(l3, (level3Size.get(l3) ?? 0) + 1);
      // A group text that is a substance name ("imatinib") is not a group label.
      const isSubstance = (l: string) => s.inn !== null && l.toLowerCase() === s.inn.toLowerCase();
      if (lines[0] && !isSubstance(lines[0]) && l3) vote(l3, lines[0]);
      if (lines[1]) {
        if (l4) vote(l4, lines[1]);
        if (l5) vote(l5, lines[1]);
      }
      if (full && s.inn) vote(full, s.inn);
    }
  }
  const labels = new Map<string, string>();
  for (const [code, byText] of votes) {
    const ranked = [...byText.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
    // A full code may cover several substances (a generic and its reference); name up to three.
    labels.set(code, atcLevel(code) === 7 ? ranked.slice(0, 3).map((r) => r.text).join(', ') : ranked[0]!.text);
  }
  const groups = new Map<string, string[]>();
  for (const [code] of [...level3Size].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const label = labels.get(code);
    const group = atcLevels(code as AtcCode)[0]!;
    if (label) groups.set(group, [...(groups.get(group) ?? []), label]);
  }
  for (const [group, list] of groups) labels.set(group, list.slice(0, 3).join('; '));
  return labels;
}

export interface RawSearchQuery extends RawFilters {
  q?: string;
  section?: string;
  sort?: string;
  cursor?: string;
}

/** The search a query string asks for; every problem with it is a 400 saying what is wrong. */
export function parseSearchRequest(raw: RawSearchQuery, lang: LanguageCode, limit: number): SearchRequest {
  const text = cleanQuery(raw.q);
  const sort = parseSort(raw.sort, text);
  return {
    text,
    lang,
    filters: parseFilters(raw),
    sort,
    cursor: raw.cursor ? decodeCursor(raw.cursor, sort) : null,
    limit,
    section: parseSection(raw.section),
  };
}

const SECTION = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[A-E])$/;

/** A section of the product information to search alone: its number as EMA prints it (`4.3`, `6.1`, annex II's `B`). */
export function parseSection(raw: string | undefined): string | null {
  const value = raw?.trim().replace(/\.$/, '') ?? '';
  if (value === '') return null;
  if (!SECTION.test(value)) throw new ValidationError(`section: "${raw}" is not a section number (e.g. 4.3)`);
  return value;
}
