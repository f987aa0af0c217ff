/**
 * Downloads files from someone else's server the way a good guest would: a few requests at a
 * time, spaced out, backing off when told to (429/503 and Retry-After) or when the network
 * fails, asking only for what changed (If-None-Match / If-Modified-Since), and never leaving a
 * half-written file where a complete one is expected.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, rename, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export const USER_AGENT = 'OpenEPAR-sync/0.1 (+https://github.com/openepar/openepar)';

export interface BackoffOptions {
  /** The first wait; each further retry multiplies it by `factor`, up to `maxMs`. */
  baseMs: number;
  factor: number;
  maxMs: number;
}

export interface DownloaderOptions {
  userAgent: string;
  /** Requests in flight at once, retries included. */
  concurrency: number;
  /** The least time between the starts of two requests. */
  minDelayMs: number;
  /** Further attempts after the first one fails in a way worth trying again. */
  retries: number;
  backoff: BackoffOptions;
  /** A Retry-After longer than this is shortened to it, so one answer cannot stall a run for hours. */
  maxRetryAfterMs: number;
  /** For one attempt, from sending the request to the last byte of the body. */
  timeoutMs: number;
  /** Aborts everything: waiting, requests in flight, back-off sleeps. */
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Told about every retry, for progress and logs. */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  url: string;
  /** 1 for the first retry. */
  retry: number;
  reason: string;
  delayMs: number;
}

/** What the server said last time, for a conditional request. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type DownloadOutcome =
  | { kind: 'downloaded'; sha256: string; bytes: number; etag: string | null; lastModified: string | null; attempts: number }
  | { kind: 'not-modified'; etag: string | null; lastModified: string | null; attempts: number }
  | { kind: 'missing'; status: number; attempts: number };

/** A download that failed for good: a refusal that retrying will not change, or retries used up. */
export class DownloadError extends Error {
  readonly url: string;
  readonly status: number | null;
  readonly attempts: number;
  constructor(url: string, message: string, status: number | null, attempts: number) {
    super(message);
    this.name = 'DownloadError';
    this.url = url;
    this.status = status;
    this.attempts = attempts;
  }
}

// 500/502/504 are what a load balancer says while a backend restarts: worth another try.
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
// 429 and 503 are the server asking everyone to slow down, not just this one request.
const PAUSING_STATUS = new Set([429, 503]);
// Gone is as normal as not found: EMA withdraws translations with the medicine.
const MISSING_STATUS = new Set([404, 410]);

export class PoliteDownloader {
  readonly #options: DownloaderOptions;
  readonly #gate: RequestGate;
  readonly #fetch: typeof globalThis.fetch;
  readonly #now: () => number;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #random: () => number;

