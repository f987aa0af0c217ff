/**
 * EMA's electronic product information (ePI): HL7 FHIR R5 documents, in XML or JSON, read into
 * the structured model of src/domain/product-information.ts.
 *
 * What EMA publishes comes in three shapes, all handled here:
 * - a `collection` Bundle holding a `List` (the ePI master list that groups a product's
 *   documents) and one `document` Bundle per annex (SmPC, package leaflet, …);
 * - a `document` Bundle on its own (the Gravitate Health examples wrap it as `{"epi": …}`);
 * - a `List` on its own, which names documents without carrying them.
 *
 * A document Bundle starts with its `Composition`; its sections (nested) carry their heading as
 * `title` and their text as XHTML narrative, which becomes paragraphs, lists, headings and
 * tables (tables stay tables). Sections are keyed by the number EMA prints in the title
 * ("4.2. Posología…" → `4.2`), so a section is the same in every language and version.
 *
 * An ePI names its medicine only by the authorisation numbers of its packages (the SmPC's
 * section 8, or the product resources beside the Composition): EU numbers for a centrally
 * authorised medicine, national numbers otherwise. The parser reports both; which medicine of
 * the catalogue they belong to is decided by `resolveEpiMedicine`, never guessed here.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseEuNumber, parseProcedureNumber, type EuNumber } from '../../domain/identifiers.ts';
import { isLanguageCode } from '../../domain/languages.ts';
import { ANNEX_KINDS, type AnnexKind, type PiAnnex, type PiBlock, type PiSection, type ProductInformationDocument, type LegalStatusOfSupply } from '../../domain/product-information.ts';

/** One ePI document (the annexes of one product in one language) and how it names its product. */
export interface EpiDocument {
  document: ProductInformationDocument;
  /** EU numbers of the packages the ePI covers, in the order it gives them. */
  euNumbers: EuNumber[];
  /**
   * Authorisation numbers that are not EU numbers (section 8 of a nationally authorised
   * medicine's SmPC, "34565"): such a product is outside EMA's catalogue.
   */
  otherAuthorisationNumbers: string[];
  /** The product's name as the document gives it (SmPC section 1, else the Composition's title). */
  productName: string | null;
  /** EMA's ePI identifier (`EPI/24/129`) from the master list, when the file has one. */
  epiId: string | null;
}

/** A master list: which documents make up a product's ePI (a List may come without them). */
export interface EpiList {
  epiId: string | null;
  title: string | null;
  procedure: string | null;
  entries: { reference: string | null; display: string | null }[];
}

export type EpiParseResult =
  | { ok: true; documents: EpiDocument[]; lists: EpiList[]; warnings: string[] }
  | { ok: false; error: string };

const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Whether the bytes look like a FHIR ePI (a Bundle or List, in XML or JSON), from their first
 * few kilobytes: how `openepar import product-information` tells an ePI from a PDF or Markdown.
 */
export function looksLikeEpi(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) {
    return /<(?:[A-Za-z_][\w.-]*:)?(?:Bundle|List)\b[^>]*\bxmlns(?::[\w.-]+)?\s*=\s*["']http:\/\/hl7\.org\/fhir["']/.test(head);
  }
  if (head.startsWith('{')) return /"resourceType"\s*:\s*"(?:Bundle|List)"/.test(head);
  return false;
}

