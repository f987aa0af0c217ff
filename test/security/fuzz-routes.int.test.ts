/**
 * Every route Fastify has registered, asked with hostile path segments, query values, headers
 * and bodies: NUL bytes, lone surrogates, double encoding, over-long values, dot segments,
 * script markers, numbers out of range, arrays where scalars go, bad JSON. Bad input must be
 * a 4xx in the documented form (`{status, code, message}` under /api/, an OperationOutcome under
 * /fhir, the HTML error page in the site's layout elsewhere), never a 5xx, and nothing a client sent may come back able to
 * run as script.
 *
 * The routes are collected from Fastify itself (an `onRoute` hook on the instance `createApp`
 * builds), so a route added later is fuzzed without anyone listing it here. The requests come
 * from a seeded generator: a failure names its seed and request, and `FUZZ_SEED=<seed>` asks
 * the same ones again. `FUZZ_REQUESTS_PER_ROUTE` sets the budget (40 by default).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import diagnostics from 'node:diagnostics_channel';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { ERROR_CODES, statusOf, type ErrorCode } from '../../src/domain/errors.ts';
import { importRecords, SAMPLE_DIR } from '../../src/ingest/sample/import-sample.ts';
import { createServices, type Services } from '../../src/services.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { pick, seededRandom } from '../support/seeded-random.ts';

const SEED = positiveInt('FUZZ_SEED', 20_260_612);
const PER_ROUTE = positiveInt('FUZZ_REQUESTS_PER_ROUTE', 40);

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}="${raw}" must be a positive whole number`);
  return n;
}

/** What a script injection would look like; it must never come back as markup. */
const MARKER = '<script>alert(1)</script>';
const OVERLONG = 'x'.repeat(100_000);
/** A public address written as an address, so checking a webhook URL never asks a resolver. */
const PUBLIC_HOOK = 'https://93.184.215.14/hook';

/* ---------- hostile values ---------- */

/** Decoded text, percent-encoded where it goes into a URL and JSON-encoded in bodies. */
const TEXTS = [
  '\u0000', 'lumykras\u0000', '\u0000\u0000\u0000', MARKER, `"'><${'img'} src=x onerror=alert(1)>${MARKER}`, `lumykras${MARKER}`,
  '../../../../etc/passwd', '..\\..\\..\\windows\\win.ini', '..', '.', '', ' ', '\t', '%', '%zz', '%00', '%25ff', '%252e%252e%252f',
  '\r\nSet-Cookie: injected=1', '\u202e', '\uFEFF', '€', '😀', 'Ａ', 'İ', 'ß', 'lumykras ', ' LUMYKRAS', 'EMEA/H/C/005522', 'EMEA/H/C/',
  '-1', '0', '1.5', '1e309', '-1e309', '99999999999999999999999999', '9007199254740993', '2147483648', '0x10', 'NaN', 'Infinity',
  'true', 'null', 'undefined', '[]', '{}', '__proto__', 'constructor', "' or '1'='1", '1; drop table medicines', '$where', '*', '?',
  '#', '&', '=', '+', ';', ',', OVERLONG, 'a'.repeat(501), 'é'.repeat(3000),
];
/** Already percent-encoded: bytes no encoder produces from text (bad UTF-8, lone surrogates, double encoding). */
const ENCODED = [
  '%00', 'lumykras%00', '%ED%A0%80', '%ED%B0%80x', '%ff', '%FE%FF', '%C0%AE%C0%AE%2F', '%C0%80', '%F4%90%80%80', '%E2%82', '%25ff',
  '%252e%252e', '%252e%252e%252fpackage.json', '..%2f..%2fpackage.json', '%2e%2e%2fpackage.json', '..%5c..%5cpackage.json',
  '%', '%%', '%zz', '%u0000', '%uD800', '%0d%0aSet-Cookie:%20injected=1', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%E2%82%AC',
  '%F0%9F%98%80', '%20', '%09', '~', '@', '$', '!', "'", '(', ')', '%2F', 'EMEA%2FH%2FC%2F005522', 'EMEA%2Fx%2FC%2F1',
];

function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate has no UTF-8 form; send what a careless client would: its 3-byte encoding.
    return [...text].map((c) => (/[\uD800-\uDFFF]/.test(c) ? `%${c.charCodeAt(0) === 0xd800 ? 'ED%A0%80' : 'ED%B0%80'}` : encodeURIComponent(c))).join('');
  }
}

