/**
 * A medicine's page: the same sections, in the same order, as EMA's EPAR page, so a reader who
 * knows one knows the other. EMA's text (overview, indication, document titles, news) is printed
 * as given and marked `lang="en"` on pages in other languages; unknown values are left out rather
 * than guessed.
 */
import { companyRoleOf, lifecycleOf, type Lifecycle } from '../../domain/lifecycle.ts';
import { ENDONYMS, isLanguageCode, type LanguageCode } from '../../domain/languages.ts';
import {
  DATE_KEYS,
  FLAG_KEYS,
  RELATED_KINDS,
  isOpinionStatus,
  type DocumentLanguageVersion,
  type FlagKey,
  type Medicine,
  type MedicineDocument,
  type NewsItem,
  type Overview,
} from '../../domain/medicine.ts';
import { attrs, html, type SafeHtml } from '../../http/html.ts';
import { plainSummary, renderMarkdown } from '../../http/markdown.ts';
import { englishText, statusTag, timeTag } from '../../http/layout.ts';
import { presentationsSection, proceduresSection } from './medicine-data.template.ts';
import { interpolateHtml, splitMessage, type PageContext } from '../../i18n/i18n.ts';
import { productInformationCatalogue } from '../../i18n/catalogues/product-information/index.ts';
import { feedLinks } from '../../http/feed-links.ts';
import { feedsCatalogue } from '../../i18n/catalogues/feeds/index.ts';
import { historyCatalogue } from '../../i18n/catalogues/history/index.ts';
import { emaLabelsCatalogue, type EmaLabelMessages } from '../../i18n/catalogues/ema-labels/index.ts';
import { medicineFeedHrefs, productInformationPath } from '../../http/paths.ts';

const EMA_ORIGIN = 'https://www.ema.europa.eu';

/** EMA's pages explaining each flag, as EMA links them (`/node/<id>`). */
const FLAG_INFO_NODES: Readonly<Record<FlagKey, number>> = {
  additionalMonitoring: 68821,
  conditionalApproval: 68774,
  exceptionalCircumstances: 68554,
  acceleratedAssessment: 69621,
  orphan: 69983,
  generic: 69107,
  biosimilar: 68323,
  advancedTherapy: 69659,
  prime: 69853,
};

/** The 24 official EU languages: product information in all of them earns EMA's "all official EU languages" line. */
const OFFICIAL_EU_LANGUAGES: readonly LanguageCode[] = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
];

interface Section {
  id: string;
  title: string;
  content: SafeHtml;
}

/** A document with its position in `m.documents`, which gives it a stable, unique id. */
interface IndexedDocument {
  doc: MedicineDocument;
  index: number;
}

export interface MedicinePageExtras {
  /** The newest revision's date and the history page, for "Last changed on … — see what changed". */
  lastChange?: { asOf: string; href: string } | null;
  /** Whether product information is held as structured text, read on its own pages. */
  productInformation?: boolean;
}

export function medicinePage(ctx: PageContext, m: Medicine, extras: MedicinePageExtras = {}): SafeHtml {
  const lifecycle = lifecycleOf(m.status);
  const documents = m.documents.map((doc, index) => ({ doc, index }));
  const sections = [
    overviewSection(ctx, m, documents),
    productInformationSection(ctx, m, documents, extras.productInformation ?? false),
    productDetailsSection(ctx, m),
    presentationsSection(ctx, m),
    authorisationSection(ctx, m, lifecycle),
    assessmentHistorySection(ctx, documents),
    proceduresSection(ctx, m),
    otherDocumentsSection(ctx, documents),
    withdrawalInformationSection(ctx, m),
    patientSafetySection(ctx, m),
    newsSection(ctx, m),
    relatedSection(ctx, m),
    topicsSection(ctx, m),
  ].filter((s): s is Section => s !== null);

  return html`<article class="medicine">
${pageHeader(ctx, m, lifecycle)}
${contents(ctx, sections)}
${sections.map((s) => html`<section class="medicine-section" id="${s.id}">
<h2 class="heading-l">${s.title}</h2>
${s.content}
</section>`)}
${sourceSection(ctx, m, extras)}
</article>`;
}

/* ---------- header: name, status, lifecycle ---------- */

