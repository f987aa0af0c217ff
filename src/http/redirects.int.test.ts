import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createServices, type Services } from '../services.ts';
import { buildMedicine } from '../../test/support/medicine-builder.ts';
import { openTestDatabase, type TestDatabase } from '../../test/support/test-database.ts';

describe('addresses live forever', () => {
  let database: TestDatabase;
  let services: Services;
  let app: FastifyInstance;

  before(async () => {
    database = await openTestDatabase('pglite');
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
    const target = { productNumber: 'EMEA/H/C/005522', slug: 'lumykras' };
    await services.writer.assert(target, buildMedicine({ slug: 'lumykras-old', name: 'Lumykras Old' }), { kind: 'epar-page', reference: 'old.md', asOf: new Date('2021-01-01') });
    // EMA renames the medicine: its page moves to a new address.
    await services.writer.assert(target, buildMedicine(), { kind: 'epar-page', reference: 'new.md', asOf: new Date('2024-12-03') });
    app = await createApp(services, { logger: false });
  });
  after(async () => {
    await app.close();
    await database.dispose();
  });

  test("a renamed medicine's old address answers 301 to its page, in every language and for its sub-pages", async () => {
    for (const [from, to] of [
      ['/en/medicines/human/EPAR/lumykras-old', '/en/medicines/human/EPAR/lumykras'],
      ['/sv/medicines/human/EPAR/lumykras-old', '/sv/medicines/human/EPAR/lumykras'],
      ['/el/medicines/human/EPAR/lumykras-old/history', '/el/medicines/human/EPAR/lumykras/history'],
      ['/en/medicines/human/EPAR/lumykras-old/feed.rss', '/en/medicines/human/EPAR/lumykras/feed.rss'],
    ] as const) {
      const res = await app.inject(from);
      assert.equal(res.statusCode, 301, from);
      assert.equal(res.headers.location, to, from);
    }
    assert.equal((await app.inject('/en/medicines/human/EPAR/lumykras')).statusCode, 200);
  });

  test('slugs and language prefixes match whatever their letter case', async () => {
    const slug = await app.inject('/en/medicines/human/EPAR/Lumykras');
    assert.equal(slug.statusCode, 301);
    assert.equal(slug.headers.location, '/en/medicines/human/EPAR/lumykras');
    const lang = await app.inject('/EN/medicines/human/EPAR/lumykras');
    assert.equal(lang.statusCode, 301);
    assert.equal(lang.headers.location, '/en/medicines/human/EPAR/lumykras');
  });

  test("EMA's paths without a language prefix go to the reader's language", async () => {
    const res = await app.inject({ url: '/medicines/human/EPAR/lumykras', headers: { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' } });
    assert.equal(res.statusCode, 302);
    assert.equal(res.headers.location, '/sv/medicines/human/EPAR/lumykras');
    assert.match(String(res.headers.vary), /Accept-Language/);
    const plain = await app.inject('/medicines/human/EPAR/lumykras');
    assert.equal(plain.headers.location, '/en/medicines/human/EPAR/lumykras');
  });

  test('an address no medicine ever had is still a 404', async () => {
    assert.equal((await app.inject('/en/medicines/human/EPAR/no-such-medicine')).statusCode, 404);
    assert.equal((await app.inject('/en/medicines/veterinary/EPAR/lumykras')).statusCode, 301, 'the category follows the medicine');
  });
});