/** Reads an ePI file. `fileName` only names the source in the documents and messages. */
export function parseEpi(bytes: Uint8Array, fileName: string): EpiParseResult {
  if (bytes.byteLength > MAX_BYTES) return { ok: false, error: `${fileName}: larger than ${MAX_BYTES / 1024 / 1024} MB, not an ePI` };
  if (!looksLikeEpi(bytes)) return { ok: false, error: `${fileName}: not a FHIR ePI (expected a Bundle or List in XML or JSON)` };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let root: Json;
  try {
    root = text.trimStart().startsWith('<') ? xmlResource(text) : jsonResource(text);
  } catch (e) {
    return { ok: false, error: `${fileName}: cannot be read as FHIR (${e instanceof Error ? e.message : String(e)})` };
  }
  const warnings: string[] = [];
  const lists: EpiList[] = [];
  const documents: EpiDocument[] = [];
  const rootType = str(root.resourceType);
  if (rootType === 'List') {
    lists.push(readList(root));
  } else if (rootType === 'Bundle') {
    const type = str(root.type);
    if (type === 'document') {
      documents.push(...readDocuments([root], fileName, null, warnings));
    } else if (type === 'collection') {
      const resources = all(root.entry).map((e) => obj(obj(e).resource));
      for (const r of resources) if (str(r.resourceType) === 'List') lists.push(readList(r));
      const bundles = resources.filter((r) => str(r.resourceType) === 'Bundle' && str(r.type) === 'document');
      documents.push(...readDocuments(bundles, fileName, lists[0]?.epiId ?? null, warnings, lists[0]?.procedure ?? null));
      if (bundles.length === 0 && lists.length === 0) return { ok: false, error: `${fileName}: a collection Bundle with neither documents nor a List` };
      if (bundles.length > 0 && documents.length === 0) return { ok: false, error: `${fileName}: no readable ePI document (${warnings.join('; ')})` };
    } else {
      return { ok: false, error: `${fileName}: a Bundle of type "${type ?? '(none)'}", not an ePI document or collection` };
    }
  } else {
    return { ok: false, error: `${fileName}: a ${rootType ?? 'resource without a type'}, not an ePI Bundle or List` };
  }
  if (documents.length === 0 && lists.length === 0) return { ok: false, error: `${fileName}: no ePI document in the file${warnings.length ? ` (${warnings.join('; ')})` : ''}` };
  return { ok: true, documents, lists, warnings };
}

// ---------------------------------------------------------------------------------------------
// FHIR as plain JSON: the XML form is turned into the JSON form's shape (resourceType, primitive
// values as strings, narrative as an XHTML tree) so one reader serves both.

type Json = Record<string, unknown>;

/** An XHTML node: an element or a run of text. */
type XNode = { tag: string; attrs: Record<string, string>; children: XNode[] } | { text: string };

const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

function toNodes(ordered: unknown[]): XNode[] {
  const out: XNode[] = [];
  for (const item of ordered) {
    const o = item as Record<string, unknown>;
    for (const [key, value] of Object.entries(o)) {
      if (key === ':@') continue;
      if (key === '#text') out.push({ text: String(value) });
      else if (!key.startsWith('?') && !key.startsWith('!')) out.push({ tag: key, attrs: (o[':@'] as Record<string, string> | undefined) ?? {}, children: toNodes(value as unknown[]) });
    }
  }
  return out;
}

function parseXml(text: string): XNode[] {
  return toNodes(xmlParser.parse(text) as unknown[]);
}

const isElement = (n: XNode): n is Extract<XNode, { tag: string }> => 'tag' in n;

function xmlResource(text: string): Json {
  const root = parseXml(text).find(isElement);
  if (!root) throw new Error('no root element');
  // The namespace was checked by looksLikeEpi: the parser drops namespace declarations.
  return { resourceType: root.tag, ...xmlElement(root) };
}

/** A FHIR element in XML → its JSON form: `value` attributes become the value, children repeat as arrays. */
function xmlElement(el: Extract<XNode, { tag: string }>): Json {
  const out: Json = {};
  for (const child of el.children) {
    if (!isElement(child)) continue;
    let value: unknown;
    if (child.tag === 'div') {
      value = child;
    } else if (child.tag === 'resource') {
      const inner = child.children.find(isElement);
      value = inner ? { resourceType: inner.tag, ...xmlElement(inner) } : {};
    } else if (child.children.some(isElement)) {
      value = xmlElement(child);
    } else {
      value = child.attrs.value ?? '';
    }
    const held = out[child.tag];
    out[child.tag] = held === undefined ? value : Array.isArray(held) ? [...held, value] : [held, value];
  }
  return out;
}

