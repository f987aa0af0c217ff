/**
 * The page shell every HTML page shares (head, skip link, header, language switcher, footer) and
 * the few components more than one page uses (status tags, dates). Pages render their `<main>`
 * content with `html` and hand it here; nothing in this file reads request state beyond the context.
 */
import { ENDONYMS, LANGUAGES, type LanguageCode } from '../domain/languages.ts';
import type { IsoDate, Status } from '../domain/medicine.ts';
import { localeOf, type PageContext } from '../i18n/i18n.ts';
import { openDataCatalogue } from '../i18n/catalogues/open-data/index.ts';
import { attrs, html, raw, type SafeHtml } from './html.ts';
import { escapeJsonMarkup } from './input-safety.ts';
import { fontUrl } from './assets.ts';

/**
 * The font subset of a language's own script, preloaded with the stylesheet so that the body
 * text's font is there by first paint (it is `font-display: optional`: a late font is not swapped
 * in, so nothing shifts). Every other language is written in Latin.
 */
const SCRIPT_SUBSET: Partial<Record<LanguageCode, 'greek' | 'cyrillic'>> = { el: 'greek', bg: 'cyrillic' };

export interface Breadcrumb {
  label: string;
  /** Omitted for the current page, which is the last crumb. */
  href?: string;
}

export interface LayoutPage {
  title: string;
  description?: string;
  main: SafeHtml;
  breadcrumbs?: Breadcrumb[];
  /** `<link rel="alternate" hreflang>` for every language; on by default, off for pages that exist in one form only (errors). */
  alternates?: boolean;
  /** Feeds of the page (`<link rel="alternate" type="application/rss+xml">`), for readers that discover them. */
  feeds?: readonly FeedLink[];
  /** A "Back to top" link after the content, for pages long enough to need one (medicine, history, lists). */
  backToTop?: boolean;
  /** schema.org objects about the page (a `Drug`, a `MedicalWebPage`); the breadcrumbs' `BreadcrumbList` is added here. */
  structuredData?: readonly Record<string, unknown>[];
  /** Open Graph's type: `article` for a medicine's record, `website` otherwise. */
  ogType?: 'website' | 'article';
}

export interface FeedLink {
  title: string;
  href: string;
  type: 'application/rss+xml' | 'application/atom+xml';
}

/** The path of the current page in another language: `/<code><path>`. */
export function localisedPath(lang: LanguageCode, path: string): string {
  if (path === '' || path === '/') return `/${lang}`;
  return `/${lang}${path.startsWith('/') || path.startsWith('?') ? '' : '/'}${path}`;
}

export function layout(ctx: PageContext, page: LayoutPage): string {
  const { t, lang } = ctx;
  const title = page.title === t.service.name ? page.title : `${page.title} – ${t.service.name}`;
  const alternates = page.alternates ?? true;

  return `<!DOCTYPE html>\n${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${openWebTags(ctx, page, title, alternates)}
<link rel="stylesheet" href="${ctx.assets.url('/assets/site.css')}">
<link rel="preload" href="${ctx.assets.url(fontUrl(SCRIPT_SUBSET[lang] ?? 'latin', 400))}" as="font" type="font/woff2" crossorigin>
<link rel="icon" href="data:,">
${alternates ? alternateLinks(ctx) : ''}
${(page.feeds ?? []).map((f) => html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${f.href}">\n`)}<script src="${ctx.assets.url('/assets/site.js')}" defer></script>
</head>
<body>
<a class="skip-link" href="#main-content">${t.common.skipLink}</a>
${header(ctx)}
<div class="container">
${page.breadcrumbs && page.breadcrumbs.length > 0 ? breadcrumbs(ctx, page.breadcrumbs) : ''}
<main id="main-content" class="main">
${page.main}
</main>
${page.backToTop ? html`<p class="back-to-top"><a class="back-to-top__link" href="#top">${t.common.backToTop}</a></p>` : ''}
</div>
${footer(ctx)}
</body>
</html>
`}`;
}

