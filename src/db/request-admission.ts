/**
 * What a request may ask of the database, and for how long.
 *
 * A request's queries run in its scope (an AsyncLocalStorage store the HTTP layer opens for each
 * request). The first time a request reaches for a connection it must be admitted: at most
 * `concurrent` requests use the database at once, at most `queue` more wait, none for longer than
 * `waitMs`. A request beyond those is refused at once with `unavailable` (503, `Retry-After`)
 * instead of waiting past any client's patience. Admission is per request, not per query: a page
 * that runs ten queries one after another waits once, rather than ten times behind everyone
 * else's queries, which is what made every request slow under a crowd on the embedded
 * database's single connection.
 *
 * The scope also carries the request's deadline. A PostgreSQL server cancels a statement itself
 * (`statement_timeout`); the embedded database cannot interrupt a statement (PostgreSQL in
 * WebAssembly has no timer signals), so its driver answers the request at the deadline and lets
 * the statement finish in its thread (see `pglite-worker-client.ts`).
 *
 * Work outside a request (imports, the webhook worker, the scheduler) has no scope and is never
 * refused or timed out here.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseConnection, Dialect, Driver, Kysely, TransactionSettings } from 'kysely';
import { UnavailableError } from '../domain/errors.ts';

export interface RequestScope {
  /** `performance.now()` past which the request's queries are answered `unavailable`; null: none. */
  readonly deadline: number | null;
  /** Frees the request's admission; set once admitted. */
  release: (() => void) | null;
  /** The request has been answered: later queries in its scope (background work it began) run unadmitted. */
  ended: boolean;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (the rest of a request's handling) in a new scope with the given deadline. */
export function runInRequestScope<T>(deadlineMs: number | null, fn: () => T): T {
  const scope: RequestScope = { deadline: deadlineMs === null ? null : performance.now() + deadlineMs, release: null, ended: false };
  return scopes.run(scope, fn);
}

/** The scope of the request being handled, if any. */
export function currentRequestScope(): RequestScope | undefined {
  return scopes.getStore();
}

/** Marks the current request answered and frees its admission (idempotent). */
export function endRequestScope(scope: RequestScope | undefined): void {
  if (!scope || scope.ended) return;
  scope.ended = true;
  const release = scope.release;
  scope.release = null;
  release?.();
}

/** The message every refusal carries: the catalogue's words for a busy server. */
export const BUSY_MESSAGE = 'The service is busy; try again shortly.';
/** Seconds a refused client is asked to wait. */
export const BUSY_RETRY_AFTER = 2;

export interface AdmissionLimits {
  /** Requests using the database at once. */
  readonly concurrent: number;
  /** Requests waiting for admission; one more is refused at once. */
  readonly queue: number;
  /** The longest a request waits for admission before it is refused. */
  readonly waitMs: number;
}

interface Waiter {
  admit(): void;
  timer: NodeJS.Timeout;
}

export class DatabaseAdmission {
  readonly limits: AdmissionLimits;
  #active = 0;
  readonly #waiting = new Set<Waiter>();
  #refused = 0;

  constructor(limits: AdmissionLimits) {
    this.limits = limits;
  }

  /** Requests admitted now, waiting now, and refused so far. */
  get stats(): { active: number; waiting: number; refused: number } {
    return { active: this.#active, waiting: this.#waiting.size, refused: this.#refused };
  }

  /** Admits the scope's request, waiting if it must; throws `UnavailableError` when it cannot. */
  async enter(scope: RequestScope): Promise<void> {
    if (this.#active < this.limits.concurrent && this.#waiting.size === 0) {
      this.#active++;
    } else {
      if (this.#waiting.size >= this.limits.queue) throw this.#refuse();
      const wait = Math.min(this.limits.waitMs, scope.deadline === null ? Infinity : scope.deadline - performance.now());
      if (wait <= 0) throw this.#refuse();
      await new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          // The slot is handed over by whoever leaves: #active stays counted.
          admit: () => {
            clearTimeout(waiter.timer);
            this.#waiting.delete(waiter);
            resolve();
          },
          timer: setTimeout(() => {
            this.#waiting.delete(waiter);
            reject(this.#refuse());
          }, wait),
        };
        this.#waiting.add(waiter);
      });
    }
    let released = false;
    scope.release = () => {
      if (released) return;
      released = true;
      this.#leave();
    };
    // Answered while it waited (the client went away): hand the slot on at once.
    if (scope.ended) scope.release();
  }

  #leave(): void {
    // First come, first served: Set iteration is insertion order.
    const next = this.#waiting.values().next();
    if (!next.done) next.value.admit();
    else this.#active--;
  }

  #refuse(): UnavailableError {
    this.#refused++;
    return new UnavailableError(BUSY_MESSAGE, BUSY_RETRY_AFTER);
  }
}

/** `dialect` with every connection a request asks for passing `admission` first. */
export function admittingDialect(dialect: Dialect, admission: DatabaseAdmission): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new AdmittingDriver(dialect.createDriver(), admission),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db: Kysely<any>) => dialect.createIntrospector(db),
  };
}

class AdmittingDriver implements Driver {
  readonly #inner: Driver;
  readonly #admission: DatabaseAdmission;
  constructor(inner: Driver, admission: DatabaseAdmission) {
    this.#inner = inner;
    this.#admission = admission;
  }
  init(): Promise<void> {
    return this.#inner.init();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    const scope = scopes.getStore();
    if (scope && !scope.ended && scope.release === null) await this.#admission.enter(scope);
    return this.#inner.acquireConnection();
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(connection);
  }
  savepoint(connection: DatabaseConnection, name: string, compileQuery: Parameters<NonNullable<Driver['savepoint']>>[2]): Promise<void> {
    return this.#inner.savepoint ? this.#inner.savepoint(connection, name, compileQuery) : Promise.reject(new Error('savepoints are not supported'));
  }
  rollbackToSavepoint(connection: DatabaseConnection, name: string, compileQuery: Parameters<NonNullable<Driver['rollbackToSavepoint']>>[2]): Promise<void> {
    return this.#inner.rollbackToSavepoint ? this.#inner.rollbackToSavepoint(connection, name, compileQuery) : Promise.reject(new Error('savepoints are not supported'));
  }
  releaseSavepoint(connection: DatabaseConnection, name: string, compileQuery: Parameters<NonNullable<Driver['releaseSavepoint']>>[2]): Promise<void> {
    return this.#inner.releaseSavepoint ? this.#inner.releaseSavepoint(connection, name, compileQuery) : Promise.reject(new Error('savepoints are not supported'));
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.#inner.releaseConnection(connection);
  }
  destroy(): Promise<void> {
    return this.#inner.destroy();
  }
}