function jsonResource(text: string): Json {
  const parsed = JSON.parse(text) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
  const o = parsed as Json;
  if (typeof o.resourceType === 'string') return o;
  // Gravitate Health's examples wrap the Bundle: {"epi": {...}}.
  const wrapped = Object.values(o).filter((v): v is Json => !!v && typeof v === 'object' && typeof (v as Json).resourceType === 'string');
  if (wrapped.length === 1) return wrapped[0]!;
  throw new Error('no resourceType');
}

const all = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : Array.isArray(v) ? str(v[0]) : null);

/** A narrative `div`: the XHTML tree (XML form) or its serialisation (JSON form). */
function narrative(section: Json): XNode[] {
  const div = obj(section.text).div;
  if (typeof div === 'string') return parseXml(div);
  if (div && typeof div === 'object' && 'tag' in (div as object)) return [div as XNode];
  return [];
}

// ---------------------------------------------------------------------------------------------

function readList(list: Json): EpiList {
  const epiId = all(list.identifier).map(obj).find((i) => /epiId/i.test(str(i.system) ?? ''));
  return {
    epiId: str(epiId?.value) ?? null,
    title: str(list.title),
    procedure: findProcedure(list),
    entries: all(list.entry).map((e) => {
      const item = obj(obj(e).item);
      return { reference: str(item.reference), display: str(item.display) };
    }),
  };
}

/** A procedure number anywhere in a resource's extensions and identifiers (`EMEA/H/C/004978/II/0014`). */
function findProcedure(resource: unknown): string | null {
  const seen = new Set<unknown>();
  const walk = (v: unknown): string | null => {
    if (v === null || typeof v !== 'object' || seen.has(v) || 'tag' in (v as object)) return null;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) {
        const found = walk(x);
        if (found) return found;
      }
      return null;
    }
    const o = v as Json;
    if (/procedure/i.test(str(o.url) ?? '') || /procedure/i.test(str(o.system) ?? '')) {
      const value = str(obj(o.valueIdentifier).value) ?? str(o.valueString) ?? str(o.value);
      if (value) {
        const parsed = parseProcedureNumber(value);
        return parsed.ok ? parsed.value : value;
      }
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'text' && k !== 'section') {
      const found = walk(x);
      if (found) return found;
    }
    return null;
  };
  return walk(resource);
}

interface ReadComposition {
  language: string | null;
  date: string | null;
  annex: PiAnnex;
  resources: Json[];
  procedure: string | null;
  compositionTitle: string | null;
}

