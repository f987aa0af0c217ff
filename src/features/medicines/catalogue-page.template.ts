/**
 * The catalogue of medicines: a filter form, a sortable table and pagination, all plain links and
 * GET forms so that every state has a URL and nothing needs JavaScript.
 */
import {
  CATALOGUE_SORTS,
  CATEGORIES,
  STATUSES,
  type CatalogueSort,
  type Category,
  type MedicineSummary,
  type Status,
} from '../../domain/medicine.ts';
import { attrs, html, type SafeHtml } from '../../http/html.ts';
import { englishText, statusTag, timeTag } from '../../http/layout.ts';
import { splitMessage, type PageContext } from '../../i18n/i18n.ts';
import { cataloguePath, medicinePath } from '../../http/paths.ts';

export interface CatalogueFilters {
  status: Status | null;
  category: Category | null;
}

export interface CatalogueView {
  items: MedicineSummary[];
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  sort: CatalogueSort;
  filters: CatalogueFilters;
}

interface CatalogueQuery extends CatalogueFilters {
  sort: CatalogueSort;
  page: number | null;
}

export function cataloguePage(ctx: PageContext, view: CatalogueView): SafeHtml {
  const { t } = ctx;
  const pages = Math.max(1, Math.ceil(view.total / Math.max(1, view.pageSize)));
  const from = (view.page - 1) * view.pageSize + 1;
  const to = from + view.items.length - 1;

  let summary: string;
  if (view.total === 0) summary = t.catalogue.empty;
  else if (view.items.length === 0) summary = t.catalogue.pageOutOfRange;
  else summary = ctx.format.plural(t.catalogue.showing, view.total, { from: ctx.format.number(from), to: ctx.format.number(to) });

  return html`<h1 class="heading-xl">${t.catalogue.title}</h1>
<p class="body-l">${t.catalogue.description}</p>
${filterForm(ctx, view)}
<p class="catalogue__summary">${summary}</p>
${view.items.length > 0 ? table(ctx, view) : ''}
${pages > 1 ? pagination(ctx, view, pages) : ''}`;
}

function filterForm(ctx: PageContext, view: CatalogueView): SafeHtml {
  const { t } = ctx;
  const f = t.catalogue.filters;
  const active = view.filters.status !== null || view.filters.category !== null;
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}"${attrs({ selected })}>${label}</option>`;

  return html`<form class="filters" method="get" action="/${ctx.lang}/medicines">
<fieldset class="filters__fieldset">
<legend class="heading-s">${f.heading}</legend>
<div class="filters__fields">
<div class="form-group">
<label class="label" for="filter-status">${f.status}</label>
<select class="select" id="filter-status" name="status">
${option('', f.anyStatus, view.filters.status === null)}
${STATUSES.map((s) => option(s, t.statuses[s].label, view.filters.status === s))}
</select>
</div>
<div class="form-group">
<label class="label" for="filter-category">${f.category}</label>
<select class="select" id="filter-category" name="category">
${option('', f.anyCategory, view.filters.category === null)}
${CATEGORIES.map((c) => option(c, t.categories[c], view.filters.category === c))}
</select>
</div>
<div class="form-group">
<label class="label" for="filter-sort">${f.sort}</label>
<select class="select" id="filter-sort" name="sort">
${CATALOGUE_SORTS.map((s) => option(s, t.sort[s], view.sort === s))}
</select>
</div>
<div class="filters__actions">
<button class="button" type="submit">${f.submit}</button>
${active ? html`<a class="filters__clear" href="${cataloguePath(ctx.lang, { status: null, category: null, sort: view.sort, page: null })}">${f.clear}</a>` : ''}
</div>
</div>
</fieldset>
</form>`;
}

/** A sortable column: the first click sorts names A–Z and dates newest first, as readers expect. */
type SortColumn = 'name' | 'authorised' | 'updated';
const FIRST_SORT: Readonly<Record<SortColumn, CatalogueSort>> = { name: 'name', authorised: '-authorised', updated: '-updated' };