/** Random bytes, percent-encoded: mostly invalid UTF-8. */
function randomEncoded(rnd: () => number): string {
  const length = 1 + Math.floor(rnd() * 12);
  let out = '';
  for (let i = 0; i < length; i++) out += `%${Math.floor(rnd() * 256).toString(16).padStart(2, '0').toUpperCase()}`;
  return out;
}

/** Random code points, lone surrogates included. */
function randomText(rnd: () => number): string {
  const length = 1 + Math.floor(rnd() * 12);
  let out = '';
  for (let i = 0; i < length; i++) {
    const range = pick(rnd, [0x80, 0x800, 0x10000, 0x110000]);
    out += String.fromCodePoint(Math.floor(rnd() * range));
  }
  return out;
}

/** A hostile value, encoded for a URL (path segment or query value). */
function hostileEncoded(rnd: () => number): string {
  const r = rnd();
  if (r < 0.4) return encode(pick(rnd, TEXTS));
  if (r < 0.75) return pick(rnd, ENCODED);
  if (r < 0.87) return randomEncoded(rnd);
  return encode(randomText(rnd));
}

/** Header values as Node hands them over: latin-1 text, no control characters but tab. */
function latin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1').replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

function hostileHeader(rnd: () => number, name: string, apiKey: string): string {
  const common = [MARKER, OVERLONG, latin1('\uD800'), latin1('€😀'), '\u00ff\u00fe', '""', ',,,;;;', ' '];
  const own: Record<string, string[]> = {
    'accept-language': [
      'sv-FI;q=0.5,'.repeat(5000), 'en;q=1e999,sv;q=-1', '*;q=NaN', 'zz-ZZ-x-' + 'a'.repeat(5000), `${'de'};q=${'0'.repeat(10_000)}1`,
      'x-'.repeat(20_000), '-,-,-', ';q=1', 'sv;q=0.5;q=1,de', 'SV', 'nb-NO',
    ],
    accept: ['application/json', 'text/html;q=0', '*/*;q=2', 'application/fhir+json', 'text/event-stream', 'image/*', `text/html;${'a=b;'.repeat(5000)}`],
    'if-none-match': ['*', '"x"', 'W/"' + OVERLONG, `"${MARKER}"`, '"", ""', 'W/', '"\u00ff"', `"${'0'.repeat(64)}"`],
    cookie: [
      `openepar_lang=${MARKER}`, 'openepar_lang=xx', 'openepar_lang=sv; openepar_lang=de', 'openepar_lang=', '=;=;=', `a=${OVERLONG}`,
      'openepar_lang=sv'.repeat(2000), `openepar_lang=${latin1('\uD800')}`,
    ],
    authorization: [
      'Bearer ', 'Bearer', 'Bearer oep_', `Bearer oep_${OVERLONG}`, `Bearer ${MARKER}`, 'Basic Zm9vOmJhcg==', `bearer    ${apiKey}`, apiKey,
      `Bearer ${apiKey}x`, `Bearer ${apiKey.slice(0, -1)}`, `Bearer ${apiKey} ${apiKey}`, 'Bearer oep_%00', `Bearer ${latin1('\uD800')}`,
    ],
  };
  const r = rnd();
  if (r < 0.6) return pick(rnd, own[name] ?? common);
  if (r < 0.85) return pick(rnd, common);
  let out = '';
  const length = 1 + Math.floor(rnd() * 40);
  for (let i = 0; i < length; i++) out += String.fromCharCode(0x20 + Math.floor(rnd() * 0xe0));
  return out;
}

const HOSTILE_HEADERS = ['accept-language', 'accept', 'if-none-match', 'cookie', 'authorization'] as const;

/** A JSON value where a string, number or object is expected: wrong types, nulls, huge numbers. */
function hostileJson(rnd: () => number): unknown {
  const r = rnd();
  if (r < 0.45) return r < 0.1 ? randomText(rnd) : pick(rnd, TEXTS);
  if (r < 0.6) return pick(rnd, [-1, 0, 1.5, 1e308, -1e308, 2 ** 53 + 2, -(2 ** 63), Number.MIN_VALUE]);
  if (r < 0.75) return [pick(rnd, TEXTS)];
  if (r < 0.85) return pick(rnd, [null, true, false, {}, [], [[]], { url: PUBLIC_HOOK }]);
  return { [pick(rnd, ['q', 'lang', 'area', MARKER, '__proto__'])]: pick(rnd, TEXTS) };
}

