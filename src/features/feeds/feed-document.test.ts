import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderFeed, xmlSafe, type FeedChannel, type FeedEntry } from './feed-document.ts';
import { checkFeed } from '../../../test/support/feed-checks.ts';
import { FEED_FORMATS } from '../../http/paths.ts';

const channel: FeedChannel = {
  id: 'tag:openepar.example,2026:feeds/medicine/EMEA/H/C/005522/en',
  title: 'Lumykras & “friends” <changes>',
  description: 'Changes to the record of Lumykras.',
  language: 'en',
  link: 'https://openepar.example/en/medicines/human/EPAR/lumykras',
  self: 'https://openepar.example/en/search/feed.rss?q=a&status=authorised',
  copyright: 'Content from the European Medicines Agency (EMA)',
  generator: 'OpenEPAR',
};

const entries: FeedEntry[] = [
  {
    guid: 'tag:openepar.example,2026:medicine/EMEA/H/C/005522/revision/2',
    title: 'Lumykras: Status: Authorised → Withdrawn; <b>bold</b> & ]]> end',
    link: 'https://openepar.example/en/medicines/human/EPAR/lumykras/history/2?x=1&y=2',
    date: new Date('2025-02-12T00:00:00Z'),
    lines: ['Status: Authorised → Withdrawn', 'Holder: A & B <Ltd> ]]>\u0007'],
    categories: ['Status', 'Company'],
  },
  {
    guid: 'tag:openepar.example,2026:medicine/EMEA/H/C/005522/revision/1',
    title: 'Lumykras: First recorded',
    link: 'https://openepar.example/en/medicines/human/EPAR/lumykras/history/1',
    date: new Date('2022-01-06T00:00:00Z'),
    lines: ['First recorded'],
    categories: ['First recorded'],
  },
];

describe('feed documents', () => {
  for (const format of FEED_FORMATS) {
    test(`a ${format} feed is valid and parses back with its channel, items, dates, links and ids`, () => {
      const xml = renderFeed(format, channel, entries, new Date(0));
      const feed = checkFeed(xml, format);
      assert.equal(feed.title, channel.title);
      assert.equal(feed.language, 'en');
      assert.equal(feed.url, channel.link);
      assert.equal(feed.self, channel.self);
      // The feed is as new as its newest item, not as the moment it was rendered.
      assert.equal(feed.updated?.toISOString(), '2025-02-12T00:00:00.000Z');
      assert.equal(feed.items.length, 2);
      const [first, second] = feed.items;
      assert.equal(first!.id, entries[0]!.guid);
      assert.equal(second!.id, entries[1]!.guid);
      assert.equal(first!.title, entries[0]!.title);
      assert.equal(first!.url, entries[0]!.link);
      assert.equal(first!.published?.toISOString(), '2025-02-12T00:00:00.000Z');
      assert.equal(second!.published?.toISOString(), '2022-01-06T00:00:00.000Z');
      assert.match(first!.description ?? '', /<li>Status: Authorised → Withdrawn<\/li>/);
      // Text is escaped inside the HTML, so a company called "A & B <Ltd>" is text, not markup.
      assert.ok(xml.includes('<li>Holder: A &amp; B &lt;Ltd&gt; ]]&gt;</li>'), 'escaped text in the description');
      assert.deepEqual(first!.categories.map((c) => c.label ?? c.term), ['Status', 'Company']);
    });

    test(`an empty ${format} feed is valid and dated by the fallback it was given`, () => {
      const xml = renderFeed(format, channel, [], new Date('2024-05-01T10:00:00Z'));
      const feed = checkFeed(xml, format);
      assert.equal(feed.items.length, 0);
      assert.equal(feed.updated?.toISOString(), '2024-05-01T10:00:00.000Z');
    });
  }

  test('the same input renders the same document, so its ETag is stable', () => {
    for (const format of FEED_FORMATS) assert.equal(renderFeed(format, channel, entries, new Date(0)), renderFeed(format, channel, entries, new Date(0)));
  });

  test('characters XML cannot carry are dropped and everything else is kept', () => {
    assert.equal(xmlSafe('a\u0000b\u0007c\td\ne\u{1F600}f\uD800g\uFFFE'), 'abc\td\ne\u{1F600}fg');
  });
});
