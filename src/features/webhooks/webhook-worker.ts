/**
 * Sends webhook deliveries, inside the server process. Woken by every committed write (and by a
 * timer for retries that fall due), it dispatches the outbox, then leases due deliveries and
 * POSTs them. A lease (`locked_until`) keeps a second server on the same database from sending
 * the same delivery; a process that dies mid-attempt leaves a lease that runs out, and the
 * delivery is tried again. Stopping lets attempts in flight finish and be recorded.
 *
 * Order: a subscription is sent one delivery at a time, oldest first; a failing delivery holds
 * back the later ones of its subscription until it succeeds (or the subscription is paused and
 * resumed). Delivery is at least once: a receiver that answers after the timeout, or a process
 * killed between a receiver's 2xx and its recording, gets that delivery again, with the same id.
 *
 * Every attempt resolves the URL's host again and connects only to an address checked to be
 * public (see `src/http/outbound/safe-fetch.ts`): a subscription whose name has since been
 * pointed at an internal address gets "refused: not a public address" and nothing is sent.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { WebhookConfig } from '../../config.ts';
import type { ChangeNotifier } from '../../db/change-notifier.ts';
import type { Logger } from '../../logger.ts';
import { OUTBOUND_ERRORS, safeFetch, type Resolver } from '../../http/outbound/safe-fetch.ts';
import { retryDelayMs } from './retry-schedule.ts';
import { ATTEMPT_HEADER, DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signPayload } from './webhook-signing.ts';
import { EVENT_TYPE, EXCERPT_BYTES, deliveryBody, logExcerpt, type WebhookEvent } from './webhook-model.ts';
import type { WebhookService } from './webhooks.service.ts';
import { claimDueDeliveries, nextDueAt, recordAttempt, type ClaimedDelivery } from './webhooks.repository.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
export const USER_AGENT = `OpenEPAR-Webhooks/${VERSION}`;

/** Looked at again this often even without events: retries due, other processes' work, leases run out. */
const POLL_MS = 30_000;
/** After a database error, before trying again. */
const ERROR_PAUSE_MS = 5_000;

export interface WorkerOptions {
  config: WebhookConfig;
  /** The clock scheduling goes by; signatures always carry the real time. */
  now?: () => Date;
  /** For jitter: [0, 1). */
  random?: () => number;
  /** Where failures and pauses are logged; none when absent. */
  log?: Logger;
  /** Resolves receivers' host names; the system's resolver by default. */
  resolve?: Resolver;
}

export interface RoundResult {
  dispatched: number;
  attempted: number;
  delivered: number;
  paused: number;
}