function readDocuments(bundles: Json[], fileName: string, epiId: string | null, warnings: string[], listProcedure: string | null = null): EpiDocument[] {
  const read: ReadComposition[] = [];
  for (const bundle of bundles) {
    const resources = all(bundle.entry).map((e) => obj(obj(e).resource));
    const composition = resources.find((r) => str(r.resourceType) === 'Composition');
    if (!composition) {
      warnings.push(`document Bundle ${str(bundle.id) ?? ''} has no Composition`.replace('  ', ' '));
      continue;
    }
    const kind = annexKindOf(composition);
    const language = languageOf(str(composition.language) ?? str(bundle.language));
    const annexSections = kind ? [] : all(composition.section).map(obj).filter((s) => annexKindOf({ type: s.code, title: s.title }) !== null);
    if (!kind && annexSections.length > 0 && annexSections.length === all(composition.section).length) {
      // One Composition holding every annex, one top-level section each (as this portal's API hands them out).
      for (const s of annexSections) {
        const annexKind = annexKindOf({ type: s.code, title: s.title })!;
        read.push({ language, date: dateOf(str(composition.date) ?? str(bundle.timestamp)), annex: readAnnex({ title: s.title, section: [s] }, annexKind), resources: [bundle, ...resources], procedure: findProcedure(composition) ?? listProcedure, compositionTitle: str(composition.title) });
      }
      continue;
    }
    if (!kind) {
      warnings.push(`Composition "${str(composition.title) ?? str(composition.id) ?? '?'}" is of a kind of document that is not product information (${typeText(composition) ?? 'no type'})`);
      continue;
    }
    read.push({
      language,
      date: dateOf(str(composition.date) ?? str(bundle.timestamp)),
      annex: readAnnex(composition, kind),
      resources: [bundle, ...resources],
      procedure: findProcedure(composition) ?? listProcedure,
      compositionTitle: str(composition.title),
    });
  }
  // The annexes of one product in one language make one document, in EMA's order of annexes.
  const byLanguage = new Map<string, ReadComposition[]>();
  for (const r of read) {
    if (!r.language) {
      warnings.push(`Composition "${r.annex.title}" does not say its language`);
      continue;
    }
    const group = byLanguage.get(r.language) ?? [];
    if (group.some((g) => g.annex.kind === r.annex.kind)) {
      warnings.push(`two ${r.annex.kind} documents in ${r.language}: the first is kept`);
      continue;
    }
    byLanguage.set(r.language, [...group, r]);
  }
  return [...byLanguage].map(([language, group]) => {
    group.sort((a, b) => ANNEX_KINDS.indexOf(a.annex.kind) - ANNEX_KINDS.indexOf(b.annex.kind));
    const dates = group.map((g) => g.date).filter((d): d is string => d !== null).sort();
    const document: ProductInformationDocument = {
      language,
      versionDate: dates.at(-1) ?? null,
      source: { kind: 'epi', file: fileName },
      procedure: group.map((g) => g.procedure).find((p) => p !== null) ?? null,
      annexes: group.map((g) => g.annex),
    };
    const legal = legalStatusIn(group.flatMap((g) => g.resources));
    if (legal) document.legalStatusOfSupply = legal;
    const numbers = authorisationNumbers(group.flatMap((g) => g.resources), document);
    return { document, ...numbers, productName: productNameOf(document, group.map((g) => g.compositionTitle).find((t) => t !== null) ?? null), epiId };
  });
}

function typeText(composition: Json): string | null {
  const type = obj(composition.type);
  const coding = all(type.coding).map(obj);
  return [str(type.text), ...coding.map((c) => str(c.display)), ...coding.map((c) => str(c.code))].filter(Boolean).join(' / ') || null;
}

// EMA's document types (SPOR RMS list 100000155531) as far as they are known for certain; the
// profile and the type's words decide for the rest.
const TYPE_CODES: Readonly<Record<string, AnnexKind>> = { '100000155532': 'smpc', '100000155538': 'leaflet' };

function annexKindOf(composition: Json): AnnexKind | null {
  for (const c of all(obj(composition.type).coding).map(obj)) {
    const kind = TYPE_CODES[str(c.code) ?? ''];
    if (kind) return kind;
  }
  const words = [...all(obj(composition.meta).profile).map(str), typeText(composition), str(composition.title)].filter(Boolean).join(' ');
  if (/smpc|summary of product characteristics/i.test(words)) return 'smpc';
  if (/annex[\s-]*ii\b|annexii/i.test(words)) return 'annex-ii';
  if (/labell?ing/i.test(words)) return 'labelling';
  if (/leaflet/i.test(words)) return 'leaflet';
  return null;
}

function languageOf(code: string | null): string | null {
  const primary = code?.toLowerCase().split(/[-_]/)[0] ?? null;
  if (primary === 'nb' || primary === 'nn') return 'no';
  return primary && isLanguageCode(primary) ? primary : null;
}

function dateOf(value: string | null): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1]! : null;
}

// ---------------------------------------------------------------------------------------------
// Sections

const NUMBERED = /^\s*(\d{1,2}(?:\.\d{1,2})*)\.?(?=\s|$)\s*(.*)$/su;
const LETTERED = /^\s*([A-E])\.(?=\s)\s*(.*)$/su;

