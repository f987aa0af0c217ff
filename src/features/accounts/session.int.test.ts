import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestApp } from '../../../test/support/test-app.ts';
import { AdminClient, createStaff, STAFF_PASSWORD } from '../../../test/support/admin-client.ts';
import { AccountsService, totpCode } from './accounts.service.ts';
import { AuditService } from '../audit/audit.service.ts';

describe('signing in to the back office', () => {
  const t = useTestApp({}, async (services) => {
    await createStaff(services, 'edna@example.eu', 'editor');
    await createStaff(services, 'ada@example.eu', 'admin');
    await createStaff(services, 'tess@example.eu', 'editor');
  });

  test('the right email and password sign in with a Secure, HttpOnly, SameSite=Lax session cookie limited to /admin', async () => {
    const client = new AdminClient(t.app);
    const res = await client.signIn('Edna@Example.eu');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/admin');
    const cookie = res.cookies.find((c) => c.name === 'openepar_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.secure, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/admin');
    const home = await client.get('/admin');
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /edna \(Editor\)/);
    assert.equal(home.headers['cache-control'], 'no-store');
    assert.match(String(home.headers['x-robots-tag']), /noindex/);
    assert.match(home.body, /<meta name="robots" content="noindex, nofollow">/);
  });

  test('the database keeps only a hash of the session token', async () => {
    const client = new AdminClient(t.app);
    await client.signIn('edna@example.eu');
    const token = client.cookies.get('openepar_session')!;
    const rows = await t.database.db.selectFrom('staff_sessions').select('token_hash').execute();
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.token_hash !== token && r.token_hash.length === 64));
  });

  test('a wrong password is refused without saying which part was wrong, and recorded in the audit trail', async () => {
    const client = new AdminClient(t.app, '198.51.100.1');
    const res = await client.signIn('edna@example.eu', 'not the password at all');
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /The email address, password or code is not right/);
    assert.equal(client.cookies.has('openepar_session'), false);
    const { events } = await t.services.audit.search({ action: 'sign-in.failed' });
    assert.ok(events.some((e) => e.actorEmail === 'edna@example.eu' && e.address === '198.51.100.1' && e.details.reason === 'password'));
  });

  test('an unknown email is refused like a wrong password', async () => {
    const res = await new AdminClient(t.app, '198.51.100.2').signIn('nobody@example.eu');
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /The email address, password or code is not right/);
  });

  test('guessing passwords is throttled: after three failures from one address the next try answers 429 with Retry-After', async () => {
    const client = new AdminClient(t.app, '192.0.2.50');
    for (let i = 0; i < 3; i++) assert.equal((await client.signIn('tess@example.eu', `guess number ${i} of many`)).statusCode, 401);
    const throttled = await client.signIn('tess@example.eu', STAFF_PASSWORD);
    assert.equal(throttled.statusCode, 429);
    assert.ok(Number(throttled.headers['retry-after']) >= 1);
    assert.match(throttled.body, /Too many failed attempts/);
    // The guesser's lock-out is theirs: the real user, from their own address, signs in.
    assert.equal((await new AdminClient(t.app, '192.0.2.99').signIn('tess@example.eu')).statusCode, 303);
  });

  test('a form without its CSRF token is refused with a clear 403', async () => {
    const client = new AdminClient(t.app);
    const res = await client.post('/admin/login', { email: 'edna@example.eu', password: STAFF_PASSWORD }, { token: null });
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /This form has expired or did not come from this site/);
    const forged = await client.post('/admin/login', { email: 'edna@example.eu', password: STAFF_PASSWORD }, { token: 'made-up-token' });
    assert.equal(forged.statusCode, 403);
  });

  test('a post from another site is refused with 403, token or not', async () => {
    const client = new AdminClient(t.app);
    const bySite = await client.post('/admin/login', { email: 'edna@example.eu', password: STAFF_PASSWORD }, { headers: { 'sec-fetch-site': 'cross-site' } });
    assert.equal(bySite.statusCode, 403);
    assert.match(bySite.body, /sent from another site/);
    const byOrigin = await client.post('/admin/login', { email: 'edna@example.eu', password: STAFF_PASSWORD }, { headers: { origin: 'https://evil.example' } });
    assert.equal(byOrigin.statusCode, 403);
  });

  test('the gate refuses in the reader’s language', async () => {
    const client = new AdminClient(t.app);
    const german = await client.post('/admin/login', { email: 'edna@example.eu', password: STAFF_PASSWORD }, { headers: { 'sec-fetch-site': 'cross-site', 'accept-language': 'de-AT,de;q=0.9' } });
    assert.equal(german.statusCode, 403);
    assert.match(german.body, /von einer anderen Website gesendet/);
    const editor = new AdminClient(t.app);
    await editor.signIn('edna@example.eu');
    const refused = await editor.get('/admin/users?lang=fr');
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /Votre rôle \(Rédaction\) ne permet pas cette action/);
  });

  test('signing out ends the session; signing out everywhere ends every session of the account', async () => {
    const laptop = new AdminClient(t.app);
    const phone = new AdminClient(t.app);
    await laptop.signIn('ada@example.eu');
    await phone.signIn('ada@example.eu');
    const laptopToken = laptop.cookies.get('openepar_session')!;
    assert.equal((await laptop.post('/admin/logout-everywhere', {}, { token: await laptop.csrfToken('/admin') })).statusCode, 303);
    assert.equal((await phone.get('/admin')).statusCode, 303, 'the other device is signed out too');
    // A copied cookie of an ended session is worth nothing.
    const replay = await t.app.inject({ url: '/admin', headers: { cookie: `openepar_session=${laptopToken}` } });
    assert.equal(replay.statusCode, 303);
    assert.match(String(replay.headers.location), /^\/admin\/login\?next=/);

    const again = new AdminClient(t.app);
    await again.signIn('ada@example.eu');
    assert.equal((await again.post('/admin/logout', {}, { token: await again.csrfToken('/admin') })).statusCode, 303);
    assert.equal((await again.get('/admin')).statusCode, 303);
    const { events } = await t.services.audit.search({ actor: 'ada@example.eu' });
    assert.ok(events.some((e) => e.action === 'sign-out'));
    assert.ok(events.some((e) => e.action === 'sign-out.everywhere'));
  });

  test('a one-time password must be changed before anything else, and the new password must follow the policy', async () => {
    const { password } = await t.services.accounts.create({ email: 'newbie@example.eu', role: 'editor' }, null);
    const client = new AdminClient(t.app);
    const res = await client.signIn('newbie@example.eu', password);
    assert.equal(res.headers.location, '/admin/account/password');
    assert.equal((await client.get('/admin')).headers.location, '/admin/account/password');
    const token = await client.csrfToken('/admin/account/password');
    const short = await client.post('/admin/account/password', { current: password, next: 'short', repeat: 'short' }, { token });
    assert.equal(short.statusCode, 400);
    assert.match(short.body, /too short/);
    const withEmail = await client.post('/admin/account/password', { current: password, next: 'newbie@example.eu-2026', repeat: 'newbie@example.eu-2026' }, { token });
    assert.match(withEmail.body, /must not contain your email/);
    const ok = await client.post('/admin/account/password', { current: password, next: 'a walk along the Danube', repeat: 'a walk along the Danube' }, { token });
    assert.equal(ok.statusCode, 303);
    assert.equal((await client.get('/admin')).statusCode, 200);
  });
});

