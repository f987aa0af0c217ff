/**
 * What a search box needs for autocomplete (public/search.js): where to ask and how to name each
 * kind of suggestion in the page's language. Every search box uses it, so the home page's and
 * the search page's behave the same.
 */
import { searchCatalogue } from '../i18n/catalogues/search/index.ts';
import type { LanguageCode } from '../domain/languages.ts';
import type { AssetManifest } from './assets.ts';
import { attrs, html, type SafeHtml } from './html.ts';

export const SEARCH_SCRIPT = '/assets/search.js';

export function suggestAttributes(lang: LanguageCode): SafeHtml {
  const m = searchCatalogue.get(lang).suggest;
  return attrs({
    'data-suggest': `/api/v1/suggest?lang=${lang}`,
    'data-label-medicine': m.medicine,
    'data-label-substance': m.substance,
    'data-label-area': m.area,
  });
}

/** The script at its content-hashed address from the page's manifest. */
export const searchScript = (assets: AssetManifest): SafeHtml => html`<script src="${assets.url(SEARCH_SCRIPT)}" defer></script>`;
