/**
 * The main thread's side of the embedded database: PGlite runs in a worker thread
 * (`pglite-worker.ts`) and Kysely talks to it through `PgliteWorkerDialect`, PostgreSQL's own
 * adapter, query compiler and introspector with a driver that sends each query's SQL and
 * parameters across and gets the rows back. While a query runs there, the request loop keeps
 * answering.
 *
 * PGlite has one connection: queries go one at a time, and a transaction holds the connection
 * from BEGIN to COMMIT or ROLLBACK (Kysely queues everything else behind it, as the adapter
 * declares no second connection). If the worker dies, every waiting query fails with the
 * reason and so does every later one: nothing hangs.
 */
import { Worker } from 'node:worker_threads';
import {
  AbortedTransactionError,
  CompiledQuery,
  PGliteAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { UnavailableError } from '../domain/errors.ts';
import { compileWasmModules } from './pglite-instance.ts';
import { BUSY_MESSAGE, currentRequestScope } from './request-admission.ts';

export type Operation = 'query' | 'begin' | 'commit' | 'rollback';

export type ToWorker = { type: Operation; id: number; sql: string; params: readonly unknown[] } | { type: 'close' };

export interface SerializedError {
  name: string;
  message: string;
  /** PostgreSQL's fields (`code`, `detail`, `constraint`, `table`, …) and PGlite's `query`. */
  fields: Record<string, string | number | boolean>;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'open-failed'; error: SerializedError }
  | { type: 'result'; id: number; rows: Record<string, unknown>[]; affectedRows: number | null }
  | { type: 'error'; id: number; error: SerializedError }
  | { type: 'closed' };

interface Pending {
  resolve(result: { rows: Record<string, unknown>[]; affectedRows: number | null }): void;
  reject(error: Error): void;
}

/** Seconds a request whose query ran past its deadline is asked to wait, as for a server's cancelled statement. */
const QUERY_RETRY_AFTER = 5;

/** How long a close waits for the worker to shut PostgreSQL down cleanly before stopping it. */
const CLOSE_TIMEOUT_MS = 60_000;

export class PgliteWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #failure: Error | null = null;
  #closing: Promise<void> | null = null;
  #exited: Promise<void>;

  private constructor(worker: Worker) {
    this.#worker = worker;
    this.#exited = new Promise((resolve) => worker.once('exit', () => resolve()));
  }

  /** Starts a worker on `dataDir` (a folder, or `memory://`) and waits until the database is open. */
  static async start(dataDir: string): Promise<PgliteWorker> {
    const wasm = await compileWasmModules();
    const worker = new Worker(new URL('./pglite-worker.ts', import.meta.url), { workerData: { dataDir, wasm } });
    const client = new PgliteWorker(worker);
    await new Promise<void>((resolve, reject) => {
      const onMessage = (m: FromWorker) => {
        if (m.type === 'ready') done(null);
        else if (m.type === 'open-failed') done(toError(m.error, 'could not open the embedded database'));
      };
      const onError = (error: Error) => done(error);
      const onExit = (code: number) => done(new Error(`the embedded database's worker stopped while opening (exit code ${code})`));
      const done = (error: Error | null) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (error) reject(error);
        else resolve();
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
    client.#listen();
    // Held only while queries wait for answers, so an idle database never keeps a process alive.
    worker.unref();
    return client;
  }

  #listen(): void {
    this.#worker.on('message', (m: FromWorker) => {
      if (m.type !== 'result' && m.type !== 'error') return;
      const pending = this.#pending.get(m.id);
      if (!pending) return;
      this.#pending.delete(m.id);
      if (this.#pending.size === 0) this.#worker.unref();
      if (m.type === 'result') pending.resolve({ rows: m.rows, affectedRows: m.affectedRows });
      else pending.reject(toError(m.error));
    });
    this.#worker.on('error', (error) => this.#fail(new Error(`the embedded database's worker failed: ${error.message}`, { cause: error })));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the embedded database's worker stopped (exit code ${code})`)));
  }

  #fail(error: Error): void {
    this.#failure ??= this.#closing ? new Error('the embedded database is closed') : error;
    for (const pending of this.#pending.values()) pending.reject(this.#failure);
    this.#pending.clear();
  }

  /** Why the database can no longer be used, or null while it can. */
  get failure(): Error | null {
    return this.#failure;
  }

  run(type: Operation, sql: string, params: readonly unknown[] = []): Promise<{ rows: Record<string, unknown>[]; affectedRows: number | null }> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#closing) return Promise.reject(new Error('the embedded database is closed'));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      if (this.#pending.size === 1) this.#worker.ref();
      try {
        this.#worker.postMessage({ type, id, sql, params } satisfies ToWorker);
      } catch (error) {
        // A parameter that cannot be copied to another thread (a function, a class instance with private state).
        this.#pending.delete(id);
        if (this.#pending.size === 0) this.#worker.unref();
        reject(error as Error);
      }
    });
  }

  /** Shuts PostgreSQL down cleanly (a checkpoint, so the folder opens again without recovery). */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      if (this.#failure) return;
      this.#worker.ref();
      const closed = new Promise<void>((resolve) => {
        const onMessage = (m: FromWorker) => {
          if (m.type !== 'closed') return;
          this.#worker.off('message', onMessage);
          resolve();
        };
        this.#worker.on('message', onMessage);
      });
      this.#worker.postMessage({ type: 'close' } satisfies ToWorker);
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS, 'timeout').unref());
      if ((await Promise.race([closed, this.#exited, timeout])) === 'timeout') await this.#worker.terminate();
      await this.#exited;
    })();
    return this.#closing;
  }

  /** Stops the thread at once, as a crash would; for tests of what a crash leaves behind. */
  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }
}

