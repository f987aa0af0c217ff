/**
 * The 1,625 EPAR pages imported into an empty embedded database, once, for every corpus suite
 * that starts from them. `node --test` runs each file in its own process, so the import is
 * shared through a cache on disk: the first process to ask builds a PGlite data folder under
 * `node_modules/.cache/openepar-test/` while holding a lock (the others wait for it), and every
 * suite then opens its own copy, free to write to it. Suites that need the whole catalogue get
 * EMA's four data tables imported over those pages, cached the same way and built from the pages'
 * cache, so neither import runs twice.
 *
 * The cache is keyed by everything the build's result depends on: the source files the build
 * loads (this file and every file it reaches through relative paths: the importer, the write
 * service, the database layer, each migration...), the dependencies' lock file (PGlite's
 * version) and the list of pages with their sizes and dates. Change any of them and the next
 * run imports again (the table importer is among those sources, so a change to it rebuilds the
 * pages too: erring towards more); edits elsewhere (templates, routes) keep the cache. `npm ci` empties
 * node_modules, so CI always imports for real.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, open, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/database.ts';
import { loadConfig } from '../../src/config.ts';
import { createServices, type Services } from '../../src/services.ts';
import { importEparPages } from '../../src/ingest/epar-pages/import-epar-pages.ts';
import { importEmaTables } from '../../src/ingest/ema-table/import-ema-table.ts';
import type { ImportSummary } from '../../src/ingest/import-runner.ts';
import type { TestDatabase } from './test-database.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = path.join(ROOT, 'node_modules/.cache/openepar-test');
/** A cache entry nobody has opened for this long is removed when a new one is built. */
const UNUSED_FOR_MS = 60 * 60 * 1000;

export interface ImportedEparPages {
  /** A private copy of the imported database; `dispose()` deletes it. */
  database: TestDatabase;
  /** What the import reported when it ran. */
  summary: ImportSummary;
  /** How long that import took. */
  seconds: number;
  /** When it ran; with `builtHere`, whether this process ran it or reused another's. */
  builtAt: string;
  builtHere: boolean;
}

export interface BuildRecord {
  summary: ImportSummary;
  seconds: number;
  builtAt: string;
}

/** An empty database into which every page in `pagesDir` was imported, as `importEparPages` does it. */
export async function openImportedEparPages(pagesDir: string): Promise<ImportedEparPages> {
  const { entry, builtHere } = await pagesEntry(pagesDir);
  return openCopy(entry, builtHere);
}

/**
 * The imported pages, then every EMA data table in `tablesDir` imported over them, as
 * `importEmaTables` does it: the whole catalogue the corpus describes, each medicine with the
 * history its table snapshots give it. Cached like the pages alone, and built from their cache,
 * so the pages are imported once for both; `summary` and `seconds` are the tables' import.
 */
export async function openImportedEparPagesAndTables(pagesDir: string, tablesDir: string): Promise<ImportedEparPages> {
  const { entry, builtHere } = await pagesAndTablesEntry(pagesDir, tablesDir);
  return openCopy(entry, builtHere);
}

/**
 * The cached PGlite folder of the pages and tables (built if need be) and what its import
 * reported, for a process of its own (a benchmark's server) to serve a copy of. Never write to it.
 */
export async function importedEparPagesAndTablesFolder(pagesDir: string, tablesDir: string): Promise<{ dataDir: string } & BuildRecord> {
  const { entry } = await pagesAndTablesEntry(pagesDir, tablesDir);
  const record = JSON.parse(await readFile(path.join(entry, 'build.json'), 'utf8')) as BuildRecord;
  return { dataDir: path.join(entry, 'pgdata'), ...record };
}

async function pagesAndTablesEntry(pagesDir: string, tablesDir: string): Promise<{ entry: string; builtHere: boolean }> {
  const { entry: pages } = await pagesEntry(pagesDir);
  const hash = createHash('sha256').update(path.basename(pages));
  for (const file of await filesUnder(tablesDir)) {
    const s = await stat(file);
    hash.update(`${path.relative(tablesDir, file)}\0${s.size} ${s.mtimeMs}\0`);
  }
  const entry = path.join(CACHE, `epar-pages-tables-${hash.digest('hex').slice(0, 16)}`);
  const builtHere = await cached(entry, async (building) => {
    await cp(path.join(pages, 'pgdata'), path.join(building, 'pgdata'), { recursive: true });
    return importInto(path.join(building, 'pgdata'), (writer) => importEmaTables(writer, [tablesDir]));
  });
  return { entry, builtHere };
}

async function pagesEntry(pagesDir: string): Promise<{ entry: string; builtHere: boolean }> {
  await mkdir(CACHE, { recursive: true });
  const entry = path.join(CACHE, `epar-pages-${await cacheKey(pagesDir)}`);
  const builtHere = await cached(entry, (building) => importInto(path.join(building, 'pgdata'), (writer) => importEparPages(writer, [pagesDir])));
  return { entry, builtHere };
}

/** Builds `entry` with `build` unless it is there already; says whether this process built it. */
async function cached(entry: string, build: (building: string) => Promise<BuildRecord>): Promise<boolean> {
  if (await exists(path.join(entry, 'build.json'))) return false;
  let builtHere = false;
  await withLock(`${entry}.lock`, async () => {
    // Another process may have finished the build while this one waited for the lock.
    if (await exists(path.join(entry, 'build.json'))) return;
    await buildEntry(entry, build);
    builtHere = true;
    await prune(entry);
  });
  return builtHere;
}

