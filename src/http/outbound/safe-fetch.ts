/**
 * One HTTP request to a URL someone else chose, made so that it can only reach the public
 * internet: the host is resolved, every address it resolves to must be public, and the
 * connection goes to an address that was checked (a `lookup` that answers only those), so a
 * name that resolves to a public address when checked and to 127.0.0.1 a moment later (DNS
 * rebinding) cannot slip through. The Host header and the TLS server name stay the URL's.
 *
 * Redirects are never followed; the caller sees the 3xx. Failures are reported in three words
 * only, the same whatever went wrong underneath, so the answers cannot be used to map a network
 * (a closed port and a filtered one both "could not connect").
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { hostTarget, isPublicAddress, isPublicName } from './public-address.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name stands for; rejects (or answers none) when it stands for nothing. */
export type Resolver = (name: string) => Promise<ResolvedAddress[]>;

/** The operating system's resolver (hosts file, then DNS), as any other client on the server would use. */
export const systemResolver: Resolver = async (name) => {
  const found = await dnsLookup(name, { all: true, order: 'verbatim' });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface OutboundPolicy {
  /** Resolves host names; the system's by default (tests answer what they need). */
  resolve?: Resolver;
  /** An operator's test setting: private, loopback and local targets are allowed too. */
  allowPrivateTargets?: boolean;
  /** How long resolving may take before the host counts as unresolvable (5 s). */
  resolveTimeoutMs?: number;
}

export type TargetCheck = { ok: true; addresses: ResolvedAddress[] } | { ok: false; reason: 'not-public' | 'unresolved' };

/**
 * The addresses a request to `url` may connect to: the IP literal, or everything its name
 * resolves to, all of them public (unless the policy allows private targets).
 */
export async function checkTarget(url: URL, policy: OutboundPolicy = {}): Promise<TargetCheck> {
  const allowPrivate = policy.allowPrivateTargets === true;
  const target = hostTarget(url);
  if (target.kind === 'address') {
    if (!allowPrivate && !isPublicAddress(target.address)) return { ok: false, reason: 'not-public' };
    return { ok: true, addresses: [{ address: target.address, family: target.family }] };
  }
  if (!allowPrivate && !isPublicName(target.name)) return { ok: false, reason: 'not-public' };
  let addresses: ResolvedAddress[];
  try {
    addresses = await withTimeout((policy.resolve ?? systemResolver)(target.name), policy.resolveTimeoutMs ?? 5_000);
  } catch {
    return { ok: false, reason: 'unresolved' };
  }
  if (addresses.length === 0) return { ok: false, reason: 'unresolved' };
  // One private answer among public ones is enough to refuse: the connection could pick it.
  if (!allowPrivate && !addresses.every((a) => isPublicAddress(a.address))) return { ok: false, reason: 'not-public' };
  return { ok: true, addresses };
}

/** The only texts a failed request is described by. */
export const OUTBOUND_ERRORS = {
  notPublic: 'refused: not a public address',
  connect: 'could not connect',
  timeout: 'timed out',
} as const;
export type OutboundError = (typeof OUTBOUND_ERRORS)[keyof typeof OUTBOUND_ERRORS];

export interface SafeRequest {
  method: 'GET' | 'POST' | 'HEAD';
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
  /** For everything: resolving, connecting, the answer and the body excerpt. */
  timeoutMs: number;
  /** At most this much of the body is read; the rest is never downloaded. */
  maxBodyBytes: number;
}

export type SafeResponse =
  | { kind: 'answered'; status: number; headers: IncomingHttpHeaders; body: Buffer; durationMs: number }
  | { kind: 'failed'; error: OutboundError; durationMs: number };

/** Makes one request to a checked address of `url`; never throws for anything the far end does. */
export async function safeFetch(url: URL, init: SafeRequest, policy: OutboundPolicy = {}): Promise<SafeResponse> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`safeFetch: ${url.protocol} is not http or https`);
  const checked = await checkTarget(url, { ...policy, resolveTimeoutMs: Math.min(policy.resolveTimeoutMs ?? 5_000, init.timeoutMs) });
  if (!checked.ok) return { kind: 'failed', error: checked.reason === 'not-public' ? OUTBOUND_ERRORS.notPublic : OUTBOUND_ERRORS.connect, durationMs: elapsed() };
  const target = hostTarget(url);
  const [first] = checked.addresses as [ResolvedAddress, ...ResolvedAddress[]];
  // Answers only the checked addresses, whatever name it is asked for.
  const pinned: LookupFunction = (_name, options, callback) => {
    if (options.all) callback(null, checked.addresses);
    else callback(null, first.address, first.family);
  };
  const left = Math.max(1, init.timeoutMs - elapsed());

  return new Promise<SafeResponse>((resolve) => {
    let settled = false;
    let connected = false;
    /** Set once the status arrives: ends the exchange with whatever of the body came. */
    let answered: (() => void) | null = null;
    const finish = (result: SafeResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const fail = (error: OutboundError) => finish({ kind: 'failed', error, durationMs: elapsed() });

    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)({
      method: init.method,
      hostname: target.kind === 'address' ? target.address : target.name,
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      headers: { ...init.headers, host: url.host },
      lookup: pinned,
      // A fresh connection each time: a pooled one may lead to an address checked for another URL.
      agent: false,
      // SNI carries names only; for an IP literal the certificate is checked against the address.
      servername: target.kind === 'name' ? target.name : '',
    });

    const timer = setTimeout(() => {
      if (answered) answered();
      // Before the connection is up, running out of time is a failure to connect like any other.
      else fail(connected ? OUTBOUND_ERRORS.timeout : OUTBOUND_ERRORS.connect);
      request.destroy();
    }, left);

    request.on('socket', (socket) => {
      if (!socket.connecting) connected = true;
      else socket.once('connect', () => (connected = true));
    });
    request.on('error', () => (answered ? answered() : fail(OUTBOUND_ERRORS.connect)));
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const body = Buffer.concat(chunks).subarray(0, init.maxBodyBytes);
        finish({ kind: 'answered', status: response.statusCode ?? 0, headers: response.headers, body, durationMs: elapsed() });
        response.destroy();
      };
      answered = done;
      if (init.maxBodyBytes <= 0) return done();
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= init.maxBodyBytes) done();
      });
      response.on('end', done);
      // A body cut off after the status arrived: the status decides, the excerpt is what came.
      response.on('error', done);
      response.on('close', done);
    });
    request.end(init.body);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
