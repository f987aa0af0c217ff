import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { type Services } from '../services.ts';
import { buildMedicine } from '../../test/support/medicine-builder.ts';
import { useTestApp } from '../../test/support/test-app.ts';

const SOURCE = { kind: 'editor', reference: 'test', asOf: new Date('2024-01-01T00:00:00Z') } as const;
const PAGE = '/en/medicines/human/EPAR/lumykras';

function decoded(response: LightMyRequestResponse): Buffer {
  const coding = response.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(response.rawPayload);
  if (coding === 'gzip') return gunzipSync(response.rawPayload);
  assert.equal(coding, undefined);
  return response.rawPayload;
}

// Codings are the same whatever the storage, so PGlite alone is enough here.
describe('compression and fingerprinted assets', () => {
  const t = useTestApp({}, async (services: Services) => {
    await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, () => buildMedicine(), SOURCE);
  });
  let stylesheet: string;

  before(async () => {
    stylesheet = /<link rel="stylesheet" href="([^"]+)">/.exec((await t.app.inject(PAGE)).body)?.[1] ?? '';
  });

  for (const [what, url] of [
    ['a medicine page', () => PAGE],
    ['an API answer in JSON', () => '/api/v1/medicines/lumykras'],
    ['the stylesheet', () => stylesheet],
  ] as const) {
    test(`${what} comes in brotli or gzip as Accept-Encoding asks, as is when neither is accepted, and says Vary`, async () => {
      const plain = await t.app.inject({ url: url(), headers: { 'accept-encoding': 'identity' } });
      assert.equal(plain.statusCode, 200);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.ok(plain.rawPayload.length > 1024, `${url()} is too small to be compressed`);
      for (const [accept, coding] of [
        ['gzip, deflate, br', 'br'],
        ['gzip, deflate', 'gzip'],
        ['br;q=0, gzip', 'gzip'],
      ] as const) {
        const r = await t.app.inject({ url: url(), headers: { 'accept-encoding': accept } });
        assert.equal(r.statusCode, 200);
        assert.equal(r.headers['content-encoding'], coding, `${url()} with ${accept}`);
        assert.match(String(r.headers.vary), /accept-encoding/i);
        assert.ok(r.rawPayload.length < plain.rawPayload.length / 2);
        assert.ok(decoded(r).equals(plain.rawPayload), `${url()} in ${coding} decompresses to the plain answer`);
      }
      const none = await t.app.inject(url());
      assert.equal(none.headers['content-encoding'], undefined);
      assert.ok(none.rawPayload.equals(plain.rawPayload));
    });
  }

  test('a cached page is kept compressed: its brotli and gzip bytes decompress to the page and are the same bytes each time', async () => {
    t.services.pageCache.clear();
    const first = await t.app.inject({ url: PAGE, headers: { 'accept-encoding': 'br' } });
    const key = PAGE.slice(1);
    const cached = t.services.pageCache.get(key);
    assert.ok(cached?.compressed, 'the page is in the cache with its codings');
    assert.ok(first.rawPayload.equals(cached.compressed.br));
    assert.ok(brotliDecompressSync(cached.compressed.br).equals(cached.body));
    assert.ok(gunzipSync(cached.compressed.gzip).equals(cached.body));
    const gz = await t.app.inject({ url: PAGE, headers: { 'accept-encoding': 'gzip' } });
    assert.ok(gz.rawPayload.equals(cached.compressed.gzip));
    assert.ok(gunzipSync(gz.rawPayload).equals((await t.app.inject(PAGE)).rawPayload));
  });

  test('each coding of a page has its own ETag, and If-None-Match with it is a 304', async () => {
    const br = await t.app.inject({ url: PAGE, headers: { 'accept-encoding': 'br' } });
    const gz = await t.app.inject({ url: PAGE, headers: { 'accept-encoding': 'gzip' } });
    const plain = await t.app.inject(PAGE);
    assert.equal(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size, 3);
    const again = await t.app.inject({ url: PAGE, headers: { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) } });
    assert.equal(again.statusCode, 304);
  });

  test('pages link the stylesheet, script and font under content-hashed addresses served immutable for a year', async () => {
    const page = (await t.app.inject(PAGE)).body;
    const links = [...page.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    assert.ok(links.length >= 3, links.join(' '));
    for (const link of links) {
      assert.match(link, /\.[A-Za-z0-9_-]{12}\.(?:css|js|woff2)$/, `${link} has a content hash`);
      const r = await t.app.inject(link);
      assert.equal(r.statusCode, 200, link);
      assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable');
    }
    assert.ok(links.includes(stylesheet));
    assert.ok(links.some((l) => l.endsWith('.woff2')), 'the font of the page is preloaded');
  });

  test('the stylesheet names the fonts at their hashed addresses, and those are served immutable', async () => {
    const css = (await t.app.inject(stylesheet)).body;
    const fonts = [...css.matchAll(/url\((\/assets\/fonts\/[^)]+)\)/g)].map((m) => m[1]!);
    assert.equal(fonts.length, 8, 'latin, latin-ext, greek and cyrillic in two weights');
    for (const font of fonts) {
      assert.match(font, /\.[A-Za-z0-9_-]{12}\.woff2$/);
      const r = await t.app.inject(font);
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['content-type'], 'font/woff2');
      assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable');
    }
  });

  test('the plain addresses of assets still answer, cached for a short time only', async () => {
    for (const url of ['/assets/site.css', '/assets/site.js', '/assets/fonts/noto-sans/files/noto-sans-latin-400-normal.woff2']) {
      const r = await t.app.inject(url);
      assert.equal(r.statusCode, 200, url);
      assert.doesNotMatch(String(r.headers['cache-control']), /immutable|31536000/);
    }
  });
});
