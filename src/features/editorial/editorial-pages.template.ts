/**
 * The back office's draft pages: plain HTML forms that work without JavaScript, each with its
 * CSRF field, labels and hints tied to their inputs, and errors said in words next to the value
 * they concern (and summarised at the top, focusable, as the public site's forms do).
 */
import { csrfField } from '../../http/admin-access.ts';
import { mayDo } from '../../domain/access-rules.ts';
import type { AdminContext } from '../../http/admin-layout.ts';
import { attrs, html, type SafeHtml } from '../../http/html.ts';
import { ENDONYMS, LANGUAGES, type LanguageCode } from '../../domain/languages.ts';
import { CATEGORIES, DATE_KEYS, DOCUMENT_SECTIONS, FLAG_KEYS, RELATED_KINDS, type DocumentSection, type Medicine } from '../../domain/medicine.ts';
import { PROCEDURE_TYPES } from '../../domain/procedure.ts';
import type { LifecycleProblem } from '../../domain/lifecycle.ts';
import { editorialCatalogue, type EditorialMessages } from '../../i18n/catalogues/editorial/index.ts';
import { EDITABLE_TEXT_FIELDS, LIFECYCLE_EVENTS, LINK_LISTS, overviewToText, type LinkList, type MergeResult } from './draft-record.ts';
import type { Draft, Review } from './drafts.service.ts';
import { draftPath } from './editorial-paths.ts';
import { medicineDataCatalogue } from '../../i18n/catalogues/medicine-data/index.ts';

/** The documents an editor uploads, by EMA's type (the site's labels name them in every language). */
const UPLOAD_TYPES = ['overview', 'product-information', 'assessment-report', 'rmp-summary', 'procedural-steps-after'] as const;

type Ctx = AdminContext;
const m = (ctx: Ctx): EditorialMessages => editorialCatalogue.get(ctx.lang);

export function notice(message: string | null, kind: 'info' | 'error' = 'info'): SafeHtml {
  if (!message) return html``;
  return kind === 'error' ? html`<div class="notice notice--error" role="alert"><p>${message}</p></div>` : html`<div class="notice" role="status"><p>${message}</p></div>`;
}

function problemsSummary(ctx: Ctx, problems: readonly LifecycleProblem[], errors: readonly string[] = []): SafeHtml {
  if (problems.length === 0 && errors.length === 0) return html``;
  const e = m(ctx);
  return html`<div class="error-summary" role="alert" tabindex="-1" id="problems">
<h2 class="heading-m">${e.problems.title}</h2>
<ul>${problems.map((p) => html`<li>${e.problems.rules[p.rule]} <span class="secondary-text">(${p.field})</span></li>`)}${errors.map((text) => html`<li>${text}</li>`)}</ul>
</div>`;
}

interface FieldOptions {
  id: string;
  name: string;
  label: string;
  value?: string | null;
  hint?: string;
  type?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  autocomplete?: string;
}

function field(o: FieldOptions): SafeHtml {
  const hintId = o.hint ? `${o.id}-hint` : null;
  const common = attrs({ id: o.id, name: o.name, 'aria-describedby': hintId, required: o.required ?? false, autocomplete: o.autocomplete ?? 'off' });
  return html`<div class="form-group">
<label class="label" for="${o.id}">${o.label}</label>
${o.hint ? html`<p class="hint" id="${hintId}">${o.hint}</p>` : ''}
${o.multiline
  ? html`<textarea class="input editorial-form__text" rows="${o.rows ?? 4}" ${common}>${o.value ?? ''}</textarea>`
  : html`<input class="input editorial-form__input" type="${o.type ?? 'text'}" value="${o.value ?? ''}" ${common}>`}
</div>`;
}

