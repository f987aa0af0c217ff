/**
 * The sitemaps protocol (sitemaps.org 0.9): a `<urlset>` of at most 50,000 addresses per file,
 * and a `<sitemapindex>` naming the files when there are more. Pure string building: the full
 * catalogue in 26 languages is some 42,000 addresses, too many for a DOM.
 */
export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** The protocol's limit on addresses in one file. */
export const MAX_URLS_PER_SITEMAP = 50_000;

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  lastmod: Date | null;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** W3C Datetime to the second, in UTC, as the protocol asks. */
export function w3cDatetime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function entry(tag: 'url' | 'sitemap', u: SitemapUrl): string {
  return `<${tag}><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${w3cDatetime(u.lastmod)}</lastmod>` : ''}</${tag}>\n`;
}

export function urlset(urls: readonly SitemapUrl[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}">\n${urls.map((u) => entry('url', u)).join('')}</urlset>\n`;
}

export function sitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">\n${sitemaps.map((u) => entry('sitemap', u)).join('')}</sitemapindex>\n`;
}

/** The newest of the dates, null when none is known. */
export function newest(dates: Iterable<Date | null>): Date | null {
  let max: Date | null = null;
  for (const d of dates) if (d && (!max || d > max)) max = d;
  return max;
}
