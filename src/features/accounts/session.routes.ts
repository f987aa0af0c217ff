/**
 * Signing in and out of the back office, its start page and changing one's password. Thin: the
 * accounts service decides, the templates render; the gate (src/http/admin-access.ts) has
 * checked the CSRF token, the origin and the access rule before any handler here runs.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { clearSessionCookie, originOf, sessionTokenOf, setSessionCookie, type SessionCookieOptions } from '../../http/admin-access.ts';
import { adminContext, adminLayout, type AdminContext } from '../../http/admin-layout.ts';
import type { AssetManifest } from '../../http/assets.ts';
import type { SafeHtml } from '../../http/html.ts';
import { PasswordPolicyError, type AccountsService } from './accounts.service.ts';
import { homePage, loginPage, passwordPage } from './session.template.ts';

export interface SessionRoutesOptions {
  accounts: AccountsService;
  assets: AssetManifest;
  cookies: SessionCookieOptions;
}

type Form = Record<string, string | string[] | undefined>;

/** A form field as one string (a repeated field counts as its first value). */
export function field(body: unknown, name: string): string {
  const value = (body as Form | undefined)?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** Only an address of the back office itself: never another site (`//evil`, `/\\evil`). */
export function safeNext(next: string): string {
  return /^\/admin(?:[/?#]|$)/.test(next) && !/[\\\s]/.test(next) ? next : '/admin';
}

export function sendAdminPage(ctx: AdminContext, reply: FastifyReply, title: string, main: SafeHtml, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(adminLayout(ctx, { title, main }));
}

const DONE = ['signed-out', 'signed-out-everywhere', 'password-changed'] as const;

export async function sessionRoutes(app: FastifyInstance, options: SessionRoutesOptions): Promise<void> {
  const { accounts, assets, cookies } = options;

  app.get('/admin/login', { config: { access: 'session:start' } }, async (request, reply) => {
    const ctx = adminContext(request, reply, assets);
    const query = request.query as Record<string, string | undefined>;
    if (request.staff && !request.staffSession?.mustChangePassword) return reply.code(303).header('location', safeNext(query.next ?? '/admin')).send();
    const done = DONE.find((d) => d === query.done);
    const message = done === 'signed-out' ? ctx.a.login.signedOut : done === 'signed-out-everywhere' ? ctx.a.login.signedOutEverywhere : null;
    return sendAdminPage(ctx, reply, ctx.a.login.title, loginPage(ctx, { email: '', next: safeNext(query.next ?? '/admin'), message, error: null }));
  });

  app.post('/admin/login', { config: { access: 'session:start' } }, async (request, reply) => {
    const ctx = adminContext(request, reply, assets);
    const email = field(request.body, 'email').slice(0, 320);
    const next = safeNext(field(request.body, 'next'));
    const result = await accounts.signIn({ email, password: field(request.body, 'password'), code: field(request.body, 'code') }, originOf(request));
    if (result.outcome === 'signed-in') {
      setSessionCookie(reply, result.token, cookies);
      return reply.code(303).header('location', result.session.mustChangePassword ? '/admin/account/password' : next).send();
    }
    if (result.outcome === 'throttled') {
      reply.header('retry-after', String(result.retryAfterSeconds));
      const error = ctx.format.interpolate(ctx.a.login.throttled, { seconds: result.retryAfterSeconds });
      return sendAdminPage(ctx, reply, ctx.a.login.title, loginPage(ctx, { email, next, message: null, error }), 429);
    }
    return sendAdminPage(ctx, reply, ctx.a.login.title, loginPage(ctx, { email, next, message: null, error: ctx.a.login.refused }), 401);
  });

  app.post('/admin/logout', { config: { access: 'session:own', withTemporaryPassword: true } }, async (request, reply) => {
    await accounts.signOut(sessionTokenOf(request)!, request.staff!, originOf(request));
    clearSessionCookie(reply, cookies);
    return reply.code(303).header('location', '/admin/login?done=signed-out').send();
  });

  app.post('/admin/logout-everywhere', { config: { access: 'session:own', withTemporaryPassword: true } }, async (request, reply) => {
    await accounts.signOutEverywhere(request.staff!, originOf(request));
    clearSessionCookie(reply, cookies);
    return reply.code(303).header('location', '/admin/login?done=signed-out-everywhere').send();
  });

  app.get('/admin', { config: { access: 'session:own' } }, async (request, reply) => {
    const ctx = adminContext(request, reply, assets);
    const done = (request.query as Record<string, string | undefined>).done;
    return sendAdminPage(ctx, reply, ctx.a.home.title, homePage(ctx, done === 'password-changed' ? ctx.a.password.changed : null));
  });

  app.get('/admin/account/password', { config: { access: 'session:own', withTemporaryPassword: true } }, async (request, reply) => {
    const ctx = adminContext(request, reply, assets);
    return sendAdminPage(ctx, reply, ctx.a.password.title, passwordPage(ctx, { mustChange: request.staffSession!.mustChangePassword, message: null, error: null }));
  });

  app.post('/admin/account/password', { config: { access: 'session:own', withTemporaryPassword: true } }, async (request, reply) => {
    const ctx = adminContext(request, reply, assets);
    const next = field(request.body, 'next');
    const render = (error: string, status: number) =>
      sendAdminPage(ctx, reply, ctx.a.password.title, passwordPage(ctx, { mustChange: request.staffSession!.mustChangePassword, message: null, error }), status);
    if (next !== field(request.body, 'repeat')) return render(ctx.a.password.mismatch, 400);
    try {
      const outcome = await accounts.changePassword(request.staff!, field(request.body, 'current'), next, request.staffSession!.sessionId, originOf(request));
      if (outcome === 'wrong-password') return render(ctx.a.password.wrong, 400);
    } catch (error) {
      if (error instanceof PasswordPolicyError) return render(ctx.a.password.problems[error.problem], 400);
      throw error;
    }
    return reply.code(303).header('location', '/admin?done=password-changed').send();
  });
}
