/**
 * Opens the database: embedded PGlite (PostgreSQL compiled to WASM, persisted in a data
 * directory) by default, or a PostgreSQL server when a URL is given. Both run the same
 * migrations and the same SQL through Kysely.
 */
import { mkdir } from 'node:fs/promises';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import type { DB } from './schema.ts';
import { migrateToLatest } from './migrate.ts';

export interface Database {
  readonly db: Kysely<DB>;
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL selects a server; otherwise PGlite. */
  databaseUrl: string | null;
  /** PGlite's data directory, or `memory://` for a throwaway in-memory database. */
  dataDir: string;
  /** Run pending migrations on open (the default). */
  migrate?: boolean;
}

// OIDs of types whose default JS conversion we replace: `date` stays an ISO string (a JS Date
// would shift with the process time zone), `int8` becomes a number (counts never exceed 2^53).
const DATE_OID = 1082;
const INT8_OID = 20;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.databaseUrl ? await openServer(options.databaseUrl) : await openEmbedded(options.dataDir);
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
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function openServer(url: string): Promise<Database> {
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
    if (error.code !== '57P01') console.error(`database connection lost: ${error.message}`);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    async close() {
      await db.destroy();
    },
  };
}