function select(o: { id: string; name: string; label: string; options: readonly { value: string; label: string; lang?: string }[]; selected?: string | null; hint?: string }): SafeHtml {
  const hintId = o.hint ? `${o.id}-hint` : null;
  return html`<div class="form-group">
<label class="label" for="${o.id}">${o.label}</label>
${o.hint ? html`<p class="hint" id="${hintId}">${o.hint}</p>` : ''}
<select class="input editorial-form__select" id="${o.id}" name="${o.name}"${attrs({ 'aria-describedby': hintId })}>
${o.options.map((x) => html`<option value="${x.value}"${attrs({ selected: x.value === o.selected, lang: x.lang ?? null })}>${x.label}</option>`)}
</select>
</div>`;
}

function form(ctx: Ctx, action: string, body: SafeHtml, submit: string, extra: { multipart?: boolean; secondary?: boolean } = {}): SafeHtml {
  return html`<form class="editorial-form" method="post" action="${action}"${attrs({ enctype: extra.multipart ? 'multipart/form-data' : null })}>
${csrfField(ctx.reply)}
${body}
<button class="button${extra.secondary ? ' button--secondary' : ''}" type="submit">${submit}</button>
</form>`;
}

const version = (d: Draft) => html`<input type="hidden" name="version" value="${d.version}">`;

function dateTime(ctx: Ctx, d: Date | null): string {
  return d ? `${ctx.format.date(d.toISOString().slice(0, 10))} ${d.toISOString().slice(11, 16)} UTC` : '';
}

/* ---------- the list ---------- */

export function draftsListPage(ctx: Ctx, view: { open: Draft[]; published: Draft[]; message: string | null; error: string | null }): SafeHtml {
  const e = m(ctx);
  const table = (drafts: Draft[]) =>
    drafts.length === 0
      ? html`<p>${e.list.none}</p>`
      : html`<table class="table editorial-table">
<thead><tr><th scope="col">${e.list.medicine}</th><th scope="col">${e.list.kind}</th><th scope="col">${e.list.state}</th><th scope="col">${e.list.editors}</th><th scope="col">${e.list.updated}</th></tr></thead>
<tbody>
${drafts.map((d) => html`<tr><td><a href="${draftPath(d.id)}">${d.record.name}</a></td><td>${e.kinds[d.kind]}</td><td>${e.states[d.state]}${d.state === 'scheduled' ? html` (${dateTime(ctx, d.scheduledAt)})` : ''}</td><td>${d.editors.names.join(', ')}</td><td>${dateTime(ctx, d.updatedAt)}</td></tr>`)}
</tbody>
</table>`;
  return html`<h1 class="heading-xl">${e.list.title}</h1>
${notice(view.message)}${notice(view.error, 'error')}
<p>${e.list.lede}</p>
<p><a class="button" href="/admin/drafts/new">${e.list.newMedicine}</a></p>
<h2 class="heading-l">${e.list.open}</h2>
${table(view.open)}
<h2 class="heading-l">${e.list.editHeading}</h2>
${form(
  ctx,
  '/admin/drafts/edit',
  html`${field({ id: 'edit-medicine', name: 'medicine', label: e.list.editSlug, hint: e.list.editSlugHint, required: true })}
${select({ id: 'edit-kind', name: 'kind', label: e.list.editKind, options: (['update', 'correction'] as const).map((k) => ({ value: k, label: e.kinds[k] })) })}
${field({ id: 'edit-reason', name: 'reason', label: e.list.reason, hint: e.list.reasonHint })}`,
  e.list.start,
)}
${ctx.staff && mayDo('medicine:unpublish', ctx.staff)
  ? html`<h2 class="heading-l">${e.kinds.unpublish}</h2>
${form(
  ctx,
  '/admin/drafts/unpublish',
  html`${field({ id: 'unpublish-medicine', name: 'medicine', label: e.list.editSlug, hint: e.list.editSlugHint, required: true })}
${field({ id: 'unpublish-reason', name: 'reason', label: e.list.reason, hint: e.list.reasonHint, required: true })}`,
  e.list.start,
)}`
  : ''}
<h2 class="heading-l">${e.list.published}</h2>
${table(view.published)}`;
}

/* ---------- a new application ---------- */