/**
 * What search engines and link previews read: the description (the site's tagline when a page
 * has none of its own), and where the page has an address of its own (not an error), its
 * canonical URL, Open Graph tags and structured data. Every URL is absolute, as hreflang,
 * canonical and og:url must be; without a configured origin (template tests) they are left out.
 */
function openWebTags(ctx: PageContext, page: LayoutPage, title: string, alternates: boolean): SafeHtml {
  const description = page.description ?? ctx.t.service.tagline;
  const tags = html`<meta name="description" content="${description}">\n`;
  if (!ctx.baseUrl || !alternates) return tags;
  const url = absoluteUrl(ctx, localisedPath(ctx.lang, ctx.path));
  const data = [...(page.structuredData ?? []), ...(page.breadcrumbs && page.breadcrumbs.length > 0 ? [breadcrumbList(ctx, page.breadcrumbs)] : [])];
  return html`${tags}<link rel="canonical" href="${url}">
<meta property="og:type" content="${page.ogType ?? 'website'}">
<meta property="og:site_name" content="${ctx.t.service.name}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${url}">
<meta property="og:locale" content="${localeOf(ctx.lang).replace('-', '_')}">
${data.map((item) => html`<script type="application/ld+json">${jsonLd(item)}</script>\n`)}`;
}

/** An absolute URL for a path of this site. */
export function absoluteUrl(ctx: Pick<PageContext, 'baseUrl'>, path: string): string {
  return `${ctx.baseUrl}${path}`;
}

/**
 * JSON-LD inside `<script>`: a `<` in a name could otherwise close the element (`</script>`), so
 * every `<` and `>` becomes its \u escape, the same string to a JSON reader. Marked safe, since the
 * escaping that HTML text needs would corrupt the JSON.
 */
export function jsonLd(value: Record<string, unknown>): SafeHtml {
  return html`${raw(escapeJsonMarkup(JSON.stringify({ '@context': 'https://schema.org', ...value })))}`;
}

function breadcrumbList(ctx: PageContext, items: readonly Breadcrumb[]): Record<string, unknown> {
  const current = localisedPath(ctx.lang, ctx.path);
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.label, item: absoluteUrl(ctx, item.href ?? current) })),
  };
}

function alternateLinks(ctx: PageContext): SafeHtml {
  // Absolute, as hreflang requires; without an origin (template tests) relative ones would be invalid, so none.
  if (!ctx.baseUrl) return html``;
  return html`${LANGUAGES.map((code) => html`<link rel="alternate" hreflang="${code}" href="${absoluteUrl(ctx, localisedPath(code, ctx.path))}">\n`)}<link rel="alternate" hreflang="x-default" href="${absoluteUrl(ctx, localisedPath('en', ctx.path))}">`;
}

/** Navigation entries: each is one line here and one message under `nav`. */
const NAV_ITEMS = [
  { key: 'medicines', path: '/medicines' },
  { key: 'search', path: '/search' },
  { key: 'whatsNew', path: '/whats-new' },
] as const;

function header(ctx: PageContext): SafeHtml {
  const { t, lang } = ctx;
  // The target of every page's "Back to top" link: a link, not a script, so it works everywhere.
  return html`<header class="site-header" id="top">
<div class="container site-header__inner">
<a class="site-header__name" href="/${lang}">${t.service.name}</a>
<nav class="site-nav" aria-label="${t.nav.label}">
<ul class="site-nav__list">
${NAV_ITEMS.map((item) => {
  const href = `/${lang}${item.path}`;
  const active = ctx.path === item.path || ctx.path.startsWith(`${item.path}/`) || ctx.path.startsWith(`${item.path}?`);
  return html`<li><a class="site-nav__link" href="${href}"${attrs({ 'aria-current': active ? 'page' : null })}>${t.nav[item.key]}</a></li>`;
})}
</ul>
</nav>
${languageSwitcher(ctx)}
</div>
</header>`;
}

