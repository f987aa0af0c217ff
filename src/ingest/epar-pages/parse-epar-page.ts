/**
 * Parser for EMA's EPAR pages ("European public assessment report" pages on www.ema.europa.eu)
 * in the Markdown form docling produces from the HTML: YAML front matter, then the page.
 *
 * The same page comes in several layouts, because EMA's templates changed over the years and
 * docling renders the same HTML differently depending on its structure:
 * - the status is a `##### Authorised` heading, a bare "Authorised" line, or only the
 *   "Medicine Human Authorised" line (sometimes split over three lines);
 * - product and authorisation details are one run-on line ("Name of medicine X Active
 *   substance Y ..."), one label per line with values on the following lines, or a bullet list
 *   of `- **Label**` items with indented values;
 * - questions of the overview are `##` or `###` headings; sub-groups of the assessment
 *   history are `##`, `###` or `####`;
 * - dates of documents sit on the label's line or on the line after it.
 * Rather than one parser per layout, each part of the page is reduced to a layout-free form
 * (a stream of label/value pairs, a sequence of document blocks) and read from there.
 *
 * The parser never throws: anything unexpected becomes a warning, or an error when the page
 * cannot yield a trustworthy record (no title, no status, truncated).
 */
import {
  parseEmaReference,
  parseProcedureNumber,
  parseProductNumber,
  productCategory,
  type AtcCode,
  type ProductNumber,
} from '../../domain/identifiers.ts';
import { isLanguageCode } from '../../domain/languages.ts';
import {
  emptyDates,
  emptyFlags,
  FLAG_KEYS,
  parseStatus,
  type Category,
  type DateKey,
  type DocumentLanguageVersion,
  type DocumentSection,
  type FlagKey,
  type LatestProcedure,
  type MarketingAuthorisationHolder,
  type Medicine,
  type MedicineDocument,
  type NewsItem,
  type OverviewSection,
  type RelatedItem,
  type RelatedKind,
  type Status,
  type Topic,
} from '../../domain/medicine.ts';
import { readAtcCodes, readOpinionStatus } from '../source-vocabulary.ts';

export type ParseOutcome = { ok: true; medicine: Medicine; warnings: string[] } | { ok: false; error: string };

export interface ParseOptions {
  /** The file the text came from; the slug falls back to it when the front matter lacks a path. */
  fileName: string;
}

const EMA_ORIGIN = 'https://www.ema.europa.eu';

// Lines longer than this are prose or garbage; structural patterns are not tried on them, which
// keeps the parser linear on hostile input (one multi-megabyte line).
const MAX_STRUCTURAL_LINE = 4000;

export function parseEparPage(text: string, opts: ParseOptions): ParseOutcome {
  try {
    return parse(text, opts);
  } catch (err) {
    // A bug must not take the whole import down; the caller reports it against the file.
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `internal parser error: ${message}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Page structure

type RegionKind =
  | 'header'
  | 'contents'
  | 'overview'
  | 'product-information'
  | 'product-details'
  | 'pharmacotherapeutic-group'
  | 'therapeutic-indication'
  | 'authorisation'
  | 'assessment-history'
  | 'news'
  | 'patient-safety'
  | 'topics'
  | 'withdrawal-information'
  | 'more-information'
  | 'related'
  | 'other';

/** A run of lines under one heading, `[start, end)`. */
interface Region {
  kind: RegionKind;
  /** The heading that opened the region, as printed. */
  heading: string | null;
  /** The sub-heading documents in this region are listed under. */
  group: string | null;
  start: number;
  end: number;
}

interface Page {
  lines: string[];
  /** Lines already claimed by a structure (document block, date line) and not to be read as text. */
  used: Uint8Array;
  regions: Region[];
  warnings: string[];
}

function parse(input: string, opts: ParseOptions): ParseOutcome {
  if (typeof input !== 'string') return { ok: false, error: 'input is not text' };
  const warnings: string[] = [];
  const { frontMatter, body } = splitFrontMatter(input);
  const lines = normaliseLines(body);

  const titleIndex = findTitle(lines);
  if (titleIndex < 0) return { ok: false, error: 'no title: the page has no "# Name" heading' };
  const rawTitle = cleanInline(lines[titleIndex]!.replace(/^#\s+/, ''));
  const { name, previousNames } = splitTitle(rawTitle);
  if (!name) return { ok: false, error: 'no title: the "# " heading is empty' };

  const { regions, footer } = splitRegions(lines, titleIndex + 1, contentsAnchors(lines, titleIndex + 1));
  const page: Page = { lines, used: new Uint8Array(lines.length), regions, warnings };
  const kinds = new Set(regions.map((r) => r.kind));
  const header = regions.find((r) => r.kind === 'header');
  const headerLines = header ? lines.slice(header.start, header.end) : [];

  const path = frontMatter.get('document_pathfilename') ?? null;
  const rss = findRss(headerLines);
  const eparPath = path !== null && /\/EPAR\//i.test(path);
  const hasDetails = kinds.has('product-details') || kinds.has('authorisation');
  // A page of another kind (news, PIP, referral) must not slip in as a medicine.
  if (path !== null && !eparPath && !hasDetails) return { ok: false, error: `not an EPAR page (document path "${path}")` };
  const medicineTag = headerLines.some((l) => /(?:^|\s)Medicine\s+(?:Human|Veterinary)\b/i.test(l));
  if (!eparPath && rss === null && !medicineTag && !hasDetails) {
    return { ok: false, error: 'not an EPAR page: no EPAR path, RSS link, "Medicine Human" tag or product details' };
  }

  const status = findStatus(headerLines, warnings);
  if (!status) return { ok: false, error: 'no status: expected EMA\'s status (e.g. "##### Authorised") under the title' };

  const missing = missingSections(status, kinds);
  if (missing) return { ok: false, error: `truncated page: status "${status}" needs ${missing}, which the page lacks` };
  if (!footer) warnings.push('page has no "Share this page" footer: it may be truncated');

  const pageLastUpdated = takePageLastUpdated(page);
  const latestProcedure = takeLatestProcedure(page);
  const documents = parseDocuments(page);
  const details = parseDetails(page);
  const overviewSections = parseOverview(page);
  const { items: news, related: newsRelated } = parseNews(page, 'news');
  const { items: patientSafetyNews, related: safetyRelated } = parseNews(page, 'patient-safety');
  const related = [...parseRelated(page), ...newsRelated, ...safetyRelated];
  const topics = parseTopics(page);
  // After the related links: only the explanation is left of that section.
  const withdrawalInformation = regionText(page, 'withdrawal-information');

  const productNumber = details.productNumber;
  const category = decideCategory(path, productNumber, rss?.category ?? null, headerLines, warnings);
  const slug = decideSlug(path, opts.fileName, warnings);

  const dates = { ...emptyDates(), ...details.dates, pageLastUpdated };
  const medicine: Medicine = {
    productNumber,
    name,
    slug,
    previousNames,
    category,
    status,
    inn: details.inn,
    activeSubstance: details.activeSubstance,
    therapeuticAreas: details.therapeuticAreas,
    atcCodes: details.atc.codes,
    pharmacotherapeuticGroup: regionText(page, 'pharmacotherapeutic-group'),
    therapeuticIndication: regionText(page, 'therapeutic-indication'),
    flags: details.flags,
    marketingAuthorisationHolder: details.holder,
    applicant: details.applicant,
    developer: details.developer,
    opinionStatus: details.opinionStatus,
    // Known either way wherever the page has the ATC field: a code, or EMA's "Not yet assigned".
    atcNotYetAssigned: details.atc.given ? details.atc.notYetAssigned : null,
    malformedAtcCodes: details.atc.malformed,
    species: details.species,
    // The page says so by its section; a page without one states nothing (the tables' marker may).
    patientSafety: regionsOf(page, 'patient-safety').length > 0 ? true : null,
    patientSafetyNews,
    topics,
    withdrawalInformation,
    dates,
    revision: details.revision,
    latestProcedure,
    overview: overviewSections.length > 0 ? { en: { sections: overviewSections } } : {},
    documents,
    news,
    related,
    emaNodeId: rss?.nodeId ?? null,
    emaUrl: `${EMA_ORIGIN}/en/medicines/${category}/EPAR/${slug}`,
    // Not on the page: they come from the presentations and procedural-steps documents.
    presentations: [],
    procedures: [],
    files: [],
  };
  checkCompleteness(medicine, warnings);
  return { ok: true, medicine, warnings };
}

/** Only top-level `key: value` pairs are needed; nested YAML (docling_version) is skipped. */
function splitFrontMatter(input: string): { frontMatter: Map<string, string>; body: string } {
  const frontMatter = new Map<string, string>();
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!/^---\r?\n/.test(text)) return { frontMatter, body: text };
  const end = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  if (!end) return { frontMatter, body: text };
  const yaml = text.slice(3, 3 + end.index);
  for (const line of yaml.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*):[ \t]*(.*?)\s*$/.exec(line);
    if (m && m[2]) frontMatter.set(m[1]!, m[2].replace(/^(['"])(.*)\1$/, '$2'));
  }
  return { frontMatter, body: text.slice(3 + end.index + end[0].length) };
}

// Exotic spaces (NBSP, en quad, ...) are not normalised here: a pass over the whole text costs
// more than the rest of the parse on pages full of Greek and Cyrillic; patterns use \s instead.
function normaliseLines(body: string): string[] {
  const lines = (body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const decoded = line.includes('&') ? decodeEntities(line) : line;
    const last = decoded.charCodeAt(decoded.length - 1);
    lines[i] = last === 32 || last === 9 || last === 160 ? decoded.trimEnd() : decoded;
  }
  return lines;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** One pass, so "&amp;lt;" becomes "&lt;" as the HTML meant, not "<". */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ent.toLowerCase()] ?? whole;
  });
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

function headingOf(line: string): { level: number; text: string } | null {
  if (line.charCodeAt(0) !== 35 /* # */ || line.length > MAX_STRUCTURAL_LINE) return null;
  const m = HEADING.exec(line);
  return m ? { level: m[1]!.length, text: cleanInline(m[2]!) } : null;
}

/** Pages captured with the site navigation start with "# Search" and a menu before the real title. */
function findTitle(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const h = headingOf(lines[i]!);
    if (h && h.level === 1 && h.text && !/^search$/i.test(h.text)) return i;
  }
  return -1;
}

function splitTitle(title: string): { name: string; previousNames: string[] } {
  const at = title.search(/\s*\(previously\s/i);
  if (at < 0 || !title.endsWith(')')) return { name: title.trim(), previousNames: [] };
  const inner = title.slice(title.indexOf('(', at) + 1, -1).replace(/^previously\s+/i, '').trim();
  return { name: title.slice(0, at).trim(), previousNames: inner ? [inner] : [] };
}

/**
 * The page's own table of contents: each entry's text (folded) and the anchor it links to. The
 * anchors are EMA's section ids (`#patient-safety`, `#topics`, `#related-info-withdrawn`), the
 * same whatever a section's title says, so a section is recognised by where its entry points
 * rather than by its English wording alone.
 */
function contentsAnchors(lines: string[], from: number): Map<string, string> {
  const anchors = new Map<string, string>();
  let seen = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 300) continue;
    const entry = /^\s*[-*]\s+\[([^\]]+)\]\(#([a-z][a-z0-9-]*)\)\s*$/i.exec(line);
    if (entry) {
      anchors.set(cleanInline(entry[1]!).toLowerCase(), entry[2]!.toLowerCase());
      seen = true;
    } else if (seen && headingOf(line)) {
      break; // the contents list has ended
    }
  }
  return anchors;
}

