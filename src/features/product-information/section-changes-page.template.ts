/**
 * The "what changed" view of a medicine's product information: a form choosing the document's
 * language and two versions (GET, works without JavaScript), then each section that differs with
 * its word diff. Removed and added words are <del> and <ins> with hidden words saying so, so
 * nothing rests on colour or line style; EMA's text carries its own language.
 */
import { isLanguageCode, LANGUAGES } from '../../domain/languages.ts';
import type { Medicine } from '../../domain/medicine.ts';
import { sectionLabel } from '../../domain/product-information-diff.ts';
import { attrs, html, type SafeHtml } from '../../http/html.ts';
import { medicinePath } from '../../http/paths.ts';
import type { PageContext } from '../../i18n/i18n.ts';
import { historyCatalogue } from '../../i18n/catalogues/history/index.ts';
import { piChangesCatalogue } from '../../i18n/catalogues/pi-changes/index.ts';
import type { PiVersionSummary } from './product-information.service.ts';
import type { SectionComparison } from './section-changes.service.ts';

export interface SectionChangesView {
  medicine: Pick<Medicine, 'slug' | 'name' | 'category' | 'productNumber'>;
  /** Languages with product information held. */
  languages: string[];
  language: string;
  comparison: SectionComparison | null;
}

/** `/{lang}/medicines/{category}/EPAR/{slug}/product-information/changes?doc=&from=&to=` */
export function sectionChangesPath(lang: string, m: SectionChangesView['medicine'], q: { doc?: string; from?: string | null; to?: string | null } = {}): string {
  const params = new URLSearchParams();
  if (q.doc) params.set('doc', q.doc);
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  const query = params.toString();
  return `${medicinePath(lang, m)}/product-information/changes${query ? `?${query}` : ''}`;
}

export function sectionChangesTitle(ctx: PageContext, view: SectionChangesView): string {
  return ctx.format.interpolate(piChangesCatalogue.get(ctx.lang).title, { name: view.medicine.name });
}

export function sectionChangesPage(ctx: PageContext, view: SectionChangesView): SafeHtml {
  const t = piChangesCatalogue.get(ctx.lang);
  const c = view.comparison;
  const docLang = attrs({ lang: view.language === ctx.lang ? null : view.language });
  return html`<article class="pi-changes">
<h1 class="heading-l">${sectionChangesTitle(ctx, view)}</h1>
<p class="lede">${t.lede}</p>
${form(ctx, view)}
${c === null
    ? html`<p>${t.noVersions}</p>`
    : html`<p>${c.from
        ? ctx.format.interpolate(t.comparing, { to: versionDate(ctx, c.to), from: versionDate(ctx, c.from) })
        : t.first}${c.to.procedure ? html`<br>${ctx.format.interpolate(t.procedure, { procedure: c.to.procedure })}` : ''}</p>
${c.sections.length === 0
      ? html`<p>${t.none}</p>`
      : html`<p>${ctx.format.interpolate(t.count, { count: ctx.format.number(c.sections.length) })}</p>
<ol class="pi-changes__list">
${c.sections.map((s) => html`<li class="pi-changes__section">
<h2 class="heading-s"${docLang}>${sectionLabel(s)}</h2>
<p class="secondary-text"><span class="tag">${s.change === 'changed' ? t.changed : s.change === 'added' ? t.added : t.removed}</span>${s.headingBefore ? html` ${ctx.format.interpolate(t.headingBefore, { heading: s.headingBefore })}` : ''}${s.change !== 'removed' ? html` <a href="${medicinePath(ctx.lang, view.medicine)}/product-information#${s.anchor}">${t.readSection}</a>` : ''}</p>
${diffHtml(ctx, s.diff, view.language)}
</li>`)}
</ol>`}`}
</article>`;
}

function versionDate(ctx: PageContext, v: PiVersionSummary): string {
  return v.versionDate ? ctx.format.date(v.versionDate) : piChangesCatalogue.get(ctx.lang).undated;
}

function form(ctx: PageContext, view: SectionChangesView): SafeHtml {
  const t = piChangesCatalogue.get(ctx.lang);
  const versions = view.comparison?.versions ?? [];
  const option = (v: PiVersionSummary, selected: boolean) =>
    html`<option value="${v.id}"${selected ? html` selected` : ''}>${ctx.format.interpolate(t.versionOption, { date: versionDate(ctx, v), source: v.source.file.split(/[\\/]/).at(-1) ?? v.source.kind })}</option>`;
  const languages = view.languages.filter(isLanguageCode).sort((a, b) => LANGUAGES.indexOf(a) - LANGUAGES.indexOf(b));
  return html`<form class="pi-changes__form" method="get" action="${sectionChangesPath(ctx.lang, view.medicine)}">
<fieldset>
<legend class="heading-s">${t.formHeading}</legend>
<p><label for="pi-changes-doc">${t.language}</label>
<select id="pi-changes-doc" name="doc">${languages.map((l) => html`<option value="${l}"${l === view.language ? html` selected` : ''}>${ctx.format.languageName(l)}</option>`)}</select></p>
${versions.length > 1
    ? html`<p><label for="pi-changes-from">${t.from}</label>
<select id="pi-changes-from" name="from">${versions.map((v) => option(v, v.id === view.comparison?.from?.id))}</select></p>
<p><label for="pi-changes-to">${t.to}</label>
<select id="pi-changes-to" name="to">${versions.map((v) => option(v, v.id === view.comparison?.to.id))}</select></p>`
    : ''}
<p><button type="submit" class="button">${t.compare}</button></p>
</fieldset>
</form>`;
}

function diffHtml(ctx: PageContext, parts: readonly { type: 'same' | 'added' | 'removed'; text: string }[], lang: string): SafeHtml {
  const h = historyCatalogue.get(ctx.lang);
  // The hidden cues are interface text, in the page language even inside the document's.
  const cueLang = attrs({ lang: lang === ctx.lang ? null : ctx.lang });
  const textLang = attrs({ lang: lang === ctx.lang ? null : lang });
  return html`<p class="text-diff pi-changes__diff"${textLang}>${parts.map((p) =>
    p.type === 'same'
      ? p.text
      : p.type === 'removed'
        ? html`<del><span class="visually-hidden"${cueLang}>${h.diff.deletedStart}</span>${p.text}<span class="visually-hidden"${cueLang}>${h.diff.deletedEnd}</span></del>`
        : html`<ins><span class="visually-hidden"${cueLang}>${h.diff.insertedStart}</span>${p.text}<span class="visually-hidden"${cueLang}>${h.diff.insertedEnd}</span></ins>`,
  )}</p>`;
}
