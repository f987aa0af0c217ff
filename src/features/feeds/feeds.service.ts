/**
 * What each feed holds: one medicine's revisions, the catalogue's recent changes (what's new,
 * with its filters), or the recent changes of the medicines a search finds. Revisions come from
 * the history service and read as it summarises them; this adds the channel, the links and the
 * identities that must outlive slugs and renames.
 */
import { NotFoundError } from '../../domain/errors.ts';
import type { LanguageCode } from '../../domain/languages.ts';
import { getMessages, formattersFor } from '../../i18n/i18n.ts';
import { historyCatalogue } from '../../i18n/catalogues/history/index.ts';
import { summariseRevision, type ChangeFilter, type HistoryService, type RevisionEntry } from '../history/history.service.ts';
import type { SearchRequest } from '../../domain/search-query.ts';
import type { SearchService } from '../search/search.service.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { etagOf } from '../../http/conditional-get.ts';
import { findByNodeId } from './feeds.repository.ts';
import { renderFeed, type FeedChannel, type FeedEntry } from './feed-document.ts';
import { feedsCatalogue } from '../../i18n/catalogues/feeds/index.ts';
import { medicinePath, revisionPath, type FeedFormat, type WhatsNewFilters, whatsNewPath } from '../../http/paths.ts';

/** Items per feed: readers poll often, and the history pages hold the rest. */
export const FEED_ITEMS = 50;
/** Longest item title; the description lists every change. */
const TITLE_LENGTH = 200;
/**
 * The date in the `tag:` URIs (RFC 4151) that name feeds and items. It is part of each
 * identity, so it never changes: a new date would make every reader show every item again.
 */
const TAG_DATE = '2026';

export type SearchFeedRequest = Pick<SearchRequest, 'text' | 'lang' | 'filters'>;

export interface RenderedFeed {
  body: string;
  etag: string;
  /**
   * When anything in the catalogue last changed. Not just the feed's own newest item: a feed
   * also changes when items leave it (a medicine no longer matching its search or filter), and
   * a Last-Modified that missed that would answer If-Modified-Since with a wrong 304.
   */
  lastModified: Date;
}

export interface FeedsOptions {
  /** PUBLIC_BASE_URL: feeds carry absolute links. */
  baseUrl: string;
  /** Where the page of one revision is (the history feature's address, unless a test says otherwise). */
  revisionPath?: (lang: LanguageCode, medicine: RevisionEntry['medicine'], number: number) => string;
  items?: number;
  /** Rendered feeds kept until the next change; 0 keeps none. */
  cacheEntries?: number;
}

export class FeedsService {
  readonly #history: HistoryService;
  readonly #db: Kysely<DB>;
  readonly #search: SearchService;
  readonly #base: string;
  readonly #tag: string;
  readonly #revisionPath: NonNullable<FeedsOptions['revisionPath']>;
  readonly #items: number;

  readonly #cache: Map<string, RenderedFeed> = new Map();
  readonly #cacheEntries: number;
  #generation = 0;

  constructor(deps: { db: Kysely<DB>; history: HistoryService; search: SearchService }, options: FeedsOptions) {
    this.#history = deps.history;
    this.#db = deps.db;
    this.#search = deps.search;
    this.#base = options.baseUrl.replace(/\/+$/, '');
    this.#tag = `tag:${new URL(this.#base).hostname},${TAG_DATE}:`;
    this.#revisionPath = options.revisionPath ?? revisionPath;
    this.#items = options.items ?? FEED_ITEMS;
    this.#cacheEntries = options.cacheEntries ?? 500;
  }

  /**
   * Call when a medicine changed. Medicine and what's-new feeds are kept until then, so a
   * reader's poll is a map lookup; search feeds are not, as their matches follow the search
   * index, which catches up with a change a moment after it.
   */
  invalidate(): void {
    this.#generation++;
    this.#cache.clear();
  }

  async #cached(key: string, render: () => Promise<RenderedFeed | null>): Promise<RenderedFeed | null> {
    const hit = this.#cache.get(key);
    if (hit) return hit;
    const generation = this.#generation;
    const feed = await render();
    // A change while rendering may have come too late for what was read: keep only what began after it.
    if (feed && this.#cacheEntries > 0 && generation === this.#generation) {
      // Oldest first out: Map iteration follows insertion.
      if (this.#cache.size >= this.#cacheEntries) this.#cache.delete(this.#cache.keys().next().value!);
      this.#cache.set(key, feed);
    }
    return feed;
  }

  /**
   * One medicine's changes, newest first; null when there is no such medicine at that address.
   * `selfPath` is the address the feed was asked for (ours, or EMA's shape by node id).
   */
  async medicine(lang: LanguageCode, at: { category: string; slug: string }, format: FeedFormat, selfPath: string): Promise<RenderedFeed | null> {
    return this.#cached(`medicine ${format} ${selfPath}`, () => this.#medicine(lang, at, format, selfPath));
  }

