/**
 * The browse pages: each lists one facet's values over the whole catalogue with how many
 * medicines have each, every value a link to the search showing them.
 */
import { STATUSES, type Status } from '../../domain/medicine.ts';
import { html, type SafeHtml } from '../../http/html.ts';
import { englishText, statusTag } from '../../http/layout.ts';
import { splitMessage, type PageContext } from '../../i18n/i18n.ts';
import { atcLevel, emptyFilters, type FacetKey, type FacetValue } from '../../domain/search-query.ts';
import { searchCatalogue } from '../../i18n/catalogues/search/index.ts';
import { searchPath } from '../../http/paths.ts';

export const BROWSE_PAGES = ['atc', 'areas', 'holders', 'status'] as const;
export type BrowsePage = (typeof BROWSE_PAGES)[number];

function filterHref(ctx: PageContext, key: FacetKey, value: string): string {
  return searchPath(ctx.lang, { text: null, filters: { ...emptyFilters(), [key]: [value] }, sort: 'name' });
}

/** "(12)", with "12 medicines" for screen readers. */
function count(ctx: PageContext, n: number): SafeHtml {
  const [before, after] = splitMessage(ctx.format.plural(searchCatalogue.get(ctx.lang).browse.count, n, { count: '{count}' }), 'count');
  return html`<span class="browse__count secondary-text">${before ? html`<span class="visually-hidden">${before}</span>` : ''}(${ctx.format.number(n)})${after ? html`<span class="visually-hidden">${after}</span>` : ''}</span>`;
}

export function browseIndexPage(ctx: PageContext, total: number): SafeHtml {
  const b = searchCatalogue.get(ctx.lang).browse;
  const pages: [BrowsePage, { title: string; description: string }][] = [
    ['atc', b.byAtc],
    ['areas', b.byArea],
    ['holders', b.byHolder],
    ['status', b.byStatus],
  ];
  return html`<h1 class="heading-xl">${b.title}</h1>
<p class="body-l">${b.description} ${count(ctx, total)}</p>
<ul class="list-plain link-list--spaced browse-index">
${pages.map(([page, text]) => html`<li><h2 class="heading-m"><a href="/${ctx.lang}/browse/${page}">${text.title}</a></h2><p>${text.description}</p></li>`)}
</ul>`;
}

function atcEntry(ctx: PageContext, v: FacetValue): SafeHtml {
  const b = searchCatalogue.get(ctx.lang).browse;
  return html`<a href="${filterHref(ctx, 'atc', v.value)}"><span class="identifier">${v.value}</span> ${v.label ? html`<span${englishText(ctx)}>${v.label}</span>` : html`<span class="secondary-text">${b.noLabel}</span>`}</a> ${count(ctx, v.count)}`;
}

/** First and second levels; each second-level code links to its own page with the levels below. */
export function browseAtcPage(ctx: PageContext, values: FacetValue[]): SafeHtml {
  const b = searchCatalogue.get(ctx.lang).browse;
  const top = values.filter((v) => atcLevel(v.value) === 1);
  return html`<h1 class="heading-xl">${b.byAtc.title}</h1>
<p class="body-l">${b.byAtc.description}</p>
<ul class="list-plain browse-tree">
${top.map(
  (group) => html`<li class="browse-tree__item">${atcEntry(ctx, group)}
<ul class="browse-tree__children">
${values
  .filter((v) => atcLevel(v.value) === 3 && v.value.startsWith(group.value))
  .map((v) => {
    const deeper = values.some((d) => d.value.length > v.value.length && d.value.startsWith(v.value));
    return html`<li class="browse-tree__item">${atcEntry(ctx, v)}${deeper ? html` <a class="browse-tree__more" href="/${ctx.lang}/browse/atc/${v.value}">${ctx.format.interpolate(b.byAtc.more, { code: v.value })}</a>` : ''}</li>`;
  })}
</ul>
</li>`,
)}
</ul>`;
}

/** One code and every code under it, as a nested list. */
export function browseAtcCodePage(ctx: PageContext, code: FacetValue, values: FacetValue[]): SafeHtml {
  const b = searchCatalogue.get(ctx.lang).browse;
  const below = values.filter((v) => v.value.length > code.value.length && v.value.startsWith(code.value));
  const children = (parent: string): FacetValue[] => {
    const candidates = below.filter((v) => v.value.length > parent.length && v.value.startsWith(parent));
    const depth = Math.min(...candidates.map((v) => v.value.length));
    return candidates.filter((v) => v.value.length === depth);
  };
  const tree = (parent: string): SafeHtml => {
    const list = children(parent);
    if (list.length === 0) return html``;
    return html`<ul class="list-plain browse-tree__children">
${list.map((v) => html`<li class="browse-tree__item">${atcEntry(ctx, v)}${tree(v.value)}</li>`)}
</ul>`;
  };
  return html`<h1 class="heading-xl">${ctx.format.interpolate(b.atcCode, { code: code.value })}</h1>
<p class="body-l">${atcEntry(ctx, code)}</p>
${tree(code.value)}`;
}

/** Areas or companies, alphabetically, under a letter index. */
export function browseListPage(ctx: PageContext, page: 'areas' | 'holders', values: FacetValue[]): SafeHtml {
  const b = searchCatalogue.get(ctx.lang).browse;
  const text = page === 'areas' ? b.byArea : b.byHolder;
  const key: FacetKey = page === 'areas' ? 'area' : 'holder';
  const letterOf = (v: string) => {
    const first = v.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
    return /[A-Z]/.test(first) ? first : '#';
  };
  const sorted = [...values].sort((a, b) => a.value.localeCompare(b.value, 'en', { sensitivity: 'base' }));
  const groups = Map.groupBy(sorted, (v) => letterOf(v.value));
  const letters = [...groups.keys()].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)));
  const anchor = (l: string) => `letter-${l === '#' ? 'other' : l.toLowerCase()}`;
  return html`<h1 class="heading-xl">${text.title}</h1>
<p class="body-l">${text.description}</p>
<nav class="browse-letters" aria-label="${b.lettersLabel}">
<ul class="pagination__list">${letters.map((l) => html`<li class="pagination__item"><a href="#${anchor(l)}">${l}</a></li>`)}</ul>
</nav>
${letters.map(
  (l) => html`<h2 class="heading-m" id="${anchor(l)}">${l}</h2>
<ul class="list-plain browse-list">
${groups.get(l)!.map((v) => html`<li><a href="${filterHref(ctx, key, v.value)}"${page === 'areas' ? englishText(ctx) : ''}>${v.value}</a> ${count(ctx, v.count)}</li>`)}
</ul>`,
)}`;
}

export function browseStatusPage(ctx: PageContext, values: FacetValue[]): SafeHtml {
  const b = searchCatalogue.get(ctx.lang).browse;
  const counts = new Map(values.map((v) => [v.value, v.count]));
  const present = STATUSES.filter((s) => (counts.get(s) ?? 0) > 0);
  return html`<h1 class="heading-xl">${b.byStatus.title}</h1>
<p class="body-l">${b.byStatus.description}</p>
<ul class="list-plain browse-list link-list--spaced">
${present.map(
  (s: Status) => html`<li>${statusTag(ctx, s)} <a href="${filterHref(ctx, 'status', s)}">${ctx.t.statuses[s].label}</a> ${count(ctx, counts.get(s)!)}
<p class="secondary-text">${ctx.t.statuses[s].description}</p></li>`,
)}
</ul>`;
}
