import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.ts';

test('webhooks may reach private targets only when the operator turns WEBHOOK_ALLOW_PRIVATE_TARGETS on', () => {
  assert.equal(loadConfig({}).webhooks.allowPrivateTargets, false);
  assert.equal(loadConfig({ WEBHOOK_ALLOW_PRIVATE_TARGETS: '0' }).webhooks.allowPrivateTargets, false);
  assert.equal(loadConfig({ WEBHOOK_ALLOW_PRIVATE_TARGETS: '1' }).webhooks.allowPrivateTargets, true);
  assert.ok(Object.isFrozen(loadConfig({}).webhooks));
  assert.throws(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'yes' }), (e: unknown) => e instanceof ConfigError && /WEBHOOK_ALLOW_PRIVATE_TARGETS="yes" must be 1/.test(e.message));
});

test('rate limits are on by default with loopback exempt, RATE_LIMIT=0 turns them off, and each budget can be set', () => {
  const limits = loadConfig({}).http.rateLimit;
  assert.ok(limits);
  assert.deepEqual(limits.exempt, ['127.0.0.0/8', '::1']);
  assert.equal(limits.windowMs, 60_000);
  assert.equal(loadConfig({ RATE_LIMIT: '0' }).http.rateLimit, null);
  assert.equal(loadConfig({ RATE_LIMIT: '1', RATE_LIMIT_SEARCH: '5' }).http.rateLimit?.search, 5);
  assert.deepEqual(loadConfig({ RATE_LIMIT_EXEMPT: '' }).http.rateLimit?.exempt, []);
  assert.throws(() => loadConfig({ RATE_LIMIT_EXEMPT: '10.0.0.0/33' }), (e: unknown) => e instanceof ConfigError && /RATE_LIMIT_EXEMPT/.test(e.message));
  assert.throws(() => loadConfig({ RATE_LIMIT: 'off' }), ConfigError);
});

test('TRUST_PROXY takes nothing, true, a hop count or a list of addresses, ranges and proxy-addr names', () => {
  assert.equal(loadConfig({}).http.trustProxy, false);
  assert.equal(loadConfig({ TRUST_PROXY: 'true' }).http.trustProxy, true);
  assert.equal(loadConfig({ TRUST_PROXY: '2' }).http.trustProxy, 2);
  assert.equal(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).http.trustProxy, 'loopback,10.0.0.0/8,::1');
  assert.throws(() => loadConfig({ TRUST_PROXY: 'proxy.example' }), (e: unknown) => e instanceof ConfigError && /TRUST_PROXY/.test(e.message));
});

test('HSTS is off unless configured, and a headers timeout longer than the request timeout is refused', () => {
  assert.equal(loadConfig({}).http.hstsMaxAge, 0);
  assert.equal(loadConfig({ HSTS_MAX_AGE: '31536000' }).http.hstsMaxAge, 31_536_000);
  assert.ok(Object.isFrozen(loadConfig({}).http));
  assert.throws(() => loadConfig({ HEADERS_TIMEOUT_MS: '40000', REQUEST_TIMEOUT_MS: '30000' }), (e: unknown) => e instanceof ConfigError && /HEADERS_TIMEOUT_MS/.test(e.message));
});
