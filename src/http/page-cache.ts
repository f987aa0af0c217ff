import { createHash } from 'node:crypto';
import { precompress, type Precompressed } from './compression.ts';

export interface CachedPage {
  body: Buffer;
  etag: string;
  /**
   * The body in brotli and gzip, made once when the page is kept, so serving it to a browser
   * (all of which accept one of them) costs no compression. Absent on a page that is not kept
   * (a cache of size 0): compressing it would be work thrown away, and the answer is compressed
   * on the way out instead.
   */
  compressed?: Precompressed;
}

/**
 * Rendered pages in memory, so a page view is a map lookup rather than queries and rendering.
 * Writes are rare next to reads, so any change to a medicine simply empties the cache: that
 * keeps invalidation obviously correct (lists and the home page show medicines too).
 */
export class PageCache {
  readonly #entries = new Map<string, CachedPage>();
  readonly #max: number;
  readonly #maxBytes: number;
  #bytes = 0;

  /**
   * At most `maxEntries` pages and `maxBytes` bytes of them (the page and its brotli and gzip
   * forms): pages differ a hundredfold in size, so a count alone lets memory grow with whichever
   * pages a crowd asks for.
   */
  constructor(maxEntries: number, maxBytes = Number.POSITIVE_INFINITY) {
    this.#max = maxEntries;
    this.#maxBytes = maxBytes;
  }

  get(key: string): CachedPage | undefined {
    return this.#entries.get(key);
  }

  set(key: string, html: string): CachedPage {
    const body = Buffer.from(html, 'utf8');
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    if (this.#max === 0 || body.length > this.#maxBytes) return { body, etag };
    const page = { body, etag, compressed: precompress(body) };
    const size = sizeOf(page);
    if (size > this.#maxBytes) return page;
    this.#remove(key);
    // Oldest-inserted first out: Map iteration order is insertion order.
    while (this.#entries.size > 0 && (this.#entries.size >= this.#max || this.#bytes + size > this.#maxBytes)) this.#remove(this.#entries.keys().next().value!);
    this.#entries.set(key, page);
    this.#bytes += size;
    return page;
  }

  #remove(key: string): void {
    const page = this.#entries.get(key);
    if (!page) return;
    this.#entries.delete(key);
    this.#bytes -= sizeOf(page);
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Bytes held: every kept page with its compressed forms. */
  get bytes(): number {
    return this.#bytes;
  }
}

function sizeOf(page: CachedPage): number {
  return page.body.length + (page.compressed ? page.compressed.br.length + page.compressed.gzip.length : 0);
}
