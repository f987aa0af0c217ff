/** Starts the portal: opens the database, optionally loads the sample catalogue, listens. */
import type { Config } from './config.ts';
import { createApp } from './app.ts';
import { createServices } from './services.ts';
import { importRecords, SAMPLE_DIR } from './ingest/sample/import-sample.ts';

export async function startServer(config: Config, options: { sample?: boolean } = {}): Promise<void> {
  const services = await createServices(config);
  if (options.sample && (await services.medicines.overview()).total === 0) {
    const summary = await importRecords(services.writer, [SAMPLE_DIR]);
    console.error(`Loaded the sample catalogue: ${summary.imported} medicines${summary.failed ? `, ${summary.failed} failed` : ''}.`);
  }
  const app = await createApp(services);
  // After the app has brought the search index up to date, which search subscriptions match against.
  services.webhookWorker.start(services.events);
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
  console.log(`OpenEPAR is running at http://localhost:${port}/en (database: ${services.database.kind}${services.database.kind === 'pglite' ? `, ${config.dataDir}` : ''})`);
}
