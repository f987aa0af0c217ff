/**
 * Two versions of one document that differ in exactly two sections: those two, and only those,
 * are shown as changed with their word diff in the history page, the changes API, the
 * medicine's feed and a webhook delivery; and the history follows the versions' dates, not the
 * order they were imported in.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ProductInformationDocument } from '../../domain/product-information.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { TestReceiver } from '../../../test/support/test-receiver.ts';
import { validateHtml } from '../../../test/support/browser.ts';

function lumykrasSmpc(versionDate: string, posology: string, effects: string, procedure: string | null = null): ProductInformationDocument {
  const s = (key: string, heading: string, text: string) => ({ key, number: `${key}.`, heading, blocks: [{ type: 'paragraph' as const, text }], subsections: [] });
  return {
    language: 'en',
    versionDate,
    source: { kind: 'epi', file: `lumykras-epi-${versionDate}.xml` },
    procedure,
    annexes: [
      {
        kind: 'smpc',
        title: 'ANNEX I',
        preamble: [],
        sections: [
          s('1', 'NAME OF THE MEDICINAL PRODUCT', 'Lumykras 120 mg film-coated tablets'),
          {
            ...s('4', 'CLINICAL PARTICULARS', ''),
            blocks: [],
            subsections: [
              s('4.1', 'Therapeutic indications', 'Lumykras as monotherapy is indicated for the treatment of adults with advanced NSCLC with KRAS G12C mutation.'),
              s('4.2', 'Posology and method of administration', posology),
              s('4.3', 'Contraindications', 'Hypersensitivity to the active substance or to any of the excipients.'),
              s('4.8', 'Undesirable effects', effects),
            ],
          },
          s('6.1', 'List of excipients', 'Microcrystalline cellulose, lactose monohydrate.'),
        ],
      },
    ],
  };
}

const V1 = lumykrasSmpc('2024-03-01', 'The recommended dose is 960 mg once daily.', 'The most common adverse reactions were diarrhoea and nausea.');
const V2 = lumykrasSmpc('2025-06-01', 'The recommended dose is 240 mg once daily.', 'The most common adverse reactions were diarrhoea, nausea and fatigue.', 'EMEA/H/C/005522/II/0010');
const MEDICINE = buildMedicine();
const WEBHOOKS = { WEBHOOK_ALLOW_PRIVATE_TARGETS: '1', WEBHOOK_RETRY_BASE_MS: '10', WEBHOOK_TIMEOUT_MS: '2000' };

describe('section history of product information', () => {
  const t = useTestApp({ PUBLIC_BASE_URL: 'https://openepar.test', ...WEBHOOKS }, async (services) => {
    await services.writer.apply({ productNumber: MEDICINE.productNumber, slug: MEDICINE.slug }, () => MEDICINE, { kind: 'editor', reference: 'test', asOf: new Date('2022-01-01T00:00:00Z') });
  });
  let receiver: TestReceiver;
  let subscription = '';

  before(async () => {
    receiver = await TestReceiver.start();
    const { key } = await t.services.apiKeys.create('pi test');
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization: `Bearer ${key}` }, payload: { url: receiver.url, medicine: 'lumykras', kinds: ['product-information'] } });
    assert.equal(response.statusCode, 201, response.body);
    const json = response.json() as { id: string; secret: string };
    subscription = json.id;
    receiver.secrets.set(json.id, json.secret);
    // The newer version is imported first: the history must still read in the versions' order.
    assert.equal((await t.services.productInformation.saveVersion('lumykras', V2)).outcome, 'created');
    assert.equal((await t.services.productInformation.saveVersion('lumykras', V1)).outcome, 'created');
    assert.equal((await t.services.productInformation.saveVersion('lumykras', V1)).outcome, 'unchanged');
  });
  after(async () => receiver?.stop());

  const revisions = async () => {
    const response = await t.app.inject({ url: '/api/v1/medicines/lumykras/revisions' });
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as { items: { number: number; asOf: string; kinds: string[]; changes: { field: string; from: any; to: any }[] }[] }).items;
  };

  test('the history has one entry per version in the order of their dates, the later naming exactly the two changed sections', async () => {
    const items = (await revisions()).filter((r) => r.kinds.includes('product-information'));
    assert.equal(items.length, 2);
    const [newer, older] = items;
    assert.match(newer!.asOf, /^2025-06-01/);
    assert.match(older!.asOf, /^2024-03-01/);
    assert.deepEqual(older!.changes.map((c) => c.field), ['productInformation.en']);
    assert.deepEqual(newer!.changes.map((c) => c.field), ['productInformation.en[smpc 4.2]', 'productInformation.en[smpc 4.8]']);
    assert.deepEqual(newer!.changes.map((c) => [c.to.number, c.to.heading]), [['4.2.', 'Posology and method of administration'], ['4.8.', 'Undesirable effects']]);
    assert.deepEqual(newer!.kinds, ['product-information']);
  });

  test('the changes API gives exactly those two sections with their word diff and the procedure', async () => {
    const response = await t.app.inject({ url: '/api/v1/medicines/lumykras/product-information/en/changes' });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as { from: { versionDate: string }; to: { versionDate: string; procedure: string }; sections: { key: string; change: string; anchor: string; diff: { type: string; text: string }[] }[] };
    assert.equal(body.from.versionDate, '2024-03-01');
    assert.equal(body.to.versionDate, '2025-06-01');
    assert.equal(body.to.procedure, 'EMEA/H/C/005522/II/0010');
    assert.deepEqual(body.sections.map((s) => [s.key, s.change, s.anchor]), [['4.2', 'changed', 'smpc-4-2'], ['4.8', 'changed', 'smpc-4-8']]);
    assert.deepEqual(body.sections[0]!.diff.filter((p) => p.type !== 'same'), [{ type: 'removed', text: '960' }, { type: 'added', text: '240' }]);
    assert.ok(body.sections[1]!.diff.some((p) => p.type === 'removed'));
    assert.ok(body.sections[1]!.diff.some((p) => p.type === 'added' && p.text.includes('fatigue')));
    const missing = await t.app.inject({ url: '/api/v1/medicines/lumykras/product-information/da/changes' });
    assert.equal(missing.statusCode, 404);
  });

  test('the API hands the newest version out as an ePI, a FHIR document Bundle, with ?format=fhir', async () => {
    const response = await t.app.inject({ url: '/api/v1/medicines/lumykras/product-information/en?format=fhir' });
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^application\/fhir\+json/);
    const bundle = response.json() as { resourceType: string; type: string; timestamp: string; entry: { resource: { resourceType: string; section?: { section?: { title: string; section?: { title: string; text?: { div: string } }[] }[] }[] } }[] };
    assert.equal(bundle.resourceType, 'Bundle');
    assert.equal(bundle.type, 'document');
    assert.equal(bundle.timestamp, '2025-06-01T00:00:00Z');
    const composition = bundle.entry[0]!.resource;
    assert.equal(composition.resourceType, 'Composition');
    const clinical = composition.section![0]!.section!.find((s) => s.title.startsWith('4 '))!;
    const posology = clinical.section!.find((s) => s.title === '4.2 Posology and method of administration')!;
    assert.match(posology.text!.div, /240 mg once daily/);
  });

  test('the history page names the two changed sections and no other', async () => {
    const items = (await revisions()).filter((r) => r.kinds.includes('product-information'));
    const response = await t.app.inject({ url: `/en/medicines/human/EPAR/lumykras/history/${items[0]!.number}` });
    assert.equal(response.statusCode, 200, response.body.slice(0, 500));
    assert.match(response.body, /4\.2 Posology and method of administration/);
    assert.match(response.body, /4\.8 Undesirable effects/);
    assert.doesNotMatch(response.body, /4\.3 Contraindications|4\.1 Therapeutic indications|6\.1 List of excipients/);
  });

  test('the "what changed" page shows exactly the two sections, each with its words struck through and added, and links to them', async () => {
    const response = await t.app.inject({ url: '/en/medicines/human/EPAR/lumykras/product-information/changes' });
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    const sections = [...response.body.matchAll(/<h2 class="heading-s">([^<]+)<\/h2>/g)].map((m) => m[1]);
    assert.deepEqual(sections, ['4.2 Posology and method of administration', '4.8 Undesirable effects']);
    assert.match(response.body, /<del><span class="visually-hidden">\[removed: <\/span>960<span class="visually-hidden">\]<\/span><\/del>/);
    assert.match(response.body, /<ins><span class="visually-hidden">\[added: <\/span>240<span class="visually-hidden">\]<\/span><\/ins>/);
    assert.match(response.body, /href="\/en\/medicines\/human\/EPAR\/lumykras\/product-information#smpc-4-2"/);
    assert.match(response.body, /EMEA\/H\/C\/005522\/II\/0010/);
    // Chosen the other way round: the older version against nothing before it lists every section as added.
    const versions = (await t.services.productInformation.versions('lumykras', 'en')).map((v) => v.id);
    const first = await t.app.inject({ url: `/en/medicines/human/EPAR/lumykras/product-information/changes?doc=en&to=${versions[1]}` });
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /first version held in this language/);
    assert.equal((await t.app.inject({ url: '/en/medicines/human/EPAR/lumykras/product-information/changes?doc=en&to=999999' })).statusCode, 404);
  });

  test('the "what changed" page is valid HTML in English and Greek (Nu Html Checker)', async (ctx) => {
    const pages: Record<string, string> = {};
    for (const lang of ['en', 'el']) {
      const response = await t.app.inject({ url: `/${lang}/medicines/human/EPAR/lumykras/product-information/changes` });
      assert.equal(response.statusCode, 200);
      pages[lang] = response.body;
    }
    const reports = await validateHtml(pages);
    if (!reports) return ctx.skip('java not found: the Nu Html Checker needs it');
    for (const [lang, report] of Object.entries(reports)) assert.deepEqual(report.errors, [], `${lang}: ${JSON.stringify(report.errors)}`);
  });

  test('search finds words of a section, names the section and links to it, in the language\'s stemming, and can search one section alone', async () => {
    await t.services.search.refreshStale();
    const search = async (query: string) => {
      const response = await t.app.inject({ url: `/api/v1/search?${query}` });
      assert.equal(response.statusCode, 200, response.body);
      return (response.json() as { results: { slug: string; match: { field: string; section?: { key: string; label: string; anchor: string } | null } | null }[] }).results;
    };
    // "fatigued" finds "fatigue" only through English stemming; it is in 4.8 alone.
    const [hit] = await search('q=fatigued&lang=en');
    assert.equal(hit!.slug, 'lumykras');
    assert.deepEqual(hit!.match!.section, { annex: 'smpc', key: '4.8', label: '4.8. Undesirable effects', anchor: 'smpc-4-8' });
    const page = await t.app.inject({ url: '/en/search?q=fatigued' });
    assert.match(page.body, /<a href="\/en\/medicines\/human\/EPAR\/lumykras\/product-information#smpc-4-8">4\.8\. Undesirable effects<\/a>/);
    // Only contraindications: hypersensitivity is there, the dose is not.
    assert.deepEqual((await search('q=hypersensitivity&section=4.3')).map((r) => [r.slug, r.match?.section?.key]), [['lumykras', '4.3']]);
    assert.deepEqual(await search('q=dose&section=4.3'), []);
    const filtered = await t.app.inject({ url: '/en/search?q=hypersensitivity&section=4.3' });
    assert.match(filtered.body, /<input class="input search-page__section-input" type="text" id="search-section" name="section" value="4\.3"/);
    assert.match(filtered.body, /product-information#smpc-4-3/);
    assert.equal((await search('q=dose&section=4.2')).length, 1);
    assert.equal((await t.app.inject({ url: '/api/v1/search?q=dose&section=drop%20table' })).statusCode, 400);
  });

  test("the medicine's feed says which sections changed", async () => {
    const response = await t.app.inject({ url: '/en/medicines/human/EPAR/lumykras/feed.atom' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /Product information in English: 4\.2 Posology and method of administration, 4\.8 Undesirable effects changed/);
    assert.match(response.body, /Product information in English first recorded/);
    assert.doesNotMatch(response.body, /4\.3 Contraindications/);
  });

  test('a webhook subscribed to product-information changes receives the two sections (the older version, back-filled into the past, is no news)', async () => {
    await t.services.webhookWorker.runOnce();
    await receiver.until((r) => r.length >= 1);
    const bodies = receiver.received.map((r) => r.json!).filter((b) => b.subscription.id === subscription);
    assert.ok(receiver.received.every((r) => r.verified));
    assert.equal(bodies.length, 1);
    const [body] = bodies;
    assert.deepEqual((body!.revision.changes as { field: string }[]).map((c) => c.field), ['productInformation.en[smpc 4.2]', 'productInformation.en[smpc 4.8]']);
    assert.deepEqual(body!.revision.kinds, ['product-information']);
    assert.deepEqual(body!.summary, ['Product information in English: 4.2 Posology and method of administration, 4.8 Undesirable effects changed']);
  });
});
