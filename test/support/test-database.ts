/**
 * Databases for integration tests: an in-memory PGlite always, and a PostgreSQL server when
 * TEST_DATABASE_URL is set (CI sets it). Each server test run gets its own throwaway
 * database, so test files never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../../src/db/database.ts';
import type { AdmissionLimits } from '../../src/db/request-admission.ts';

export type TestDatabaseKind = 'pglite' | 'postgres';

export interface TestDatabase extends Database {
  /** Drops what the test created (the server database) and closes the connection. */
  dispose(): Promise<void>;
}

const serverUrl = process.env.TEST_DATABASE_URL?.trim() || null;

/** The kinds to run storage tests on; logs once, visibly, when the server kind is skipped. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  if (serverUrl) return ['pglite', 'postgres'];
  if (!warned) {
    warned = true;
    console.log('# TEST_DATABASE_URL is not set: storage tests run on PGlite only (CI runs them on a PostgreSQL server too)');
  }
  return ['pglite'];
}
let warned = false;

/**
 * `statementTimeoutMs` applies on a server only, as in the portal (see `DatabaseOptions`);
 * `admission` on both, as in the portal.
 */
export async function openTestDatabase(kind: TestDatabaseKind, options: { statementTimeoutMs?: number; admission?: AdmissionLimits } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openDatabase({ databaseUrl: null, dataDir: 'memory://', admission: options.admission });
    return { ...db, dispose: () => db.close() };
  }
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const pg = (await import('pg')).default;
  const name = `openepar_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: '', statementTimeoutMs: options.statementTimeoutMs, admission: options.admission });
  return {
    ...db,
    async dispose() {
      await db.close();
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
