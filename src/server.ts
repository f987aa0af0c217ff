/** Starts the portal: opens the database, optionally loads the sample catalogue, listens. */
import type { Config } from './config.ts';
import { createApp } from './app.ts';
import { createServices } from './services.ts';
import { importRecords, SAMPLE_DIR } from './ingest/sample/import-sample.ts';

/** Resolves once listening, with the address people can open. */
export async function startServer(config: Config, options: { sample?: boolean } = {}): Promise<{ url: string; database: string }> {
  const services = await createServices(config);
  if (options.sample && (await services.medicines.overview()).total === 0) {
    const summary = await importRecords(services.writer, [SAMPLE_DIR]);
    services.log.info({ imported: summary.imported, failed: summary.failed }, 'loaded the sample catalogue');
  }
  const app = await createApp(services);
  await services.listenForChanges();
  // After the app has brought the search index up to date, which search subscriptions match against.
  services.webhookWorker.start(services.changes);
  const shutdown = async () => {
    await app.close();
    await services.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return { url: `http://localhost:${port}/en`, database: services.database.kind === 'pglite' ? `pglite, ${config.dataDir}` : 'postgres' };
}
