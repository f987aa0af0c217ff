import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestApp } from '../../../test/support/test-app.ts';

const ORIGIN = 'https://data.openepar.example';

/** The page's text as a reader copies it: HTML's escapes undone. */
const unescape = (html: string) => html.replace(/&#39;|&quot;|&lt;|&gt;|&amp;/g, (e) => ({ '&#39;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' })[e]!);

describe('open data for developers', () => {
  const t = useTestApp({ PUBLIC_BASE_URL: ORIGIN });

  test('the open-data page explains the API, feeds, webhooks and exports with commands on this portal, in English and in Swedish', async () => {
    const res = await t.app.inject('/en/open-data');
    assert.equal(res.statusCode, 200);
    const en = { body: unescape(res.body) };
    assert.match(en.body, /<html lang="en">/);
    assert.match(en.body, /<h1 class="heading-xl">Open data<\/h1>/);
    for (const heading of ['JSON API', 'Feeds', 'Webhooks', 'Exports']) assert.match(en.body, new RegExp(`<h2 [^>]*>${heading}</h2>`));
    assert.match(en.body, new RegExp(`curl '${ORIGIN}/api/v1/medicines/lumykras'`));
    assert.match(en.body, new RegExp(`curl -X POST '${ORIGIN}/api/v1/webhooks'`));
    assert.match(en.body, /-d '\{"url": "https:\/\/example\.org\/openepar-hook", "medicine": "lumykras"\}'/);
    assert.match(en.body, new RegExp(`curl '${ORIGIN}/api/v1/changes\\?since=`));
    assert.match(en.body, /href="\/api\/docs"/);

    const swedish = await t.app.inject('/sv/open-data');
    assert.equal(swedish.statusCode, 200);
    const sv = { body: unescape(swedish.body) };
    assert.match(sv.body, /<html lang="sv">/);
    assert.match(sv.body, /<h1 class="heading-xl">Öppna data<\/h1>/);
    assert.match(sv.body, /<h2 [^>]*>Flöden<\/h2>/);
    assert.match(sv.body, new RegExp(`curl '${ORIGIN}/sv/whats-new/feed.rss'`));
  });

  test('every page links the open-data page and the API reference from its footer', async () => {
    const res = await t.app.inject('/de');
    assert.match(res.body, /<footer[\s\S]*href="\/de\/open-data"[\s\S]*href="\/api\/docs"[\s\S]*<\/footer>/);
  });

  test('the API reference at /api/docs is a page whose scripts and styles all come from this origin', async () => {
    const res = await t.app.inject('/api/docs');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/html/);
    // The site's strict policy applies unchanged: no inline script is needed.
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'(;|$)/);
    const assets = [...res.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(assets.some((a) => a.endsWith('swagger-ui-bundle.js')));
    assert.doesNotMatch(res.body, /<script>|<script [^>]*>[^<\s]/, 'no inline script');
    for (const asset of assets) {
      assert.ok(asset.startsWith('/api/docs/'), `${asset} is on this origin`);
      const file = await t.app.inject(asset);
      assert.equal(file.statusCode, 200, asset);
    }
    const init = await t.app.inject('/api/docs/static/swagger-initializer.js');
    assert.match(init.body, /validatorUrl: null/);
  });

  test('the OpenAPI description is still served as JSON, and the reference renders the same one', async () => {
    const res = await t.app.inject('/api/openapi.json');
    assert.equal(res.statusCode, 200);
    const spec = res.json() as { openapi: string; paths: Record<string, unknown> };
    assert.equal(spec.openapi, '3.1.0');
    assert.ok('/api/v1/medicines' in spec.paths);
    const shown = (await t.app.inject('/api/docs/json')).json() as { paths: Record<string, unknown> };
    assert.deepEqual(Object.keys(shown.paths).sort(), Object.keys(spec.paths).sort());
    assert.ok(!Object.keys(spec.paths).some((p) => p.startsWith('/api/docs')), 'the reference does not list itself');
  });
});