/** Sections known by their anchor in the page's contents list. */
const ANCHOR_KINDS: [RegExp, RegionKind][] = [
  [/^patient-safety\b/, 'patient-safety'],
  [/^topics\b/, 'topics'],
  [/^related-info(?:rmation)?-withdrawn\b/, 'withdrawal-information'],
];

/** The kind the contents list gives a heading: its entry has the heading's text or begins it ("Patient safety" for "Patient safety information"). */
function anchoredKind(t: string, anchors: ReadonlyMap<string, string>): RegionKind | null {
  for (const [entry, anchor] of anchors) {
    if (t !== entry && !t.startsWith(`${entry} `)) continue;
    for (const [re, kind] of ANCHOR_KINDS) if (re.test(anchor)) return kind;
  }
  return null;
}

function classifyHeading(text: string, current: Region, anchors: ReadonlyMap<string, string> = new Map()): Omit<Region, 'start' | 'end'> | null {
  const t = text.toLowerCase();
  const region = (kind: RegionKind, group: string | null = null) => ({ kind, heading: text, group });
  if (t === 'page contents') return region('contents');
  const anchored = current.kind === 'header' ? null : anchoredKind(t, anchors);
  if (anchored) return region(anchored);
  // Without a contents list, EMA's titles for the same sections.
  if (/^patient safety( information)?$/.test(t)) return region('patient-safety');
  if (t === 'topics') return region('topics');
  if (/^related information on withdrawals?$/.test(t)) return region('withdrawal-information');
  if (t === 'overview') return region('overview');
  if (/^product information\b.*tracked changes/.test(t)) return region('product-information', text);
  if (t === 'product information') return region('product-information');
  if (t === 'product details') return region('product-details');
  if (t === 'authorisation details' || t === 'application details' || t === 'key facts') return region('authorisation');
  if (t === 'assessment history' || t === 'all documents') return region('assessment-history');
  if (/^news on\b/.test(t)) return region('news');
  // Headings with EMA's own typos: "Mora information on", "More on information", "More on X".
  if (/^(mor[ae]|further)\b.{0,20}\b(information|on)\b/.test(t)) return region('more-information', /^more information on\b/.test(t) ? null : text);
  if (/^rel[a-z]*d (information|content|documents?)\b/.test(t) || t === 'external links' || t === 'clinical data') return region('related', text);
  if (t === 'share this page') return null; // handled by the caller: the page ends here
  const inDetails = current.kind === 'product-details' || current.kind === 'pharmacotherapeutic-group' || current.kind === 'therapeutic-indication';
  if (inDetails && t === 'pharmacotherapeutic group') return region('pharmacotherapeutic-group');
  if (inDetails && t === 'therapeutic indication') return region('therapeutic-indication');
  // The header carries the status as a level-5 heading, and one layout repeats the name there.
  if (current.kind === 'header') return null;
  if (current.kind === 'overview') return region('overview');
  if (current.kind === 'contents') return region('overview');
  if (
    (current.kind === 'assessment-history' && /^(changes since|initial (marketing authorisation|application))/.test(t)) ||
    (current.kind === 'assessment-history' && /documents$/.test(t))
  ) {
    return region('assessment-history', text);
  }
  return region('other', text);
}