describe('session expiry, lock-out expiry and the second factor (on a clock the test moves)', () => {
  const t = useTestApp();
  let now = new Date('2026-12-06T09:00:00Z');
  const accounts = () => new AccountsService(t.database.db, new AuditService(t.database.db, { now: () => now }), { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000, now: () => now });
  const origin = { address: '203.0.113.9', userAgent: 'test' };

  test('a session unused for longer than the idle limit is over', async () => {
    const service = accounts();
    const { account, password } = await service.create({ email: 'idle@example.eu', role: 'editor' }, null);
    await service.changePassword(account, password, STAFF_PASSWORD, null, null);
    const signed = await service.signIn({ email: 'idle@example.eu', password: STAFF_PASSWORD }, origin);
    assert.equal(signed.outcome, 'signed-in');
    const token = signed.outcome === 'signed-in' ? signed.token : '';
    now = new Date(now.getTime() + 29 * 60_000);
    assert.ok(await service.session(token), 'still live after 29 idle minutes');
    now = new Date(now.getTime() + 29 * 60_000);
    assert.ok(await service.session(token), 'use within the limit keeps it live');
    now = new Date(now.getTime() + 31 * 60_000);
    assert.equal(await service.session(token), null, 'over after 31 idle minutes');
  });

  test('a session ends at its absolute limit however active it is', async () => {
    const service = accounts();
    const signed = await service.signIn({ email: 'idle@example.eu', password: STAFF_PASSWORD }, origin);
    const token = signed.outcome === 'signed-in' ? signed.token : '';
    // Used every 20 minutes, within the idle limit, for 11 hours 40 minutes…
    for (let step = 1; step < 36; step++) {
      now = new Date(now.getTime() + 20 * 60_000);
      assert.ok(await service.session(token), `live after ${step * 20} minutes`);
    }
    now = new Date(now.getTime() + 20 * 60_000);
    assert.equal(await service.session(token), null, 'over 12 hours after sign-in');
  });

  test('a lock-out doubles with each failure, stops at five minutes and then lets the right password in', async () => {
    const service = accounts();
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      const result = await service.signIn({ email: 'idle@example.eu', password: 'wrong guess here' }, origin);
      if (result.outcome === 'throttled') {
        waits.push(result.retryAfterSeconds);
        now = new Date(now.getTime() + result.retryAfterSeconds * 1000);
        i--;
      }
    }
    assert.deepEqual(waits.slice(0, 4), [1, 2, 4, 8]);
    assert.ok(Math.max(...waits) <= 300, `no wait over 5 minutes (${Math.max(...waits)})`);
    const throttled = await service.signIn({ email: 'idle@example.eu', password: STAFF_PASSWORD }, origin);
    assert.equal(throttled.outcome, 'throttled');
    now = new Date(now.getTime() + 300_000);
    assert.equal((await service.signIn({ email: 'idle@example.eu', password: STAFF_PASSWORD }, origin)).outcome, 'signed-in');
  });

  test('one address trying many accounts is throttled, and so is one account tried from many addresses, for a minute at most', async () => {
    const service = accounts();
    const sprayer = { address: '198.51.100.200', userAgent: 'spray' };
    for (let i = 0; i < 20; i++) assert.equal((await service.signIn({ email: `victim${i}@example.eu`, password: 'Winter2026!' }, sprayer)).outcome, 'refused');
    const sprayed = await service.signIn({ email: 'victim99@example.eu', password: 'Winter2026!' }, sprayer);
    assert.equal(sprayed.outcome, 'throttled', 'the 21st account from one address waits');

    for (let i = 0; i < 10; i++) await service.signIn({ email: 'idle@example.eu', password: 'a wrong password' }, { address: `203.0.113.${100 + i}`, userAgent: 'botnet' });
    const fromAnywhere = await service.signIn({ email: 'idle@example.eu', password: STAFF_PASSWORD }, { address: '192.0.2.1', userAgent: 'the real user' });
    assert.equal(fromAnywhere.outcome, 'throttled');
    assert.ok(fromAnywhere.outcome === 'throttled' && fromAnywhere.retryAfterSeconds <= 60);
    now = new Date(now.getTime() + 60_000);
    assert.equal((await service.signIn({ email: 'idle@example.eu', password: STAFF_PASSWORD }, { address: '192.0.2.1', userAgent: 'the real user' })).outcome, 'signed-in');
  });

  test('with two-step sign-in on, the password alone is refused and the current code lets in once', async () => {
    const service = accounts();
    const { uri } = await service.enableTotp('idle@example.eu', null);
    assert.match(uri, /^otpauth:\/\/totp\/OpenEPAR:idle%40example\.eu\?/);
    const secret = new URL(uri).searchParams.get('secret')!;
    const totpOrigin = { address: '203.0.113.10', userAgent: 'test' };
    assert.equal((await service.signIn({ email: 'idle@example.eu', password: STAFF_PASSWORD }, totpOrigin)).outcome, 'refused');
    assert.equal((await service.signIn({ email: 'idle@example.eu', password: STAFF_PASSWORD, code: '000000' === totpCode('idle@example.eu', secret, now) ? '111111' : '000000' }, totpOrigin)).outcome, 'refused');
    const code = totpCode('idle@example.eu', secret, now);
    assert.equal((await service.signIn({ email: 'idle@example.eu', password: STAFF_PASSWORD, code }, totpOrigin)).outcome, 'signed-in');
    now = new Date(now.getTime() + 5_000);
    assert.equal((await service.signIn({ email: 'idle@example.eu', password: STAFF_PASSWORD, code }, totpOrigin)).outcome, 'refused', 'a used code does not sign in again');
    now = new Date(now.getTime() + 30_000);
    assert.equal((await service.signIn({ email: 'idle@example.eu', password: STAFF_PASSWORD, code: totpCode('idle@example.eu', secret, now) }, totpOrigin)).outcome, 'signed-in', 'the next code does');
  });
});