function pageHeader(ctx: PageContext, m: Medicine, lifecycle: Lifecycle): SafeHtml {
  const { t } = ctx;
  const status = t.statuses[m.status];
  const flags = FLAG_KEYS.filter((k) => m.flags[k] === true);
  return html`<header class="medicine-header">
<p class="caption">${t.categoryMedicine[m.category]}</p>
<h1 class="heading-xl medicine-header__name">${m.name}</h1>
${m.previousNames.length > 0
  ? html`<p class="medicine-header__previous">${ctx.format.interpolate(t.medicine.previousNames, { names: m.previousNames.join(t.common.listSeparator) })}</p>`
  : ''}
${m.activeSubstance
  ? html`<p class="body-l medicine-header__substance">${interpolateHtml(t.common.labelled, { label: t.medicine.activeSubstance, value: html`<span class="medicine-header__substance-name">${m.activeSubstance}</span>` })}</p>`
  : ''}
<div class="status-panel">
<p class="status-panel__status"><span class="visually-hidden">${t.medicine.statusHeading}: </span>${statusTag(ctx, m.status)} <span class="status-panel__description">${status.description}</span></p>
${stepper(ctx, m, lifecycle)}
</div>
${flags.length > 0
  ? html`<ul class="tag-list" aria-label="${t.medicine.flagsLabel}">
${flags.map((k) => html`<li>${flagTag(ctx, k)}</li>`)}
</ul>`
  : ''}
</header>`;
}

/**
 * EMA's three-step stepper. Each step says its state in words, so the state does not rest on the
 * marker's colour or shape; the step the medicine stands at carries `aria-current="step"`.
 */
function stepper(ctx: PageContext, m: Medicine, lifecycle: Lifecycle): SafeHtml {
  const { t } = ctx;
  const names = t.lifecycle.steps[m.category];
  const currentIndex = (() => {
    const open = lifecycle.steps.findIndex((s) => s.state === 'current' || s.state === 'stopped');
    return open >= 0 ? open : lifecycle.steps.map((s) => s.state).lastIndexOf('done');
  })();
  return html`<ol class="stepper" aria-label="${t.lifecycle.label}">
${lifecycle.steps.map(
  (s, i) => html`<li class="stepper__step stepper__step--${s.state}"${attrs({ 'aria-current': i === currentIndex ? 'step' : null })}>
<span class="stepper__name">${names[s.step]}</span>
<span class="stepper__state"><span class="visually-hidden">: </span>${t.lifecycle.states[s.state]}</span>
</li>`,
)}
</ol>`;
}

function flagTag(ctx: PageContext, key: FlagKey): SafeHtml {
  const name = ctx.t.flags[key].name;
  if (key === 'additionalMonitoring') {
    return html`<strong class="tag tag--black"><span class="black-triangle" aria-hidden="true">▼</span> ${name}</strong>`;
  }
  return html`<strong class="tag tag--purple">${name}</strong>`;
}

/* ---------- table of contents ---------- */

function contents(ctx: PageContext, sections: Section[]): SafeHtml {
  if (sections.length < 2) return html``;
  return html`<nav class="contents" aria-labelledby="contents-heading">
<h2 class="heading-s" id="contents-heading">${ctx.t.medicine.contents}</h2>
<ol class="contents__list">
${sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}
</ol>
</nav>`;
}

/* ---------- overview ---------- */

/** The page language's overview, else English, else whichever EMA published. */
function pickOverview(ctx: PageContext, m: Medicine): { lang: LanguageCode; overview: Overview } | null {
  const order: LanguageCode[] = [ctx.lang, 'en', ...Object.keys(m.overview).filter(isLanguageCode)];
  for (const lang of order) {
    const overview = m.overview[lang];
    if (overview && overview.sections.length > 0) return { lang, overview };
  }
  return null;
}

/** The overview document EMA lists in the page's language, for a page whose overview text is in another. */
function overviewInPageLanguage(ctx: PageContext, docs: IndexedDocument[]): { href: string; format: string | null } | null {
  for (const { doc } of docs) {
    if (doc.type !== 'overview') continue;
    const version = doc.languages.find((v) => v.lang === ctx.lang);
    const href = version ? emaHref(version.url) : null;
    if (href) return { href, format: fileFormat(version!.url) };
  }
  return null;
}

