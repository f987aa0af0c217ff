/**
 * The landing page: what OpenEPAR is and for whom, a way in (search, browse, status counts),
 * what changed recently, and where the open data is.
 */
import { STATUSES, type MedicineSummary, type Status } from '../../domain/medicine.ts';
import { html, type SafeHtml } from '../../http/html.ts';
import { statusTag, timeTag } from '../../http/layout.ts';
import { interpolateHtml, splitMessage, type PageContext } from '../../i18n/i18n.ts';
import { cataloguePath, medicinePath } from '../../http/paths.ts';
import { searchScript, suggestAttributes } from '../../http/search-suggest.ts';

export interface HomeView {
  total: number;
  /** Every medicine came from the sample catalogue: say so, and how to import the rest. */
  sampleOnly: boolean;
  byStatus: Partial<Record<Status, number>>;
  recentlyUpdated: MedicineSummary[];
}

/** Only the number is visible (the row says the status); screen readers hear "613 medicines: Authorised". */
function countLink(ctx: PageContext, status: Status, count: number): SafeHtml {
  const sentence = ctx.format.plural(ctx.t.home.byStatus.link, count, { status: ctx.t.statuses[status].label, count: '{count}' });
  const [before, after] = splitMessage(sentence, 'count');
  return html`${before ? html`<span class="visually-hidden">${before}</span>` : ''}${ctx.format.number(count)}${after ? html`<span class="visually-hidden">${after}</span>` : ''}`;
}

/** The command that imports the whole corpus (package.json, scripts/import-corpus.sh). */
const IMPORT_COMMAND = 'npm run import:corpus';

export function homePage(ctx: PageContext, view: HomeView): SafeHtml {
  const { t, lang } = ctx;
  const h = t.home;
  const counts = STATUSES.map((s) => ({ status: s, count: view.byStatus[s] ?? 0 })).filter((c) => c.count > 0);

  return html`<div class="home">
<h1 class="heading-xl">${h.title}</h1>
${view.sampleOnly
  ? html`<p class="body-l home__sample">${interpolateHtml(h.sample, { count: ctx.format.number(view.total), command: html`<code>${IMPORT_COMMAND}</code>` })}</p>`
  : html`<p class="body-l">${h.lede}</p>`}

<form class="search" method="get" action="/${lang}/search" role="search">
<div class="form-group">
<label class="label label--m" for="home-search">${h.search.label}</label>
<p class="hint" id="home-search-hint">${h.search.hint}</p>
<div class="search__row">
<input class="input search__input" type="search" id="home-search" name="q" aria-describedby="home-search-hint" autocomplete="off" spellcheck="false"${suggestAttributes(lang)}>
<button class="button search__button" type="submit">${h.search.button}</button>
</div>
</div>
</form>
${searchScript(ctx.assets)}
<p class="body-l"><a class="link-strong" href="/${lang}/medicines">${ctx.format.plural(h.browseAll, view.total)}</a></p>

<h2 class="heading-l">${h.audiences.heading}</h2>
<ul class="audiences">
${(['patients', 'prescribers', 'researchers'] as const).map(
  (k) => html`<li class="audiences__item">
<h3 class="heading-s">${h.audiences[k].title}</h3>
<p>${h.audiences[k].text}</p>
</li>`,
)}
</ul>

${counts.length > 0
  ? html`<h2 class="heading-l">${h.byStatus.heading}</h2>
<table class="table status-counts">
<caption class="visually-hidden">${h.byStatus.caption}</caption>
<thead><tr><th scope="col" class="table__header">${h.byStatus.status}</th><th scope="col" class="table__header table__header--numeric">${h.byStatus.count}</th></tr></thead>
<tbody>
${counts.map(
  (c) => html`<tr><th scope="row" class="table__cell">${statusTag(ctx, c.status)}</th><td class="table__cell table__cell--numeric"><a href="${cataloguePath(ctx.lang, { status: c.status, category: null, sort: 'name', page: null })}">${countLink(ctx, c.status, c.count)}</a></td></tr>`,
)}
</tbody>
</table>`
  : ''}

<h2 class="heading-l">${h.recent.heading}</h2>
${view.recentlyUpdated.length > 0
  ? html`<ul class="recent-list">
${view.recentlyUpdated.map(
  (m) => html`<li class="recent-list__item">
<a class="recent-list__name" href="${medicinePath(ctx.lang, m)}">${m.name}</a>${m.inn ? html` <span class="secondary-text">(${m.inn})</span>` : ''}
${statusTag(ctx, m.status)}
${m.pageLastUpdated ? html`<span class="secondary-text recent-list__date">${interpolateHtml(h.recent.updated, { date: timeTag(ctx, m.pageLastUpdated) })}</span>` : ''}
</li>`,
)}
</ul>`
  : html`<p>${h.recent.none}</p>`}

<h2 class="heading-l">${h.openData.heading}</h2>
<p>${h.openData.text}</p>
<ul class="link-list">
<li><a href="/api/v1/medicines">${t.footer.api}</a></li>
<li><a href="/api/openapi.json">${t.footer.openApi}</a></li>
</ul>
</div>`;
}
