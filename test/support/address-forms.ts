/**
 * Hosts as a URL may spell them, for the tests of outbound requests (webhooks): every notation
 * of a non-public address someone could try, and public ones that must keep working. Each is
 * written as it goes between "http://" and the path.
 */
/** Loopback, private, link-local, metadata, reserved: never a webhook target. */
export const PRIVATE_URL_HOSTS: readonly string[] = [
  // Loopback, in every spelling WHATWG accepts.
  '127.0.0.1',
  '127.0.0.1:5432',
  '127.1',
  '127.0.1',
  '0x7f.1',
  '0x7f000001',
  '2130706433',
  '0177.0.0.1',
  '0177.0.0.01',
  '017700000001',
  '127.255.255.254',
  '%31%32%37.0.0.1',
  '\uff11\uff12\uff17.\uff10.\uff10.\uff11', // full-width digits
  '[::1]',
  '[0:0:0:0:0:0:0:1]',
  '[::ffff:127.0.0.1]',
  '[::ffff:7f00:1]',
  '[0:0:0:0:0:ffff:127.0.0.1]',
  '[::127.0.0.1]',
  '[64:ff9b::127.0.0.1]',
  '[2002:7f00:1::1]',
  // "This network", unspecified.
  '0.0.0.0',
  '0',
  '0.1.2.3',
  '[::]',
  // Cloud metadata and link-local.
  '169.254.169.254',
  '0xa9.0xfe.0xa9.0xfe',
  '2852039166',
  '[::ffff:169.254.169.254]',
  '[::ffff:a9fe:a9fe]',
  '[64:ff9b::a9fe:a9fe]',
  '[2002:a9fe:a9fe::]',
  '[fe80::1]',
  '[febf::1]',
  // Private and shared networks.
  '10.0.0.1',
  '012.0.0.1',
  '10.255.255.255',
  '172.16.0.1',
  '172.31.255.255',
  '192.168.1.1',
  '0xc0.0xa8.1.1',
  '100.64.0.1',
  '100.127.255.254',
  '[::ffff:10.0.0.1]',
  '[::ffff:192.168.0.1]',
  '[fd00::1]',
  '[fc00::1]',
  '[fdff:ffff::1]',
  // Special-purpose, documentation, benchmarking, multicast, reserved, broadcast.
  '192.0.0.8',
  '192.0.2.1',
  '192.88.99.1',
  '198.18.0.1',
  '198.19.255.255',
  '198.51.100.7',
  '203.0.113.9',
  '224.0.0.1',
  '239.255.255.250',
  '240.0.0.1',
  '255.255.255.255',
  '4294967295',
  '[ff02::1]',
  '[ff05::2]',
  '[100::1]',
  '[2001::1]', // Teredo
  '[2001:0:4136:e378:8000:63bf:3fff:fdd2]', // Teredo with a public server
  '[2001:1ff::1]',
  '[2001:db8::1]',
  '[3fff::1]',
  '[64:ff9b:1::a00:1]',
  '[::ffff:0.0.0.0]',
  '[::ffff:255.255.255.255]',
  '[::8.8.8.8]', // IPv4-compatible: deprecated, refused whatever it embeds
  '[::ffff:0:808:808]', // IPv4-translated (SIIT): outside global unicast
  '[5f00::1]', // outside 2000::/3
];

export const PUBLIC_URL_HOSTS: readonly string[] = [
  '8.8.8.8',
  '1.1.1.1',
  '0x8.0x8.0x8.0x8',
  '134744072', // 8.8.8.8
  '93.184.215.14',
  '172.15.255.255',
  '172.32.0.1',
  '100.63.255.255',
  '100.128.0.1',
  '192.0.1.1',
  '198.17.255.255',
  '198.20.0.1',
  '223.255.255.255',
  '[2606:4700::1111]',
  '[2606:4700:4700::1111]',
  '[2001:4860:4860::8888]',
  '[2a00:1450:4001:80b::200e]',
  '[::ffff:8.8.8.8]',
  '[::ffff:808:808]',
  '[64:ff9b::808:808]',
  '[2002:808:808::1]',
  '[2001:200::1]', // just past 2001::/23
  '[3ffe::1]',
];


/** Names that only mean something inside a network, refused whatever they resolve to. */
export const LOCAL_NAMES: readonly string[] = [
  'localhost',
  'localhost.',
  'LocalHost',
  'api.localhost',
  'metadata.google.internal',
  'metadata.google.internal.',
  'db.internal',
  'printer.local',
  'router.home.arpa',
  'metadata',
];

/** Non-public addresses as a resolver may answer them for a name that looked public. */
export const PRIVATE_RESOLVED_ADDRESSES: readonly string[] = [
  '127.0.0.1',
  '127.53.0.1',
  '0.0.0.0',
  '10.1.2.3',
  '100.64.0.1',
  '169.254.169.254',
  '172.16.5.4',
  '192.168.0.10',
  '::1',
  '::',
  '::ffff:127.0.0.1',
  '::ffff:169.254.169.254',
  '64:ff9b::a9fe:a9fe',
  '2002:7f00:1::1',
  'fd00::1',
  'fe80::1',
  'ff02::1',
  '2001:db8::1',
];