function overviewSection(ctx: PageContext, m: Medicine, documents: IndexedDocument[]): Section | null {
  const { t } = ctx;
  const picked = pickOverview(ctx, m);
  const docs = documents.filter((d) => d.doc.section === 'overview');
  if (!picked && docs.length === 0) return null;

  let text = html``;
  if (picked) {
    const fallback = picked.lang !== ctx.lang;
    const own = fallback ? overviewInPageLanguage(ctx, docs) : null;
    text = html`${fallback
      ? html`<p class="notice">${ctx.format.interpolate(t.medicine.overview.fallback, {
          language: ctx.format.languageName(ctx.lang),
          fallback: ctx.format.languageName(picked.lang),
        })}${own
          ? html` ${interpolateHtml(t.medicine.overview.fallbackDocument, {
              language: ctx.format.languageName(ctx.lang),
              link: html`<a href="${own.href}" hreflang="${ctx.lang}">${t.documentTypes.overview}${own.format ? html` (${own.format})` : ''}</a>`,
            })}`
          : ''}</p>`
      : ''}
<div class="prose"${attrs({ lang: fallback ? picked.lang : null })}>
${picked.overview.sections.map((s) => html`${s.heading ? html`<h3 class="heading-m">${s.heading}</h3>` : ''}
${richText(s.body)}`)}
</div>`;
  }
  return {
    id: 'overview',
    title: t.medicine.sections.overview,
    content: html`${text}${docs.map((d) => documentBlock(ctx, d, 3))}`,
  };
}

/** EMA's text (overview, indication, group, withdrawal information) as HTML, never as its Markdown source. */
export const richText = renderMarkdown;

/** The page's meta description: the indication (or the overview's introduction) as plain text. */
export function medicineDescription(m: Medicine): string | undefined {
  const source = m.therapeuticIndication ?? m.overview.en?.sections[0]?.body ?? null;
  const text = source ? plainSummary(source, 200) : '';
  return text === '' ? undefined : text;
}

/* ---------- documents ---------- */