/** Regions up to the "Share this page" footer; `footer` says whether the page got that far. */
function splitRegions(lines: string[], from: number, anchors: ReadonlyMap<string, string>): { regions: Region[]; footer: boolean } {
  const regions: Region[] = [];
  let current: Region = { kind: 'header', heading: null, group: null, start: from, end: lines.length };
  for (let i = from; i < lines.length; i++) {
    const h = headingOf(lines[i]!);
    if (!h) continue;
    if (/^share this page$/i.test(h.text)) {
      current.end = i;
      regions.push(current);
      return { regions, footer: true };
    }
    const next = classifyHeading(h.text, current, anchors);
    if (!next) continue;
    current.end = i;
    regions.push(current);
    current = { ...next, start: i + 1, end: lines.length };
  }
  regions.push(current);
  return { regions, footer: false };
}

function regionsOf(page: Page, ...kinds: RegionKind[]): Region[] {
  return page.regions.filter((r) => kinds.includes(r.kind));
}

// ---------------------------------------------------------------------------------------------
// Header: RSS node id and status

function findRss(lines: string[]): { nodeId: number; category: Category } | null {
  for (const line of lines) {
    if (line.length > MAX_STRUCTURAL_LINE) continue;
    const m = /individual-(human|veterinary)-medicine\.xml\/(\d{1,12})\b/.exec(line);
    if (m) return { nodeId: Number(m[2]), category: m[1] as Category };
  }
  return null;
}

