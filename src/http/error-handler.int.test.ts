import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES, statusOf, type ErrorCode } from '../domain/errors.ts';
import { useTestApp } from '../../test/support/test-app.ts';

// The error handler is the same whatever the storage, so PGlite alone is enough here.
describe('errors from the whole application', () => {
  const t = useTestApp();
  let key: string;

  before(async () => {
    key = (await t.services.apiKeys.create('error tests')).key;
  });

  const subscribe = (payload: string, contentType = 'application/json') =>
    t.app.inject({ method: 'POST', url: '/api/v1/webhooks', payload, headers: { authorization: `Bearer ${key}`, 'content-type': contentType } });

  test('bad bodies and queries are answered with catalogue codes, never the framework’s', async () => {
    const cases: [string, () => ReturnType<typeof subscribe>, ErrorCode][] = [
      ['malformed JSON', () => subscribe('{"url": "https://example.org/hook",'), 'invalid-input'],
      ['an unsupported content type', () => subscribe('<subscription/>', 'application/xml'), 'unsupported-media-type'],
      ['an oversize body', () => subscribe(JSON.stringify({ url: 'https://example.org/hook', description: 'x'.repeat(2 * 1024 * 1024) })), 'too-large'],
      ['a query that fails the schema', () => t.app.inject('/api/v1/medicines?limit=lots'), 'invalid-input'],
      ['a query the route itself refuses', () => t.app.inject('/api/v1/medicines?status=sold'), 'invalid-input'],
      ['no such medicine', () => t.app.inject('/api/v1/medicines/no-such-medicine'), 'not-found'],
      ['no API key', () => t.app.inject({ method: 'POST', url: '/api/v1/webhooks', payload: {} }), 'unauthorised'],
    ];
    for (const [what, send, code] of cases) {
      const response = await send();
      const body = response.json() as { status: number; code: string; message: string };
      assert.ok((ERROR_CODES as string[]).includes(body.code), `${what}: ${body.code}`);
      assert.doesNotMatch(body.code, /fst_/i, what);
      assert.equal(body.code, code, what);
      assert.equal(body.status, statusOf(code), what);
      assert.equal(response.statusCode, statusOf(code), what);
    }
  });

  test('the API description gives the error code as an enum of the catalogue', async () => {
    type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: { properties: { code: { enum?: string[] } } } }> }> }>> };
    const doc = (await t.app.inject('/api/openapi.json')).json() as Doc;
    const badRequest = doc.paths['/api/v1/medicines']?.get?.responses['400']?.content['application/json']?.schema;
    assert.ok(badRequest, 'the medicines list documents its 400');
    assert.deepEqual([...(badRequest.properties.code.enum ?? [])].sort(), [...ERROR_CODES].sort());
  });
});
