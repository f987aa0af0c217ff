import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ERROR_CODES, NotFoundError, RateLimitedError, UnavailableError, fhirIssueTypeOf, statusOf, type ErrorCode } from '../domain/errors.ts';
import { registerErrorHandling } from './error-handler.ts';

/** A JSON error body that keeps the contract: exactly `{status, code, message}`, a catalogue code, the status following from it. */
function assertProblem(body: string, code: ErrorCode): { message: string } {
  const json = JSON.parse(body) as { status: number; code: string; message: string };
  assert.deepEqual(Object.keys(json).sort(), ['code', 'message', 'status']);
  assert.ok((ERROR_CODES as string[]).includes(json.code), `${json.code} is not in the catalogue`);
  assert.doesNotMatch(json.code, /fst_/i);
  assert.equal(json.code, code);
  assert.equal(json.status, statusOf(code));
  assert.ok(json.message.length > 0);
  return json;
}

describe('the error handler', () => {
  let app: FastifyInstance;
  const logLines: { level: number; msg: string; err?: { stack?: string } }[] = [];

  before(async () => {
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    });
    app = Fastify({ logger: { level: 'warn', stream: logStream } });
    registerErrorHandling(app);
    const body = Type.Object({ name: Type.String() });
    app.post('/api/things', { bodyLimit: 1024, schema: { body } }, async (request) => request.body);
    app.post('/fhir/Thing', { schema: { body } }, async (request) => request.body);
    app.get('/api/things', { schema: { querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1 })) }) } }, async () => []);
    app.get('/api/busy', async () => {
      throw new RateLimitedError('Too many requests from this key.', 30);
    });
    app.get('/api/down', async () => {
      throw new UnavailableError('The database is being upgraded.', 120.5);
    });
    app.get('/api/bug', async () => {
      throw new TypeError('cannot read properties of undefined (secret detail)');
    });
    app.get('/fhir/Thing/:id', async (request) => {
      throw new NotFoundError(`No Thing ${(request.params as { id: string }).id}`);
    });
    app.get('/fhir/bug', async () => {
      throw new Error('boom');
    });
    await app.ready();
  });
  after(() => app.close());

  const post = (url: string, payload: string | Buffer, contentType = 'application/json') =>
    app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType } });

  test('a bad request body or query gets a catalogue code, never one of Fastify’s', async () => {
    const cases: [string, () => ReturnType<typeof post>, ErrorCode, RegExp][] = [
      ['malformed JSON', () => post('/api/things', '{"name": '), 'invalid-input', /JSON/i],
      ['an empty JSON body', () => post('/api/things', ''), 'invalid-input', /empty/i],
      ['a body that fails the schema', () => post('/api/things', '{}'), 'invalid-input', /name/],
      ['an unsupported content type', () => post('/api/things', '<thing/>', 'application/xml'), 'unsupported-media-type', /media type/i],
      ['an oversize body', () => post('/api/things', JSON.stringify({ name: 'x'.repeat(2048) })), 'too-large', /too large/i],
      ['a bad query', () => app.inject('/api/things?limit=many'), 'invalid-input', /limit/],
      ['a query out of range', () => app.inject('/api/things?limit=0'), 'invalid-input', /limit/],
    ];
    for (const [what, send, code, message] of cases) {
      const response = await send();
      assert.equal(response.statusCode, statusOf(code), what);
      assert.match(response.headers['content-type'] ?? '', /^application\/json/, what);
      assert.match(assertProblem(response.body, code).message, message, what);
    }
  });

  test('rate-limited and unavailable answers say when to try again, in whole seconds', async () => {
    const busy = await app.inject('/api/busy');
    assert.equal(busy.statusCode, 429);
    assert.equal(busy.headers['retry-after'], '30');
    assert.equal(assertProblem(busy.body, 'rate-limited').message, 'Too many requests from this key.');
    const down = await app.inject('/api/down');
    assert.equal(down.statusCode, 503);
    assert.equal(down.headers['retry-after'], '121');
    assertProblem(down.body, 'unavailable');
    assert.equal((await app.inject('/api/things')).headers['retry-after'], undefined);
  });

  test('an unexpected error is a generic internal error for the client and a logged stack for us', async () => {
    logLines.length = 0;
    const response = await app.inject('/api/bug');
    assert.equal(response.statusCode, 500);
    const { message } = assertProblem(response.body, 'internal');
    assert.doesNotMatch(message, /secret|TypeError/);
    const logged = logLines.find((l) => l.msg === 'request failed');
    assert.ok(logged, 'the error is logged');
    assert.match(logged.err?.stack ?? '', /secret detail/);
  });

  test('FHIR clients get an OperationOutcome whose issue type follows from the code', async () => {
    const cases: [() => ReturnType<typeof post>, ErrorCode][] = [
      [() => app.inject('/fhir/Thing/42'), 'not-found'],
      [() => post('/fhir/Thing', '{'), 'invalid-input'],
      [() => post('/fhir/Thing', 'x', 'text/csv'), 'unsupported-media-type'],
      [() => app.inject('/fhir/bug'), 'internal'],
      [() => app.inject('/fhir/Nothing'), 'not-found'],
    ];
    for (const [send, code] of cases) {
      const response = await send();
      assert.equal(response.statusCode, statusOf(code), code);
      assert.match(response.headers['content-type'] ?? '', /^application\/fhir\+json/);
      const outcome = response.json() as { resourceType: string; issue: { severity: string; code: string; diagnostics: string }[] };
      assert.equal(outcome.resourceType, 'OperationOutcome');
      assert.equal(outcome.issue.length, 1);
      assert.equal(outcome.issue[0]!.severity, 'error');
      assert.equal(outcome.issue[0]!.code, fhirIssueTypeOf(code), code);
    }
  });

  test('an address that matches no route is not-found for the API and an HTML page for people', async () => {
    const api = await app.inject('/api/nothing-here?x=1');
    assert.equal(api.statusCode, 404);
    assert.equal(assertProblem(api.body, 'not-found').message, 'Nothing at /api/nothing-here');
    const page = await app.inject('/fr/nothing-here');
    assert.equal(page.statusCode, 404);
    assert.match(page.headers['content-type'] ?? '', /^text\/html/);
    assert.match(page.body, /<html lang="fr"/);
  });
});
