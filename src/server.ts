/** Starts the portal: opens the database, optionally loads the sample catalogue, listens. */
import type { Config } from './config.ts';
import type { DataFolderLock } from './db/data-folder-lock.ts';
import { createApp } from './app.ts';
import { createServices, type Services } from './services.ts';
import { importRecords, SAMPLE_DIR } from './ingest/sample/import-sample.ts';

export interface ServerOptions {
  /** Load the sample catalogue into an empty database. */
  sample?: boolean;
  /** The embedded database folder's lock, taken by the caller (as a portal) before anything else. */
  folderLock?: DataFolderLock;
  /** Runs first when the portal is asked to stop (SIGTERM, SIGINT), before requests and the database close. */
  beforeShutdown?: () => Promise<void>;
}

/** Resolves once listening, with the address people can open. */
export async function startServer(config: Config, options: ServerOptions = {}): Promise<{ url: string; database: string; services: Services }> {
  const services = await createServices(config, { folderLock: options.folderLock, statementTimeoutMs: config.http.queryTimeoutMs, admission: config.http.databaseRequests });
  try {
    if (options.sample && (await services.medicines.overview()).total === 0) {
      const summary = await importRecords(services.writer, [SAMPLE_DIR]);
      services.log.info({ imported: summary.imported, failed: summary.failed }, 'loaded the sample catalogue');
    }
  } catch (error) {
    await services.close();
    throw error;
  }
  const app = await createApp(services);
  await services.listenForChanges();
  // After the app has brought the search index up to date, which search subscriptions match against.
  services.webhookWorker.start(services.changes);
  // Publishes what fell due while the server was down, then each scheduled draft at its time.
  services.publicationScheduler.start();
  const shutdown = async () => {
    await options.beforeShutdown?.();
    await app.close();
    // Closes the database cleanly (the embedded one with a checkpoint) and frees its folder.
    await services.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    process.off('SIGINT', shutdown).off('SIGTERM', shutdown);
    await app.close();
    await services.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return { url: `http://localhost:${port}/en`, database: services.database.kind === 'pglite' ? `pglite, ${config.dataDir}` : 'postgres', services };
}