/** Bodies no JSON parser should turn into a request: broken, oversized, deep, prototype-polluting. */
const RAW_BODIES = [
  '{', '{"url":', '{"url": "https://93.184.215.14/hook",', '}', '"', '\u0000', 'nul', 'undefined', '[]', '"a string"', '1e999999', 'null',
  '{"url":"https://93.184.215.14/hook","url":1}', `{"url":${'9'.repeat(400)}}`, '{"url":"\\ud800"}', '{"url":"\\u0000"}', '{"url":"\\x41"}',
  '{"__proto__":{"polluted":1},"url":"https://93.184.215.14/hook"}', '{"constructor":{"prototype":{"polluted":1}}}',
  '['.repeat(10_000) + ']'.repeat(10_000), '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), '\uFEFF{"url":"https://93.184.215.14/hook"}',
  `{"url":"https://93.184.215.14/hook","description":"${'x'.repeat(2 * 1024 * 1024)}"}`, `{"url":"https://93.184.215.14/hook","search":{"q":"${OVERLONG}"}}`,
];
const CONTENT_TYPES = [
  'application/json', 'application/json; charset=utf-8', 'application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x', 'application/jsonx', 'application/xml', MARKER, '', 'application/json; ' + 'a=b;'.repeat(2000),
];
/** Hostile values for a webhook's URL that never send the check to a resolver. */
const HOSTILE_URLS = [
  'javascript:alert(1)', 'https://[::1]/', 'http://0x7f.1/', 'http://127.0.0.1:5432/', 'http://[::ffff:169.254.169.254]/', `${PUBLIC_HOOK}/${MARKER}`,
  `${PUBLIC_HOOK}\u0000`, `${PUBLIC_HOOK}/\uD800`, 'https://93.184.215.14:99999/', 'ftp://93.184.215.14/', 'https://%ff/', '//93.184.215.14/',
  'https://user:pass@93.184.215.14/', `${PUBLIC_HOOK}?${OVERLONG}`, 'https://93.184.215.14/%00', 'https:\\\\93.184.215.14\\', 'data:text/html,x',
];

/* ---------- routes ---------- */

interface FuzzRoute {
  method: string;
  url: string;
  schema: RouteOptions['schema'];
}

interface JsonObjectSchema {
  properties?: Record<string, unknown>;
  required?: string[];
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Values that get a route to its handler, so that one hostile part is what the handler sees. */
function validParam(route: FuzzRoute, name: string, subscriptionId: string): string {
  if (name === '*') {
    if (route.url.startsWith('/api/v1/medicines/')) return 'lumykras';
    if (route.url.startsWith('/assets/fonts/')) return '400.css';
    if (route.url.startsWith('/assets/')) return 'site.css';
    return 'x';
  }
  if (name === 'id') return route.url.startsWith('/api/v1/webhooks') ? subscriptionId : 'lumykras';
  const known: Record<string, string> = {
    lang: 'en', category: 'human', slug: 'lumykras', n: '1', kind: 'H', number: '005522', code: 'L01', page: 'atc', nodeId: '67508',
    sha256: '0'.repeat(64), file: '1.xml',
  };
  return known[name] ?? 'x';
}

const VALID_QUERY: Record<string, string> = { from: '1', to: '2', lang: 'en', q: 'sotorasib' };

function objectSchema(schema: unknown): JsonObjectSchema | null {
  return schema !== null && typeof schema === 'object' ? (schema as JsonObjectSchema) : null;
}

/** The request parts a route reads: its path parameters, query keys and whether it takes a body. */
function shapeOf(route: FuzzRoute) {
  const segments = route.url.split('/');
  const params = segments.flatMap((s) => (s.startsWith(':') ? [s.slice(1)] : s === '*' ? ['*'] : []));
  const query = objectSchema(route.schema?.querystring);
  const queryKeys = Object.keys(query?.properties ?? {});
  const requiredQuery = query?.required ?? [];
  const body = objectSchema(route.schema?.body);
  return { params, queryKeys, requiredQuery, bodyKeys: Object.keys(body?.properties ?? {}), takesBody: BODY_METHODS.has(route.method) };
}

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** What was hostile, for the failure report. */
  what: string;
}

