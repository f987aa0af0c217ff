/**
 * A set of changes as HTML: plain fields in a table ("Status: Authorised → Withdrawn"), long
 * texts as a word-level diff, lists (documents, presentations, procedures, news) as added,
 * removed and changed items named as a reader knows them. Removed and added words are <del>
 * and <ins> (struck through, underlined) with hidden words saying so, for screen readers that
 * do not announce the elements; so nothing rests on colour.
 */
import type { Change } from '../../domain/medicine-diff.ts';
import { isLanguageCode } from '../../domain/languages.ts';
import { CATEGORIES, STATUSES, isOpinionStatus, type Category, type OverviewSection, type Status } from '../../domain/medicine.ts';
import { wordDiff } from '../../domain/word-diff.ts';
import { attrs, html, type SafeHtml } from '../../http/html.ts';
import { englishText } from '../../http/layout.ts';
import { markdownToPlainText } from '../../http/markdown.ts';
import { interpolateHtml, type PageContext } from '../../i18n/i18n.ts';
import { groupChanges, type Action, type ChangeGroup, type ScalarField } from './change-model.ts';
import { historyCatalogue, type HistoryMessages } from '../../i18n/catalogues/history/index.ts';
import { documentName } from './history.service.ts';
import { fieldLabel } from './field-labels.ts';
import { sectionLabel } from '../../domain/product-information-diff.ts';

/** Lists longer than this show their first items and fold the rest into a <details>. */
const VISIBLE_ITEMS = 8;
/** Plain values longer than this are compared word by word. */
const LONG_TEXT = 80;

export interface ChangesOptions {
  /** Level of the headings inside (groups of documents, procedures, …). */
  headingLevel: 3 | 4;
}