function splitTitle(title: string, kind: AnnexKind): { number: string; key: string | null; heading: string } {
  const numbered = NUMBERED.exec(title);
  if (numbered) return { number: title.trim().slice(0, title.trim().length - numbered[2]!.length).trim(), key: numbered[1]!, heading: numbered[2]!.trim() };
  const lettered = kind === 'annex-ii' ? LETTERED.exec(title) : null;
  if (lettered) return { number: `${lettered[1]}.`, key: lettered[1]!, heading: lettered[2]!.trim() };
  return { number: '', key: null, heading: title.trim() };
}

function readAnnex(composition: Json, kind: AnnexKind): PiAnnex {
  let top = all(composition.section).map(obj);
  const preamble: PiBlock[] = [];
  let title = str(composition.title) ?? '';
  // EMA wraps the whole annex in one unnumbered section ("Prospecto", "B. Package Leaflet").
  if (top.length === 1 && all(top[0]!.section).length > 0 && splitTitle(str(top[0]!.title) ?? '', kind).key === null) {
    const wrapper = top[0]!;
    title = str(wrapper.title) ?? title;
    preamble.push(...blocksOf(narrative(wrapper)));
    top = all(wrapper.section).map(obj);
  }
  // Unnumbered sections before the first numbered one are the annex's opening text, as in the PDF.
  // So is a section EMA numbers 0 (the black triangle statement of a medicine under additional monitoring).
  const opening = (s: Json) => {
    const key = splitTitle(str(s.title) ?? '', kind).key;
    return (key === null || key === '0') && all(s.section).length === 0;
  };
  while (top.length > 0 && opening(top[0]!)) {
    const s = top.shift()!;
    const heading = str(s.title);
    if (heading) preamble.push({ type: 'heading', text: heading });
    preamble.push(...blocksOf(narrative(s)));
  }
  const sections = readSections(top, kind, '', kind === 'labelling');
  return { kind, title, preamble, sections };
}

/**
 * Sections keep EMA's numbers as keys. An unnumbered subsection ("No tome X", a pack of the
 * labelling) is keyed by its parent and its place among the unnumbered ones (`2~1`; a slash is
 * for another product's SmPC, `2/1`), which holds
 * across versions and languages of the same template; the labelling numbers its items per pack.
 */
function readSections(sections: Json[], kind: AnnexKind, parentKey: string, packs: boolean): PiSection[] {
  const out: PiSection[] = [];
  const used = new Set<string>();
  let unnumbered = 0;
  for (const s of sections) {
    const { number, key: titleKey, heading } = splitTitle(str(s.title) ?? str(obj(s.code).text) ?? '', kind);
    // A title printed without its number ("Conservación de X") keeps the number of EMA's template
    // section its code names ("5. Conservación de X"), so it is still section 5.
    const numberKey = titleKey ?? templateNumber(s, kind);
    let key: string;
    if (numberKey !== null) key = packs && parentKey ? `${parentKey}.${numberKey}` : numberKey;
    else if (packs && !parentKey) key = String(++unnumbered);
    else key = `${parentKey || '0'}~${++unnumbered}`;
    const base = key;
    for (let n = 2; used.has(key); n++) key = `${base}#${n}`;
    used.add(key);
    out.push({ key, number, heading, blocks: blocksOf(narrative(s)), subsections: readSections(all(s.section).map(obj), kind, key, packs) });
  }
  return out;
}

function templateNumber(section: Json, kind: AnnexKind): string | null {
  for (const coding of all(obj(section.code).coding).map(obj)) {
    const display = str(coding.display);
    const key = display ? splitTitle(display, kind).key : null;
    if (key !== null) return key;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// XHTML narrative → blocks

const INLINE = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'u', 'sub', 'sup', 'small', 'big', 'code', 'abbr', 'cite', 'q', 'font', 's', 'strike', 'del', 'ins', 'bdi', 'bdo', 'dfn', 'kbd', 'samp', 'var', 'mark', 'tt', 'label']);
const HEADINGS = /^h[1-6]$/;

