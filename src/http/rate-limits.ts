/**
 * Requests per client address on the routes that cost the database something whatever the
 * page cache holds: the API, search (page and API), suggest and feeds. Each kind has its own
 * budget, so a reader typing into the search box does not use up the API's. Over the limit a
 * request is a `rate-limited` error (429 with `Retry-After`), rendered by the one error handler
 * as JSON for the API and a page for people.
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimitConfig } from '../config.ts';
import { RateLimitedError } from '../domain/errors.ts';

export type LimitedKind = 'api' | 'search' | 'suggest' | 'feeds' | 'exports';

/** Which budget a route (by its pattern, e.g. `/:lang/search`) draws on; null for none. */
export function limitedKindOf(routeUrl: string | undefined): LimitedKind | null {
  if (routeUrl === undefined) return null;
  if (routeUrl === '/api/v1/suggest') return 'suggest';
  // An export streams the whole catalogue: a budget of its own, far smaller than a page's.
  if (routeUrl === '/api/v1/export' || routeUrl.startsWith('/api/v1/export/dumps/')) return 'exports';
  if (routeUrl === '/api/v1/search' || routeUrl === '/:lang/search') return 'search';
  if (/\/feed\.[a-z]+$/.test(routeUrl) || routeUrl.startsWith('/:lang/individual-human-medicine.xml/')) return 'feeds';
  if (routeUrl.startsWith('/api/') || routeUrl.startsWith('/fhir/')) return 'api';
  return null;
}

/**
 * The client a request counts for: its address, with an IPv4-mapped IPv6 address as the IPv4
 * one and other IPv6 addresses by their /64, since one host usually has a whole /64 to pick from.
 */
export function clientKeyOf(ip: string): string {
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped) return mapped;
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])));
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  const all = tail === undefined ? front : [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back];
  return `${all.slice(0, 4).map((g) => Number.parseInt(g, 16).toString(16)).join(':')}::/64`;
}

function exemptList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIPv4(address) ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

function isExempt(list: BlockList, ip: string): boolean {
  const address = ip.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return list.check(mapped, 'ipv4');
  if (isIPv4(address)) return list.check(address, 'ipv4');
  return isIPv6(address) && list.check(address, 'ipv6');
}

/**
 * Registers the limits as the first hook of every request, before any route's own hooks (an
 * API-key check included), so that a flood is turned away before it costs anything else.
 */
export async function registerRateLimits(app: FastifyInstance, config: RateLimitConfig | null): Promise<void> {
  if (!config) return;
  const exempt = exemptList(config.exempt);
  // Route patterns are few; classify each once.
  const kinds = new Map<string | undefined, LimitedKind | null>();
  const kindOf = (request: FastifyRequest): LimitedKind | null => {
    const url = request.routeOptions.url;
    let kind = kinds.get(url);
    if (kind === undefined) kinds.set(url, (kind = limitedKindOf(url)));
    return kind;
  };

  await app.register(fastifyRateLimit, { global: false });
  const limit = app.rateLimit({
    timeWindow: config.windowMs,
    // One counter per client and kind; 5 kinds of up to 10,000 clients each before the least
    // recently seen are forgotten.
    cache: 50_000,
    allowList: (request) => isExempt(exempt, request.ip),
    keyGenerator: (request) => `${kindOf(request)}:${clientKeyOf(request.ip)}`,
    max: (request) => config[kindOf(request) ?? 'api'],
    errorResponseBuilder: (_request, context) =>
      new RateLimitedError(`Too many requests from your address: at most ${context.max} in ${config.windowMs / 1000} seconds. Try again in ${context.after}.`, Math.ceil(context.ttl / 1000)),
  });
  // Pages, files and the health check draw on no budget: they pass on at once, callback style,
  // without the plugin's promise chain and client-key work, a good part of a cached page's time.
  // A limited route gets the plugin's hook as it is (its rejection is the 429).
  app.addHook('onRequest', (request, reply, done) => {
    if (kindOf(request) === null) return done();
    limit.call(app, request, reply).then(() => done(), done);
  });
}
