/**
 * Whether an address or a host name is on the public internet, for requests the portal makes on
 * someone else's behalf (webhooks, and later the EMA sync). A URL a stranger gives us must not
 * reach the machine itself, the local network, the cloud's metadata service or anything else
 * only the server can see.
 *
 * Every notation is reduced to one first: WHATWG `new URL()` turns `0x7f.1`, `2130706433`,
 * `0177.0.0.1` and `127.1` into `127.0.0.1`, and any IPv6 form (dotted tail, zeros spelt out)
 * into its compressed hex form. IPv6 addresses that carry an IPv4 address (mapped, NAT64, 6to4)
 * are judged by that address; everything else outside global unicast (2000::/3) is refused
 * whatever the tables below say, so a range missing from them fails closed.
 */
import { BlockList, isIP } from 'node:net';

/** [network, prefix length, what it is]: addresses nobody outside the server's network can mean. */
export const PRIVATE_IPV4_RANGES: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay anycast'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
  ['255.255.255.255', 32, 'broadcast'],
];

export const PRIVATE_IPV6_RANGES: readonly (readonly [string, number, string])[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  // Deprecated IPv4-compatible addresses (::a.b.c.d): no one routes them, refused outright.
  ['::', 96, 'IPv4-compatible'],
  ['64:ff9b:1::', 48, 'local-use NAT64'],
  ['100::', 64, 'discard'],
  // The whole IETF block: Teredo (2001::/32) hides an IPv4 address, the rest is special-purpose.
  ['2001::', 23, 'IETF protocol assignments, Teredo'],
  ['2001:db8::', 32, 'documentation'],
  ['3fff::', 20, 'documentation'],
  ['fc00::', 7, 'unique local'],
  ['fe80::', 10, 'link-local'],
  ['ff00::', 8, 'multicast'],
];

/** Ranges whose addresses carry an IPv4 address, at byte `at`: as public as that address. */
const IPV4_CARRYING: readonly { network: string; prefix: number; at: number }[] = [
  { network: '::ffff:0:0', prefix: 96, at: 12 }, // IPv4-mapped
  { network: '64:ff9b::', prefix: 96, at: 12 }, // NAT64, well-known prefix
  { network: '2002::', prefix: 16, at: 2 }, // 6to4
];

const privateV4 = new BlockList();
for (const [network, prefix] of PRIVATE_IPV4_RANGES) privateV4.addSubnet(network, prefix, 'ipv4');
const privateV6 = new BlockList();
for (const [network, prefix] of PRIVATE_IPV6_RANGES) privateV6.addSubnet(network, prefix, 'ipv6');
const globalUnicast = new BlockList();
globalUnicast.addSubnet('2000::', 3, 'ipv6');
const carrying = IPV4_CARRYING.map((c) => {
  const list = new BlockList();
  list.addSubnet(c.network, c.prefix, 'ipv6');
  return { list, at: c.at };
});

/** Whether an IP address (v4 dotted, v6 without brackets) is one the public internet can reach. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !privateV4.check(address, 'ipv4');
  // A zone id (fe80::1%eth0) names a local interface: never public.
  if (family !== 6 || address.includes('%')) return false;
  const bytes = ipv6Bytes(address);
  if (!bytes) return false;
  const canonical = ipv6String(bytes);
  for (const c of carrying) {
    if (c.list.check(canonical, 'ipv6')) return isPublicAddress(bytes.subarray(c.at, c.at + 4).join('.'));
  }
  return globalUnicast.check(canonical, 'ipv6') && !privateV6.check(canonical, 'ipv6');
}

/** Names that only mean something inside a network, however they resolve today. */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'localdomain', 'home.arpa', 'test', 'invalid'];

/**
 * Whether a host name may stand for a public server: a dotted name outside the local-only
 * suffixes (`localhost`, `*.internal` such as `metadata.google.internal`, `*.local`, …). A
 * single label (`db`, `intranet`) is completed by the server's own search domains, so it is
 * refused too. What the name resolves to is checked separately, on every use.
 */
export function isPublicName(name: string): boolean {
  const host = name.toLowerCase().replace(/\.$/, '');
  if (!host.includes('.') || host.startsWith('.') || host.includes('..')) return false;
  return !LOCAL_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
}

export type HostTarget = { kind: 'address'; address: string; family: 4 | 6 } | { kind: 'name'; name: string };

/** What a parsed URL's host is: an IP literal (already in WHATWG's normal form) or a name. */
export function hostTarget(url: URL): HostTarget {
  const host = url.hostname;
  if (host.startsWith('[') && host.endsWith(']')) return { kind: 'address', address: host.slice(1, -1), family: 6 };
  if (isIP(host) === 4) return { kind: 'address', address: host, family: 4 };
  return { kind: 'name', name: host.replace(/\.$/, '') };
}

/** The 16 bytes of an IPv6 address in any notation; null when it is not one. */
export function ipv6Bytes(address: string): Uint8Array | null {
  let host: string;
  try {
    host = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  // WHATWG's serialisation: lower-case hex groups, at most one "::", no dotted tail.
  const [head = '', tail] = host.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  if (groups.length !== 8) return null;
  const bytes = new Uint8Array(16);
  for (const [i, g] of groups.entries()) {
    const n = Number.parseInt(g, 16);
    bytes[2 * i] = n >> 8;
    bytes[2 * i + 1] = n & 0xff;
  }
  return bytes;
}

function ipv6String(bytes: Uint8Array): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return groups.join(':');
}
