import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { assertWellFormedXml } from '../../../test/support/feed-checks.ts';
import { escapeXml, newest, sitemapIndex, urlset, w3cDatetime } from './sitemap-xml.ts';

describe('sitemap XML', () => {
  test('addresses are entity-escaped and read back as they were', () => {
    const loc = "https://openepar.example/en/search?q=a&b='c'<d>\"e\"";
    const xml = urlset([{ loc, lastmod: new Date('2025-02-12T10:11:12.345Z') }, { loc: 'https://openepar.example/en', lastmod: null }]);
    assertWellFormedXml(xml);
    assert.ok(!xml.includes("q=a&b"), 'no bare ampersand');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    assert.equal(doc.urlset['@xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
    assert.equal(doc.urlset.url[0].loc, loc);
    assert.equal(doc.urlset.url[0].lastmod, '2025-02-12T10:11:12Z');
    assert.equal(doc.urlset.url[1].lastmod, undefined, 'no lastmod when none is known');
  });

  test('an index names its files with their dates', () => {
    const xml = sitemapIndex([{ loc: 'https://openepar.example/sitemaps/1.xml', lastmod: new Date('2025-01-01T00:00:00Z') }]);
    assertWellFormedXml(xml);
    const doc = new XMLParser().parse(xml);
    assert.equal(doc.sitemapindex.sitemap.loc, 'https://openepar.example/sitemaps/1.xml');
    assert.equal(doc.sitemapindex.sitemap.lastmod, '2025-01-01T00:00:00Z');
  });

  test('helpers: escaping, W3C datetimes, the newest date', () => {
    assert.equal(escapeXml(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    assert.equal(w3cDatetime(new Date('2022-01-06T00:00:00.999Z')), '2022-01-06T00:00:00Z');
    assert.equal(newest([null, new Date(5), new Date(9), null])?.getTime(), 9);
    assert.equal(newest([null]), null);
  });
});