function buildRequest(rnd: () => number, route: FuzzRoute, ctx: { apiKey: string; subscriptionId: string }): FuzzRequest {
  const shape = shapeOf(route);
  const parts = ['query', 'header', ...(shape.params.length > 0 ? ['path', 'path'] : []), ...(shape.takesBody ? ['body', 'body', 'body'] : [])];
  // Now and then everything at once, which reaches code paths a single bad part cannot.
  const all = rnd() < 0.1;
  const target = pick(rnd, parts);
  const hostile = (part: string) => all || part === target;
  const what: string[] = [];

  const needsKey = route.url.startsWith('/api/v1/webhooks');
  const headers: Record<string, string> = needsKey ? { authorization: `Bearer ${ctx.apiKey}` } : {};

  const badParam = hostile('path') ? pick(rnd, shape.params) : null;
  const path = route.url
    .split('/')
    .map((segment) => {
      const name = segment.startsWith(':') ? segment.slice(1) : segment === '*' ? '*' : null;
      if (name === null) return segment;
      if (name !== badParam && !all) return encodeURIComponent(validParam(route, name, ctx.subscriptionId)).replaceAll('%2F', '/');
      const value = rnd() < 0.15 ? pick(rnd, ['..', '../..', '.', '']) : hostileEncoded(rnd);
      what.push(`path :${name}`);
      return value;
    })
    .join('/');

  // Required keys get valid values; a page size the smallest, so that the many requests whose
  // hostile part is elsewhere cost little (the same code runs for one record as for fifty).
  const baseline = new Map<string, string>(shape.requiredQuery.map((k) => [k, VALID_QUERY[k] ?? 'x']));
  if (shape.queryKeys.includes('limit')) baseline.set('limit', '1');
  const query: string[] = [];
  if (hostile('query')) {
    const keys = shape.queryKeys.length > 0 ? shape.queryKeys : ['q', 'lang', 'page', 'cursor', 'limit', 'next'];
    const count = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < count; i++) {
      const r = rnd();
      const key = r < 0.85 ? pick(rnd, keys) : pick(rnd, ['__proto__', 'constructor[prototype][x]', encodeURIComponent(MARKER), '%00', 'a[]', '']);
      baseline.delete(key);
      const form = rnd();
      if (form < 0.65) query.push(`${key}=${hostileEncoded(rnd)}`);
      else if (form < 0.8) query.push(`${key}=${hostileEncoded(rnd)}`, `${key}=${hostileEncoded(rnd)}`);
      else if (form < 0.9) query.push(`${key}[]=${hostileEncoded(rnd)}`, `${key}[0]=x`);
      else query.push(pick(rnd, [key, `${key}=`, `${key}==`, `&&${key}&=`]));
      what.push(`query ${key}`);
    }
  }

  for (const [key, value] of baseline) query.unshift(`${key}=${value}`);

  if (hostile('header')) {
    const count = all ? HOSTILE_HEADERS.length : 1;
    for (let i = 0; i < count; i++) {
      const name = all ? HOSTILE_HEADERS[i]! : pick(rnd, HOSTILE_HEADERS);
      headers[name] = hostileHeader(rnd, name, ctx.apiKey);
      what.push(`header ${name}`);
    }
  }

  let payload: string | undefined;
  if (shape.takesBody) {
    const base: Record<string, unknown> = route.url === '/api/v1/webhooks' ? { url: PUBLIC_HOOK } : {};
    headers['content-type'] = 'application/json';
    if (hostile('body')) {
      const r = rnd();
      if (r < 0.2) {
        payload = pick(rnd, RAW_BODIES);
        what.push('body raw');
      } else {
        const body = { ...base };
        const keys = [...shape.bodyKeys, 'url', 'search', '__proto__', MARKER];
        const count = 1 + Math.floor(rnd() * 2);
        for (let i = 0; i < count; i++) {
          const key = pick(rnd, keys);
          body[key] =
            key === 'url' && rnd() < 0.6 ? pick(rnd, HOSTILE_URLS)
            : key === 'search' && rnd() < 0.7 ? { [pick(rnd, ['q', 'lang', 'category', 'status', 'area', 'atc', 'holder', 'flag', 'year'])]: hostileJson(rnd) }
            : hostileJson(rnd);
          what.push(`body ${key}`);
        }
        payload = JSON.stringify(body);
      }
      if (rnd() < 0.2) {
        headers['content-type'] = pick(rnd, CONTENT_TYPES);
        what.push('content-type');
      }
    } else {
      payload = JSON.stringify(base);
    }
  }

  return { method: route.method, url: path + (query.length > 0 ? `?${query.join('&')}` : ''), headers, ...(payload === undefined ? {} : { payload }), what: what.join(', ') || 'nothing' };
}

