import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hash } from '@node-rs/argon2';
import { hashSessionToken, oneTimePassword } from './accounts.service.ts';
import { THROTTLE_RULES, throttleKeys, waitSeconds } from './login-throttle.ts';
import { passwordProblem } from './password-policy.ts';
import { safeNext } from './session.routes.ts';
import { ConfigError, loadConfig } from '../../config.ts';

test('passwords are hashed with argon2id', async () => {
  assert.match(await hash('a walk along the Danube'), /^\$argon2id\$v=19\$/);
});

test('the password policy asks for length, not composition, and refuses the email and one repeated character', () => {
  assert.equal(passwordProblem('short one', 'ada@example.eu'), 'too-short');
  assert.equal(passwordProblem('x'.repeat(257), 'ada@example.eu'), 'too-long');
  assert.equal(passwordProblem('ada@example.eu!!', 'ada@example.eu'), 'contains-email');
  assert.equal(passwordProblem('my name is mariana, ok', 'mariana@example.eu'), 'contains-email');
  assert.equal(passwordProblem('aaaaaaaaaaaaaaaa', 'ada@example.eu'), 'too-simple');
  assert.equal(passwordProblem('correct horse battery staple', 'ada@example.eu'), null);
  // A short name part (ada) is too common a string to forbid.
  assert.equal(passwordProblem('canada geese fly south', 'ada@example.eu'), null);
});

test('a one-time password always meets the policy and is never the same twice', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const password = oneTimePassword();
    assert.equal(passwordProblem(password, 'someone@example.eu'), null, password);
    seen.add(password);
  }
  assert.equal(seen.size, 200);
});

test('the wait after failed sign-ins doubles from 1 s once the free tries are used, and stops at each scope’s cap', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6].map((n) => waitSeconds('pair', n)), [0, 0, 1, 2, 4, 8]);
  assert.equal(waitSeconds('pair', 1000), THROTTLE_RULES.pair.capSeconds);
  assert.equal(waitSeconds('account', 1000), 60, 'a stranger can keep the real user waiting a minute at most');
  assert.equal(waitSeconds('address', 1000), 900);
  assert.deepEqual(throttleKeys('ada@example.eu', '203.0.113.1').map((k) => k.scope), ['pair', 'address', 'account']);
});

test('a session token is stored as its SHA-256, never as itself', () => {
  assert.equal(hashSessionToken('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('after sign-in a browser only ever goes on to an address of the back office', () => {
  assert.equal(safeNext('/admin/users?x=1'), '/admin/users?x=1');
  assert.equal(safeNext('/admin'), '/admin');
  for (const evil of ['//evil.example/admin', 'https://evil.example', '/admin\\@evil', '/administrator', '/\\evil', '', '/en']) assert.equal(safeNext(evil), '/admin', evil);
});

test('cookies without Secure are allowed only for a portal at http://localhost', () => {
  assert.equal(loadConfig({ ADMIN_INSECURE_COOKIES: '1' }).admin.insecureCookies, true);
  assert.equal(loadConfig({}).admin.insecureCookies, false);
  assert.throws(() => loadConfig({ ADMIN_INSECURE_COOKIES: '1', PUBLIC_BASE_URL: 'https://medicines.example.eu' }), ConfigError);
  assert.equal(loadConfig({ ADMIN_SESSION_IDLE_MINUTES: '15', ADMIN_SESSION_MAX_HOURS: '8' }).admin.sessionMaxMs, 8 * 3_600_000);
});
