/**
 * The reference: every fact on EMA's Lumykras page (the seed) must be on ours.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { importEparPages } from '../../ingest/epar-pages/import-epar-pages.ts';
import { sharedPath } from '../../../test/support/shared-corpus.ts';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database.ts';

const seed = sharedPath('seeds/001_91dec108a6b42742.txt');

/** The page's text with tags removed and whitespace folded, to search for facts as a reader sees them. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

describe('the Lumykras page built from the seed', { skip: !seed }, () => {
  let database: TestDatabase;
  let services: Services;
  let app: FastifyInstance;
  let page: string;
  let text: string;

  before(async () => {
    database = await openTestDatabase('pglite');
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database: database });
    app = await createApp(services, { logger: false });
    const summary = await importEparPages(services.writer, [seed!]);
    assert.deepEqual(summary.errors, []);
    const res = await app.inject('/en/medicines/human/EPAR/lumykras');
    assert.equal(res.statusCode, 200);
    page = res.body;
    text = visibleText(page);
  });
  after(async () => {
    await app.close();
    await database.dispose();
  });

  test('shows the status, what it means and the lifecycle', () => {
    assert.match(text, /Authorised/);
    assert.match(text, /This medicine is authorised for use in the European Union/);
    for (const step of ['Application under evaluation', 'CHMP opinion', 'European Commission decision']) assert.ok(text.includes(step), step);
  });

  test('shows the overview with its posology and study figures', () => {
    for (const fact of ['960 mg', '480 mg', '240 mg', '124 patients', '37%', 'How is Lumykras used?', 'What information is still awaited for Lumykras?']) {
      assert.ok(text.includes(fact), fact);
    }
  });

  test('shows the product and authorisation details', () => {
    for (const fact of ['EMEA/H/C/005522', 'L01XX73', 'sotorasib', 'Carcinoma, Non-Small-Cell Lung', 'Antineoplastic agents', 'Amgen Europe B.V.', 'Minervum 7061', '11 November 2021', '6 January 2022', 'II/0010/G', '21 October 2024']) {
      assert.ok(text.includes(fact), fact);
    }
    assert.match(text, /EMA revision number:? 6\b/);
    assert.match(page, /▼/);
    assert.match(text, /additional monitoring/i);
    assert.match(text, /Conditional approval/);
  });

  test('lists every document with all its language versions and dates', async () => {
    const m = (await services.medicines.get('lumykras'))!;
    const pi = m.documents.find((d) => d.type === 'product-information')!;
    const overview = m.documents.find((d) => d.type === 'overview')!;
    assert.equal(pi.languages.length, 25);
    assert.equal(overview.languages.length, 23);
    for (const d of m.documents) {
      for (const l of d.languages) assert.ok(page.includes(l.url!.replace(/&/g, '&amp;')), `${d.title} ${l.lang}`);
    }
    assert.ok(text.includes('31 March 2022'));
    assert.ok(text.includes('3 December 2024'));
  });

  test('lists the news, the paediatric investigation plan and the post-authorisation studies', () => {
    for (const fact of [
      'Meeting highlights from the Committee for Medicinal Products for Human Use (CHMP) 8-11 November 2021',
      'EMEA-002690-PIP02-22',
      'Observational Study on the Safety and Effectiveness of Sotorasib in South Korea',
      'Special Drug Use-Results Surveillance',
      'Comparative Effectiveness of Sotorasib Versus Docetaxel',
    ]) {
      assert.ok(text.includes(fact), fact);
    }
  });

  test('says when EMA last updated the page', () => {
    assert.match(text, /3 December 2024/);
  });
});
