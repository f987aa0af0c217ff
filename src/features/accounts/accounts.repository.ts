/** The SQL of back-office accounts, their sessions and their failed sign-ins. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface UserRow {
  id: number;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  must_change_password: boolean;
  totp_secret: string | null;
  created_at: Date;
  disabled_at: Date | null;
}

const USER_COLUMNS = ['id', 'email', 'display_name', 'role', 'password_hash', 'must_change_password', 'totp_secret', 'created_at', 'disabled_at'] as const;

function toUserRow<T extends { id: number | string }>(row: T): T & { id: number } {
  return { ...row, id: Number(row.id) };
}

export async function insertUser(db: Kysely<DB>, user: { email: string; displayName: string; role: string; passwordHash: string; now: Date }): Promise<UserRow> {
  const row = await db
    .insertInto('staff_users')
    .values({ email: user.email, display_name: user.displayName, role: user.role, password_hash: user.passwordHash, must_change_password: true, created_at: user.now, password_changed_at: user.now })
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow();
  return toUserRow(row);
}

export async function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserRow | null> {
  const row = await db.selectFrom('staff_users').select(USER_COLUMNS).where('email', '=', email).executeTakeFirst();
  return row ? toUserRow(row) : null;
}

export async function findUserById(db: Kysely<DB>, id: number): Promise<UserRow | null> {
  const row = await db.selectFrom('staff_users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toUserRow(row) : null;
}

export async function listUsers(db: Kysely<DB>): Promise<UserRow[]> {
  const rows = await db.selectFrom('staff_users').select(USER_COLUMNS).orderBy('email').limit(10_000).execute();
  return rows.map(toUserRow);
}

export async function updateUser(
  db: Kysely<DB>,
  id: number,
  change: Partial<{ role: string; password_hash: string; must_change_password: boolean; password_changed_at: Date; totp_secret: string | null; disabled_at: Date | null }>,
): Promise<void> {
  await db.updateTable('staff_users').set(change).where('id', '=', id).execute();
}

export interface SessionRow {
  session_id: number;
  user_id: number;
  email: string;
  display_name: string;
  role: string;
  must_change_password: boolean;
  last_seen_at: Date;
  created_at: Date;
}

export async function insertSession(db: Kysely<DB>, session: { tokenHash: string; userId: number; now: Date; expiresAt: Date; address: string | null; userAgent: string | null }): Promise<number> {
  const row = await db
    .insertInto('staff_sessions')
    .values({ token_hash: session.tokenHash, user_id: session.userId, created_at: session.now, last_seen_at: session.now, expires_at: session.expiresAt, address: session.address, user_agent: session.userAgent })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** The live session of a token: not ended, not past its absolute end or idle limit, its user enabled. */
export async function findLiveSession(db: Kysely<DB>, tokenHash: string, now: Date, idleSince: Date): Promise<SessionRow | null> {
  const row = await db
    .selectFrom('staff_sessions as s')
    .innerJoin('staff_users as u', 'u.id', 's.user_id')
    .select(['s.id as session_id', 's.user_id', 'u.email', 'u.display_name', 'u.role', 'u.must_change_password', 's.last_seen_at', 's.created_at'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.ended_at', 'is', null)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleSince)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  return row ? { ...row, session_id: Number(row.session_id), user_id: Number(row.user_id) } : null;
}

export async function touchSession(db: Kysely<DB>, sessionId: number, now: Date): Promise<void> {
  await db.updateTable('staff_sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function endSession(db: Kysely<DB>, tokenHash: string, now: Date): Promise<number | null> {
  const row = await db.updateTable('staff_sessions').set({ ended_at: now }).where('token_hash', '=', tokenHash).where('ended_at', 'is', null).returning('user_id').executeTakeFirst();
  return row ? Number(row.user_id) : null;
}

export async function endUserSessions(db: Kysely<DB>, userId: number, now: Date): Promise<number> {
  const rows = await db.updateTable('staff_sessions').set({ ended_at: now }).where('user_id', '=', userId).where('ended_at', 'is', null).returning('id').execute();
  return rows.length;
}

export interface FailureRow {
  scope: string;
  key: string;
  failures: number;
  last_failure_at: Date;
  blocked_until: Date | null;
}

export async function findFailures(db: Kysely<DB>, keys: readonly { scope: string; key: string }[]): Promise<FailureRow[]> {
  if (keys.length === 0) return [];
  return db
    .selectFrom('staff_login_failures')
    .selectAll()
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('scope', '=', k.scope), eb('key', '=', k.key)]))))
    .execute();
}

export async function saveFailure(db: Kysely<DB>, row: FailureRow): Promise<void> {
  await db
    .insertInto('staff_login_failures')
    .values(row)
    .onConflict((oc) => oc.columns(['scope', 'key']).doUpdateSet({ failures: row.failures, last_failure_at: row.last_failure_at, blocked_until: row.blocked_until }))
    .execute();
}

export async function clearFailures(db: Kysely<DB>, keys: readonly { scope: string; key: string }[]): Promise<void> {
  if (keys.length === 0) return;
  await db.deleteFrom('staff_login_failures').where((eb) => eb.or(keys.map((k) => eb.and([eb('scope', '=', k.scope), eb('key', '=', k.key)])))).execute();
}