/** EMA sometimes links documents relative to its site; anything that is not http(s) is not linked. */
function emaHref(url: string | null): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return EMA_ORIGIN + trimmed;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function fileFormat(url: string | null): string | null {
  const ext = url ? /\.([a-z0-9]{2,5})(?:[?#]|$)/i.exec(url)?.[1] : undefined;
  return ext ? ext.toUpperCase() : null;
}

/** The version a reader most likely wants: their language, else English, else the first. */
function primaryVersion(ctx: PageContext, doc: MedicineDocument): DocumentLanguageVersion | null {
  return (
    doc.languages.find((v) => v.lang === ctx.lang) ?? doc.languages.find((v) => v.lang === 'en') ?? doc.languages[0] ?? null
  );
}

function documentTitle(ctx: PageContext, doc: MedicineDocument): string {
  if (doc.title.trim() !== '') return doc.title;
  const types: Readonly<Record<string, string>> = ctx.t.documentTypes;
  return types[doc.type] ?? ctx.t.documentTypes.other;
}

function documentBlock(ctx: PageContext, { doc, index }: IndexedDocument, level: 3 | 4): SafeHtml {
  const { t } = ctx;
  const title = documentTitle(ctx, doc);
  const types: Readonly<Record<string, string>> = t.documentTypes;
  const typeName = types[doc.type];
  const primary = primaryVersion(ctx, doc);
  const heading = level === 3
    ? html`<h3 class="heading-s document__title"${englishText(ctx)}>${title}</h3>`
    : html`<h4 class="heading-s document__title"${englishText(ctx)}>${title}</h4>`;
  // The type name helps where the title does not already say it (and where the title is English but the page is not).
  const showType = typeName !== undefined && !title.toLowerCase().includes(typeName.toLowerCase());
  const meta = [
    showType ? html`<span>${typeName}</span>` : null,
    doc.documentStatus ? html`<span${emaLabelAttrs(ctx, 'documentStatus', doc.documentStatus)}>${emaLabel(ctx, 'documentStatus', doc.documentStatus)}</span>` : null,
    doc.referenceText ?? doc.referenceNumber
      ? html`<span>${interpolateHtml(t.common.labelled, { label: t.documents.referenceNumber, value: doc.referenceText ?? doc.referenceNumber ?? '' })}</span>`
      : null,
  ].filter((x) => x !== null);

  return html`<div class="document">
${heading}
${meta.length > 0 ? html`<p class="document__meta">${joinInline(meta)}</p>` : ''}
${primary ? html`<div class="document__primary">${versionBody(ctx, title, primary)}</div>` : ''}
${doc.languages.length > 1
  ? html`<details class="document__languages" id="document-${index}">
<summary>${ctx.format.plural(t.documents.languages, doc.languages.length)}</summary>
<ul class="document-versions">
${doc.languages.map((v) => html`<li class="document-version">${versionBody(ctx, title, v)}</li>`)}
</ul>
</details>`
  : ''}
</div>`;
}

/**
 * One language version: a link whose visible text is the language's own name and the file's
 * format and size, and whose accessible name also says which document it opens
 * ("View Lumykras : EPAR - Product Information in svenska (PDF, 419.4 KB)").
 */
function versionBody(ctx: PageContext, title: string, v: DocumentLanguageVersion): SafeHtml {
  const { t } = ctx;
  const href = emaHref(v.url);
  const format = fileFormat(v.url);
  const size = v.sizeBytes !== null ? ctx.format.fileSize(v.sizeBytes) : null;
  const details =
    format && size ? ctx.format.interpolate(t.documents.fileDetails, { format, size }) : (format ?? size);
  // EMA's document title is English text inside a sentence in the page language: mark it so.
  const [beforeText, afterText] = splitMessage(t.documents.viewIn, 'language', { title: '\u0000' });
  const withTitle = (text: string) => text.split('\u0000').map((part, i) => (i === 0 ? part : html`<span${englishText(ctx)}>${title}</span>${part}`));
  const before = beforeText ? withTitle(beforeText) : null;
  const after = afterText ? withTitle(afterText) : null;
  const label = html`${before ? html`<span class="visually-hidden">${before}</span>` : ''}<span lang="${v.lang}">${ENDONYMS[v.lang]}</span>${after ? html`<span class="visually-hidden">${after}</span>` : ''}${details ? html` (${details})` : ''}`;
  const dates = [
    v.firstPublished ? html`<span>${interpolateHtml(t.common.labelled, { label: t.documents.firstPublished, value: timeTag(ctx, v.firstPublished) })}</span>` : null,
    v.lastUpdated ? html`<span>${interpolateHtml(t.common.labelled, { label: t.documents.lastUpdated, value: timeTag(ctx, v.lastUpdated) })}</span>` : null,
  ].filter((x) => x !== null);
  return html`${href
    ? html`<a class="document__link" href="${href}" hreflang="${v.lang}">${label}</a>`
    : html`<span class="document__link">${label} – ${t.documents.notOnline}</span>`}
${dates.length > 0 ? html`<span class="document__dates">${joinInline(dates)}</span>` : ''}`;
}

/** Separates inline items with a dot that is seen but not read; the spaces keep words apart for screen readers. */
function joinInline(items: SafeHtml[]): SafeHtml {
  return html`${items.map((item, i) => (i === 0 ? item : html` <span class="separator" aria-hidden="true">·</span> ${item}`))}`;
}

/* ---------- product information ---------- */

function productInformationSection(ctx: PageContext, m: Medicine, documents: IndexedDocument[], structured: boolean): Section | null {
  const { t } = ctx;
  const docs = documents.filter((d) => d.doc.section === 'product-information');
  // Imported product information is read on its own pages, section by section.
  if (docs.length === 0 && !m.latestProcedure && !structured) return null;
  // EMA lists the product information first, then its notes, then the other documents (presentations).
  const main = docs.filter((d) => d.doc.type === 'product-information');
  const rest = docs.filter((d) => d.doc.type !== 'product-information');
  const languages = new Set(main.flatMap((d) => d.doc.languages.map((v) => v.lang)));
  const inAllLanguages = main.length > 0 && OFFICIAL_EU_LANGUAGES.every((l) => languages.has(l));
  const latest = m.latestProcedure;

  return {
    id: 'product-info',
    title: t.medicine.sections.productInformation,
    content: html`${structured ? html`<p class="body-l"><a href="${productInformationPath(ctx.lang, m)}">${productInformationCatalogue.get(ctx.lang).medicineLinkText}</a></p>` : ''}
${main.map((d) => documentBlock(ctx, d, 3))}
${latest
  ? html`<p class="latest-procedure">${interpolateHtml(t.common.labelled, {
      label: html`<strong>${t.medicine.productInformation.latestProcedure}</strong>`,
      value: html`<span class="identifier">${latest.number}</span>${latest.date ? html`, ${timeTag(ctx, latest.date)}` : ''}`,
    })}</p>`
  : ''}
${main.length > 0
  ? html`<div class="inset">
${inAllLanguages ? html`<p>${t.medicine.productInformation.allLanguages}</p>` : ''}
<p>${t.medicine.productInformation.contentsIntro}</p>
<ul class="list-bullet">${t.medicine.productInformation.contents.map((c) => html`<li>${c}</li>`)}</ul>
</div>`
  : ''}
${rest.map((d) => documentBlock(ctx, d, 3))}`,
  };
}

/* ---------- product details ---------- */

interface Row {
  key: string;
  value: SafeHtml;
}

function summaryList(rows: Row[]): SafeHtml {
  return html`<dl class="summary-list">
${rows.map((r) => html`<div class="summary-list__row"><dt class="summary-list__key">${r.key}</dt><dd class="summary-list__value">${r.value}</dd></div>`)}
</dl>`;
}

function inlineList(items: string[], langAttr?: SafeHtml): SafeHtml {
  if (items.length === 1) return html`<span${langAttr}>${items[0]}</span>`;
  return html`<ul class="list-plain"${langAttr}>${items.map((i) => html`<li>${i}</li>`)}</ul>`;
}

function productDetailsSection(ctx: PageContext, m: Medicine): Section {
  const { t } = ctx;
  const p = t.medicine.productDetails;
  const rows: Row[] = [{ key: p.name, value: html`${m.name}` }];
  if (m.activeSubstance) rows.push({ key: p.activeSubstance, value: html`${m.activeSubstance}` });
  if (m.inn) rows.push({ key: p.inn, value: html`${m.inn}` });
  if (m.therapeuticAreas.length > 0) rows.push({ key: p.therapeuticArea, value: inlineList(m.therapeuticAreas, englishText(ctx)) });
  if (m.species.length > 0) rows.push({ key: p.species, value: inlineList(m.species, englishText(ctx)) });
  const atc = atcValue(ctx, m);
  if (atc) rows.push({ key: p.atcCode, value: atc });

  return {
    id: 'product-details',
    title: t.medicine.sections.productDetails,
    content: html`${summaryList(rows)}
${m.pharmacotherapeuticGroup
  ? html`<h3 class="heading-m">${p.pharmacotherapeuticGroup}</h3>
<div class="prose"${englishText(ctx)}>${richText(m.pharmacotherapeuticGroup)}</div>`
  : ''}
${m.therapeuticIndication
  ? html`<h3 class="heading-m">${p.therapeuticIndication}</h3>
<div class="prose"${englishText(ctx)}>${richText(m.therapeuticIndication)}</div>`
  : ''}`,
  };
}

/**
 * The ATC field as EMA gives it: the codes; what it printed that is not a code, verbatim and
 * flagged as such; or "not yet assigned" in the page's language.
 */
function atcValue(ctx: PageContext, m: Medicine): SafeHtml | null {
  const p = ctx.t.medicine.productDetails;
  const parts: SafeHtml[] = [];
  if (m.atcCodes.length > 0) parts.push(html`<span class="identifier">${m.atcCodes.join(ctx.t.common.listSeparator)}</span>`);
  for (const code of m.malformedAtcCodes) {
    parts.push(html`<span class="atc-malformed"><span class="identifier">${code}</span> <span class="secondary-text">(${p.atcMalformed})</span></span>`);
  }
  if (parts.length === 0 && m.atcNotYetAssigned === true) parts.push(html`<span class="not-stated">${p.atcNotYetAssigned}</span>`);
  if (parts.length === 0) return null;
  return html`${parts.map((part, i) => (i === 0 ? part : html`${ctx.t.common.listSeparator}${part}`))}`;
}

/* ---------- authorisation details ---------- */

function authorisationSection(ctx: PageContext, m: Medicine, lifecycle: Lifecycle): Section {
  const { t } = ctx;
  const a = t.medicine.authorisation;
  const beforeDecision = lifecycle.outcome === 'ongoing' || lifecycle.outcome === 'withdrawn-before-decision';
  const wasAuthorised = lifecycle.outcome === 'authorised' || lifecycle.outcome === 'suspended' || lifecycle.outcome === 'ended-after-authorisation';

  const rows: Row[] = [];
  if (m.productNumber) rows.push({ key: a.productNumber, value: html`<span class="identifier">${m.productNumber}</span>` });

  // The company in the role EMA gives it at this status: a medicine never authorised has an
  // applicant (or, before any application, a developer), never a holder; older sources that named
  // it as the holder still name the same company.
  const role = companyRoleOf(m.status);
  const holder = m.marketingAuthorisationHolder;
  const organisation = (name: string) => html`<span class="organisation">${name}</span>`;
  let shown: string | null = null;
  if (role === 'holder') {
    if (holder) {
      rows.push({ key: a.holder, value: html`${organisation(holder.name)}${addressLines(holder.address).map((l) => html`<span class="address-line">${l}</span>`)}` });
      shown = holder.name;
    } else if (m.applicant) {
      rows.push({ key: a.applicant, value: organisation(m.applicant) });
      shown = m.applicant;
    } else if (wasAuthorised) {
      // An authorised medicine always has a holder; leaving the row out would suggest it has none.
      rows.push({ key: a.holder, value: html`<span class="not-stated">${t.common.notStated}</span>` });
    }
  } else {
    // Each candidate with the label it is shown under, in order of preference for this role.
    const candidates: [string, string | null][] =
      role === 'developer'
        ? [[a.developer, m.developer], [a.applicant, m.applicant], [a.developer, holder?.name ?? null]]
        : [[a.applicant, m.applicant], [a.applicant, holder?.name ?? null], [a.developer, m.developer]];
    const found = candidates.find(([, name]) => name !== null);
    if (found) {
      rows.push({ key: found[0], value: organisation(found[1]!) });
      shown = found[1];
    }
  }
  // EMA also names the developer of a medicine that went on to an application (PRIME).
  if (m.developer && m.developer !== shown) rows.push({ key: a.developer, value: organisation(m.developer) });

  for (const key of DATE_KEYS) {
    const date = m.dates[key];
    if (key === 'pageLastUpdated' || !date) continue;
    rows.push({ key: t.dates[key], value: timeTag(ctx, date) });
    if (key === 'opinionAdopted' && m.opinionStatus) rows.push({ key: a.opinionStatus, value: opinionStatusValue(ctx, m.opinionStatus) });
  }
  if (m.opinionStatus && !m.dates.opinionAdopted) rows.push({ key: a.opinionStatus, value: opinionStatusValue(ctx, m.opinionStatus) });
  // EMA's revision numbers count changes to an authorisation: a medicine never authorised has none to show.
  if (m.revision !== null && role === 'holder') rows.push({ key: a.revision, value: html`${ctx.format.number(m.revision)}` });

  const flags = FLAG_KEYS.filter((k) => m.flags[k] === true);
  return {
    id: 'authorisation-details',
    title: beforeDecision ? t.medicine.sections.applicationDetails : t.medicine.sections.authorisationDetails,
    content: html`${flags.length > 0
      ? html`<ul class="flag-list">
${flags.map((k) => flagExplanation(ctx, k))}
</ul>`
      : ''}
${rows.length > 0 ? summaryList(rows) : ''}`,
  };
}

/** A recognised opinion in the page's language; EMA's own words otherwise. */
function opinionStatusValue(ctx: PageContext, status: string): SafeHtml {
  if (isOpinionStatus(status)) return html`${ctx.t.medicine.authorisation.opinionStatuses[status]}`;
  return html`<span${englishText(ctx)}>${status}</span>`;
}

function addressLines(address: string | null): string[] {
  return address ? address.split('\n').map((l) => l.trim()).filter((l) => l !== '') : [];
}

function flagExplanation(ctx: PageContext, key: FlagKey): SafeHtml {
  const { t } = ctx;
  const flag = t.flags[key];
  const link = html`<a href="${EMA_ORIGIN}/node/${FLAG_INFO_NODES[key]}" hreflang="en">${flag.moreInfo}</a>`;
  return html`<li class="flag" id="flag-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}">
${flagTag(ctx, key)}
<p>${flag.description}${'symbol' in flag ? html` ${flag.symbol}` : ''} ${interpolateHtml(t.flags.moreInfo, { link })}</p>
</li>`;
}

/* ---------- assessment history and other documents ---------- */

/** EMA's English words as a catalogue key: dashes, spaces and letter case set aside. */
function labelKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u2010-\u2015-]+/gu, ' ').trim().toLocaleLowerCase('en');
}