/**
 * A `<details>` keeps 26 languages out of the way until asked for, and needs no script. Each link
 * names its language in that language, so it carries `lang` (for pronunciation) and `hreflang`.
 */
function languageSwitcher(ctx: PageContext): SafeHtml {
  const { t, lang } = ctx;
  return html`<nav class="language-switcher" aria-label="${t.languageSwitcher.label}">
<details class="language-switcher__details">
<summary class="language-switcher__summary">${ctx.format.interpolate(t.languageSwitcher.summary, { language: ENDONYMS[lang] })}</summary>
<ul class="language-switcher__list">
${LANGUAGES.map(
  (code) =>
    html`<li><a href="${localisedPath(code, ctx.path)}" hreflang="${code}" lang="${code}"${attrs({ 'aria-current': code === lang ? 'true' : null })}>${ENDONYMS[code]}</a></li>`,
)}
</ul>
</details>
</nav>`;
}

function breadcrumbs(ctx: PageContext, items: Breadcrumb[]): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="${ctx.t.nav.breadcrumb}">
<ol class="breadcrumbs__list">
${items.map((item) =>
  item.href
    ? html`<li class="breadcrumbs__item"><a href="${item.href}">${item.label}</a></li>`
    : html`<li class="breadcrumbs__item" aria-current="page">${item.label}</li>`,
)}
</ol>
</nav>`;
}

function footer(ctx: PageContext): SafeHtml {
  const { t } = ctx;
  return html`<footer class="site-footer">
<div class="container">
<h2 class="visually-hidden">${t.footer.heading}</h2>
<div class="site-footer__section">
<h3 class="site-footer__heading">${t.footer.openData}</h3>
<ul class="site-footer__links">
<li><a href="/${ctx.lang}/open-data">${openDataCatalogue.get(ctx.lang).footerLink}</a></li>
<li><a href="/api/docs" hreflang="en">${openDataCatalogue.get(ctx.lang).apiReference}</a></li>
<li><a href="/api/v1/medicines">${t.footer.api}</a></li>
<li><a href="/api/openapi.json">${t.footer.openApi}</a></li>
</ul>
</div>
<p class="site-footer__source">${t.footer.source}. <a href="https://www.ema.europa.eu/" hreflang="en">${t.footer.emaWebsite}</a></p>
<p class="site-footer__meta">${t.footer.openSource}</p>
</div>
</footer>`;
}

/* ---------- shared components ---------- */

/** Status colours group EMA's eleven statuses by what they mean for a reader; the text always says which. */
const STATUS_TONE: Readonly<Record<Status, 'green' | 'blue' | 'red' | 'grey' | 'orange'>> = {
  authorised: 'green',
  'under-evaluation': 'blue',
  opinion: 'blue',
  'opinion-under-re-examination': 'blue',
  refused: 'red',
  revoked: 'red',
  suspended: 'orange',
  'application-withdrawn': 'grey',
  'withdrawn-from-rolling-review': 'grey',
  withdrawn: 'grey',
  lapsed: 'grey',
  expired: 'grey',
};

export function statusTag(ctx: PageContext, status: Status): SafeHtml {
  return html`<strong class="tag tag--${STATUS_TONE[status]}">${ctx.t.statuses[status].label}</strong>`;
}

/** `<time datetime="2022-01-06">6 January 2022</time>`; nothing for a missing date. */
export function timeTag(ctx: PageContext, iso: IsoDate | null): SafeHtml {
  if (!iso) return html``;
  return html`<time datetime="${iso}">${ctx.format.date(iso)}</time>`;
}

/** The `lang` attribute for text that is in English whatever the page language (EMA's regulatory text). */
export function englishText(ctx: PageContext): SafeHtml {
  return attrs({ lang: ctx.lang === 'en' ? null : 'en' });
}