export function applicationPage(ctx: Ctx, view: { values: Record<string, string>; problems: LifecycleProblem[]; errors: string[] }): SafeHtml {
  const e = m(ctx);
  const v = view.values;
  return html`<h1 class="heading-xl">${e.application.title}</h1>
${problemsSummary(ctx, view.problems, view.errors)}
<p>${e.application.lede}</p>
${form(
  ctx,
  '/admin/drafts',
  html`${field({ id: 'app-name', name: 'name', label: e.application.name, value: v.name, required: true })}
${field({ id: 'app-product-number', name: 'productNumber', label: e.application.productNumber, hint: e.application.productNumberHint, value: v.productNumber })}
${select({ id: 'app-category', name: 'category', label: e.application.category, options: CATEGORIES.map((c) => ({ value: c, label: ctx.t.categoryMedicine[c] })), selected: v.category })}
${field({ id: 'app-applicant', name: 'applicant', label: e.application.applicant, value: v.applicant, required: true, autocomplete: 'organization' })}
${field({ id: 'app-inn', name: 'inn', label: e.application.inn, value: v.inn })}
${field({ id: 'app-substance', name: 'activeSubstance', label: e.application.activeSubstance, value: v.activeSubstance })}
${field({ id: 'app-indication', name: 'therapeuticIndication', label: e.application.indication, value: v.therapeuticIndication, multiline: true })}`,
  e.application.submit,
)}`;
}

/* ---------- one draft ---------- */

/** A lifecycle step that crossed another writer's save: their change, and the step to confirm over it. */
export interface StepMerge {
  conflict: ConflictView;
  /** The step's form values, sent again with the confirmation. */
  step: Record<string, string>;
  /** The version the step was recorded on. */
  base: number;
}

export function draftPage(ctx: Ctx, view: { draft: Draft; message: string | null; problems: LifecycleProblem[]; errors: string[]; merge?: StepMerge }): SafeHtml {
  const e = m(ctx);
  const d = view.draft;
  const r = d.record;
  const open = d.state === 'draft';
  return html`<h1 class="heading-xl">${ctx.format.interpolate(e.draft.title, { name: r.name })}</h1>
${view.merge ? stepMergeForm(ctx, d, view.merge) : ''}
${notice(view.message)}
${problemsSummary(ctx, view.problems, view.errors)}
${d.publishError ? notice(ctx.format.interpolate(e.draft.publishFailed, { error: d.publishError }), 'error') : ''}
<dl class="summary-list">
<div class="summary-list__row"><dt class="summary-list__key">${e.list.kind}</dt><dd class="summary-list__value">${e.kinds[d.kind]}${d.reason ? html`: ${d.reason}` : ''}</dd></div>
<div class="summary-list__row"><dt class="summary-list__key">${e.list.state}</dt><dd class="summary-list__value">${e.states[d.state]}</dd></div>
<div class="summary-list__row"><dt class="summary-list__key">${e.draft.status}</dt><dd class="summary-list__value">${ctx.t.statuses[r.status].label}</dd></div>
</dl>
<p>${ctx.format.interpolate(e.draft.summary, { version: d.version, editors: d.editors.names.join(', ') })}</p>
${d.state === 'scheduled' ? html`<p>${ctx.format.interpolate(e.draft.scheduledFor, { date: dateTime(ctx, d.scheduledAt), name: d.scheduledBy ?? '' })}</p>` : ''}
${d.state === 'published' ? html`<p>${ctx.format.interpolate(e.draft.publishedOn, { date: dateTime(ctx, d.publishedAt), name: d.publishedBy ?? '', revision: d.publishedRevision ?? '' })}</p>` : ''}
<ul class="link-list">
${open ? html`<li><a href="${draftPath(d.id, 'fields')}">${e.draft.editFields}</a></li>
<li><a href="${draftPath(d.id, 'overview')}">${e.draft.editOverview}</a></li>
<li><a href="${draftPath(d.id, 'documents')}">${e.draft.upload}</a></li>` : ''}
<li><a href="${draftPath(d.id, 'preview')}">${e.draft.preview}</a></li>
${d.state !== 'published' && d.state !== 'discarded' ? html`<li><a href="${draftPath(d.id, 'review')}">${e.draft.review}</a></li>` : ''}
</ul>
<h2 class="heading-l">${e.draft.filesHeading}</h2>
${r.files.length === 0 ? html`<p>${e.draft.noFiles}</p>` : html`<ul>${r.files.map((f) => html`<li>${f.documentType}, <span lang="${f.lang}">${ENDONYMS[f.lang]}</span>: ${f.fileName}</li>`)}</ul>`}
${open ? eventForms(ctx, d) : ''}
${open ? form(ctx, draftPath(d.id, 'discard'), html``, e.draft.discard, { secondary: true }) : ''}`;
}