// Sentences EMA prints under the status; explicit statements, so a safe last resort.
const STATUS_SENTENCES: [RegExp, Status][] = [
  [/^This medicine is authorised for use in the European Union/i, 'authorised'],
  [/^This medicine's authorisation has been withdrawn/i, 'withdrawn'],
  [/^The application for this medicine has been withdrawn/i, 'application-withdrawn'],
  [/^This medicine has been refused authorisation/i, 'refused'],
  [/^This medicine's authorisation has lapsed/i, 'lapsed'],
  [/^This medicine's authorisation has expired/i, 'expired'],
  [/^This medicine's authorisation has been revoked/i, 'revoked'],
  [/^This medicine's authorisation has been suspended/i, 'suspended'],
  [/^EMA has issued an opinion on this medicine/i, 'opinion'],
  [/^EMA is re-examining this opinion/i, 'opinion-under-re-examination'],
];

/**
 * Sources in order of trust: the status heading, a bare status line, the "Medicine Human X"
 * tag line (possibly split over lines), EMA's status sentence. Disagreement is reported.
 */
function findStatus(header: string[], warnings: string[]): Status | null {
  const found: { source: string; status: Status }[] = [];
  const trimmed = header.map((l) => l.trim()).filter((l) => l && l.length < 200);
  for (const l of trimmed) {
    const m = /^#{2,6}\s+(.+)$/.exec(l);
    const s = m ? parseStatus(cleanInline(m[1]!)) : null;
    if (s) found.push({ source: 'heading', status: s });
  }
  for (const l of trimmed) {
    const s = parseStatus(l);
    if (s) found.push({ source: 'line', status: s });
  }
  const joined = trimmed.join(' ');
  const tag = /(?:^|\s)Medicine\s+(?:Human|Veterinary)\s+([A-Za-z][A-Za-z -]{2,40}?)(?=\s+(?:On |Page contents)|\s*$)/i.exec(joined);
  const tagStatus = tag ? parseStatus(tag[1]!) : null;
  if (tagStatus) found.push({ source: 'tag', status: tagStatus });
  for (const l of trimmed) {
    for (const [re, s] of STATUS_SENTENCES) if (re.test(l)) found.push({ source: 'sentence', status: s });
  }
  const first = found[0];
  if (!first) return null;
  const others = new Set(found.filter((f) => f.source !== 'sentence').map((f) => f.status));
  if (others.size > 1) warnings.push(`conflicting statuses on the page (${[...others].join(', ')}); using "${first.status}"`);
  return first.status;
}

/** Statuses whose pages always carry certain sections; their absence means a cut-off page. */
function missingSections(status: Status, kinds: Set<RegionKind>): string | null {
  const details = kinds.has('product-details') || kinds.has('authorisation');
  switch (status) {
    case 'authorised':
    case 'withdrawn':
    case 'suspended':
    case 'lapsed':
    case 'expired':
    case 'revoked':
      if (!kinds.has('product-details')) return '"Product details"';
      if (!kinds.has('authorisation')) return '"Authorisation details"';
      return null;
    case 'refused':
      if (!kinds.has('authorisation')) return '"Application details"';
      return null;
    case 'application-withdrawn':
    case 'withdrawn-from-rolling-review':
    case 'under-evaluation':
    case 'opinion':
    case 'opinion-under-re-examination':
      return details ? null : '"Product details" or "Key facts"';
  }
}

// ---------------------------------------------------------------------------------------------
// Small text helpers

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Pages repeat the same few dates hundreds of times (one per language version).
const isoCache = new Map<string, string | null>();

/** dd/mm/yyyy → yyyy-mm-dd, rejecting impossible calendar dates. */
function isoDate(s: string): string | null {
  const cached = isoCache.get(s);
  if (cached !== undefined) return cached;
  const iso = computeIsoDate(s);
  if (isoCache.size < 50_000) isoCache.set(s, iso);
  return iso;
}

function computeIsoDate(s: string): string | null {
  const m = DATE.exec(s.trim());
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || y < 1900 || y > 2200) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!)) return null;
  return `${y}-${mo < 10 ? '0' : ''}${mo}-${d < 10 ? '0' : ''}${d}`;
}

function isBareDate(line: string): boolean {
  return DATE.test(line.trim());
}

/**
 * Docling turns a `<br>` inside a table cell or list item into U+E000 (a private-use character).
 * In the holder's value it separates address lines; elsewhere it reads as a space.
 */
const LINE_BREAK = '\ue000';

function collapse(s: string): string {
  return s.replace(/[\s\ue000]+/g, ' ').trim();
}

/** Strips bold markers; links keep their text only. Whitespace is left alone (it can carry structure). */
function stripMarkup(s: string): string {
  return s.replace(/\*\*|__/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
}

function cleanInline(s: string): string {
  return collapse(stripMarkup(s));
}

function absoluteUrl(url: string): string | null {
  const u = url.trim();
  if (/^https?:\/\//i.test(u)) return u;
  if (u.startsWith('//')) return `https:${u}`;
  if (u.startsWith('/')) return EMA_ORIGIN + u;
  return null;
}

// A Markdown link that is the whole line: `[text](url)` then optional trailing text.
const LINK_LINE = /^\[(.+)\]\((\S+?)\)(.*)$/;

function linkLine(line: string): { text: string; url: string; rest: string } | null {
  if (line.length > MAX_STRUCTURAL_LINE || line.charCodeAt(0) !== 91 /* [ */) return null;
  const m = LINK_LINE.exec(line);
  return m ? { text: cleanInline(m[1]!), url: m[2]!, rest: m[3]!.trim() } : null;
}

// UI chrome that docling keeps as text.
const NOISE = /^(Expand section|Collapse section|Page contents|icon globe|<!-- image -->|\[Back to top\]\(#[^)]*\))$/i;

function isNoise(line: string): boolean {
  return NOISE.test(line.trim());
}

/**
 * Markdown-lite text from the unused lines of a region: one paragraph per blank-line-separated
 * block, adjacent list items kept on consecutive lines, relative links made absolute.
 */
function blockText(page: Page, start: number, end: number): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current.join('\n'));
    current = [];
  };
  for (let i = start; i < end; i++) {
    const raw = page.lines[i]!;
    if (page.used[i] || !raw.trim() || isNoise(raw)) {
      flush();
      continue;
    }
    current.push(normaliseTextLine(raw));
  }
  flush();
  return mergeLists(paragraphs).join('\n\n');
}

function normaliseTextLine(raw: string): string {
  const indent = raw.length - raw.trimStart().length;
  let line = raw.trim();
  if (line.includes('](/')) line = line.replace(/\]\((\/[^)\s]*)\)/g, `](${EMA_ORIGIN}$1)`);
  if (line.includes('  ') || line.includes('\t') || line.includes(LINE_BREAK)) line = collapse(line);
  const bullet = /^[-*•]\s+(.*)$/.exec(line);
  if (bullet) line = '  '.repeat(Math.min(3, Math.floor(indent / 4))) + '- ' + bullet[1];
  return line;
}

/** Docling separates list items by blank lines in some layouts; a list reads better unbroken. */
function mergeLists(paragraphs: string[]): string[] {
  const out: string[] = [];
  const isItem = (p: string) => /^\s*- /.test(p);
  for (const p of paragraphs) {
    const last = out[out.length - 1];
    if (last !== undefined && isItem(p) && isItem(last.split('\n').pop() ?? '')) out[out.length - 1] = `${last}\n${p}`;
    else out.push(p);
  }
  return out;
}

function regionText(page: Page, kind: RegionKind): string | null {
  const parts = regionsOf(page, kind)
    .map((r) => blockText(page, r.start, r.end))
    .filter((t) => t.length > 0);
  return parts.length ? parts.join('\n\n') : null;
}

// ---------------------------------------------------------------------------------------------
// Page-wide single facts

function takePageLastUpdated(page: Page): string | null {
  for (let i = page.lines.length - 1; i >= 0; i--) {
    const line = page.lines[i]!;
    if (line.length > MAX_STRUCTURAL_LINE || !/This page was last updated on/i.test(line)) continue;
    page.used[i] = 1;
    const same = /last updated on\**:?\s*\**\s*(\d{1,2}\/\d{1,2}\/\d{4})/i.exec(line);
    if (same) return checkedDate(page, same[1]!, 'page last updated');
    const next = nextNonBlank(page.lines, i + 1);
    if (next >= 0 && isBareDate(page.lines[next]!)) {
      page.used[next] = 1;
      return checkedDate(page, page.lines[next]!.trim(), 'page last updated');
    }
    page.warnings.push('"This page was last updated on" without a date');
    return null;
  }
  return null;
}

function checkedDate(page: Page, s: string, what: string): string | null {
  const iso = isoDate(s);
  if (!iso) page.warnings.push(`${what}: "${s}" is not a valid dd/mm/yyyy date`);
  return iso;
}

function nextNonBlank(lines: string[], from: number, limit = 3): number {
  for (let i = from; i < lines.length && i < from + limit * 2 + 1; i++) if (lines[i]!.trim()) return i;
  return -1;
}

function prevNonBlank(lines: string[], from: number, stop: number): number {
  for (let i = from; i >= stop; i--) if (lines[i]!.trim()) return i;
  return -1;
}

function takeLatestProcedure(page: Page): LatestProcedure | null {
  for (let i = 0; i < page.lines.length; i++) {
    const line = page.lines[i]!;
    if (line.length > MAX_STRUCTURAL_LINE || !line.includes('Latest procedure affecting product information')) continue;
    page.used[i] = 1;
    let rest = cleanInline(line.replace(/^.*Latest procedure affecting product information\**:?\**:?/i, ''));
    let date: string | null = null;
    const tail = /\s*(\d{1,2}\/\d{1,2}\/\d{4})$/.exec(rest);
    if (tail) {
      date = checkedDate(page, tail[1]!, 'latest procedure');
      rest = rest.slice(0, tail.index).trim();
    } else {
      const next = nextNonBlank(page.lines, i + 1);
      if (next >= 0 && isBareDate(page.lines[next]!)) {
        page.used[next] = 1;
        date = checkedDate(page, page.lines[next]!.trim(), 'latest procedure');
      }
    }
    // EMA prints "-" when the product information changed outside a numbered procedure.
    const number = rest.replace(/^[-–\s]+$/, '');
    if (!number) return null;
    // Kept as printed (the model wants it so), even when EMA lists two ("X and Y") or misprints one.
    // Work-sharing (WS2451) and grouped type IA (IG1765) numbers have no slash, which
    // parseProcedureNumber does not accept; they are well-formed all the same.
    const parts = number.split(/\s*(?:[,;&]|\band\b)\s*/).filter(Boolean);
    const wellFormed = (p: string) => parseProcedureNumber(p).ok || /^(WS|IG)-?\d{3,6}$/.test(p);
    if (!parts.every(wellFormed)) page.warnings.push(`latest procedure "${number}" is not a well-formed procedure number`);
    return { number, date };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Documents
//
// A document block is: title, optional status word ("Adopted"), optional "Reference Number:",
// then one entry per language: "English (EN) (136.1 KB - PDF)", date lines, "[View](url)".
// The first entry is followed by "[Other languages (22)](#...)" and the rest of the entries.

// The size part is occasionally empty: "čeština (CS) ()".
const LANGUAGE_ENTRY = /^(\S.{0,40}?)\s*\(([A-Za-z]{2})\)\s*\((?:\s*([\d.,]+)\s*(bytes|B|KB|kB|MB|GB)\s*-\s*([A-Za-z0-9]{1,8})\s*)?\)$/;
const SUMMARY_LABEL = /^\**Summary:?\**$/i;
const REFERENCE = /^(?:(Adopted|Draft|Superseded|Under review)\s+)?Reference\s+Number\s*:?\s*(.*)$/i;
const DOCUMENT_STATUS = /^(Adopted|Draft|Superseded|Under review|Current|Revised|Withdrawn)$/i;
const VIEW = /^\[View\]\((\S+?)\)$/i;
const OTHER_LANGUAGES = /^\[Other languages\s*\(\d+\)\]\([^)]*\)$/i;
const DATE_LABELS = /\*\*\s*(First published|Last updated)\s*:?\s*\*\*\s*:?\s*(\d{1,2}\/\d{1,2}\/\d{4})?/gi;

const SIZE_FACTORS: Record<string, number> = { bytes: 1, b: 1, kb: 1024, mb: 1024 * 1024, gb: 1024 * 1024 * 1024 };

function documentSectionOf(kind: RegionKind): DocumentSection {
  if (kind === 'overview' || kind === 'product-information' || kind === 'assessment-history') return kind;
  return 'other';
}

function parseDocuments(page: Page): MedicineDocument[] {
  const docs: MedicineDocument[] = [];
  for (const region of page.regions) {
    if (region.kind === 'contents' || region.kind === 'header') continue;
    let current: { doc: MedicineDocument; lastLine: number } | null = null;
    for (let i = region.start; i < region.end; i++) {
      const line = page.lines[i]!;
      // Cheap filter first: this loop sees every line of the page.
      if (line.length > 120 || !line.endsWith(')') || line.charCodeAt(0) === 91 /* [ */ || !line.includes(') (')) continue;
      const entry = LANGUAGE_ENTRY.exec(line.trim());
      if (!entry) continue;
      const prev = prevNonBlank(page.lines, i - 1, region.start);
      if (!current || prev !== current.lastLine) {
        const doc = startDocument(page, region, i);
        docs.push(doc);
        current = { doc, lastLine: i };
      }
      page.used[i] = 1;
      const { version, lastLine } = readVersion(page, region, i, entry);
      if (version) current.doc.languages.push(version);
      current.lastLine = lastLine;
    }
  }
  for (const doc of docs) {
    const url = doc.languages.find((l) => l.lang === 'en')?.url ?? doc.languages.find((l) => l.url)?.url ?? null;
    const typed = doc.languages.map((l) => (l.url ? /\/documents\/([^/]+)\//.exec(l.url)?.[1] : undefined)).find((t) => t);
    doc.type = typed ?? 'other';
    if (!url) page.warnings.push(`document "${doc.title}" has no link`);
  }
  return docs;
}

/** Reads the title, status word and reference number above the first language entry. */
function startDocument(page: Page, region: Region, entryLine: number): MedicineDocument {
  let referenceNumber: MedicineDocument['referenceNumber'] = null;
  let referenceText: string | null = null;
  let documentStatus: string | null = null;
  let k = prevNonBlank(page.lines, entryLine - 1, region.start);
  // Some documents carry "Summary:" and a one-paragraph summary between the reference and the
  // entries; the model has no place for it, and it must not be mistaken for the title.
  const beforeSummary = k > 0 ? prevNonBlank(page.lines, k - 1, region.start) : -1;
  if (beforeSummary >= 0 && !page.used[k] && SUMMARY_LABEL.test(page.lines[beforeSummary]!.trim())) {
    page.used[k] = 1;
    page.used[beforeSummary] = 1;
    k = prevNonBlank(page.lines, beforeSummary - 1, region.start);
  }
  for (let step = 0; step < 3 && k >= 0 && !page.used[k]; step++) {
    const line = page.lines[k]!.trim();
    const ref = line.length < 200 ? REFERENCE.exec(line) : null;
    if (ref && referenceText === null && referenceNumber === null) {
      if (ref[1]) documentStatus = capitalise(ref[1]);
      // Kept as printed whatever its form; parsed too when it is a reference EMA's numbering knows.
      const printed = cleanInline(ref[2]!);
      referenceText = printed || null;
      const parsed = printed ? parseEmaReference(printed) : null;
      if (parsed?.ok) referenceNumber = parsed.value;
      else if (printed) page.warnings.push(`document reference "${truncate(printed)}" is not a well-formed EMA reference; kept as printed`);
    } else if (DOCUMENT_STATUS.test(line) && documentStatus === null) {
      documentStatus = capitalise(line);
    } else {
      break;
    }
    page.used[k] = 1;
    k = prevNonBlank(page.lines, k - 1, region.start);
  }
  let title = '';
  if (k >= 0 && !page.used[k] && !headingOf(page.lines[k]!) && !isNoise(page.lines[k]!)) {
    title = cleanInline(page.lines[k]!);
    page.used[k] = 1;
    // Docling sometimes breaks a long title in two: "Questions and answers on the withdrawal of
    // the marketing application" / "for Aflunov". A lower-case first word gives the second half
    // away (names like "ellaOne" and "mResvia" have capitals inside, so do not qualify).
    const before = /^[a-z]+\s/.test(title) ? prevNonBlank(page.lines, k - 1, region.start) : -1;
    const head = before >= 0 ? page.lines[before]! : '';
    if (before >= 0 && !page.used[before] && head.length < 200 && !/[.:;!?]$/.test(head.trim()) && !headingOf(head) && !isNoise(head)) {
      title = `${cleanInline(head)} ${title}`;
      page.used[before] = 1;
    }
  } else {
    page.warnings.push(`document listed without a title near line ${entryLine + 1}`);
  }
  return {
    type: 'other',
    title,
    section: documentSectionOf(region.kind),
    group: region.group,
    referenceNumber,
    referenceText,
    documentStatus,
    languages: [],
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** Consumes the date lines, the View link and the "Other languages" link after an entry. */
function readVersion(
  page: Page,
  region: Region,
  entryLine: number,
  entry: RegExpExecArray,
): { version: DocumentLanguageVersion | null; lastLine: number } {
  const code = entry[2]!.toLowerCase();
  const number = entry[3];
  const amount = number === undefined ? NaN : Number(number.includes('.') ? number.replace(/,/g, '') : number.replace(',', '.'));
  const factor = SIZE_FACTORS[(entry[4] ?? '').toLowerCase()] ?? 1;
  const sizeBytes = Number.isFinite(amount) ? Math.round(amount * factor) : null;
  let firstPublished: string | null = null;
  let lastUpdated: string | null = null;
  let url: string | null = null;
  let pending: 'first' | 'last' | null = null;
  let lastLine = entryLine;
  for (let i = entryLine + 1; i < region.end; i++) {
    const raw = page.lines[i]!;
    const line = raw.charCodeAt(0) <= 32 ? raw.trim() : raw;
    if (!line) continue;
    if (line.length > 400) break;
    let consumed = false;
    if (line.charCodeAt(0) === 42 /* * */) {
      DATE_LABELS.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DATE_LABELS.exec(line))) {
        consumed = true;
        const which = m[1]![0] === 'F' || m[1]![0] === 'f' ? 'first' : 'last';
        if (m[2]) {
          const iso = checkedDate(page, m[2], 'document date');
          if (which === 'first') firstPublished = iso;
          else lastUpdated = iso;
          pending = null;
        } else {
          pending = which;
        }
      }
    } else if (pending && isBareDate(line)) {
      const iso = checkedDate(page, line, 'document date');
      if (pending === 'first') firstPublished = iso;
      else lastUpdated = iso;
      pending = null;
      consumed = true;
    } else if (line.charCodeAt(0) === 91 /* [ */) {
      const view = url === null && line.startsWith('[View]') ? VIEW.exec(line) : null;
      if (view) {
        url = absoluteUrl(view[1]!);
        consumed = true;
      } else if (OTHER_LANGUAGES.test(line)) {
        consumed = true;
      }
    }
    if (!consumed) break;
    page.used[i] = 1;
    lastLine = i;
  }
  if (!isLanguageCode(code)) {
    page.warnings.push(`document language "${entry[2]}" is not an EMA language; entry skipped`);
    return { version: null, lastLine };
  }
  return { version: { lang: code, sizeBytes, firstPublished, lastUpdated, url }, lastLine };
}

// ---------------------------------------------------------------------------------------------
// Product and authorisation details
//
// All three layouts are flattened into one stream of (label, values): a run-on line is cut at
// every known label; a label alone on its line takes the following lines as values; bullet
// items lose their markers. Only then are values interpreted.

type FieldKey =
  | 'name'
  | 'activeSubstance'
  | 'inn'
  | 'therapeuticArea'
  | 'species'
  | 'atc'
  | 'productNumber'
  | 'holder'
  | 'applicant'
  | 'developer'
  | 'opinionStatus'
  | 'revision'
  | 'rollingReviewStart'
  | DateKey
  | FlagKey;

const FIELD_LABELS: [string, FieldKey][] = [
  ['Name of medicine', 'name'],
  ['Active substance', 'activeSubstance'],
  ['International non-proprietary name (INN) or common name', 'inn'],
  ['Therapeutic area (MeSH)', 'therapeuticArea'],
  ['Anatomical therapeutic chemical (ATC) code', 'atc'],
  ['Anatomical therapeutic chemical veterinary (ATCvet) code', 'atc'],
  ['ATCvet code', 'atc'],
  ['Target species', 'species'],
  ['Species', 'species'],
  ['EMA product number', 'productNumber'],
  ['Marketing authorisation holder', 'holder'],
  ['Marketing authorisation applicant', 'applicant'],
  ['Developer', 'developer'],
  ['Opinion adopted', 'opinionAdopted'],
  ['Opinion status', 'opinionStatus'],
  ['Marketing authorisation issued', 'marketingAuthorisationIssued'],
  ['Refusal of marketing authorisation', 'refusal'],
  ['Withdrawal of application', 'applicationWithdrawn'],
  ['Withdrawal from rolling review', 'applicationWithdrawn'],
  ['Start of rolling review', 'rollingReviewStart'],
  ['Withdrawal of marketing authorisation', 'withdrawal'],
  ['Suspension of marketing authorisation', 'suspension'],
  ['Lapse of marketing authorisation', 'lapse'],
  ['Expiry of marketing authorisation', 'expiry'],
  ['Revocation of marketing authorisation', 'revocation'],
  ['Revision', 'revision'],
];

// Flag labels are single common words ("Orphan", "Generic") that also occur inside company
// names, so they count only when alone on their line.
const FLAG_LABELS: Record<string, FlagKey> = {
  'additional monitoring': 'additionalMonitoring',
  'conditional approval': 'conditionalApproval',
  'conditional marketing authorisation': 'conditionalApproval',
  'exceptional circumstances': 'exceptionalCircumstances',
  'accelerated assessment': 'acceleratedAssessment',
  orphan: 'orphan',
  'orphan medicine': 'orphan',
  generic: 'generic',
  'generic or hybrid': 'generic',
  hybrid: 'generic',
  biosimilar: 'biosimilar',
  'advanced therapy': 'advancedTherapy',
  'advanced therapy medicinal product (atmp)': 'advancedTherapy',
  'prime: priority medicine': 'prime',
  prime: 'prime',
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "Revision" needs its number right after it, so that the word inside a sentence is not a label;
// "Species" counts only as EMA capitalises it, so the word inside a value ("bird species") is not one.
const labelPattern = (l: string): string => {
  if (l === 'Revision') return 'Revision(?=\\s*(?:\\d|$))';
  if (l === 'Species') return '(?-i:Species)';
  return escapeRe(l).replace(/ /g, '\\s+');
};
const FIELD_LABEL_RE = new RegExp(`(?:^|\\s)(${FIELD_LABELS.map(([l]) => labelPattern(l)).join('|')})(?=\\s|:|$)`, 'gi');
const LABEL_KEYS = new Map(FIELD_LABELS.map(([l, k]) => [l.toLowerCase(), k]));

const SINGLE_VALUED = new Set<FieldKey>([
  'productNumber', 'opinionStatus', 'revision', 'rollingReviewStart', 'opinionAdopted', 'marketingAuthorisationIssued',
  'refusal', 'applicationWithdrawn', 'withdrawal', 'suspension', 'lapse', 'expiry', 'revocation',
]);

interface Field {
  key: FieldKey;
  values: string[];
}

interface Details {
  productNumber: ProductNumber | null;
  activeSubstance: string | null;
  inn: string | null;
  therapeuticAreas: string[];
  species: string[];
  atc: { given: boolean; codes: AtcCode[]; malformed: string[]; notYetAssigned: boolean };
  holder: MarketingAuthorisationHolder | null;
  applicant: string | null;
  developer: string | null;
  opinionStatus: string | null;
  dates: Partial<Record<DateKey, string | null>>;
  revision: number | null;
  flags: Medicine['flags'];
}

function detailFields(page: Page): { fields: Field[]; hasAuthorisation: boolean } {
  const fields: Field[] = [];
  let current: Field | null = null;
  let hasAuthorisation = false;
  const add = (value: string) => {
    const v = value.trim().replace(/^[,;:\s]+|[,;\s]+$/g, '');
    if (!v || /^[-–—.,;:]+$/.test(v)) return;
    if (current) current.values.push(v);
    else page.warnings.push(`details: text "${truncate(v)}" before any label; skipped`);
  };
  for (const region of regionsOf(page, 'product-details', 'authorisation')) {
    if (region.kind === 'authorisation') hasAuthorisation = true;
    current = null;
    for (let i = region.start; i < region.end; i++) {
      if (page.used[i]) continue;
      const raw = page.lines[i]!;
      let line = raw.trim();
      if (!line || isNoise(line) || headingOf(line)) continue;
      if (line.length > MAX_STRUCTURAL_LINE) {
        add(line);
        continue;
      }
      line = line.replace(/^[-*•]\s+/, '');
      const flagKey = line.length < 80 ? FLAG_LABELS[cleanInline(line).replace(/:$/, '').toLowerCase()] : undefined;
      if (flagKey) {
        current = { key: flagKey, values: [] };
        fields.push(current);
        continue;
      }
      // Not cleanInline: line-break marks separate the holder's address parts.
      line = stripMarkup(line);
      FIELD_LABEL_RE.lastIndex = 0;
      let cursor = 0;
      let m: RegExpExecArray | null;
      while ((m = FIELD_LABEL_RE.exec(line))) {
        const labelStart = m.index + (m[0].length - m[1]!.length);
        add(line.slice(cursor, labelStart));
        current = { key: LABEL_KEYS.get(m[1]!.replace(/\s+/g, ' ').toLowerCase())!, values: [] };
        fields.push(current);
        cursor = labelStart + m[1]!.length;
        if (line[cursor] === ':') cursor++;
      }
      add(line.slice(cursor));
    }
  }
  return { fields, hasAuthorisation };
}

function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

function parseDetails(page: Page): Details {
  const { fields, hasAuthorisation } = detailFields(page);
  const raw = (key: FieldKey) => fields.filter((f) => f.key === key).flatMap((f) => f.values);
  const get = (key: FieldKey) => raw(key).map(collapse);
  const has = (key: FieldKey) => fields.some((f) => f.key === key);

  // Several substances are listed as items; EMA writes them joined with " / " elsewhere.
  const joined = (key: FieldKey) => {
    const values = dedupe(get(key));
    return values.length ? values.join(' / ') : null;
  };

  // Single-valued fields with more text after them hide a label this parser does not know.
  for (const field of fields) {
    if (SINGLE_VALUED.has(field.key) && field.values.length > 1) {
      page.warnings.push(`details: unexpected text after the ${field.key} value: "${truncate(field.values.slice(1).join(' '))}"`);
    }
  }

  const productNumber = readProductNumber(page, get('productNumber'));
  const atc = readAtc(page, get('atc'));

  const dates: Partial<Record<DateKey, string | null>> = {};
  const dateKeys: DateKey[] = ['opinionAdopted', 'marketingAuthorisationIssued', 'refusal', 'applicationWithdrawn', 'withdrawal', 'suspension', 'lapse', 'expiry', 'revocation'];
  for (const key of dateKeys) {
    const raw = get(key)[0];
    if (raw === undefined) continue;
    const m = /\d{1,2}\/\d{1,2}\/\d{4}/.exec(raw);
    dates[key] = m ? checkedDate(page, m[0], key) : null;
    if (!m) page.warnings.push(`${key}: no date in "${truncate(raw)}"`);
  }

  let revision: number | null = null;
  const rawRevision = get('revision')[0];
  if (rawRevision !== undefined) {
    const m = /^\d{1,4}\b/.exec(rawRevision);
    if (m) revision = Number(m[0]);
    else page.warnings.push(`revision "${truncate(rawRevision)}" is not a number`);
  }

  // Each as EMA labels it: the holder, the applicant before authorisation, the developer before an application.
  const holder = has('holder') ? readHolder(page, raw('holder')) : null;
  const applicant = has('applicant') ? readHolder(page, raw('applicant')) : null;
  const developer = has('developer') ? readHolder(page, raw('developer')) : null;

  // Flags are known (true/false) wherever EMA prints the authorisation block; the product-number
  // line is part of that block even on opinion pages, which have no separate section for it.
  const flagsKnown = hasAuthorisation || has('productNumber') || has('holder') || has('applicant') || has('developer');
  const flags = emptyFlags();
  for (const key of FLAG_KEYS) flags[key] = has(key) ? true : flagsKnown ? false : null;

  return {
    productNumber,
    activeSubstance: joined('activeSubstance'),
    inn: joined('inn'),
    therapeuticAreas: dedupe(get('therapeuticArea')),
    species: dedupe(get('species')),
    atc,
    holder,
    applicant: applicant?.name ?? null,
    developer: developer?.name ?? null,
    opinionStatus: readOpinionStatus(get('opinionStatus').join(' ')),
    dates,
    revision,
    flags,
  };
}

function dedupe(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

function readProductNumber(page: Page, values: string[]): ProductNumber | null {
  for (const v of values) {
    const m = /EMEA\s*\/+\s*[HV]\s*\/+\s*C\s*\/+\s*\d{1,6}/i.exec(v);
    const parsed = parseProductNumber(m ? m[0].replace(/\/+/g, '/') : v);
    if (parsed.ok) return parsed.value;
    page.warnings.push(`product number: ${parsed.error}`);
  }
  return null;
}

/** Codes as given; "Not yet assigned" said as such; a misprint kept verbatim (and reported), never corrected. */
function readAtc(page: Page, values: string[]): Details['atc'] {
  const reading = readAtcCodes(values);
  for (const m of reading.malformed) page.warnings.push(`ATC code: "${truncate(m)}" is not an ATC code; kept as printed`);
  return { given: values.some((v) => v.trim() !== ''), ...reading };
}

// Legal forms that end a company name; what follows them on the same line is the address.
const LEGAL_FORMS = [
  'GmbH\\s*&\\s*Co\\.?\\s*KG(?:aA)?', 'B\\.\\s?V\\.?', 'N\\.\\s?V\\.?', 'BV', 'NV', 'GmbH', 'AG(?:\\s+Ireland\\s+Branch)?', 'KG', 'KGaA', 'SE',
  'Ltd\\.?', 'Limited(?:\\s+Ireland\\s+Branch)?', '[Pp][Ll][Cc]', 'Inc\\.?', 'LLC', 'UC', 'DAC', 'EEIG', 'S\\.\\s?A\\.\\s?S\\.?', 'SAS',
  'S\\.A\\.U\\.?', 'S\\.\\s?A\\.?', 'SA', 'S\\.L\\.U\\.?', 'S\\.\\s?L\\.?', 'SL', 'S\\.p\\.A\\.?', 'SpA', 'S\\.r\\.l\\.?', 'Srl', 'S\\.R\\.L\\.?', 'SARL',
  'S\\.à\\s?r\\.l\\.?', 'Sàrl', 'A\\/S', 'ApS', 'AB(?:\\s+\\(publ\\))?', 'Oy', 'Oyj', 'AS', 'ASA', 'd\\.d\\.,?(?:\\s+Novo\\s+mesto)?', 'd\\.o\\.o\\.?',
  'k\\.s\\.', 's\\.r\\.o\\.?', 'a\\.s\\.', 'Sp\\.\\s?z\\s?o\\.o\\.?', 'Kft\\.?', 'Zrt\\.?', 'Lda\\.?', 'Unipessoal(?:,?\\s+Lda\\.?)?',
].join('|');
const NAME_ENDING_IN_LEGAL_FORM = new RegExp(`(?:\\s|,)(?:${LEGAL_FORMS})$`);
const NAME_THEN_ADDRESS = new RegExp(`^(.+?(?:\\s|,)(?:${LEGAL_FORMS}))\\s+(\\S.*)$`);

/**
 * EMA prints the holder as a name line then address lines; the bullet layout puts them on one
 * line separated by line-break marks, the name glued to the first address part.
 */
function readHolder(page: Page, values: string[]): MarketingAuthorisationHolder | null {
  const clean = (p: string) => collapse(p).replace(/^[,;\s]+|[,;\s]+$/g, '');
  let parts = values.flatMap((v) => v.split(LINE_BREAK)).map(clean).filter((p) => p && !/^[-–.]+$/.test(p));
  if (!parts.length) return null;
  if (values.length === 1 && values[0]!.includes(LINE_BREAK)) {
    const [first, ...rest] = parts;
    const split = splitNameFromAddress(first!);
    if (split) parts = [split.name, ...(split.address ? [split.address] : []), ...rest];
    else page.warnings.push(`holder: could not tell the name from the address in "${truncate(first!)}"`);
  }
  const name = parts[0]!;
  // Some pages repeat the name as the first address line.
  const address = parts.slice(1).filter((p, i) => !(i === 0 && p === name));
  return { name, address: address.length ? address.join(', ') : null };
}

function splitNameFromAddress(input: string): { name: string; address: string | null } | null {
  // "Recordati Netherlands B.V. Recordati Netherlands B.V.": the name repeated as an address line.
  const half = (input.length - 1) / 2;
  const s = Number.isInteger(half) && input.slice(0, half) === input.slice(half + 1) ? input.slice(0, half) : input;
  if (NAME_ENDING_IN_LEGAL_FORM.test(s)) return { name: s, address: null };
  const legal = NAME_THEN_ADDRESS.exec(s);
  if (legal) return { name: legal[1]!.trim(), address: legal[2]!.trim() };
  // "Les Laboratoires Servier 50 rue Carnot": a house number starting a street name.
  const street = /^(.+?)\s+(\d+[a-z]?,?\s+\S.*)$/.exec(s);
  if (street) return { name: street[1]!.trim(), address: street[2]!.trim() };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Overview, news, related items

function parseOverview(page: Page): OverviewSection[] {
  const sections: OverviewSection[] = [];
  const overview = regionsOf(page, 'overview');
  for (const region of overview) {
    const isIntro = region.heading !== null && /^overview$/i.test(region.heading);
    const body = blockText(page, region.start, region.end);
    if (isIntro) {
      if (body) sections.push({ heading: null, body });
      continue;
    }
    if (!body) {
      page.warnings.push(`overview question "${truncate(region.heading ?? '')}" has no text`);
      continue;
    }
    sections.push({ heading: region.heading, body });
  }
  return sections;
}

/** Dated links, one per item: the news on the medicine, and its patient safety communications. */
function parseNews(page: Page, kind: 'news' | 'patient-safety'): { items: NewsItem[]; related: RelatedItem[] } {
  const news: NewsItem[] = [];
  const related: RelatedItem[] = [];
  for (const region of regionsOf(page, kind)) {
    let last: NewsItem | null = null;
    for (let i = region.start; i < region.end; i++) {
      if (page.used[i]) continue;
      const line = page.lines[i]!.trim();
      if (!line || isNoise(line)) continue;
      const bullet = /^[-*]\s+(\[.*)$/.exec(line);
      if (bullet) {
        // Links to clinical data and similar sit under the news when their heading is missing.
        const link = linkLine(bullet[1]!);
        const url = link ? absoluteUrl(link.url) : null;
        if (link && url) related.push({ kind: relatedKind(link.text, url), title: relatedTitle(link), url });
        page.used[i] = 1;
        continue;
      }
      const link = linkLine(line);
      if (link) {
        const url = absoluteUrl(link.url);
        if (!url) {
          page.warnings.push(`${kind} link "${truncate(link.text)}" has no usable URL`);
          last = null;
          continue;
        }
        const dateText = /^(\d{1,2}\/\d{1,2}\/\d{4})$/.exec(link.rest)?.[1];
        last = { title: link.text, url, date: dateText ? checkedDate(page, dateText, 'news date') : null };
        news.push(last);
        page.used[i] = 1;
        continue;
      }
      if (isBareDate(line) && last && last.date === null) {
        last.date = checkedDate(page, line, 'news date');
        page.used[i] = 1;
        continue;
      }
      page.warnings.push(`${kind}: unexpected line "${truncate(line)}"`);
    }
  }
  return { items: news, related };
}

/** The topic links EMA files the page under; a topic printed without a link keeps its name. */
function parseTopics(page: Page): Topic[] {
  const topics: Topic[] = [];
  for (const region of regionsOf(page, 'topics')) {
    for (let i = region.start; i < region.end; i++) {
      if (page.used[i]) continue;
      const line = page.lines[i]!.trim();
      if (!line || isNoise(line) || line.length > MAX_STRUCTURAL_LINE) continue;
      const text = line.replace(/^[-*•]\s+/, '');
      const link = linkLine(text);
      const title = link ? link.text : cleanInline(text);
      if (!title) continue;
      const url = link ? absoluteUrl(link.url) : null;
      if (!topics.some((t) => t.title === title)) topics.push({ title, url });
      page.used[i] = 1;
    }
  }
  return topics;
}

function relatedKind(title: string, url: string): RelatedKind {
  const t = title.toLowerCase();
  const u = url.toLowerCase();
  if (u.includes('/paediatric-investigation-plans/') || /paediatric investigation plan$/.test(t)) return 'paediatric-investigation-plan';
  if (u.includes('catalogues.ema.europa.eu/study') || u.includes('encepp') || /post-authorisation study$/.test(t)) return 'post-authorisation-study';
  if (u.includes('/orphan-designations/') || / - orphan designation\b/.test(t)) return 'orphan-designation';
  if (u.includes('/referrals/') || / - referral$/.test(t)) return 'referral';
  return 'other';
}

/** "[Clinical data](...) (variation II/0011)": the note after the link tells the items apart. */
function relatedTitle(link: { text: string; rest: string }): string {
  return /^\(.*\)$/.test(link.rest) ? `${link.text} ${cleanInline(link.rest)}` : link.text;
}

function parseRelated(page: Page): RelatedItem[] {
  const items: RelatedItem[] = [];
  // Bullet links elsewhere (clinical data, publications) are related material too, except the
  // site's topic navigation.
  const regions = page.regions.filter(
    (r) =>
      r.kind === 'more-information' ||
      r.kind === 'related' ||
      r.kind === 'withdrawal-information' ||
      (r.kind === 'other' && !/^topics$/i.test(r.heading ?? '')) ||
      (r.kind === 'product-information' && r.group !== null),
  );
  for (const region of regions) {
    for (let i = region.start; i < region.end; i++) {
      if (page.used[i]) continue;
      const bullet = /^\s*[-*]\s+(\[.*)$/.exec(page.lines[i]!);
      if (!bullet) continue;
      const link = linkLine(bullet[1]!.trim());
      if (!link) continue;
      const url = absoluteUrl(link.url);
      if (!url) continue; // in-page anchors
      items.push({ kind: relatedKind(link.text, url), title: relatedTitle(link), url });
      page.used[i] = 1;
    }
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Identity

function decideCategory(
  path: string | null,
  productNumber: ProductNumber | null,
  rssCategory: Category | null,
  header: string[],
  warnings: string[],
): Category {
  const fromPath = path ? /\/medicines\/(human|veterinary)\//i.exec(path)?.[1]?.toLowerCase() : undefined;
  const tag = /(?:^|\s)Medicine\s+(Human|Veterinary)(?:\s|$)/i.exec(header.join(' '))?.[1]?.toLowerCase();
  const candidates = [fromPath, productNumber ? productCategory(productNumber) : undefined, rssCategory ?? undefined, tag].filter(
    (c): c is Category => c === 'human' || c === 'veterinary',
  );
  const first = candidates[0];
  if (!first) {
    warnings.push('category: nothing on the page says human or veterinary; assuming human');
    return 'human';
  }
  if (candidates.some((c) => c !== first)) warnings.push(`category: sources disagree (${candidates.join(', ')}); using ${first}`);
  return first;
}

function decideSlug(path: string | null, fileName: string, warnings: string[]): string {
  const fromPath = path ? /\/EPAR\/([^/?#]+?)(?:\.html?)?$/i.exec(path.trim())?.[1] : undefined;
  if (fromPath && /^[a-z0-9][a-z0-9-]*$/i.test(fromPath)) return fromPath.toLowerCase();
  const base = fileName.split(/[\\/]/).pop()!.replace(/\.(md|markdown|txt|html?)$/i, '');
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  warnings.push(`slug: no EPAR path in the front matter; using the file name ("${slug}")`);
  return slug || 'unknown';
}

/** Gaps worth a look: EMA's page for an authorised medicine normally has all of these. */
function checkCompleteness(m: Medicine, warnings: string[]): void {
  if (!m.productNumber) warnings.push('no EMA product number');
  if (m.status !== 'authorised') return;
  if (m.atcCodes.length === 0) warnings.push('no ATC code');
  if (!m.marketingAuthorisationHolder) warnings.push('no marketing authorisation holder');
  if (!m.dates.marketingAuthorisationIssued) warnings.push('no marketing authorisation date');
}