function sortHeader(ctx: PageContext, view: CatalogueView, column: SortColumn, label: string): SafeHtml {
  const { t } = ctx;
  const ascending = view.sort === column;
  const descending = view.sort === `-${column}`;
  const next: CatalogueSort = ascending ? (`-${column}` as CatalogueSort) : descending ? column : FIRST_SORT[column];
  const href = cataloguePath(ctx.lang, { ...view.filters, sort: next, page: null });
  const state = ascending ? t.catalogue.sortedAscending : descending ? t.catalogue.sortedDescending : null;
  // The arrow is decoration; `aria-sort` and the hidden text carry the state.
  return html`<th scope="col" class="table__header table__header--sortable"${attrs({ 'aria-sort': ascending ? 'ascending' : descending ? 'descending' : null })}>
<a class="sort-link" href="${href}">${label}${state ? html`<span class="visually-hidden">, ${state}</span>` : ''}<span class="sort-link__arrow" aria-hidden="true">${ascending ? '▲' : descending ? '▼' : '↕'}</span></a>
</th>`;
}

function table(ctx: PageContext, view: CatalogueView): SafeHtml {
  const { t } = ctx;
  const c = t.catalogue.columns;
  const sortLabel = t.sort[view.sort];
  // A keyboard-focusable, labelled region lets narrow screens scroll the table sideways.
  return html`<div class="table-wrapper" role="region" aria-labelledby="catalogue-caption" tabindex="0">
<table class="table catalogue-table">
<caption class="table__caption" id="catalogue-caption">${t.catalogue.tableCaption}<span class="table__caption-detail">${ctx.format.interpolate(t.common.labelled, { label: t.catalogue.filters.sort, value: sortLabel })}</span></caption>
<thead>
<tr>
${sortHeader(ctx, view, 'name', c.name)}
<th scope="col" class="table__header">${c.inn}</th>
<th scope="col" class="table__header">${c.status}</th>
<th scope="col" class="table__header">${c.therapeuticAreas}</th>
${sortHeader(ctx, view, 'authorised', c.authorised)}
${sortHeader(ctx, view, 'updated', c.updated)}
</tr>
</thead>
<tbody>
${view.items.map(
  (m) => html`<tr>
<th scope="row" class="table__cell table__cell--name"><a href="${medicinePath(ctx.lang, m)}">${m.name}</a></th>
<td class="table__cell">${m.inn ?? ''}</td>
<td class="table__cell">${statusTag(ctx, m.status)}</td>
<td class="table__cell"${englishText(ctx)}>${m.therapeuticAreas.length > 1
    ? html`<ul class="list-plain">${m.therapeuticAreas.map((a) => html`<li>${a}</li>`)}</ul>`
    : (m.therapeuticAreas[0] ?? '')}</td>
<td class="table__cell table__cell--date">${timeTag(ctx, m.marketingAuthorisationIssued)}</td>
<td class="table__cell table__cell--date">${timeTag(ctx, m.pageLastUpdated)}</td>
</tr>`,
)}
</tbody>
</table>
</div>`;
}

/** Page numbers shown: the first, the last, and two either side of the current one. */
function pageWindow(current: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev > 1) out.push(null);
    out.push(p);
  });
  return out;
}

function pagination(ctx: PageContext, view: CatalogueView, pages: number): SafeHtml {
  const { t } = ctx;
  const href = (page: number) => cataloguePath(ctx.lang, { ...view.filters, sort: view.sort, page });
  // Only the number is visible; "Page" is read by screen readers, and `aria-current` says which is current.
  const pageLink = (page: number) => {
    const [before, after] = splitMessage(t.pagination.page, 'page');
    return html`<a href="${href(page)}"${attrs({ 'aria-current': page === view.page ? 'page' : null })}>${before ? html`<span class="visually-hidden">${before}</span>` : ''}${ctx.format.number(page)}${after ? html`<span class="visually-hidden">${after}</span>` : ''}</a>`;
  };
  return html`<nav class="pagination" aria-label="${t.pagination.label}">
<ul class="pagination__list">
${view.page > 1 ? html`<li class="pagination__item pagination__item--prev"><a href="${href(Math.min(view.page - 1, pages))}" rel="prev">${t.pagination.previous}</a></li>` : ''}
${pageWindow(view.page, pages).map((p) =>
  p === null
    ? html`<li class="pagination__item pagination__item--ellipsis">…</li>`
    : html`<li class="pagination__item${p === view.page ? ' pagination__item--current' : ''}">${pageLink(p)}</li>`,
)}
${view.page < pages ? html`<li class="pagination__item pagination__item--next"><a href="${href(view.page + 1)}" rel="next">${t.pagination.next}</a></li>` : ''}
</ul>
</nav>`;
}
