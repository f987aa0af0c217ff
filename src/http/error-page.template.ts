/**
 * The main content of an error page. The caller chooses the wording (usually from `t.errors`) and
 * wraps the result in `layout`, with `alternates: false` since an error has no language versions.
 * A missing page (404) is no dead end: it offers a search box already holding the words of the
 * address that was not found, and the places a reader most likely wanted.
 */
import { openDataCatalogue } from '../i18n/catalogues/open-data/index.ts';
import type { PageContext } from '../i18n/i18n.ts';
import { html, type SafeHtml } from './html.ts';

export interface ErrorPageView {
  status: number;
  title: string;
  message: string;
  /** For a 404: the words of the missing address, searched for in the suggestions (empty: none). */
  searchWords?: string;
}

export function errorPage(ctx: PageContext, error: ErrorPageView): SafeHtml {
  const { t, lang } = ctx;
  const m = openDataCatalogue.get(lang).notFound;
  const words = error.searchWords ?? '';
  const notFound = error.status === 404;
  return html`<div class="error-page">
<p class="caption">${ctx.format.interpolate(t.errors.status, { status: String(error.status) })}</p>
<h1 class="heading-xl">${error.title}</h1>
<p class="body-l">${error.message}</p>
${notFound
  ? html`<form class="search" method="get" action="/${lang}/search" role="search">
<div class="form-group">
<label class="label label--m" for="not-found-search">${m.searchLabel}</label>
<div class="search__row">
<input class="input search__input" type="search" id="not-found-search" name="q" value="${words}" autocomplete="off" spellcheck="false">
<button class="button search__button" type="submit">${m.searchButton}</button>
</div>
</div>
</form>
<h2 class="heading-m">${m.suggestions}</h2>`
  : ''}
<ul class="link-list">
${notFound && words ? html`<li><a href="/${lang}/search?${new URLSearchParams({ q: words }).toString()}">${ctx.format.interpolate(m.searchFor, { words })}</a></li>` : ''}
<li><a href="/${lang}">${t.errors.home}</a></li>
<li><a href="/${lang}/medicines">${t.errors.browse}</a></li>
${notFound ? html`<li><a href="/api/docs" hreflang="en">${m.apiReference}</a></li>` : ''}
</ul>
</div>`;
}

// Words of our own addresses and of EMA's, which say nothing about what the reader looked for.
const ADDRESS_WORDS = new Set(['medicines', 'medicine', 'human', 'veterinary', 'epar', 'overview', 'history', 'search', 'documents', 'document', 'www', 'html', 'htm', 'php', 'aspx', 'pdf', 'index', 'en', 'api', 'v1']);

/**
 * The words of a missing address worth searching for: the `q` of its query if it has one, else
 * the words of its path less the language prefix and the words every address has
 * (`/en/medicines/human/EPAR/lumykras-tablets` → `lumykras tablets`). At most six words.
 */
export function searchWordsOf(url: string): string {
  const [path = '', query = ''] = url.split('?', 2);
  const q = new URLSearchParams(query).get('q')?.trim();
  if (q) return q.slice(0, 200);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  const segments = decoded.split('/').filter(Boolean);
  if (segments[0] && /^[a-z]{2}$/i.test(segments[0])) segments.shift();
  return segments
    .join(' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !ADDRESS_WORDS.has(w.toLowerCase()))
    .slice(0, 6)
    .join(' ');
}
