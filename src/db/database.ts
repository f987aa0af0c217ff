/**
 * Opens the database: embedded PGlite (PostgreSQL compiled to WASM, persisted in a data
 * directory) by default, or a PostgreSQL server when a URL is given. Both run the same
 * migrations and the same SQL through Kysely.
 *
 * The embedded database runs in a worker thread (so a heavy query never stalls requests), and
 * its folder belongs to one process at a time: opening it takes the folder's lock
 * (`data-folder-lock.ts`), and a second opener is refused instead of being let in to corrupt it.
 */
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from './schema.ts';
import { migrateToLatest } from './migrate.ts';
import { acquireDataFolderLock, type DataFolderLock } from './data-folder-lock.ts';
import { DATE_OID, INT8_OID } from './pglite-instance.ts';
import { PgliteWorker, PgliteWorkerDialect } from './pglite-worker-client.ts';
import { admittingDialect, DatabaseAdmission, type AdmissionLimits } from './request-admission.ts';

export interface Database {
  readonly db: Kysely<DB>;
  readonly kind: 'pglite' | 'postgres';
  /**
   * The embedded database's hold on its folder, released by `close()`; null in memory and on
   * a server. A portal serves the CLI's requests through it.
   */
  readonly folderLock: DataFolderLock | null;
  /**
   * Calls `onMessage` with the payload of every `NOTIFY` on `channel` from other sessions until
   * the returned function is called. On a server a dedicated connection listens and reconnects
   * when it is lost; the embedded database has no other sessions, so nothing arrives there.
   */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL selects a server; otherwise PGlite. */
  databaseUrl: string | null;
  /** PGlite's data directory, or `memory://` for a throwaway in-memory database. */
  dataDir: string;
  /**
   * The data directory's lock when the caller took it already (a portal takes it as such,
   * before anything else); otherwise it is taken here. Either way `close()` releases it.
   */
  folderLock?: DataFolderLock;
  /** Run pending migrations on open (the default). */
  migrate?: boolean;
  /**
   * On a server: a statement running longer is cancelled by PostgreSQL (error 57014, answered
   * 503). A portal sets it so one costly request cannot hold a connection for long; commands
   * (imports, exports) run without. Migrations never have it: building an index may take long.
   */
  statementTimeoutMs?: number | null;
  /**
   * How many requests may use the database at once and how many may wait (see
   * `request-admission.ts`). A portal sets it; commands, which serve no requests, do not.
   */
  admission?: AdmissionLimits | null;
  log?: Logger;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const timeout = options.databaseUrl ? (options.statementTimeoutMs ?? null) : null;
  if (options.databaseUrl && timeout !== null && options.migrate !== false) {
    // Migrations on connections of their own, without the time limit, before the pool that has it.
    const migrating = await openServer(options.databaseUrl, options.log, null);
    try {
      await migrateToLatest(migrating.db);
    } finally {
      await migrating.close();
    }
  }
  const admission = options.admission ? new DatabaseAdmission(options.admission) : null;
  const database = options.databaseUrl ? await openServer(options.databaseUrl, options.log, timeout, admission) : await openEmbedded(options.dataDir, options.folderLock, admission);
  if (options.migrate !== false && timeout === null) {
    try {
      await migrateToLatest(database.db);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

async function openEmbedded(dataDir: string, given: DataFolderLock | undefined, admission: DatabaseAdmission | null): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const folderLock = inMemory ? null : (given ?? (await acquireDataFolderLock(dataDir, { role: 'command', description: path.basename(process.argv[1] ?? 'node') })));
  let worker: PgliteWorker;
  try {
    worker = await PgliteWorker.start(dataDir);
  } catch (error) {
    await folderLock?.release();
    throw error;
  }
  const dialect = new PgliteWorkerDialect(worker);
  const db = new Kysely<DB>({ dialect: admission ? admittingDialect(dialect, admission) : dialect });
  return {
    db,
    kind: 'pglite',
    folderLock,
    listen: async () => async () => {},
    async close() {
      try {
        await db.destroy();
      } finally {
        await folderLock?.release();
      }
    },
  };
}

async function openServer(url: string, log: Logger | undefined, statementTimeoutMs: number | null = null, admission: DatabaseAdmission | null = null): Promise<Database> {
  const pg = await import('pg');
  const pool = new pg.default.Pool({
    connectionString: url,
    max: 10,
    ...(statementTimeoutMs !== null ? { statement_timeout: statementTimeoutMs } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return (v: string) => v;
        if (oid === INT8_OID) return (v: string) => Number(v);
        return pg.default.types.getTypeParser(oid, format as 'text');
      }) as typeof pg.default.types.getTypeParser,
    },
  });
  // An idle connection the server closes (a restart, an administrator) must not crash the
  // process: the pool drops it and opens a new one for the next query.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') log?.warn({ err: error }, 'database connection lost');
  });
  const dialect = new PostgresDialect({ pool });
  const db = new Kysely<DB>({ dialect: admission ? admittingDialect(dialect, admission) : dialect });
  const listeners = new Set<() => Promise<void>>();
  return {
    db,
    kind: 'postgres',
    folderLock: null,
    async listen(channel, onMessage) {
      const stop = await listenOnServer(pg.default, url, channel, onMessage, log);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      await db.destroy();
    },
  };
}

/** One connection kept for `LISTEN`, opened again (with a growing pause) whenever it is lost. */
async function listenOnServer(
  pg: typeof import('pg').default,
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  log: Logger | undefined,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: import('pg').Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let failures = 0;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      if (n.channel === channel) onMessage(n.payload ?? '');
    });
    c.on('error', (err) => {
      log?.warn({ err }, 'change listener connection lost; reconnecting');
      void c.end().catch(() => {});
      if (client === c) client = null;
      schedule();
    });
    await c.connect();
    await c.query(`listen ${c.escapeIdentifier(channel)}`);
    if (stopped) {
      await c.end();
      return;
    }
    client = c;
    failures = 0;
  };
  const schedule = (): void => {
    if (stopped || retry) return;
    const delay = Math.min(30_000, 250 * 2 ** failures++);
    retry = setTimeout(() => {
      retry = null;
      connect().catch((err: unknown) => {
        log?.warn({ err }, 'change listener could not connect; trying again');
        schedule();
      });
    }, delay);
    retry.unref();
  };

  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const c = client;
    client = null;
    await c?.end().catch(() => {});
  };
}
