/**
 * The durability promise: events pending retries when the portal stops, events recorded while no
 * portal runs (an import from the command line), and a delivery leased by a process that died
 * mid-attempt all reach the receiver once the portal runs again, each exactly once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { must, parseProductNumber } from '../../domain/identifiers.ts';
import type { Medicine, Status } from '../../domain/medicine.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { testDatabaseKinds, type TestDatabaseKind } from '../../../test/support/test-database.ts';
import { TestReceiver } from '../../../test/support/test-receiver.ts';
import { claimDueDeliveries } from './webhooks.repository.ts';

const source = { kind: 'editor', reference: 'restart test' } as const;
// The receiver listens on 127.0.0.1: only the operator's test setting lets subscriptions name it.
const WEBHOOKS = { timeoutMs: 400, retryBaseMs: 100, retryCapMs: 400, pauseAfterMs: 3 * 86_400_000, concurrency: 4, allowPrivateTargets: true };

const medicines: Medicine[] = [1, 2, 3].map((n) =>
  buildMedicine({ productNumber: must(parseProductNumber(`EMEA/H/C/00700${n}`)), name: `Restartix ${n}`, slug: `restartix-${n}`, overview: {} }),
);

/** A database that outlives the services opened on it: a PGlite directory, or a server database. */
async function persistentDatabase(kind: TestDatabaseKind): Promise<{ config: Partial<Config>; dispose(): Promise<void> }> {
  if (kind === 'pglite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'openepar-webhooks-'));
    return { config: { dataDir: dir, databaseUrl: null }, dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const pg = (await import('pg')).default;
  const name = `openepar_test_${randomBytes(6).toString('hex')}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { config: { databaseUrl: url.toString() }, dispose: () => admin(`drop database if exists ${name} with (force)`) };
}

for (const kind of testDatabaseKinds()) {
  test(`on ${kind}, no event is lost or duplicated across a restart in the middle of the retries`, { timeout: 60_000 }, async () => {
    const database = await persistentDatabase(kind);
    const config = loadConfig({ LOG_LEVEL: 'silent', PUBLIC_BASE_URL: 'https://openepar.test' }, { ...database.config, webhooks: WEBHOOKS, filesDir: path.join(tmpdir(), 'openepar-webhooks-files') });
    const receiver = await TestReceiver.start();
    const open = () => createServices(config);
    const setStatus = (s: Services, m: Medicine, status: Status) => s.writer.apply({ productNumber: m.productNumber, slug: m.slug }, (c) => ({ ...c!, status }), source);
    const rename = (s: Services, m: Medicine, name: string) => s.writer.apply({ productNumber: m.productNumber, slug: m.slug }, (c) => ({ ...c!, name }), source);
    let services: Services | null = null;
    try {
      // First run: a catalogue, two subscriptions, changes, and a receiver that keeps failing.
      services = await open();
      for (const m of medicines) await services.writer.apply({ productNumber: m.productNumber, slug: m.slug }, () => m, source);
      const { apiKey } = await services.apiKeys.create('restart test');
      const all = await services.webhooks.create(apiKey.id, { url: receiver.url });
      const status = await services.webhooks.create(apiKey.id, { url: receiver.url, kinds: ['status'] });
      receiver.secrets.set(all.subscription.id, all.secret);
      receiver.secrets.set(status.subscription.id, status.secret);

      receiver.defaultBehaviour = 'fail';
      services.webhookWorker.start(services.changes);
      await setStatus(services, medicines[0]!, 'suspended');
      await rename(services, medicines[1]!, 'Restartix Two');
      await setStatus(services, medicines[2]!, 'withdrawn');
      await rename(services, medicines[0]!, 'Restartix One');
      await receiver.until((r) => r.length >= 4);
      // Stop while an attempt is in flight: the receiver holds it until the sender times out.
      receiver.plan('hang');
      const count = receiver.received.length;
      await receiver.until((r) => r.length > count && r.at(-1)!.behaviour === 'hang');
      await services.close();
      services = null;
      const failedBeforeRestart = receiver.received.length;
      assert.ok(receiver.received.every((r) => r.behaviour !== 'ok'));

      // While no portal runs: changes from the command line wait in the outbox; and a process
      // that leased a delivery died before sending it (its lease runs out by itself).
      services = await open();
      await setStatus(services, medicines[1]!, 'withdrawn');
      await rename(services, medicines[2]!, 'Restartix Three');
      const leased = await claimDueDeliveries(services.database.db, new Date(Date.now() + 60_000), new Date(Date.now() + 1_500), 'dead-process', 1);
      assert.equal(leased.length, 1, 'a delivery was leased by the process that died');
      await services.close();
      services = null;

      // Second run: the receiver works now.
      receiver.defaultBehaviour = 'ok';
      services = await open();
      services.webhookWorker.start(services.changes);
      const ok = () => receiver.received.filter((r) => r.behaviour === 'ok');
      // Every change after the subscriptions: 6; status changes among them: 3.
      await receiver.until(() => ok().length >= 9, 30_000);
      // Long enough for a duplicate to show up if one were coming (leases, retries, outbox).
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await services.webhookWorker.stop();

      assert.ok(receiver.received.length > failedBeforeRestart);
      assert.ok(receiver.received.every((r) => r.verified), 'every request, before and after the restart, is signed');
      const delivered = ok();
      assert.equal(delivered.length, 9, 'each event received successfully exactly once');
      const ids = delivered.map((r) => r.json!.id as string);
      assert.equal(new Set(ids).size, ids.length, 'no delivery id twice');
      const events = (subscription: string) =>
        delivered.filter((r) => r.json!.subscription.id === subscription).map((r) => `${r.json!.medicine.slug}#${r.json!.revision.number}`);
      assert.deepEqual(events(all.subscription.id).sort(), ['restartix-1#2', 'restartix-1#3', 'restartix-2#2', 'restartix-2#3', 'restartix-3#2', 'restartix-3#3']);
      assert.deepEqual(events(status.subscription.id).sort(), ['restartix-1#2', 'restartix-2#3', 'restartix-3#2']);
      // One subscription is sent in order: a medicine's revisions arrive oldest first.
      for (const slug of ['restartix-1', 'restartix-2', 'restartix-3']) {
        const numbers = events(all.subscription.id).filter((e) => e.startsWith(`${slug}#`));
        assert.deepEqual(numbers, [...numbers].sort(), `${slug} in order`);
      }
      // The retries before the restart were of the same deliveries the receiver finally accepted.
      const failedIds = new Set(receiver.received.slice(0, failedBeforeRestart).map((r) => r.json!.id as string));
      for (const id of failedIds) assert.ok(ids.includes(id), `delivery ${id}, failed before the restart, was delivered after it`);

      const stored = await services.webhooks.deliveries(apiKey.id, all.subscription.id, { limit: 50, cursor: null, state: null });
      assert.equal(stored.deliveries.length, 6);
      assert.ok(stored.deliveries.every((d) => d.state === 'delivered'));
      const retried = stored.deliveries.find((d) => failedIds.has(d.id))!;
      assert.ok(retried.attempts.length >= 2);
      assert.equal(retried.attempts.at(-1)!.statusCode, 200);
      assert.deepEqual(retried.attempts.map((a) => a.number), retried.attempts.map((_, i) => i + 1), 'the log numbers attempts across the restart');
      const timedOut = stored.deliveries.flatMap((d) => d.attempts).concat(
        (await services.webhooks.deliveries(apiKey.id, status.subscription.id, { limit: 50, cursor: null, state: null })).deliveries.flatMap((d) => d.attempts),
      );
      assert.ok(timedOut.some((a) => a.error === 'timed out'), 'the attempt in flight at shutdown finished and was logged');
    } finally {
      await services?.close();
      await receiver.stop();
      await database.dispose();
    }
  });
}

