import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Keys for the subscription API. Only a digest is kept: a leaked database does not leak keys.
  await sql`
    create table api_keys (
      id bigint generated always as identity primary key,
      name text not null,
      key_hash text not null unique,
      key_prefix text not null,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    )`.execute(db);

  // One row per revision not yet turned into deliveries, written in the revision's own
  // transaction: a revision cannot be committed without it, nor it without the revision.
  await sql`
    create table webhook_outbox (
      revision_id bigint primary key references revisions on delete cascade
    )`.execute(db);

  // The secret is kept in the clear because it signs every delivery; it is shown to its owner once.
  await sql`
    create table webhook_subscriptions (
      id text primary key,
      api_key_id bigint not null references api_keys,
      url text not null,
      description text,
      secret text not null,
      medicine_id integer references medicines,
      kinds text[],
      search jsonb,
      status text not null default 'active' check (status in ('active', 'paused')),
      paused_at timestamptz,
      pause_reason text,
      failing_since timestamptz,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index webhook_subscriptions_key_idx on webhook_subscriptions (api_key_id, created_at)`.execute(db);

  // One row per event a subscription is to receive; its id is the delivery id the receiver sees
  // on every attempt. `locked_until`/`lock_token` are the lease of the process sending it.
  await sql`
    create table webhook_deliveries (
      id text primary key,
      seq bigint generated always as identity unique,
      subscription_id text not null references webhook_subscriptions on delete cascade,
      revision_id bigint not null references revisions on delete cascade,
      event jsonb not null,
      state text not null default 'pending' check (state in ('pending', 'delivered')),
      created_at timestamptz not null,
      next_attempt_at timestamptz not null,
      attempts integer not null default 0,
      locked_until timestamptz,
      lock_token text,
      delivered_at timestamptz,
      unique (subscription_id, revision_id)
    )`.execute(db);
  // The oldest pending delivery of each subscription is the only one sent (in order).
  await sql`create index webhook_deliveries_pending_idx on webhook_deliveries (subscription_id, seq) where state = 'pending'`.execute(db);
  await sql`create index webhook_deliveries_subscription_idx on webhook_deliveries (subscription_id, seq desc)`.execute(db);

  await sql`
    create table webhook_attempts (
      delivery_id text not null references webhook_deliveries on delete cascade,
      number integer not null,
      started_at timestamptz not null,
      duration_ms integer not null,
      status_code integer,
      error text,
      response_excerpt text,
      primary key (delivery_id, number)
    )`.execute(db);
}