export function changesHtml(ctx: PageContext, changes: readonly Change[], options: ChangesOptions): SafeHtml {
  const h = historyCatalogue.get(ctx.lang);
  const groups = groupChanges(changes);
  const rows: SafeHtml[] = [];
  const texts: SafeHtml[] = [];
  const heading = (text: string) => headingTag(options.headingLevel, text);

  for (const g of groups) {
    if (g.type === 'scalar' && isLongText(g.from, g.to)) {
      texts.push(html`<div class="change-text">
${heading(fieldLabel(ctx.t, h, g.field))}
${textDiff(ctx, h, String(g.from ?? ''), String(g.to ?? ''), 'en')}
</div>`);
    } else if (g.type === 'scalar' || g.type === 'flag' || g.type === 'date' || g.type === 'other') {
      rows.push(scalarRow(ctx, h, g));
    } else if (g.type === 'overview') {
      texts.push(overviewDiff(ctx, h, g, options.headingLevel));
    }
  }

  const lists: SafeHtml[] = [];
  const listOf = (type: ChangeGroup['type'], label: string, item: (g: ChangeGroup) => SafeHtml) => {
    const items = groups.filter((g) => g.type === type);
    if (items.length > 0) lists.push(html`<div class="change-list">${heading(label)}${foldedList(ctx, h, items.map(item))}</div>`);
  };
  listOf('document', h.fields.documents, (g) => documentItem(ctx, h, g as Extract<ChangeGroup, { type: 'document' }>));
  listOf('file', h.fields.files, (g) => fileItem(ctx, h, g as Extract<ChangeGroup, { type: 'file' }>));
  listOf('procedure', h.fields.procedures, (g) => procedureItem(ctx, h, g as Extract<ChangeGroup, { type: 'procedure' }>));
  listOf('presentation', h.fields.presentations, (g) => presentationItem(ctx, h, g as Extract<ChangeGroup, { type: 'presentation' }>));
  listOf('news', h.fields.news, (g) => linkItem(ctx, h, g as Extract<ChangeGroup, { type: 'news' }>));
  for (const g of groups) {
    if (g.type !== 'product-information') continue;
    const label = `${h.kinds['product-information']} (${ctx.format.languageName(g.lang)})`;
    const items = g.first
      ? [html`${actionTag(h, 'added')} ${ctx.format.interpolate(h.summary.productInformationFirst, { language: ctx.format.languageName(g.lang) })}`]
      : g.sections.map((s) => html`${actionTag(h, s.action)} <span lang="${g.lang}">${sectionLabel(s)}</span>`);
    lists.push(html`<div class="change-list change-list--product-information">${heading(label)}${foldedList(ctx, h, items)}</div>`);
  }
  listOf('related', h.fields.related, (g) => linkItem(ctx, h, g as Extract<ChangeGroup, { type: 'related' }>));

  if (rows.length === 0 && texts.length === 0 && lists.length === 0) return html`<p>${h.history.noChanges}</p>`;
  return html`${rows.length > 0
    ? html`<table class="table table--responsive change-table">
<caption class="table__caption visually-hidden">${h.diff.caption}</caption>
<thead><tr><th scope="col" class="table__header">${h.diff.field}</th><th scope="col" class="table__header">${h.diff.before}</th><th scope="col" class="table__header">${h.diff.after}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : ''}
${texts}
${lists}`;
}

/** True when some change in the set is shown as a word diff (the page then explains the marks once). */
export function hasTextDiff(changes: readonly Change[]): boolean {
  return groupChanges(changes).some((g) => g.type === 'overview' || (g.type === 'scalar' && isLongText(g.from, g.to)));
}

function headingTag(level: 3 | 4, text: string): SafeHtml {
  return level === 3 ? html`<h3 class="heading-s">${text}</h3>` : html`<h4 class="heading-s">${text}</h4>`;
}

function isLongText(from: unknown, to: unknown): boolean {
  return (typeof from === 'string' || typeof to === 'string') && (String(from ?? '').length > LONG_TEXT || String(to ?? '').length > LONG_TEXT) && typeof (from ?? to) === 'string';
}

/* ---------- plain fields ---------- */

/** Fields whose values are EMA's English text (names and codes are the same in every language). */
/** Fields holding EMA's Markdown, shown as their words. */
const MARKDOWN_VALUES: ReadonlySet<ScalarField> = new Set(['pharmacotherapeuticGroup', 'therapeuticIndication', 'withdrawalInformation']);
const ENGLISH_VALUES: ReadonlySet<ScalarField> = new Set(['pharmacotherapeuticGroup', 'therapeuticIndication', 'therapeuticAreas', 'holderAddress', 'species', 'withdrawalInformation', 'opinionStatus']);

function scalarRow(ctx: PageContext, h: HistoryMessages, g: Extract<ChangeGroup, { type: 'scalar' | 'flag' | 'date' | 'other' }>): SafeHtml {
  const label = g.type === 'scalar' ? fieldLabel(ctx.t, h, g.field) : g.type === 'flag' ? ctx.t.flags[g.flag].name : g.type === 'date' ? ctx.t.dates[g.date] : h.fields.other;
  const value = (v: unknown) => valueHtml(ctx, h, g, v);
  // On a phone the rows stack and each value shows its column's header (Before, After) above it;
  // screen readers hear the real headers, as the table keeps its semantics.
  const heading = (text: string) => html`<span class="table__cell-heading" aria-hidden="true">${text}</span>`;
  return html`<tr>
