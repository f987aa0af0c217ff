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
import { compileWasmModules } from './pglite-instance.ts';

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
  // PGlite's adapter is PostgreSQL's, declaring a single connection (so Kysely queues for it)
  // and needing no migration lock (that single connection is the lock).
  createAdapter() {
    return new PGliteAdapter();
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

class WorkerDriver implements Driver {
  readonly #worker: PgliteWorker;
  readonly #connection: WorkerConnection;
  // Kysely already queues for the one connection (the adapter says there is no other); this
  // lock also lets `destroy` wait for the query or transaction in progress.
  #held: Promise<void> = Promise.resolve();
  #release: (() => void) | null = null;

  constructor(worker: PgliteWorker) {
    this.#worker = worker;
    this.#connection = new WorkerConnection(worker);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#lock();
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
    const { rows, affectedRows } = await this.#worker.run(type, sql, params);
    return { rows, numAffectedRows: affectedRows != null ? BigInt(affectedRows) : undefined };
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
