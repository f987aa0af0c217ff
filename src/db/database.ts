/**
 * Opens the database: embedded PGlite (PostgreSQL compiled to WASM, persisted in a data
 * directory) by default, or a PostgreSQL server when a URL is given. Both run the same
 * migrations and the same SQL through Kysely.
 */
import { mkdir } from 'node:fs/promises';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from './schema.ts';
import { migrateToLatest } from './migrate.ts';

export interface Database {
  readonly db: Kysely<DB>;
  readonly kind: 'pglite' | 'postgres';
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
  /** Run pending migrations on open (the default). */
  migrate?: boolean;
  log?: Logger;
}

// OIDs of types whose default JS conversion we replace: `date` stays an ISO string (a JS Date
// would shift with the process time zone), `int8` becomes a number (counts never exceed 2^53).
const DATE_OID = 1082;
const INT8_OID = 20;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.databaseUrl ? await openServer(options.databaseUrl, options.log) : await openEmbedded(options.dataDir);
  if (options.migrate !== false) await migrateToLatest(database.db);
  return database;
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  // Search (migration 0005) needs trigram matching and diacritic folding.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    extensions: { pg_trgm, unaccent },
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: 'pglite',
    listen: async () => async () => {},
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function openServer(url: string, log: Logger | undefined): Promise<Database> {
  const pg = await import('pg');
  const pool = new pg.default.Pool({
    connectionString: url,
    max: 10,
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
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const listeners = new Set<() => Promise<void>>();
  return {
    db,
    kind: 'postgres',
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
