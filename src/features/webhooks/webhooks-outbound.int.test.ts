/**
 * Webhooks reach only the public internet: refused at registration and again at delivery, after
 * resolving, in every notation (the address forms are in test/support/address-forms.ts), with
 * the connection pinned to the checked address; redirects are not followed and a failed answer's
 * body is not kept. Revoking a key pauses its subscriptions; operators manage them from the CLI.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../app.ts';
import { loadConfig, type WebhookConfig } from '../../config.ts';
import { ValidationError } from '../../domain/errors.ts';
import type { Resolver } from '../../http/outbound/safe-fetch.ts';
import { createServices, type Services } from '../../services.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { LOCAL_NAMES, PRIVATE_RESOLVED_ADDRESSES, PRIVATE_URL_HOSTS } from '../../../test/support/address-forms.ts';
import { ScriptedServer } from '../../../test/support/scripted-server.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { REVOKED_PAUSE_REASON } from './api-keys.service.ts';
import { runApiKeysCommand } from './api-keys.command.ts';
import { NOT_PUBLIC_MESSAGE } from './webhook-model.ts';
import { OPERATOR_PAUSE_REASON, runWebhooksCommand } from './webhooks.command.ts';
import { WebhookService } from './webhooks.service.ts';
import { WebhookWorker } from './webhook-worker.ts';

const source = { kind: 'editor', reference: 'outbound test' } as const;
const PUBLIC_ADDRESS = '93.184.215.14';
const DAY = 86_400_000;
// Pausing after failures is not what these tests are about: far away.
const WEBHOOKS: WebhookConfig = { timeoutMs: 1_000, retryBaseMs: 10, retryCapMs: 10, pauseAfterMs: 365 * DAY, concurrency: 4, allowPrivateTargets: false };
const MEDICINE = buildMedicine({ overview: {} });

/** Answers from a table of names; anything else does not resolve. */
function resolverOf(table: Record<string, string[]>): Resolver {
  return async (name) => {
    const addresses = table[name];
    if (!addresses) throw new Error(`ENOTFOUND ${name}`);
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

for (const kind of testDatabaseKinds()) {
  describe(`webhook targets on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    let app: FastifyInstance;
    let apiKeyId: number;
    let key: string;
    let server: ScriptedServer;
    let revision = 0;

    const change = () => services.writer.apply({ productNumber: MEDICINE.productNumber, slug: MEDICINE.slug }, (c) => ({ ...c!, name: `Lumykras ${++revision}` }), source);
    const service = (options: { resolve?: Resolver; allowPrivateTargets?: boolean } = {}) =>
      new WebhookService(database.db, { publicBaseUrl: 'https://openepar.test', search: services.search, ...options });
    const attemptsOf = async (id: string) => (await services.webhooks.deliveries(apiKeyId, id, { limit: 50, cursor: null, state: null })).deliveries.flatMap((d) => d.attempts);

    before(async () => {
      database = await openTestDatabase(kind);
      // The operator's setting is off, as it is by default.
      const config = loadConfig({ LOG_LEVEL: 'silent', PUBLIC_BASE_URL: 'https://openepar.test' });
      assert.equal(config.webhooks.allowPrivateTargets, false);
      services = await createServices(config, { database });
      await services.writer.apply({ productNumber: MEDICINE.productNumber, slug: MEDICINE.slug }, () => MEDICINE, source);
      app = await createApp(services, { logger: false });
      const created = await services.apiKeys.create('outbound tests');
      apiKeyId = created.apiKey.id;
      key = created.key;
      server = await ScriptedServer.start();
    });
    after(async () => {
      await app.close();
      await server.stop();
      await services.webhookWorker.stop();
      await database.dispose();
    });

    test('registration refuses every notation of a non-public address and every name resolving to one, with the same message', async () => {
      const table: Record<string, string[]> = { 'hooks.example.com': [PUBLIC_ADDRESS, '2606:4700::1111'] };
      for (const [i, address] of PRIVATE_RESOLVED_ADDRESSES.entries()) table[`private-${i}.example.com`] = [address];
      table['mixed.example.com'] = [PUBLIC_ADDRESS, '10.0.0.7'];
      const webhooks = service({ resolve: resolverOf(table) });
      const refused = async (url: string) =>
        assert.rejects(webhooks.create(apiKeyId, { url }), (e: unknown) => e instanceof ValidationError && e.message === NOT_PUBLIC_MESSAGE, url);

      for (const host of [...PRIVATE_URL_HOSTS, ...LOCAL_NAMES]) await refused(`https://${host}/hook`);
      for (const name of Object.keys(table).filter((n) => n !== 'hooks.example.com')) await refused(`https://${name}/hook`);
      await refused('https://does-not-resolve.example.com/hook');

      const accepted = await webhooks.create(apiKeyId, { url: 'https://hooks.example.com:8443/hook' });
      assert.equal(accepted.subscription.url, 'https://hooks.example.com:8443/hook');
      const literal = await webhooks.create(apiKeyId, { url: 'http://[2606:4700::1111]:5432/' });
      for (const s of [accepted, literal]) await webhooks.delete(apiKeyId, s.subscription.id);

      // Through the API: a 400 like any other bad field, saying no more than that.
      for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://[::ffff:169.254.169.254]/', 'http://0x7f.1:5432/', 'http://metadata.google.internal/']) {
        const response = await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { authorization: `Bearer ${key}` }, payload: { url } });
        assert.equal(response.statusCode, 400, url);
        assert.deepEqual(response.json(), { status: 400, code: 'invalid-input', message: NOT_PUBLIC_MESSAGE }, url);
      }
    });

    test('a name that was public at registration and resolves to a private address at delivery is refused, and nothing is sent', async () => {
      const url = server.url('/hook', 'hooks.example.com');
      const sub = await service({ resolve: resolverOf({ 'hooks.example.com': [PUBLIC_ADDRESS] }) }).create(apiKeyId, { url });
      server.requests.length = 0;
      await change();
      // Ahead of the dispatch that creates the delivery (stamped with the real time) inside the first round.
      let clock = Date.now() + 60_000;
      const rebound = ['127.0.0.1', '::ffff:127.0.0.1', '::1', '169.254.169.254'];
      for (const address of rebound) {
        const worker = new WebhookWorker(database.db, services.webhooks, { config: WEBHOOKS, now: () => new Date(clock), resolve: resolverOf({ 'hooks.example.com': [address] }) });
        const round = await worker.runOnce();
        assert.deepEqual([round.attempted, round.delivered], [1, 0], address);
        clock += DAY;
      }
      assert.equal(server.requests.length, 0, 'the local receiver was never reached');
      const log = await attemptsOf(sub.subscription.id);
      assert.equal(log.length, rebound.length);
      for (const a of log) assert.deepEqual({ statusCode: a.statusCode, error: a.error, responseExcerpt: a.responseExcerpt }, { statusCode: null, error: 'refused: not a public address', responseExcerpt: null });

      // The same delivery, with the operator's setting on, connects to what the resolver answered.
      const allowing = new WebhookWorker(database.db, services.webhooks, {
        config: { ...WEBHOOKS, allowPrivateTargets: true },
        now: () => new Date(clock),
        resolve: resolverOf({ 'hooks.example.com': ['127.0.0.1'] }),
      });
      assert.equal((await allowing.runOnce()).delivered, 1);
      assert.equal(server.requests.length, 1);
      assert.equal(server.requests[0]!.headers.host, `hooks.example.com:${server.port}`);
      await services.webhooks.delete(apiKeyId, sub.subscription.id);
    });

    test('a subscription stored with a private address before the checks existed is refused at delivery', async () => {
      // Registered while the operator allowed private targets, then the setting was turned off.
      const sub = await service({ allowPrivateTargets: true }).create(apiKeyId, { url: server.url('/hook', '0x7f.1') });
      assert.equal(sub.subscription.url, `http://127.0.0.1:${server.port}/hook`, 'stored in its normal form');
      server.requests.length = 0;
      await change();
      const worker = new WebhookWorker(database.db, services.webhooks, { config: WEBHOOKS });
      assert.equal((await worker.runOnce()).delivered, 0);
      assert.equal(server.requests.length, 0);
      assert.equal((await attemptsOf(sub.subscription.id))[0]!.error, 'refused: not a public address');
      await services.webhooks.delete(apiKeyId, sub.subscription.id);
    });

    test('a redirect is a failed attempt and is not followed; a failed answer keeps its status line, not its body', async () => {
      const sub = await service({ allowPrivateTargets: true }).create(apiKeyId, { url: server.url('/hook') });
      server.requests.length = 0;
      const answers = [
        { status: 302, headers: { location: server.url('/internal-secret') }, body: 'moved' },
        { status: 500, body: 'SECRET_TOKEN=hunter2 from an internal page' },
        { status: 200, body: `accepted ${'x'.repeat(5000)}` },
      ];
      server.answer = (r) => (r.path === '/hook' ? answers.shift()! : { status: 200, body: 'SECRET_TOKEN=hunter2' });
      await change();
      // Ahead of the dispatch that creates the delivery (stamped with the real time) inside the first round.
      let clock = Date.now() + 60_000;
      const worker = new WebhookWorker(database.db, services.webhooks, { config: { ...WEBHOOKS, allowPrivateTargets: true }, now: () => new Date(clock) });
      for (let i = 0; i < 3; i++) {
        await worker.runOnce();
        clock += DAY;
      }
      assert.deepEqual(server.requests.map((r) => r.path), ['/hook', '/hook', '/hook'], 'the redirect target was never asked');
      const log = await attemptsOf(sub.subscription.id);
      assert.deepEqual(log.map((a) => a.statusCode), [302, 500, 200]);
      assert.deepEqual(log.map((a) => a.error), ['HTTP 302 (redirects are not followed)', 'HTTP 500', null]);
      assert.deepEqual(log.slice(0, 2).map((a) => a.responseExcerpt), ['302 Found', '500 Internal Server Error']);
      assert.equal(log[2]!.responseExcerpt, `accepted ${'x'.repeat(200 - 'accepted '.length)}`, 'a 2xx body is kept up to 200 bytes');
      const listed = await app.inject({ method: 'GET', url: `/api/v1/webhooks/${sub.subscription.id}/deliveries`, headers: { authorization: `Bearer ${key}` } });
      assert.equal(listed.statusCode, 200);
      assert.doesNotMatch(listed.body, /hunter2|internal-secret/);
      server.answer = () => ({ status: 200, body: 'ok' });
      await services.webhooks.delete(apiKeyId, sub.subscription.id);
    });

    test('revoking a key pauses its subscriptions, saying why; operators list, pause, resume and delete any subscription', async () => {
      const revocable = await services.apiKeys.create('to be revoked');
      const webhooks = service({ allowPrivateTargets: true });
      const subs = [await webhooks.create(revocable.apiKey.id, { url: server.url('/a'), description: 'first' }), await webhooks.create(revocable.apiKey.id, { url: server.url('/b') })];
      const ids = subs.map((s) => s.subscription.id);
      const keyLines: string[] = [];
      assert.equal(await runApiKeysCommand(services.apiKeys, ['revoke', String(revocable.apiKey.id)], () => {}, (l) => keyLines.push(l)), 0);
      assert.match(keyLines.join('\n'), /revoked; 2 subscription\(s\) of it paused/);

      const mine = (await services.webhooks.listAll()).filter((s) => ids.includes(s.id));
      assert.deepEqual(mine.map((s) => [s.status, s.pauseReason, s.apiKeyId]), [
        ['paused', REVOKED_PAUSE_REASON, revocable.apiKey.id],
        ['paused', REVOKED_PAUSE_REASON, revocable.apiKey.id],
      ]);
      server.requests.length = 0;
      await change();
      const worker = new WebhookWorker(database.db, services.webhooks, { config: { ...WEBHOOKS, allowPrivateTargets: true } });
      await worker.runOnce();
      assert.equal(server.requests.length, 0, 'a revoked key’s subscriptions send nothing');

      const cli = async (...args: string[]) => {
        const out: string[] = [];
        const err: string[] = [];
        const code = await runWebhooksCommand({ webhooks: services.webhooks }, args, (l) => out.push(l), (l) => err.push(l));
        return { code, out: out.join('\n'), err: err.join('\n') };
      };
      const listed = await cli('list');
      assert.equal(listed.code, 0);
      for (const id of ids) assert.match(listed.out, new RegExp(`^${id}\\tkey ${revocable.apiKey.id}\\tpaused .*revoked.*\\t1 pending\\thttp://127\\.0\\.0\\.1:\\d+/`, 'm'));
      const json = JSON.parse((await cli('list', '--json')).out) as { id: string; status: string; pendingDeliveries: number }[];
      assert.deepEqual(json.filter((s) => ids.includes(s.id)).map((s) => [s.status, s.pendingDeliveries]), [['paused', 1], ['paused', 1]]);

      const resumed = await cli('resume', ids[0]!);
      assert.equal(resumed.code, 0, resumed.err);
      assert.equal((await worker.runOnce()).delivered, 1, 'resumed by the operator: its waiting delivery goes out');
      assert.deepEqual(server.requests.map((r) => r.path), ['/a']);
      const paused = await cli('pause', ids[0]!, '--json');
      assert.equal(paused.code, 0);
      assert.deepEqual([JSON.parse(paused.out).status, JSON.parse(paused.out).pauseReason], ['paused', OPERATOR_PAUSE_REASON]);

      assert.equal((await cli('delete', ids[1]!)).code, 0);
      assert.ok(!(await services.webhooks.listAll()).some((s) => s.id === ids[1]));
      const missing = await cli('delete', ids[1]!);
      assert.deepEqual([missing.code, /no webhook subscription/.test(missing.err)], [1, true]);
      for (const args of [[], ['frobnicate'], ['pause'], ['resume', 'a', 'b'], ['list', 'extra'], ['list', '--colour']]) {
        const wrong = await cli(...args);
        assert.equal(wrong.code, 2, args.join(' '));
        assert.match(wrong.err, /Usage: openepar webhooks/);
      }
      await services.webhooks.deleteAny(ids[0]!);
    });
  });
}