function inlineText(nodes: XNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (!isElement(n)) out += n.text;
    else if (n.tag === 'br') out += '\n';
    else if (n.tag === 'img') out += n.attrs.alt ? ` ${n.attrs.alt} ` : '';
    else if (n.tag === 'ul' || n.tag === 'ol' || n.tag === 'table') out += `\n${blockLines(n)}\n`;
    else out += inlineText(n.children);
  }
  return out;
}

/** Whitespace as a reader sees it: runs of spaces (no-break ones too) are one space; line breaks kept. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0\u2007\u202F]+/gu, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function blockLines(el: Extract<XNode, { tag: string }>): string {
  return blocksOf([el]).map((b) => (b.type === 'list' ? b.items.join('\n') : b.type === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : b.text)).join('\n');
}

function blocksOf(nodes: XNode[]): PiBlock[] {
  const out: PiBlock[] = [];
  let run: XNode[] = [];
  const flush = () => {
    const text = tidy(inlineText(run));
    if (text) out.push({ type: 'paragraph', text });
    run = [];
  };
  for (const n of nodes) {
    if (!isElement(n) || INLINE.has(n.tag) || n.tag === 'br' || n.tag === 'img') {
      run.push(n);
      continue;
    }
    flush();
    if (n.tag === 'p') {
      // A paragraph holding a list or table (Word exports do that) splits around it.
      if (n.children.some((c) => isElement(c) && (c.tag === 'ul' || c.tag === 'ol' || c.tag === 'table'))) out.push(...blocksOf(n.children));
      else {
        const text = tidy(inlineText(n.children));
        if (text) out.push({ type: 'paragraph', text });
      }
    } else if (HEADINGS.test(n.tag)) {
      const text = tidy(inlineText(n.children));
      if (text) out.push({ type: 'heading', text });
    } else if (n.tag === 'ul' || n.tag === 'ol') {
      const items = listItems(n);
      if (items.length > 0) out.push({ type: 'list', ordered: n.tag === 'ol', items });
    } else if (n.tag === 'table') {
      const table = tableOf(n);
      if (table) out.push(table);
    } else {
      // div, section, blockquote and the like: containers.
      out.push(...blocksOf(n.children));
    }
  }
  flush();
  return out;
}

/** A list's items; a nested list's items follow their parent's, indented by a tab so they stay told apart. */
function listItems(list: Extract<XNode, { tag: string }>, depth = 0): string[] {
  const items: string[] = [];
  for (const li of list.children) {
    if (!isElement(li)) continue;
    if (li.tag === 'ul' || li.tag === 'ol') {
      items.push(...listItems(li, depth + 1));
      continue;
    }
    const own = li.children.filter((c) => !(isElement(c) && (c.tag === 'ul' || c.tag === 'ol')));
    const text = tidy(inlineText(own).replace(/\n/g, ' '));
    if (text) items.push('\t'.repeat(depth) + text);
    for (const nested of li.children) if (isElement(nested) && (nested.tag === 'ul' || nested.tag === 'ol')) items.push(...listItems(nested, depth + 1));
  }
  return items;
}

function tableOf(table: Extract<XNode, { tag: string }>): PiBlock | null {
  const rows: { cells: string[]; header: boolean }[] = [];
  const walk = (el: Extract<XNode, { tag: string }>, inHead: boolean) => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.tag === 'tr') {
        const cells = c.children.filter(isElement).filter((td) => td.tag === 'td' || td.tag === 'th');
        if (cells.length === 0) continue;
        rows.push({ cells: cells.map((td) => tidy(inlineTextOfCell(td)).replace(/\n/g, ' ')), header: inHead || cells.every((td) => td.tag === 'th') });
      } else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') {
        walk(c, c.tag === 'thead');
      }
    }
  };
  walk(table, false);
  if (rows.length === 0 || rows.every((r) => r.cells.every((c) => c === ''))) return null;
  let headerRows = 0;
  while (headerRows < rows.length && rows[headerRows]!.header) headerRows++;
  return { type: 'table', headerRows, rows: rows.map((r) => r.cells) };
}