if (testDatabaseKinds().includes('postgres')) {
  test('two portals on one PostgreSQL database send each delivery once between them', { timeout: 60_000 }, async () => {
    const database = await persistentDatabase('postgres');
    const config = loadConfig({ LOG_LEVEL: 'silent', PUBLIC_BASE_URL: 'https://openepar.test' }, { ...database.config, webhooks: { ...WEBHOOKS, concurrency: 2 } });
    const receiver = await TestReceiver.start();
    const portals: Services[] = [];
    try {
      portals.push(await createServices(config), await createServices(config));
      const [a, b] = portals as [Services, Services];
      const { apiKey } = await a.apiKeys.create('two portals');
      const subs = [];
      for (let i = 0; i < 3; i++) {
        const created = await a.webhooks.create(apiKey.id, { url: receiver.url });
        receiver.secrets.set(created.subscription.id, created.secret);
        subs.push(created);
      }
      a.webhookWorker.start(a.changes);
      b.webhookWorker.start(b.changes);
      // Writes through both portals; each wakes only its own worker, so both work at once.
      for (const [i, m] of medicines.entries()) await (i % 2 ? b : a).writer.apply({ productNumber: m.productNumber, slug: m.slug }, () => m, source);
      for (let i = 0; i < 6; i++) {
        const m = medicines[i % 3]!;
        await (i % 2 ? a : b).writer.apply({ productNumber: m.productNumber, slug: m.slug }, (c) => ({ ...c!, name: `${m.name} v${i}` }), source);
      }
      // 9 revisions (3 created, 6 renamed) for each of 3 subscriptions.
      await receiver.until((r) => r.length >= 27, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      assert.equal(receiver.received.length, 27, 'no delivery sent by both portals');
      assert.equal(new Set(receiver.received.map((r) => r.json!.id)).size, 27);
      assert.ok(receiver.received.every((r) => r.verified));
    } finally {
      for (const p of portals) await p.close();
      await receiver.stop();
      await database.dispose();
    }
  });
}