function eventForms(ctx: Ctx, d: Draft): SafeHtml {
  const e = m(ctx).events;
  const action = draftPath(d.id, 'events');
  // Text, not type=date: a date typed as YYYY-MM-DD reads the same in every browser and language.
  const date = (id: string, name = 'date', label = e.date) => field({ id, name, label, hint: e.dateHint });
  const hidden = (kind: string) => html`${version(d)}<input type="hidden" name="event" value="${kind}">`;
  const ends = LIFECYCLE_EVENTS.filter((k) => k !== 'opinion' && k !== 'decision' && k !== 'procedure' && k !== 'transfer');
  return html`<h2 class="heading-l">${m(ctx).draft.eventsHeading}</h2>
<section class="editorial-event" aria-labelledby="event-opinion">
<h3 class="heading-m" id="event-opinion">${e.opinion}</h3>
${form(ctx, action, html`${hidden('opinion')}
${select({ id: 'opinion-outcome', name: 'outcome', label: e.outcome, options: [{ value: 'positive', label: e.positive }, { value: 'negative', label: e.negative }] })}
${date('opinion-date')}`, e.record)}
</section>
<section class="editorial-event" aria-labelledby="event-decision">
<h3 class="heading-m" id="event-decision">${e.decision}</h3>
${form(ctx, action, html`${hidden('decision')}
${date('decision-date')}
${field({ id: 'decision-holder', name: 'holder', label: e.holder, hint: e.holderHint, autocomplete: 'organization' })}
${field({ id: 'decision-holder-address', name: 'holderAddress', label: e.holderAddress })}`, e.record)}
</section>
<section class="editorial-event" aria-labelledby="event-procedure">
<h3 class="heading-m" id="event-procedure">${e.procedure}</h3>
${form(ctx, action, html`${hidden('procedure')}
${field({ id: 'procedure-number', name: 'number', label: e.number })}
${select({ id: 'procedure-type', name: 'type', label: e.type, options: PROCEDURE_TYPES.map((t) => ({ value: t, label: medicineDataCatalogue.get(ctx.lang).procedures.types[t] })) })}
${field({ id: 'procedure-scope', name: 'scope', label: e.scope, multiline: true, rows: 3 })}
${date('procedure-opinion', 'opinionDate', e.opinionDate)}
${date('procedure-decision', 'commissionDecisionDate', e.decisionDate)}
${field({ id: 'procedure-outcome', name: 'outcome', label: e.outcomeText })}`, e.record)}
</section>
<section class="editorial-event" aria-labelledby="event-transfer">
<h3 class="heading-m" id="event-transfer">${e.transfer}</h3>
${form(ctx, action, html`${hidden('transfer')}
${field({ id: 'transfer-number', name: 'number', label: e.number })}
${field({ id: 'transfer-holder', name: 'holder', label: e.newHolder, autocomplete: 'organization' })}
${field({ id: 'transfer-address', name: 'holderAddress', label: e.holderAddress })}
${date('transfer-date')}`, e.record)}
</section>
<section class="editorial-event" aria-labelledby="event-end">
<h3 class="heading-m" id="event-end">${e.endHeading}</h3>
${form(ctx, action, html`${version(d)}
${select({ id: 'end-kind', name: 'event', label: e.endKind, options: ends.map((k) => ({ value: k, label: e.ends[k as keyof typeof e.ends] })) })}
${date('end-date')}`, e.record)}
</section>`;
}