<th scope="row" class="table__cell">${heading(h.diff.field)}${label}${g.type === 'other' ? html` <code>${g.field}</code>` : ''}</th>
<td class="table__cell">${heading(h.diff.before)}${value(g.from)}</td>
<td class="table__cell">${heading(h.diff.after)}${value(g.to)}</td>
</tr>`;
}

function valueHtml(ctx: PageContext, h: HistoryMessages, g: ChangeGroup, v: unknown): SafeHtml {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return html`<span class="not-stated">${h.diff.none}</span>`;
  if (g.type === 'flag') return html`${v === true ? h.diff.yes : h.diff.no}`;
  if (g.type === 'date' && typeof v === 'string') return html`<time datetime="${v}">${ctx.format.date(v)}</time>`;
  if (g.type === 'scalar') {
    if (g.field === 'status' && typeof v === 'string' && (STATUSES as readonly string[]).includes(v)) return html`${ctx.t.statuses[v as Status].label}`;
    if (g.field === 'category' && typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v)) return html`${ctx.t.categories[v as Category]}`;
    if (g.field === 'opinionStatus' && isOpinionStatus(v)) return html`${ctx.t.medicine.authorisation.opinionStatuses[v]}`;
    if (typeof v === 'boolean') return html`${v ? h.diff.yes : h.diff.no}`;
    if (g.field === 'latestProcedure' && typeof v === 'object') {
      const p = v as { number?: string; date?: string | null };
      return p.date ? interpolateHtml(h.diff.dated, { value: p.number ?? '', date: html`<time datetime="${p.date}">${ctx.format.date(p.date)}</time>` }) : html`${p.number ?? ''}`;
    }
    const text = Array.isArray(v) ? v.join(ctx.t.common.listSeparator) : typeof v === 'object' ? JSON.stringify(v) : String(v);
    if (g.field === 'emaUrl' && /^https:\/\//.test(text)) return html`<a href="${text}" hreflang="en">${text}</a>`;
    if (MARKDOWN_VALUES.has(g.field)) return html`<span${englishText(ctx)}>${markdownToPlainText(text, { oneLine: true })}</span>`;
    return ENGLISH_VALUES.has(g.field) ? html`<span${englishText(ctx)}>${text}</span>` : html`${text}`;
  }
  return html`<code>${typeof v === 'object' ? JSON.stringify(v) : String(v)}</code>`;
}

/* ---------- texts ---------- */

/** A word-level diff as one block; `lang` is the language of the text itself. */
export function textDiff(ctx: PageContext, h: HistoryMessages, before: string, after: string, lang: string): SafeHtml {
  // The hidden cues are interface text, in the page language even inside an English paragraph.
  const cueLang = attrs({ lang: lang === ctx.lang ? null : ctx.lang });
  const textLang = attrs({ lang: lang === ctx.lang ? null : lang });
  // EMA's text is Markdown: its words are compared and shown, never its markers.
  const parts = wordDiff(markdownToPlainText(before), markdownToPlainText(after));
  return html`<p class="text-diff"${textLang}>${parts.map((p) =>
    p.type === 'same'
      ? p.text
      : p.type === 'removed'
        ? html`<del><span class="visually-hidden"${cueLang}>${h.diff.deletedStart}</span>${p.text}<span class="visually-hidden"${cueLang}>${h.diff.deletedEnd}</span></del>`
        : html`<ins><span class="visually-hidden"${cueLang}>${h.diff.insertedStart}</span>${p.text}<span class="visually-hidden"${cueLang}>${h.diff.insertedEnd}</span></ins>`,
  )}</p>`;
}

function overviewDiff(ctx: PageContext, h: HistoryMessages, g: Extract<ChangeGroup, { type: 'overview' }>, level: 3 | 4): SafeHtml {
  const before = g.from ?? [];
  const after = g.to ?? [];
  const key = (s: OverviewSection) => s.heading ?? '';
  const old = new Map(before.map((s) => [key(s), s]));
  const now = new Set(after.map(key));
  const textLang = attrs({ lang: g.lang === ctx.lang ? null : g.lang });
  const sections: SafeHtml[] = [];
  for (const s of after) {
    const was = old.get(key(s));
    if (was && was.body === s.body) continue;
    const title = s.heading ? (was ? html`<p class="change-text__section"${textLang}><strong>${s.heading}</strong></p>` : html`<p class="change-text__section">${interpolateHtml(h.diff.sectionAdded, { heading: html`<strong${textLang}>${s.heading}</strong>` })}</p>`) : '';
    sections.push(html`${title}${textDiff(ctx, h, was?.body ?? '', s.body, g.lang)}`);
  }
  for (const s of before) {
    if (now.has(key(s))) continue;
    sections.push(html`${s.heading ? html`<p class="change-text__section">${interpolateHtml(h.diff.sectionRemoved, { heading: html`<strong${textLang}>${s.heading}</strong>` })}</p>` : ''}${textDiff(ctx, h, s.body, '', g.lang)}`);
  }
  const language = isLanguageCode(g.lang) ? ctx.format.languageName(g.lang) : g.lang;
  return html`<div class="change-text">
${headingTag(level, ctx.format.interpolate(h.diff.overview, { language }))}
${sections}
</div>`;
}

/* ---------- lists ---------- */

function actionLabel(h: HistoryMessages, action: Action): string {
  return action === 'added' ? h.diff.added : action === 'removed' ? h.diff.removed : h.diff.changed;
}

function actionTag(h: HistoryMessages, action: Action): SafeHtml {
  return html`<strong class="change-action change-action--${action}">${actionLabel(h, action)}:</strong>`;
}

function foldedList(ctx: PageContext, h: HistoryMessages, items: SafeHtml[]): SafeHtml {
  const list = (xs: SafeHtml[]) => html`<ul class="list-plain change-items">${xs.map((x) => html`<li class="change-items__item">${x}</li>`)}</ul>`;
  if (items.length <= VISIBLE_ITEMS + 2) return list(items);
  const rest = items.slice(VISIBLE_ITEMS);
  return html`${list(items.slice(0, VISIBLE_ITEMS))}
