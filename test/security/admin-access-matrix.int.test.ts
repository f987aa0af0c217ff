/**
 * The back office's access matrix, generated from the app's own route table: every route under
 * /admin, for a visitor and each role, is allowed or refused exactly as its rule in
 * src/domain/access-rules.ts says. A route added without a rule fails the first test, whoever
 * adds it; a rule changed in the table changes what the matrix expects.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { useTestApp } from '../support/test-app.ts';
import { AdminClient, createStaff } from '../support/admin-client.ts';
import { ACCESS_RULES, isAccessAction, mayDo, STAFF_ROLES, type StaffRole } from '../../src/domain/access-rules.ts';
import { adminRoutesOf, registerAdminAccess } from '../../src/http/admin-access.ts';

const IDENTITIES = ['anonymous', ...STAFF_ROLES] as const;
type Identity = (typeof IDENTITIES)[number];

describe('the access matrix of every back-office route', () => {
  let target = 0;
  const t = useTestApp({}, async (services) => {
    for (const role of STAFF_ROLES) await createStaff(services, `${role}@example.eu`, role);
    target = (await createStaff(services, 'target@example.eu', 'editor')).id;
  });

  test('every route under /admin declares an access rule the table knows', () => {
    const routes = adminRoutesOf(t.app);
    assert.ok(routes.length >= 10, `the back office's routes are found (${routes.length})`);
    const missing = routes.filter((r) => !isAccessAction(r.access)).map((r) => `${r.method} ${r.url} (${String(r.access)})`);
    assert.deepEqual(missing, [], 'routes without a rule in src/domain/access-rules.ts');
  });

  test('each route answers each identity as its rule says: allowed runs the handler, refused is the gate’s answer', async () => {
    const routes = adminRoutesOf(t.app).filter((r) => r.method !== 'HEAD');
    const wrong: string[] = [];
    const rows: string[] = [];
    // One signed-in browser per identity, signed in again only after a route signed it out.
    const clients = new Map<Identity, { client: AdminClient; token: string }>();
    const browserOf = async (identity: Identity) => {
      const known = clients.get(identity);
      if (known) return known;
      const client = new AdminClient(t.app, '198.51.100.77');
      if (identity !== 'anonymous') assert.equal((await client.signIn(`${identity}@example.eu`)).statusCode, 303);
      const token = await client.csrfToken(identity === 'anonymous' ? '/admin/login' : '/admin/account/password');
      clients.set(identity, { client, token });
      return { client, token };
    };
    for (const route of routes) {
      const cells: string[] = [];
      for (const identity of IDENTITIES) {
        const { client, token } = await browserOf(identity);
        const url = route.url.replace(/:[A-Za-z]+/g, String(target));
        const res = route.method === 'GET' ? await client.get(url) : await client.post(url, {}, { token });
        if (!client.cookies.has('openepar_session')) clients.delete(identity);
        const denied = res.headers['x-openepar-access'] === 'denied';
        const expected = mayDo(route.access, identity === 'anonymous' ? null : { role: identity as StaffRole });
        if (denied === expected) wrong.push(`${route.method} ${route.url} as ${identity}: ${denied ? 'refused' : 'allowed'} (${res.statusCode}), the rule ${String(route.access)} says ${expected ? 'allowed' : 'refused'}`);
        if (denied && identity === 'anonymous' && route.method === 'GET' && !String(res.headers.location).startsWith('/admin/login?next=')) wrong.push(`${route.url}: a visitor is not sent to the sign-in page`);
        if (denied && identity !== 'anonymous' && res.statusCode !== 403) wrong.push(`${route.method} ${route.url} as ${identity}: refused with ${res.statusCode}, not 403`);
        assert.equal(res.headers['cache-control'], 'no-store', `${route.method} ${route.url} is never stored`);
        cells.push(denied ? '-' : 'ok');
      }
      rows.push(`${route.method.padEnd(5)}${route.url.padEnd(40)}${cells.map((c) => c.padEnd(11)).join('')}`);
    }
    console.log(`# ${''.padEnd(45)}${IDENTITIES.map((i) => i.padEnd(11)).join('')}\n${rows.map((r) => `# ${r}`).join('\n')}`);
    assert.deepEqual(wrong, []);
  });

  test('every action in the table is allowed to someone, and only admins manage accounts and read the trail', () => {
    for (const [action, rule] of Object.entries(ACCESS_RULES)) assert.ok(rule === 'anyone' || rule.length > 0, action);
    for (const role of STAFF_ROLES) {
      assert.equal(mayDo('users:manage', { role }), role === 'admin');
      assert.equal(mayDo('audit:read', { role }), role === 'admin');
    }
    assert.equal(mayDo('no-such-action', { role: 'admin' }), false);
  });
});

test('a route under /admin without a rule is refused to everyone, an administrator included, and listed as such', async () => {
  const app = Fastify();
  await registerAdminAccess(app, {
    sessions: { session: async () => ({ staff: { id: 1, email: 'ada@example.eu', displayName: 'Ada', role: 'admin' }, sessionId: 1, mustChangePassword: false }) },
    insecureCookies: false,
    publicBaseUrl: 'http://localhost:3000',
  });
  let ran = false;
  app.get('/admin/forgotten', async () => {
    ran = true;
    return 'should never be seen';
  });
  app.get('/public', async () => 'public pages are not gated');
  await app.ready();
  const res = await app.inject('/admin/forgotten');
  assert.equal(res.statusCode, 403);
  assert.equal(res.headers['x-openepar-access'], 'denied');
  assert.equal(ran, false);
  assert.deepEqual(adminRoutesOf(app).map((r) => [r.method, r.url, r.access]), [['GET', '/admin/forgotten', undefined], ['HEAD', '/admin/forgotten', undefined]]);
  assert.equal((await app.inject('/public')).statusCode, 200);
  await app.close();
});

// Keeps the identities list honest if a role is added to the table.
test('the matrix covers a visitor and every role', () => {
  assert.deepEqual([...IDENTITIES], ['anonymous', ...STAFF_ROLES] satisfies Identity[]);
});