/* ---------- what a response may not do ---------- */

interface Answer {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

const MARKUP = /html|json|xml/;

/** Everything wrong with how `answer` answers a request to `url` (the path as the server saw it). */
function faultsOf(method: string, url: string, answer: Answer): string[] {
  const faults: string[] = [];
  const type = String(answer.headers['content-type'] ?? '');
  if (answer.statusCode >= 500) faults.push(`answered ${answer.statusCode}`);
  if (MARKUP.test(type) && answer.body.includes(MARKER)) faults.push(`reflects the script marker unescaped (${type})`);
  for (const [name, value] of Object.entries(answer.headers)) {
    const text = Array.isArray(value) ? value.join('\n') : String(value ?? '');
    if (text.includes('<script')) faults.push(`reflects the script marker in ${name}`);
    if (/[\r\n\u0000]/.test(text)) faults.push(`header ${name} holds a line break or NUL`);
  }
  const location = answer.headers.location;
  if (typeof location === 'string' && !/^\/(?![/\\])/.test(location)) faults.push(`redirects off the site, to ${location.slice(0, 80)}`);
  if (answer.statusCode >= 400 && method !== 'HEAD') faults.push(...errorFormFaults(url, type, answer));
  return faults;
}

/** A 4xx is in the documented form: JSON `{status, code, message}` for the API, the site's HTML error page otherwise. */
function errorFormFaults(url: string, type: string, answer: Answer): string[] {
  if (url.startsWith('/api/')) {
    if (!type.startsWith('application/json')) return [`API error as ${type || 'no content type'}`];
    let body: { status?: unknown; code?: unknown; message?: unknown };
    try {
      body = JSON.parse(answer.body) as typeof body;
    } catch {
      return ['API error body is not JSON'];
    }
    const faults: string[] = [];
    if (Object.keys(body).sort().join() !== 'code,message,status') faults.push(`API error has fields ${Object.keys(body).join(', ')}`);
    if (!(ERROR_CODES as unknown[]).includes(body.code)) faults.push(`API error code ${String(body.code)} is not in the catalogue`);
    else if (body.status !== answer.statusCode || statusOf(body.code as ErrorCode) !== answer.statusCode) faults.push(`API error ${String(body.code)} with status ${String(body.status)} on a ${answer.statusCode}`);
    if (typeof body.message !== 'string' || body.message === '') faults.push('API error without a message');
    return faults;
  }
  if (/^\/fhir(?:[/?]|$)/.test(url)) {
    // The FHIR API answers errors as an OperationOutcome (src/features/fhir).
    if (!type.startsWith('application/fhir+json')) return [`FHIR error as ${type || 'no content type'}`];
    let outcome: { resourceType?: unknown; issue?: { severity?: unknown; code?: unknown; diagnostics?: unknown }[] };
    try {
      outcome = JSON.parse(answer.body) as typeof outcome;
    } catch {
      return ['FHIR error body is not JSON'];
    }
    const issue = outcome.issue?.[0];
    if (outcome.resourceType !== 'OperationOutcome' || !issue) return ['FHIR error is not an OperationOutcome with an issue'];
    if (issue.severity !== 'error' || typeof issue.code !== 'string' || typeof issue.diagnostics !== 'string') return ['FHIR error issue without severity, code and diagnostics'];
    return [];
  }
  if (!type.startsWith('text/html')) return [`page error as ${type || 'no content type'}`];
  if (!/^<!DOCTYPE html>\n<html lang="[a-z]{2}">/.test(answer.body) || !answer.body.includes('<main id="main-content"')) return ['page error without the site layout'];
  return [];
}

/* ---------- raw requests ---------- */

/** Sends `target` byte for byte (no client normalises it) and reads the whole answer. */
function rawRequest(port: number, target: string, extraHeaders = ''): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(20_000, () => socket.destroy(new Error(`no answer to ${target.slice(0, 80)}`)));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = (split < 0 ? text : text.slice(0, split)).split('\r\n');
      const statusCode = Number(/^HTTP\/1\.1 (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0);
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      const raw = split < 0 ? '' : text.slice(split + 4);
      // Small answers only here; chunked ones are read well enough for a substring check.
      resolve({ statusCode, headers, body: Buffer.from(raw, 'latin1').toString('utf8') });
    });
    socket.write(Buffer.from(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extraHeaders}\r\n`, 'latin1'));
  });
}

/* ---------- the tests ---------- */

describe('every route under hostile input', () => {
  let database: TestDatabase;
  let services: Services;
  let app: FastifyInstance;
  let apiKey: string;
  let subscriptionId: string;
  const routes: FuzzRoute[] = [];

  before(async () => {
    database = await openTestDatabase('pglite');
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
    const summary = await importRecords(services.writer, [SAMPLE_DIR], { progress: null });
    assert.deepEqual(summary.errors, []);
    // Fastify announces each instance on this channel as it is created, before any route is
    // added: the hook sees every route createApp registers, plugins' included.
    const onInit = (message: unknown) => {
      (message as { fastify: FastifyInstance }).fastify.addHook('onRoute', (route) => {
        for (const method of [route.method].flat()) routes.push({ method, url: route.url, schema: route.schema });
      });
    };
    diagnostics.subscribe('fastify.initialization', onInit);
    try {
      app = await createApp(services, { logger: false });
    } finally {
      diagnostics.unsubscribe('fastify.initialization', onInit);
    }
    apiKey = (await services.apiKeys.create('fuzz')).key;
    const created = await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization: `Bearer ${apiKey}` }, payload: { url: PUBLIC_HOOK } });
    assert.equal(created.statusCode, 201, created.body);
    subscriptionId = (created.json() as { id: string }).id;
  });
  /** The app on a loopback port, for requests no client library would send as they are. */
  const listening = async (): Promise<number> => {
    if (!app.server.listening) await app.listen({ host: '127.0.0.1', port: 0 });
    return (app.server.address() as AddressInfo).port;
  };
  after(async () => {
    await app.close();
    await services.webhookWorker.stop();
    await database.dispose();
  });

  test('the routes fuzzed are the ones Fastify registered, pages, API, feeds, files and webhooks among them', () => {
    const registered = new Set(routes.map((r) => `${r.method} ${r.url}`));
    for (const expected of [
      'GET /:lang/medicines/:category/EPAR/:slug', 'GET /api/v1/medicines/*', 'GET /api/v1/search', 'GET /:lang/search/feed.rss', 'GET /files/:sha256',
      'POST /api/v1/webhooks', 'DELETE /api/v1/webhooks/:id', 'GET /assets/*', 'GET /healthz',
    ]) {
      assert.ok(registered.has(expected), `${expected} is among the ${registered.size} routes collected`);
    }
  });

  test('no route answers hostile paths, queries, headers or bodies with a 5xx, an unescaped marker or an undocumented error', async (t) => {
    const seen = new Set<string>();
    const fuzzed = routes.filter((r) => {
      const key = `${r.method} ${r.url}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const failures = new Map<string, string>();
    let sent = 0;
    const started = performance.now();
    for (const route of fuzzed) {
      // Each route its own stream of the seed, so adding a route leaves the others' requests as they were.
      const rnd = seededRandom(SEED ^ hash(`${route.method} ${route.url}`));
      // HEAD runs the GET handler: a few requests show it answers as GET does.
      const budget = route.method === 'HEAD' ? Math.ceil(PER_ROUTE / 8) : PER_ROUTE;
      for (let i = 0; i < budget; i++) {
        const request = buildRequest(rnd, route, { apiKey, subscriptionId });
        const response = await app.inject({ method: request.method as 'GET', url: request.url, headers: request.headers, ...(request.payload === undefined ? {} : { payload: request.payload }) });
        sent++;
        const seenUrl = new URL(request.url, 'http://localhost').pathname;
        for (const fault of faultsOf(request.method, seenUrl, { statusCode: response.statusCode, headers: response.headers, body: response.body })) {
          const key = `${route.method} ${route.url}: ${fault}`;
          if (!failures.has(key)) {
            failures.set(
              key,
              `${key}\n    hostile: ${request.what}\n    request: ${request.method} ${request.url.slice(0, 300)}${request.payload ? `\n    body: ${request.payload.slice(0, 200)}` : ''}` +
                `\n    headers: ${JSON.stringify(request.headers).slice(0, 200)}\n    answer: ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
          }
        }
      }
    }
    t.diagnostic(`${sent} requests to ${fuzzed.length} routes in ${((performance.now() - started) / 1000).toFixed(1)} s (FUZZ_SEED=${SEED})`);
    assert.equal(failures.size, 0, `FUZZ_SEED=${SEED}: ${failures.size} kinds of failure\n${[...failures.values()].join('\n')}`);
  });

  test('addresses a client sends verbatim (dot segments, raw bytes, absolute form) reach no file outside the assets and no 5xx', async () => {
    const port = await listening();
    const targets = [
      '/assets/../package.json', '/assets/..%2fpackage.json', '/assets/%2e%2e/package.json', '/assets/%2e%2e%2fpackage.json', '/assets/%252e%252e/package.json',
      '/assets/fonts/noto-sans/../../../package.json', '/assets/fonts/noto-sans/..%2f..%2f..%2fpackage.json', '/assets/fonts/noto-sans/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/assets/fonts/noto-sans/../package.json', '/assets/site.css%00.json', '/assets/.%2e/.%2e/package.json', '/assets/..\\..\\package.json',
      '/../../../../etc/passwd', '/en/../../package.json', '/en/medicines/human/EPAR/../../../../../package.json', '/api/v1/medicines/..%2f..%2f..%2fpackage.json',
      '/api/v1/medicines/%2e%2e', '/files/..%2f..%2fpackage.json', '/en/medicines/human/EPAR/lumykras\xff', '/en/search?q=\xed\xa0\x80', '/en/search?q=%00',
      '/%00', '/en/%00/x', '//evil.example/', '/choose-language?lang=en&next=//evil.example', '/choose-language?lang=en&next=/\\evil.example',
      '/choose-language?lang=en&next=%2F%E2%82%AC', '/choose-language?lang=en&next=/%0d%0aSet-Cookie:x=1', `/en/search?q=${'a'.repeat(8000)}`,
      'http://evil.example/en', '/en/medicines/human/EPAR/%3Cscript%3Ealert(1)%3C%2Fscript%3E', `/en/search?q=${encodeURIComponent(MARKER)}`,
      '/api/v1/medicines/%25ff', '/api/v1/medicines/%ff', '/en/medicines/human/EPAR/%ED%A0%80/history',
    ];
    const failures: string[] = [];
    for (const target of targets) {
      const answer = await rawRequest(port, target);
      const faults = answer.statusCode === 0 ? ['no HTTP answer'] : faultsOf('GET', target.startsWith('http://') ? new URL(target).pathname : target.split('?')[0]!, answer);
      if (/"devDependencies"|root:x:0:0/.test(answer.body)) faults.push('served a file outside the assets');
      for (const fault of faults) failures.push(`GET ${target.slice(0, 120)}: ${fault} (answer ${answer.statusCode} ${answer.body.slice(0, 160)})`);
    }
    assert.deepEqual(failures, []);
  });

  test('the bad inputs found by probing are 4xx answers: NUL in slugs (404) and in filters and bodies (400), a %-escape decoded twice, a non-ASCII redirect', async () => {
    const key = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
    const cases: [string, () => Promise<{ statusCode: number; body: string }>, number][] = [
      ['NUL in a page slug', () => app.inject('/en/medicines/human/EPAR/lumykras%00'), 404],
      ['NUL in an API slug', () => app.inject('/api/v1/medicines/lumykras%00'), 404],
      ['NUL in a history slug', () => app.inject('/en/medicines/human/EPAR/%00/history'), 404],
      ['NUL in a feed slug', () => app.inject('/en/medicines/human/EPAR/%00/feed.atom'), 404],
      ['NUL in a what’s-new filter', () => app.inject('/en/whats-new?area=%00&holder=x%00'), 400],
      ['NUL in a search filter', () => app.inject('/api/v1/search?holder=%00'), 400],
      ['a number too large to be one', () => app.inject('/en/medicines/human/EPAR/lumykras/history/Infinity'), 404],
      ['a page size too large to be one', () => app.inject('/api/v1/suggest?q=sotorasib&limit=1e309'), 400],
      ['NUL in a webhook body', () => app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: key, payload: { url: PUBLIC_HOOK, description: 'a\u0000b' } }), 400],
      ['an array for the webhook URL', () => app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: key, payload: { url: [PUBLIC_HOOK] } }), 400],
      ['arrays in arrays in a webhook search', () => app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: key, payload: { url: PUBLIC_HOOK, search: { category: [[]] } } }), 400],
      ['an escaped % in an API id', () => app.inject('/api/v1/medicines/%25ff'), 404],
      ['a %-escape that is not UTF-8', () => app.inject('/api/v1/medicines/%ff'), 400],
      ['a lone surrogate in a page address', () => app.inject('/en/medicines/human/EPAR/%ED%A0%80'), 400],
    ];
    for (const [what, send, status] of cases) {
      const res = await send();
      assert.equal(res.statusCode, status, `${what}: ${res.body.slice(0, 200)}`);
    }
    // Lone surrogates in a JSON body are text like any other: stored, and sent back well-formed.
    const surrogate = await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: key, payload: `{"url":"${PUBLIC_HOOK}","description":"a\\ud800b"}` });
    assert.equal(surrogate.statusCode, 201, surrogate.body);
    await app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${(surrogate.json() as { id: string }).id}`, headers: { authorization: `Bearer ${apiKey}` } });

    const product = await app.inject('/api/v1/medicines/EMEA%2FH%2FC%2F005522');
    assert.equal(product.statusCode, 200, 'an encoded product number still finds its medicine');
    assert.equal((await app.inject('/api/v1/medicines/EMEA/H/C/005522')).statusCode, 200, 'and so does a plain one');

    const euro = await app.inject('/choose-language?lang=sv&next=%2Fmedicines%3Fq%3D%E2%82%AC%2520x');
    assert.equal(euro.statusCode, 303);
    assert.equal(euro.headers.location, '/sv/medicines?q=%E2%82%AC%20x');

    // A message quoting the client's text keeps it, as JSON, without a tag in the bytes.
    const quoted = await app.inject(`/api/v1/changes?since=${encodeURIComponent(MARKER)}`);
    assert.equal(quoted.statusCode, 400);
    assert.ok(!quoted.body.includes('<'), quoted.body);
    assert.match((quoted.json() as { message: string }).message, /<script>alert\(1\)<\/script>/);
  });

  test('requests Node cannot read as HTTP get the catalogue’s answer, as JSON under /api/ and as a page elsewhere', async () => {
    const port = await listening();
    const huge = `Cookie: a=${'x'.repeat(20_000)}\r\n`;
    const api = await rawRequest(port, '/api/v1/medicines', huge);
    assert.equal(api.statusCode, 431);
    assert.deepEqual(JSON.parse(api.body), { status: 431, code: 'headers-too-large', message: 'The request headers are larger than this server reads.' });
    const page = await rawRequest(port, '/sv/medicines', huge);
    assert.equal(page.statusCode, 431);
    assert.equal(errorFormFaults('/sv/medicines', String(page.headers['content-type'] ?? ''), page).join(), '');
    const broken = await rawRequest(port, '/api/v1/medicines\x7f');
    assert.equal(broken.statusCode, 400);
    assert.equal((JSON.parse(broken.body) as { code: string }).code, 'invalid-input');
  });

  test('unknown addresses are a 404 page in the site’s look, in the language of their prefix, or a JSON 404 under /api/', async () => {
    const pages: [string, string][] = [
      ['/favicon.ico', 'en'], ['/.env', 'en'], ['/wp-admin/', 'en'], ['/xx', 'en'], ['/xx/medicines', 'en'], ['/en/no-such-page', 'en'],
      ['/sv/no-such-page', 'sv'], ['/sv/medicines/human/EPAR/lumykras/nothing', 'sv'], ['/de/medicines/plant/EPAR/lumykras', 'de'],
      ['/fr/medicines/human/EPAR/no-such-medicine', 'fr'], ['/en/browse/nothing', 'en'], ['/assets/no-such.css', 'en'], ['/files/not-a-hash', 'en'],
      ['/sitemaps/0.xml', 'en'], ['/en/medicines/human/EPAR/lumykras/history/0', 'en'], ['/en/individual-human-medicine.xml/abc', 'en'],
    ];
    for (const [url, lang] of pages) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(String(res.headers['content-type']), /^text\/html/, url);
      assert.match(res.body, new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}">`), url);
      assert.match(res.body, /<main id="main-content" class="main">\n<div class="error-page">/, url);
      assert.match(res.body, /<a class="skip-link"/, url);
    }
    for (const url of ['/api/v2/medicines', '/api/v1/nothing', '/api/v1/medicines/no-such-medicine', '/api/v1/medicines/lumykras/revisions/abc', '/api/v1/files/x/text']) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 404, url);
      assert.deepEqual(Object.keys(res.json() as object).sort(), ['code', 'message', 'status'], url);
      assert.equal((res.json() as { code: string }).code, 'not-found', url);
    }
  });
});

/** A 32-bit FNV-1a hash, to give each route its own seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
