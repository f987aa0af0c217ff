/**
 * Security headers on every answer (pages, API, files, errors), set by helmet. The pages load
 * nothing from other origins and carry no inline script, style or event handler (their CSS and
 * JS are files under /assets/), so the Content-Security-Policy allows only this origin, and an
 * injected `<script>` or `style=` would not run.
 *
 * helmet is used directly, built once, rather than through @fastify/helmet: that plugin builds a
 * new helmet (parsing the policy again) on every request: 18–32 µs a request where the headers
 * themselves take 4–9 µs and a whole cached page about 150 µs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

export interface SecurityHeaderOptions {
  /** Strict-Transport-Security max-age in seconds; 0 sends none (a site served over plain HTTP). */
  hstsMaxAge: number;
}

/** The policy's directives, by name; the header joins them. */
export function contentSecurityPolicy(options: SecurityHeaderOptions): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    // The favicon is an empty `data:` URL, which spares browsers a request for /favicon.ico.
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Over HTTPS, a stray http:// link to this site's own assets would be mixed content.
    ...(options.hstsMaxAge > 0 ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

function helmetOptions(options: SecurityHeaderOptions) {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(options) },
    // frame-ancestors for browsers that know CSP, X-Frame-Options for those that do not.
    xFrameOptions: { action: 'deny' },
    // Other sites learn that a reader came from OpenEPAR, never which medicine or search.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: options.hstsMaxAge > 0 ? { maxAge: options.hstsMaxAge, includeSubDomains: false } : false,
  } as const satisfies HelmetOptions;
}

type SetHeaders = (response: ServerResponse) => void;

/**
 * helmet's headers, worked out once. With this policy every one is the same on every answer (no
 * nonce, no directive computed per request), yet helmet builds the policy's text again for each
 * request; replaying what it did once sets the same headers for a fraction of the work.
 */
function securityHeaders(options: SecurityHeaderOptions): SetHeaders {
  const set: [string, string | number | readonly string[]][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => void set.push([name, value]),
    removeHeader: (name: string) => void removed.push(name),
  };
  helmet(helmetOptions(options))({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return (response) => {
    for (const name of removed) response.removeHeader(name);
    for (const [name, value] of set) response.setHeader(name, value);
  };
}

/** Registers before the routes, so every route (and the 404 and error answers) gets the headers. */
export function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  const setHeaders = securityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    setHeaders(reply.raw);
    done();
  });
}

type FrameworkErrors = NonNullable<FastifyServerOptions['frameworkErrors']>;

/**
 * Fastify answers an unreadable address (a bad %-escape, an over-long segment) before any hook
 * runs, so those error pages get the same headers here.
 */
export function withSecurityHeaders(handler: FrameworkErrors, options: SecurityHeaderOptions): FrameworkErrors {
  const setHeaders = securityHeaders(options);
  return (error, request, reply) => {
    setHeaders(reply.raw);
    handler(error, request, reply);
  };
}