  async #medicine(lang: LanguageCode, at: { category: string; slug: string }, format: FeedFormat, selfPath: string): Promise<RenderedFeed | null> {
    const found = await this.#history.revisions(at.slug, { limit: this.#items }).catch(notFoundAsNull);
    if (!found || found.medicine.slug !== at.slug || found.medicine.category !== at.category) return null;
    const m = feedsCatalogue.get(lang);
    const format_ = formattersFor(lang);
    const medicine = found.medicine;
    return this.#render(format, lang, {
      id: `${this.#tag}feeds/medicine/${medicineKey(medicine)}/${lang}`,
      title: format_.interpolate(m.medicineTitle, { medicine: medicine.name }),
      description: format_.interpolate(m.medicineDescription, { medicine: medicine.name }),
      link: this.#base + medicinePath(lang, medicine),
      self: this.#base + selfPath,
    }, found.revisions);
  }

  /** The feed EMA publishes at `/en/individual-human-medicine.xml/<node id>`, for the medicine with that node id. */
  async medicineByNode(lang: LanguageCode, nodeId: number, format: FeedFormat, selfPath: string): Promise<RenderedFeed | null> {
    return this.#cached(`node ${format} ${selfPath}`, async () => {
      const medicine = await findByNodeId(this.#db, nodeId);
      return medicine ? this.#medicine(lang, medicine, format, selfPath) : null;
    });
  }

  /** The catalogue's changes, filtered as the what's-new page is, which the feed follows. */
  async whatsNew(lang: LanguageCode, filters: WhatsNewFilters, format: FeedFormat): Promise<RenderedFeed> {
    const feed = await this.#cached(`whats-new ${format} ${whatsNewPath(lang, filters)}`, () => this.#whatsNew(lang, filters, format));
    return feed!;
  }

  async #whatsNew(lang: LanguageCode, filters: WhatsNewFilters, format: FeedFormat): Promise<RenderedFeed> {
    const m = feedsCatalogue.get(lang);
    const filter: ChangeFilter = {};
    if (filters.kind) filter.kinds = [filters.kind];
    for (const key of ['status', 'area', 'holder', 'category'] as const) {
      const value = filters[key];
      if (value) filter[key] = [value];
    }
    const { entries } = await this.#history.recent(filter, { limit: this.#items });
    const page = whatsNewPath(lang, filters);
    const q = page.includes('?') ? page.slice(page.indexOf('?')) : '';
    return this.#render(format, lang, {
      id: `${this.#tag}feeds/whats-new/${lang}${q}`,
      title: m.whatsNewTitle,
      description: m.whatsNewDescription,
      link: this.#base + page,
      self: `${this.#base}/${lang}/whats-new/feed.${format}${q}`,
    }, entries);
  }

  /**
   * The changes of every medicine a search matches. Matching is by the medicines as they are
   * now, so a medicine that stops matching leaves the feed and one that starts brings its history.
   */
  async search(lang: LanguageCode, request: SearchFeedRequest, query: string, format: FeedFormat): Promise<RenderedFeed> {
    const m = feedsCatalogue.get(lang);
    const ids = await this.#search.matchingIds(request);
    const filter: ChangeFilter = { medicineIds: ids };
    const entries = ids.length === 0 ? [] : (await this.#history.recent(filter, { limit: this.#items })).entries;
    const q = query ? `?${query}` : '';
    return this.#render(format, lang, {
      id: `${this.#tag}feeds/search/${lang}${q}`,
      title: request.text ? formattersFor(lang).interpolate(m.searchTitle, { query: request.text }) : m.searchTitleAll,
      description: m.searchDescription,
      link: `${this.#base}/${lang}/search${q}`,
      self: `${this.#base}/${lang}/search/feed.${format}${q}`,
    }, entries);
  }

  async #render(
    format: FeedFormat,
    lang: LanguageCode,
    channel: Pick<FeedChannel, 'id' | 'title' | 'description' | 'link' | 'self'>,
    revisions: RevisionEntry[],
  ): Promise<RenderedFeed> {
    const t = getMessages(lang);
    const entries = revisions.map((r) => this.#entry(lang, r));
    const lastModified = (await this.#history.lastChange()) ?? new Date(0);
    // An empty feed is dated by the newest change it looked through, so it is the same
    // document from one request to the next.
    const body = renderFeed(format, { ...channel, language: lang, copyright: t.footer.source, generator: t.service.name }, entries, lastModified);
    return { body, etag: etagOf(body), lastModified };
  }

  #entry(lang: LanguageCode, r: RevisionEntry): FeedEntry {
    const lines = summariseRevision(r, lang);
    const kinds = historyCatalogue.get(lang).kinds;
    return {
      // Named by the history entry, which keeps its name when an older source is inserted before it.
      guid: r.entryId ? `${this.#tag}medicine/${medicineKey(r.medicine)}/entry/${r.entryId}` : `${this.#tag}medicine/${medicineKey(r.medicine)}/revision/${r.number}`,
      title: formattersFor(lang).interpolate(feedsCatalogue.get(lang).itemTitle, { medicine: r.medicine.name, summary: shorten(lines.join('; '), TITLE_LENGTH) }),
      link: this.#base + this.#revisionPath(lang, r.medicine, r.number),
      date: r.asOf,
      lines,
      categories: r.kinds.map((k) => kinds[k]),
    };
  }
}

/**
 * What names a medicine in identities: EMA's product number, which survives renames and slug
 * moves; a medicine without one (rare: some never got as far as an application number) by its
 * row id, which is stable for the life of the database.
 */
function medicineKey(m: RevisionEntry['medicine']): string {
  return m.productNumber ?? `id-${m.id}`;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function notFoundAsNull(e: unknown): null {
  if (e instanceof NotFoundError) return null;
  throw e;
}