export class WebhookWorker {
  readonly #db: Kysely<DB>;
  readonly #service: WebhookService;
  readonly #config: WebhookConfig;
  readonly #now: () => Date;
  readonly #random: () => number;
  readonly #log: Logger | undefined;
  readonly #resolve: Resolver | undefined;
  #running: Promise<void> | null = null;
  #stopping = false;
  #woken = false;
  #wake: (() => void) | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor(db: Kysely<DB>, service: WebhookService, options: WorkerOptions) {
    this.#db = db;
    this.#service = service;
    this.#config = options.config;
    this.#now = options.now ?? (() => new Date());
    this.#random = options.random ?? Math.random;
    this.#log = options.log?.child({ component: 'webhooks' });
    this.#resolve = options.resolve;
  }

  get running(): boolean {
    return this.#running !== null;
  }

  start(events: Pick<ChangeNotifier, 'onChange'>): void {
    if (this.#running) return;
    this.#stopping = false;
    this.#unsubscribe = events.onChange(() => this.wake());
    this.#service.onWork = () => this.wake();
    this.#running = this.#loop().finally(() => {
      this.#running = null;
    });
  }

  /** Stops taking new work; resolves once the attempts in flight are sent and recorded. */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#service.onWork = () => {};
    this.wake();
    await this.#running;
  }

  wake(): void {
    this.#woken = true;
    this.#wake?.();
  }

  async #loop(): Promise<void> {
    while (!this.#stopping) {
      let wait = POLL_MS;
      try {
        this.#woken = false;
        await this.runOnce();
        const next = await nextDueAt(this.#db);
        if (next) wait = Math.min(POLL_MS, Math.max(0, next.getTime() - this.#now().getTime()));
      } catch (error) {
        if (this.#stopping) break;
        this.#log?.error({ err: error }, 'a delivery round failed; trying again shortly');
        wait = ERROR_PAUSE_MS;
      }
      if (this.#stopping) break;
      if (this.#woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, wait);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.#wake = done;
      });
      this.#wake = null;
    }
  }

  /** Dispatches the outbox, then sends whatever is due until nothing is (or stopping). */
  async runOnce(): Promise<RoundResult> {
    const result: RoundResult = { dispatched: 0, attempted: 0, delivered: 0, paused: 0 };
    result.dispatched = (await this.#service.dispatch()).revisions;
    while (!this.#stopping) {
      const now = this.#now();
      const token = randomBytes(12).toString('base64url');
      // Long enough for the attempt and its recording; a process that dies holds it no longer.
      const leaseUntil = new Date(now.getTime() + this.#config.timeoutMs + 60_000);
      const claimed = await claimDueDeliveries(this.#db, now, leaseUntil, token, this.#config.concurrency);
      if (claimed.length === 0) break;
      const outcomes = await Promise.all(claimed.map((d) => this.#attempt(d, token)));
      for (const o of outcomes) {
        result.attempted++;
        if (o.ok) result.delivered++;
        if (o.paused) result.paused++;
      }
    }
    return result;
  }

  async #attempt(d: ClaimedDelivery, token: string): Promise<{ ok: boolean; paused: boolean }> {
    const number = d.attempts + 1;
    const body = deliveryBody({ id: d.id, createdAt: new Date(d.created_at), subscriptionId: d.subscription_id, event: d.event as WebhookEvent });
    const startedAt = this.#now();
    const sent = await send(d.url, body, d.secret, {
      id: d.id,
      attempt: number,
      timeoutMs: this.#config.timeoutMs,
      allowPrivateTargets: this.#config.allowPrivateTargets,
      resolve: this.#resolve,
    });
    const now = this.#now();
    const delay = retryDelayMs(number, { baseMs: this.#config.retryBaseMs, capMs: this.#config.retryCapMs }, this.#random);
    const recorded = await recordAttempt(this.#db, {
      deliveryId: d.id,
      subscriptionId: d.subscription_id,
      token,
      number,
      startedAt,
      durationMs: sent.durationMs,
      statusCode: sent.statusCode,
      error: sent.error,
      responseExcerpt: sent.excerpt,
      ok: sent.ok,
      nextAttemptAt: new Date(now.getTime() + delay),
      now,
      pauseAfterMs: this.#config.pauseAfterMs,
    });
    if (recorded.paused) this.#log?.warn({ subscription: d.subscription_id, hours: Math.round(this.#config.pauseAfterMs / 3_600_000) }, 'subscription paused: its deliveries have failed for too long');
    return { ok: sent.ok, paused: recorded.paused };
  }
}

interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  excerpt: string | null;
  durationMs: number;
}

/**
 * One POST, to an address checked to be public. Redirects are not followed (a subscription names
 * the URL that receives, and a redirect could lead anywhere): a 3xx is a failed attempt.
 */
async function send(
  url: string,
  body: string,
  secret: string,
  o: { id: string; attempt: number; timeoutMs: number; allowPrivateTargets: boolean; resolve: Resolver | undefined },
): Promise<SendResult> {
  const timestamp = Math.floor(Date.now() / 1000);
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    // Stored before URLs were checked as they are now; never sent anywhere.
    return { ok: false, statusCode: null, error: OUTBOUND_ERRORS.notPublic, excerpt: null, durationMs: 0 };
  }
  const response = await safeFetch(
    target,
    {
      method: 'POST',
      body,
      timeoutMs: o.timeoutMs,
      maxBodyBytes: EXCERPT_BYTES,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
        'User-Agent': USER_AGENT,
        [DELIVERY_HEADER]: o.id,
        [EVENT_HEADER]: EVENT_TYPE,
        [ATTEMPT_HEADER]: String(o.attempt),
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signPayload(secret, timestamp, body),
      },
    },
    { allowPrivateTargets: o.allowPrivateTargets, ...(o.resolve ? { resolve: o.resolve } : {}) },
  );
  if (response.kind === 'failed') return { ok: false, statusCode: null, error: response.error, excerpt: null, durationMs: response.durationMs };
  const ok = response.status >= 200 && response.status < 300;
  const redirect = response.status >= 300 && response.status < 400;
  return {
    ok,
    statusCode: response.status,
    error: ok ? null : redirect ? `HTTP ${response.status} (redirects are not followed)` : `HTTP ${response.status}`,
    excerpt: logExcerpt(response.status, response.body),
    durationMs: response.durationMs,
  };
}
