/**
 * A portal on a PostgreSQL server gives each statement a time limit: one costly or stuck
 * request is cancelled and answered 503 with `Retry-After`, instead of holding a connection of
 * the pool for as long as it takes. Migrations run without the limit.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../test/support/test-database.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createServices, type Services } from '../services.ts';

const onServer = testDatabaseKinds().includes('postgres');

describe('a time limit on every statement a portal runs on a PostgreSQL server', { skip: onServer ? false : 'needs TEST_DATABASE_URL (a PostgreSQL server); CI sets it' }, () => {
  let database: TestDatabase;
  let services: Services;
  let app: FastifyInstance;

  before(async () => {
    // A limit shorter than some migrations take: they run on connections of their own, without it.
    database = await openTestDatabase('postgres', { statementTimeoutMs: 300 });
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT: '0' }), { database });
    app = await createApp(services, { logger: false });
  });
  after(async () => {
    await app?.close();
    await database?.dispose();
  });

  test('a statement that runs past the limit is cancelled by the server', async () => {
    await assert.rejects(sql`select pg_sleep(2)`.execute(database.db), (e: { code?: string }) => e.code === '57014');
    await sql`select pg_sleep(0.01)`.execute(database.db);
  });

  test('a request whose query is held up answers 503 with Retry-After and the error catalogue\'s body, and the next one succeeds', async () => {
    const held = await database.db.connection().execute(async (connection) => {
      await sql`begin`.execute(connection);
      // Another session's exclusive lock: every read of medicines waits for it, past the limit.
      await sql`lock table medicines in access exclusive mode`.execute(connection);
      try {
        return await app.inject({ method: 'GET', url: '/api/v1/medicines?limit=5' });
      } finally {
        await sql`rollback`.execute(connection);
      }
    });
    assert.equal(held.statusCode, 503, held.body);
    assert.equal(held.headers['retry-after'], '5');
    assert.deepEqual(held.json(), { status: 503, code: 'unavailable', message: 'The service is busy; try again shortly.' });

    const free = await app.inject({ method: 'GET', url: '/api/v1/medicines?limit=5' });
    assert.equal(free.statusCode, 200);
  });
});
