/**
 * Builds everything the app and the CLI need, explicitly, from the config: no module-level
 * singletons, so tests can build as many independent sets as they like. Features reach each
 * other only through the services handed in here.
 */
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import type { DataFolderLock } from './db/data-folder-lock.ts';
import { ChangeNotifier } from './db/change-notifier.ts';
import type { AdmissionLimits } from './db/request-admission.ts';
import { createLogger, type Logger } from './logger.ts';
import { PageCache } from './http/page-cache.ts';
import { MedicineWriteService } from './features/medicines/medicine-write.service.ts';
import { MedicinesService } from './features/medicines/medicines.service.ts';
import { DocumentsService } from './features/documents/documents.service.ts';
import { FileStore } from './features/documents/file-store.ts';
import { HistoryService } from './features/history/history.service.ts';
import { SearchService } from './features/search/search.service.ts';
import { FeedsService } from './features/feeds/feeds.service.ts';
import { SitemapService } from './features/sitemap/sitemap.service.ts';
import { ApiKeyService } from './features/webhooks/api-keys.service.ts';
import { WebhookService } from './features/webhooks/webhooks.service.ts';
import { WebhookWorker } from './features/webhooks/webhook-worker.ts';
import { FhirService } from './features/fhir/fhir.service.ts';
import { AuditService } from './features/audit/audit.service.ts';
import { AccountsService } from './features/accounts/accounts.service.ts';
import { ExportService } from './features/exports/exports.service.ts';
import { DraftsService, PublicationScheduler } from './features/editorial/drafts.service.ts';
import { extractPdfText } from './ingest/overview/extract-pdf-text.ts';
import { ProductInformationService } from './features/product-information/product-information.service.ts';
import { SectionHistoryRecorder } from './features/product-information/section-history.ts';
import { SectionChangesService } from './features/product-information/section-changes.service.ts';

export interface Services {
  config: Config;
  log: Logger;
  database: Database;
  /** Every committed change to a medicine, from this process and (once listening) from others. */
  changes: ChangeNotifier;
  /** Rendered pages, cleared on every change. */
  pageCache: PageCache;
  medicines: MedicinesService;
  writer: MedicineWriteService;
  documents: DocumentsService;
  history: HistoryService;
  search: SearchService;
  feeds: FeedsService;
  sitemap: SitemapService;
  apiKeys: ApiKeyService;
  webhooks: WebhookService;
  /** Sends webhook deliveries once started (the server starts it); `close()` stops it. */
  webhookWorker: WebhookWorker;
  /** The HL7 FHIR R5 view of the catalogue, read through the medicines and history services. */
  fhir: FhirService;
  /** The back office's append-only audit trail: every feature records what staff did through it. */
  audit: AuditService;
  /** Back-office accounts, their sessions and sign-in throttling. */
  accounts: AccountsService;
  /** Exports in every format, the catalogue as of a date, and dumps. */
  exports: ExportService;
  /** The back office's drafts, review and publication. */
  drafts: DraftsService;
  /** Publishes scheduled drafts once started (the server starts it); `stop()` stops it. */
  publicationScheduler: PublicationScheduler;
  /** Structured product information (SmPC, annex II, labelling, leaflet), version by version. */
  productInformation: ProductInformationService;
  sectionChanges: SectionChangesService;
  /**
   * Hears changes committed by other processes on the same PostgreSQL server (an import from
   * the CLI, another portal), so this process's caches follow them within moments.
   */
  listenForChanges(): Promise<void>;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** An already open database (tests share one); otherwise opened from the config. */
  database?: Database;
  /** The embedded database folder's lock when the caller took it already (a portal does). */
  folderLock?: DataFolderLock;
  log?: Logger;
  /** Cancel longer database statements (on a server); a portal sets it, commands do not. */
  statementTimeoutMs?: number;
  /** Admit requests to the database (see `src/db/request-admission.ts`); a portal sets it, commands do not. */
  admission?: AdmissionLimits;
}

export async function createServices(config: Config, options: ServiceOptions = {}): Promise<Services> {
  const { database } = options;
  const log = options.log ?? createLogger(config);
  const db = database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, folderLock: options.folderLock, log, statementTimeoutMs: options.statementTimeoutMs, admission: options.admission }));
  const changes = new ChangeNotifier(log, { notifies: db.kind === 'postgres' });
  const baseUrl = config.publicBaseUrl;

  const pageCache = new PageCache(config.pageCacheEntries, config.pageCacheBytes);
  const history = new HistoryService(db.db, { settleSeconds: db.kind === 'postgres' ? 5 : 0 });
  // On a server, concurrent writers commit out of id order; see HistoryOptions.settleSeconds.
  const search = new SearchService(db.db, { cacheEntries: config.searchCacheEntries });
  const feeds = new FeedsService({ db: db.db, history, search }, { baseUrl });
  const sitemap = new SitemapService(db.db, { baseUrl });
  const webhooks = new WebhookService(db.db, { publicBaseUrl: baseUrl, search, allowPrivateTargets: config.webhooks.allowPrivateTargets });
  const webhookWorker = new WebhookWorker(db.db, webhooks, { config: config.webhooks, log });

  changes.onChange(() => {
    pageCache.clear();
    feeds.invalidate();
    sitemap.invalidate();
    search.invalidate();
    if (search.keptCurrent) void search.scheduleRefresh().catch((err: unknown) => log.error({ err }, 'search index refresh failed'));
  });

  const medicines = new MedicinesService(db.db);
  const writer = new MedicineWriteService(db.db, changes);
  const productInformation = new ProductInformationService(db.db, changes, { recorder: new SectionHistoryRecorder(writer) });
  const documents = new DocumentsService(db.db, new FileStore(config.filesDir));
  const drafts = new DraftsService(
    db.db,
    { writer, medicines, documents, history, readPdf: extractPdfText },
    {
      // A publication the scheduler makes is the scheduling publisher's act, recorded as theirs.
      onScheduledPublish: async (p) => {
        const publisher = await accounts.find(p.publisherId).catch(() => null);
        await audit.record({
          staff: publisher && { id: publisher.id, email: publisher.email },
          action: 'draft.publish',
          subject: `draft:${p.draft.id}`,
          details: { medicine: p.slug, name: p.draft.record.name, by: p.draft.publishedBy, scheduled: true, editors: p.draft.editors.names, publisher: p.draft.publishedBy, revision: p.revision },
        });
      },
    },
  );
  const publicationScheduler = new PublicationScheduler(drafts, { onError: (err) => log.error({ err }, 'scheduled publication failed') });

  const audit = new AuditService(db.db);
  const accounts = new AccountsService(db.db, audit, { idleMs: config.admin.sessionIdleMs, maxMs: config.admin.sessionMaxMs });

  let stopListening: (() => Promise<void>) | null = null;
  return {
    config,
    log,
    database: db,
    changes,
    pageCache,
    medicines,
    writer,
    documents,
    history,
    search,
    feeds,
    sitemap,
    apiKeys: new ApiKeyService(db.db),
    webhooks,
    webhookWorker,
    fhir: new FhirService({ db: db.db, medicines, history, productInformation }, { baseUrl }),
    audit,
    accounts,
    exports: new ExportService({ db: db.db, history, search }, { origin: baseUrl, dumpsDir: config.dumpsDir }),
    drafts,
    publicationScheduler,
    productInformation,
    sectionChanges: new SectionChangesService(productInformation),
    async listenForChanges() {
      stopListening ??= await changes.listen(db);
    },
    close: async () => {
      await webhookWorker.stop();
      await publicationScheduler.stop();
      await stopListening?.();
      await db.close();
    },
  };
}
