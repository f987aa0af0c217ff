/**
 * The embedded database in its worker thread behaves as PostgreSQL does for the code above it
 * (rows, types, errors with their fields, transactions), keeps the request loop free while a
 * query runs, and fails instead of hanging when the thread dies.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openDatabase, type Database } from './database.ts';
import { PgliteWorker } from './pglite-worker-client.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createServices, type Services } from '../services.ts';

let database: Database;
let services: Services;
/** A second database, bare, for the test that kills it; started alongside the first. */
let doomed: Promise<PgliteWorker>;

before(async () => {
  doomed = PgliteWorker.start('memory://');
  database = await openDatabase({ databaseUrl: null, dataDir: 'memory://' });
  services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
  await sql`create table t (id int primary key, label text not null, day date, big int8, at timestamptz, data bytea)`.execute(database.db);
});

after(async () => {
  await services?.close();
});

test('rows come back with the same types as from PGlite in-process: dates as ISO strings, int8 as numbers, timestamps as Dates, bytea as bytes', async () => {
  const at = new Date('2025-03-01T10:00:00.000Z');
  await sql`insert into t values (1, 'one', '2025-03-01', 9007199254740991, ${at}, ${Buffer.from([1, 2, 3])})`.execute(database.db);
  const row = (await sql<Record<string, unknown>>`select * from t where id = 1`.execute(database.db)).rows[0]!;
  assert.equal(row.day, '2025-03-01');
  assert.equal(row.big, 9007199254740991);
  assert.ok(row.at instanceof Date);
  assert.equal((row.at as Date).toISOString(), at.toISOString());
  assert.deepEqual([...(row.data as Uint8Array)], [1, 2, 3]);
  assert.equal(row.label, 'one');
});

test("PostgreSQL's errors arrive with their code, detail and constraint", async () => {
  const error = await sql`insert into t (id, label) values (1, 'again')`.execute(database.db).then(
    () => null,
    (e: unknown) => e as Record<string, unknown> & Error,
  );
  assert.ok(error instanceof Error);
  assert.equal(error.code, '23505');
  assert.equal(error.constraint, 't_pkey');
  assert.equal(error.table, 't');
  assert.match(String(error.detail), /Key \(id\)=\(1\) already exists/);
  assert.match(error.message, /duplicate key value violates unique constraint "t_pkey"/);
  // The database goes on working after an error.
  assert.equal((await sql<{ n: number }>`select count(*)::int8 as n from t`.execute(database.db)).rows[0]?.n, 1);
});

test('a transaction holds the one connection from begin to commit: other queries wait and see only what was committed', async () => {
  let insideDone = false;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const trx = database.db.transaction().execute(async (tx) => {
    await sql`insert into t (id, label) values (2, 'two')`.execute(tx);
    await gate;
    await sql`insert into t (id, label) values (3, 'three')`.execute(tx);
    insideDone = true;
  });
  // Queued behind the transaction: it runs after the commit and sees both rows.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const outside = sql<{ n: number }>`select count(*)::int8 as n from t where id in (2, 3)`.execute(database.db).then((r) => ({ n: r.rows[0]?.n, insideDone }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  release();
  await trx;
  assert.deepEqual(await outside, { n: 2, insideDone: true });
});

test('a transaction that throws is rolled back', async () => {
  await assert.rejects(
    database.db.transaction().execute(async (tx) => {
      await sql`insert into t (id, label) values (4, 'four')`.execute(tx);
      throw new Error('changed my mind');
    }),
    /changed my mind/,
  );
  assert.equal((await sql`select 1 from t where id = 4`.execute(database.db)).rows.length, 0);
});

test('committing a transaction an error aborted fails, and nothing of it is kept', async () => {
  await assert.rejects(
    database.db.transaction().execute(async (tx) => {
      await sql`insert into t (id, label) values (5, 'five')`.execute(tx);
      // Caught, so Kysely goes on to commit what PostgreSQL has already aborted.
      await sql`insert into t (id, label) values (1, 'duplicate')`.execute(tx).catch(() => {});
    }),
    (error: Error) => error.name === 'AbortedTransactionError',
  );
  assert.equal((await sql`select 1 from t where id = 5`.execute(database.db)).rows.length, 0);
});

test('while a slow query runs in the worker, /healthz keeps answering', async () => {
  const app = await createApp(services, { logger: false });
  try {
    const started = performance.now();
    const slow = sql`select pg_sleep(2)`.execute(database.db).then(() => performance.now() - started);
    let worst = 0;
    let answered = 0;
    while (performance.now() - started < 1_800) {
      const t = performance.now();
      const response = await app.inject('/healthz');
      assert.equal(response.statusCode, 200);
      worst = Math.max(worst, performance.now() - t);
      answered++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const slowTook = await slow;
    assert.ok(slowTook >= 2_000, `the slow query took ${Math.round(slowTook)} ms, so /healthz was asked while it ran`);
    assert.ok(answered >= 10, `/healthz answered ${answered} times during the slow query`);
    assert.ok(worst < 500, `/healthz took up to ${Math.round(worst)} ms while the query ran`);
  } finally {
    await app.close();
  }
});

test('when the worker dies, the query in flight and every later one fail instead of hanging', async () => {
  const worker = await doomed;
  try {
    const inFlight = worker.run('query', 'select pg_sleep(5)');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await worker.terminate();
    await assert.rejects(inFlight, /worker stopped/);
    await assert.rejects(worker.run('query', 'select 1'), /worker stopped/);
    assert.ok(worker.failure);
  } finally {
    await worker.close();
  }
});
