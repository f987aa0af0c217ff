import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { checkTarget, OUTBOUND_ERRORS, safeFetch, type ResolvedAddress, type Resolver } from './safe-fetch.ts';
import { LOCAL_NAMES, PRIVATE_RESOLVED_ADDRESSES, PRIVATE_URL_HOSTS, PUBLIC_URL_HOSTS } from '../../../test/support/address-forms.ts';
import { ScriptedServer } from '../../../test/support/scripted-server.ts';

let server: ScriptedServer;
before(async () => {
  server = await ScriptedServer.start();
});
after(() => server.stop());
beforeEach(() => {
  server.requests.length = 0;
  server.answer = () => ({ status: 200, body: 'ok' });
});

const family = (address: string): 4 | 6 => (address.includes(':') ? 6 : 4);
/** A resolver that answers `addresses` for any name and counts how often it was asked. */
function answering(...addresses: string[]): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (name: string): Promise<ResolvedAddress[]> => {
    calls.push(name);
    return addresses.map((address) => ({ address, family: family(address) }));
  };
  return Object.assign(resolve, { calls });
}
const post = (url: string, policy: Parameters<typeof safeFetch>[2] = {}, timeoutMs = 2_000) =>
  safeFetch(new URL(url), { method: 'POST', body: '{"hello":1}', headers: { 'content-type': 'application/json' }, timeoutMs, maxBodyBytes: 200 }, policy);

test('a request to any notation of a non-public address is refused before anything is sent', async () => {
  for (const host of PRIVATE_URL_HOSTS) {
    // The receiver's port on every form: a loopback form that slipped through would reach it.
    const withPort = host.includes(':') && !host.startsWith('[') ? host : `${host}:${server.port}`;
    const result = await post(`http://${withPort}/hook`, { resolve: answering('93.184.215.14') });
    assert.deepEqual({ kind: result.kind, error: result.kind === 'failed' ? result.error : null }, { kind: 'failed', error: OUTBOUND_ERRORS.notPublic }, host);
  }
  assert.equal(server.requests.length, 0, 'nothing reached the local receiver');
});

test('a name that resolves to a non-public address is refused, whichever address the resolver answers, and nothing is sent', async () => {
  for (const address of PRIVATE_RESOLVED_ADDRESSES) {
    const resolve = answering(address);
    const result = await post(server.url('/hook', 'hooks.example.com'), { resolve });
    assert.equal(result.kind === 'failed' && result.error, OUTBOUND_ERRORS.notPublic, address);
    assert.deepEqual(resolve.calls, ['hooks.example.com']);
  }
  // One private address among public ones is enough: the connection could have picked it.
  const mixed = await post(server.url('/hook', 'hooks.example.com'), { resolve: answering('93.184.215.14', '2606:4700::1111', '127.0.0.1') });
  assert.equal(mixed.kind === 'failed' && mixed.error, OUTBOUND_ERRORS.notPublic);
  assert.equal(server.requests.length, 0);
});

test('local-only names are refused without being resolved', async () => {
  for (const name of LOCAL_NAMES) {
    const resolve = answering('93.184.215.14');
    const result = await post(`http://${name}:${server.port}/hook`, { resolve });
    assert.equal(result.kind === 'failed' && result.error, OUTBOUND_ERRORS.notPublic, name);
    assert.deepEqual(resolve.calls, [], name);
  }
  assert.equal(server.requests.length, 0);
});

test('public addresses and names that resolve only to public addresses pass the check, with the addresses to connect to', async () => {
  for (const host of PUBLIC_URL_HOSTS) assert.equal((await checkTarget(new URL(`https://${host}/`))).ok, true, host);
  assert.deepEqual(await checkTarget(new URL('https://hooks.example.com/'), { resolve: answering('93.184.215.14', '2606:4700::1111') }), {
    ok: true,
    addresses: [
      { address: '93.184.215.14', family: 4 },
      { address: '2606:4700::1111', family: 6 },
    ],
  });
  assert.deepEqual(await checkTarget(new URL('https://hooks.example.com/'), { resolve: answering() }), { ok: false, reason: 'unresolved' });
  const failing: Resolver = () => Promise.reject(new Error('ENOTFOUND'));
  assert.deepEqual(await checkTarget(new URL('https://hooks.example.com/'), { resolve: failing }), { ok: false, reason: 'unresolved' });
});

