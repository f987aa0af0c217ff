/**
 * The product-information pages: an overview with each document's table of contents, one page
 * per document (SmPC, annex II, labelling, leaflet) with every section under a permanent anchor
 * named after its annex and EMA's number (`#smpc-4-2`, the same in every language), and two
 * languages side by side. EMA's text keeps its language (`lang` on the document when it is not
 * the page's), its numbering and its headings as written.
 */
import { ANNEX_KINDS, type AnnexKind, type PiAnnex, type PiBlock, type PiSection, type ProductInformationDocument } from '../../domain/product-information.ts';
import { sectionAnchor } from '../../domain/product-information-diff.ts';
import { isLanguageCode, type LanguageCode } from '../../domain/languages.ts';
import type { Medicine } from '../../domain/medicine.ts';
import { attrs, html, type SafeHtml } from '../../http/html.ts';
import { apiProductInformationPath, nationalProductsPath, productInformationPath } from '../../http/paths.ts';
import type { PageContext } from '../../i18n/i18n.ts';
import { productInformationCatalogue, type ProductInformationMessages } from '../../i18n/catalogues/product-information/index.ts';
import type { NationalProduct, NationalVersion, PiStoredVersion, PiVersionSummary } from './product-information.service.ts';

export interface PiPageView {
  medicine: Medicine;
  /** The version shown: in the page's language when there is one, else a fallback. */
  shown: PiStoredVersion | null;
  /** The newest version in each language held. */
  languages: PiVersionSummary[];
  /** One document's page, or the overview. */
  document: AnnexKind | null;
}

export function productInformationTitle(ctx: PageContext, m: Pick<Medicine, 'name'>, document: AnnexKind | null): string {
  const t = productInformationCatalogue.get(ctx.lang);
  return document ? `${m.name}: ${t.documents[document]}` : `${m.name}: ${t.title}`;
}

export function productInformationPage(ctx: PageContext, view: PiPageView): SafeHtml {
  const t = productInformationCatalogue.get(ctx.lang);
  const { medicine: m, shown, document } = view;
  const heading = html`<h1 class="heading-xl"><span class="caption">${m.name}</span> ${document ? t.documents[document] : t.title}</h1>`;
  if (!shown) return html`${heading}<p class="body-l">${t.none}</p>`;
  const doc = shown.document;
  const docLang = isLanguageCode(doc.language) ? doc.language : null;
  const annexes = document ? doc.annexes.filter((a) => a.kind === document) : doc.annexes;
  return html`${heading}
${document ? '' : html`<p class="body-l">${t.lede}</p>`}
${fallbackNotice(ctx, t, shown)}
${versionFacts(ctx, t, view)}
${otherLanguages(ctx, t, view)}
${document
  ? html`<nav class="pi-documents" aria-label="${t.title}"><ul class="pi-documents__list">${doc.annexes.map((a) => html`<li>${a.kind === document ? html`<span aria-current="page">${t.documents[a.kind]}</span>` : html`<a href="${productInformationPath(ctx.lang, m, a.kind)}">${t.documents[a.kind]}</a>`}</li>`)}</ul></nav>`
  : ''}
${annexes.map((annex) =>
  document
    ? html`<div class="pi-document"${attrs({ lang: docLang && docLang !== ctx.lang ? docLang : null })}>
${toc(ctx, t, m, annex, document)}
${annex.preamble.length > 0 ? html`<div class="pi-preamble">${annex.preamble.map((b) => block(b, 3))}</div>` : ''}
${annex.sections.map((s) => section(t, annex.kind, s, 0))}
</div>`
    : html`<section class="pi-overview" aria-labelledby="pi-${annex.kind}">
<h2 class="heading-l" id="pi-${annex.kind}"><a href="${productInformationPath(ctx.lang, m, annex.kind)}">${t.documents[annex.kind]}</a></h2>
<div${attrs({ lang: docLang && docLang !== ctx.lang ? docLang : null })}>${toc(ctx, t, m, annex, null)}</div>
</section>`,
)}
${view.languages.length > 1 ? compareForm(ctx, t, view) : ''}
<p><a href="${apiProductInformationPath(m, shown.lang)}" type="application/json">${t.asJson}</a></p>`;
}

