/**
 * The search page: one GET form holding the search box, the sort and the facet checkboxes, so
 * every state has a URL and nothing needs JavaScript; then the results with their snippets and
 * links to the pages before and after.
 */
import { isLanguageCode } from '../../domain/languages.ts';
import type { Category, FlagKey, Status } from '../../domain/medicine.ts';
import { attrs, html, raw, type SafeHtml } from '../../http/html.ts';
import { englishText, statusTag } from '../../http/layout.ts';
import { interpolateHtml, splitMessage, type PageContext } from '../../i18n/i18n.ts';
import { FACET_KEYS, MAX_QUERY_LENGTH, SEARCH_SORTS, emptyFilters, encodeCursor, type FacetKey, type FacetValue, type SearchCursor, type SearchFilters, type SearchPage, type SearchResult, type SearchSort } from '../../domain/search-query.ts';
import { searchCatalogue, type SearchMessages } from '../../i18n/catalogues/search/index.ts';
import { feedLinks } from '../../http/feed-links.ts';
import { searchScript, suggestAttributes } from '../../http/search-suggest.ts';
import { feedsCatalogue } from '../../i18n/catalogues/feeds/index.ts';
import { medicinePath, searchFeedHrefs } from '../../http/paths.ts';
import { searchFeedQuery, searchPath, type SearchState } from '../../http/paths.ts';

export interface SearchPageView {
  state: SearchState;
  /** What the reader typed, shown back in the box even when it could not be searched. */
  typed: string;
  page: SearchPage | null;
  /** A problem with the request, shown above the form (the page is then a 400). */
  error: string | null;
  /** Whether this page was reached through a cursor (so a link to the first page helps). */
  paged: boolean;
  pageSize: number;
}

export function searchPage(ctx: PageContext, view: SearchPageView): SafeHtml {
  const m = searchCatalogue.get(ctx.lang);
  const { page, state } = view;
  return html`<h1 class="heading-xl">${state.text ? ctx.format.interpolate(m.titleWithQuery, { query: state.text }) : m.title}</h1>
${view.error ? errorSummary(m, view.error) : ''}
<form class="search search-page" method="get" action="/${ctx.lang}/search" role="search">
<div class="form-group">
<label class="label label--m" for="search-q">${m.form.label}</label>
<p class="hint" id="search-q-hint">${m.form.hint}</p>
<div class="search__row">
<input class="input search__input" type="search" id="search-q" name="q" value="${view.typed.slice(0, MAX_QUERY_LENGTH)}" maxlength="${MAX_QUERY_LENGTH}" aria-describedby="search-q-hint${view.error ? ' search-error' : ''}" autocomplete="off" spellcheck="false"${suggestAttributes(ctx.lang)}>
<button class="button search__button" type="submit">${m.form.button}</button>
</div>
</div>
<div class="form-group search-page__section">
<label class="label" for="search-section">${m.form.sectionLabel}</label>
<p class="hint" id="search-section-hint">${m.form.sectionHint}</p>
<input class="input search-page__section-input" type="text" id="search-section" name="section" value="${state.section ?? ''}" maxlength="12" aria-describedby="search-section-hint" autocomplete="off">
</div>
${page
  ? html`<div class="search-page__body">
<div class="search-page__filters">
<h2 class="heading-m">${m.facets.heading}</h2>
${facetFields(ctx, m, page, state)}
<div class="filters__actions">
<button class="button" type="submit">${m.form.apply}</button>
${FACET_KEYS.some((k) => state.filters[k].length > 0) ? html`<a class="filters__clear" href="${searchPath(ctx.lang, { ...state, filters: emptyFilters() })}">${m.form.clear}</a>` : ''}
</div>
</div>
<div class="search-page__results">
<h2 class="visually-hidden">${m.results.heading}</h2>
<div class="form-group">
<label class="label" for="search-sort">${m.form.sort}</label>
<select class="select" id="search-sort" name="sort">
${SEARCH_SORTS.filter((s) => s !== 'relevance' || state.text).map((s) => html`<option value="${s}"${attrs({ selected: s === state.sort })}>${s === 'relevance' ? m.sortRelevance : ctx.t.sort[s]}</option>`)}
</select>
<button class="button button--secondary" type="submit">${m.form.sortButton}</button>
</div>
${results(ctx, m, page, view)}
<p class="search-page__feed">${feedLinks(ctx, feedsCatalogue.get(ctx.lang).subscribeSearch, searchFeedHrefs(ctx.lang, searchFeedQuery(ctx.lang, state)))}</p>
</div>
</div>`
  : ''}
</form>
${searchScript(ctx.assets)}`;
}

