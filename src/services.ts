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

export interface Services {
  config: Config;
  database: Database;
  events: MedicineEvents;
  medicines: MedicinesService;
  writer: MedicineWriteService;
  documents: DocumentsService;
  close(): Promise<void>;
}

export async function createServices(config: Config, database?: Database): Promise<Services> {
  const db = database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const events = new MedicineEvents();
  return {
    config,
    database: db,
    events,
    medicines: new MedicinesService(db.db),
    writer: new MedicineWriteService(db.db, events),
    documents: new DocumentsService(db.db, new FileStore(config.filesDir)),
    close: () => db.close(),
  };
}
