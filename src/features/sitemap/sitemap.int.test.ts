import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { XMLParser } from 'fast-xml-parser';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { registerErrorHandling } from '../../http/error-handler.ts';
import { createServices, type Services } from '../../services.ts';
import { importRecords, SAMPLE_DIR } from '../../ingest/sample/import-sample.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { assertWellFormedXml } from '../../../test/support/feed-checks.ts';
import { SITEMAP_PAGES, SitemapService } from './sitemap.service.ts';
import { sitemapRoutes } from './sitemap.routes.ts';

const BASE = 'https://openepar.example';
const SAMPLE_MEDICINES = 10;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'url' || name === 'sitemap' });

interface Url { loc: string; lastmod?: string }
function readUrlset(xml: string): Url[] {
  assertWellFormedXml(xml);
  const doc = parser.parse(xml);
  assert.equal(doc.urlset?.['@xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
  return doc.urlset.url as Url[];
}

for (const kind of testDatabaseKinds()) {
  describe(`sitemap and robots.txt on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    let app: FastifyInstance;

    before(async () => {
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent', PUBLIC_BASE_URL: `${BASE}/` }), { database: database });
      await importRecords(services.writer, [SAMPLE_DIR]);
      app = await createApp(services, { logger: false });
    });
    after(async () => {
      await app.close();
      await database.dispose();
    });

    const latestRecorded = async (slug: string) => {
      const row = await database.db.selectFrom('revisions').innerJoin('medicines', 'medicines.id', 'revisions.medicine_id')
        .select('revisions.recorded_at').where('medicines.slug', '=', slug).orderBy('revisions.number', 'desc').executeTakeFirstOrThrow();
      return new Date(row.recorded_at).toISOString().replace(/\.\d{3}Z$/, 'Z');
    };

    test('the sitemap lists every page and every medicine in every language, as absolute addresses', async () => {
      const res = await app.inject('/sitemap.xml');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8');
      const urls = readUrlset(res.body);
      // The sample's medicines have no product information yet, so no product-information page either.
      assert.equal(urls.length, (SITEMAP_PAGES.length + SAMPLE_MEDICINES) * LANGUAGES.length);
      assert.equal(new Set(urls.map((u) => u.loc)).size, urls.length, 'no address twice');
      assert.ok(urls.every((u) => u.loc.startsWith(`${BASE}/`) && !u.loc.startsWith(`${BASE}//`)));
      for (const lang of LANGUAGES) {
        assert.ok(urls.some((u) => u.loc === `${BASE}/${lang}/medicines/human/EPAR/lumykras`), lang);
        assert.ok(urls.some((u) => u.loc === `${BASE}/${lang}`), lang);
      }
    });

    test('a medicine with product information has its product-information page listed in every language, as of its newest version', async () => {
      const lumykras = `${BASE}/en/medicines/human/EPAR/lumykras/product-information`;
      assert.ok(!readUrlset((await app.inject('/sitemap.xml')).body).some((u) => u.loc === lumykras), 'none before it has any');
      const saved = await services.productInformation.saveVersion('lumykras', {
        language: 'en',
        versionDate: '2025-01-10',
        source: { kind: 'markdown', file: 'lumykras-epar-product-information_en.md' },
        annexes: [{ kind: 'smpc', title: 'ANNEX I', preamble: [], sections: [{ key: '1', number: '1.', heading: 'NAME OF THE MEDICINAL PRODUCT', blocks: [{ type: 'paragraph', text: 'Lumykras 120 mg film-coated tablets' }], subsections: [] }] }],
      });
      const urls = readUrlset((await app.inject('/sitemap.xml')).body);
      const listed = urls.filter((u) => u.loc.endsWith('/product-information'));
      assert.deepEqual(listed.map((u) => u.loc).sort(), LANGUAGES.map((lang) => `${BASE}/${lang}/medicines/human/EPAR/lumykras/product-information`).sort());
      const page = urls.find((u) => u.loc === `${BASE}/en/medicines/human/EPAR/lumykras`)!;
      const newest = [page.lastmod!, saved.version.importedAt.replace(/\.\d{3}Z$/, 'Z')].sort().at(-1);
      assert.equal(listed.find((u) => u.loc === lumykras)!.lastmod, newest);
      assert.ok(!urls.some((u) => /\/product-information\/./.test(u.loc)), 'per-document pages repeat the page and are left out');
    });

    test('a national product with product information is listed, with the index of national products, in every language', async () => {
      const index = `${BASE}/en/national-products`;
      assert.ok(!readUrlset((await app.inject('/sitemap.xml')).body).some((u) => u.loc === index), 'no index before there is a national product');
      const p = (text: string) => ({ type: 'paragraph' as const, text });
      const saved = await services.productInformation.saveNationalVersion(
        { country: 'ES', authority: null, authorisationNumbers: ['55.845'], name: 'Tiorfan 100 mg cápsulas duras', holder: null },
        { language: 'es', versionDate: '2025-01-01', source: { kind: 'epi', file: '55845.xml' }, annexes: [{ kind: 'smpc', title: 'Ficha técnica', preamble: [], sections: [{ key: '1', number: '1.', heading: 'NOMBRE', blocks: [p('Tiorfan')], subsections: [] }] }] },
      );
      const urls = readUrlset((await app.inject('/sitemap.xml')).body);
      for (const lang of LANGUAGES) {
        assert.ok(urls.some((u) => u.loc === `${BASE}/${lang}/national-products`), lang);
        assert.ok(urls.some((u) => u.loc === `${BASE}/${lang}/national-products/${saved.product.slug}`), lang);
      }
    });

    test('every address the sitemap lists is a page that exists', async () => {
      const urls = readUrlset((await app.inject('/sitemap.xml')).body);
      // English and one more language in full; the rest differ only by the prefix.
      for (const u of urls.filter((x) => /^https:\/\/openepar\.example\/(en|sv)(\/|$)/.test(x.loc))) {
        const res = await app.inject(new URL(u.loc).pathname);
        assert.equal(res.statusCode, 200, u.loc);
      }
    });

    test("a medicine's lastmod is when its latest revision was recorded, and moves when it changes", async () => {
      const find = (urls: Url[]) => urls.find((u) => u.loc === `${BASE}/en/medicines/human/EPAR/keytruda`)!;
      const before_ = find(readUrlset((await app.inject('/sitemap.xml')).body));
      assert.equal(before_.lastmod, await latestRecorded('keytruda'));
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await services.writer.apply({ productNumber: 'EMEA/H/C/003820', slug: null }, (m) => ({ ...m!, status: 'suspended' }), { kind: 'editor', reference: 'test' });
      const urls = readUrlset((await app.inject('/sitemap.xml')).body);
      const after_ = find(urls);
      assert.equal(after_.lastmod, await latestRecorded('keytruda'));
      assert.ok(after_.lastmod! > before_.lastmod!);
      // Lists show the latest changes, so they changed too; other medicines did not.
      assert.equal(urls.find((u) => u.loc === `${BASE}/en/medicines`)!.lastmod, after_.lastmod);
      assert.equal(urls.find((u) => u.loc === `${BASE}/en/medicines/human/EPAR/lumykras`)!.lastmod, await latestRecorded('lumykras'));
    });

    test('the sitemap answers If-None-Match and If-Modified-Since with 304', async () => {
      const first = await app.inject('/sitemap.xml');
      assert.equal((await app.inject({ url: '/sitemap.xml', headers: { 'if-none-match': String(first.headers.etag) } })).statusCode, 304);
      assert.equal((await app.inject({ url: '/sitemap.xml', headers: { 'if-modified-since': String(first.headers['last-modified']) } })).statusCode, 304);
    });

    test('the sitemap comes in brotli or gzip to clients that accept it, each as its own representation', async () => {
      const plain = await app.inject('/sitemap.xml');
      const brotli = await app.inject({ url: '/sitemap.xml', headers: { 'accept-encoding': 'gzip, deflate, br' } });
      assert.equal(brotli.headers['content-encoding'], 'br');
      assert.equal(brotliDecompressSync(brotli.rawPayload).toString('utf8'), plain.body);
      const zipped = await app.inject({ url: '/sitemap.xml', headers: { 'accept-encoding': 'gzip, deflate' } });
      assert.equal(zipped.statusCode, 200);
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      assert.equal(zipped.headers.vary, 'accept-encoding');
      assert.equal(gunzipSync(zipped.rawPayload).toString('utf8'), plain.body);
      assert.ok(zipped.rawPayload.length < plain.rawPayload.length / 5);
      assert.notEqual(zipped.headers.etag, plain.headers.etag);
      assert.notEqual(zipped.headers.etag, brotli.headers.etag);
      assert.equal((await app.inject({ url: '/sitemap.xml', headers: { 'accept-encoding': 'gzip', 'if-none-match': String(zipped.headers.etag) } })).statusCode, 304);
      assert.equal((await app.inject({ url: '/sitemap.xml', headers: { 'accept-encoding': 'gzip;q=0' } })).headers['content-encoding'], undefined);
    });

    test('past the limit of addresses per file the sitemap becomes an index of files holding them all', async () => {
      const limit = 100;
      const sitemap = new SitemapService(database.db, { baseUrl: BASE, maxUrlsPerFile: limit });
      const small = Fastify({ logger: false });
      registerErrorHandling(small);
      await small.register(sitemapRoutes, { sitemap, baseUrl: BASE });
      await small.ready();
      try {
        const index = await small.inject('/sitemap.xml');
        assert.equal(index.statusCode, 200);
        assertWellFormedXml(index.body);
        const doc = parser.parse(index.body);
        assert.equal(doc.sitemapindex?.['@xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
        const files = doc.sitemapindex.sitemap as Url[];
        // The sample's pages and medicines, the product-information page of lumykras stored above, and the national product and its index.
        const total = (SITEMAP_PAGES.length + SAMPLE_MEDICINES + 1 + 2) * LANGUAGES.length;
        assert.equal(files.length, Math.ceil(total / limit));
        const all: Url[] = [];
        for (const [i, file] of files.entries()) {
          assert.equal(file.loc, `${BASE}/sitemaps/${i + 1}.xml`);
          const part = await small.inject(new URL(file.loc).pathname);
          assert.equal(part.statusCode, 200);
          const urls = readUrlset(part.body);
          assert.ok(urls.length <= limit && urls.length > 0);
          // A file's date is that of its newest address.
          assert.equal(file.lastmod, urls.map((u) => u.lastmod!).sort().at(-1));
          all.push(...urls);
        }
        assert.deepEqual(all.map((u) => u.loc), (await sitemap.urls()).map((u) => u.loc));
        assert.equal((await small.inject(`/sitemaps/${files.length + 1}.xml`)).statusCode, 404);
        assert.equal((await small.inject('/sitemaps/0.xml')).statusCode, 404);
      } finally {
        await small.close();
      }
      // The app's own sitemap, under the protocol's limit, has no files.
      assert.equal((await app.inject('/sitemaps/1.xml')).statusCode, 404);
    });

    test('robots.txt keeps crawlers out of the API and query strings and names the sitemap', async () => {
      const res = await app.inject('/robots.txt');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
      const lines = res.body.split('\n');
      assert.equal(lines[0], 'User-agent: *');
      assert.ok(lines.includes('Disallow: /api/'));
      assert.ok(lines.includes('Disallow: /*?'));
      assert.ok(lines.includes(`Sitemap: ${BASE}/sitemap.xml`));
      assert.ok(!lines.some((l) => /^Disallow: \/$/.test(l)), 'the site itself stays open');
    });

    test('robots.txt lets crawlers read a search for a text alone but not its filters, sorts and cursors', async () => {
      const rules = (await app.inject('/robots.txt')).body
        .split('\n')
        .map((l) => /^(Allow|Disallow): (.+)$/.exec(l))
        .filter((m) => m !== null)
        .map((m) => ({ allow: m[1] === 'Allow', pattern: m[2]!, re: new RegExp(`^${m[2]!.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replaceAll('*', '.*')}`) }));
      // RFC 9309: the longest matching rule decides; on equal length, Allow.
      const allowed = (path: string) => {
        const matching = rules.filter((r) => r.re.test(path)).sort((a, b) => b.pattern.length - a.pattern.length || Number(b.allow) - Number(a.allow));
        return matching.length === 0 || matching[0]!.allow;
      };
      assert.ok(allowed('/en/medicines/human/EPAR/lumykras'));
      assert.ok(allowed('/en/search?q=lumykras'));
      assert.ok(allowed('/el/search?q=%CE%B1'));
      assert.ok(!allowed('/en/search?q=cancer&status=authorised'));
      assert.ok(!allowed('/en/search?q=cancer&cursor=abc'));
      assert.ok(!allowed('/en/search?status=authorised'));
      assert.ok(!allowed('/en/search/feed.rss?q=cancer'));
      assert.ok(!allowed('/en/medicines?page=2'));
      assert.ok(!allowed('/api/v1/search?q=lumykras'));
    });
  });
}
