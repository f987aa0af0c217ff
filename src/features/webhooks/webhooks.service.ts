/**
 * Webhook subscriptions and the dispatcher. Every revision leaves a row in the outbox (in the
 * write's own transaction); the dispatcher turns each into one delivery per matching
 * subscription and removes it, in one transaction, so a crash either leaves the row for the
 * next run or has created all its deliveries, and (subscription, revision) is unique, so no run
 * creates a delivery twice. Sending is the worker's (webhook-worker.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { isChangeKind, type ChangeKind } from '../../domain/change-kinds.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { Change } from '../../domain/medicine-diff.ts';
import { sourceName } from '../../domain/observations.ts';
import type { Category, WriteSource } from '../../domain/medicine.ts';
import { summariseRevision } from '../history/history.service.ts';
import type { SearchService } from '../search/search.service.ts';
import { checkTarget, type Resolver } from '../../http/outbound/safe-fetch.ts';
import { newWebhookSecret } from './webhook-signing.ts';
import {
  NOT_PUBLIC_MESSAGE,
  eventChanges,
  logExcerpt,
  parseSubscription,
  storedSearchOf,
  type Delivery,
  type RawSubscription,
  type Subscription,
  type WebhookEvent,
} from './webhook-model.ts';
import {
  clearOutbox,
  deleteOutboxEntries,
  deleteSubscription,
  findSubscription,
  hasSubscriptions,
  insertDeliveries,
  insertSubscription,
  listAllSubscriptions,
  listDeliveries,
  listSubscriptions,
  lockDispatch,
  OPERATOR,
  outboxBatch,
  pauseSubscription,
  resolveMedicine,
  resumeSubscription,
  revisionsForEvents,
  staleIndexedMedicines,
  subscriptionsForDispatch,
  type NewDelivery,
  type OutboxEntry,
  type RevisionEventRow,
  type SubscriptionListRow,
} from './webhooks.repository.ts';
import { medicinePath, revisionPath } from '../../http/paths.ts';

/** Outbox entries handled per transaction: a corpus import leaves tens of thousands. */
const DISPATCH_BATCH = 500;
const MAX_SUBSCRIPTIONS_PER_KEY = 100;

export interface WebhookServiceOptions {
  publicBaseUrl: string;
  /** Matches search subscriptions. */
  search: Pick<SearchService, 'within'>;
  now?: () => Date;
  /** Outbox entries per dispatch transaction (500). */
  dispatchBatch?: number;
  /** The operator's test setting: subscriptions may name private and loopback targets. */
  allowPrivateTargets?: boolean;
  /** Resolves a subscription's host when it is created; the system's resolver by default. */
  resolve?: Resolver;
}

export class WebhookService {
  readonly #db: Kysely<DB>;
  readonly #base: string;
  readonly #now: () => Date;
  readonly #batch: number;
  readonly #search: Pick<SearchService, 'within'>;
  readonly #allowPrivate: boolean;
  readonly #resolve: Resolver | undefined;
  /** Called after a change the worker should act on at once (a new subscription's backlog, a resume). */
  onWork: () => void = () => {};

  constructor(db: Kysely<DB>, options: WebhookServiceOptions) {
    this.#db = db;
    this.#base = options.publicBaseUrl;
    this.#now = options.now ?? (() => new Date());
    this.#batch = options.dispatchBatch ?? DISPATCH_BATCH;
    this.#search = options.search;
    this.#allowPrivate = options.allowPrivateTargets ?? false;
    this.#resolve = options.resolve;
  }

