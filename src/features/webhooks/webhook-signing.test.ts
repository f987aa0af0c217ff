import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { newWebhookSecret, signPayload, verifySignature } from './webhook-signing.ts';

const secret = 'whsec_test-secret';
const body = '{"id":"whd_1","type":"medicine.changed"}';

test('the signature is the hex HMAC-SHA256 of "<timestamp>.<body>" with the secret', () => {
  const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
  assert.equal(signPayload(secret, 1700000000, body), `sha256=${expected}`);
});

test('a receiver accepts the signature of the body it got, at the time it was sent', () => {
  const signature = signPayload(secret, 1700000000, body);
  assert.equal(verifySignature(secret, body, '1700000000', signature, { now: 1700000010 }), true);
});

test('a changed body, another secret, another timestamp or a stale request is refused', () => {
  const signature = signPayload(secret, 1700000000, body);
  assert.equal(verifySignature(secret, `${body} `, '1700000000', signature, { now: 1700000000 }), false);
  assert.equal(verifySignature('whsec_other', body, '1700000000', signature, { now: 1700000000 }), false);
  assert.equal(verifySignature(secret, body, '1700000001', signature, { now: 1700000000 }), false);
  assert.equal(verifySignature(secret, body, '1700000000', signature, { now: 1700000000 + 301 }), false);
  assert.equal(verifySignature(secret, body, undefined, signature), false);
  assert.equal(verifySignature(secret, body, '1700000000', 'sha256=00', { now: 1700000000 }), false);
});

test('secrets are random and recognisable', () => {
  const a = newWebhookSecret();
  assert.match(a, /^whsec_[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a, newWebhookSecret());
});