function fallbackNotice(ctx: PageContext, t: ProductInformationMessages, shown: PiVersionSummary): SafeHtml | '' {
  if (shown.lang === ctx.lang || !isLanguageCode(shown.lang)) return '';
  return html`<p class="notice">${ctx.format.interpolate(t.fallback, { language: ctx.format.languageName(ctx.lang), shown: ctx.format.languageName(shown.lang) })}</p>`;
}

function versionFacts(ctx: PageContext, t: ProductInformationMessages, view: PiPageView): SafeHtml {
  const shown = view.shown!;
  const m = view.medicine;
  const kind = shown.source.kind as keyof ProductInformationMessages['sources'];
  const stored = m.files.find((f) => f.documentType === 'product-information' && f.lang === shown.lang);
  const emaUrl = m.documents.find((d) => d.type === 'product-information')?.languages.find((l) => l.lang === shown.lang)?.url ?? (shown.source.url && /^https:\/\/www\.ema\.europa\.eu\//.test(shown.source.url) ? shown.source.url : null);
  const facts: SafeHtml[] = [
    html`${shown.versionDate ? ctx.format.interpolate(t.version, { date: ctx.format.date(shown.versionDate) }) : t.undated}`,
    html`${t.sources[kind] ?? kind}`,
    html`${ctx.format.interpolate(t.imported, { date: ctx.format.date(shown.importedAt.slice(0, 10)) })}`,
  ];
  if (shown.procedure) facts.push(html`${ctx.format.interpolate(t.procedure, { procedure: shown.procedure })}`);
  if (stored) facts.push(html`<a href="/files/${stored.sha256}" type="application/pdf" hreflang="${stored.lang}">${t.storedPdf}</a> <span class="caption">(PDF, ${ctx.format.fileSize(stored.sizeBytes)})</span>`);
  if (emaUrl) facts.push(html`<a href="${emaUrl}" type="application/pdf" hreflang="${shown.lang}" rel="external">${t.emaPdf}</a>`);
  return html`<ul class="pi-facts">${facts.map((f) => html`<li>${f}</li>`)}</ul>`;
}

function otherLanguages(ctx: PageContext, t: ProductInformationMessages, view: PiPageView): SafeHtml | '' {
  const others = view.languages.filter((v) => v.lang !== view.shown!.lang && isLanguageCode(v.lang));
  if (others.length === 0) return '';
  return html`<p class="pi-languages">${t.otherLanguages}: ${others.map((v, i) => html`${i > 0 ? ', ' : ''}<a href="${productInformationPath(v.lang, view.medicine, view.document ?? undefined)}" hreflang="${v.lang}" lang="${v.lang}">${ctx.format.languageName(v.lang as LanguageCode)}</a>`)}</p>`;
}

function toc(ctx: PageContext, t: ProductInformationMessages, m: Medicine, annex: PiAnnex, document: AnnexKind | null): SafeHtml {
  const base = document ? '' : productInformationPath(ctx.lang, m, annex.kind);
  const id = `toc-${annex.kind}`;
  const item = (s: PiSection, depth: number): SafeHtml =>
    html`<li><a href="${base}#${sectionAnchor(annex.kind, s.key)}">${title(t, annex.kind, s)}</a>${depth < 1 && s.subsections.length > 0 ? html`<ol class="pi-toc__list">${s.subsections.map((c) => item(c, depth + 1))}</ol>` : ''}</li>`;
  return html`<nav class="pi-toc" aria-labelledby="${id}"${attrs({ id: document ? 'contents' : null })}>
<h2 class="heading-s" id="${id}">${document ? t.contents : html`<span class="visually-hidden">${t.documents[annex.kind]}: </span>${t.contents}`}</h2>
<ol class="pi-toc__list">${annex.sections.map((s) => item(s, 0))}</ol>
</nav>`;
}

/** A section's heading as EMA prints it; an untitled labelling pack is "Pack n". */
function title(t: ProductInformationMessages, annex: AnnexKind, s: PiSection): string {
  const text = [s.number, s.heading].filter((p) => p !== '').join(' ');
  if (text !== '') return text;
  if (annex === 'labelling' && /^\d+$/.test(s.key)) return t.pack.replace('{n}', s.key);
  return s.key;
}

function section(t: ProductInformationMessages, annex: AnnexKind, s: PiSection, depth: number): SafeHtml {
  const anchor = sectionAnchor(annex, s.key);
  const level = Math.min(6, depth + 3);
  return html`<section class="pi-section pi-section--depth-${depth}" id="${anchor}" data-pi-section aria-labelledby="${anchor}-h">
${headingTag(level, `${anchor}-h`, `pi-section__heading heading-${depth === 0 ? 'm' : 's'}`, title(t, annex, s))}
${s.blocks.map((b) => block(b, level + 1))}
${s.subsections.map((c) => section(t, annex, c, depth + 1))}
${depth === 0 ? html`<p class="pi-section__top"><a href="#contents">${t.backToContents}</a></p>` : ''}
</section>`;
}

function headingTag(level: number, id: string | null, className: string, text: string): SafeHtml {
  return html`<h${level}${attrs({ id, class: className })}>${text}</h${level}>`;
}

export function block(b: PiBlock, level: number): SafeHtml {
  switch (b.type) {
    case 'paragraph':
      return html`<p class="pi-text">${b.text}</p>`;
    case 'heading':
      return headingTag(Math.min(6, level), null, 'pi-subheading', b.text);
    case 'list':
      return b.ordered ? html`<ol class="pi-list">${b.items.map((i) => html`<li>${i}</li>`)}</ol>` : html`<ul class="pi-list">${b.items.map((i) => html`<li>${i}</li>`)}</ul>`;
    case 'table': {
      const head = b.rows.slice(0, b.headerRows);
      const body = b.rows.slice(b.headerRows);
      return html`<div class="table-wrapper pi-table" role="region" aria-label="${(b.rows[0] ?? []).filter((c) => c !== '').slice(0, 3).join(', ') || 'table'}" tabindex="0"><table class="table">
${head.length > 0 ? html`<thead>${head.map((r) => html`<tr>${r.map((c) => html`<th class="table__header" scope="col">${c}</th>`)}</tr>`)}</thead>` : ''}
<tbody>${body.map((r) => html`<tr>${r.map((c) => html`<td class="table__cell">${c}</td>`)}</tr>`)}</tbody>
</table></div>`;
    }
  }
}

function compareForm(ctx: PageContext, t: ProductInformationMessages, view: PiPageView): SafeHtml {
  const shown = view.shown!;
  const others = view.languages.filter((v) => v.lang !== shown.lang && isLanguageCode(v.lang));
  const documents = ANNEX_KINDS.filter((k) => shown.document.annexes.some((a) => a.kind === k));
  return html`<form class="filters pi-compare-form" method="get" action="${productInformationPath(ctx.lang, view.medicine)}/compare">
<fieldset class="filters__fieldset">
<legend class="heading-s">${t.compare.heading}</legend>
<p>${t.compare.text}</p>
<div class="filters__fields">
<div class="form-group">
<label class="label" for="pi-compare-with">${t.compare.language}</label>
<select class="select" id="pi-compare-with" name="with">${others.map((v) => html`<option value="${v.lang}">${ctx.format.languageName(v.lang as LanguageCode)}</option>`)}</select>
</div>
<div class="form-group">
<label class="label" for="pi-compare-document">${t.compare.document}</label>
<select class="select" id="pi-compare-document" name="document">${documents.map((k) => html`<option value="${k}"${attrs({ selected: k === (view.document ?? 'smpc') })}>${t.documents[k]}</option>`)}</select>
</div>
<div class="filters__actions">
<button class="button" type="submit">${t.compare.button}</button>
</div>
</div>
</fieldset>
</form>`;
}

export interface PiCompareView {
  medicine: Medicine;
  document: AnnexKind;
  left: PiStoredVersion;
  /** The other language's version; null when it has none. */
  right: PiStoredVersion | null;
  rightLang: LanguageCode;
}

export function compareTitle(ctx: PageContext, view: Pick<PiCompareView, 'medicine' | 'document' | 'left' | 'rightLang'>): string {
  const t = productInformationCatalogue.get(ctx.lang);
  const left = isLanguageCode(view.left.lang) ? ctx.format.languageName(view.left.lang) : view.left.lang;
  return `${view.medicine.name}: ${ctx.format.interpolate(t.compare.title, { document: t.documents[view.document], left, right: ctx.format.languageName(view.rightLang) })}`;
}

/** Two languages side by side, section by section, matched by EMA's numbers (never by position). */
export function comparePage(ctx: PageContext, view: PiCompareView): SafeHtml {
  const t = productInformationCatalogue.get(ctx.lang);
  const heading = html`<h1 class="heading-l">${compareTitle(ctx, view)}</h1>
<p><a href="${productInformationPath(ctx.lang, view.medicine, view.document)}">${t.readDocument}</a></p>`;
  if (!view.right) return html`${heading}<p class="notice">${ctx.format.interpolate(t.compare.unavailable, { language: ctx.format.languageName(view.rightLang) })}</p>`;
  const flat = (doc: ProductInformationDocument) => {
    const out: { section: PiSection; depth: number }[] = [];
    const walk = (sections: PiSection[], depth: number) => {
      for (const s of sections) {
        out.push({ section: s, depth });
        walk(s.subsections, depth + 1);
      }
    };
    walk(doc.annexes.find((a) => a.kind === view.document)?.sections ?? [], 0);
    return out;
  };
  const left = flat(view.left.document);
  const right = new Map(flat(view.right.document).map((e) => [e.section.key, e]));
  const keys = [...left.map((e) => e.section.key), ...[...right.keys()].filter((k) => !left.some((e) => e.section.key === k))];
  const leftBy = new Map(left.map((e) => [e.section.key, e]));
  const side = (entry: { section: PiSection; depth: number } | undefined, lang: string) =>
    entry
      ? html`<div class="pi-compare__side" lang="${lang}">${headingTag(Math.min(6, entry.depth + 2), null, 'heading-s', title(t, view.document, entry.section))}${entry.section.blocks.map((b) => block(b, entry.depth + 3))}</div>`
      : html`<div class="pi-compare__side pi-compare__side--missing"><p class="caption">${t.compare.missing}</p></div>`;
  return html`${heading}
<div class="pi-compare">
${keys.map((key) => html`<div class="pi-compare__row" id="${sectionAnchor(view.document, key)}" data-pi-section>${side(leftBy.get(key), view.left.lang)}${side(right.get(key), view.right!.lang)}</div>`)}
</div>`;
}

// ---------------------------------------------------------------------------------------------
// Nationally authorised products: no EPAR, their ePI only, in the same design.

/** The index of national products, with the languages each one's product information is in. */
export function nationalProductsPage(ctx: PageContext, products: (NationalProduct & { languages: string[] })[]): SafeHtml {
  const t = productInformationCatalogue.get(ctx.lang);
  const regions = new Intl.DisplayNames([ctx.lang], { type: 'region', fallback: 'code' });
  return html`<h1 class="heading-xl">${t.national.title}</h1>
<p class="body-l">${t.national.lede}</p>
${products.length === 0
  ? html`<p>${t.none}</p>`
  : html`<ul class="list-bullet">${products.map(
      (p) => html`<li><a href="${nationalProductsPath(ctx.lang, p.slug)}">${p.name}</a> <span class="caption">(${[p.country ? regions.of(p.country) ?? p.country : null, `${t.national.authorisationNumber} ${p.authorisationNumbers.join(', ')}`].filter((x) => x !== null).join('; ')})</span></li>`,
    )}</ul>`}`;
}

export interface NationalPageView {
  product: NationalProduct;
  /** The version shown: in the page's language when there is one, else the first held. */
  shown: NationalVersion | null;
  versions: NationalVersion[];
}

/** A national product's page: who authorised it and under which numbers, then its documents section by section. */
export function nationalProductPage(ctx: PageContext, view: NationalPageView): SafeHtml {
  const t = productInformationCatalogue.get(ctx.lang);
  const { product: p, shown } = view;
  const regions = new Intl.DisplayNames([ctx.lang], { type: 'region', fallback: 'code' });
  const facts: [string, string | null][] = [
    [t.national.authorisationNumber, p.authorisationNumbers.join(', ')],
    [t.national.country, p.country ? (regions.of(p.country) ?? p.country) : null],
    [t.national.authority, p.authority],
    [t.national.holder, p.holder],
  ];
  const heading = html`<h1 class="heading-xl"><span class="caption">${p.name}</span> ${t.title}</h1>`;
  if (!shown) return html`${heading}<p class="body-l">${t.none}</p>`;
  const doc = shown.document;
  const docLang = isLanguageCode(doc.language) ? doc.language : null;
  const kind = shown.source.kind as keyof ProductInformationMessages['sources'];
  const others = view.versions.filter((v) => v.lang !== shown.lang && isLanguageCode(v.lang));
  return html`${heading}
<p class="notice">${t.national.notice}</p>
<dl class="pi-national">${facts.filter(([, v]) => v !== null && v !== '').map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
${fallbackNotice(ctx, t, { ...shown, procedure: null, contentHash: '', source: { ...shown.source, url: null } })}
<ul class="pi-facts">
<li>${shown.versionDate ? ctx.format.interpolate(t.version, { date: ctx.format.date(shown.versionDate) }) : t.undated}</li>
<li>${t.sources[kind] ?? kind}</li>
<li>${ctx.format.interpolate(t.imported, { date: ctx.format.date(shown.importedAt.slice(0, 10)) })}</li>
</ul>
${others.length > 0 ? html`<p class="pi-languages">${t.otherLanguages}: ${others.map((v, i) => html`${i > 0 ? ', ' : ''}<a href="${nationalProductsPath(v.lang, p.slug)}" hreflang="${v.lang}" lang="${v.lang}">${ctx.format.languageName(v.lang as LanguageCode)}</a>`)}</p>` : ''}
<nav class="pi-toc" aria-labelledby="toc-national" id="contents">
<h2 class="heading-s" id="toc-national">${t.contents}</h2>
<ol class="pi-toc__list">${doc.annexes.map(
    (annex) => html`<li><a href="#pi-${annex.kind}">${t.documents[annex.kind]}</a><ol class="pi-toc__list">${annex.sections.map((s) => html`<li><a href="#${sectionAnchor(annex.kind, s.key)}">${title(t, annex.kind, s)}</a></li>`)}</ol></li>`,
  )}</ol>
</nav>
${doc.annexes.map(
  (annex) => html`<section class="pi-document" aria-labelledby="pi-${annex.kind}"${attrs({ lang: docLang && docLang !== ctx.lang ? docLang : null })}>
<h2 class="heading-l" id="pi-${annex.kind}"${attrs({ lang: docLang && docLang !== ctx.lang ? ctx.lang : null })}>${t.documents[annex.kind]}</h2>
${annex.preamble.length > 0 ? html`<div class="pi-preamble">${annex.preamble.map((b) => block(b, 3))}</div>` : ''}
${annex.sections.map((s) => section(t, annex.kind, s, 0))}
</section>`,
)}`;
}
