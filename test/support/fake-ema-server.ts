/**
 * A stand-in for www.ema.europa.eu in tests: serves files at EMA's URLs, answers conditional
 * requests as a real server does, and misbehaves on cue (refusals, stalls, cut connections,
 * an HTML page where a PDF should be) so the sync's manners can be checked on loopback.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  /** Answer this status instead (429, 503...), with Retry-After when given (a function for a date relative to the request). */
  | { status: number; retryAfter?: string | (() => string) }
  /** Send the headers and this many bytes of the body, then cut the connection. */
  | { dropAfterBytes: number }
  /** Wait this long before answering at all. */
  | { stallMs: number }
  /** Send the body in eight pieces, this long apart. */
  | { trickleMs: number };

export interface Resource {
  body: Buffer;
  contentType: string;
  /** Without validators the server always answers 200, as some servers do. */
  validators?: boolean;
  lastModified?: Date;
}

export interface ServedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  /** When it arrived (ms since the server started). */
  at: number;
  status: number;
  /** True when the whole response went out; false when cut or abandoned. */
  finished: boolean;
}

export interface FakeEmaServer {
  baseUrl: string;
  /** What is served, by path; tests may change it between runs. */
  resources: Map<string, Resource>;
  /** Faults to apply, by path, one per request until used up. */
  faults: Map<string, Fault[]>;
  requests: ServedRequest[];
  maxInFlight: number;
  close(): Promise<void>;
}

const DEFAULT_DATE = new Date('2026-03-14T08:00:00Z');

export async function startFakeEma(options: { latencyMs?: number } = {}): Promise<FakeEmaServer> {
  const resources = new Map<string, Resource>();
  const faults = new Map<string, Fault[]>();
  const requests: ServedRequest[] = [];
  const started = Date.now();
  let inFlight = 0;
  const state = { maxInFlight: 0 };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const record: ServedRequest = { path, headers: req.headers, at: Date.now() - started, status: 0, finished: false };
    requests.push(record);
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => {
      inFlight--;
      record.status = res.statusCode;
      record.finished = res.writableFinished;
    });
    const fault = faults.get(path)?.shift();
    const answer = () => respond(res, req.headers, resources.get(path), fault);
    if (fault && 'stallMs' in fault) {
      const timer = setTimeout(answer, fault.stallMs);
      res.on('close', () => clearTimeout(timer));
    }
    else if (options.latencyMs) setTimeout(answer, options.latencyMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    resources,
    faults,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function respond(res: ServerResponse, headers: IncomingHttpHeaders, resource: Resource | undefined, fault: Fault | undefined): void {
  if (res.destroyed) return;
  if (fault && 'status' in fault) {
    res.writeHead(fault.status, { 'content-type': 'text/html', ...(fault.retryAfter !== undefined && { 'retry-after': typeof fault.retryAfter === 'string' ? fault.retryAfter : fault.retryAfter() }) });
    res.end('<html><body>Please slow down</body></html>');
    return;
  }
  if (!resource) {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<html><body>Page not found</body></html>');
    return;
  }
  const validators = resource.validators ?? true;
  const etag = `"${createHash('sha256').update(resource.body).digest('hex').slice(0, 16)}"`;
  const lastModified = (resource.lastModified ?? DEFAULT_DATE).toUTCString();
  if (validators) {
    const inm = headers['if-none-match'];
    const ims = headers['if-modified-since'];
    const notModified = inm !== undefined ? inm === etag : ims !== undefined && Date.parse(ims) >= Date.parse(lastModified);
    if (notModified) {
      res.writeHead(304, { etag, 'last-modified': lastModified });
      res.end();
      return;
    }
  }
  res.writeHead(200, {
    'content-type': resource.contentType,
    'content-length': resource.body.length,
    ...(validators && { etag, 'last-modified': lastModified }),
  });
  if (fault && 'dropAfterBytes' in fault) {
    res.write(resource.body.subarray(0, fault.dropAfterBytes), () => res.destroy());
    return;
  }
  if (fault && 'trickleMs' in fault) {
    const size = Math.ceil(resource.body.length / 8);
    let offset = 0;
    const next = () => {
      if (res.destroyed) return;
      const piece = resource.body.subarray(offset, offset + size);
      offset += size;
      // The last piece ends the response: ending it later would count as in flight a response the client already has whole.
      if (offset >= resource.body.length) return void res.end(piece);
      res.write(piece);
      setTimeout(next, fault.trickleMs);
    };
    next();
    return;
  }
  res.end(resource.body);
}
