/**
 * Every address the portal builds, in one place below the features, so a page of one feature
 * can link to another's without importing it, and a change of URL scheme is one edit.
 * Addresses are paths (`/en/…`); absolute URLs prefix them with the configured public origin.
 */
import type { ChangeKind } from '../domain/change-kinds.ts';
import type { CatalogueSort, Category, Status } from '../domain/medicine.ts';
import { FACET_KEYS, encodeCursor, type SearchCursor, type SearchFilters, type SearchSort } from '../domain/search-query.ts';

interface MedicineRef {
  readonly category: Category;
  readonly slug: string;
}

export function medicinePath(lang: string, m: MedicineRef): string {
  return `/${lang}/medicines/${m.category}/EPAR/${encodeURIComponent(m.slug)}`;
}

export function historyPath(lang: string, m: MedicineRef): string {
  return `${medicinePath(lang, m)}/history`;
}

export function revisionPath(lang: string, m: MedicineRef, n: number): string {
  return `${historyPath(lang, m)}/${n}`;
}

export function comparePath(lang: string, m: MedicineRef, from: number, to: number): string {
  return `${historyPath(lang, m)}/compare?from=${from}&to=${to}`;
}

export function apiMedicinePath(m: Pick<MedicineRef, 'slug'>): string {
  return `/api/v1/medicines/${encodeURIComponent(m.slug)}`;
}

export interface CatalogueQuery {
  status: Status | null;
  category: Category | null;
  sort: CatalogueSort;
  page: number | null;
}

/** `/<lang>/medicines?status=…&category=…&sort=…&page=…`, leaving out what is unset. */
export function cataloguePath(lang: string, q: CatalogueQuery): string {
  const params = new URLSearchParams();
  if (q.status) params.set('status', q.status);
  if (q.category) params.set('category', q.category);
  params.set('sort', q.sort);
  if (q.page !== null) params.set('page', String(q.page));
  return `/${lang}/medicines?${params.toString()}`;
}

/** The filters of the what's-new page and its feeds. */
export interface WhatsNewFilters {
  kind: ChangeKind | null;
  status: Status | null;
  area: string | null;
  holder: string | null;
  category: Category | null;
}

/** The filters as a query string (no `?`), which the what's-new feeds take too. */
export function whatsNewQuery(filters: WhatsNewFilters): string {
  const params = new URLSearchParams();
  for (const key of ['kind', 'status', 'area', 'holder', 'category'] as const) {
    const v = filters[key];
    if (v) params.set(key, v);
  }
  return params.toString();
}

export function whatsNewPath(lang: string, filters: WhatsNewFilters, cursor: string | null = null): string {
  const params = new URLSearchParams(whatsNewQuery(filters));
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return `/${lang}/whats-new${query ? `?${query}` : ''}`;
}

export interface SearchState {
  text: string | null;
  filters: SearchFilters;
  sort: SearchSort;
  /** Only this section of the product information (`4.3`). */
  section?: string | null;
}

/** `/<lang>/search?...` for a state, leaving out what is unset or default. */
export function searchPath(lang: string, state: SearchState, cursor: SearchCursor | null = null): string {
  const params = new URLSearchParams();
  if (state.text) params.set('q', state.text);
  for (const key of FACET_KEYS) for (const v of state.filters[key] as (string | number)[]) params.append(key, String(v));
  if (state.sort !== (state.text ? 'relevance' : 'name')) params.set('sort', state.sort);
  if (state.section) params.set('section', state.section);
  if (cursor) params.set('cursor', encodeCursor(cursor));
  const query = params.toString();
  return `/${lang}/search${query ? `?${query}` : ''}`;
}

/** The query string of a search's feed: its text and filters, in the page's canonical order (no sort, no cursor). */
export function searchFeedQuery(lang: string, state: Pick<SearchState, 'text' | 'filters'>): string {
  // Feeds follow text and filters; a section narrows a search page only.
  const href = searchPath(lang, { text: state.text, filters: state.filters, sort: state.text ? 'relevance' : 'name' });
  const i = href.indexOf('?');
  return i < 0 ? '' : href.slice(i + 1);
}

export const FEED_FORMATS = ['rss', 'atom'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];
export type FeedHrefs = Readonly<Record<FeedFormat, string>>;

export function medicineFeedHrefs(lang: string, m: MedicineRef): FeedHrefs {
  const page = medicinePath(lang, m);
  return { rss: `${page}/feed.rss`, atom: `${page}/feed.atom` };
}

/** `query` is the search page's query string without cursor or sort (which a feed ignores). */
export function searchFeedHrefs(lang: string, query: string): FeedHrefs {
  const q = query ? `?${query}` : '';
  return { rss: `/${lang}/search/feed.rss${q}`, atom: `/${lang}/search/feed.atom${q}` };
}

export function whatsNewFeedHrefs(lang: string, query: string): FeedHrefs {
  const q = query ? `?${query}` : '';
  return { rss: `/${lang}/whats-new/feed.rss${q}`, atom: `/${lang}/whats-new/feed.atom${q}` };
}

/** The product-information page, or one of its documents (`smpc`, `annex-ii`, `labelling`, `leaflet`). */
export function productInformationPath(lang: string, m: MedicineRef, document?: string): string {
  return `${medicinePath(lang, m)}/product-information${document ? `/${document}` : ''}`;
}

export function apiProductInformationPath(m: Pick<MedicineRef, 'slug'>, lang?: string): string {
  return `${apiMedicinePath(m)}/product-information${lang ? `/${lang}` : ''}`;
}

/** The index of nationally authorised products with product information, and one product's page. */
export function nationalProductsPath(lang: string, slug?: string): string {
  return `/${lang}/national-products${slug ? `/${encodeURIComponent(slug)}` : ''}`;
}
