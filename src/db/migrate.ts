import { readdir } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** Migrations are the ordered files in `./migrations` (`0001-name.ts`, `0002-...`). */
class FolderMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}-[a-z0-9-]+\.ts$/.test(f)).sort();
    const entries = await Promise.all(
      files.map(async (f) => [f.replace(/\.ts$/, ''), (await import(new URL(f, MIGRATIONS_DIR).href)) as Migration] as const),
    );
    return Object.fromEntries(entries);
  }
}

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  // Migration numbers are handed out ahead and land in any order (0019 before 0017): a database
  // that ran a later number still runs an earlier one that arrives after it.
  const migrator = new Migrator({ db, provider: new FolderMigrationProvider(), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
