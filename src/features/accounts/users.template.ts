/**
 * The accounts page: every account with its role and state, a form per action (disable, a new
 * one-time password, a role change that asks for the admin's own password again) and a form to
 * create one. One block per account rather than a table, so it reads on a phone.
 */
import { STAFF_ROLES, type StaffRole } from '../../domain/access-rules.ts';
import { csrfField } from '../../http/admin-access.ts';
import { notice, type AdminContext } from '../../http/admin-layout.ts';
import { attrs, html, type SafeHtml } from '../../http/html.ts';
import type { StaffAccount } from './accounts.service.ts';

export interface UsersView {
  accounts: StaffAccount[];
  message: string | null;
  error: string | null;
  /** What the create form showed when it was refused. */
  draft?: { email: string; displayName: string; role: string };
}

function roleOptions(ctx: AdminContext, selected: string): SafeHtml[] {
  return STAFF_ROLES.map((role) => html`<option value="${role}"${attrs({ selected: role === selected })}>${ctx.a.roles[role]}</option>`);
}

export function usersPage(ctx: AdminContext, view: UsersView): SafeHtml {
  const { a } = ctx;
  const u = a.users;
  const draft = view.draft ?? { email: '', displayName: '', role: 'editor' };
  return html`<h1 class="heading-xl">${u.title}</h1>
${notice(view.message)}${notice(view.error, 'error')}
<p>${u.lede}</p>
<ul class="admin-accounts">
${view.accounts.map((account) => accountBlock(ctx, account))}
</ul>
<h2 class="heading-l" id="create-account">${u.createHeading}</h2>
<form class="admin-form" method="post" action="/admin/users" aria-labelledby="create-account" novalidate>
${csrfField(ctx.reply)}
<div class="form-group">
<label class="label" for="new-email">${u.email}</label>
<input class="input admin-form__input" type="email" id="new-email" name="email" value="${draft.email}" autocomplete="off" spellcheck="false" required>
</div>
<div class="form-group">
<label class="label" for="new-name">${u.name}</label>
<input class="input admin-form__input" type="text" id="new-name" name="displayName" value="${draft.displayName}" autocomplete="off" maxlength="200">
</div>
<div class="form-group">
<label class="label" for="new-role">${u.role}</label>
<select class="select" id="new-role" name="role">${roleOptions(ctx, draft.role)}</select>
</div>
<button class="button" type="submit">${u.create}</button>
</form>`;
}

function accountBlock(ctx: AdminContext, account: StaffAccount): SafeHtml {
  const { a } = ctx;
  const u = a.users;
  const self = ctx.staff?.id === account.id;
  const id = `account-${account.id}`;
  return html`<li class="admin-account">
<h2 class="heading-m admin-account__email" id="${id}">${account.email}${self ? html` <span class="admin-account__you">(${u.you})</span>` : ''}</h2>
<dl class="admin-account__facts">
<div><dt>${u.name}</dt><dd>${account.displayName}</dd></div>
<div><dt>${u.role}</dt><dd>${a.roles[account.role]}</dd></div>
<div><dt>${u.status}</dt><dd>${account.disabledAt ? u.disabled : account.mustChangePassword ? html`${u.active}; ${u.mustChange}` : u.active}</dd></div>
<div><dt>${u.secondFactor}</dt><dd>${account.totp ? u.yes : u.no}</dd></div>
</dl>
${self
  ? ''
  : html`<div class="admin-account__actions">
${account.disabledAt
  ? ''
  : html`<form method="post" action="/admin/users/${account.id}/disable">${csrfField(ctx.reply)}<button class="button button--secondary" type="submit" aria-describedby="${id}">${u.disable}</button></form>`}
<form method="post" action="/admin/users/${account.id}/reset">${csrfField(ctx.reply)}<button class="button button--secondary" type="submit" aria-describedby="${id}">${u.reset}</button></form>
${roleForm(ctx, account, id)}
</div>`}
</li>`;
}

function roleForm(ctx: AdminContext, account: StaffAccount, labelId: string): SafeHtml {
  const u = ctx.a.users;
  const field = (name: string) => `${name}-${account.id}`;
  return html`<details class="admin-account__role">
<summary>${u.changeRole}</summary>
<form class="admin-form" method="post" action="/admin/users/${account.id}/role" aria-labelledby="${labelId}">
${csrfField(ctx.reply)}
<div class="form-group">
<label class="label" for="${field('role')}">${u.newRole}</label>
<select class="select" id="${field('role')}" name="role">${roleOptions(ctx, account.role satisfies StaffRole)}</select>
</div>
<div class="form-group">
<label class="label" for="${field('reauth')}">${u.yourPassword}</label>
<p class="hint" id="${field('reauth-hint')}">${u.reauthHint}</p>
<input class="input admin-form__input" type="password" id="${field('reauth')}" name="password" autocomplete="current-password" aria-describedby="${field('reauth-hint')}" required>
</div>
<button class="button" type="submit">${u.changeRole}</button>
</form>
</details>`;
}
