/**
 * A medicine's history: its revisions newest first, each with its date, its source and what
 * changed; the page of one revision (the permalink feeds point at); and any two revisions
 * compared. The comparison form is a plain GET form, so it works without JavaScript.
 */
import type { Change } from '../../domain/medicine-diff.ts';
import { STATUSES, type Status } from '../../domain/medicine.ts';
import { isEditorialReference } from '../../domain/editorial-source.ts';
import { attrs, html, type SafeHtml } from '../../http/html.ts';
import { englishText } from '../../http/layout.ts';
import { interpolateHtml, type PageContext } from '../../i18n/i18n.ts';
import { changesHtml, hasTextDiff } from './change-diff.template.ts';
import { fieldLabel } from './field-labels.ts';
import { historyCatalogue, type HistoryMessages } from '../../i18n/catalogues/history/index.ts';
import { feedLinks } from '../../http/feed-links.ts';
import { feedsCatalogue } from '../../i18n/catalogues/feeds/index.ts';
import type { Comparison, RevisionDetail, RevisionEntry } from './history.service.ts';
import { medicineFeedHrefs, medicinePath } from '../../http/paths.ts';
import { comparePath, historyPath, revisionPath } from '../../http/paths.ts';

type MedicineRef = RevisionEntry['medicine'];

/** "EMA data table of 14 March 2026", "OpenEPAR editor". */
export function sourceText(ctx: PageContext, h: HistoryMessages, entry: Pick<RevisionEntry, 'source' | 'asOf'>): string {
  // A published edit names its editors, its publisher and any reason (a correction, an override).
  if (entry.source.kind === 'editor' && isEditorialReference(entry.source.reference)) return `${h.sourcesUndated.editor}: ${entry.source.reference}`;
  const dated = entry.source.kind !== 'editor' && entry.source.kind !== 'sample';
  return dated ? ctx.format.interpolate(h.sources[entry.source.kind], { date: ctx.format.date(entry.asOf.toISOString()) }) : h.sourcesUndated[entry.source.kind];
}

export interface HistoryView {
  medicine: MedicineRef;
  revisions: RevisionEntry[];
  total: number;
  /** The `before` of this page (null on the first), and of the next. */
  before: number | null;
  olderBefore: number | null;
  heads: { number: number; asOf: Date }[];
  pageSize: number;
}

export function historyPage(ctx: PageContext, view: HistoryView): SafeHtml {
  const h = historyCatalogue.get(ctx.lang);
  const m = view.medicine;
  const first = view.revisions[0]?.number ?? 0;
  const last = view.revisions.at(-1)?.number ?? 0;
  const anyText = view.revisions.some((r) => !r.kinds.includes('created') && hasTextDiff(r.changes));
  return html`<h1 class="heading-xl">${ctx.format.interpolate(h.history.title, { name: m.name })}</h1>
<p class="body-l">${h.history.lede}</p>
<p><a href="${medicinePath(ctx.lang, m)}">${ctx.format.interpolate(h.history.backToMedicine, { name: m.name })}</a></p>
<p>${feedLinks(ctx, feedsCatalogue.get(ctx.lang).subscribeChanges, medicineFeedHrefs(ctx.lang, m))}</p>
${view.heads.length >= 2 ? compareForm(ctx, h, m, view.heads, view.heads[1]!.number, view.heads[0]!.number) : ''}
<h2 class="heading-l">${h.history.timelineHeading}</h2>
${view.revisions.length > 0
  ? html`<p class="secondary-text">${ctx.format.interpolate(h.history.range, { from: view.total - first + 1, to: view.total - last + 1, count: view.total })}</p>`
  : ''}
${anyText ? html`<p class="hint">${h.diff.legend}</p>` : ''}
<ol class="list-plain timeline">
${view.revisions.map((r) => html`<li class="timeline__item">${revisionBlock(ctx, h, r, { heading: 3, permalink: true })}</li>`)}
</ol>
${historyPagination(ctx, h, view)}`;
}

function historyPagination(ctx: PageContext, h: HistoryMessages, view: HistoryView): SafeHtml {
  if (view.before === null && view.olderBefore === null) return html``;
  const base = historyPath(ctx.lang, view.medicine);
  // "Newer" goes back one page: the page whose `before` is this page's first number + page size.
  const first = view.revisions[0]?.number ?? 0;
  const pageSize = view.pageSize;
  const newerBefore = view.before === null ? null : first + pageSize + 1 > view.total ? null : first + pageSize + 1;
  return html`<nav class="pagination" aria-label="${h.history.paginationLabel}">
<ul class="pagination__list">
${view.before !== null ? html`<li class="pagination__item pagination__item--prev"><a href="${newerBefore === null ? base : `${base}?before=${newerBefore}`}" rel="prev">${h.history.newer}</a></li>` : ''}
${view.olderBefore !== null ? html`<li class="pagination__item pagination__item--next"><a href="${base}?before=${view.olderBefore}" rel="next">${h.history.older}</a></li>` : ''}
</ul>
</nav>`;
}