function inlineTextOfCell(td: Extract<XNode, { tag: string }>): string {
  return blocksOf(td.children).map((b) => (b.type === 'list' ? b.items.join('\n') : b.type === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : b.text)).join('\n');
}

// ---------------------------------------------------------------------------------------------
// How the ePI names its product

const EU_NUMBER_IN_TEXT = /\bEU\s*\/\s*[12]\s*\/\s*\d{2}\s*\/\s*\d{3,4}\s*\/\s*\d{3,4}\b/g;

function authorisationNumbers(resources: Json[], doc: ProductInformationDocument): { euNumbers: EuNumber[]; otherAuthorisationNumbers: string[] } {
  const eu: EuNumber[] = [];
  const addEu = (text: string) => {
    for (const m of text.matchAll(EU_NUMBER_IN_TEXT)) {
      const parsed = parseEuNumber(m[0]);
      if (parsed.ok && !eu.includes(parsed.value)) eu.push(parsed.value);
    }
  };
  // The SmPC's section 8 lists the marketing authorisation numbers.
  const smpc = doc.annexes.find((a) => a.kind === 'smpc');
  const section8 = smpc?.sections.find((s) => s.key === '8');
  const section8Text = section8 ? sectionTextDeep(section8) : '';
  addEu(section8Text);
  // The product resources beside the Composition (RegulatedAuthorization, PackagedProductDefinition, …) and the Bundle's identifier.
  for (const r of resources) {
    if (str(r.resourceType) === 'Composition') continue;
    for (const id of all(r.identifier).map(obj)) addEu(str(id.value) ?? '');
  }
  if (eu.length === 0 && !section8) {
    // No section 8 (a leaflet alone): the leaflet does not print pack numbers, but a labelling does.
    for (const annex of doc.annexes) for (const s of annex.sections) addEu(sectionTextDeep(s));
  }
  const other: string[] = [];
  if (eu.length === 0 && section8Text) {
    // A national authorisation number ends its line ("Nº Registro: 55.845", "Immufalk 75 mg.: 78165", "34565").
    for (const line of section8Text.split('\n')) {
      const m = /(?:^|[\s:])(\d[\d./-]*\d)\s*$/u.exec(line);
      if (m && m[1]!.replace(/\D/g, '').length >= 4 && !other.includes(m[1]!)) other.push(m[1]!);
    }
  }
  return { euNumbers: eu, otherAuthorisationNumbers: other };
}

/**
 * The legal status for the supply the ePI's MedicinalProductDefinition codes (EMA's SPOR code
 * 100000072084 "Medicinal product subject to medical prescription" in EMA's own examples), as given.
 */
function legalStatusIn(resources: Json[]): LegalStatusOfSupply | null {
  for (const r of resources) {
    if (str(r.resourceType) !== 'MedicinalProductDefinition') continue;
    const legal = obj(r.legalStatusOfSupply);
    const coding = all(legal.coding)
      .map(obj)
      .flatMap((c) => {
        const system = str(c.system);
        const code = str(c.code);
        const display = str(c.display);
        return system && code ? [{ system, code, ...(display ? { display } : {}) }] : [];
      });
    const text = str(legal.text);
    if (coding.length > 0 || text) return { ...(coding.length > 0 ? { coding } : {}), ...(text ? { text } : {}) };
  }
  return null;
}

function sectionTextDeep(s: PiSection): string {
  return [s.blocks.map((b) => (b.type === 'list' ? b.items.join('\n') : b.type === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : b.text)).join('\n'), ...s.subsections.map(sectionTextDeep)].join('\n');
}

function productNameOf(doc: ProductInformationDocument, fallback: string | null): string | null {
  const smpc = doc.annexes.find((a) => a.kind === 'smpc');
  const first = smpc?.sections.find((s) => s.key === '1')?.blocks.find((b) => b.type === 'paragraph');
  if (first && first.type === 'paragraph') return first.text.split('\n')[0]!;
  return fallback;
}
