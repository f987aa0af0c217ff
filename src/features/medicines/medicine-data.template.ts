/**
 * The data sections of a medicine's page: EMA's "All authorised presentations" (packs with their EU
 * numbers) and the post-authorisation procedures from the procedural-steps documents. The values
 * are EMA's English text, printed as given and marked `lang="en"` on pages in other languages; the
 * interface text of these two sections is the `medicine-data` catalogue.
 */
import type { Medicine } from '../../domain/medicine.ts';
import type { Presentation } from '../../domain/presentation.ts';
import type { Procedure } from '../../domain/procedure.ts';
import { html, type SafeHtml } from '../../http/html.ts';
import { englishText, timeTag } from '../../http/layout.ts';
import type { PageContext } from '../../i18n/i18n.ts';
import { medicineDataCatalogue, type MedicineDataMessages } from '../../i18n/catalogues/medicine-data/index.ts';

/** Scope text longer than this is folded into a `<details>` whose summary is its first sentence. */
const LONG_SCOPE = 300;

/** The dash shown for an empty cell; screen readers hear "not stated" instead. */
function notStated(t: MedicineDataMessages): SafeHtml {
  return html`<span aria-hidden="true">–</span><span class="visually-hidden">${t.notStated}</span>`;
}

/**
 * The column's header repeated inside each cell, shown only where the table is laid out as stacked
 * rows (narrow screens). Screen readers skip it: they announce the real header, as the table keeps
 * its semantics (current browsers keep them under `display: block`; the HTML validator forbids
 * restating them with roles). In the page's language even inside a cell of EMA's English text.
 */
export function cellHeading(ctx: PageContext, label: string): SafeHtml {
  return html`<span class="table__cell-heading" aria-hidden="true"${ctx.lang === 'en' ? '' : html` lang="${ctx.lang}"`}>${label}</span>`;
}

/** A cell holding EMA's English text, or the dash when the value is missing or blank. */
function englishCell(ctx: PageContext, t: MedicineDataMessages, label: string, value: string | null, format: (text: string) => SafeHtml | string = (x) => x): SafeHtml {
  const text = value?.trim();
  if (!text) return html`<td class="table__cell">${cellHeading(ctx, label)}${notStated(t)}</td>`;
  return html`<td class="table__cell"${englishText(ctx)}>${cellHeading(ctx, label)}${format(text)}</td>`;
}

function dateCell(ctx: PageContext, t: MedicineDataMessages, label: string, iso: string | null): SafeHtml {
  return html`<td class="table__cell table__cell--date">${cellHeading(ctx, label)}${iso ? timeTag(ctx, iso) : notStated(t)}</td>`;
}

/** The section shell the medicine page uses: a labelled `<section>` with its `h2` as the anchor. */
/** A page section as the medicine page lays it out (and lists it in its table of contents). */
export interface DataSection {
  id: string;
  title: string;
  content: SafeHtml;
}

function section(id: string, title: string, content: SafeHtml): DataSection {
  return { id, title, content };
}

/**
 * A wide table that becomes one block per row on narrow screens, each value under its column's
 * header (the GOV.UK / NHS responsive table), so no column is lost; on wider screens a
 * keyboard-focusable, labelled region lets it scroll sideways when it still does not fit.
 */
