/**
 * Creates the embedded database (PGlite: PostgreSQL compiled to WebAssembly) with what the
 * schema needs. It runs in a worker thread (`pglite-worker.ts`); the main thread compiles the
 * WebAssembly once for all of them.
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { PGlite, PGliteOptions } from '@electric-sql/pglite';

// OIDs of types whose default JS conversion we replace: `date` stays an ISO string (a JS Date
// would shift with the process time zone), `int8` becomes a number (counts never exceed 2^53).
// The server pool (database.ts) uses the same two.
export const DATE_OID = 1082;
export const INT8_OID = 20;

/** PostgreSQL's and initdb's WebAssembly, compiled; one compilation serves every thread. */
export interface WasmModules {
  pglite: WasmModule;
  initdb: WasmModule;
}
// The project's TypeScript libraries leave WebAssembly out (it is no DOM project); PGlite's name it.
type WasmModule = NonNullable<PGliteOptions['pgliteWasmModule']>;
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> } };

let compiled: Promise<WasmModules> | null = null;

/**
 * Compiles the WebAssembly once per process. A worker given the modules skips compiling 9 MB
 * of it again, which costs seconds of CPU per database (tests open many).
 */
export function compileWasmModules(): Promise<WasmModules> {
  compiled ??= (async () => {
    const dist = new URL('.', import.meta.resolve('@electric-sql/pglite'));
    const [pglite, initdb] = await Promise.all(
      ['pglite.wasm', 'initdb.wasm'].map(async (name) => wasmApi.compile(await readFile(new URL(name, dist)))),
    );
    return { pglite: pglite!, initdb: initdb! };
  })();
  return compiled;
}

/** `dataDir` is a folder, or `memory://` for a throwaway database. */
export async function createPglite(dataDir: string, wasm?: WasmModules): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  // Search (migration 0005) needs trigram matching and diacritic folding.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  return PGlite.create(dataDir, {
    extensions: { pg_trgm, unaccent },
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
    ...(wasm ? { pgliteWasmModule: wasm.pglite, initdbWasmModule: wasm.initdb } : {}),
  });
}