  /**
   * A URL whose host is a name must resolve, now, to public addresses only. Checked again on
   * every delivery (and the connection goes to the address checked then): this check only
   * spares the owner a subscription that could never be delivered.
   */
  async create(apiKeyId: number, raw: RawSubscription): Promise<{ subscription: Subscription; secret: string }> {
    const parsed = parseSubscription(raw, { allowPrivateTargets: this.#allowPrivate });
    let medicineId: number | null = null;
    if (parsed.medicine) {
      const found = await resolveMedicine(this.#db, parsed.medicine);
      if (!found) throw new ValidationError(`medicine "${parsed.medicine}" is neither the slug nor the product number of a medicine OpenEPAR holds`);
      medicineId = found.id;
    }
    if ((await listSubscriptions(this.#db, apiKeyId)).length >= MAX_SUBSCRIPTIONS_PER_KEY) {
      throw new ValidationError(`an API key can hold at most ${MAX_SUBSCRIPTIONS_PER_KEY} subscriptions; delete one first`);
    }
    const target = await checkTarget(new URL(parsed.url), { allowPrivateTargets: this.#allowPrivate, ...(this.#resolve ? { resolve: this.#resolve } : {}) });
    if (!target.ok) throw new ValidationError(NOT_PUBLIC_MESSAGE);
    const secret = newWebhookSecret();
    const row = await insertSubscription(this.#db, {
      id: `whs_${randomBytes(12).toString('base64url')}`,
      apiKeyId,
      url: parsed.url,
      description: parsed.description,
      secret,
      medicineId,
      kinds: parsed.kinds,
      search: parsed.search,
    });
    const stored = await findSubscription(this.#db, apiKeyId, row.id);
    return { subscription: toSubscription(stored!), secret };
  }

  async list(apiKeyId: number): Promise<Subscription[]> {
    return (await listSubscriptions(this.#db, apiKeyId)).map(toSubscription);
  }

  /** Another key's subscription is as absent as one that never existed. */
  async get(apiKeyId: number, id: string): Promise<Subscription> {
    const row = await findSubscription(this.#db, apiKeyId, id);
    if (!row) throw new NotFoundError(`there is no webhook subscription ${id}`);
    return toSubscription(row);
  }

  /** Deletes the subscription with its deliveries and their log. */
  async delete(apiKeyId: number, id: string): Promise<void> {
    if (!(await deleteSubscription(this.#db, apiKeyId, id))) throw new NotFoundError(`there is no webhook subscription ${id}`);
  }

  /** A paused subscription continues with the deliveries that waited, oldest first. */
  async resume(apiKeyId: number, id: string): Promise<Subscription> {
    if (!(await resumeSubscription(this.#db, apiKeyId, id, this.#now()))) throw new NotFoundError(`there is no webhook subscription ${id}`);
    this.onWork();
    return this.get(apiKeyId, id);
  }

  /* ---------- for operators (the command line): every key's subscriptions ---------- */

  async listAll(): Promise<(Subscription & { apiKeyId: number })[]> {
    return (await listAllSubscriptions(this.#db)).map((r) => ({ ...toSubscription(r), apiKeyId: Number(r.api_key_id) }));
  }

  async deleteAny(id: string): Promise<void> {
    if (!(await deleteSubscription(this.#db, OPERATOR, id))) throw new NotFoundError(`there is no webhook subscription ${id}`);
  }

  /** Stops sending until resumed; changes keep queueing meanwhile, as for any pause. */
  async pauseAny(id: string, reason: string): Promise<Subscription> {
    if (!(await pauseSubscription(this.#db, OPERATOR, id, this.#now(), reason))) throw new NotFoundError(`there is no webhook subscription ${id}`);
    return toSubscription((await findSubscription(this.#db, OPERATOR, id))!);
  }

  async resumeAny(id: string): Promise<Subscription> {
    if (!(await resumeSubscription(this.#db, OPERATOR, id, this.#now()))) throw new NotFoundError(`there is no webhook subscription ${id}`);
    this.onWork();
    return toSubscription((await findSubscription(this.#db, OPERATOR, id))!);
  }

  async deliveries(
    apiKeyId: number,
    id: string,
    q: { limit: number; cursor: string | null; state: 'pending' | 'delivered' | null },
  ): Promise<{ deliveries: Delivery[]; next: string | null }> {
    await this.get(apiKeyId, id);
    let beforeSeq: number | null = null;
    if (q.cursor !== null) {
      if (!/^\d{1,15}$/.test(q.cursor)) throw new ValidationError('cursor is not one this API handed out (use the `next` value of an earlier response)');
      beforeSeq = Number(q.cursor);
    }
    const { deliveries, attempts } = await listDeliveries(this.#db, id, { limit: q.limit, beforeSeq, state: q.state });
    const byDelivery = Map.groupBy(attempts, (a) => a.delivery_id);
    return {
      deliveries: deliveries.map((d) => ({
        id: d.id,
        state: d.state,
        createdAt: new Date(d.created_at),
        nextAttemptAt: d.state === 'pending' ? new Date(d.next_attempt_at) : null,
        deliveredAt: d.delivered_at ? new Date(d.delivered_at) : null,
        event: d.event as WebhookEvent,
        attempts: (byDelivery.get(d.id) ?? []).map((a) => ({
          number: a.number,
          startedAt: new Date(a.started_at),
          durationMs: a.duration_ms,
          statusCode: a.status_code,
          error: a.error,
          // Attempts logged before excerpts were limited may hold a whole kilobyte of anything.
          responseExcerpt: logExcerpt(a.status_code, a.response_excerpt),
        })),
      })),
      next: deliveries.length === q.limit ? String(deliveries.at(-1)!.seq) : null,
    };
  }

  /**
   * Turns the whole outbox into deliveries, a batch per transaction; returns how many
   * revisions it handled. With no subscription at all the outbox is simply emptied.
   */
  async dispatch(): Promise<{ revisions: number; deliveries: number }> {
    let revisions = 0;
    let deliveries = 0;
    for (;;) {
      const batch = await this.#db.transaction().execute((trx) => this.#dispatchBatch(trx));
      revisions += batch.revisions;
      deliveries += batch.deliveries;
      if (batch.revisions < this.#batch || batch.cleared) return { revisions, deliveries };
    }
  }

  async #dispatchBatch(trx: Transaction<DB>): Promise<{ revisions: number; deliveries: number; cleared: boolean }> {
    await lockDispatch(trx);
    if (!(await hasSubscriptions(trx))) return { revisions: await clearOutbox(trx), deliveries: 0, cleared: true };
    const entries = await outboxBatch(trx, this.#batch);
    if (entries.length === 0) return { revisions: 0, deliveries: 0, cleared: false };
    const subscriptions = await subscriptionsForDispatch(trx);

    // Filters are matched against the medicine as it is now (normally moments after the
    // write); a text search needs the search index to have caught up with the write first.
    const searches = subscriptions.map((s) => storedSearchOf(s.search));
    const medicineIds = [...new Set(entries.map((e) => e.medicine_id))];
    const search = await this.#search.within(trx, searches.some((s) => s?.q) ? await staleIndexedMedicines(trx, medicineIds) : []);

    const matched = new Map<number, string[]>();
    for (const [i, sub] of subscriptions.entries()) {
      const stored = searches[i]!;
      let inSearch: Set<number> | null = null;
      if (stored) inSearch = new Set(await search.matchingIds({ text: stored.q, lang: stored.lang, filters: stored.filters }));
      const kinds = sub.kinds?.filter(isChangeKind) ?? null;
      const createdAt = new Date(sub.created_at).getTime();
      for (const e of entries) {
        if (!subscriptionWants({ createdAt, medicineId: sub.medicine_id, kinds, inSearch }, e)) continue;
        const list = matched.get(e.revision_id) ?? [];
        list.push(sub.id);
        matched.set(e.revision_id, list);
      }
    }

    const now = this.#now();
    const revisions = await revisionsForEvents(trx, [...matched.keys()]);
    const created: NewDelivery[] = [];
    for (const r of revisions) {
      const event = this.#event(r);
      for (const subscriptionId of matched.get(r.id) ?? []) {
        created.push({ id: `whd_${randomBytes(12).toString('base64url')}`, subscriptionId, revisionId: r.id, event, createdAt: now });
      }
    }
    const inserted = await insertDeliveries(trx, created);
    await deleteOutboxEntries(trx, entries.map((e) => e.revision_id));
    return { revisions: entries.length, deliveries: inserted, cleared: false };
  }

  #event(r: RevisionEventRow): WebhookEvent {
    const medicine = { slug: r.slug, category: r.category as Category };
    const path = medicinePath('en', medicine);
    const changes = r.changes as Change[];
    return {
      medicine: {
        slug: r.slug,
        productNumber: r.product_number,
        name: r.name,
        category: r.category,
        url: `${this.#base}${path}`,
        apiUrl: `${this.#base}/api/v1/medicines/${encodeURIComponent(r.slug)}`,
      },
      revision: {
        number: r.number,
        entryId: r.observation_id,
        asOf: new Date(r.as_of).toISOString(),
        recordedAt: new Date(r.recorded_at).toISOString(),
        source: { kind: r.source_kind, reference: sourceName(r.source_reference) },
        kinds: r.kinds,
        ...eventChanges(changes),
        url: `${this.#base}${revisionPath('en', medicine, r.number)}`,
      },
      summary: summaryOf(r, changes),
    };
  }
}

export interface SubscriptionMatch {
  /** Milliseconds since the epoch. */
  createdAt: number;
  medicineId: number | null;
  kinds: ChangeKind[] | null;
  /** The medicines the subscription's search matches; null without a search. */
  inSearch: Set<number> | null;
}

/** Every part the subscription gives must hold, and the revision must be newer than it. */
export function subscriptionWants(sub: SubscriptionMatch, e: OutboxEntry): boolean {
  if (new Date(e.recorded_at).getTime() < sub.createdAt) return false;
  if (sub.medicineId !== null && sub.medicineId !== e.medicine_id) return false;
  if (sub.kinds && !sub.kinds.some((k) => e.kinds.includes(k))) return false;
  if (sub.inSearch && !sub.inSearch.has(e.medicine_id)) return false;
  return true;
}

/** The history feature's English summary; an event is complete without it. */
function summaryOf(r: RevisionEventRow, changes: Change[]): string[] {
  try {
    return summariseRevision(
      {
        medicine: { id: 0, slug: r.slug, name: r.name, productNumber: r.product_number, category: r.category as Category },
        number: r.number,
        entryId: null,
        backfilled: false,
        asOf: new Date(r.as_of),
        recordedAt: new Date(r.recorded_at),
        source: { kind: r.source_kind as WriteSource['kind'], reference: r.source_reference },
        kinds: r.kinds.filter(isChangeKind),
        changes,
      },
      'en',
    );
  } catch {
    return [];
  }
}

function toSubscription(r: SubscriptionListRow): Subscription {
  return {
    id: r.id,
    url: r.url,
    description: r.description,
    filter: {
      medicine: r.medicine_id !== null && r.medicine_slug !== null ? { slug: r.medicine_slug, productNumber: r.medicine_product_number, name: r.medicine_name ?? r.medicine_slug } : null,
      search: storedSearchOf(r.search),
      kinds: r.kinds?.filter(isChangeKind) ?? null,
    },
    status: r.status,
    pausedAt: r.paused_at ? new Date(r.paused_at) : null,
    pauseReason: r.pause_reason,
    failingSince: r.failing_since ? new Date(r.failing_since) : null,
    createdAt: new Date(r.created_at),
    pendingDeliveries: Number(r.pending),
  };
}