type EmaLabelKind = keyof EmaLabelMessages;

/** For each kind, EMA's English label → its key in the catalogue. */
const EMA_LABEL_KEYS = Object.fromEntries(
  (Object.keys(emaLabelsCatalogue.english) as EmaLabelKind[]).map((kind) => [
    kind,
    new Map(Object.entries(emaLabelsCatalogue.english[kind]).map(([key, english]) => [labelKey(english), key])),
  ]),
) as Record<EmaLabelKind, Map<string, string>>;

function knownLabelKey(kind: EmaLabelKind, text: string): string | undefined {
  return EMA_LABEL_KEYS[kind].get(labelKey(text));
}

/** One of EMA's recurring labels in the page's language; a label the catalogue does not know stays as EMA printed it. */
export function emaLabel(ctx: PageContext, kind: EmaLabelKind, text: string): string {
  const key = knownLabelKey(kind, text);
  return key === undefined ? text : (emaLabelsCatalogue.get(ctx.lang)[kind] as Readonly<Record<string, string>>)[key]!;
}

/** `lang="en"` on a label left in EMA's English on a page in another language. */
function emaLabelAttrs(ctx: PageContext, kind: EmaLabelKind, text: string): SafeHtml {
  return knownLabelKey(kind, text) === undefined ? englishText(ctx) : html``;
}

