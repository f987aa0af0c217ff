/**
 * Builds everything the app and the CLI need, explicitly, from the config: no module-level
 * singletons, so tests can build as many independent sets as they like.
 */
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { MedicineEvents } from './features/medicines/medicine-events.ts';
import { MedicineWriteService } from './features/medicines/medicine-write.service.ts';
import { MedicinesService } from './features/medicines/medicines.service.ts';
import { DocumentsService } from './features/documents/documents.service.ts';
import { FileStore } from './features/documents/file-store.ts';
import { HistoryService } from './features/history/history.service.ts';
import { ApiKeyService } from './features/webhooks/api-keys.service.ts';
import { WebhookService } from './features/webhooks/webhooks.service.ts';
import { WebhookWorker } from './features/webhooks/webhook-worker.ts';

export interface Services {
  config: Config;
  database: Database;
  events: MedicineEvents;
  medicines: MedicinesService;
  writer: MedicineWriteService;
  documents: DocumentsService;
  history: HistoryService;
  apiKeys: ApiKeyService;
  webhooks: WebhookService;
  /** Sends webhook deliveries once started (the server starts it); `close()` stops it. */
  webhookWorker: WebhookWorker;
  close(): Promise<void>;
}

export async function createServices(config: Config, database?: Database): Promise<Services> {
  const db = database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const events = new MedicineEvents();
  const webhooks = new WebhookService(db.db, { publicBaseUrl: config.publicBaseUrl });
  const webhookWorker = new WebhookWorker(db.db, webhooks, {
    config: config.webhooks,
    log: config.logLevel === 'silent' ? () => {} : undefined,
  });
  return {
    config,
    database: db,
    events,
    medicines: new MedicinesService(db.db),
    writer: new MedicineWriteService(db.db, events),
    documents: new DocumentsService(db.db, new FileStore(config.filesDir)),
    // On a server, concurrent writers commit out of id order; see HistoryOptions.settleSeconds.
    history: new HistoryService(db.db, { settleSeconds: db.kind === 'postgres' ? 5 : 0 }),
    apiKeys: new ApiKeyService(db.db),
    webhooks,
    webhookWorker,
    close: async () => {
      await webhookWorker.stop();
      await db.close();
    },
  };
}
