/**
 * The back office's gate: every route under `/admin` passes one hook, before its handler, that
 *
 * 1. marks the answer `Cache-Control: no-store` and `X-Robots-Tag: noindex` (no proxy, browser
 *    history or search engine keeps an admin page; they never enter the page cache either, since
 *    admin routes do not use `sendPage`);
 * 2. reads the session cookie and sets `request.staff` ({id, email, displayName, role}, or null);
 * 3. refuses a state-changing request (anything but GET/HEAD) sent from another site
 *    (`Sec-Fetch-Site` other than same-origin, or an `Origin` not this site's) or without the
 *    form's CSRF token (@fastify/csrf-protection): 403 with a message saying so;
 * 4. checks the route's access rule (`config: { access: '<action>' }`, the table in
 *    `src/domain/access-rules.ts`): nobody signed in goes to the sign-in page (a GET) or gets 401,
 *    a role without the right gets 403. A route under `/admin` without a known rule is refused to
 *    everyone: a forgotten rule fails closed, and the matrix test names it.
 *
 * How D2 (or anyone) adds a back-office route: see the comment at the top of
 * `src/domain/access-rules.ts`. In short: `app.post('/admin/drafts/:id', { config: { access:
 * 'draft:edit' } }, handler)`, read `request.staff!` in the handler (the hook guarantees it for
 * any rule but 'anyone'), put `csrfField(reply)` in every form, and record the action with
 * `services.audit.record({ staff: request.staff, origin: originOf(request), action, subject, details })`.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyCsrfProtection from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { isAccessAction, mayDo, type AccessAction, type Staff } from '../domain/access-rules.ts';
import { ForbiddenError, UnauthorisedError, UnsupportedMediaTypeError } from '../domain/errors.ts';
import { isLanguageCode, type LanguageCode } from '../domain/languages.ts';
import { adminCatalogue } from '../i18n/catalogues/admin/index.ts';
import { negotiateLanguage } from '../i18n/negotiate.ts';
import { html, type SafeHtml } from './html.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is signed in to the back office; null on public routes and for visitors. */
    staff: Staff | null;
    /** The session behind `staff`: its id and whether its password must be changed first. */
    staffSession: { sessionId: number; mustChangePassword: boolean } | null;
  }
  interface FastifyContextConfig {
    /** The action a back-office route performs; who may is the table in src/domain/access-rules.ts. */
    access?: AccessAction;
    /** Reachable with a one-time password not yet changed (the change form itself, signing out). */
    withTemporaryPassword?: boolean;
  }
}

export const SESSION_COOKIE = 'openepar_session';
export const ADMIN_PREFIX = '/admin';

export interface AdminSessions {
  session(token: string | undefined): Promise<{ staff: Staff; sessionId: number; mustChangePassword: boolean } | null>;
}

export interface AdminAccessOptions {
  sessions: AdminSessions;
  /** Cookies without `Secure`: only for a portal at http://localhost (config ADMIN_INSECURE_COOKIES). */
  insecureCookies: boolean;
  /** The site's public origin; a form's `Origin` must be it or the origin the request was sent to. */
  publicBaseUrl: string;
}

export interface AdminRoute {
  method: string;
  url: string;
  access: unknown;
}

const routesOf = new WeakMap<FastifyInstance, AdminRoute[]>();

export function isAdminPath(path: string | undefined): boolean {
  return path !== undefined && (path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`) || path.startsWith(`${ADMIN_PREFIX}?`));
}

/** Every route under /admin the app registered, with its rule as given (the matrix test reads this). */
export function adminRoutesOf(app: FastifyInstance): readonly AdminRoute[] {
  return routesOf.get(app) ?? [];
}

/** Where a request came from, for the audit trail. */
export function originOf(request: FastifyRequest): { address: string; userAgent: string | null } {
  return { address: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

/** The hidden field every back-office form carries (refused without it). */
export function csrfField(reply: FastifyReply): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${reply.generateCsrf()}">`;
}

export interface SessionCookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
}

/** HttpOnly (no script reads it), SameSite=Lax (not sent with another site's posts), only under /admin. */
export function setSessionCookie(reply: FastifyReply, token: string, options: SessionCookieOptions): void {
  reply.setCookie(SESSION_COOKIE, token, { path: ADMIN_PREFIX, httpOnly: true, sameSite: 'lax', secure: options.secure, maxAge: options.maxAgeSeconds });
}

export function clearSessionCookie(reply: FastifyReply, options: SessionCookieOptions): void {
  reply.clearCookie(SESSION_COOKIE, { path: ADMIN_PREFIX, httpOnly: true, sameSite: 'lax', secure: options.secure });
}

/** The session token the request carries, if any. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LANG_COOKIE = /(?:^|;\s*)openepar_lang=([a-z]{2})(?:;|$)/;

/**
 * The reader's language in the back office, whose addresses carry none: `?lang=`, else the
 * site's language cookie, else the browser's Accept-Language.
 */