interface BlockOptions {
  heading: 2 | 3;
  permalink: boolean;
}

/** One revision: heading, when, from where, kinds, and its changes (or its first facts). */
function revisionBlock(ctx: PageContext, h: HistoryMessages, r: RevisionEntry, options: BlockOptions): SafeHtml {
  const title = ctx.format.interpolate(h.history.revision, { number: r.number });
  const asOf = r.asOf.toISOString();
  const recorded = r.recordedAt.toISOString();
  const heading = options.heading === 2 ? html`<h2 class="heading-m">${title}</h2>` : html`<h3 class="heading-m">${title}</h3>`;
  const created = r.kinds.includes('created');
  return html`<article class="revision" id="revision-${r.number}">
${heading}
<p class="revision__meta">${interpolateHtml(h.history.asOf, { date: timeOf(ctx, asOf) })}${asOf.slice(0, 10) !== recorded.slice(0, 10)
  ? html`<span class="separator"> · </span>${interpolateHtml(h.history.recordedOn, { date: timeOf(ctx, recorded) })}`
  : ''}<br>${ctx.format.interpolate(h.history.source, { source: sourceText(ctx, h, r) })}</p>
${r.kinds.length > 0
  ? html`<ul class="tag-list revision__kinds" aria-label="${h.history.kindsLabel}">${r.kinds.map((k) => html`<li><span class="tag tag--${k === 'created' ? 'green' : k === 'status' ? 'blue' : 'grey'}">${h.kinds[k]}</span></li>`)}</ul>`
  : ''}
${created ? firstFacts(ctx, h, r) : changesHtml(ctx, r.changes, { headingLevel: options.heading === 2 ? 3 : 4 })}
${options.permalink || (!created && r.number > 1)
  ? html`<p class="revision__links">${options.permalink ? html`<a href="${revisionPath(ctx.lang, r.medicine, r.number)}">${ctx.format.interpolate(h.history.permalink, { number: r.number })}</a>` : ''}${options.permalink && r.number > 1 ? html`<span class="separator"> · </span>` : ''}${r.number > 1 ? html`<a href="${comparePath(ctx.lang, r.medicine, r.number - 1, r.number)}">${h.history.compareWithPrevious}</a>` : ''}</p>`
  : ''}
</article>`;
}

function timeOf(ctx: PageContext, iso: string): SafeHtml {
  return html`<time datetime="${iso}">${ctx.format.date(iso)}</time>`;
}

/** A first revision lists the key facts it recorded rather than every field it filled in. */
function firstFacts(ctx: PageContext, h: HistoryMessages, r: RevisionEntry): SafeHtml {
  const to = (field: string) => r.changes.find((c) => c.field === field)?.to ?? null;
  const status = to('status');
  const rows: [string, SafeHtml][] = [];
  const add = (label: string, value: SafeHtml | null) => {
    if (value !== null) rows.push([label, value]);
  };
  const text = (v: unknown, english = false) =>
    v === null || v === '' || (Array.isArray(v) && v.length === 0) ? null : html`<span${english ? englishText(ctx) : attrs({})}>${Array.isArray(v) ? v.join(ctx.t.common.listSeparator) : String(v)}</span>`;
  add(fieldLabel(ctx.t, h, 'name'), text(to('name')));
  add(fieldLabel(ctx.t, h, 'status'), typeof status === 'string' && (STATUSES as readonly string[]).includes(status) ? html`${ctx.t.statuses[status as Status].label}` : null);
  add(fieldLabel(ctx.t, h, 'productNumber'), text(to('productNumber')));
  add(fieldLabel(ctx.t, h, 'activeSubstance'), text(to('activeSubstance')));
  add(fieldLabel(ctx.t, h, 'holderName'), text(to('marketingAuthorisationHolder.name')) ?? null);
  add(fieldLabel(ctx.t, h, 'applicant'), text(to('applicant')));
  add(fieldLabel(ctx.t, h, 'therapeuticAreas'), text(to('therapeuticAreas'), true));
  const issued = to('dates.marketingAuthorisationIssued');
  if (typeof issued === 'string') add(ctx.t.dates.marketingAuthorisationIssued, html`<time datetime="${issued}">${ctx.format.date(issued)}</time>`);
  return html`<p>${ctx.format.interpolate(h.history.firstRecordedFacts, { name: r.medicine.name })}</p>
<dl class="summary-list">
${rows.map(([k, v]) => html`<div class="summary-list__row"><dt class="summary-list__key">${k}</dt><dd class="summary-list__value">${v}</dd></div>`)}
</dl>`;
}

