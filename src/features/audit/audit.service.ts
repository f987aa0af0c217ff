/**
 * The audit trail: who did what in the back office, when, from where (address and browser) and
 * to what, append-only. Every feature records through `record()` (handed in by createServices),
 * inside its own transaction when it passes one, so an action and its record commit together.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Staff } from '../../domain/access-rules.ts';
import { ValidationError } from '../../domain/errors.ts';
import { distinctAuditActions, findAuditEvents, insertAuditEvent, type AuditQuery, type AuditRow } from './audit.repository.ts';

/** Where a request came from, as the trail keeps it. */
export interface AuditOrigin {
  address: string | null;
  userAgent: string | null;
}

export interface AuditInput {
  /** Who acted; null for the command line or an anonymous visitor (a failed sign-in). */
  staff: Pick<Staff, 'id' | 'email'> | null;
  /** For an anonymous event, the email it concerned (the address a failed sign-in was tried for). */
  actorEmail?: string | null;
  origin?: AuditOrigin | null;
  /** Dotted, lower-case: `sign-in`, `user.create`, `draft.edit`, `draft.publish`… */
  action: string;
  /** What it was done to: `user:3`, `medicine:lumykras`, `draft:12`. */
  subject?: string | null;
  /** Anything else worth keeping, as JSON (never a password or a token). */
  details?: Record<string, unknown>;
  /** The transaction of the action being recorded, so both commit or neither does. */
  trx?: Transaction<DB>;
}

export interface AuditEvent {
  id: number;
  at: Date;
  actorId: number | null;
  actorEmail: string | null;
  action: string;
  subject: string | null;
  address: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

export interface AuditFilter {
  actor?: string | null;
  action?: string | null;
  /** ISO dates (YYYY-MM-DD), both inclusive, in UTC. */
  from?: string | null;
  to?: string | null;
}

/** Rows on one page of the trail, and the most one CSV export holds. */
export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_LIMIT = 10_000;

const ACTION = /^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AuditService {
  readonly #db: Kysely<DB>;
  readonly #now: () => Date;

  constructor(db: Kysely<DB>, options: { now?: () => Date } = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
  }

  async record(input: AuditInput): Promise<number> {
    if (!ACTION.test(input.action) || input.action.endsWith('.')) throw new Error(`audit action "${input.action}" is not a dotted lower-case name`);
    return insertAuditEvent(input.trx ?? this.#db, {
      at: this.#now(),
      actorId: input.staff?.id ?? null,
      actorEmail: input.staff?.email ?? input.actorEmail ?? null,
      action: input.action,
      subject: input.subject ?? null,
      address: input.origin?.address ?? null,
      // A user agent is the client's to write: kept, but not without bound.
      userAgent: input.origin?.userAgent?.slice(0, 400) ?? null,
      details: input.details ?? {},
    });
  }

  /** One page of events matching the filter, newest first, and the id to ask for the next page with. */
  async search(filter: AuditFilter, beforeId: number | null = null, limit = AUDIT_PAGE_SIZE): Promise<{ events: AuditEvent[]; nextBeforeId: number | null }> {
    const rows = await findAuditEvents(this.#db, { ...toQuery(filter), beforeId, limit: limit + 1 });
    const events = rows.slice(0, limit).map(toEvent);
    return { events, nextBeforeId: rows.length > limit ? (events.at(-1)?.id ?? null) : null };
  }

  /** The actions recorded so far, for the search form's list. */
  actions(): Promise<string[]> {
    return distinctAuditActions(this.#db);
  }

  /**
   * The matching events as CSV (newest first, at most AUDIT_EXPORT_LIMIT), and whether more
   * matched than it holds. The export itself is recorded by the caller, who knows who asked.
   */
  async exportCsv(filter: AuditFilter): Promise<{ csv: string; rows: number; truncated: boolean }> {
    const rows = await findAuditEvents(this.#db, { ...toQuery(filter), beforeId: null, limit: AUDIT_EXPORT_LIMIT + 1 });
    const events = rows.slice(0, AUDIT_EXPORT_LIMIT).map(toEvent);
    const header = ['id', 'at', 'actor_email', 'action', 'subject', 'address', 'user_agent', 'details'];
    const lines = events.map((e) => [String(e.id), e.at.toISOString(), e.actorEmail ?? '', e.action, e.subject ?? '', e.address ?? '', e.userAgent ?? '', JSON.stringify(e.details)].map(csvCell).join(','));
    return { csv: `${[header.join(','), ...lines].join('\r\n')}\r\n`, rows: events.length, truncated: rows.length > AUDIT_EXPORT_LIMIT };
  }
}

/** The filter as the repository reads it; a malformed part is the client's mistake, said plainly. */
export function toQuery(filter: AuditFilter): Omit<AuditQuery, 'beforeId' | 'limit'> {
  const actor = filter.actor?.trim() || null;
  const action = filter.action?.trim() || null;
  if (actor !== null && actor.length > 200) throw new ValidationError('the user to search for is longer than any email address');
  if (action !== null && !ACTION.test(action)) throw new ValidationError(`"${action}" is not an action name`);
  const day = (value: string | null | undefined, name: string): Date | null => {
    const text = value?.trim();
    if (!text) return null;
    const date = new Date(`${text}T00:00:00Z`);
    if (!DATE.test(text) || Number.isNaN(date.getTime())) throw new ValidationError(`${name} "${text}" is not a date (YYYY-MM-DD)`);
    return date;
  };
  const from = day(filter.from, 'from');
  const toDay = day(filter.to, 'to');
  // "to" is the last day included: the query's bound is the start of the day after.
  const to = toDay ? new Date(toDay.getTime() + 86_400_000) : null;
  if (from && to && from >= to) throw new ValidationError('the first day is after the last');
  return { actor, action, from, to };
}

/** A CSV cell, quoted when needed, with formula-leading characters neutralised for spreadsheets. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function toEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorEmail: row.actor_email,
    action: row.action,
    subject: row.subject,
    address: row.address,
    userAgent: row.user_agent,
    details: row.details,
  };
}
