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
