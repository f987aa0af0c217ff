import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES } from '../domain/languages.ts';
import { type Services } from '../services.ts';
import { buildMedicine } from '../../test/support/medicine-builder.ts';
import { useTestApp } from '../../test/support/test-app.ts';

const ORIGIN = 'https://openepar.example';

/** Every `<script type="application/ld+json">` of a page, parsed. */
function structuredData(body: string): Record<string, unknown>[] {
  return [...body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}

const meta = (body: string, attr: 'name' | 'property', key: string) => new RegExp(`<meta ${attr}="${key.replace(':', '\\:')}" content="([^"]*)">`).exec(body)?.[1];

describe('pages as search engines and link previews read them', () => {
  const t = useTestApp({ PUBLIC_BASE_URL: `${ORIGIN}/` }, async (services: Services) => {
    // A name with markup in it: the structured data must not let it close its <script>.
    await services.writer.assert(
      { productNumber: 'EMEA/H/C/005522', slug: 'lumykras' },
      buildMedicine({ name: 'Lumykras</script><b>' }),
      { kind: 'epar-page', reference: 'lumykras.md', asOf: new Date('2024-12-03') },
    );
  });

  test('hreflang links are absolute URLs on the configured origin, one per language and an x-default', async () => {
    const res = await t.app.inject('/sv/medicines/human/EPAR/lumykras');
    assert.equal(res.statusCode, 200);
    const links = [...res.body.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    assert.equal(links.length, LANGUAGES.length + 1);
    for (const lang of LANGUAGES) assert.deepEqual(links.find(([l]) => l === lang), [lang, `${ORIGIN}/${lang}/medicines/human/EPAR/lumykras`]);
    assert.deepEqual(links.find(([l]) => l === 'x-default'), ['x-default', `${ORIGIN}/en/medicines/human/EPAR/lumykras`]);
    assert.match(res.body, new RegExp(`<link rel="canonical" href="${ORIGIN}/sv/medicines/human/EPAR/lumykras">`));
    assert.equal(meta(res.body, 'property', 'og:url'), `${ORIGIN}/sv/medicines/human/EPAR/lumykras`);
    assert.equal(meta(res.body, 'property', 'og:type'), 'article');
  });

  test("a medicine's page describes the medicine as a Drug on a MedicalWebPage, with its breadcrumbs, in JSON-LD that cannot close its element", async () => {
    const res = await t.app.inject('/en/medicines/human/EPAR/lumykras');
    assert.equal(res.statusCode, 200);
    const scripts = [...res.body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    assert.ok(scripts.length >= 3);
    for (const text of scripts) assert.doesNotMatch(text, /</, 'no < inside the JSON-LD');
    const data = structuredData(res.body);
    const drug = data.find((d) => d['@type'] === 'Drug');
    assert.equal(drug?.name, 'Lumykras</script><b>');
    assert.equal(drug?.['@context'], 'https://schema.org');
    assert.equal(drug?.identifier, 'EMEA/H/C/005522');
    const page = data.find((d) => d['@type'] === 'MedicalWebPage');
    assert.equal(page?.url, `${ORIGIN}/en/medicines/human/EPAR/lumykras`);
    assert.deepEqual(page?.about, { '@id': drug?.['@id'] });
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
    const items = crumbs?.itemListElement as { position: number; name: string; item: string }[];
    assert.deepEqual(items.map((i) => [i.position, i.item]), [[1, `${ORIGIN}/en`], [2, `${ORIGIN}/en/medicines`], [3, `${ORIGIN}/en/medicines/human/EPAR/lumykras`]]);
    assert.equal(items[2]!.name, 'Lumykras</script><b>');
  });

  test('every page type has a meta description and Open Graph tags in its own language', async () => {
    const pages = ['/en', '/sv', '/en/medicines', '/sv/medicines', '/en/search?q=lumykras', '/en/browse', '/en/whats-new', '/en/medicines/human/EPAR/lumykras/history', '/en/open-data', '/de/open-data'];
    for (const url of pages) {
      const res = await t.app.inject(url);
      assert.equal(res.statusCode, 200, url);
      const description = meta(res.body, 'name', 'description');
      assert.ok(description && description.length > 20, `${url} has a description`);
      assert.equal(meta(res.body, 'property', 'og:description'), description, url);
      assert.ok(meta(res.body, 'property', 'og:title'), url);
      assert.match(res.body, /<link rel="canonical" href="https:\/\/openepar\.example\//, url);
    }
    const english = meta((await t.app.inject('/en')).body, 'name', 'description');
    const swedish = meta((await t.app.inject('/sv')).body, 'name', 'description');
    assert.notEqual(english, swedish, 'the home page describes itself in Swedish on the Swedish page');
    assert.notEqual(meta((await t.app.inject('/en/medicines')).body, 'name', 'description'), meta((await t.app.inject('/sv/medicines')).body, 'name', 'description'));
  });

  test('an error page has a description but no canonical address, alternates or structured data of its own', async () => {
    const res = await t.app.inject('/en/medicines/human/EPAR/no-such-medicine');
    assert.equal(res.statusCode, 404);
    assert.ok(meta(res.body, 'name', 'description'));
    assert.doesNotMatch(res.body, /rel="canonical"|hreflang="x-default"|application\/ld\+json/);
  });
});
