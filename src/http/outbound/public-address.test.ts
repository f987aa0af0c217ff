import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostTarget, ipv6Bytes, isPublicAddress, isPublicName } from './public-address.ts';
import { PRIVATE_URL_HOSTS, PUBLIC_URL_HOSTS } from '../../../test/support/address-forms.ts';

const judged = (host: string) => {
  const target = hostTarget(new URL(`http://${host}/`));
  assert.equal(target.kind, 'address', `${host} is an address`);
  return target.kind === 'address' && isPublicAddress(target.address);
};

test('every notation of a loopback, private, link-local, unique-local, multicast, reserved or mapped address is not public', () => {
  for (const host of PRIVATE_URL_HOSTS) assert.equal(judged(host), false, host);
});

test('public IPv4 and IPv6 addresses, also mapped, NAT64 and 6to4 forms of a public IPv4 address, are public', () => {
  for (const host of PUBLIC_URL_HOSTS) assert.equal(judged(host), true, host);
});

test('addresses as a resolver answers them (no brackets, dotted tails, zone ids) are judged the same', () => {
  const cases: [string, boolean][] = [
    ['127.0.0.1', false],
    ['::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:169.254.169.254', false],
    ['0:0:0:0:0:ffff:a9fe:a9fe', false],
    ['FE80::1', false],
    ['fe80::1%eth0', false],
    ['FD12:3456::1', false],
    ['64:ff9b::10.1.2.3', false],
    ['8.8.8.8', true],
    ['2606:4700::1111', true],
    ['2606:4700:0000:0000:0000:0000:0000:1111', true],
    ['::ffff:8.8.8.8', true],
    ['', false],
    ['localhost', false],
    ['0177.0.0.1', false], // not an address at all to a resolver: refused, never guessed
    ['1.2.3', false],
    ['::ffff:1.2.3.256', false],
  ];
  for (const [address, expected] of cases) assert.equal(isPublicAddress(address), expected, address);
});

test('the IPv6 parser reads every notation into the same 16 bytes', () => {
  const loopbackMapped = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 127, 0, 0, 1];
  for (const form of ['::ffff:127.0.0.1', '::FFFF:7F00:1', '0:0:0:0:0:ffff:7f00:0001', '0000:0000:0000:0000:0000:ffff:127.0.0.1']) {
    assert.deepEqual([...ipv6Bytes(form)!], loopbackMapped, form);
  }
  assert.deepEqual([...ipv6Bytes('2606:4700::1111')!], [0x26, 0x06, 0x47, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x11, 0x11]);
  assert.deepEqual([...ipv6Bytes('::')!], new Array(16).fill(0));
  assert.equal(ipv6Bytes('1::2::3'), null);
  assert.equal(ipv6Bytes('127.0.0.1'), null);
});

test('local-only names are not public however they are written; ordinary dotted names may be', () => {
  const local = [
    'localhost',
    'LOCALHOST',
    'localhost.',
    'api.localhost',
    'metadata.google.internal',
    'metadata.google.internal.',
    'METADATA.GOOGLE.INTERNAL',
    'db.internal',
    'printer.local',
    'router.home.arpa',
    'box.localdomain',
    'hooks.example.test',
    'x.invalid',
    'metadata', // one label: completed by the server's own search domains
    'intranet',
    '.example.org',
    'example..org',
  ];
  for (const name of local) assert.equal(isPublicName(name), false, name);
  for (const name of ['example.org', 'hooks.example.com', 'example.org.', 'internal.example.com', 'localhost.example.com', 'xn--bcher-kva.example']) {
    assert.equal(isPublicName(name), true, name);
  }
});

test('a URL host is an address or a name, as WHATWG normalised it', () => {
  assert.deepEqual(hostTarget(new URL('http://0x7f.1:8080/')), { kind: 'address', address: '127.0.0.1', family: 4 });
  assert.deepEqual(hostTarget(new URL('http://[::ffff:169.254.169.254]/')), { kind: 'address', address: '::ffff:a9fe:a9fe', family: 6 });
  assert.deepEqual(hostTarget(new URL('https://Hooks.Example.COM./x')), { kind: 'name', name: 'hooks.example.com' });
  assert.deepEqual(hostTarget(new URL('https://bücher.example/')), { kind: 'name', name: 'xn--bcher-kva.example' });
});