/** Documents grouped by EMA's sub-heading, in the order the groups first appear. */
function groupDocuments(docs: IndexedDocument[]): { group: string | null; docs: IndexedDocument[] }[] {
  const groups = new Map<string | null, IndexedDocument[]>();
  for (const d of docs) {
    const key = d.doc.group?.trim() || null;
    const list = groups.get(key);
    if (list) list.push(d);
    else groups.set(key, [d]);
  }
  // Ungrouped documents come first, so they are not read as part of the last group.
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : 0))
    .map(([group, list]) => ({ group, docs: list }));
}

/**
 * EMA folds each named group of these sections (the procedural steps "Changes since initial
 * authorisation", the initial authorisation documents) into an accordion; a `<details>` per group
 * does the same without script, its heading in the summary so the page's outline keeps it.
 */
function groupedDocuments(ctx: PageContext, docs: IndexedDocument[]): SafeHtml {
  return html`${groupDocuments(docs).map(({ group, docs: list }) =>
    group
      ? html`<details class="document-group">
<summary class="document-group__summary"><h3 class="heading-m document-group__heading"${emaLabelAttrs(ctx, 'groups', group)}>${emaLabel(ctx, 'groups', group)}</h3></summary>
${list.map((d) => documentBlock(ctx, d, 4))}
</details>`
      : html`${list.map((d) => documentBlock(ctx, d, 3))}`,
  )}`;
}