function toError(serialized: SerializedError, context?: string): Error {
  const error = new Error(context ? `${context}: ${serialized.message}` : serialized.message);
  Object.assign(error, serialized.fields);
  error.name = serialized.name;
  // The worker's stack says nothing useful; this one shows the caller.
  return error;
}

export class PgliteWorkerDialect implements Dialect {
  readonly #worker: PgliteWorker;
  constructor(worker: PgliteWorker) {
    this.#worker = worker;
  }
  createAdapter() {
    return new WorkerAdapter();
  }
  createDriver(): Driver {
    return new WorkerDriver(this.#worker);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}

/**
 * PGlite's adapter (PostgreSQL's, needing no migration lock: the single connection is the lock)
 * but queueing in `WorkerDriver` rather than in Kysely: Kysely's own queue for a single
 * connection would be entered before the driver is asked, so a request waiting for admission
 * (`request-admission.ts`) would hold it and stall the admitted ones, and a request's deadline
 * could not cut its wait short.
 */
class WorkerAdapter extends PGliteAdapter {
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

class WorkerDriver implements Driver {
  readonly #worker: PgliteWorker;
  readonly #connection: WorkerConnection;
  // The one connection's queue (see WorkerAdapter); it also lets `destroy` wait for the query
  // or transaction in progress.
  #held: Promise<void> = Promise.resolve();
  #release: (() => void) | null = null;

  constructor(worker: PgliteWorker) {
    this.#worker = worker;
    this.#connection = new WorkerConnection(worker);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const scope = currentRequestScope();
    const locked = this.#lock();
    if (!scope || scope.ended || scope.deadline === null) {
      await locked;
      return this.#connection;
    }
    // A request waits for the connection no longer than its deadline; if it gives up, its turn
    // still comes and is passed on at once.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, Math.max(0, scope.deadline! - performance.now()), 'late')));
    const outcome = await Promise.race([locked.then(() => 'locked' as const), late]);
    clearTimeout(timer);
    if (outcome === 'late') {
      void locked.then(() => this.#unlock());
      throw new UnavailableError(BUSY_MESSAGE, QUERY_RETRY_AFTER);
    }
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    this.#unlock();
  }

  async #lock(): Promise<void> {
    const previous = this.#held;
    let release!: () => void;
    this.#held = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.#release = release;
  }

  #unlock(): void {
    const release = this.#release;
    this.#release = null;
    release?.();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    let sql = 'begin';
    if (settings.isolationLevel || settings.accessMode) {
      sql = `start transaction${settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : ''}${settings.accessMode ? ` ${settings.accessMode}` : ''}`;
    }
    await (connection as WorkerConnection).run('begin', sql);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await (connection as WorkerConnection).run('commit', 'commit');
    } catch (error) {
      if ((error as { code?: string }).code === '25P02') throw new AbortedTransactionError({ cause: error });
      throw error;
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as WorkerConnection).run('rollback', 'rollback');
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await (connection as WorkerConnection).run('query', `savepoint ${quoteIdentifier(name)}`);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await (connection as WorkerConnection).run('query', `rollback to savepoint ${quoteIdentifier(name)}`);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await (connection as WorkerConnection).run('query', `release savepoint ${quoteIdentifier(name)}`);
  }

  /** Waits for the query or transaction in progress, then closes the database. */
  async destroy(): Promise<void> {
    await this.#lock();
    try {
      await this.#worker.close();
    } finally {
      this.#unlock();
    }
  }
}

class WorkerConnection implements DatabaseConnection {
  readonly #worker: PgliteWorker;
  constructor(worker: PgliteWorker) {
    this.#worker = worker;
  }

  async run(type: 'query' | 'begin' | 'commit' | 'rollback', sql: string, params: readonly unknown[] = []): Promise<QueryResult<any>> {
    const { rows, affectedRows } = await this.#withinDeadline(type, sql, params);
    return { rows, numAffectedRows: affectedRows != null ? BigInt(affectedRows) : undefined };
  }

  /**
   * A request's query is answered by its deadline (see `request-admission.ts`): PostgreSQL in
   * WebAssembly cannot cancel a running statement, so at the deadline the caller gets
   * `unavailable` while the statement finishes in the worker, which runs whatever comes next
   * (a ROLLBACK of the request's transaction, another request's query) after it. BEGIN, COMMIT
   * and ROLLBACK are never cut short: a request told 503 must not have committed.
   */
  #withinDeadline(type: Operation, sql: string, params: readonly unknown[]): Promise<{ rows: Record<string, unknown>[]; affectedRows: number | null }> {
    const scope = currentRequestScope();
    if (type !== 'query' || !scope || scope.ended || scope.deadline === null) return this.#worker.run(type, sql, params);
    const left = scope.deadline - performance.now();
    if (left <= 0) return Promise.reject(new UnavailableError(BUSY_MESSAGE, QUERY_RETRY_AFTER));
    const answer = this.#worker.run(type, sql, params);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Its outcome no longer has a reader.
        answer.catch(() => {});
        reject(new UnavailableError(BUSY_MESSAGE, QUERY_RETRY_AFTER));
      }, left);
    });
    return Promise.race([answer, late]).finally(() => clearTimeout(timer));
  }

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    return this.run('query', compiledQuery.sql, compiledQuery.parameters);
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by the embedded database.');
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
