/**
 * All SQL of API keys, webhook subscriptions, the outbox, deliveries and their attempts.
 * Times the worker decides by (due, leased, failing since) come from its clock, passed in, so
 * tests can move time on; the creation time of a subscription comes from the database's clock,
 * because it is compared with the database-stamped time of revisions.
 */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, WebhookAttemptsTable, WebhookDeliveriesTable, WebhookSubscriptionsTable } from '../../db/schema.ts';
import type { DeliveryAttempt } from './webhook-model.ts';

export type Executor = Kysely<DB> | Transaction<DB>;
export type SubscriptionRow = Selectable<WebhookSubscriptionsTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;
export type AttemptRow = Selectable<WebhookAttemptsTable>;

/**
 * Dispatching and creating a subscription take this lock, so a subscription either exists for a
 * whole dispatch batch or is created after it: no event of a revision recorded after a
 * subscription's creation can be dispatched without it.
 */
const DISPATCH_LOCK = 7_004_301_007;

export async function lockDispatch(trx: Transaction<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${DISPATCH_LOCK}::bigint)`.execute(trx);
}

/* ---------- API keys ---------- */

export interface ApiKeyRow {
  id: number;
  name: string;
  key_prefix: string;
  created_at: Date;
  revoked_at: Date | null;
}

export async function insertApiKey(db: Executor, key: { name: string; hash: string; prefix: string }): Promise<ApiKeyRow> {
  return db
    .insertInto('api_keys')
    .values({ name: key.name, key_hash: key.hash, key_prefix: key.prefix })
    .returning(['id', 'name', 'key_prefix', 'created_at', 'revoked_at'])
    .executeTakeFirstOrThrow();
}

export async function listApiKeys(db: Executor): Promise<(ApiKeyRow & { subscriptions: number })[]> {
  return db
    .selectFrom('api_keys as k')
    .select(['k.id', 'k.name', 'k.key_prefix', 'k.created_at', 'k.revoked_at'])
    .select((eb) => eb.selectFrom('webhook_subscriptions as s').whereRef('s.api_key_id', '=', 'k.id').select((e) => e.fn.countAll<number>().as('n')).as('subscriptions'))
    .orderBy('k.id')
    .execute() as Promise<(ApiKeyRow & { subscriptions: number })[]>;
}

/** Revokes the key and pauses its active subscriptions, saying why; returns how many it paused. */
export async function revokeApiKey(db: Kysely<DB>, id: number, at: Date, pauseReason: string): Promise<(ApiKeyRow & { paused: number }) | undefined> {
  return db.transaction().execute(async (trx) => {
    const key = await trx
      .updateTable('api_keys')
      .set({ revoked_at: sql<Date>`coalesce(revoked_at, ${at})` })
      .where('id', '=', id)
      .returning(['id', 'name', 'key_prefix', 'created_at', 'revoked_at'])
      .executeTakeFirst();
    if (!key) return undefined;
    const paused = await trx
      .updateTable('webhook_subscriptions')
      .set({ status: 'paused', paused_at: at, pause_reason: pauseReason })
      .where('api_key_id', '=', id)
      .where('status', '=', 'active')
      .executeTakeFirst();
    return { ...key, paused: Number(paused.numUpdatedRows) };
  });
}

export async function findActiveApiKey(db: Executor, hash: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('api_keys').select('id').where('key_hash', '=', hash).where('revoked_at', 'is', null).executeTakeFirst();
}

/* ---------- subscriptions ---------- */

export interface NewSubscription {
  id: string;
  apiKeyId: number;
  url: string;
  description: string | null;
  secret: string;
  medicineId: number | null;
  kinds: string[] | null;
  search: object | null;
}

export async function insertSubscription(db: Kysely<DB>, s: NewSubscription): Promise<SubscriptionRow> {
  return db.transaction().execute(async (trx) => {
    await lockDispatch(trx);
    return trx
      .insertInto('webhook_subscriptions')
      .values({
        id: s.id,
        api_key_id: s.apiKeyId,
        url: s.url,
        description: s.description,
        secret: s.secret,
        medicine_id: s.medicineId,
        kinds: s.kinds,
        search: s.search === null ? null : JSON.stringify(s.search),
        // After the lock: every revision a dispatch handled before it was recorded earlier.
        created_at: sql<Date>`clock_timestamp()`,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

export interface SubscriptionListRow extends SubscriptionRow {
  pending: number;
  medicine_slug: string | null;
  medicine_product_number: string | null;
  medicine_name: string | null;
}

function subscriptionsWithCounts(db: Executor) {
  return db
    .selectFrom('webhook_subscriptions as s')
    .leftJoin('medicines as m', 'm.id', 's.medicine_id')
    .selectAll('s')
    .select(['m.slug as medicine_slug', 'm.product_number as medicine_product_number', 'm.name as medicine_name'])
    .select((eb) =>
      eb
        .selectFrom('webhook_deliveries as d')
        .whereRef('d.subscription_id', '=', 's.id')
        .where('d.state', '=', 'pending')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('pending'),
    );
}

export async function listSubscriptions(db: Executor, apiKeyId: number): Promise<SubscriptionListRow[]> {
  return (await subscriptionsWithCounts(db).where('s.api_key_id', '=', apiKeyId).orderBy('s.created_at').orderBy('s.id').execute()) as SubscriptionListRow[];
}

/** Every key's subscriptions, for operators. */
export async function listAllSubscriptions(db: Executor): Promise<SubscriptionListRow[]> {
  return (await subscriptionsWithCounts(db).orderBy('s.api_key_id').orderBy('s.created_at').orderBy('s.id').execute()) as SubscriptionListRow[];
}

/**
 * Whose subscription an operation may touch: the id of the API key that asks, or `OPERATOR`
 * (the command line on the server), who may touch any.
 */
export type Owner = number | typeof OPERATOR;
export const OPERATOR = Symbol('operator');

export async function findSubscription(db: Executor, owner: Owner, id: string): Promise<SubscriptionListRow | undefined> {
  let query = subscriptionsWithCounts(db).where('s.id', '=', id);
  if (owner !== OPERATOR) query = query.where('s.api_key_id', '=', owner);
  return (await query.executeTakeFirst()) as SubscriptionListRow | undefined;
}

export async function deleteSubscription(db: Executor, owner: Owner, id: string): Promise<boolean> {
  let query = db.deleteFrom('webhook_subscriptions').where('id', '=', id);
  if (owner !== OPERATOR) query = query.where('api_key_id', '=', owner);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Stops sending (deliveries keep queueing, as for a pause after failures); false when there is no such subscription. */
export async function pauseSubscription(db: Executor, owner: Owner, id: string, now: Date, reason: string): Promise<boolean> {
  let query = db
    .updateTable('webhook_subscriptions')
    .set({ status: 'paused', paused_at: sql<Date>`case when status = 'paused' then paused_at else ${now} end`, pause_reason: reason })
    .where('id', '=', id);
  if (owner !== OPERATOR) query = query.where('api_key_id', '=', owner);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Active again; the deliveries that waited are due now. */
export async function resumeSubscription(db: Kysely<DB>, owner: Owner, id: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    let query = trx
      .updateTable('webhook_subscriptions')
      .set({ status: 'active', paused_at: null, pause_reason: null, failing_since: null })
      .where('id', '=', id);
    if (owner !== OPERATOR) query = query.where('api_key_id', '=', owner);
    const row = await query.returning('id').executeTakeFirst();
    if (!row) return false;
    await trx
      .updateTable('webhook_deliveries')
      .set({ next_attempt_at: now })
      .where('subscription_id', '=', id)
      .where('state', '=', 'pending')
      .where('next_attempt_at', '>', now)
      .execute();
    return true;
  });
}

export async function resolveMedicine(db: Executor, key: string): Promise<{ id: number; slug: string; product_number: string | null; name: string } | undefined> {
  return db
    .selectFrom('medicines')
    .select(['id', 'slug', 'product_number', 'name'])
    .where((eb) => eb.or([eb('slug', '=', key), eb('product_number', '=', key)]))
    .orderBy(sql`slug = ${key}`, 'desc')
    .executeTakeFirst();
}

/* ---------- dispatch: outbox → deliveries ---------- */

export interface OutboxEntry {
  revision_id: number;
  medicine_id: number;
  kinds: string[];
  recorded_at: Date;
}

/** The oldest outbox entries, with what matching needs (not the changes, which can be large). */
export async function outboxBatch(trx: Executor, limit: number): Promise<OutboxEntry[]> {
  const rows = await trx
    .selectFrom('webhook_outbox as o')
    .innerJoin('revisions as r', 'r.id', 'o.revision_id')
    .select(['o.revision_id', 'r.medicine_id', 'r.kinds', 'r.recorded_at'])
    .orderBy('o.revision_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, revision_id: Number(r.revision_id) }));
}

export async function hasSubscriptions(db: Executor): Promise<boolean> {
  return (await db.selectFrom('webhook_subscriptions').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Every entry at once: with no subscription there is no one to deliver them to. */
export async function clearOutbox(trx: Executor): Promise<number> {
  const result = await trx.deleteFrom('webhook_outbox').executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteOutboxEntries(trx: Executor, revisionIds: number[]): Promise<void> {
  if (revisionIds.length > 0) await trx.deleteFrom('webhook_outbox').where('revision_id', 'in', revisionIds).execute();
}

/** Paused subscriptions too: their deliveries are kept for when they resume. */
export async function subscriptionsForDispatch(trx: Executor): Promise<Pick<SubscriptionRow, 'id' | 'medicine_id' | 'kinds' | 'search' | 'created_at'>[]> {
  return trx.selectFrom('webhook_subscriptions').select(['id', 'medicine_id', 'kinds', 'search', 'created_at']).orderBy('created_at').orderBy('id').execute();
}

export interface RevisionEventRow {
  id: number;
  number: number;
  observation_id: string | null;
  as_of: Date;
  recorded_at: Date;
  source_kind: string;
  source_reference: string;
  kinds: string[];
  changes: unknown[];
  slug: string;
  name: string;
  product_number: string | null;
  category: string;
}

/** What an event says about each revision: the medicine as that revision left it. */
export async function revisionsForEvents(trx: Executor, ids: number[]): Promise<RevisionEventRow[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('revisions as r')
    .select(['r.id', 'r.number', 'r.observation_id', 'r.as_of', 'r.recorded_at', 'r.source_kind', 'r.source_reference', 'r.kinds', 'r.changes'])
    .select([
      sql<string>`r.snapshot->>'slug'`.as('slug'),
      sql<string>`r.snapshot->>'name'`.as('name'),
      sql<string | null>`r.snapshot->>'productNumber'`.as('product_number'),
      sql<string>`r.snapshot->>'category'`.as('category'),
    ])
    .where('r.id', 'in', ids.map(String))
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), observation_id: r.observation_id === null ? null : String(r.observation_id) }));
}

/** Medicines among `ids` whose search index is behind their current revision. */
export async function staleIndexedMedicines(trx: Executor, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('medicines as m')
    .leftJoin('search_index_state as s', 's.medicine_id', 'm.id')
    .select('m.id')
    .where('m.id', 'in', ids)
    .where((eb) => eb.or([eb('s.revision', 'is', null), eb('s.revision', '<>', eb.ref('m.current_revision'))]))
    .execute();
  return rows.map((r) => r.id);
}

export interface NewDelivery {
  id: string;
  subscriptionId: string;
  revisionId: number;
  event: object;
  createdAt: Date;
}

/** Idempotent: a (subscription, revision) pair already delivered or pending is left alone. */
export async function insertDeliveries(trx: Executor, deliveries: NewDelivery[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < deliveries.length; i += 200) {
    const chunk = deliveries.slice(i, i + 200);
    const result = await trx
      .insertInto('webhook_deliveries')
      .values(
        chunk.map((d) => ({
          id: d.id,
          subscription_id: d.subscriptionId,
          revision_id: d.revisionId,
          event: JSON.stringify(d.event),
          created_at: d.createdAt,
          next_attempt_at: d.createdAt,
        })),
      )
      .onConflict((oc) => oc.columns(['subscription_id', 'revision_id']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/* ---------- sending ---------- */

export interface ClaimedDelivery {
  id: string;
  subscription_id: string;
  event: object;
  attempts: number;
  created_at: Date;
  url: string;
  secret: string;
}

/**
 * Leases the due deliveries: for each active subscription, its oldest pending delivery when it
 * is due and nobody holds it. The update re-checks the lease under the row lock, so of two
 * processes picking the same delivery only one gets it.
 */
export async function claimDueDeliveries(db: Executor, now: Date, leaseUntil: Date, token: string, limit: number): Promise<ClaimedDelivery[]> {
  const result = await sql<ClaimedDelivery>`
    update webhook_deliveries d
    set locked_until = ${leaseUntil}, lock_token = ${token}
    from webhook_subscriptions s
    where s.id = d.subscription_id
      and d.id in (
        select h.id
        from webhook_subscriptions sub
        cross join lateral (
          select id, next_attempt_at, locked_until from webhook_deliveries
          where subscription_id = sub.id and state = 'pending'
          order by seq limit 1
        ) h
        where sub.status = 'active' and h.next_attempt_at <= ${now} and (h.locked_until is null or h.locked_until <= ${now})
        order by h.next_attempt_at
        limit ${limit}
      )
      and d.state = 'pending'
      and (d.locked_until is null or d.locked_until <= ${now})
    returning d.id, d.subscription_id, d.event, d.attempts, d.created_at, s.url, s.secret`.execute(db);
  return result.rows;
}

/** When the next delivery falls due (or a lease runs out); null when nothing is pending. */
export async function nextDueAt(db: Executor): Promise<Date | null> {
  const result = await sql<{ at: Date | null }>`
    select min(greatest(h.next_attempt_at, coalesce(h.locked_until, h.next_attempt_at))) as at
    from webhook_subscriptions sub
    cross join lateral (
      select next_attempt_at, locked_until from webhook_deliveries
      where subscription_id = sub.id and state = 'pending'
      order by seq limit 1
    ) h
    where sub.status = 'active'`.execute(db);
  const at = result.rows[0]?.at ?? null;
  return at === null ? null : new Date(at);
}

export interface AttemptOutcome extends DeliveryAttempt {
  deliveryId: string;
  subscriptionId: string;
  token: string;
  ok: boolean;
  /** When to try again (failures only). */
  nextAttemptAt: Date;
  now: Date;
  pauseAfterMs: number;
}

/**
 * Logs an attempt and moves its delivery on, if this process still holds the lease (a
 * subscription deleted meanwhile has nothing left to record). A failure that makes the
 * subscription's failing period reach `pauseAfterMs` pauses it. Returns whether it paused.
 */
export async function recordAttempt(db: Kysely<DB>, o: AttemptOutcome): Promise<{ recorded: boolean; paused: boolean }> {
  return db.transaction().execute(async (trx) => {
    const held = await trx
      .updateTable('webhook_deliveries')
      .set(
        o.ok
          ? { state: 'delivered', delivered_at: o.now, attempts: o.number, locked_until: null, lock_token: null }
          : { attempts: o.number, next_attempt_at: o.nextAttemptAt, locked_until: null, lock_token: null },
      )
      .where('id', '=', o.deliveryId)
      .where('lock_token', '=', o.token)
      .returning('id')
      .executeTakeFirst();
    if (!held) return { recorded: false, paused: false };
    await trx
      .insertInto('webhook_attempts')
      .values({
        delivery_id: o.deliveryId,
        number: o.number,
        started_at: o.startedAt,
        duration_ms: Math.round(o.durationMs),
        status_code: o.statusCode,
        error: o.error,
        response_excerpt: o.responseExcerpt,
      })
      .execute();
    if (o.ok) {
      await trx.updateTable('webhook_subscriptions').set({ failing_since: null }).where('id', '=', o.subscriptionId).execute();
      return { recorded: true, paused: false };
    }
    const sub = await trx
      .updateTable('webhook_subscriptions')
      .set({ failing_since: sql<Date>`coalesce(failing_since, ${o.startedAt})` })
      .where('id', '=', o.subscriptionId)
      .returning(['failing_since', 'status'])
      .executeTakeFirst();
    if (!sub || sub.status !== 'active' || !sub.failing_since) return { recorded: true, paused: false };
    const failingFor = o.now.getTime() - new Date(sub.failing_since).getTime();
    if (failingFor < o.pauseAfterMs) return { recorded: true, paused: false };
    const days = (failingFor / 86_400_000).toFixed(1);
    await trx
      .updateTable('webhook_subscriptions')
      .set({
        status: 'paused',
        paused_at: o.now,
        pause_reason: `Deliveries have failed for ${days} days (since ${new Date(sub.failing_since).toISOString()}); last error: ${o.error ?? `HTTP ${o.statusCode}`}`.slice(0, 500),
      })
      .where('id', '=', o.subscriptionId)
      .execute();
    return { recorded: true, paused: true };
  });
}

/** A subscription's deliveries, newest first, from before the `beforeSeq` cursor. */
export async function listDeliveries(
  db: Executor,
  subscriptionId: string,
  q: { limit: number; beforeSeq: number | null; state: 'pending' | 'delivered' | null },
): Promise<{ deliveries: DeliveryRow[]; attempts: AttemptRow[] }> {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('subscription_id', '=', subscriptionId);
  if (q.beforeSeq !== null) query = query.where('seq', '<', q.beforeSeq);
  if (q.state) query = query.where('state', '=', q.state);
  const deliveries = await query.orderBy('seq', 'desc').limit(q.limit).execute();
  const attempts =
    deliveries.length === 0
      ? []
      : await db
          .selectFrom('webhook_attempts')
          .selectAll()
          .where(
            'delivery_id',
            'in',
            deliveries.map((d) => d.id),
          )
          .orderBy('delivery_id')
          .orderBy('number')
          .execute();
  return { deliveries: deliveries.map((d) => ({ ...d, seq: Number(d.seq), revision_id: Number(d.revision_id) })), attempts };
}
