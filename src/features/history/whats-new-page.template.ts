/**
 * What's new: recent changes across the catalogue, newest first, filtered through one GET form
 * (kind of change, and the medicine's status, area, company and type), with cursor paging.
 * Each entry says what changed in a line per kind and links to the revision's own page.
 */
import { CHANGE_KINDS, type ChangeKind } from '../../domain/change-kinds.ts';
import { CATEGORIES, STATUSES, type Category, type Status } from '../../domain/medicine.ts';
import { attrs, html, type SafeHtml } from '../../http/html.ts';
import type { PageContext } from '../../i18n/i18n.ts';
import { historyCatalogue, type HistoryMessages } from '../../i18n/catalogues/history/index.ts';
import { sourceText } from './history-page.template.ts';
import { summariseRevision, type RevisionEntry } from './history.service.ts';
import { feedLinks } from '../../http/feed-links.ts';
import { feedsCatalogue } from '../../i18n/catalogues/feeds/index.ts';
import { medicinePath, revisionPath, whatsNewFeedHrefs } from '../../http/paths.ts';
import { whatsNewPath, whatsNewQuery, type WhatsNewFilters } from '../../http/paths.ts';

export interface WhatsNewView {
  filters: WhatsNewFilters;
  entries: RevisionEntry[];
  next: string | null;
  /** Whether this page was reached through a cursor (so a link back to the newest helps). */
  paged: boolean;
  options: { areas: string[]; holders: string[] };
}

export function whatsNewPage(ctx: PageContext, view: WhatsNewView): SafeHtml {
  const h = historyCatalogue.get(ctx.lang);
  const w = h.whatsNew;
  return html`<h1 class="heading-xl">${w.title}</h1>
<p class="body-l">${w.lede}</p>
${filterForm(ctx, h, view)}
<h2 class="heading-l">${w.resultsHeading}</h2>
<p>${feedLinks(ctx, feedsCatalogue.get(ctx.lang).subscribeChanges, whatsNewFeedHrefs(ctx.lang, whatsNewQuery(view.filters)))}</p>
${view.entries.length === 0
  ? html`<p>${w.empty}</p>`
  : html`<ol class="list-plain change-feed">
${view.entries.map((e) => entry(ctx, h, e))}
</ol>`}
${pagination(ctx, h, view)}`;
}

function filterForm(ctx: PageContext, h: HistoryMessages, view: WhatsNewView): SafeHtml {
  const { t } = ctx;
  const w = h.whatsNew;
  const f = view.filters;
  const active = Object.values(f).some((v) => v !== null);
  const option = (value: string, label: string, selected: boolean, lang?: 'en') =>
    html`<option value="${value}"${attrs({ selected, lang: lang && ctx.lang !== 'en' ? 'en' : null })}>${label}</option>`;
  const select = (name: keyof WhatsNewFilters, label: string, options: SafeHtml[]) => html`<div class="form-group">
<label class="label" for="whats-new-${name}">${label}</label>
<select class="select" id="whats-new-${name}" name="${name}">
${option('', w.any, f[name] === null)}
${options}
</select>
</div>`;
  return html`<form class="filters" method="get" action="/${ctx.lang}/whats-new">
<fieldset class="filters__fieldset">
<legend class="heading-s">${w.filtersHeading}</legend>
<div class="filters__fields">
${select('kind', w.kind, CHANGE_KINDS.map((k) => option(k, h.kinds[k], f.kind === k)))}
${select('status', w.status, STATUSES.map((s) => option(s, t.statuses[s].label, f.status === s)))}
${select('category', t.catalogue.filters.category, CATEGORIES.map((c) => option(c, t.categories[c], f.category === c)))}
${select('area', w.area, view.options.areas.map((a) => option(a, a, f.area === a, 'en')))}
${select('holder', w.holder, view.options.holders.map((x) => option(x, x, f.holder === x)))}
<div class="filters__actions">
<button class="button" type="submit">${w.apply}</button>
${active ? html`<a class="filters__clear" href="/${ctx.lang}/whats-new">${w.clear}</a>` : ''}
</div>
</div>
</fieldset>
</form>`;
}

function entry(ctx: PageContext, h: HistoryMessages, e: RevisionEntry): SafeHtml {
  const asOf = e.asOf.toISOString();
  const lines = summariseRevision(e, ctx.lang);
  return html`<li class="change-feed__item">
<h3 class="heading-s change-feed__name"><a href="${medicinePath(ctx.lang, e.medicine)}">${e.medicine.name}</a></h3>
<p class="secondary-text change-feed__meta"><span class="visually-hidden">${h.whatsNew.date} </span><time datetime="${asOf}">${ctx.format.date(asOf)}</time><span class="separator"> · </span>${sourceText(ctx, h, e)}</p>
<ul class="tag-list revision__kinds" aria-label="${h.history.kindsLabel}">${e.kinds.map((k) => html`<li><span class="tag tag--${k === 'created' ? 'green' : k === 'status' ? 'blue' : 'grey'}">${h.kinds[k]}</span></li>`)}</ul>
<ul class="list-bullet change-feed__summary">${lines.map((l) => html`<li>${l}</li>`)}</ul>
<p><a href="${revisionPath(ctx.lang, e.medicine, e.number)}">${ctx.format.interpolate(h.whatsNew.seeChangeOf, { name: e.medicine.name })}</a></p>
</li>`;
}

function pagination(ctx: PageContext, h: HistoryMessages, view: WhatsNewView): SafeHtml {
  if (!view.next && !view.paged) return html``;
  const w = h.whatsNew;
  return html`<nav class="pagination" aria-label="${w.paginationLabel}">
<ul class="pagination__list">
${view.paged ? html`<li class="pagination__item pagination__item--prev"><a href="${whatsNewPath(ctx.lang, view.filters)}">${w.newer}</a></li>` : ''}
${view.next ? html`<li class="pagination__item pagination__item--next"><a href="${whatsNewPath(ctx.lang, view.filters, view.next)}" rel="next">${w.older}</a></li>` : ''}
</ul>
</nav>`;
}
