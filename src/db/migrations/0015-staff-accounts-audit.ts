import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The back office's people. The email is kept lower-case so one person has one account.
  await sql`
    create table staff_users (
      id bigint generated always as identity primary key,
      email text not null unique check (email = lower(email)),
      display_name text not null,
      role text not null check (role in ('editor', 'publisher', 'admin')),
      password_hash text not null,
      must_change_password boolean not null default true,
      totp_secret text,
      created_at timestamptz not null default now(),
      password_changed_at timestamptz not null default now(),
      disabled_at timestamptz
    )`.execute(db);

  // Only a SHA-256 of the session token is kept: a leaked database row cannot be replayed as a cookie.
  await sql`
    create table staff_sessions (
      id bigint generated always as identity primary key,
      token_hash text not null unique,
      user_id bigint not null references staff_users,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      address text,
      user_agent text,
      ended_at timestamptz
    )`.execute(db);
  await sql`create index staff_sessions_user_idx on staff_sessions (user_id) where ended_at is null`.execute(db);

  // Failed sign-ins counted per scope (an account, an address, an account from one address).
  await sql`
    create table staff_login_failures (
      scope text not null,
      key text not null,
      failures integer not null,
      last_failure_at timestamptz not null,
      blocked_until timestamptz,
      primary key (scope, key)
    )`.execute(db);

  // The audit trail. Append-only: the code never updates or deletes a row, and the trigger below
  // refuses anyone who tries, so a compromised admin account cannot erase its own tracks.
  await sql`
    create table audit_events (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_id bigint references staff_users,
      actor_email text,
      action text not null,
      subject text,
      address text,
      user_agent text,
      details jsonb not null default '{}'::jsonb
    )`.execute(db);
  await sql`create index audit_events_at_idx on audit_events (at desc, id desc)`.execute(db);
  await sql`create index audit_events_actor_idx on audit_events (actor_id, at desc)`.execute(db);
  await sql`create index audit_events_action_idx on audit_events (action, at desc)`.execute(db);
  await sql`
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the audit trail is append-only: % is refused', tg_op using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  await sql`
    create trigger audit_events_no_change before update or delete on audit_events
    for each row execute function audit_events_append_only()`.execute(db);
  await sql`
    create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function audit_events_append_only()`.execute(db);
}