  constructor(options: DownloaderOptions) {
    this.#options = options;
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal }));
    this.#random = options.random ?? Math.random;
    this.#gate = new RequestGate(options.concurrency, options.minDelayMs, this.#now, this.#sleep);
  }

  /**
   * Fetches `url` into `target`. The body goes to `target.part` first and is renamed into
   * place only once complete, so `target` is always either the previous file or the new one.
   */
  async download(url: string, target: string, validators: Validators = {}): Promise<DownloadOutcome> {
    const { retries, signal } = this.#options;
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      await this.#gate.acquire(signal);
      let result: AttemptResult;
      try {
        result = await this.#attempt(url, target, validators, attempt);
      } finally {
        this.#gate.release();
      }
      if ('outcome' in result) return result.outcome;
      if (!result.retryable || attempt > retries) {
        const tried = attempt > 1 ? ` (after ${attempt} attempts)` : '';
        throw new DownloadError(url, `${result.reason}${tried}`, result.status, attempt);
      }
      const wait = result.retryAfterMs !== null
        ? Math.min(result.retryAfterMs, this.#options.maxRetryAfterMs)
        : backoffDelay(attempt - 1, this.#options.backoff, this.#random);
      if (result.status !== null && PAUSING_STATUS.has(result.status)) this.#gate.pauseUntil(this.#now() + wait);
      this.#options.onRetry?.({ url, retry: attempt, reason: result.reason, delayMs: wait });
      await this.#sleep(wait, signal);
    }
  }

  async #attempt(url: string, target: string, validators: Validators, attempt: number): Promise<AttemptResult> {
    const runSignal = this.#options.signal;
    const timeout = AbortSignal.timeout(this.#options.timeoutMs);
    const signal = runSignal ? AbortSignal.any([runSignal, timeout]) : timeout;
    const headers: Record<string, string> = { 'user-agent': this.#options.userAgent, accept: '*/*' };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const failed = (e: unknown): AttemptResult => {
      runSignal?.throwIfAborted();
      if (timeout.aborted) return retry(`no complete answer within ${this.#options.timeoutMs / 1000} s`);
      return retry(describeNetworkError(e));
    };

    let response: Response;
    try {
      this.#gate.started();
      response = await this.#fetch(url, { headers, signal, redirect: 'follow' });
    } catch (e) {
      return failed(e);
    }
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    const status = response.status;
    if (status === 304 || MISSING_STATUS.has(status) || !response.ok) {
      // Read to the end (these bodies are small pages) so the connection goes back to the pool instead of being torn down.
      await response.arrayBuffer().catch(() => {});
      if (status === 304) return { outcome: { kind: 'not-modified', etag, lastModified, attempts: attempt } };
      if (MISSING_STATUS.has(status)) return { outcome: { kind: 'missing', status, attempts: attempt } };
      const reason = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
      const retryAfter = response.headers.get('retry-after');
      return {
        retryable: RETRYABLE_STATUS.has(status),
        reason,
        status,
        retryAfterMs: retryAfter === null ? null : parseRetryAfter(retryAfter, this.#now()),
      };
    }

    const part = `${target}.part`;
    await mkdir(path.dirname(target), { recursive: true });
    const hash = createHash('sha256');
    let bytes = 0;
    // Opened with 'w': a .part left by a killed run is overwritten, never appended to.
    const file = await open(part, 'w');
    let complete = false;
    try {
      if (response.body) {
        const chunks = response.body[Symbol.asyncIterator]();
        for (;;) {
          let step: IteratorResult<Uint8Array>;
          try {
            step = await chunks.next();
          } catch (e) {
            return failed(e);
          }
          if (step.done) break;
          hash.update(step.value);
          bytes += step.value.length;
          try {
            await file.write(step.value);
          } catch (e) {
            await chunks.return?.();
            throw e;
          }
        }
      }
      // undici undoes gzip and br itself, so the declared length is only comparable when the body was sent as is.
      const encoding = response.headers.get('content-encoding');
      const declared = response.headers.get('content-length');
      if (declared !== null && (!encoding || encoding === 'identity') && Number(declared) !== bytes) {
        return retry(`the body ended after ${bytes} of ${declared} bytes`);
      }
      await file.sync();
      complete = true;
    } finally {
      await file.close();
      if (!complete) await unlink(part).catch(() => {});
    }
    await rename(part, target);
    // The overview importer dates what it asserts by the file's time: make that EMA's date, not ours.
    const modified = lastModified ? new Date(lastModified) : null;
    if (modified && !Number.isNaN(modified.getTime())) await utimes(target, modified, modified).catch(() => {});
    return { outcome: { kind: 'downloaded', sha256: hash.digest('hex'), bytes, etag, lastModified, attempts: attempt } };
  }
}

type AttemptResult =
  | { outcome: DownloadOutcome }
  | { retryable: boolean; reason: string; status: number | null; retryAfterMs: number | null };

const retry = (reason: string): AttemptResult => ({ retryable: true, reason, status: null, retryAfterMs: null });

/** Retry-After in milliseconds from `now`: delay-seconds or an HTTP date; null when unreadable. */
export function parseRetryAfter(value: string, now: number): number | null {
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * The wait before retry number `retry + 1`: exponential, capped, with "equal jitter" (half
 * fixed, half random) so that clients failing together do not all come back together.
 */
export function backoffDelay(retry: number, backoff: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * backoff.factor ** retry);
  return ceiling / 2 + random() * (ceiling / 2);
}

/** "fetch failed" says nothing; its cause says whether the connection was refused, reset or cut. */
function describeNetworkError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = e.cause as (Error & { code?: string }) | undefined;
  const detail = cause ? [cause.code, cause.message].filter(Boolean).join(' ') : '';
  return detail && !e.message.includes(detail) ? `${e.message}: ${detail}` : e.message;
}

/**
 * Admits at most `limit` requests at once and spaces their starts by `minDelayMs`; a pause
 * (after a 429 or 503) holds back every request, not just the one that was refused.
 */
class RequestGate {
  readonly #limit: number;
  readonly #minDelayMs: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  #active = 0;
  #waiters: (() => void)[] = [];
  #nextStart = -Infinity;
  #pausedUntil = -Infinity;

  constructor(limit: number, minDelayMs: number, now: () => number, sleep: (ms: number, signal?: AbortSignal) => Promise<void>) {
    this.#limit = Math.max(1, limit);
    this.#minDelayMs = Math.max(0, minDelayMs);
    this.#now = now;
    this.#sleep = sleep;
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    while (this.#active >= this.#limit) await this.#wait(signal);
    this.#active++;
    try {
      for (;;) {
        const now = this.#now();
        const start = Math.max(now, this.#nextStart, this.#pausedUntil);
        // Spaced from the previous actual start, not a planned one: a timer that fires late
        // would otherwise let the next request follow it too closely.
        if (start <= now) {
          this.#nextStart = now + this.#minDelayMs;
          return;
        }
        await this.#sleep(start - now, signal);
      }
    } catch (e) {
      this.release();
      throw e;
    }
  }

  /**
   * Dates the start to the moment the request goes out: if the process was held up between the
   * gate and the send (a busy machine), the next request still keeps its distance.
   */
  started(): void {
    this.#nextStart = Math.max(this.#nextStart, this.#now() + this.#minDelayMs);
  }

  release(): void {
    this.#active--;
    this.#waiters.shift()?.();
  }

  pauseUntil(time: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, time);
  }

  #wait(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        this.#waiters = this.#waiters.filter((w) => w !== wake);
        reject(signal!.reason);
      };
      this.#waiters.push(wake);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}
