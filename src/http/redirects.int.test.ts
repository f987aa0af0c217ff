import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Services } from '../services.ts';
import { buildMedicine } from '../../test/support/medicine-builder.ts';
import { useTestApp } from '../../test/support/test-app.ts';

describe('addresses live forever', () => {
  const t = useTestApp({}, async (services: Services) => {
    const target = { productNumber: 'EMEA/H/C/005522', slug: 'lumykras' };
    await services.writer.assert(target, buildMedicine({ slug: 'lumykras-old', name: 'Lumykras Old' }), { kind: 'epar-page', reference: 'old.md', asOf: new Date('2021-01-01') });
    // EMA renames the medicine: its page moves to a new address.
    await services.writer.assert(target, buildMedicine(), { kind: 'epar-page', reference: 'new.md', asOf: new Date('2024-12-03') });
  });

  test("a renamed medicine's old address answers 301 to its page, in every language and for its sub-pages", async () => {
    for (const [from, to] of [
      ['/en/medicines/human/EPAR/lumykras-old', '/en/medicines/human/EPAR/lumykras'],
      ['/sv/medicines/human/EPAR/lumykras-old', '/sv/medicines/human/EPAR/lumykras'],
      ['/el/medicines/human/EPAR/lumykras-old/history', '/el/medicines/human/EPAR/lumykras/history'],
      ['/en/medicines/human/EPAR/lumykras-old/feed.rss', '/en/medicines/human/EPAR/lumykras/feed.rss'],
    ] as const) {
      const res = await t.app.inject(from);
      assert.equal(res.statusCode, 301, from);
      assert.equal(res.headers.location, to, from);
    }
    assert.equal((await t.app.inject('/en/medicines/human/EPAR/lumykras')).statusCode, 200);
  });

  test('slugs and language prefixes match whatever their letter case', async () => {
    const slug = await t.app.inject('/en/medicines/human/EPAR/Lumykras');
    assert.equal(slug.statusCode, 301);
    assert.equal(slug.headers.location, '/en/medicines/human/EPAR/lumykras');
    const lang = await t.app.inject('/EN/medicines/human/EPAR/lumykras');
    assert.equal(lang.statusCode, 301);
    assert.equal(lang.headers.location, '/en/medicines/human/EPAR/lumykras');
  });

  test("EMA's paths without a language prefix go to the reader's language", async () => {
    const res = await t.app.inject({ url: '/medicines/human/EPAR/lumykras', headers: { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' } });
    assert.equal(res.statusCode, 302);
    assert.equal(res.headers.location, '/sv/medicines/human/EPAR/lumykras');
    assert.match(String(res.headers.vary), /Accept-Language/);
    const plain = await t.app.inject('/medicines/human/EPAR/lumykras');
    assert.equal(plain.headers.location, '/en/medicines/human/EPAR/lumykras');
  });

  test('a language prefix or section in capitals answers 301 to the lower-case address in one step, query kept', async () => {
    for (const [from, to] of [
      ['/EN', '/en'],
      ['/Sv/', '/sv/'],
      ['/EN/medicines?status=authorised', '/en/medicines?status=authorised'],
      ['/en/Medicines', '/en/medicines'],
      ['/EN/SEARCH?q=Lumykras', '/en/search?q=Lumykras'],
      ['/DE/Whats-New', '/de/whats-new'],
      ['/FR/open-data', '/fr/open-data'],
    ] as const) {
      const res = await t.app.inject(from);
      assert.equal(res.statusCode, 301, from);
      assert.equal(res.headers.location, to, from);
    }
  });

  test("a slug and EMA's EPAR segment in other letter case lead to the medicine's page", async () => {
    for (const from of ['/en/medicines/Human/epar/LUMYKRAS', '/en/medicines/human/epar/lumykras']) {
      const res = await t.app.inject(from);
      assert.equal(res.statusCode, 301, from);
      assert.equal(res.headers.location, '/en/medicines/human/EPAR/lumykras', from);
    }
  });

  test("pages addressed without a language go to the reader's language with their query", async () => {
    for (const [from, to] of [
      ['/search?q=x', '/sv/search?q=x'],
      ['/Search?q=lung%20cancer&category=human', '/sv/search?q=lung%20cancer&category=human'],
      ['/medicines', '/sv/medicines'],
      ['/whats-new?kind=status', '/sv/whats-new?kind=status'],
      ['/open-data', '/sv/open-data'],
      ['/browse', '/sv/browse'],
    ] as const) {
      const res = await t.app.inject({ url: from, headers: { 'accept-language': 'sv' } });
      assert.equal(res.statusCode, 302, from);
      assert.equal(res.headers.location, to, from);
      assert.match(String(res.headers.vary), /Accept-Language/, from);
    }
  });

  test('the addresses people try for the API documentation lead to the API reference', async () => {
    for (const from of ['/docs', '/api', '/api/', '/API', '/api/v1', '/documentation']) {
      const res = await t.app.inject(from);
      assert.equal(res.statusCode, 301, from);
      assert.equal(res.headers.location, '/api/docs', from);
    }
    assert.equal((await t.app.inject('/api/docs')).statusCode, 200);
  });

  test('an unknown language code is a 404 page with a search box holding the words of the address, not a 400', async () => {
    for (const url of ['/xx/medicines/human/EPAR/lumykras', '/zz', '/qq/search?q=lumykras']) {
      const res = await t.app.inject(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(String(res.headers['content-type']), /text\/html/, url);
      assert.match(res.body, /<form class="search" method="get" action="\/en\/search" role="search">/, url);
      assert.doesNotMatch(res.body, /allowed values/, url);
    }
    const res = await t.app.inject('/xx/medicines/human/EPAR/lumykras');
    assert.match(res.body, /name="q" value="lumykras"/);
    assert.match(res.body, /href="\/en\/search\?q=lumykras"/);
    assert.match(res.body, /href="\/en\/medicines"/);
    assert.match(res.body, /href="\/api\/docs"/);
  });

  test('a missing page speaks the language of its address, or of the reader when the address has none', async () => {
    const swedish = await t.app.inject('/sv/medicines/human/EPAR/no-such-medicine');
    assert.equal(swedish.statusCode, 404);
    assert.match(swedish.body, /<html lang="sv">/);
    assert.match(swedish.body, /action="\/sv\/search"/);
    assert.match(swedish.body, /value="no such"/);
    const bare = await t.app.inject({ url: '/no-such-thing', headers: { 'accept-language': 'de' } });
    assert.equal(bare.statusCode, 404);
    assert.match(bare.body, /<html lang="de">/);
    assert.match(bare.body, /value="no such thing"/);
    assert.match(String(bare.headers.vary), /Accept-Language/);
  });

  test('an address no medicine ever had is still a 404', async () => {
    assert.equal((await t.app.inject('/en/medicines/human/EPAR/no-such-medicine')).statusCode, 404);
    assert.equal((await t.app.inject('/en/medicines/veterinary/EPAR/lumykras')).statusCode, 301, 'the category follows the medicine');
  });
});