test('the connection goes to the address that was checked, once resolved, with the Host header of the URL', async () => {
  // Only the test's resolver knows this name: reaching the receiver proves the connection used its answer.
  const resolve = answering('127.0.0.1');
  const result = await post(server.url('/hook?x=1', 'hooks.example.com'), { resolve, allowPrivateTargets: true });
  assert.equal(result.kind, 'answered');
  assert.deepEqual(resolve.calls, ['hooks.example.com'], 'resolved once, by the check; the connection asked no one else');
  assert.equal(server.requests.length, 1);
  const [got] = server.requests;
  assert.equal(got!.headers.host, `hooks.example.com:${server.port}`);
  assert.equal(got!.path, '/hook?x=1');
  assert.equal(got!.method, 'POST');
  assert.equal(got!.body, '{"hello":1}');
});

test("over TLS the server name sent is the URL's name, not the address connected to, and none for an address", async () => {
  const names: string[] = [];
  // Records the name in the ClientHello, then ends the handshake (it has no certificate to show).
  const tls = createTlsServer({ SNICallback: (name, done) => (names.push(name), done(new Error('no certificate'))) });
  tls.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  try {
    const port = (tls.address() as { port: number }).port;
    const named = await post(`https://hooks.example.com:${port}/hook`, { resolve: answering('127.0.0.1'), allowPrivateTargets: true });
    assert.equal(named.kind === 'failed' && named.error, OUTBOUND_ERRORS.connect);
    assert.deepEqual(names, ['hooks.example.com']);
    await post(`https://127.0.0.1:${port}/hook`, { allowPrivateTargets: true });
    assert.deepEqual(names, ['hooks.example.com'], 'no server name for an IP literal');
  } finally {
    await new Promise<void>((resolve) => tls.close(() => resolve()));
  }
});

test('a redirect is answered as it is and never followed', async () => {
  server.answer = (r) => (r.path === '/hook' ? { status: 302, headers: { location: `http://127.0.0.1:${server.port}/secret` } } : { status: 200, body: 'secret page' });
  const result = await post(server.url(), { allowPrivateTargets: true });
  assert.equal(result.kind === 'answered' && result.status, 302);
  assert.deepEqual(server.requests.map((r) => r.path), ['/hook']);
});

test('at most maxBodyBytes of an answer are read', async () => {
  server.answer = () => ({ status: 200, body: 'x'.repeat(100_000) });
  const result = await post(server.url(), { allowPrivateTargets: true });
  assert.equal(result.kind, 'answered');
  assert.ok(result.kind === 'answered' && result.body.length === 200, 'the excerpt is cut');
});

test('failures are told in the same few words whatever happened underneath', async () => {
  server.answer = () => 'hang';
  const hung = await post(server.url(), { allowPrivateTargets: true }, 300);
  assert.equal(hung.kind === 'failed' && hung.error, OUTBOUND_ERRORS.timeout);
  assert.ok(hung.durationMs >= 295 && hung.durationMs < 2_000, `took ${hung.durationMs} ms`);

  server.answer = () => 'reset';
  const reset = await post(server.url(), { allowPrivateTargets: true });
  assert.equal(reset.kind === 'failed' && reset.error, OUTBOUND_ERRORS.connect);

  // A port nobody listens on (taken and released): refused at once, but told like any failure to connect.
  const closed = await freePort();
  const refused = await post(`http://127.0.0.1:${closed}/`, { allowPrivateTargets: true });
  assert.equal(refused.kind === 'failed' && refused.error, OUTBOUND_ERRORS.connect);

  const unresolved = await post('http://hooks.example.com/', { resolve: () => Promise.reject(new Error('ENOTFOUND hooks.example.com')) });
  assert.equal(unresolved.kind === 'failed' && unresolved.error, OUTBOUND_ERRORS.connect);

  const slowDns = await post('http://hooks.example.com/', { resolve: () => new Promise(() => {}) }, 200);
  assert.equal(slowDns.kind === 'failed' && slowDns.error, OUTBOUND_ERRORS.connect, 'a resolver that never answers counts against the time limit');
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