/* ---------- field edits, overview, upload ---------- */

export function fieldsPage(ctx: Ctx, view: { draft: Draft; record: Medicine; version: number; problems: LifecycleProblem[]; errors: string[]; conflict?: ConflictView }): SafeHtml {
  const e = m(ctx);
  const r = view.record;
  const f = e.fields;
  return html`<h1 class="heading-xl">${f.title}: ${view.draft.record.name}</h1>
<p><a href="${draftPath(view.draft.id)}">${m(ctx).preview.back}</a></p>
${view.conflict ? conflictNotice(ctx, view.conflict) : ''}
${problemsSummary(ctx, view.problems, view.errors)}
${form(
  ctx,
  draftPath(view.draft.id, 'fields'),
  html`<input type="hidden" name="version" value="${view.version}">
${EDITABLE_TEXT_FIELDS.map((name) => field({ id: `field-${name}`, name, label: f[name], value: r[name], multiline: name === 'therapeuticIndication' || name === 'withdrawalInformation', required: name === 'name' }))}
${field({ id: 'field-holder', name: 'holder', label: f.holder, value: r.marketingAuthorisationHolder?.name ?? '' })}
${field({ id: 'field-holder-address', name: 'holderAddress', label: f.holderAddress, value: r.marketingAuthorisationHolder?.address ?? '', multiline: true, rows: 2 })}
${field({ id: 'field-areas', name: 'therapeuticAreas', label: f.therapeuticAreas, hint: f.onePerLine, value: r.therapeuticAreas.join('\n'), multiline: true, rows: 3 })}
${field({ id: 'field-atc', name: 'atcCodes', label: f.atcCodes, hint: f.onePerLine, value: r.atcCodes.join('\n'), multiline: true, rows: 2 })}
${field({ id: 'field-previous-names', name: 'previousNames', label: f.previousNames, hint: f.onePerLine, value: r.previousNames.join('\n'), multiline: true, rows: 2 })}
${r.category === 'veterinary' || r.species.length > 0 ? field({ id: 'field-species', name: 'species', label: ctx.t.medicine.productDetails.species, hint: f.onePerLine, value: r.species.join('\n'), multiline: true, rows: 3 }) : ''}
${field({ id: 'field-developer', name: 'developer', label: ctx.t.medicine.authorisation.developer, value: r.developer, autocomplete: 'organization' })}
<fieldset class="editorial-form__group">
<legend class="label">${ctx.t.medicine.flagsLabel}</legend>
${FLAG_KEYS.map((k) =>
  select({
    id: `field-flag-${k}`,
    name: `flag.${k}`,
    label: ctx.t.flags[k].name,
    options: [{ value: '', label: ctx.t.common.notStated }, { value: 'yes', label: f.yes }, { value: 'no', label: f.no }],
    selected: r.flags[k] === null ? '' : r.flags[k] ? 'yes' : 'no',
  }),
)}
</fieldset>
<fieldset class="editorial-form__group">
<legend class="label">${ctx.t.medicine.sections.authorisationDetails}</legend>
${DATE_KEYS.map((k) => field({ id: `field-date-${k}`, name: `date.${k}`, label: ctx.t.dates[k], hint: m(ctx).events.dateHint, value: r.dates[k] }))}
</fieldset>
${documentRows(ctx, r)}
${LINK_LISTS.map((list) => linkRows(ctx, r, list))}
${view.draft.kind === 'correction' ? field({ id: 'field-reason', name: 'reason', label: f.reason, value: view.draft.reason, required: true }) : ''}`,
  view.conflict ? e.conflict.confirm : f.save,
)}`;
}

/** Two empty rows after the items: enough to add without JavaScript; saving shows two more. */
const SPARE_ROWS = 2;

