/**
 * Builds the HTTP application from its services without listening, so tests drive it
 * in-process with `app.inject()` and `server.ts` decides where it listens.
 */
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from './services.ts';
import { loadAssets, NOTO_SANS_DIR, PUBLIC_DIR, registerAssets } from './http/assets.ts';
import { registerRequestScope } from './http/request-scope.ts';
import { registerCompression } from './http/compression.ts';
import { frameworkErrorHandlers, registerErrorHandling } from './http/error-handler.ts';
import { registerInputSafety } from './http/input-safety.ts';
import { registerAddressRedirects } from './http/redirects.ts';
import { registerApiDocs } from './http/api-docs.ts';
import { registerPublicApi } from './http/public-api.ts';
import { registerRateLimits } from './http/rate-limits.ts';
import { registerSecurityHeaders, withSecurityHeaders } from './http/security-headers.ts';
import { registerAdminAccess } from './http/admin-access.ts';
import { sessionRoutes } from './features/accounts/session.routes.ts';
import { usersRoutes } from './features/accounts/users.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { editorialRoutes } from './features/editorial/editorial.routes.ts';
import { homeRoutes } from './features/home/home.routes.ts';
import { medicinesApiRoutes } from './features/medicines/medicines.api.routes.ts';
import { medicinesPageRoutes } from './features/medicines/medicines.page.routes.ts';
import { documentsRoutes } from './features/documents/documents.routes.ts';
import { searchApiRoutes } from './features/search/search.api.routes.ts';
import { searchPageRoutes } from './features/search/search.page.routes.ts';
import { historyApiRoutes } from './features/history/history.api.routes.ts';
import { historyPageRoutes } from './features/history/history.page.routes.ts';
import { feedsRoutes } from './features/feeds/feeds.routes.ts';
import { sitemapRoutes } from './features/sitemap/sitemap.routes.ts';
import { webhooksRoutes } from './features/webhooks/webhooks.routes.ts';
import { openDataRoutes } from './features/open-data/open-data.routes.ts';
import { exportsRoutes } from './features/exports/exports.routes.ts';
import { fhirRoutes } from './features/fhir/fhir.routes.ts';
import { sectionChangesApiRoutes, sectionChangesPageRoutes } from './features/product-information/section-changes.routes.ts';
import { productInformationRoutes } from './features/product-information/product-information.routes.ts';

export interface AppOptions {
  /** Off in tests that don't want request logs, whatever the configured level. */
  logger?: boolean;
}

