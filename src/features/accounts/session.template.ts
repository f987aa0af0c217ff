/** The sign-in page, the back office's start page and the password change form. */
import { mayDo } from '../../domain/access-rules.ts';
import { csrfField } from '../../http/admin-access.ts';
import { ADMIN_NAV, notice, type AdminContext } from '../../http/admin-layout.ts';
import { html, type SafeHtml } from '../../http/html.ts';
import { PASSWORD_MIN_LENGTH } from './password-policy.ts';

export function loginPage(ctx: AdminContext, view: { email: string; next: string; message: string | null; error: string | null }): SafeHtml {
  const { a } = ctx;
  return html`<h1 class="heading-xl">${a.login.title}</h1>
${notice(view.message)}${notice(view.error, 'error')}
<p>${a.login.lede}</p>
<form class="admin-form" method="post" action="/admin/login" novalidate>
${csrfField(ctx.reply)}
<input type="hidden" name="next" value="${view.next}">
<div class="form-group">
<label class="label" for="login-email">${a.login.email}</label>
<input class="input admin-form__input" type="email" id="login-email" name="email" value="${view.email}" autocomplete="username" spellcheck="false" required>
</div>
<div class="form-group">
<label class="label" for="login-password">${a.login.password}</label>
<input class="input admin-form__input" type="password" id="login-password" name="password" autocomplete="current-password" required>
</div>
<div class="form-group">
<label class="label" for="login-code">${a.login.code}</label>
<p class="hint" id="login-code-hint">${a.login.codeHint}</p>
<input class="input admin-form__code" type="text" id="login-code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxlength="8" aria-describedby="login-code-hint">
</div>
<button class="button" type="submit">${a.login.submit}</button>
</form>`;
}

export function homePage(ctx: AdminContext, message: string | null): SafeHtml {
  const { a, lang } = ctx;
  const staff = ctx.staff!;
  return html`<h1 class="heading-xl">${a.home.title}</h1>
${notice(message)}
<p>${a.home.lede}</p>
<ul class="link-list">
${ADMIN_NAV.filter((item) => item.href !== '/admin' && mayDo(item.access, staff)).map((item) => html`<li><a href="${item.href}">${item.label(lang)}</a></li>`)}
<li><a href="/admin/account/password">${a.nav.password}</a></li>
</ul>
<form method="post" action="/admin/logout-everywhere">${csrfField(ctx.reply)}<button class="button button--secondary" type="submit">${a.nav.signOutEverywhere}</button></form>`;
}

export function passwordPage(ctx: AdminContext, view: { mustChange: boolean; message: string | null; error: string | null }): SafeHtml {
  const { a, format } = ctx;
  return html`<h1 class="heading-xl">${a.password.title}</h1>
${notice(view.message)}${notice(view.error, 'error')}
${view.mustChange ? html`<p>${a.password.mustChange}</p>` : ''}
<form class="admin-form" method="post" action="/admin/account/password" novalidate>
${csrfField(ctx.reply)}
<div class="form-group">
<label class="label" for="password-current">${a.password.current}</label>
<input class="input admin-form__input" type="password" id="password-current" name="current" autocomplete="current-password" required>
</div>
<div class="form-group">
<label class="label" for="password-next">${a.password.next}</label>
<p class="hint" id="password-next-hint">${format.interpolate(a.password.nextHint, { min: PASSWORD_MIN_LENGTH })}</p>
<input class="input admin-form__input" type="password" id="password-next" name="next" autocomplete="new-password" minlength="${PASSWORD_MIN_LENGTH}" aria-describedby="password-next-hint" required>
</div>
<div class="form-group">
<label class="label" for="password-repeat">${a.password.repeat}</label>
<input class="input admin-form__input" type="password" id="password-repeat" name="repeat" autocomplete="new-password" required>
</div>
<button class="button" type="submit">${a.password.submit}</button>
</form>`;
}
