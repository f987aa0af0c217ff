import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { importRecords, SAMPLE_DIR } from '../../ingest/sample/import-sample.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { checkFeed } from '../../../test/support/feed-checks.ts';
import { FEED_FORMATS } from '../../http/paths.ts';
import { FEED_ITEMS } from './feeds.service.ts';

const BASE = 'https://openepar.example';
const LUMYKRAS = 'EMEA/H/C/005522';

for (const kind of testDatabaseKinds()) {
  describe(`feeds on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    let app: FastifyInstance;

    before(async () => {
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent', PUBLIC_BASE_URL: BASE }), { database: database });
      const summary = await importRecords(services.writer, [SAMPLE_DIR]);
      assert.equal(summary.failed, 0);
      // After the import, so the search index is built when the app starts.
      app = await createApp(services, { logger: false });
      // Lumykras withdrawn on a given day: a revision of kind "status" dated by its source.
      await services.writer.apply(
        { productNumber: LUMYKRAS, slug: null },
        (m) => ({ ...m!, status: 'withdrawn' }),
        { kind: 'ema-table', reference: 'medicines-output-medicines-report_en.xlsx', asOf: new Date('2026-08-12T00:00:00Z') },
      );
    });
    after(async () => {
      await app.close();
      await database.dispose();
    });

    test("EMA's feed address for Lumykras (node 67508) serves Lumykras's changes as RSS", async () => {
      const res = await app.inject('/en/individual-human-medicine.xml/67508');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8');
      const feed = checkFeed(res.body, 'rss');
      assert.equal(feed.title, 'Lumykras: changes');
      assert.equal(feed.url, `${BASE}/en/medicines/human/EPAR/lumykras`);
      assert.equal(feed.self, `${BASE}/en/individual-human-medicine.xml/67508`);
      // The sample's four dated entries (three EMA tables, then the page), and the withdrawal.
      assert.deepEqual(feed.items.map((i) => i.url), [5, 4, 3, 2, 1].map((n) => `${BASE}/en/medicines/human/EPAR/lumykras/history/${n}`));
      // Items are named by their history entry, which an older source imported later cannot renumber.
      assert.ok(feed.items.every((i) => new RegExp(`^tag:openepar\\.example,2026:medicine/${LUMYKRAS}/entry/\\d+$`).test(i.id ?? '')), String(feed.items.map((i) => i.id)));
      const [newest, first] = feed.items;
      assert.match(newest!.title ?? '', /^Lumykras: Status: Authorised → Withdrawn/);
      assert.match(newest!.description ?? '', /Authorised → Withdrawn/);
      // Dated when the change took effect (the source's date), and the channel by its newest item.
      assert.equal(newest!.published?.toISOString(), '2026-08-12T00:00:00.000Z');
      assert.equal(feed.updated?.getTime(), Math.max(...feed.items.map((i) => i.published!.getTime())) - (Math.max(...feed.items.map((i) => i.published!.getTime())) % 1000));
      assert.equal(newest!.url, `${BASE}/en/medicines/human/EPAR/lumykras/history/5`);
      assert.equal(feed.items.at(-1)!.url, `${BASE}/en/medicines/human/EPAR/lumykras/history/1`);
      assert.equal(first!.published?.toISOString(), '2026-07-22T00:00:00.000Z');
    });

    test('each item links to the page of its revision, which exists', async () => {
      const feed = checkFeed((await app.inject('/en/medicines/human/EPAR/lumykras/feed.rss')).body, 'rss');
      for (const item of feed.items) {
        const res = await app.inject(new URL(item.url!).pathname);
        assert.equal(res.statusCode, 200, item.url!);
      }
    });

    test('a node id no medicine has is a 404, and so is one that is not a number', async () => {
      assert.equal((await app.inject('/en/individual-human-medicine.xml/99999999')).statusCode, 404);
      assert.equal((await app.inject('/en/individual-human-medicine.xml/lumykras')).statusCode, 404);
    });

    for (const format of FEED_FORMATS) {
      test(`a medicine's ${format} feed is in the page language and valid`, async () => {
        const res = await app.inject(`/fr/medicines/human/EPAR/lumykras/feed.${format}`);
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers['content-type'], `application/${format}+xml; charset=utf-8`);
        const feed = checkFeed(res.body, format);
        assert.equal(feed.title, 'Lumykras : modifications');
        assert.equal(feed.language, 'fr');
        assert.equal(feed.self, `${BASE}/fr/medicines/human/EPAR/lumykras/feed.${format}`);
        assert.equal(feed.items.length, 5);
        assert.ok(feed.items.every((i) => i.url?.startsWith(`${BASE}/fr/medicines/human/EPAR/lumykras/history/`)));
      });

      test(`the what's-new ${format} feed lists the catalogue's changes newest first, filtered as the page is`, async () => {
        const all = checkFeed((await app.inject(`/en/whats-new/feed.${format}`)).body, format);
        const recorded = (await services.history.recent({}, { limit: 1000 })).entries.length;
        assert.equal(all.items.length, Math.min(recorded, FEED_ITEMS), "the sample's dated entries and the status change");
        const dates = all.items.map((i) => i.published!.getTime());
        assert.deepEqual(dates, [...dates].sort((a, b) => b - a));
        const status = checkFeed((await app.inject(`/en/whats-new/feed.${format}?kind=status`)).body, format);
        // The withdrawal is the newest status change; the sample's own (Oxbryta suspended, Alisade lapsed) come after.
        assert.equal(status.items[0]!.url, `${BASE}/en/medicines/human/EPAR/lumykras/history/5`);
        assert.ok(status.items.some((i) => i.url?.includes('/oxbryta/history/')));
        assert.equal(status.url, `${BASE}/en/whats-new?kind=status`);
        const withdrawn = checkFeed((await app.inject(`/en/whats-new/feed.${format}?status=withdrawn&kind=`)).body, format);
        assert.ok(withdrawn.items.some((i) => i.id?.includes(LUMYKRAS)));
        assert.ok(withdrawn.items.length < all.items.length);
        // The sample has no veterinary medicine: an empty feed, still valid.
        assert.equal(checkFeed((await app.inject(`/en/whats-new/feed.${format}?category=veterinary`)).body, format).items.length, 0);
        assert.equal((await app.inject(`/en/whats-new/feed.${format}?kind=nonsense`)).statusCode, 400);
      });

      test(`a search's ${format} feed holds the changes of the medicines it finds`, async () => {
        const res = await app.inject(`/en/search/feed.${format}?q=sotorasib`);
        assert.equal(res.statusCode, 200);
        const feed = checkFeed(res.body, format);
        assert.equal(feed.title, 'Changes to medicines matching “sotorasib”');
        assert.equal(feed.url, `${BASE}/en/search?q=sotorasib`);
        // Newest first by when each change took effect: the sample's entries are dated by their
        // tables and page (up to 22 July 2026), the withdrawal by its source (12 August 2026).
        assert.deepEqual(feed.items.map((i) => i.url), [5, 4, 3, 2, 1].map((n) => `${BASE}/en/medicines/human/EPAR/lumykras/history/${n}`));
        const none = checkFeed((await app.inject(`/en/search/feed.${format}?q=nosuchmedicinexyz`)).body, format);
        assert.equal(none.items.length, 0);
        const filtered = checkFeed((await app.inject(`/en/search/feed.${format}?status=withdrawn`)).body, format);
        assert.equal(filtered.title, 'Changes to the medicines in a search');
        assert.ok(filtered.items.some((i) => i.id?.includes(LUMYKRAS)));
      });
    }

    test('a search feed with a query it cannot read is a 400', async () => {
      assert.equal((await app.inject('/en/search/feed.rss?status=nonsense')).statusCode, 400);
    });

    test('a feed answers If-None-Match and If-Modified-Since with 304 until something changes', async () => {
      const url = '/en/medicines/human/EPAR/keytruda/feed.atom';
      const first = await app.inject(url);
      const itemsBefore = checkFeed(first.body, 'atom').items.length;
      const etag = String(first.headers.etag);
      const lastModified = String(first.headers['last-modified']);
      assert.match(etag, /^"[^"]+"$/);
      assert.ok(!Number.isNaN(Date.parse(lastModified)));
      assert.match(String(first.headers['cache-control']), /max-age=\d+/);

      const byEtag = await app.inject({ url, headers: { 'if-none-match': etag } });
      assert.equal(byEtag.statusCode, 304);
      assert.equal(byEtag.body, '');
      assert.equal(byEtag.headers.etag, etag);
      const byDate = await app.inject({ url, headers: { 'if-modified-since': lastModified } });
      assert.equal(byDate.statusCode, 304);
      assert.equal((await app.inject({ url, headers: { 'if-none-match': '"stale"' } })).statusCode, 200);
      assert.equal((await app.inject({ url, headers: { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() } })).statusCode, 200);

      // Recorded at least a second later, so the HTTP date (whole seconds) moves on too.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await services.writer.apply({ productNumber: 'EMEA/H/C/003820', slug: null }, (m) => ({ ...m!, flags: { ...m!.flags, additionalMonitoring: !m!.flags.additionalMonitoring } }), { kind: 'editor', reference: 'test' });
      const changed = await app.inject({ url, headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, etag);
      assert.equal((await app.inject({ url, headers: { 'if-modified-since': lastModified } })).statusCode, 200);
      assert.equal(checkFeed(changed.body, 'atom').items.length, itemsBefore + 1);
    });

    test('a feed an item leaves is modified too, so If-Modified-Since gets the new feed', async () => {
      const url = '/en/whats-new/feed.rss?status=authorised';
      const first = await app.inject(url);
      assert.ok(checkFeed(first.body, 'rss').items.some((i) => i.id?.includes('EMEA/H/C/000154')), 'Xenical is authorised');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await services.writer.apply({ productNumber: 'EMEA/H/C/000154', slug: null }, (m) => ({ ...m!, status: 'withdrawn' }), { kind: 'editor', reference: 'test' });
      const res = await app.inject({ url, headers: { 'if-modified-since': String(first.headers['last-modified']) } });
      assert.equal(res.statusCode, 200);
      assert.ok(!checkFeed(res.body, 'rss').items.some((i) => i.id?.includes('EMEA/H/C/000154')), 'Xenical has left');
    });

    test('item ids stay the same when the medicine moves to another slug, and the old feed address redirects', async () => {
      const before_ = checkFeed((await app.inject('/en/medicines/human/EPAR/oxbryta/feed.rss')).body, 'rss');
      await services.writer.apply({ productNumber: null, slug: 'oxbryta' }, (m) => ({ ...m!, slug: 'oxbryta-renamed', name: 'Oxbryta Renamed' }), { kind: 'editor', reference: 'test' });
      const moved = await app.inject('/en/medicines/human/EPAR/oxbryta/feed.rss');
      assert.equal(moved.statusCode, 301);
      assert.equal(moved.headers.location, '/en/medicines/human/EPAR/oxbryta-renamed/feed.rss');
      const after_ = checkFeed((await app.inject('/en/medicines/human/EPAR/oxbryta-renamed/feed.rss')).body, 'rss');
      assert.equal(after_.items.length, before_.items.length + 1);
      assert.deepEqual(after_.items.slice(1).map((i) => i.id), before_.items.map((i) => i.id));
      assert.ok(after_.items.every((i) => i.url?.includes('/oxbryta-renamed/history/')));
      // And the feed's own identity too.
      const atom = (await app.inject('/en/medicines/human/EPAR/oxbryta-renamed/feed.atom')).body;
      checkFeed(atom, 'atom');
      assert.match(/<id>([^<]+)<\/id>/.exec(atom)?.[1] ?? '', /^tag:openepar\.example,2026:feeds\/medicine\/EMEA\/H\/C\/\d+\/en$/);
    });

    test('the medicine page and every search page link to their feeds', async () => {
      const page = await app.inject('/en/medicines/human/EPAR/lumykras');
      assert.match(page.body, /<a href="\/en\/medicines\/human\/EPAR\/lumykras\/feed\.rss" type="application\/rss\+xml">RSS<\/a>/);
      assert.match(page.body, /<a href="\/en\/medicines\/human\/EPAR\/lumykras\/feed\.atom" type="application\/atom\+xml">Atom<\/a>/);
      for (const query of ['', '?q=sotorasib', '?q=sotorasib&status=authorised&sort=name', '?status=withdrawn']) {
        const res = await app.inject(`/en/search${query}`);
        assert.equal(res.statusCode, 200);
        const href = /<a href="(\/en\/search\/feed\.rss[^"]*)" type="application\/rss\+xml">/.exec(res.body)?.[1]?.replaceAll('&amp;', '&');
        assert.ok(href, `search${query} links to its feed`);
        assert.ok(!href.includes('sort='), 'a feed has no sort order');
        assert.equal((await app.inject(href)).statusCode, 200);
        // Feed readers find it in the head too.
        assert.ok(res.body.includes(`<link rel="alternate" type="application/rss+xml"`), `search${query} head`);
      }
    });
  });
}
