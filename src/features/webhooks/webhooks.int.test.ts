import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../app.ts';
import { loadConfig, type WebhookConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { must, parseAtcCode, parseProductNumber } from '../../domain/identifiers.ts';
import type { Medicine, Status } from '../../domain/medicine.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { TestReceiver } from '../../../test/support/test-receiver.ts';
import { WebhookService } from './webhooks.service.ts';
import { USER_AGENT, WebhookWorker } from './webhook-worker.ts';

const source = { kind: 'editor', reference: 'webhook test' } as const;
// The receiver listens on 127.0.0.1: only the operator's test setting lets subscriptions name it.
const WEBHOOKS: WebhookConfig = { timeoutMs: 300, retryBaseMs: 80, retryCapMs: 2_000, pauseAfterMs: 3 * 86_400_000, concurrency: 4, allowPrivateTargets: true };
const DAY = 86_400_000;

const LUMYKRAS = buildMedicine();
const KEYTRUDA = buildMedicine({
  productNumber: must(parseProductNumber('EMEA/H/C/003820')),
  name: 'Keytruda',
  slug: 'keytruda',
  inn: 'pembrolizumab',
  activeSubstance: 'pembrolizumab',
  therapeuticAreas: ['Melanoma'],
  atcCodes: [must(parseAtcCode('L01FF02'))],
  therapeuticIndication: 'Keytruda as monotherapy is indicated for the treatment of adults with advanced melanoma.',
  overview: {},
});
const ABASAGLAR = buildMedicine({
  productNumber: must(parseProductNumber('EMEA/H/C/002835')),
  name: 'Abasaglar',
  slug: 'abasaglar',
  inn: 'insulin glargine',
  activeSubstance: 'insulin glargine',
  therapeuticAreas: ['Diabetes Mellitus'],
  atcCodes: [must(parseAtcCode('A10AE04'))],
  therapeuticIndication: 'Treatment of diabetes mellitus in adults.',
  overview: {},
});

for (const kind of testDatabaseKinds()) {
  describe(`webhooks on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    let app: FastifyInstance;
    let key: string;
    let otherKey: string;

    const write = (m: Medicine, change: (m: Medicine) => Medicine) => services.writer.apply({ productNumber: m.productNumber, slug: m.slug }, (current) => change(current!), source);
    const setStatus = (m: Medicine, status: Status) => write(m, (c) => ({ ...c, status }));
    const rename = (m: Medicine, name: string) => write(m, (c) => ({ ...c, name }));
    const api = (method: 'GET' | 'POST' | 'DELETE', url: string, options: { key?: string | null; body?: object } = {}) =>
      app.inject({
        method,
        url,
        headers: options.key === null ? {} : { authorization: `Bearer ${options.key ?? key}` },
        ...(options.body ? { payload: options.body } : {}),
      });
    const subscribe = async (receiver: TestReceiver, body: object, apiKey = key) => {
      const response = await api('POST', '/api/v1/webhooks', { key: apiKey, body: { url: receiver.url, ...body } });
      assert.equal(response.statusCode, 201, response.body);
      const json = response.json() as { id: string; secret: string };
      receiver.secrets.set(json.id, json.secret);
      return json;
    };
    const deliveriesOf = async (id: string) => {
      const response = await api('GET', `/api/v1/webhooks/${id}/deliveries?limit=200`);
      assert.equal(response.statusCode, 200, response.body);
      return (response.json() as { deliveries: any[] }).deliveries;
    };
    const worker = (options: { now?: () => Date } = {}) =>
      new WebhookWorker(database.db, options.now ? new WebhookService(database.db, { publicBaseUrl: 'https://openepar.test', now: options.now, search: services.search }) : services.webhooks, {
        config: WEBHOOKS,
        random: () => 0.5,
        ...options,
      });

    before(async () => {
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent', PUBLIC_BASE_URL: 'https://openepar.test' }, { webhooks: WEBHOOKS }), { database: database });
      for (const m of [LUMYKRAS, KEYTRUDA, ABASAGLAR]) await services.writer.apply({ productNumber: m.productNumber, slug: m.slug }, () => m, source);
      app = await createApp(services, { logger: false });
      key = (await services.apiKeys.create('tests')).key;
      otherKey = (await services.apiKeys.create('someone else')).key;
    });
    after(async () => {
      await app.close();
      await services.webhookWorker.stop();
      await database.dispose();
    });

    describe('API keys', () => {
      test('the API refuses requests without a key, with a wrong key and with a revoked key, as JSON errors', async () => {
        const revoked = await services.apiKeys.create('leaked');
        await services.apiKeys.revoke(revoked.apiKey.id);
        for (const k of [null, 'oep_wrong', `oep_${'A'.repeat(43)}`, revoked.key]) {
          const response = await api('GET', '/api/v1/webhooks', { key: k });
          assert.equal(response.statusCode, 401, `key ${k}`);
          assert.equal(response.headers['www-authenticate'], 'Bearer');
          const body = response.json() as { status: number; code: string; message: string };
          assert.equal(body.status, 401);
          assert.equal(body.code, 'unauthorised');
          assert.match(body.message, /API key|Authorization/);
        }
        const basic = await app.inject({ method: 'GET', url: '/api/v1/webhooks', headers: { authorization: 'Basic dXNlcjpwdw==' } });
        assert.equal(basic.statusCode, 401);
      });

      test("a key sees, changes and deletes only its own subscriptions", async () => {
        const receiver = await TestReceiver.start();
        try {
          const mine = await subscribe(receiver, { description: 'mine' });
          const theirs = await subscribe(receiver, { description: 'theirs' }, otherKey);
          const list = (await api('GET', '/api/v1/webhooks')).json() as { subscriptions: { id: string }[] };
          assert.ok(list.subscriptions.some((s) => s.id === mine.id));
          assert.ok(!list.subscriptions.some((s) => s.id === theirs.id));
          assert.equal((await api('GET', `/api/v1/webhooks/${theirs.id}`)).statusCode, 404);
          assert.equal((await api('GET', `/api/v1/webhooks/${theirs.id}/deliveries`)).statusCode, 404);
          assert.equal((await api('POST', `/api/v1/webhooks/${theirs.id}/resume`)).statusCode, 404);
          assert.equal((await api('DELETE', `/api/v1/webhooks/${theirs.id}`)).statusCode, 404);
          assert.equal((await api('GET', `/api/v1/webhooks/${theirs.id}`, { key: otherKey })).statusCode, 200);
          const got = (await api('GET', `/api/v1/webhooks/${mine.id}`)).json() as Record<string, unknown>;
          assert.equal(got.description, 'mine');
          assert.equal('secret' in got, false, 'the secret is shown only at creation');
          assert.equal((await api('DELETE', `/api/v1/webhooks/${mine.id}`)).statusCode, 204);
          assert.equal((await api('GET', `/api/v1/webhooks/${mine.id}`)).statusCode, 404);
          assert.equal((await api('DELETE', `/api/v1/webhooks/${theirs.id}`, { key: otherKey })).statusCode, 204);
        } finally {
          await receiver.stop();
        }
      });
    });

    test('bad subscription requests are 400s naming the field', async () => {
      const cases: [object, RegExp][] = [
        [{ url: 'ftp://example.org/hook' }, /url/],
        [{ url: 'example.org/hook' }, /url/],
        [{}, /url/],
        [{ url: 'https://example.org/', kinds: ['colour'] }, /kinds/],
        [{ url: 'https://example.org/', kind: ['status'] }, /"kind"/],
        [{ url: 'https://example.org/', search: { stauts: 'authorised' } }, /search\.stauts/],
        [{ url: 'https://example.org/', search: { status: 'sold' } }, /search: status/],
        [{ url: 'https://example.org/', medicine: 'no-such-medicine' }, /medicine "no-such-medicine"/],
      ];
      for (const [body, field] of cases) {
        const response = await api('POST', '/api/v1/webhooks', { body });
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        const error = response.json() as { code: string; message: string };
        assert.equal(error.code, 'invalid-input');
        assert.match(error.message, field, JSON.stringify(body));
      }
    });

    test('a delivery is JSON signed with the subscription secret, with the promised headers and fields', async () => {
      const receiver = await TestReceiver.start();
      try {
        const sub = await subscribe(receiver, { medicine: 'EMEA/H/C/005522', kinds: ['status'] });
        assert.match(sub.secret, /^whsec_/);
        await rename(LUMYKRAS, 'Lumykras 120 mg'); // not a status change
        await setStatus(LUMYKRAS, 'suspended');
        await setStatus(KEYTRUDA, 'suspended'); // another medicine
        const round = await worker().runOnce();
        assert.equal(round.delivered, 1);
        assert.equal(receiver.received.length, 1);
        const [got] = receiver.received;
        assert.ok(got!.verified, 'the signature verifies with the secret returned at creation');
        assert.equal(got!.headers['content-type'], 'application/json');
        assert.equal(got!.headers['user-agent'], USER_AGENT);
        assert.match(USER_AGENT, /^OpenEPAR-Webhooks\/\d+\.\d+\.\d+$/);
        assert.match(String(got!.headers['x-openepar-signature']), /^sha256=[0-9a-f]{64}$/);
        const body = got!.json!;
        assert.equal(got!.headers['x-openepar-delivery'], body.id);
        assert.equal(body.type, 'medicine.changed');
        assert.equal(body.subscription.id, sub.id);
        assert.deepEqual(body.medicine, {
          slug: 'lumykras',
          productNumber: 'EMEA/H/C/005522',
          name: 'Lumykras 120 mg',
          category: 'human',
          url: 'https://openepar.test/en/medicines/human/EPAR/lumykras',
          apiUrl: 'https://openepar.test/api/v1/medicines/lumykras',
        });
        assert.equal(body.revision.number, 3);
        assert.deepEqual(body.revision.kinds, ['status']);
        assert.deepEqual(body.revision.changes, [{ field: 'status', from: 'authorised', to: 'suspended' }]);
        assert.deepEqual(body.revision.source, source);
        assert.equal(body.revision.url, 'https://openepar.test/en/medicines/human/EPAR/lumykras/history/3');
        assert.ok(Array.isArray(body.summary));
        // A tampered body no longer verifies.
        const { verifySignature } = await import('./webhook-signing.ts');
        assert.equal(verifySignature(sub.secret, got!.body.replace('suspended', 'authorised'), String(got!.headers['x-openepar-timestamp']), String(got!.headers['x-openepar-signature'])), false);

        const [delivery] = await deliveriesOf(sub.id);
        assert.equal(delivery.id, body.id);
        assert.equal(delivery.state, 'delivered');
        assert.equal(delivery.attempts.length, 1);
        assert.equal(delivery.attempts[0].statusCode, 200);
        assert.equal(delivery.attempts[0].responseExcerpt, 'thanks');
      } finally {
        await api('DELETE', `/api/v1/webhooks/${(receiver.received[0]?.json?.subscription.id as string) ?? ''}`);
        await receiver.stop();
      }
    });

    test('filters: medicine, search (atc, area, text) and kinds must all hold, and only changes after creation count', async () => {
      const receiver = await TestReceiver.start();
      try {
        await setStatus(ABASAGLAR, 'suspended'); // before any subscription: never delivered
        const subs = {
          any: await subscribe(receiver, {}),
          oncologyStatus: await subscribe(receiver, { search: { atc: ['L01'] }, kinds: ['status'] }),
          melanoma: await subscribe(receiver, { search: { area: 'Melanoma' } }),
          lumykrasSections: await subscribe(receiver, { medicine: 'lumykras', kinds: ['overview', 'documents'] }),
          text: await subscribe(receiver, { search: { q: 'insulin glargine', lang: 'en' } }),
        };
        await setStatus(LUMYKRAS, 'withdrawn'); // any, oncologyStatus
        await rename(KEYTRUDA, 'Keytruda 25 mg'); // any, melanoma
        await write(LUMYKRAS, (m) => ({ ...m, overview: { en: { sections: [{ heading: null, body: 'Lumykras is a cancer medicine, now withdrawn.' }] } } })); // any, lumykrasSections
        await setStatus(ABASAGLAR, 'authorised'); // any, text

        const result = await services.webhooks.dispatch();
        assert.ok(result.revisions >= 4);
        const got = async (id: string) => (await deliveriesOf(id)).map((d) => `${d.event.medicine.slug} ${d.event.revision.kinds.join('+')}`).sort();
        assert.deepEqual(await got(subs.any.id), ['abasaglar status', 'keytruda name', 'lumykras overview', 'lumykras status']);
        assert.deepEqual(await got(subs.oncologyStatus.id), ['lumykras status']);
        assert.deepEqual(await got(subs.melanoma.id), ['keytruda name']);
        assert.deepEqual(await got(subs.lumykrasSections.id), ['lumykras overview']);
        assert.deepEqual(await got(subs.text.id), ['abasaglar status']);

        // Dispatching again creates nothing more: each (subscription, revision) once.
        assert.deepEqual(await services.webhooks.dispatch(), { revisions: 0, deliveries: 0 });
        const listed = (await api('GET', `/api/v1/webhooks/${subs.oncologyStatus.id}`)).json() as any;
        assert.deepEqual(listed.filter.search.atc, ['L01']);
        assert.deepEqual(listed.filter.kinds, ['status']);
        assert.equal(listed.pendingDeliveries, 1);
        for (const s of Object.values(subs)) await api('DELETE', `/api/v1/webhooks/${s.id}`);
      } finally {
        await receiver.stop();
      }
    });

    test('a failing receiver gets retries with growing delays, logged attempt by attempt, until it succeeds', async () => {
      const receiver = await TestReceiver.start();
      const w = worker();
      let sub: { id: string } | null = null;
      try {
        receiver.plan('fail', 'hang', 'reset', 'fail');
        sub = await subscribe(receiver, { medicine: 'keytruda' });
        w.start(services.changes);
        await rename(KEYTRUDA, 'Keytruda (pembrolizumab)');
        await receiver.until((r) => r.some((x) => x.behaviour === 'ok'));
        await w.stop();
        assert.deepEqual(receiver.received.map((r) => r.behaviour), ['fail', 'hang', 'reset', 'fail', 'ok']);
        assert.ok(receiver.received.every((r) => r.verified), 'every attempt is signed');
        assert.equal(new Set(receiver.received.map((r) => r.json?.id)).size, 1, 'one delivery id across the retries');
        assert.deepEqual(receiver.received.map((r) => r.headers['x-openepar-attempt']), ['1', '2', '3', '4', '5']);

        const [delivery] = await deliveriesOf(sub.id);
        assert.equal(delivery.state, 'delivered');
        const log = delivery.attempts as { number: number; startedAt: string; durationMs: number; statusCode: number | null; error: string | null; responseExcerpt: string | null }[];
        assert.deepEqual(log.map((a) => a.number), [1, 2, 3, 4, 5]);
        assert.deepEqual(log.map((a) => a.statusCode), [500, null, null, 500, 200]);
        assert.equal(log[0]!.error, 'HTTP 500');
        assert.equal(log[0]!.responseExcerpt, '500 Internal Server Error', 'a failure keeps its status line, not its body');
        assert.equal(log[1]!.error, 'timed out');
        assert.ok(log[1]!.durationMs >= WEBHOOKS.timeoutMs - 5);
        assert.equal(log[2]!.error, 'could not connect');
        assert.equal(log[4]!.error, null);
        // From the end of each failed attempt to the start of the next: at least 80, 160, 320, 640 ms.
        // Only the lower bound is checked: a loaded machine may start an attempt late, never early.
        const gaps = log.slice(1).map((a, i) => Date.parse(a.startedAt) - (Date.parse(log[i]!.startedAt) + log[i]!.durationMs));
        for (const [i, gap] of gaps.entries()) {
          assert.ok(gap >= WEBHOOKS.retryBaseMs * 2 ** i - 3, `gap ${i + 1} (${gap} ms) waits at least the back-off`);
        }
      } finally {
        await w.stop();
        if (sub) await api('DELETE', `/api/v1/webhooks/${sub.id}`);
        await receiver.stop();
      }
    });

    test('a subscription failing for three days is paused with its deliveries kept, and resumes in order', async () => {
      const receiver = await TestReceiver.start();
      let clock = Date.now();
      const w = worker({ now: () => new Date(clock) });
      let sub: { id: string } | null = null;
      try {
        receiver.defaultBehaviour = 'fail';
        sub = await subscribe(receiver, { medicine: 'abasaglar' });
        const id = sub.id;
        await rename(ABASAGLAR, 'Abasaglar KwikPen');
        await rename(ABASAGLAR, 'Abasaglar Tempo Pen');
        const start = clock;
        assert.equal((await w.runOnce()).attempted, 1, 'only the oldest delivery is tried while it fails');
        const status = async () => (await api('GET', `/api/v1/webhooks/${id}`)).json() as any;
        assert.equal((await status()).failingSince, new Date(start).toISOString());

        clock = start + DAY;
        assert.equal((await w.runOnce()).attempted, 1);
        clock = start + 3 * DAY - 1;
        await w.runOnce();
        assert.equal((await status()).status, 'active', 'not quite three days');
        // Past the retry that attempt scheduled (the delays are at most WEBHOOKS.retryCapMs).
        clock = start + 3 * DAY + 10_000;
        assert.equal((await w.runOnce()).paused, 1);
        const paused = await status();
        assert.equal(paused.status, 'paused');
        assert.equal(paused.pausedAt, new Date(clock).toISOString());
        assert.match(paused.pauseReason, /failed for 3\.0 days.*HTTP 500/);
        assert.equal(paused.pendingDeliveries, 2, 'nothing is deleted on pause');

        clock += 10 * DAY;
        const before = receiver.received.length;
        assert.equal((await w.runOnce()).attempted, 0, 'a paused subscription is not sent to');
        await rename(ABASAGLAR, 'Abasaglar'); // recorded while paused: kept too
        await w.runOnce();
        assert.equal(receiver.received.length, before);
        assert.equal((await status()).pendingDeliveries, 3);

        receiver.defaultBehaviour = 'ok';
        const resumed = await api('POST', `/api/v1/webhooks/${id}/resume`);
        assert.equal(resumed.statusCode, 200);
        assert.equal((resumed.json() as any).status, 'active');
        assert.equal((await w.runOnce()).delivered, 3);
        const names = receiver.received.filter((r) => r.behaviour === 'ok').map((r) => r.json!.medicine.name);
        assert.deepEqual(names, ['Abasaglar KwikPen', 'Abasaglar Tempo Pen', 'Abasaglar'], 'in the order of the changes');
        const after = await status();
        assert.equal(after.failingSince, null);
        assert.equal(after.pendingDeliveries, 0);
      } finally {
        if (sub) await api('DELETE', `/api/v1/webhooks/${sub.id}`);
        await receiver.stop();
      }
    });

    test('a backlog larger than a dispatch batch is dispatched completely and once; without subscriptions it is simply dropped', async () => {
      const small = new WebhookService(database.db, { publicBaseUrl: 'https://openepar.test', dispatchBatch: 7, search: services.search });
      for (let i = 0; i < 10; i++) await rename(KEYTRUDA, `Keytruda ${i}`);
      assert.deepEqual(await small.dispatch(), { revisions: 10, deliveries: 0 }, 'no subscription: dropped');
      const receiver = await TestReceiver.start();
      try {
        const sub = await subscribe(receiver, { medicine: 'keytruda' });
        for (let i = 0; i < 20; i++) await rename(i % 2 ? KEYTRUDA : ABASAGLAR, `Renamed ${i}`);
        assert.deepEqual(await small.dispatch(), { revisions: 20, deliveries: 10 });
        assert.deepEqual(await small.dispatch(), { revisions: 0, deliveries: 0 });
        const numbers = (await deliveriesOf(sub.id)).map((d) => d.event.revision.number as number);
        assert.equal(new Set(numbers).size, 10);
        await api('DELETE', `/api/v1/webhooks/${sub.id}`);
      } finally {
        await receiver.stop();
      }
    });

    test('the OpenAPI description documents the webhook API and its key', async () => {
      const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as any;
      assert.ok(doc.paths['/api/v1/webhooks'].post);
      assert.ok(doc.paths['/api/v1/webhooks/{id}/deliveries'].get);
      assert.ok(doc.paths['/api/v1/webhooks/{id}/resume'].post);
      assert.deepEqual(doc.paths['/api/v1/webhooks'].get.security, [{ apiKey: [] }]);
      assert.equal(doc.components.securitySchemes.apiKey.scheme, 'bearer');
    });
  });
}
