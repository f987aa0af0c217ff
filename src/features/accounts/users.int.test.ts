import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { useTestApp } from '../../../test/support/test-app.ts';
import { AdminClient, createStaff, STAFF_PASSWORD } from '../../../test/support/admin-client.ts';
import { runCommand } from '../../cli/commands.ts';
import type { Services } from '../../services.ts';

async function cli(services: Services, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCommand(services, argv, { stdout, stderr, cwd: process.cwd(), signal: new AbortController().signal });
  return { code, out, err };
}

describe('accounts, on the command line and at /admin/users', () => {
  const t = useTestApp({}, async (services) => {
    await createStaff(services, 'ada@example.eu', 'admin');
    await createStaff(services, 'edna@example.eu', 'editor');
  });

  test('openepar users create prints a one-time password that signs in once and must then be changed', async () => {
    const created = await cli(t.services, 'users', 'create', 'Paula@Example.eu', '--role', 'publisher', '--name', 'Paula P.');
    assert.equal(created.code, 0, created.err);
    const password = created.out.trim();
    assert.match(password, /^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    assert.match(created.err, /one-time password, shown only now/);
    const client = new AdminClient(t.app);
    const signedIn = await client.signIn('paula@example.eu', password);
    assert.equal(signedIn.headers.location, '/admin/account/password');
    const list = await cli(t.services, 'users', 'list');
    assert.match(list.out, /paula@example\.eu\tpublisher\tactive\tpassword\tone-time password\tPaula P\./);
    assert.equal((await cli(t.services, 'users', 'create', 'paula@example.eu', '--role', 'editor')).code, 1);
    assert.equal((await cli(t.services, 'users', 'create', 'someone@example.eu', '--role', 'boss')).code, 1);
    assert.equal((await cli(t.services, 'users', 'create', 'someone@example.eu')).code, 2);
  });

  test('openepar users disable signs the account out everywhere and refuses its sign-ins; reset enables it with a new one-time password', async () => {
    await createStaff(t.services, 'dora@example.eu', 'editor');
    const client = new AdminClient(t.app);
    await client.signIn('dora@example.eu');
    assert.equal((await client.get('/admin')).statusCode, 200);
    assert.equal((await cli(t.services, 'users', 'disable', 'dora@example.eu')).code, 0);
    assert.equal((await client.get('/admin')).statusCode, 303, 'the open session is over');
    assert.equal((await new AdminClient(t.app, '203.0.113.20').signIn('dora@example.eu')).statusCode, 401);
    const reset = await cli(t.services, 'users', 'reset', 'dora@example.eu');
    assert.equal(reset.code, 0);
    assert.equal((await new AdminClient(t.app, '203.0.113.21').signIn('dora@example.eu', reset.out.trim())).statusCode, 303);
    assert.equal((await new AdminClient(t.app, '203.0.113.22').signIn('dora@example.eu', STAFF_PASSWORD)).statusCode, 401, 'the old password no longer works');
    const { events } = await t.services.audit.search({ action: 'user.' });
    assert.ok(events.some((e) => e.action === 'user.disable' && e.actorEmail === null && e.details.email === 'dora@example.eu'));
  });

  test('an administrator creates an account on the page and sees its one-time password once', async () => {
    const admin = new AdminClient(t.app);
    await admin.signIn('ada@example.eu');
    const page = await admin.get('/admin/users');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /edna@example\.eu/);
    const created = await admin.post('/admin/users', { email: 'nina@example.eu', displayName: 'Nina', role: 'editor' }, { token: await admin.csrfToken('/admin/users') });
    assert.equal(created.statusCode, 201);
    const password = /One-time password: ([a-z2-9-]{23})\./.exec(created.body)?.[1];
    assert.ok(password, 'the password is on the page');
    assert.equal(created.headers['cache-control'], 'no-store');
    assert.doesNotMatch((await admin.get('/admin/users')).body, new RegExp(password), 'and only on that answer');
    const again = await admin.post('/admin/users', { email: 'nina@example.eu', role: 'editor' }, { token: await admin.csrfToken('/admin/users') });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /There is already an account/);
    const { events } = await t.services.audit.search({ action: 'user.create', actor: 'ada@' });
    assert.ok(events.some((e) => e.details.email === 'nina@example.eu' && e.address === admin.address));
  });

  test('a role change needs the administrator’s own password again, and is recorded with the old and new role', async () => {
    const admin = new AdminClient(t.app);
    await admin.signIn('ada@example.eu');
    const edna = (await t.services.accounts.find('edna@example.eu')).id;
    const token = await admin.csrfToken('/admin/users');
    const wrong = await admin.post(`/admin/users/${edna}/role`, { role: 'admin', password: 'not the admin password' }, { token });
    assert.equal(wrong.statusCode, 403);
    assert.match(wrong.body, /nothing was changed/);
    assert.equal((await t.services.accounts.find(edna)).role, 'editor');
    const right = await admin.post(`/admin/users/${edna}/role`, { role: 'publisher', password: STAFF_PASSWORD }, { token });
    assert.equal(right.statusCode, 303);
    assert.equal((await t.services.accounts.find(edna)).role, 'publisher');
    const { events } = await t.services.audit.search({ action: 'user.role' });
    assert.deepEqual(events[0]?.details, { email: 'edna@example.eu', from: 'editor', to: 'publisher' });
    assert.equal((await t.services.audit.search({ action: 're-authentication.failed' })).events.length, 1);
    const self = (await t.services.accounts.find('ada@example.eu')).id;
    assert.equal((await admin.post(`/admin/users/${self}/role`, { role: 'editor', password: STAFF_PASSWORD }, { token })).statusCode, 409);
    assert.equal((await admin.post(`/admin/users/${self}/disable`, {}, { token })).statusCode, 409);
  });

  test('the audit trail page searches and pages, and its CSV download is itself recorded', async () => {
    const admin = new AdminClient(t.app);
    await admin.signIn('ada@example.eu');
    const page = await admin.get('/admin/audit?action=sign-in');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<code>sign-in<\/code>/);
    assert.doesNotMatch(page.body, /<code>user\.create<\/code>/);
    const bad = await admin.get('/admin/audit?from=yesterday');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /dates are written YYYY-MM-DD/);
    const csv = await admin.get('/admin/audit.csv?action=user.role');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /^attachment; filename="openepar-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    assert.match(csv.body, /user\.role/);
    const { events } = await t.services.audit.search({ action: 'audit.export' });
    assert.equal(events[0]?.actorEmail, 'ada@example.eu');
    assert.equal(events[0]?.details.rows, 1);
  });

  test('no back-office page enters the page cache, the sitemap or the API description', async () => {
    const admin = new AdminClient(t.app);
    await admin.signIn('ada@example.eu');
    for (const url of ['/admin', '/admin/users', '/admin/audit']) assert.equal((await admin.get(url)).statusCode, 200);
    assert.equal(t.services.pageCache.size, 0);
    const sitemap = await t.app.inject('/sitemap.xml');
    assert.doesNotMatch(sitemap.body, /\/admin/);
    const openapi = await t.app.inject('/api/openapi.json');
    assert.doesNotMatch(openapi.body, /\/admin/);
  });
});