function linkRows(ctx: Ctx, r: Medicine, list: LinkList): SafeHtml {
  const f = m(ctx).fields;
  const s = ctx.t.medicine.sections;
  const title = { news: ctx.format.interpolate(s.news, { name: r.name }), patientSafetyNews: s.patientSafety, topics: s.topics, related: ctx.format.interpolate(s.related, { name: r.name }) }[list];
  const items = r[list] as readonly { title: string; url: string | null; date?: string | null; kind?: string }[];
  const rows = [...items, ...Array.from({ length: SPARE_ROWS }, () => ({ title: '', url: '', date: '', kind: 'other' }))];
  return html`<fieldset class="editorial-form__group" id="list-${list}">
<legend class="label">${title}</legend>
<p class="hint">${f.listHint}</p>
${rows.map((item, i) => {
  const id = `field-${list}-${i}`;
  return html`<fieldset class="editorial-form__row">
<legend>${title}: ${i + 1}</legend>
${field({ id: `${id}-title`, name: `${list}.${i}.title`, label: f.itemTitle, value: item.title })}
${field({ id: `${id}-url`, name: `${list}.${i}.url`, label: f.itemUrl, value: item.url ?? '', type: 'url' })}
${list === 'news' || list === 'patientSafetyNews' ? field({ id: `${id}-date`, name: `${list}.${i}.date`, label: m(ctx).events.date, hint: m(ctx).events.dateHint, value: item.date ?? '' }) : ''}
${list === 'related' ? select({ id: `${id}-kind`, name: `${list}.${i}.kind`, label: m(ctx).list.kind, options: RELATED_KINDS.map((k) => ({ value: k, label: ctx.t.relatedKinds[k].heading })), selected: item.kind ?? 'other' }) : ''}
</fieldset>`;
})}
</fieldset>`;
}

function documentRows(ctx: Ctx, r: Medicine): SafeHtml {
  if (r.documents.length === 0) return html``;
  const f = m(ctx).fields;
  const s = ctx.t.medicine.sections;
  const sections: Record<DocumentSection, string> = { overview: s.overview, 'product-information': s.productInformation, 'assessment-history': s.assessmentHistory, other: s.otherDocuments };
  return html`<fieldset class="editorial-form__group" id="list-documents">
<legend class="label">${f.documents}</legend>
<p class="hint">${f.documentsHint}</p>
${r.documents.map((d, i) => {
  const id = `field-document-${i}`;
  return html`<fieldset class="editorial-form__row">
<legend>${d.title} (${d.languages.map((l) => l.lang).join(', ') || d.type})</legend>
${field({ id: `${id}-title`, name: `documents.${i}.title`, label: f.itemTitle, value: d.title, required: true })}
${select({ id: `${id}-section`, name: `documents.${i}.section`, label: f.documentSection, options: DOCUMENT_SECTIONS.map((k) => ({ value: k, label: sections[k] })), selected: d.section })}
${field({ id: `${id}-group`, name: `documents.${i}.group`, label: f.documentGroup, value: d.group })}
${field({ id: `${id}-reference`, name: `documents.${i}.referenceText`, label: ctx.t.documents.referenceNumber, value: d.referenceText ?? d.referenceNumber })}
${field({ id: `${id}-status`, name: `documents.${i}.documentStatus`, label: f.documentStatus, value: d.documentStatus })}
<div class="form-group"><input type="checkbox" id="${id}-remove" name="documents.${i}.remove" value="yes"> <label for="${id}-remove">${f.remove}</label></div>
</fieldset>`;
})}
</fieldset>`;
}

