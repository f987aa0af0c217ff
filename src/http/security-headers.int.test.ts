import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type AddressInfo } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createServices, type Services } from '../services.ts';
import { buildMedicine } from '../../test/support/medicine-builder.ts';
import { openTestDatabase, type TestDatabase } from '../../test/support/test-database.ts';

const SOURCE = { kind: 'editor', reference: 'test', asOf: new Date('2024-01-01T00:00:00Z') } as const;

async function openApp(env: Record<string, string>): Promise<{ app: FastifyInstance; services: Services; database: TestDatabase }> {
  const database = await openTestDatabase('pglite');
  const services = await createServices(loadConfig({ LOG_LEVEL: 'silent', ...env }), { database });
  const app = await createApp(services, { logger: false });
  await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, () => buildMedicine(), SOURCE);
  return { app, services, database };
}

async function closeApp({ app, services, database }: { app: FastifyInstance; services: Services; database: TestDatabase }): Promise<void> {
  await app.close();
  await services.webhookWorker.stop();
  await database.dispose();
}

function directives(response: LightMyRequestResponse): Map<string, string> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return new Map(header.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.slice(d.indexOf(' ') + 1)] as const));
}

// Headers are the same whatever the storage, so PGlite alone is enough here.
describe('security headers, CORS and caching of the public API', () => {
  let opened: Awaited<ReturnType<typeof openApp>>;
  let app: FastifyInstance;
  let key: string;

  before(async () => {
    opened = await openApp({});
    app = opened.app;
    key = (await opened.services.apiKeys.create('header tests')).key;
  });
  after(() => closeApp(opened));

  test('pages, API answers, files and errors all carry a strict Content-Security-Policy and the other security headers', async () => {
    const answers: [string, LightMyRequestResponse][] = [
      ['a page', await app.inject('/en')],
      ['a medicine page', await app.inject('/en/medicines/human/EPAR/lumykras')],
      ['an API record', await app.inject('/api/v1/medicines/lumykras')],
      ['an API error', await app.inject('/api/v1/medicines/no-such-medicine')],
      ['a page that is not there', await app.inject('/en/no-such-page')],
      ['a bad request', await app.inject('/api/v1/medicines?limit=lots')],
      ['an authenticated route', await app.inject({ url: '/api/v1/webhooks', headers: { authorization: `Bearer ${key}` } })],
      ['a stylesheet', await app.inject('/assets/site.css')],
      // Answered by Fastify before any hook runs.
      ['an address with a bad %-escape', await app.inject('/en/%E0%A4%A')],
      ['an over-long path segment', await app.inject(`/en/medicines/human/EPAR/${'x'.repeat(600)}`)],
    ];
    for (const [what, response] of answers) {
      const csp = directives(response);
      assert.equal(csp.get('default-src'), "'self'", what);
      assert.equal(csp.get('script-src'), "'self'", what);
      assert.equal(csp.get('style-src'), "'self'", what);
      assert.equal(csp.get('frame-ancestors'), "'none'", what);
      assert.equal(csp.get('object-src'), "'none'", what);
      for (const [name, value] of csp) assert.doesNotMatch(value, /unsafe-inline|unsafe-eval|https?:|\*/, `${what}: ${name} ${value}`);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', what);
      assert.equal(response.headers['x-frame-options'], 'DENY', what);
      assert.equal(response.headers['referrer-policy'], 'strict-origin-when-cross-origin', what);
      // A site served over plain HTTP must not promise HTTPS.
      assert.equal(response.headers['strict-transport-security'], undefined, what);
    }
    assert.deepEqual(answers.map(([, r]) => r.statusCode), [200, 200, 200, 404, 404, 400, 200, 200, 400, 404]);
  });

  test('API lists of whole records or revisions give at most 50 items a page', async () => {
    for (const list of ['/api/v1/medicines', '/api/v1/medicines/lumykras/revisions', '/api/v1/changes']) {
      assert.equal((await app.inject(`${list}?limit=50`)).statusCode, 200, list);
      const over = await app.inject(`${list}?limit=51`);
      assert.equal(over.statusCode, 400, list);
      assert.equal((over.json() as { code: string }).code, 'invalid-input', list);
    }
  });

  test('the pages have no inline script, style or event handler for the policy to block', async () => {
    for (const url of ['/en', '/en/medicines/human/EPAR/lumykras', '/en/search?q=lumykras', '/en/medicines', '/en/whats-new', '/en/no-such-page']) {
      const body = (await app.inject(url)).body;
      assert.match(body, /<script src="\/assets\//, url);
      // Structured data (JSON-LD) is data a browser never runs, so the policy has nothing to block.
      assert.doesNotMatch(body, /<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/ld\+json")[^>]*>/i, `${url}: inline <script>`);
      assert.doesNotMatch(body, /<style|\sstyle=|\son[a-z]+=|javascript:/i, `${url}: inline style or handler`);
      assert.doesNotMatch(body, /(?:src|href)="(?:https?:)?\/\/(?![^"]*ema\.europa\.eu)[^"]*\.(?:js|css|woff2?)"/i, `${url}: an asset from another origin`);
    }
  });

  test('the public API answers any origin and its preflight, authenticated routes answer none', async () => {
    const origin = { origin: 'https://elsewhere.example' };
    for (const url of ['/api/v1/medicines', '/api/v1/medicines/lumykras', '/api/v1/search?q=lumykras', '/api/v1/changes', '/api/v1/medicines/no-such-medicine']) {
      const response = await app.inject({ url, headers: origin });
      assert.equal(response.headers['access-control-allow-origin'], '*', url);
      assert.match(String(response.headers['access-control-expose-headers']), /ETag/, url);
      assert.equal(response.headers['access-control-allow-credentials'], undefined, url);
    }
    const head = await app.inject({ method: 'HEAD', url: '/api/v1/medicines/lumykras', headers: origin });
    assert.equal(head.headers['access-control-allow-origin'], '*');

    // If-None-Match is not a simple header, so a browser asks first.
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/medicines/lumykras',
      headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    assert.match(String(preflight.headers['access-control-allow-methods']), /\bGET\b/);
    assert.doesNotMatch(String(preflight.headers['access-control-allow-methods']), /POST|DELETE/);
    assert.match(String(preflight.headers['access-control-allow-headers']), /If-None-Match/i);
    const listPreflight = await app.inject({ method: 'OPTIONS', url: '/api/v1/medicines?limit=5', headers: { ...origin, 'access-control-request-method': 'GET' } });
    assert.equal(listPreflight.statusCode, 204);

    const authenticated = [
      await app.inject({ url: '/api/v1/webhooks', headers: { ...origin, authorization: `Bearer ${key}` } }),
      await app.inject({ url: '/api/v1/webhooks', headers: origin }),
      await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { ...origin, authorization: `Bearer ${key}` }, payload: {} }),
      await app.inject({ method: 'OPTIONS', url: '/api/v1/webhooks', headers: { ...origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } }),
      await app.inject({ method: 'OPTIONS', url: '/api/v1/webhooks/abc/deliveries', headers: { ...origin, 'access-control-request-method': 'GET' } }),
    ];
    assert.deepEqual(authenticated.map((r) => r.statusCode), [200, 401, 400, 404, 404]);
    for (const response of authenticated) {
      const cors = Object.keys(response.headers).filter((name) => name.startsWith('access-control-'));
      assert.deepEqual(cors, [], `${response.statusCode}: ${cors.join(', ')}`);
    }
    // Pages are for this site only.
    assert.equal((await app.inject({ url: '/en', headers: origin })).headers['access-control-allow-origin'], undefined);
  });

  test('an API list and an API record answer 304 to a matching If-None-Match and 200 with a new ETag once the record changes', async () => {
    for (const url of ['/api/v1/medicines', '/api/v1/medicines/lumykras', '/api/v1/medicines/lumykras/revisions']) {
      const first = await app.inject(url);
      assert.equal(first.statusCode, 200, url);
      const etag = String(first.headers.etag);
      assert.match(etag, /^"[\w-]+"$/, url);
      assert.equal(first.headers['cache-control'], 'public, max-age=60', url);

      const again = await app.inject({ url, headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304, url);
      assert.equal(again.body, '', url);
      assert.equal(again.headers.etag, etag, url);
      assert.equal(again.headers['access-control-allow-origin'], '*', `${url}: a 304 is readable cross-origin too`);

      for (const method of ['GET', 'HEAD'] as const) {
        const any = await app.inject({ method, url, headers: { 'if-none-match': '*' } });
        assert.equal(any.statusCode, 304, `${method} ${url} with If-None-Match: *`);
      }

      const other = await app.inject({ url, headers: { 'if-none-match': '"something-else"' } });
      assert.equal(other.statusCode, 200, url);
      assert.equal(other.body, first.body, url);
    }

    const before = String((await app.inject('/api/v1/medicines/lumykras')).headers.etag);
    await opened.services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: null }, (m) => ({ ...m!, inn: 'sotorasib (changed)' }), { ...SOURCE, asOf: new Date('2025-01-01T00:00:00Z') });
    const changed = await app.inject({ url: '/api/v1/medicines/lumykras', headers: { 'if-none-match': before } });
    assert.equal(changed.statusCode, 200);
    assert.notEqual(changed.headers.etag, before);
  });

  test('the language cookie is Secure only when the request came over HTTPS', async () => {
    const plain = await app.inject('/choose-language?lang=de&next=%2Fmedicines');
    assert.equal(plain.statusCode, 303);
    assert.doesNotMatch(String(plain.headers['set-cookie']), /Secure/);
    // Without TRUST_PROXY, a client cannot claim HTTPS by sending the header itself.
    const claimed = await app.inject({ url: '/choose-language?lang=de', headers: { 'x-forwarded-proto': 'https' } });
    assert.doesNotMatch(String(claimed.headers['set-cookie']), /Secure/);
  });
});

