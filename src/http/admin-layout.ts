/**
 * The page shell of the back office: the public site's look (same stylesheet, skip link, header,
 * language switcher) with the back office's own navigation, for the signed-in person's role, and
 * never indexed. Its language comes from `?lang=` (remembered in the site's language cookie), the
 * cookie, or the browser's Accept-Language, since back-office addresses carry no language.
 *
 * Another back-office feature adds its pages to the navigation with one line in ADMIN_NAV.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { mayDo, type AccessAction, type Staff } from '../domain/access-rules.ts';
import { ENDONYMS, LANGUAGES, type LanguageCode } from '../domain/languages.ts';
import { createPageContext, type PageContext } from '../i18n/i18n.ts';
import { adminCatalogue, type AdminMessages } from '../i18n/catalogues/admin/index.ts';
import { editorialCatalogue } from '../i18n/catalogues/editorial/index.ts';
import type { AssetManifest } from './assets.ts';
import { attrs, html, type SafeHtml } from './html.ts';
import { adminLanguageOf, csrfField } from './admin-access.ts';

export interface AdminNavItem {
  href: string;
  /** Shown only to those who may do it. */
  access: AccessAction;
  label: (lang: LanguageCode) => string;
}

/** The back office's navigation, in order; each entry shows for the roles its action allows. */
export const ADMIN_NAV: AdminNavItem[] = [
  { href: '/admin', access: 'session:own', label: (lang) => adminCatalogue.get(lang).nav.home },
  { href: '/admin/users', access: 'users:manage', label: (lang) => adminCatalogue.get(lang).nav.users },
  { href: '/admin/audit', access: 'audit:read', label: (lang) => adminCatalogue.get(lang).nav.audit },
  { href: '/admin/drafts', access: 'draft:read', label: (lang) => editorialCatalogue.get(lang).nav },
];

export interface AdminContext extends PageContext {
  a: AdminMessages;
  staff: Staff | null;
  /** The page's address without `lang`, for the language switcher. */
  here: string;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** The reader's language for a back-office page; `?lang=` is remembered in the site's language cookie. */
export function adminLanguage(request: FastifyRequest, reply: FastifyReply): LanguageCode {
  const lang = adminLanguageOf(request);
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (asked === lang) reply.header('set-cookie', `openepar_lang=${lang}; Path=/; Max-Age=31536000; SameSite=Lax${request.protocol === 'https' ? '; Secure' : ''}`);
  return lang;
}

export function adminContext(request: FastifyRequest, reply: FastifyReply, assets: AssetManifest): AdminContext {
  const lang = adminLanguage(request, reply);
  reply.header('vary', 'Cookie, Accept-Language');
  const url = new URL(request.url, 'http://x');
  url.searchParams.delete('lang');
  const here = `${url.pathname}${url.search}`;
  return { ...createPageContext(lang, here, assets), a: adminCatalogue.get(lang), staff: request.staff, here, request, reply };
}

/** A message at the top of a page: a status (polite) or, for a refusal, an alert. */
export function notice(message: string | null, kind: 'info' | 'error' = 'info'): SafeHtml {
  if (!message) return html``;
  return kind === 'error'
    ? html`<div class="notice notice--error" role="alert"><p>${message}</p></div>`
    : html`<div class="notice" role="status"><p>${message}</p></div>`;
}

export interface AdminPage {
  title: string;
  main: SafeHtml;
}

export function adminLayout(ctx: AdminContext, page: AdminPage): string {
  const { t, a, lang } = ctx;
  return `<!DOCTYPE html>\n${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${page.title} – ${a.backOffice} – ${t.service.name}</title>
<link rel="stylesheet" href="${ctx.assets.url('/assets/site.css')}">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip-link" href="#main-content">${t.common.skipLink}</a>
<header class="site-header">
<div class="container site-header__inner">
<a class="site-header__name" href="/admin">${t.service.name}: ${a.backOffice}</a>
${ctx.staff ? adminNav(ctx, ctx.staff) : ''}
${languageSwitcher(ctx)}
</div>
</header>
<div class="container">
<main id="main-content" class="main admin">
${page.main}
</main>
</div>
</body>
</html>
`}`;
}

function adminNav(ctx: AdminContext, staff: Staff): SafeHtml {
  const { a, lang } = ctx;
  const path = ctx.here.split('?')[0];
  return html`<nav class="site-nav" aria-label="${a.nav.label}">
<ul class="site-nav__list">
${ADMIN_NAV.filter((item) => mayDo(item.access, staff)).map(
  (item) => html`<li><a class="site-nav__link" href="${item.href}"${attrs({ 'aria-current': path === item.href ? 'page' : null })}>${item.label(lang)}</a></li>`,
)}
</ul>
</nav>
<div class="admin-session">
<p class="admin-session__who">${ctx.format.interpolate(a.signedInAs, { name: staff.displayName, role: a.roles[staff.role] })}</p>
<form class="admin-session__form" method="post" action="/admin/logout">${csrfField(ctx.reply)}<button class="button button--secondary" type="submit">${a.nav.signOut}</button></form>
</div>`;
}

function languageSwitcher(ctx: AdminContext): SafeHtml {
  const { t, lang } = ctx;
  const join = ctx.here.includes('?') ? '&' : '?';
  return html`<nav class="language-switcher" aria-label="${t.languageSwitcher.label}">
<details class="language-switcher__details">
<summary class="language-switcher__summary">${ctx.format.interpolate(t.languageSwitcher.summary, { language: ENDONYMS[lang] })}</summary>
<ul class="language-switcher__list">
${LANGUAGES.map((code) => html`<li><a href="${`${ctx.here}${join}lang=${code}`}" hreflang="${code}" lang="${code}"${attrs({ 'aria-current': code === lang ? 'true' : null })}>${ENDONYMS[code]}</a></li>`)}
</ul>
</details>
</nav>`;
}