function compareForm(ctx: PageContext, h: HistoryMessages, m: MedicineRef, heads: { number: number; asOf: Date }[], from: number, to: number): SafeHtml {
  const option = (r: { number: number; asOf: Date }, selected: number) =>
    html`<option value="${r.number}"${attrs({ selected: r.number === selected })}>${ctx.format.interpolate(h.compare.option, { number: r.number, date: ctx.format.date(r.asOf.toISOString()) })}</option>`;
  return html`<form class="filters" method="get" action="${historyPath(ctx.lang, m)}/compare">
<fieldset class="filters__fieldset">
<legend class="heading-s">${h.compare.heading}</legend>
<div class="filters__fields">
<div class="form-group">
<label class="label" for="compare-from">${h.compare.from}</label>
<select class="select" id="compare-from" name="from">${heads.map((r) => option(r, from))}</select>
</div>
<div class="form-group">
<label class="label" for="compare-to">${h.compare.to}</label>
<select class="select" id="compare-to" name="to">${heads.map((r) => option(r, to))}</select>
</div>
<div class="filters__actions">
<button class="button" type="submit">${h.compare.button}</button>
</div>
</div>
</fieldset>
</form>`;
}

export function revisionPage(ctx: PageContext, detail: RevisionDetail): SafeHtml {
  const h = historyCatalogue.get(ctx.lang);
  const m = detail.medicine;
  const r = detail.entry;
  return html`<h1 class="heading-xl">${ctx.format.interpolate(h.revisionPage.title, { number: r.number, name: m.name })}</h1>
${!r.kinds.includes('created') && hasTextDiff(r.changes) ? html`<p class="hint">${h.diff.legend}</p>` : ''}
${revisionBlock(ctx, h, r, { heading: 2, permalink: false })}
<nav class="pagination" aria-label="${h.history.paginationLabel}">
<ul class="pagination__list">
${detail.previous !== null ? html`<li class="pagination__item pagination__item--prev"><a href="${revisionPath(ctx.lang, m, detail.previous)}" rel="prev">${h.revisionPage.previous}</a></li>` : ''}
<li class="pagination__item"><a href="${historyPath(ctx.lang, m)}#revision-${r.number}">${ctx.format.interpolate(h.revisionPage.allRevisions, { name: m.name })}</a></li>
${detail.next !== null ? html`<li class="pagination__item pagination__item--next"><a href="${revisionPath(ctx.lang, m, detail.next)}" rel="next">${h.revisionPage.next}</a></li>` : ''}
</ul>
</nav>`;
}

export function comparePage(ctx: PageContext, c: Comparison, heads: { number: number; asOf: Date }[]): SafeHtml {
  const h = historyCatalogue.get(ctx.lang);
  const m = c.medicine;
  const changes: Change[] = c.changes;
  const title = ctx.format.interpolate(h.compare.title, { name: m.name, from: c.from.number, to: c.to.number });
  const side = (label: string, r: RevisionEntry) =>
    html`<div class="summary-list__row"><dt class="summary-list__key">${label}</dt><dd class="summary-list__value"><a href="${revisionPath(ctx.lang, m, r.number)}">${ctx.format.interpolate(h.history.revision, { number: r.number })}</a>: <time datetime="${r.asOf.toISOString()}">${ctx.format.date(r.asOf.toISOString())}</time>, ${sourceText(ctx, h, r)}</dd></div>`;
  return html`<h1 class="heading-xl">${title}</h1>
${c.swapped ? html`<p class="notice">${h.compare.swapped}</p>` : ''}
<dl class="summary-list">
${side(h.compare.from, c.from)}
${side(h.compare.to, c.to)}
</dl>
${compareForm(ctx, h, m, heads, c.from.number, c.to.number)}
<h2 class="heading-l">${changes.length === 0 ? h.compare.same : ctx.format.plural(h.compare.count, changes.length)}</h2>
${changes.length > 0 && hasTextDiff(changes) ? html`<p class="hint">${h.diff.legend}</p>` : ''}
${changes.length > 0 ? changesHtml(ctx, changes, { headingLevel: 3 }) : ''}
<p><a href="${historyPath(ctx.lang, m)}">${ctx.format.interpolate(h.revisionPage.allRevisions, { name: m.name })}</a></p>`;
}
