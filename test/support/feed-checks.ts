/**
 * For tests: a feed must be well-formed XML (a strict parser, not the lenient feed parser),
 * carry what RSS 2.0 or Atom 1.0 require, and parse back with a real feed parser. Returns the
 * parsed feed for the test's own assertions.
 */
import assert from 'node:assert/strict';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { type FeedFormat } from '../../src/http/paths.ts';

export type ParsedFeed = ReturnType<typeof parseFeed>;

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string => (typeof v === 'object' && v !== null && '#text' in v ? String((v as { '#text': unknown })['#text']) : String(v));

export function assertWellFormedXml(xml: string): void {
  const result = XMLValidator.validate(xml);
  assert.equal(result, true, `not well-formed XML: ${JSON.stringify(result)}`);
}

export function checkFeed(xml: string, format: FeedFormat): ParsedFeed {
  assertWellFormedXml(xml);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', cdataPropName: '#cdata' }).parse(xml) as Record<string, any>;
  if (format === 'rss') {
    assert.equal(doc.rss?.['@version'], '2.0');
    const channel = doc.rss.channel;
    for (const required of ['title', 'link', 'description']) assert.ok(channel[required] !== undefined, `channel has no <${required}>`);
    assert.match(text(channel.lastBuildDate), RFC_822);
    assert.equal(asArray(channel['atom:link']).filter((l: any) => l['@rel'] === 'self').length, 1, 'one atom:link rel=self');
    for (const item of asArray<any>(channel.item)) {
      assert.ok(item.title !== undefined && item.link !== undefined, 'item has a title and a link');
      assert.equal(item.guid['@isPermaLink'], 'false');
      assert.match(text(item.pubDate), RFC_822);
    }
  } else {
    assert.equal(doc.feed?.['@xmlns'], 'http://www.w3.org/2005/Atom');
    const feed = doc.feed;
    for (const required of ['id', 'title', 'updated', 'author']) assert.ok(feed[required] !== undefined, `feed has no <${required}>`);
    assert.match(text(feed.updated), RFC_3339);
    const ids = new Set<string>();
    for (const entry of asArray<any>(feed.entry)) {
      for (const required of ['id', 'title', 'updated', 'link']) assert.ok(entry[required] !== undefined, `entry has no <${required}>`);
      assert.match(text(entry.updated), RFC_3339);
      assert.ok(!ids.has(text(entry.id)), 'entry ids are unique');
      ids.add(text(entry.id));
    }
  }
  const parsed = parseFeed(xml);
  assert.equal(parsed.meta.type, format);
  return parsed;
}