function errorSummary(m: SearchMessages, message: string): SafeHtml {
  // Focused by the browser's own fragment handling only if linked; the role makes it announced.
  return html`<div class="notice notice--error error-summary" role="alert" id="search-error">
<h2 class="heading-m">${m.error.heading}</h2>
<p>${message}</p>
</div>`;
}

/* ---------- facets ---------- */

function facetFields(ctx: PageContext, m: SearchMessages, page: SearchPage, state: SearchState): SafeHtml {
  const t = ctx.t;
  const label = (key: FacetKey, v: FacetValue): SafeHtml => {
    switch (key) {
      case 'category':
        return html`${t.categories[v.value as Category]}`;
      case 'status':
        return html`${t.statuses[v.value as Status].label}`;
      case 'flag':
        return html`${t.flags[v.value as FlagKey].name}`;
      case 'area':
        return html`<span${englishText(ctx)}>${v.value}</span>`;
      case 'atc':
        return html`<span class="identifier">${v.value}</span>${v.label ? html` <span${englishText(ctx)}>${v.label}</span>` : ''}`;
      default:
        return html`${v.value}`;
    }
  };
  const browseLink = (key: FacetKey): SafeHtml => {
    if (key !== 'area' && key !== 'holder' && key !== 'atc') return html``;
    const target = key === 'area' ? 'areas' : key === 'holder' ? 'holders' : 'atc';
    return html`<p class="facet__more"><a href="/${ctx.lang}/browse/${target}">${m.facets.browseAll[key]}</a></p>`;
  };
  return html`${FACET_KEYS.map((key) => {
    // A value nothing would match is noise, unless it is selected (and so must be unselectable).
    const list = page.facets[key].filter((v) => v.count > 0 || v.selected);
    if (list.length === 0) return '';
    return html`<fieldset class="filters__fieldset facet" id="facet-${key}">
<legend class="heading-s">${m.facets[key]}</legend>
<ul class="list-plain facet__list">
${list.map((v, i) => {
  const id = `facet-${key}-${i}`;
  const indent = key === 'atc' ? ` facet__item--level-${v.level ?? 1}` : '';
  return html`<li class="facet__item${indent}"><input class="facet__checkbox" type="checkbox" id="${id}" name="${key}" value="${v.value}"${attrs({ checked: v.selected })}> <label class="facet__label" for="${id}">${label(key, v)} ${countText(ctx, m, v.count)}</label></li>`;
})}
</ul>
${browseLink(key)}
</fieldset>`;
  })}
${hiddenFilters(state, page)}`;
}

/** Selected values the facet lists do not show (an ATC code deep in the tree) still travel with the form. */
function hiddenFilters(state: SearchState, page: SearchPage): SafeHtml {
  const shown = (key: FacetKey, value: string) => page.facets[key].some((v) => v.value === value && (v.count > 0 || v.selected));
  return html`${FACET_KEYS.flatMap((key) =>
    (state.filters[key] as (string | number)[])
      .map(String)
      .filter((v) => !shown(key, v))
      .map((v) => html`<input type="hidden" name="${key}" value="${v}">`),
  )}`;
}

/** The number is visible; "results" is read by screen readers. */
function countText(ctx: PageContext, m: SearchMessages, count: number): SafeHtml {
  const [before, after] = splitMessage(ctx.format.plural(m.facets.count, count, { count: '{count}' }), 'count');
  return html`<span class="facet__count">${before ? html`<span class="visually-hidden">${before}</span>` : ''}(${ctx.format.number(count)})${after ? html`<span class="visually-hidden">${after}</span>` : ''}</span>`;
}

/* ---------- results ---------- */