describe('behind a TLS reverse proxy', () => {
  let opened: Awaited<ReturnType<typeof openApp>>;
  before(async () => {
    opened = await openApp({ TRUST_PROXY: 'loopback', HSTS_MAX_AGE: '31536000' });
  });
  after(() => closeApp(opened));

  test('a request the trusted proxy forwarded over HTTPS gets a Secure cookie, and every answer HSTS', async () => {
    const viaProxy = await opened.app.inject({ url: '/choose-language?lang=fr', headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' } });
    assert.match(String(viaProxy.headers['set-cookie']), /; Secure$/);
    assert.equal(viaProxy.headers['strict-transport-security'], 'max-age=31536000');
    assert.ok(directives(viaProxy).has('upgrade-insecure-requests'));
    const api = await opened.app.inject('/api/v1/medicines/lumykras');
    assert.equal(api.headers['strict-transport-security'], 'max-age=31536000');
  });
});

describe('rate limits', () => {
  let opened: Awaited<ReturnType<typeof openApp>>;
  before(async () => {
    // No exemption: requests injected in-process come from 127.0.0.1, which is exempt by default.
    opened = await openApp({ RATE_LIMIT_API: '3', RATE_LIMIT_SEARCH: '2', RATE_LIMIT_EXEMPT: '', RATE_LIMIT_WINDOW_SECONDS: '60' });
  });
  after(() => closeApp(opened));

  test('the API answers 429 in JSON with Retry-After once a client passes its limit, and other clients and kinds keep their own budgets', async () => {
    const { app } = opened;
    const asClient = (url: string, ip: string) => app.inject({ url, remoteAddress: ip });
    for (let i = 0; i < 3; i++) assert.equal((await asClient('/api/v1/medicines/lumykras', '198.51.100.7')).statusCode, 200, `request ${i + 1}`);

    const refused = await asClient('/api/v1/medicines', '198.51.100.7');
    assert.equal(refused.statusCode, 429);
    assert.match(String(refused.headers['content-type']), /^application\/json/);
    const retryAfter = Number(refused.headers['retry-after']);
    assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60, `Retry-After: ${refused.headers['retry-after']}`);
    const body = refused.json() as { status: number; code: string; message: string };
    assert.equal(body.status, 429);
    assert.equal(body.code, 'rate-limited');
    assert.match(body.message, /Too many requests/);
    assert.equal(refused.headers['access-control-allow-origin'], '*', 'a browser client can read why');
    assert.equal(refused.headers['x-content-type-options'], 'nosniff');

    assert.equal((await asClient('/api/v1/medicines/lumykras', '198.51.100.8')).statusCode, 200, 'another client');
    assert.equal((await asClient('/api/v1/search?q=lumykras', '198.51.100.7')).statusCode, 200, 'search has its own budget');
    assert.equal((await asClient('/en/medicines/human/EPAR/lumykras', '198.51.100.7')).statusCode, 200, 'pages are not limited');
    // One IPv6 host can use its whole /64.
    for (let i = 1; i <= 3; i++) assert.equal((await asClient('/api/v1/medicines', `2001:db8:1:2::${i}`)).statusCode, 200);
    assert.equal((await asClient('/api/v1/medicines', '2001:db8:1:2:ffff::1')).statusCode, 429);
  });

  test('a search page over the limit is a 429 page in the site’s look', async () => {
    const { app } = opened;
    const ip = '198.51.100.20';
    for (let i = 0; i < 2; i++) assert.equal((await app.inject({ url: '/de/search?q=x', remoteAddress: ip })).statusCode, 200);
    const refused = await app.inject({ url: '/de/search?q=x', remoteAddress: ip });
    assert.equal(refused.statusCode, 429);
    assert.match(String(refused.headers['content-type']), /^text\/html/);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.match(refused.body, /<html lang="de">/);
    assert.match(refused.body, /429/);
  });

});

describe('slow clients', () => {
  let opened: Awaited<ReturnType<typeof openApp>>;
  let port: number;
  before(async () => {
    opened = await openApp({ HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '5000' });
    await opened.app.listen({ host: '127.0.0.1', port: 0 });
    port = (opened.app.server.address() as AddressInfo).port;
  });
  after(() => closeApp(opened));

  test('a client that trickles its headers in is answered 408 and cut off once the headers timeout passes', async () => {
    const started = performance.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('latin1')));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      socket.write('GET /en HTTP/1.1\r\nHost: localhost\r\n');
      // One more header line every 300 ms, never the blank line that ends them.
      const drip = setInterval(() => socket.writable && socket.write(`X-Drip-${Math.round(performance.now())}: 1\r\n`), 300);
      socket.on('close', () => clearInterval(drip));
      setTimeout(() => reject(new Error('the server kept the connection open')), 8000).unref();
    });
    const seconds = (performance.now() - started) / 1000;
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.ok(seconds >= 0.9 && seconds < 3, `cut off after ${seconds.toFixed(1)} s`);
  });

  test('the server runs with the configured timeouts and body limit', () => {
    const server = opened.app.server;
    assert.equal(server.headersTimeout, 1000);
    assert.equal(server.requestTimeout, 5000);
    assert.equal(server.keepAliveTimeout, 72_000);
    assert.equal(server.timeout, 60_000);
    assert.equal(opened.app.initialConfig.bodyLimit, 64 * 1024);
  });
});
