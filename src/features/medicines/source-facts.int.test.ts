/**
 * The facts the record used to drop, through the whole write path: an EMA page and a table row
 * imported, stored in columns and child rows, read back, served by the API and on the page.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { must, parseProductNumber } from '../../domain/identifiers.ts';
import { emptyFlags } from '../../domain/medicine.ts';
import { importEparPage } from '../../ingest/epar-pages/import-epar-pages.ts';
import { rowAssertions } from '../../ingest/ema-table/import-ema-table.ts';
import type { EmaTableRow } from '../../ingest/ema-table/read-ema-table.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { sharedPath, SKIP_MESSAGE } from '../../../test/support/shared-corpus.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../ingest/epar-pages/fixtures/${name}`, import.meta.url));
// Real EMA pages that showed each fact (Kinselby, Ixchiq, Graspa, Alhemo), read from ../shared.
const realPages = sharedPath('ema/epar-pages');
const realPage = (slug: string) => path.join(realPages!, `${slug}.md`);
const needsCorpus = { skip: realPages ? false : SKIP_MESSAGE };

for (const kind of testDatabaseKinds()) {
  describe(`facts kept from EMA's sources on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    let app: FastifyInstance;

    before(async () => {
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database: database });
      app = await createApp(services, { logger: false });
      await importEparPage(services.writer, fixture('veterinary-species.md'));
      if (realPages) for (const slug of ['kinselby', 'ixchiq', 'graspa-0', 'alhemo', 'bamlanivimab-etesevimab-covid-19']) await importEparPage(services.writer, realPage(slug));
    });
    after(async () => {
      await app.close();
      await database.dispose();
    });

    test('are stored and read back as parsed', needsCorpus, async () => {
      const kinselby = (await services.medicines.get('kinselby'))!;
      assert.equal(kinselby.opinionStatus, 'negative');
      assert.equal(kinselby.applicant, '4Sc AG');
      const developer = (await services.medicines.get('bamlanivimab-etesevimab-covid-19'))!;
      assert.equal(developer.developer, 'Eli Lilly Nederland B.V.');
      assert.match(developer.withdrawalInformation ?? '', /^A question-and-answer/);
      const ixchiq = (await services.medicines.get('ixchiq'))!;
      assert.equal(ixchiq.patientSafety, true);
      assert.equal(ixchiq.patientSafetyNews.length, 2);
      assert.equal(ixchiq.patientSafetyNews[0]!.date, '2025-07-11');
      const graspa = (await services.medicines.get('graspa-0'))!;
      assert.deepEqual(graspa.malformedAtcCodes, ['LX1XX02']);
      assert.equal(graspa.atcNotYetAssigned, false);
      const alhemo = (await services.medicines.get('alhemo'))!;
      const corrected = alhemo.documents.find((d) => d.referenceText === 'EMA/470073/2024 Corr.');
      assert.equal(corrected?.referenceNumber, 'EMA/470073/2024 CORR.');
      const canixa = (await services.medicines.get('canixa'))!;
      assert.deepEqual(canixa.species, ['Dogs', 'Cats']);
      assert.deepEqual(canixa.topics, [{ title: 'Veterinary medicines', url: 'https://www.ema.europa.eu/en/search?f%5B0%5D=ema_search_topics%3A62' }]);
    });

    test('importing the same page again changes nothing', async () => {
      assert.equal(await importEparPage(services.writer, fixture('veterinary-species.md')), 'unchanged');
      if (realPages) assert.equal(await importEparPage(services.writer, realPage('ixchiq')), 'unchanged');
    });

    test('are served by the API', needsCorpus, async () => {
      const res = await app.inject({ method: 'GET', url: '/api/v1/medicines/ixchiq' });
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.equal(body.patientSafety, true);
      assert.equal(body.patientSafetyNews.length, 2);
      assert.deepEqual(body.malformedAtcCodes, []);
      assert.equal(body.atcNotYetAssigned, false);
      const alhemo = (await app.inject({ method: 'GET', url: '/api/v1/medicines/alhemo' })).json();
      assert.ok(alhemo.documents.some((d: { referenceText: string | null }) => d.referenceText === 'EMA/470073/2024 Corr.'));
      const kinselby = (await app.inject({ method: 'GET', url: '/api/v1/medicines/kinselby' })).json();
      assert.equal(kinselby.opinionStatus, 'negative');
    });

    test('a table row names the company of a refused medicine as its applicant, and the page says so', async () => {
      const pn = must(parseProductNumber('EMEA/H/C/009901'));
      const row: EmaTableRow = {
        line: 7, category: 'human', name: 'Refusamab', productNumber: pn, status: 'refused', opinionStatus: 'negative',
        inn: 'refusamab', activeSubstance: 'refusamab', therapeuticAreas: [], atcCodes: [], atcNotYetAssigned: true, malformedAtcCodes: [],
        species: [], pharmacotherapeuticGroup: null, therapeuticIndication: '**Melanoma**\n\n- adults', flags: emptyFlags(), patientSafety: false,
        marketingAuthorisationHolder: 'Refusing Pharma B.V.', dates: { opinionAdopted: '2025-01-30', refusal: '2025-03-28' }, revision: 0,
        latestProcedure: null, firstPublished: null, lastUpdated: null, url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/refusamab', slug: 'refusamab',
      };
      await services.writer.assert({ productNumber: pn, slug: 'refusamab' }, rowAssertions(row), { kind: 'ema-table', reference: 'table.xlsx:7', asOf: new Date('2026-03-14T00:00:00Z') });
      const m = (await services.medicines.get('refusamab'))!;
      assert.equal(m.applicant, 'Refusing Pharma B.V.');
      assert.equal(m.marketingAuthorisationHolder, null);
      assert.equal(m.atcNotYetAssigned, true);
      const page = await app.inject({ method: 'GET', url: '/en/medicines/human/EPAR/refusamab' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Marketing authorisation applicant<\/dt><dd class="summary-list__value"><span class="organisation">Refusing Pharma B.V.<\/span>/);
      assert.doesNotMatch(page.body, /Marketing authorisation holder|>Revision</);
      assert.match(page.body, /<meta name="description" content="Melanoma adults">/);
      assert.doesNotMatch(page.body, /\*\*/);
    });

    test('search snippets show EMA’s text without its Markdown', async () => {
      const pn = must(parseProductNumber('EMEA/H/C/009902'));
      const body = '**Zorbulin studies**\n\n| **Date** | **Key developments** |\n|---|---|\n| 12/02/2025 | Zorbulin [authorised](https://www.ema.europa.eu/en/news/zorbulin) |';
      await services.writer.apply({ productNumber: pn, slug: 'zorbulin' }, () => buildMedicine({ productNumber: pn, slug: 'zorbulin', name: 'Zorbulin', emaNodeId: 99902, overview: { en: { sections: [{ heading: null, body }] } } }), { kind: 'editor', reference: 'test' });
      await services.search.refreshStale();
      const res = await app.inject({ method: 'GET', url: '/api/v1/search?q=developments&lang=en' });
      assert.equal(res.statusCode, 200);
      const hit = (res.json().results as { slug: string; snippet: string | null }[]).find((r) => r.slug === 'zorbulin');
      assert.ok(hit?.snippet, 'the medicine is found by a word of its overview, with a snippet');
      assert.doesNotMatch(hit.snippet, /\*\*|\||-{3}|\]\(/);
      assert.match(hit.snippet, /Key/);
    });
  });
}