function results(ctx: PageContext, m: SearchMessages, page: SearchPage, view: SearchPageView): SafeHtml {
  const { state } = view;
  const didYouMean = page.didYouMean
    ? html`<p class="search-page__did-you-mean body-l">${interpolateHtml(m.results.didYouMean, {
        suggestion: html`<a href="${searchPath(ctx.lang, { ...state, text: page.didYouMean })}"><strong>${page.didYouMean}</strong></a>`,
      })}</p>`
    : '';
  if (page.total === 0) {
    return html`${didYouMean}<p class="body-l">${m.results.none}</p>
<ul class="list-bullet">${m.results.noneHelp.map((h) => html`<li>${h}</li>`)}</ul>`;
  }
  const from = page.offset + 1;
  const to = page.offset + page.results.length;
  const summary =
    page.results.length === 0
      ? m.results.pageOutOfRange
      : page.results.length === page.total
        ? ctx.format.plural(m.results.count, page.total)
        : ctx.format.interpolate(m.results.range, { from, to, count: page.total });
  return html`${didYouMean}<p class="catalogue__summary">${summary}</p>
${page.results.length > 0
  ? html`<ol class="list-plain search-results" start="${from}">
${page.results.map((r) => result(ctx, m, r))}
</ol>`
  : ''}
${pagination(ctx, m, page, view)}`;
}

function result(ctx: PageContext, m: SearchMessages, r: SearchResult): SafeHtml {
  const snippetLang = r.snippetLang && r.snippetLang !== ctx.lang ? r.snippetLang : null;
  // A match in a section of the product information names it and links to it: "Lumykras — 4.8 Undesirable effects".
  const section = r.match?.section ?? null;
  return html`<li class="search-result">
<h3 class="heading-s search-result__name"><a href="${medicinePath(ctx.lang, r)}">${r.name}</a>${section ? html` — <a href="${medicinePath(ctx.lang, r)}/product-information#${section.anchor}"${attrs({ lang: r.match?.lang && r.match.lang !== ctx.lang ? r.match.lang : null })}>${section.label}</a>` : ''}</h3>
<p class="search-result__meta">${statusTag(ctx, r.status)} ${r.inn ? html`<span class="secondary-text">${r.inn}</span>` : ''}${r.category === 'veterinary' ? html` <span class="secondary-text">${ctx.t.categories.veterinary}</span>` : ''}</p>
${r.snippet ? html`<p class="search-result__snippet"${attrs({ lang: snippetLang })}>${raw(r.snippet)}</p>` : ''}
${r.match ? html`<p class="search-result__match secondary-text">${ctx.format.interpolate(m.results.foundIn, { place: matchPlace(ctx, m, r.match) })}</p>` : ''}
</li>`;
}

function matchPlace(ctx: PageContext, m: SearchMessages, match: NonNullable<SearchResult['match']>): string {
  let place: string = m.results.match[match.field];
  if (match.field === 'document') {
    const types = ctx.t.documentTypes as Record<string, string>;
    const document = (match.documentType && types[match.documentType]) || m.results.match.document;
    place = match.page ? ctx.format.interpolate(m.results.documentPage, { document, page: match.page }) : document;
  }
  if ((match.field === 'overview' || match.field === 'document') && match.lang && isLanguageCode(match.lang) && match.lang !== ctx.lang) {
    place = ctx.format.interpolate(m.results.inLanguage, { place, language: ctx.format.languageName(match.lang) });
  }
  return place;
}

function pagination(ctx: PageContext, m: SearchMessages, page: SearchPage, view: SearchPageView): SafeHtml {
  if (!page.next && !page.prev && !view.paged) return html``;
  const pages = Math.max(1, Math.ceil(page.total / view.pageSize));
  const current = Math.min(pages, Math.floor(page.offset / view.pageSize) + 1);
  return html`<nav class="pagination" aria-label="${m.pagination.label}">
<ul class="pagination__list">
${page.prev ? html`<li class="pagination__item pagination__item--prev"><a href="${searchPath(ctx.lang, view.state, page.prev)}" rel="prev">${m.pagination.previous}</a></li>` : ''}
${page.results.length > 0 ? html`<li class="pagination__item pagination__item--current">${ctx.format.interpolate(m.pagination.position, { page: current, pages })}</li>` : ''}
${page.next ? html`<li class="pagination__item pagination__item--next"><a href="${searchPath(ctx.lang, view.state, page.next)}" rel="next">${m.pagination.next}</a></li>` : ''}
${view.paged && (page.offset > view.pageSize || page.results.length === 0) ? html`<li class="pagination__item"><a href="${searchPath(ctx.lang, view.state)}">${m.pagination.first}</a></li>` : ''}
</ul>
</nav>`;
}
