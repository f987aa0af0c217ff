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

  constructor(maxEntries: number) {
    this.#max = maxEntries;
  }

  get(key: string): CachedPage | undefined {
    return this.#entries.get(key);
  }

  set(key: string, html: string): CachedPage {
    const body = Buffer.from(html, 'utf8');
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    if (this.#max === 0) return { body, etag };
    const page = { body, etag, compressed: precompress(body) };
    // Oldest-inserted first out: Map iteration order is insertion order.
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, page);
    return page;
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
