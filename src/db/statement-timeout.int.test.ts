/**
 * Every database query a request runs has a time limit (QUERY_TIMEOUT_MS), and only so many
 * requests use the database at once: one costly or stuck request is answered 503 with
 * `Retry-After` by its deadline, and a crowd beyond the queue is refused at once, instead of
 * everyone waiting past their patience. A PostgreSQL server cancels the statement itself
 * (`statement_timeout`); the embedded database cannot interrupt one, so the request is answered
 * at its deadline and the statement finishes in the database's thread. Migrations and commands
 * run without the limit.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../test/support/test-database.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { UnavailableError } from '../domain/errors.ts';
import { createServices, type Services } from '../services.ts';
import { currentRequestScope, endRequestScope, runInRequestScope } from './request-admission.ts';

const LIMIT_MS = 300;

for (const kind of testDatabaseKinds()) {
  describe(`a time limit on every query a request runs, and a bounded queue for the database (${kind})`, () => {
    let database: TestDatabase;
    let services: Services;
    let app: FastifyInstance;

    before(async () => {
      // A limit shorter than some migrations take: on a server they run on connections of their own, without it.
      database = await openTestDatabase(kind, { statementTimeoutMs: LIMIT_MS, admission: { concurrent: 1, queue: 1, waitMs: 200 } });
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT: '0', QUERY_TIMEOUT_MS: String(LIMIT_MS) }), { database });
      app = await createApp(services, { logger: false });
    });
    after(async () => {
      await app?.close();
      await database?.dispose();
    });

    /** Runs `during` while every read of medicines is held up for longer than the limit, outside any request. */
    async function whileHeldUp<T>(during: () => Promise<T>): Promise<T> {
      if (kind === 'pglite') {
        // The embedded database's one connection, busy with a statement no request began.
        const sleeping = sql`select pg_sleep(1.5)`.execute(database.db);
        try {
          return await during();
        } finally {
          await sleeping;
        }
      }
      return database.db.connection().execute(async (connection) => {
        await sql`begin`.execute(connection);
        // Another session's exclusive lock: every read of medicines waits for it, past the limit.
        await sql`lock table medicines in access exclusive mode`.execute(connection);
        try {
          return await during();
        } finally {
          await sql`rollback`.execute(connection);
        }
      });
    }

    test('a statement a request runs past the limit is answered as unavailable, and later statements still run', async () => {
      const started = performance.now();
      await assert.rejects(
        runInRequestScope(LIMIT_MS, async () => {
          const scope = currentRequestScope();
          try {
            await sql`select pg_sleep(2)`.execute(database.db);
          } finally {
            endRequestScope(scope);
          }
        }),
        // A server cancels it (57014); the embedded database answers at the deadline.
        (e: { code?: string }) => (kind === 'postgres' ? e.code === '57014' : e instanceof UnavailableError && e.retryAfter === 5),
      );
      // Well before the statement's own end; the margin is for a loaded machine.
      assert.ok(performance.now() - started < 1_900, `answered after ${Math.round(performance.now() - started)} ms`);
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      assert.deepEqual(rows, [{ one: 1 }]);
    });

    test('a request whose query is held up answers 503 with Retry-After and the error catalogue\'s body, and the next one succeeds', async () => {
      const held = await whileHeldUp(() => app.inject({ method: 'GET', url: '/api/v1/medicines?limit=5' }));
      assert.equal(held.statusCode, 503, held.body);
      assert.equal(held.headers['retry-after'], '5');
      assert.deepEqual(held.json(), { status: 503, code: 'unavailable', message: 'The service is busy; try again shortly.' });

      const free = await app.inject({ method: 'GET', url: '/api/v1/medicines?limit=5' });
      assert.equal(free.statusCode, 200);
    });

    test('requests beyond the one admitted and the one queued are refused with 503 and Retry-After, not kept waiting', async () => {
      const answers = await whileHeldUp(() => Promise.all(['a', 'b', 'c'].map((q) => app.inject({ method: 'GET', url: `/api/v1/search?q=${q}` }))));
      assert.deepEqual(answers.map((a) => a.statusCode), [503, 503, 503]);
      // The admitted one ran out of time (5 s); the queued one waited its 200 ms and the third
      // found the queue full: both refused by admission (2 s).
      assert.deepEqual(answers.map((a) => a.headers['retry-after']).sort(), ['2', '2', '5']);
      for (const answer of answers) assert.equal(answer.json().code, 'unavailable');

      const free = await app.inject({ method: 'GET', url: '/api/v1/search?q=a' });
      assert.equal(free.statusCode, 200, free.body);
    });

    test('a cached page and /healthz answer while the database is held up', async () => {
      assert.equal((await app.inject({ method: 'GET', url: '/en' })).statusCode, 200);
      const [home, health] = await whileHeldUp(() => Promise.all([app.inject({ method: 'GET', url: '/en' }), app.inject({ method: 'GET', url: '/healthz' })]));
      assert.equal(home.statusCode, 200);
      assert.equal(health.statusCode, 200);
    });
  });
}