export function overviewPage(ctx: Ctx, view: { draft: Draft; record: Medicine; version: number; lang: LanguageCode; errors: string[]; conflict?: ConflictView }): SafeHtml {
  const e = m(ctx);
  const o = e.overview;
  return html`<h1 class="heading-xl">${o.title}: ${view.draft.record.name}</h1>
<p><a href="${draftPath(view.draft.id)}">${e.preview.back}</a></p>
<form class="editorial-form" method="get" action="${draftPath(view.draft.id, 'overview')}">
${select({ id: 'overview-choose', name: 'in', label: o.language, options: LANGUAGES.map((l) => ({ value: l, label: ENDONYMS[l], lang: l })), selected: view.lang })}
<button class="button button--secondary" type="submit">${o.choose}</button>
</form>
${view.conflict ? conflictNotice(ctx, view.conflict) : ''}
${problemsSummary(ctx, [], view.errors)}
${form(
  ctx,
  draftPath(view.draft.id, `overview?in=${view.lang}`),
  html`<input type="hidden" name="version" value="${view.version}">
<div class="form-group">
<label class="label" for="overview-text">${o.text} (<span lang="${view.lang}">${ENDONYMS[view.lang]}</span>)</label>
<p class="hint" id="overview-text-hint">${o.textHint}</p>
<textarea class="input editorial-form__text" id="overview-text" name="text" rows="16" lang="${view.lang}" aria-describedby="overview-text-hint">${overviewToText(view.record.overview[view.lang])}</textarea>
</div>`,
  view.conflict ? e.conflict.confirm : o.save,
)}`;
}

export function uploadPage(ctx: Ctx, view: { draft: Draft; errors: string[]; limitMb: number }): SafeHtml {
  const e = m(ctx);
  const u = e.upload;
  return html`<h1 class="heading-xl">${u.title}: ${view.draft.record.name}</h1>
<p><a href="${draftPath(view.draft.id)}">${e.preview.back}</a></p>
${problemsSummary(ctx, [], view.errors)}
<p>${u.lede}</p>
${form(
  ctx,
  draftPath(view.draft.id, 'documents'),
  html`${version(view.draft)}
${select({ id: 'upload-type', name: 'documentType', label: u.type, options: UPLOAD_TYPES.map((t) => ({ value: t, label: ctx.t.documentTypes[t] })) })}
${select({ id: 'upload-lang', name: 'lang', label: u.language, options: LANGUAGES.map((l) => ({ value: l, label: ENDONYMS[l], lang: l })), selected: ctx.lang })}
${field({ id: 'upload-title', name: 'title', label: u.docTitle, required: true })}
<div class="form-group">
<label class="label" for="upload-file">${u.file}</label>
<p class="hint" id="upload-file-hint">${u.fileHint}</p>
<input class="editorial-form__file" type="file" id="upload-file" name="file" accept="application/pdf,.pdf" aria-describedby="upload-file-hint" required>
</div>`,
  u.submit,
  { multipart: true },
)}`;
}

/* ---------- conflicts ---------- */

export interface ConflictView {
  by: string;
  theirs: SafeHtml;
  merge: MergeResult;
}

/** A value of a conflicting field in words: a list item by item, a link or a document by its title. */
function show(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.length === 0 ? '–' : v.map(show).join('; ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.title === 'string') return [o.title, o.date, o.url].filter((x) => typeof x === 'string' && x).join(', ');
    if (typeof o.name === 'string') return [o.name, o.address].filter((x) => typeof x === 'string' && x).join(', ');
    if (typeof o.number === 'string') return [o.number, o.scope].filter((x) => typeof x === 'string' && x).join(': ');
  }
  return JSON.stringify(v);
}