async function openCopy(entry: string, builtHere = false): Promise<ImportedEparPages> {
  const record = JSON.parse(await readFile(path.join(entry, 'build.json'), 'utf8')) as BuildRecord;
  const now = new Date();
  await utimes(path.join(entry, 'build.json'), now, now);

  const copy = await mkdtemp(path.join(os.tmpdir(), 'openepar-corpus-'));
  await cp(path.join(entry, 'pgdata'), path.join(copy, 'pgdata'), { recursive: true });
  const db = await openDatabase({ databaseUrl: null, dataDir: path.join(copy, 'pgdata') });
  return {
    database: {
      ...db,
      async dispose() {
        await db.close();
        await rm(copy, { recursive: true, force: true });
      },
    },
    ...record,
    builtHere,
  };
}

async function importInto(dataDir: string, run: (writer: Services['writer']) => Promise<ImportSummary>): Promise<BuildRecord> {
  const database = await openDatabase({ databaseUrl: null, dataDir });
  const services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
  try {
    const started = performance.now();
    const summary = await run(services.writer);
    return { summary, seconds: (performance.now() - started) / 1000, builtAt: new Date().toISOString() };
  } finally {
    await services.close();
  }
}

async function buildEntry(entry: string, build: (building: string) => Promise<BuildRecord>): Promise<void> {
  // Built beside the entry and renamed into place, so a half-built folder is never taken for a cache.
  const building = `${entry}.building-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  try {
    const record = await build(building);
    await writeFile(path.join(building, 'build.json'), JSON.stringify(record));
    await rename(building, entry);
  } catch (error) {
    // A failed build leaves nothing behind; a build another process renamed into place first is as good as ours.
    await rm(building, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (!((code === 'ENOTEMPTY' || code === 'EEXIST') && (await exists(path.join(entry, 'build.json'))))) throw error;
  }
}

async function cacheKey(pagesDir: string): Promise<string> {
  const hash = createHash('sha256');
  const add = (label: string, data: string | Buffer) => hash.update(`${label}\0${data.length}\0`).update(data);
  add('package-lock.json', await readFile(path.join(ROOT, 'package-lock.json')));
  for (const file of await sourcesLoadedBy(fileURLToPath(import.meta.url))) add(path.relative(ROOT, file), await readFile(file));
  for (const file of await filesUnder(pagesDir)) {
    const s = await stat(file);
    add(path.relative(pagesDir, file), `${s.size} ${s.mtimeMs}`);
  }
  return hash.digest('hex').slice(0, 16);
}

// Any relative path in quotes: imports, dynamic imports, `new URL('./worker.ts', import.meta.url)`,
// and folders read at run time (`new URL('./migrations/', import.meta.url)`).
const RELATIVE_PATH = /(['"])(\.{1,2}\/[^'"\n]*)\1/g;

/**
 * `entry` and every file it reaches through relative paths, transitively, without tests. A path
 * to a folder under src/ stands for the files in it. Reaching too much only costs a rebuild;
 * missing a file would reuse a stale import, so this errs towards more.
 */
async function sourcesLoadedBy(entry: string): Promise<string[]> {
  const SRC = path.join(ROOT, 'src') + path.sep;
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const m of (await readFile(file, 'utf8')).matchAll(RELATIVE_PATH)) {
      const target = path.resolve(path.dirname(file), m[2]!);
      const kind = await stat(target).then((s) => (s.isDirectory() ? 'folder' : 'file'), () => null);
      if (kind === 'file' && !target.includes(`${path.sep}node_modules${path.sep}`) && !target.endsWith('.test.ts')) queue.push(target);
      if (kind === 'folder' && target.startsWith(SRC)) queue.push(...(await filesUnder(target)).filter((f) => !f.endsWith('.test.ts')));
    }
  }
  return [...seen].sort();
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}

/**
 * Runs `fn` holding an exclusive lock file (created with O_EXCL, holding the owner's pid), so
 * that two test processes started together import once: the second waits. A lock whose owner
 * died is taken over. The lock saves work only; correctness does not rest on it, since builds
 * are renamed into place whole.
 */
async function withLock(lockFile: string, fn: () => Promise<void>): Promise<void> {
  let told = false;
  for (;;) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await ownerIsGone(lockFile)) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (!told) {
      console.log('# another test process is importing the EPAR pages; waiting for it');
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  try {
    await fn();
  } finally {
    await rm(lockFile, { force: true });
  }
}

async function ownerIsGone(lockFile: string): Promise<boolean> {
  try {
    const [text, s] = await Promise.all([readFile(lockFile, 'utf8'), stat(lockFile)]);
    const pid = Number(text);
    // Empty: its owner is between creating and writing it, unless that was long ago.
    if (!pid) return Date.now() - s.mtimeMs > 60_000;
    return !alive(pid);
  } catch {
    return false; // released meanwhile: the next attempt takes it
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Entries for sources as they were before (unused for an hour) and builds whose process died. */
async function prune(keep: string): Promise<void> {
  for (const name of await readdir(CACHE)) {
    const full = path.join(CACHE, name);
    if (full === keep || !name.startsWith('epar-pages-')) continue;
    const building = /\.building-(\d+)$/.exec(name);
    if (building) {
      if (!alive(Number(building[1]))) await rm(full, { recursive: true, force: true });
      continue;
    }
    if (name.endsWith('.lock')) continue;
    const used = await stat(path.join(full, 'build.json')).then((s) => s.mtimeMs, () => 0);
    if (Date.now() - used > UNUSED_FOR_MS) await rm(full, { recursive: true, force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}
