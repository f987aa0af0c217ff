/**
 * The embedded database's own thread. PGlite runs PostgreSQL in WebAssembly on whatever thread
 * calls it, so a heavy query on the request loop stalls every request; here it stalls only
 * this thread. The main thread (`pglite-worker-client.ts`) sends one operation at a time and
 * receives rows or an error with PostgreSQL's fields (`code`, `detail`, `constraint`, …).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { createPglite, type WasmModules } from './pglite-instance.ts';
import type { ToWorker, FromWorker, SerializedError } from './pglite-worker-client.ts';

const port = parentPort;
if (!port) throw new Error('pglite-worker.ts runs as a worker thread (see pglite-worker-client.ts)');
const { dataDir, wasm } = workerData as { dataDir: string; wasm: WasmModules };
const send = (message: FromWorker) => port.postMessage(message);

let pglite: PGlite;
try {
  pglite = await createPglite(dataDir, wasm);
} catch (error) {
  send({ type: 'open-failed', error: serializeError(error) });
  process.exit(1);
}

// Operations run one after another, in the order they arrive; a close waits for them.
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: ToWorker) => {
  queue = queue.then(() => handle(message));
});
send({ type: 'ready' });

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'close') {
    if (!pglite.closed) await pglite.close();
    send({ type: 'closed' });
    port!.close();
    return;
  }
  try {
    if (message.type === 'commit') {
      // PostgreSQL answers COMMIT of a transaction an error aborted with a ROLLBACK tag, which
      // PGlite does not expose: ask first, so the caller learns its writes were not kept.
      await pglite.query('select 1').catch(async (error: unknown) => {
        await pglite.query('rollback');
        throw error;
      });
    }
    const result = await pglite.query(message.sql, [...message.params], { rowMode: 'object' });
    send({ type: 'result', id: message.id, rows: result.rows as Record<string, unknown>[], affectedRows: result.affectedRows ?? null });
  } catch (error) {
    send({ type: 'error', id: message.id, error: serializeError(error) });
  }
}

/** PostgreSQL's error fields as plain values, which survive the copy between threads. */
function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key === 'params' || key === 'queryOptions') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[key] = value;
  }
  return { name: error.name, message: error.message, fields };
}