function stepMergeForm(ctx: Ctx, d: Draft, sm: StepMerge): SafeHtml {
  const e = m(ctx).conflict;
  const c = sm.conflict;
  return html`<div class="notice notice--error editorial-conflict" role="alert">
<h2 class="heading-m">${e.title}</h2>
<p>${ctx.format.interpolate(e.lede, { name: c.by })}</p>
<h3 class="heading-s">${e.theirs}</h3>
${c.theirs}
${form(
  ctx,
  draftPath(d.id, 'events'),
  html`<input type="hidden" name="version" value="${d.version}">
<input type="hidden" name="base" value="${sm.base}">
${Object.entries(sm.step).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
${c.merge.conflicts.length > 0 ? html`<p>${e.choose}</p>` : ''}
${c.merge.conflicts.map((x, i) => html`<fieldset class="editorial-choice">
<legend class="label">${x.field}</legend>
<div><input type="radio" id="choice-${i}-theirs" name="choice.${x.field}" value="theirs" checked> <label for="choice-${i}-theirs">${e.theirsChoice}: ${show(x.theirs)}</label></div>
<div><input type="radio" id="choice-${i}-mine" name="choice.${x.field}" value="mine"> <label for="choice-${i}-mine">${e.mine}: ${show(x.mine)}</label></div>
</fieldset>`)}`,
  e.confirm,
)}
</div>`;
}

function conflictNotice(ctx: Ctx, c: ConflictView): SafeHtml {
  const e = m(ctx).conflict;
  return html`<div class="notice notice--error editorial-conflict" role="alert">
<h2 class="heading-m">${e.title}</h2>
<p>${ctx.format.interpolate(e.lede, { name: c.by })}</p>
<h3 class="heading-s">${e.theirs}</h3>
${c.theirs}
${c.merge.conflicts.length > 0
  ? html`<p>${e.both}</p>
<dl class="summary-list">${c.merge.conflicts.map((x) => html`<div class="summary-list__row"><dt class="summary-list__key">${x.field}</dt><dd class="summary-list__value">${e.yours}: ${show(x.mine)}<br>${e.kept}: ${show(x.theirs)}</dd></div>`)}</dl>`
  : ''}
</div>`;
}

/* ---------- review ---------- */

export function reviewPage(ctx: Ctx, view: { review: Review; changes: SafeHtml; errors: string[]; message: string | null }): SafeHtml {
  const e = m(ctx);
  const rv = e.review;
  const { draft, published, mayPublish, problems } = view.review;
  const override = mayPublish === 'override' ? field({ id: 'override', name: 'overrideReason', label: rv.override, hint: rv.overrideHint, required: true }) : html``;
  const inAnHour = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);
  return html`<h1 class="heading-xl">${rv.title}: ${draft.record.name}</h1>
<p><a href="${draftPath(draft.id)}">${e.preview.back}</a> · <a href="${draftPath(draft.id, 'preview')}">${e.draft.preview}</a></p>
${notice(view.message)}
${problemsSummary(ctx, problems, view.errors)}
<p>${rv.lede}</p>
<h2 class="heading-l">${rv.changes}</h2>
${published === null ? html`<p>${rv.newMedicine}</p>` : ''}
<p class="hint">${rv.legend}</p>
${view.changes}
${mayPublish === 'no'
  ? html`<p class="notice">${ctx.staff?.role === 'editor' ? rv.notPublisher : rv.ownEdit}</p>`
  : draft.state === 'scheduled'
    ? html`<p>${ctx.format.interpolate(e.draft.scheduledFor, { date: dateTime(ctx, draft.scheduledAt), name: draft.scheduledBy ?? '' })}</p>
${form(ctx, draftPath(draft.id, 'unschedule'), html``, rv.unschedule, { secondary: true })}`
    : html`<h2 class="heading-l">${rv.publishHeading}</h2>
${form(ctx, draftPath(draft.id, 'publish'), override, rv.publishNow)}
<h2 class="heading-l">${rv.scheduleHeading}</h2>
${form(ctx, draftPath(draft.id, 'schedule'), html`${field({ id: 'schedule-at', name: 'at', label: rv.at, hint: rv.atHint, value: inAnHour, required: true })}
${mayPublish === 'override' ? field({ id: 'schedule-override', name: 'overrideReason', label: rv.override, hint: rv.overrideHint, required: true }) : ''}`, rv.schedule)}`}`;
}

export function previewBanner(ctx: Ctx, d: Draft): SafeHtml {
  const e = m(ctx).preview;
  return html`<div class="notice editorial-preview" role="note"><p><strong>${ctx.format.interpolate(e.banner, { name: d.record.name })}</strong> <a href="${draftPath(d.id)}">${e.back}</a></p></div>`;
}