function assessmentHistorySection(ctx: PageContext, documents: IndexedDocument[]): Section | null {
  const docs = documents.filter((d) => d.doc.section === 'assessment-history');
  if (docs.length === 0) return null;
  return { id: 'assessment-history', title: ctx.t.medicine.sections.assessmentHistory, content: groupedDocuments(ctx, docs) };
}

function otherDocumentsSection(ctx: PageContext, documents: IndexedDocument[]): Section | null {
  const docs = documents.filter((d) => d.doc.section === 'other');
  if (docs.length === 0) return null;
  return { id: 'other-documents', title: ctx.t.medicine.sections.otherDocuments, content: groupedDocuments(ctx, docs) };
}

/* ---------- news and related items ---------- */

function newsList(ctx: PageContext, items: NewsItem[]): SafeHtml {
  const { t } = ctx;
  return html`<ul class="link-list link-list--spaced">
${items.map((n) => {
  const href = emaHref(n.url);
  const title = href ? html`<a href="${href}" hreflang="en"${englishText(ctx)}>${n.title}</a>` : html`<span${englishText(ctx)}>${n.title}</span>`;
  return html`<li>${title}${n.date
    ? html` <span class="secondary-text">${interpolateHtml(t.medicine.news.published, { date: timeTag(ctx, n.date) })}</span>`
    : ''}</li>`;
})}
</ul>`;
}