function responsiveTable(captionId: string, caption: string, head: SafeHtml, rows: SafeHtml[], modifier?: string): SafeHtml {
  return html`<div class="table-wrapper" role="region" aria-labelledby="${captionId}" tabindex="0">
<table class="table table--responsive${modifier ? ` table--${modifier}` : ''}">
<caption class="table__caption" id="${captionId}">${caption}</caption>
<thead>
<tr>
${head}
</tr>
</thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}

function headers(labels: readonly string[]): SafeHtml {
  return html`${labels.map((label) => html`<th scope="col" class="table__header">${label}</th>\n`)}`;
}

/* ---------- authorised presentations ---------- */

export function presentationsSection(ctx: PageContext, m: Medicine): DataSection | null {
  if (m.presentations.length === 0) return null;
  const t = medicineDataCatalogue.get(ctx.lang);
  const c = t.presentations.columns;
  const head = headers([c.euNumber, c.inventedName, c.strength, c.pharmaceuticalForm, c.routeOfAdministration, c.immediatePackaging, c.content, c.packSize]);
  const rows = m.presentations.map((p) => presentationRow(ctx, t, p));
  return section('presentations', t.presentations.heading, responsiveTable('presentations-caption', t.presentations.caption, head, rows, 'presentations'));
}

function presentationRow(ctx: PageContext, t: MedicineDataMessages, p: Presentation): SafeHtml {
  // The EU number identifies the pack, so it heads its row; it is a code, not English text, and
  // keeps to one line as dates do (`table__cell--date` is the nowrap cell).
  const c = t.presentations.columns;
  return html`<tr>
<th scope="row" class="table__cell table__cell--name table__cell--date">${cellHeading(ctx, c.euNumber)}${p.euNumber}</th>
${englishCell(ctx, t, c.inventedName, p.inventedName)}
${englishCell(ctx, t, c.strength, p.strength)}
${englishCell(ctx, t, c.pharmaceuticalForm, p.pharmaceuticalForm)}
${englishCell(ctx, t, c.routeOfAdministration, p.routeOfAdministration)}
${englishCell(ctx, t, c.immediatePackaging, p.immediatePackaging)}
${englishCell(ctx, t, c.content, p.content)}
${englishCell(ctx, t, c.packSize, p.packSize)}
</tr>`;
}

/* ---------- post-authorisation procedures ---------- */

/** Procedures in the order given (the importer stores them newest first). */
export function proceduresSection(ctx: PageContext, m: Medicine): DataSection | null {
  if (m.procedures.length === 0) return null;
  const t = medicineDataCatalogue.get(ctx.lang);
  const c = t.procedures.columns;
  const head = headers([c.number, c.type, c.scope, c.opinionDate, c.commissionDecisionDate, c.productInformationAffected, c.summary]);
  const rows = m.procedures.map((p) => procedureRow(ctx, t, p));
  return section('procedures', t.procedures.heading, responsiveTable('procedures-caption', t.procedures.caption, head, rows, 'procedures'));
}

function procedureRow(ctx: PageContext, t: MedicineDataMessages, p: Procedure): SafeHtml {
  const others = p.otherNumbers.filter((n) => n.trim() !== '' && n !== p.number);
  const c = t.procedures.columns;
  return html`<tr>
<th scope="row" class="table__cell table__cell--name">${cellHeading(ctx, c.number)}${breakableCode(p.number)}${others.length > 0
    ? html`<br><small class="secondary-text"><span class="visually-hidden">${t.procedures.otherNumbers}: </span>${others.map((n, i) => html`${i > 0 ? ', ' : ''}${breakableCode(n)}`)}</small>`
    : ''}</th>
<td class="table__cell">${cellHeading(ctx, c.type)}${procedureType(ctx, t, p)}</td>
${scopeCell(ctx, t, c.scope, p.scope)}
${dateCell(ctx, t, c.opinionDate, p.opinionDate)}
${dateCell(ctx, t, c.commissionDecisionDate, p.commissionDecisionDate)}
${englishCell(ctx, t, c.productInformationAffected, p.productInformationAffected, breakableCode)}
${englishCell(ctx, t, c.summary, p.summary, breakableCode)}
</tr>`;
}

/**
 * Procedure numbers run to 25 characters with no space ("EMEA/H/C/005522/II/0010/G") and scopes
 * quote them; a break opportunity after each slash lets a column narrow instead of pushing the
 * table off-screen.
 */
function breakableCode(code: string): SafeHtml {
  return html`${code.split('/').map((part, i, all) => html`${part}${i < all.length - 1 ? html`/<wbr>` : ''}`)}`;
}

/** The translated type; for "other", EMA's own label says what it was. */
function procedureType(ctx: PageContext, t: MedicineDataMessages, p: Procedure): SafeHtml {
  const label = t.procedures.types[p.type];
  const emaLabel = p.typeLabel?.trim();
  if (p.type === 'other' && emaLabel) {
    return html`${label}<br><small class="secondary-text"${englishText(ctx)}>${emaLabel}</small>`;
  }
  return html`${label}`;
}

function scopeCell(ctx: PageContext, t: MedicineDataMessages, label: string, scope: string): SafeHtml {
  const text = scope.trim();
  if (!text) return html`<td class="table__cell">${cellHeading(ctx, label)}${notStated(t)}</td>`;
  if (text.length <= LONG_SCOPE) return html`<td class="table__cell"${englishText(ctx)}>${cellHeading(ctx, label)}${breakableCode(text)}</td>`;
  const [first, rest] = splitFirstSentence(text);
  return html`<td class="table__cell"${englishText(ctx)}>${cellHeading(ctx, label)}<details>
<summary>${breakableCode(first)}</summary>
<p>${breakableCode(rest)}</p>
</details></td>`;
}

/**
 * Splits text after its first sentence: a full stop, question or exclamation mark followed by white
 * space and a capital, digit or opening bracket/quote, so "e.g. the" or "3.1 mg" does not end it.
 * Without such a break the summary is the first 200 characters, cut at a word, with an ellipsis.
 */
export function splitFirstSentence(text: string): [first: string, rest: string] {
  const end = /[.!?](?=\s+[\p{Lu}\p{N}("'‘“])/u.exec(text);
  if (end && end.index + 1 < text.length) {
    return [text.slice(0, end.index + 1), text.slice(end.index + 1).trim()];
  }
  const cut = text.lastIndexOf(' ', 200);
  const at = cut > 0 ? cut : 200;
  return [`${text.slice(0, at)}…`, text.slice(at).trim()];
}
