/**
 * RSS 2.0 and Atom 1.0 documents from one description of a feed, through the `feed` package.
 * Everything here is pure: the service decides what goes in, this decides how it is written.
 */
import { Feed } from 'feed';
import { escapeHtml } from '../../http/html.ts';
import type { FeedFormat } from '../../http/paths.ts';


export const FEED_CONTENT_TYPES: Readonly<Record<FeedFormat, string>> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export interface FeedChannel {
  /** Stable identity of the feed (Atom `<id>`); the same for both formats. */
  id: string;
  title: string;
  description: string;
  /** BCP 47 language of the channel's text. */
  language: string;
  /** The HTML page the feed follows. */
  link: string;
  /** The URL of this document itself, in this format (`rel="self"`). */
  self: string;
  copyright: string;
  generator: string;
}

export interface FeedEntry {
  /** Never changes for the same revision, whatever happens to the medicine's slug or name. */
  guid: string;
  title: string;
  /** Absolute URL of the page showing the change. */
  link: string;
  /** When the change took effect. */
  date: Date;
  /** Plain-text lines, one per change; written as an HTML list. */
  lines: string[];
  /** Kinds of change, as categories a reader can filter by. */
  categories: string[];
}

// Characters XML 1.0 forbids outright (C0 controls but tab, newline and return; U+FFFE/FFFF; lone surrogates).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * A feed's `updated`/`lastBuildDate` is its newest entry's date; an empty feed takes the
 * fallback the caller gives (when anything it could list last changed), so the document does
 * not change from one request to the next.
 */
export function renderFeed(format: FeedFormat, channel: FeedChannel, entries: readonly FeedEntry[], emptyUpdated: Date): string {
  const updated = entries.reduce<Date | null>((max, e) => (max === null || e.date > max ? e.date : max), null) ?? emptyUpdated;
  const feed = new Feed({
    id: channel.id,
    title: xmlSafe(channel.title),
    description: xmlSafe(channel.description),
    language: channel.language,
    link: channel.link,
    updated,
    copyright: xmlSafe(channel.copyright),
    generator: channel.generator,
    // Atom requires an author for the feed or each entry.
    author: { name: channel.generator },
    ...(format === 'rss' ? { feedLinks: { rss: channel.self } } : { feedLinks: { atom: channel.self } }),
  });
  for (const e of entries) {
    feed.addItem({
      // Atom titles are written as `type="html"`, so text must be escaped there; an RSS
      // title is plain text.
      title: format === 'atom' ? escapeHtml(xmlSafe(e.title)) : xmlSafe(e.title),
      id: e.guid,
      guid: e.guid,
      link: e.link,
      date: e.date,
      published: e.date,
      description: e.lines.length > 0 ? `<ul>${e.lines.map((l) => `<li>${escapeHtml(xmlSafe(l))}</li>`).join('')}</ul>` : undefined,
      category: e.categories.map((c) => (format === 'atom' ? { term: c } : { name: c })),
    });
  }
  if (format === 'rss') return feed.rss2();
  // Atom says its language with xml:lang, which the package does not write.
  const atom = feed.atom1();
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!atom.includes(root)) throw new Error('unexpected Atom root element from the feed package');
  return atom.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${channel.language.replace(/[^A-Za-z0-9-]/g, '')}">`);
}
