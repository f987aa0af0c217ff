/**
 * What the sitemap lists and how it is split. Every page exists in 26 languages, and each
 * language version is listed as an address of its own: that is how search engines find and
 * index the versions separately. Which versions belong together is said once, in every page's
 * `<link rel="alternate" hreflang>` set (src/http/layout.ts); repeating those 26 links under
 * each of 26 addresses here would make the sitemap some 26 times larger (about 1.1 million
 * `xhtml:link` elements, past the protocol's 50 MB a file) and tell crawlers nothing new.
 *
 * Listed: the home, catalogue, search, browse and what's-new pages, every medicine page, and the
 * product-information page of every medicine that has product information (the SmPC and leaflet
 * as text, what readers search for). Left out: search results with parameters, catalogue pages
 * beyond the first, history and single revisions, and the product information's per-document,
 * comparison and what-changed pages, which repeat the text of its page (all reached by links;
 * robots.txt keeps crawlers out of the parameter space).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import type { Category } from '../../domain/medicine.ts';
import { precompressAsync, type Precompressed } from '../../http/compression.ts';
import { etagOf } from '../../http/conditional-get.ts';
import { listSitemapMedicines, listSitemapNationalProducts, listSitemapProductInformation } from './sitemap.repository.ts';
import { MAX_URLS_PER_SITEMAP, newest, sitemapIndex, urlset, type SitemapUrl } from './sitemap-xml.ts';
import { medicinePath, nationalProductsPath, productInformationPath } from '../../http/paths.ts';

/** Pages every language has, after the `/<lang>` prefix; `''` is the home page. */
export const SITEMAP_PAGES = ['', '/medicines', '/search', '/browse', '/browse/atc', '/browse/areas', '/browse/holders', '/browse/status', '/whats-new'] as const;

export interface SitemapDocument {
  body: string;
  /** The same, compressed once (in the thread pool): the full sitemap is megabytes of text that compresses some twentyfold. */
  compressed: Precompressed;
  etag: string;
  lastModified: Date | null;
}

export interface SitemapOptions {
  /** Absolute origin of every address, from PUBLIC_BASE_URL. */
  baseUrl: string;
  /** Addresses per file before the sitemap becomes an index; the protocol's 50,000 unless a test says less. */
  maxUrlsPerFile?: number;
}

export class SitemapService {
  readonly #db: Kysely<DB>;
  readonly #baseUrl: string;
  readonly #max: number;
  #built: Promise<{ root: SitemapDocument; parts: SitemapDocument[] }> | null = null;

  constructor(db: Kysely<DB>, options: SitemapOptions) {
    this.#db = db;
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#max = options.maxUrlsPerFile ?? MAX_URLS_PER_SITEMAP;
    if (!Number.isInteger(this.#max) || this.#max < 1 || this.#max > MAX_URLS_PER_SITEMAP) {
      throw new RangeError(`maxUrlsPerFile must be 1 to ${MAX_URLS_PER_SITEMAP}`);
    }
  }

  /** Call when a medicine changed: the documents are built again on the next request. */
  invalidate(): void {
    this.#built = null;
  }

  /** Every address, in the order the files list them. */
  async urls(): Promise<SitemapUrl[]> {
    const medicines = await listSitemapMedicines(this.#db);
    // Lists and the home page show the latest changes, so they changed when any medicine did.
    const anyChange = newest(medicines.map((m) => m.changed_at));
    const out: SitemapUrl[] = [];
    for (const page of SITEMAP_PAGES) for (const lang of LANGUAGES) out.push({ loc: `${this.#baseUrl}/${lang}${page}`, lastmod: anyChange });
    for (const m of medicines) {
      for (const lang of LANGUAGES) out.push({ loc: this.#baseUrl + medicinePath(lang, { category: m.category as Category, slug: m.slug }), lastmod: m.changed_at });
    }
    // The page shows the newest version and the medicine's name: it changes with either.
    for (const p of await listSitemapProductInformation(this.#db)) {
      const lastmod = newest([p.changed_at, p.imported_at]);
      for (const lang of LANGUAGES) out.push({ loc: this.#baseUrl + productInformationPath(lang, { category: p.category as Category, slug: p.slug }), lastmod });
    }
    // Nationally authorised products with product information: their index (when there is one) and each page.
    const national = await listSitemapNationalProducts(this.#db);
    if (national.length > 0) {
      const lastmod = newest(national.map((n) => n.imported_at));
      for (const lang of LANGUAGES) out.push({ loc: this.#baseUrl + nationalProductsPath(lang), lastmod });
      for (const n of national) for (const lang of LANGUAGES) out.push({ loc: this.#baseUrl + nationalProductsPath(lang, n.slug), lastmod: newest([n.imported_at]) });
    }
    return out;
  }

  /** `/sitemap.xml`: the whole urlset, or an index of the files when there are too many addresses for one. */
  async root(): Promise<SitemapDocument> {
    return (await this.#build()).root;
  }

  /** File `n` (from 1) of a split sitemap; null when there is no such file. */
  async part(n: number): Promise<SitemapDocument | null> {
    return (await this.#build()).parts[n - 1] ?? null;
  }

  partUrl(n: number): string {
    return `${this.#baseUrl}/sitemaps/${n}.xml`;
  }

  #build(): Promise<{ root: SitemapDocument; parts: SitemapDocument[] }> {
    // Built once and kept until a change: the full sitemap is megabytes of text.
    this.#built ??= (async () => {
      const urls = await this.urls();
      const doc = async (body: string, lastModified: Date | null): Promise<SitemapDocument> => ({ body, compressed: await precompressAsync(body), etag: etagOf(body), lastModified });
      if (urls.length <= this.#max) return { root: await doc(urlset(urls), newest(urls.map((u) => u.lastmod))), parts: [] };
      const parts: SitemapDocument[] = [];
      for (let i = 0; i < urls.length; i += this.#max) {
        const chunk = urls.slice(i, i + this.#max);
        parts.push(await doc(urlset(chunk), newest(chunk.map((u) => u.lastmod))));
      }
      const index = sitemapIndex(parts.map((p, i) => ({ loc: this.partUrl(i + 1), lastmod: p.lastModified })));
      return { root: await doc(index, newest(parts.map((p) => p.lastModified))), parts };
    })().catch((e: unknown) => {
      this.#built = null;
      throw e;
    });
    return this.#built;
  }
}

/**
 * robots.txt: everything may be crawled but the JSON API and addresses with a query string.
 * Those are the spaces without end (every combination of search text, filters, sorts and
 * cursors; catalogue filters and pages; what's-new filters; a feed per search), and every page
 * worth indexing is in the sitemap without one. The one exception is a search for a text alone
 * (`/en/search?q=lumykras`, a line per language so that no pattern reaches the API's own
 * search): a page readers land on from elsewhere and links name, so a crawler may read it, while
 * the same search with a filter, sort or cursor after the text stays out.
 * Crawlers apply the longest matching rule (RFC 9309 §2.2.2), so the order of the lines does not
 * matter. `*` is RFC 9309's wildcard, which the major crawlers follow; feed readers fetch the
 * feeds their users chose and do not read this.
 */
export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    'Disallow: /api/',
    'Disallow: /*?',
    ...LANGUAGES.flatMap((lang) => [`Allow: /${lang}/search?q=`, `Disallow: /${lang}/search?q=*&`]),
    'Allow: /',
    '',
    `Sitemap: ${baseUrl.replace(/\/+$/, '')}/sitemap.xml`,
    '',
  ].join('\n');
}
