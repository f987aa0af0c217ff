/**
 * The accounts page for administrators (`users:manage`): list, create, disable, a new one-time
 * password, and role changes, which ask for the admin's own password again. A new password is
 * shown once, in the answer to the form (never in an address or a redirect), and the page is
 * `no-store` like every admin page.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import { originOf } from '../../http/admin-access.ts';
import { adminContext, type AdminContext } from '../../http/admin-layout.ts';
import type { AssetManifest } from '../../http/assets.ts';
import type { AccountsService } from './accounts.service.ts';
import { field, sendAdminPage } from './session.routes.ts';
import { usersPage, type UsersView } from './users.template.ts';

export interface UsersRoutesOptions {
  accounts: AccountsService;
  assets: AssetManifest;
}

function accountId(request: FastifyRequest): number {
  const id = (request.params as { id?: string }).id ?? '';
  if (!/^\d{1,12}$/.test(id)) throw new NotFoundError(`there is no account ${id}`);
  return Number(id);
}

export async function usersRoutes(app: FastifyInstance, options: UsersRoutesOptions): Promise<void> {
  const { accounts, assets } = options;
  const render = async (ctx: AdminContext, reply: FastifyReply, view: Omit<UsersView, 'accounts'>, status = 200) =>
    sendAdminPage(ctx, reply, ctx.a.users.title, usersPage(ctx, { ...view, accounts: await accounts.list() }), status);
  // A refusal the admin can act on, in their language; anything else is the error handler's.
  const refusal = (ctx: AdminContext, error: unknown): string | null =>
    error instanceof ConflictError ? (/already/.test(error.message) ? ctx.a.users.exists : ctx.a.users.notYourself)
    : error instanceof ValidationError && /email address/.test(error.message) ? ctx.a.users.invalidEmail
    : null;

  app.get('/admin/users', { config: { access: 'users:manage' } }, async (request, reply) => {
    const ctx = adminContext(request, reply, assets);
    const done = (request.query as Record<string, string | undefined>).done;
    const message = done === 'disabled' ? ctx.a.users.disabledDone : done === 'role' ? ctx.a.users.roleChanged : null;
    return render(ctx, reply, { message, error: null });
  });

  app.post('/admin/users', { config: { access: 'users:manage' } }, async (request, reply) => {
    const ctx = adminContext(request, reply, assets);
    const draft = { email: field(request.body, 'email').trim().slice(0, 320), displayName: field(request.body, 'displayName').slice(0, 200), role: field(request.body, 'role') };
    try {
      const { account, password } = await accounts.create(draft, request.staff, originOf(request));
      return render(ctx, reply, { message: ctx.format.interpolate(ctx.a.users.created, { email: account.email, password }), error: null }, 201);
    } catch (error) {
      const message = refusal(ctx, error);
      if (message === null) throw error;
      return render(ctx, reply, { message: null, error: message, draft }, error instanceof ConflictError ? 409 : 400);
    }
  });

  app.post('/admin/users/:id/disable', { config: { access: 'users:manage' } }, async (request, reply) => {
    const ctx = adminContext(request, reply, assets);
    try {
      await accounts.disable(accountId(request), request.staff, originOf(request));
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return render(ctx, reply, { message: null, error: ctx.a.users.notYourself }, 409);
    }
    return reply.code(303).header('location', '/admin/users?done=disabled').send();
  });

  app.post('/admin/users/:id/reset', { config: { access: 'users:manage' } }, async (request, reply) => {
    const ctx = adminContext(request, reply, assets);
    const { account, password } = await accounts.reset(accountId(request), request.staff, originOf(request));
    return render(ctx, reply, { message: ctx.format.interpolate(ctx.a.users.resetDone, { email: account.email, password }), error: null });
  });

  app.post('/admin/users/:id/role', { config: { access: 'users:manage' } }, async (request, reply) => {
    const ctx = adminContext(request, reply, assets);
    const id = accountId(request);
    // Re-authentication: a session left open on a desk does not hand out roles.
    if (!(await accounts.checkPassword(request.staff!, field(request.body, 'password'), originOf(request)))) {
      return render(ctx, reply, { message: null, error: ctx.a.users.reauthFailed }, 403);
    }
    try {
      await accounts.changeRole(id, field(request.body, 'role'), request.staff, originOf(request));
    } catch (error) {
      const message = refusal(ctx, error);
      if (message === null) throw error;
      return render(ctx, reply, { message: null, error: error instanceof ConflictError ? ctx.a.users.notYourself : message }, error instanceof ConflictError ? 409 : 400);
    }
    return reply.code(303).header('location', '/admin/users?done=role').send();
  });
}