export function adminLanguageOf(request: FastifyRequest): LanguageCode {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (typeof asked === 'string' && isLanguageCode(asked)) return asked;
  const chosen = LANG_COOKIE.exec(request.headers.cookie ?? '')?.[1];
  if (chosen && isLanguageCode(chosen)) return chosen;
  return negotiateLanguage(request.headers['accept-language']);
}

/** Registers before any route, so that every /admin route registered after it is gated. */
export async function registerAdminAccess(app: FastifyInstance, options: AdminAccessOptions): Promise<void> {
  const secure = !options.insecureCookies;
  await app.register(fastifyCookie);
  await app.register(fastifyCsrfProtection, {
    sessionPlugin: '@fastify/cookie',
    // Only the back office posts forms; SameSite=Strict keeps the secret off every cross-site request.
    cookieKey: 'openepar_csrf',
    cookieOpts: { path: ADMIN_PREFIX, sameSite: 'strict', httpOnly: true, secure },
    getToken: (request) => (request.body as Record<string, unknown> | undefined)?._csrf as string | undefined,
  });
  app.decorateRequest('staff', null);
  app.decorateRequest('staffSession', null);

  // Forms post application/x-www-form-urlencoded, and only the back office's: elsewhere such a body
  // stays as unsupported as it was.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (request, body, done) => {
    if (!isAdminPath(request.url)) return done(new UnsupportedMediaTypeError('This address does not read form data.'), undefined);
    const fields: Record<string, string | string[]> = {};
    for (const [key, value] of new URLSearchParams(body as string)) {
      const known = fields[key];
      fields[key] = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value];
    }
    done(null, fields);
  });

  const routes: AdminRoute[] = [];
  routesOf.set(app, routes);
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!isAdminPath(route.url)) return;
    // The back office is not part of the public API's description.
    route.schema = { ...route.schema, hide: true };
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access: route.config?.access });
  });

  // Callback style, not async: every public request passes here too, and a promise each would
  // be work for nothing on the page cache's hot path.
  app.addHook('onRequest', (request, reply, done) => {
    if (isAdminPath(request.url)) reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow');
    done();
  });

  // Refusals in the reader's language: the error page shows the message as it is.
  const refusals = (request: FastifyRequest) => adminCatalogue.get(adminLanguageOf(request)).refusals;
  const allowedOrigins = new Set([new URL(options.publicBaseUrl).origin]);
  const deny = (reply: FastifyReply, error: Error) => {
    // Tells a refusal by the access rule from a handler's own 403 (for operators and the matrix test).
    reply.header('x-openepar-access', 'denied');
    throw error;
  };

  // As Fastify runs an async hook (resolved: on to the next; rejected: the error), but a public
  // request, which has no gate to pass, costs no promise.
  app.addHook('preHandler', (request, reply, done) => {
    if (!isAdminPath(request.routeOptions.url)) return done();
    gate(request, reply).then(() => done(), done);
  });

  async function gate(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const session = await options.sessions.session(sessionTokenOf(request));
    request.staff = session?.staff ?? null;
    request.staffSession = session ? { sessionId: session.sessionId, mustChangePassword: session.mustChangePassword } : null;

    if (!SAFE_METHODS.has(request.method)) {
      const site = request.headers['sec-fetch-site'];
      const origin = request.headers.origin;
      const ownOrigin = `${request.protocol}://${request.host}`;
      if ((site !== undefined && site !== 'same-origin') || (origin !== undefined && !allowedOrigins.has(origin) && origin !== ownOrigin)) {
        deny(reply, new ForbiddenError(refusals(request).crossSite));
      }
      await new Promise<void>((resolve, reject) => {
        const send = reply.send.bind(reply);
        // The plugin answers a missing or wrong token itself; as an error of ours it gets a clear message.
        reply.send = ((payload?: unknown) => {
          reply.send = send;
          reject(payload instanceof Error && /csrf/i.test(payload.message) ? new ForbiddenError(refusals(request).csrf) : payload);
          return reply;
        }) as typeof reply.send;
        app.csrfProtection(request, reply, () => {
          reply.send = send;
          resolve();
        });
      }).catch((error: unknown) => deny(reply, error as Error));
    }

    const access = request.routeOptions.config.access;
    if (!isAccessAction(access)) deny(reply, new ForbiddenError(refusals(request).noRule));
    if (mayDo(access, request.staff)) {
      if (request.staffSession?.mustChangePassword && !request.routeOptions.config.withTemporaryPassword) {
        return reply.code(303).header('location', `${ADMIN_PREFIX}/account/password`).send();
      }
      return;
    }
    if (request.staff === null) {
      if (request.method === 'GET') {
        reply.header('x-openepar-access', 'denied');
        return reply.code(303).header('location', `${ADMIN_PREFIX}/login?next=${encodeURIComponent(request.url)}`).send();
      }
      deny(reply, new UnauthorisedError(refusals(request).signIn));
    }
    const text = adminCatalogue.get(adminLanguageOf(request));
    deny(reply, new ForbiddenError(text.refusals.role.replace('{role}', text.roles[request.staff!.role])));
    return undefined;
  }
}