export async function createApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const http = services.config.http;
  const framework = frameworkErrorHandlers();
  const app = Fastify({
    // pino's Logger is Fastify's base logger with more typed detail, which Fastify's generics would
    // otherwise thread through every plugin's type.
    loggerInstance: (options.logger === false ? services.log.child({}, { level: 'silent' }) : services.log) as FastifyBaseLogger,
    // Per-request lines only when debugging: at production volume they drown the log.
    logController: new LogController({ disableRequestLogging: services.config.logLevel !== 'debug' && services.config.logLevel !== 'trace' }),
    // Slugs and product numbers are far shorter; a longer segment is a 404, not work.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // Unreadable addresses and requests get the catalogue's answers too, not Fastify's own.
    ...framework,
    frameworkErrors: withSecurityHeaders(framework.frameworkErrors!, { hstsMaxAge: http.hstsMaxAge }),
    // A hop count as the function Fastify makes of one (its types know only the function).
    trustProxy: typeof http.trustProxy === 'number' ? trustHops(http.trustProxy) : http.trustProxy,
    bodyLimit: http.bodyLimitBytes,
    // Slow clients (headers or a body trickled in, idle sockets) hold a connection for no longer
    // than these. Node enforces the first two on a timer (every 30 s unless told): once a second
    // keeps a 10 s limit near 10 s, for a walk over the open connections.
    http: { headersTimeout: http.headersTimeoutMs, requestTimeout: http.requestTimeoutMs, connectionsCheckingInterval: 1000 },
    requestTimeout: http.requestTimeoutMs,
    connectionTimeout: http.connectionTimeoutMs,
    keepAliveTimeout: http.keepAliveTimeoutMs,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Fastify's own Ajv compiles each TypeBox schema (plain JSON Schema) once; TypeBox's per-request
  // conversion cost ~2 ms a request, more than serving a cached page.

  const cache = services.pageCache;
  // Read, hashed and compressed once here; every page links the hashed addresses.
  const assets = loadAssets();

  // First, so that every route registered after it compresses what it sends.
  await registerCompression(app);
  registerErrorHandling(app, { resolveSlug: (slug) => services.medicines.resolveAddress(slug) });
  registerInputSafety(app);
  // Before the hooks that may reach the database (the admin gate reads sessions).
  registerRequestScope(app, { queryTimeoutMs: services.config.http.queryTimeoutMs });
  // Hooks run in the order registered: security headers first, so every answer has them (a 429
  // included), then CORS, so an API client can read its 429, then the limits, before any work.
  registerSecurityHeaders(app, { hstsMaxAge: http.hstsMaxAge });
  registerPublicApi(app);
  await registerRateLimits(app, http.rateLimit);
  registerAddressRedirects(app);
  // Before every route: each one under /admin is gated by its access rule (src/domain/access-rules.ts).
  await registerAdminAccess(app, { sessions: services.accounts, insecureCookies: services.config.admin.insecureCookies, publicBaseUrl: services.config.publicBaseUrl });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OpenEPAR API',
        version: '1.0.0',
        description: "European public assessment reports (EPARs) as open data. Content from the European Medicines Agency, reproduced with acknowledgement of the source.",
      },
      tags: [
        { name: 'medicines', description: 'Medicines and their EPAR records' },
        { name: 'documents', description: 'Document files OpenEPAR holds' },
        { name: 'search', description: 'Search, facets and autocomplete' },
        { name: 'history', description: 'Revisions of each medicine and changes across the catalogue' },
        { name: 'webhooks', description: 'Signed HTTP callbacks when medicines change (needs an API key: `openepar api-keys create <name>`)' },
        { name: 'exports', description: 'The catalogue, or any search, as CSV, XLSX, JSON Lines, Parquet or EMA’s own layout, now or as of any date; and the latest dump' },
        { name: 'fhir', description: 'HL7 FHIR R5 (application/fhir+json): medicines, authorisations with their procedures, indications, packs, holders and documents; CapabilityStatement at /fhir/metadata' },
      ],
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An OpenEPAR API key (oep_…)' } } },
    },
  });
  // Pages link assets under hashed addresses, kept for a year; the plain ones stay for old links,
  // kept an hour so that a new release reaches them soon.
  registerAssets(app, assets);
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/assets/',
    maxAge: '1h',
  });

  // Noto Sans covers Latin, Greek and Cyrillic alike, so Bulgarian and Greek pages get a real
  // typeface rather than whatever fallback the reader's system has; subsets load on demand.
  await app.register(fastifyStatic, {
    root: NOTO_SANS_DIR,
    prefix: '/assets/fonts/noto-sans/',
    decorateReply: false,
    allowedPath: (pathName) => /^\/(?:(?:400|700)\.css|files\/noto-sans-[a-z-]+-(?:400|700)-normal\.woff2?)$/.test(pathName),
    maxAge: '1d',
  });

  const baseUrl = services.config.publicBaseUrl;
  const deps = { medicines: services.medicines, cache, history: services.history, assets, baseUrl };
  await app.register(homeRoutes, deps);
  await app.register(medicinesPageRoutes, { ...deps, productInformationLanguages: (slug: string) => services.productInformation.languages(slug) });
  await app.register(medicinesApiRoutes, deps);
  await app.register(documentsRoutes, { documents: services.documents });

  // A portal keeps the search index current; the imports that ran before it did not.
  const search = services.search;
  await search.prepare({ maintain: services.database.kind === 'pglite' });
  await app.register(searchPageRoutes, { search, cache, assets, baseUrl });
  await app.register(searchApiRoutes, { search, searchAsOf: (request, asOf) => services.exports.searchAsOf(request, asOf) });
  await app.register(historyPageRoutes, { history: services.history, cache, assets, baseUrl });
  await app.register(historyApiRoutes, { history: services.history });
  await app.register(sectionChangesApiRoutes, { sectionChanges: services.sectionChanges });
  await app.register(sectionChangesPageRoutes, { sectionChanges: services.sectionChanges, productInformation: services.productInformation, medicines: services.medicines, cache, assets, baseUrl });

  await app.register(feedsRoutes, { feeds: services.feeds });
  await app.register(sitemapRoutes, { sitemap: services.sitemap, baseUrl: services.config.publicBaseUrl });
  await app.register(webhooksRoutes, { webhooks: services.webhooks, apiKeys: services.apiKeys });
  await app.register(fhirRoutes, { fhir: services.fhir });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerApiDocs(app);
  await app.register(openDataRoutes, { cache, baseUrl, assets, exports: services.exports });
  await app.register(productInformationRoutes, { productInformation: services.productInformation, medicines: services.medicines, cache, assets, baseUrl });
  await app.register(exportsRoutes, { exports: services.exports });
  const adminCookies = { secure: !services.config.admin.insecureCookies, maxAgeSeconds: Math.floor(services.config.admin.sessionMaxMs / 1000) };
  await app.register(sessionRoutes, { accounts: services.accounts, assets, cookies: adminCookies });
  await app.register(usersRoutes, { accounts: services.accounts, assets });
  await app.register(auditRoutes, { audit: services.audit, assets });
  await app.register(editorialRoutes, { drafts: services.drafts, medicines: services.medicines, history: services.history, audit: services.audit, assets, baseUrl, maxUploadBytes: services.drafts.maxUploadBytes });
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok', database: services.database.kind }));

  await app.ready();
  return app;
}

function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}