function newsSection(ctx: PageContext, m: Medicine): Section | null {
  if (m.news.length === 0) return null;
  return { id: 'news-on', title: ctx.format.interpolate(ctx.t.medicine.sections.news, { name: m.name }), content: newsList(ctx, m.news) };
}

/** EMA's safety communications on the medicine; where only EMA's table says there are some, a line saying so. */
function patientSafetySection(ctx: PageContext, m: Medicine): Section | null {
  if (m.patientSafetyNews.length === 0 && m.patientSafety !== true) return null;
  const emaUrl = emaHref(m.emaUrl);
  const marker = ctx.t.medicine.news.patientSafetyMarker;
  return {
    id: 'patient-safety',
    title: ctx.t.medicine.sections.patientSafety,
    content: m.patientSafetyNews.length > 0
      ? newsList(ctx, m.patientSafetyNews)
      : html`<p>${emaUrl ? html`<a href="${emaUrl}#patient-safety" hreflang="en">${marker}</a>` : marker}</p>`,
  };
}

function withdrawalInformationSection(ctx: PageContext, m: Medicine): Section | null {
  if (!m.withdrawalInformation) return null;
  return {
    id: 'related-info-withdrawn',
    title: ctx.t.medicine.sections.withdrawalInformation,
    content: html`<div class="prose"${englishText(ctx)}>${renderMarkdown(m.withdrawalInformation)}</div>`,
  };
}

function topicsSection(ctx: PageContext, m: Medicine): Section | null {
  if (m.topics.length === 0) return null;
  return {
    id: 'topics',
    title: ctx.t.medicine.sections.topics,
    content: html`<ul class="link-list">
${m.topics.map((topic) => {
  const href = emaHref(topic.url);
  return html`<li>${href ? html`<a href="${href}" hreflang="en"${englishText(ctx)}>${topic.title}</a>` : html`<span${englishText(ctx)}>${topic.title}</span>`}</li>`;
})}
</ul>`,
  };
}

function relatedSection(ctx: PageContext, m: Medicine): Section | null {
  if (m.related.length === 0) return null;
  const { t } = ctx;
  const groups = RELATED_KINDS.map((kind) => ({ kind, items: m.related.filter((r) => r.kind === kind) })).filter((g) => g.items.length > 0);
  return {
    id: 'related-medicines',
    title: ctx.format.interpolate(t.medicine.sections.related, { name: m.name }),
    content: html`${groups.map(
      (g) => html`<h3 class="heading-m">${t.relatedKinds[g.kind].heading}</h3>
<ul class="link-list link-list--spaced">
${g.items.map((r) => {
  const href = emaHref(r.url);
  return html`<li>${href ? html`<a href="${href}"${englishText(ctx)}>${r.title}</a>` : html`<span${englishText(ctx)}>${r.title}</span>`}</li>`;
})}
</ul>`,
    )}`,
  };
}

/* ---------- last updated, source and data ---------- */

function sourceSection(ctx: PageContext, m: Medicine, extras: MedicinePageExtras): SafeHtml {
  const { t } = ctx;
  const emaUrl = emaHref(m.emaUrl);
  const updated = m.dates.pageLastUpdated;
  const changed = extras.lastChange;
  const h = historyCatalogue.get(ctx.lang).medicineLink;
  return html`<footer class="medicine-footer">
${updated ? html`<p class="medicine-footer__updated">${t.dates.pageLastUpdated} ${timeTag(ctx, updated)}</p>` : ''}
${changed ? html`<p class="medicine-footer__changed">${interpolateHtml(h.lastChanged, { date: html`<time datetime="${changed.asOf}">${ctx.format.date(changed.asOf)}</time>`, link: html`<a href="${changed.href}">${h.link}</a>` })}</p>` : ''}
<h2 class="heading-m">${t.medicine.source.heading}</h2>
<ul class="link-list">
${emaUrl ? html`<li><a href="${emaUrl}" hreflang="en">${t.medicine.source.ema}</a></li>` : ''}
<li><a href="/api/v1/medicines/${encodeURIComponent(m.slug)}" type="application/json">${t.medicine.source.json}</a></li>
<li>${feedLinks(ctx, feedsCatalogue.get(ctx.lang).subscribeMedicine, medicineFeedHrefs(ctx.lang, m))}</li>
</ul>
</footer>`;
}
