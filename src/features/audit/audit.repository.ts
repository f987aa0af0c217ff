/**
 * The audit trail's SQL. Rows are only ever inserted and read: nothing here updates or deletes
 * one, and migration 0015's trigger refuses anyone who tries.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface AuditRow {
  id: number;
  at: Date;
  actor_id: number | null;
  actor_email: string | null;
  action: string;
  subject: string | null;
  address: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
}

export interface NewAuditRow {
  actorId: number | null;
  actorEmail: string | null;
  action: string;
  subject: string | null;
  address: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
  at: Date;
}

export async function insertAuditEvent(db: Kysely<DB>, row: NewAuditRow): Promise<number> {
  const inserted = await db
    .insertInto('audit_events')
    .values({
      at: row.at,
      actor_id: row.actorId,
      actor_email: row.actorEmail,
      action: row.action,
      subject: row.subject,
      address: row.address,
      user_agent: row.userAgent,
      details: JSON.stringify(row.details),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export interface AuditQuery {
  /** Part of the actor's email, any letter case. */
  actor: string | null;
  /** An action, or the start of one followed by a dot (`user.` finds every user.* action). */
  action: string | null;
  from: Date | null;
  /** Exclusive. */
  to: Date | null;
  /** Only events older than this id (the next page). */
  beforeId: number | null;
  limit: number;
}

export async function findAuditEvents(db: Kysely<DB>, query: AuditQuery): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_events').selectAll();
  if (query.actor) q = q.where(sql<boolean>`strpos(lower(coalesce(actor_email, '')), ${query.actor.toLowerCase()}) > 0`);
  if (query.action) q = query.action.endsWith('.') ? q.where(sql<boolean>`starts_with(action, ${query.action})`) : q.where('action', '=', query.action);
  if (query.from) q = q.where('at', '>=', query.from);
  if (query.to) q = q.where('at', '<', query.to);
  if (query.beforeId !== null) q = q.where('id', '<', query.beforeId);
  const rows = await q.orderBy('id', 'desc').limit(query.limit).execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), actor_id: r.actor_id === null ? null : Number(r.actor_id) }));
}

export async function distinctAuditActions(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('audit_events').select('action').distinct().orderBy('action').limit(500).execute();
  return rows.map((r) => r.action);
}