<details class="change-more">
<summary>${ctx.format.plural(h.history.moreChanges, rest.length)}</summary>
${list(rest)}
</details>`;
}

function languageNames(ctx: PageContext, langs: string[]): string {
  return langs.map((l) => (isLanguageCode(l) ? ctx.format.languageName(l) : l)).join(ctx.t.common.listSeparator);
}

function documentItem(ctx: PageContext, h: HistoryMessages, g: Extract<ChangeGroup, { type: 'document' }>): SafeHtml {
  const types: Readonly<Record<string, string>> = ctx.t.documentTypes;
  const type = documentName(types, g.docType, types.other ?? g.docType);
  const name = interpolateHtml(h.diff.document, { title: html`<span${englishText(ctx)}>${g.title}</span>`, type });
  const details: string[] = [];
  if (g.action === 'changed') {
    for (const [action, message] of [['added', h.diff.languagesAdded], ['removed', h.diff.languagesRemoved], ['changed', h.diff.languagesUpdated]] as const) {
      const langs = g.languages.filter((l) => l.action === action).map((l) => l.lang);
      if (langs.length > 0) details.push(ctx.format.interpolate(message, { languages: languageNames(ctx, langs) }));
    }
  }
  const attributes = g.action === 'changed' ? g.attributes : [];
  return html`${actionTag(h, g.action)} ${name}${details.length > 0 ? html`<br><span class="secondary-text">${details.join('. ')}</span>` : ''}${attributes.map(
    (a) => html`<br><span class="secondary-text">${a.name}: ${a.from === null ? h.diff.none : String(a.from)} → ${a.to === null ? h.diff.none : String(a.to)}</span>`,
  )}`;
}

function fileItem(ctx: PageContext, h: HistoryMessages, g: Extract<ChangeGroup, { type: 'file' }>): SafeHtml {
  const f = g.to ?? g.from;
  if (!f) return html`${actionTag(h, g.action)} ${g.key}`;
  const types: Readonly<Record<string, string>> = ctx.t.documentTypes;
  const language = isLanguageCode(f.lang) ? ctx.format.languageName(f.lang) : f.lang;
  return html`${actionTag(h, g.action)} ${ctx.format.interpolate(h.diff.file, { type: types[f.documentType] ?? f.documentType, language, size: ctx.format.fileSize(f.sizeBytes) })}`;
}

function procedureItem(ctx: PageContext, h: HistoryMessages, g: Extract<ChangeGroup, { type: 'procedure' }>): SafeHtml {
  const p = g.to ?? g.from;
  if (!p) return html`${actionTag(h, g.action)} ${g.key}`;
  const date = p.commissionDecisionDate ?? p.opinionDate;
  const label = p.typeLabel ? interpolateHtml(h.diff.procedure, { number: p.number, type: html`<span${englishText(ctx)}>${p.typeLabel}</span>` }) : html`${p.number}`;
  return html`${actionTag(h, g.action)} ${label}${date ? html` (<time datetime="${date}">${ctx.format.date(date)}</time>)` : ''}${p.scope ? html`<br><span class="secondary-text"${englishText(ctx)}>${truncate(p.scope, 300)}</span>` : ''}`;
}

function presentationItem(ctx: PageContext, h: HistoryMessages, g: Extract<ChangeGroup, { type: 'presentation' }>): SafeHtml {
  const p = g.to ?? g.from;
  if (!p) return html`${actionTag(h, g.action)} ${g.key}`;
  const description = [p.strength, p.pharmaceuticalForm, p.packSize].filter((x): x is string => !!x).join(', ');
  return html`${actionTag(h, g.action)} ${interpolateHtml(h.diff.presentation, { number: p.euNumber, description: html`<span${englishText(ctx)}>${description || p.inventedName}</span>` })}`;
}

function linkItem(ctx: PageContext, h: HistoryMessages, g: Extract<ChangeGroup, { type: 'news' | 'related' }>): SafeHtml {
  const item = g.to ?? g.from;
  if (!item) return html`${actionTag(h, g.action)} ${g.key}`;
  const href = /^https:\/\//.test(item.url) ? item.url : null;
  const title = html`<span${englishText(ctx)}>${item.title}</span>`;
  return html`${actionTag(h, g.action)} ${href && g.action !== 'removed' ? html`<a href="${href}" hreflang="en">${title}</a>` : title}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
