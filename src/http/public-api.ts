/**
 * What the public read-only API gets on top of its routes: CORS for any origin (it is open
 * data, readable from any web page) with answers to preflight requests, and an ETag with a
 * Cache-Control on every successful answer, so a client polling a record or a list pays a 304
 * when nothing changed.
 *
 * Public means a GET route under `/api/` or `/fhir/` whose schema names no `security`: the
 * routes that need an API key declare it for the OpenAPI description, and those get no CORS
 * headers at all, so a page on another site cannot use a reader's key through their browser.
 */
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { etagMatches, etagOf } from './conditional-get.ts';

/** Records change when EMA publishes and an import runs; a minute's staleness costs nobody, and revalidating after it costs a 304. */
export const API_CACHE_CONTROL = 'public, max-age=60';

const ALLOWED_HEADERS = 'Accept, Accept-Language, If-None-Match, If-Modified-Since';
// Beyond the headers every CORS response exposes, what an API client reads.
const EXPOSED_HEADERS = 'ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset';
const PREFLIGHT_MAX_AGE = String(24 * 3600);

type RouteLike = Pick<RouteOptions, 'url' | 'method' | 'schema'>;

function methodsOf(route: RouteLike): string[] {
  return Array.isArray(route.method) ? route.method : [route.method];
}

/** Whether a route is part of the public read-only API. */
export function isPublicApiRoute(route: RouteLike): boolean {
  if (!route.url.startsWith('/api/') && !route.url.startsWith('/fhir/')) return false;
  if (!methodsOf(route).some((m) => m === 'GET' || m === 'HEAD')) return false;
  const security = (route.schema as { security?: unknown[] } | undefined)?.security;
  return !Array.isArray(security) || security.length === 0;
}

/** Must run before the routes are registered: it learns which are public as they are. */
export function registerPublicApi(app: FastifyInstance): void {
  // Keyed by the route's pattern, which is what a request knows of its route.
  const publicRoutes = new Set<string>();
  const withPreflight = new Set<string>();
  const isPublic = (request: FastifyRequest) =>
    (request.method === 'GET' || request.method === 'HEAD') && request.routeOptions.url !== undefined && publicRoutes.has(request.routeOptions.url);

  app.addHook('onRoute', (route) => {
    if (!isPublicApiRoute(route)) return;
    publicRoutes.add(route.url);
    // Sending If-None-Match makes a browser ask first; each public path answers that itself, so
    // an authenticated path never does.
    if (withPreflight.has(route.url)) return;
    withPreflight.add(route.url);
    app.options(route.url, { schema: { hide: true } }, async (_request, reply) =>
      reply
        .code(204)
        .header('access-control-allow-origin', '*')
        .header('access-control-allow-methods', 'GET, HEAD')
        .header('access-control-allow-headers', ALLOWED_HEADERS)
        .header('access-control-max-age', PREFLIGHT_MAX_AGE)
        .send(),
    );
  });

  // Callback style, not async: every request passes both (pages too), and a promise each is work
  // for nothing on the page cache's hot path.
  app.addHook('onRequest', (request, reply, done) => {
    if (isPublic(request)) {
      reply
        .header('access-control-allow-origin', '*')
        .header('access-control-expose-headers', EXPOSED_HEADERS)
        // Open data may be fetched from any site, not only read through CORS.
        .header('cross-origin-resource-policy', 'cross-origin');
    }
    done();
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode !== 200 || !isPublic(request) || reply.hasHeader('etag')) return done(null, payload);
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    const etag = etagOf(payload);
    reply.header('etag', etag);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', API_CACHE_CONTROL);
    if (!etagMatches(request.headers['if-none-match'], etag)) return done(null, payload);
    reply.code(304).removeHeader('content-type').removeHeader('content-length');
    // An empty string, not null: Fastify's HEAD route reads the payload after this hook.
    done(null, '');
  });
}
