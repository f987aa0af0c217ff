/**
 * Turns a stream of headings and blocks (from docling's Markdown or a PDF's lines) into EMA's
 * structure: annexes → numbered sections → blocks. Headings are recognised by their NUMBERING
 * and their place in the sequence, never by their wording, so the same rules read all 25
 * languages and any script:
 *
 * - an annex title is one capitalised word with a roman numeral after it (`ANNEX I`, `BILAG II`,
 *   `ΠΑΡΑΡΤΗΜΑ III`) or before it (`I. MELLÉKLET`, `II PIELIKUMS`), numerals increasing;
 * - in annex I (the SmPC), `4.` and `4.2` number sections and subsections; annex II is lettered
 *   `A.`–`E.`; annex III opens its labelling with `A.` and its leaflet with `B.`; the labelling
 *   numbers items per pack and the leaflet numbers sections 1–6;
 * - a number must follow the one before (a gap of a few is allowed: EMA leaves out labelling
 *   items that do not apply), so a cross-reference or a numbered step at the start of a line is
 *   not taken for a heading. The numbering starting again at 1 opens another product's SmPC or
 *   leaflet, or another pack, but only when that heading reads like the first one (documents
 *   with several strengths repeat it word for word), and a run of numbered headings with nothing
 *   under them is a table of contents and is dropped.
 *
 * Keys (src/domain/product-information.ts): `4.2`; the n-th product's SmPC or leaflet in one
 * document (n ≥ 2) prefixes `n/` (`2/4.2`); labelling packs are sections keyed by the pack's
 * index with their items as subsections (`1.3`).
 */
import type { AnnexKind, PiAnnex, PiBlock, PiSection } from '../../domain/product-information.ts';

export interface BuilderOptions {
  /**
   * PDF lines are all offered as possible headings: demand what EMA's layout always has (a
   * capital after the number, top-level SmPC headings in capitals), which docling's `##`
   * headings do not need.
   */
  strict: boolean;
}

type Decision =
  | { kind: 'annex'; numeral: number; title: string }
  | { kind: 'part'; annex: 'labelling' | 'leaflet'; title: string }
  | { kind: 'section'; top: number; sub: number | null; number: string; heading: string; restart: boolean }
  | { kind: 'letter'; letter: string; number: string; heading: string };

interface AnnexState {
  annex: PiAnnex;
  /** Which product, pack or leaflet of the annex (1-based). */
  product: number;
  lastTop: number;
  lastSub: number;
  /** The first section-1 heading, against which a restart is compared. */
  firstOne: string | null;
  top: PiSection | null;
  current: PiSection | null;
  /** Sections of the current product (to tell a table of contents from content). */
  productSections: PiSection[];
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };
const ANNEX_AFTER = /^(\p{Lu}[\p{Lu}\p{M}]{2,})\s+(I{1,3}|IV|V)\.?$/u;
const ANNEX_BEFORE = /^(I{1,3}|IV|V)\.?\s+(\p{Lu}[\p{Lu}\p{M}]{2,})$/u;
const SUB = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/u;
const TOP = /^(\d{1,2})\.\s+(\S.*)$/u;
const LETTER = /^([A-E])\.\s+(\S.*)$/u;
const MAX_HEADING = 240;

export class SectionBuilder {
  readonly #strict: boolean;
  readonly #annexes: AnnexState[] = [];
  /** The roman numeral of the annex being read (0 before the first). */
  #numeral = 0;
  /** Blocks before any annex title (a cover page). */
  readonly #front: PiBlock[] = [];

  constructor(options: BuilderOptions) {
    this.#strict = options.strict;
  }

  /** Whether `text` is a heading of the structure here; if so it is taken (and true returned). */
  heading(text: string): boolean {
    const decision = this.classify(text);
    if (!decision) return false;
    this.#apply(decision);
    return true;
  }

  /** What `text` would be if offered as a heading now, without taking it. */
  classify(raw: string): Decision | null {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text === '' || text.length > MAX_HEADING) return null;
    const annex = ANNEX_AFTER.exec(text) ?? ANNEX_BEFORE.exec(text);
    if (annex) {
      const numeral = ROMAN[ANNEX_AFTER.test(text) ? annex[2]! : annex[1]!]!;
      if (numeral > this.#numeral) return { kind: 'annex', numeral, title: text };
    }
    if (this.#numeral >= 4) return null;
    const state = this.#annexes.at(-1);
    const kind = state?.annex.kind ?? null;
    if (this.#numeral === 3) {
      const part = LETTER.exec(text);
      if (part && isCapitalised(part[2]!)) {
        if (part[1] === 'A' && kind !== 'labelling' && kind !== 'leaflet') return { kind: 'part', annex: 'labelling', title: text };
        if (part[1] === 'B' && kind !== 'leaflet') return { kind: 'part', annex: 'leaflet', title: text };
      }
    }
    if (kind === 'annex-ii') {
      const letter = LETTER.exec(text);
      if (!letter || !isCapitalised(letter[2]!) || (this.#strict && !isUpper(letter[2]!))) return null;
      // Letters go forward; going back is allowed only over a table of contents (headings alone).
      const last = state!.annex.sections.at(-1)?.key ?? '';
      if (letter[1]! <= last && !state!.annex.sections.every(isEmpty)) return null;
      return { kind: 'letter', letter: letter[1]!, number: `${letter[1]}.`, heading: letter[2]! };
    }
    if (kind === 'smpc' || (kind === null && this.#numeral === 0)) return this.#numbered(text, state, 'smpc');
    if (kind === 'labelling' || kind === 'leaflet') return this.#numbered(text, state, kind);
    return null;
  }

  #numbered(text: string, state: AnnexState | undefined, kind: 'smpc' | 'labelling' | 'leaflet'): Decision | null {
    const lastTop = state?.lastTop ?? 0;
    const sub = kind === 'smpc' ? SUB.exec(text) : null;
    if (sub && state) {
      const [top, n, heading] = [Number(sub[1]), Number(sub[2]), sub[3]!];
      if (!startsLikeHeading(heading, this.#strict)) return null;
      const next = (top === lastTop && n > state.lastSub && n <= state.lastSub + 3) || (top > lastTop && top <= lastTop + 2 && n === 1);
      return next ? { kind: 'section', top, sub: n, number: `${top}.${n}`, heading, restart: false } : null;
    }
    const topMatch = TOP.exec(text);
    if (!topMatch) return null;
    const [top, heading] = [Number(topMatch[1]), topMatch[2]!];
    if (!startsLikeHeading(heading, this.#strict)) return null;
    // SmPC and labelling headings are set in capitals in every language that has them.
    if (this.#strict && kind !== 'leaflet' && !isUpper(heading)) return null;
    const gap = kind === 'labelling' ? 6 : 3;
    if (top > lastTop && top <= lastTop + gap && (lastTop > 0 || top <= 2)) return { kind: 'section', top, sub: null, number: `${top}.`, heading, restart: false };
    if (top === 1 && state?.firstOne && similar(heading, state.firstOne)) return { kind: 'section', top, sub: null, number: '1.', heading, restart: true };
    return null;
  }

  #apply(d: Decision): void {
    if (d.kind === 'annex') {
      this.#numeral = d.numeral;
      if (d.numeral === 1) this.#open('smpc', d.title);
      else if (d.numeral === 2) this.#open('annex-ii', d.title);
      // Annex III holds the labelling and the leaflet, each opened by its letter; annex IV
      // (the scientific conclusions some documents carry) is outside the product information.
      return;
    }
    if (d.kind === 'part') {
      this.#open(d.annex, d.title);
      return;
    }
    let state = this.#annexes.at(-1);
    if (!state) state = this.#open('smpc', '');
    if (d.kind === 'letter') {
      const section: PiSection = { key: d.letter, number: d.number, heading: d.heading, blocks: [], subsections: [] };
      // Annex II opens with a list of its parts; the parts themselves follow.
      const last = state.annex.sections.at(-1)?.key ?? '';
      if (d.letter <= last) state.annex.sections.splice(0);
      state.annex.sections.push(section);
      state.top = state.current = section;
      return;
    }
    const before = state.current;
    if (d.restart) {
      if (state.productSections.every(isEmpty)) {
        // The numbered headings so far had nothing under them: a table of contents.
        this.#discardProduct(state);
      } else {
        state.product++;
        state.productSections = [];
      }
      state.lastTop = 0;
      state.lastSub = 0;
      state.top = state.current = null;
    }
    const kind = state.annex.kind;
    const prefix = kind !== 'labelling' && state.product > 1 ? `${state.product}/` : '';
    if (d.sub === null) {
      if (d.top === 1 && state.firstOne === null) state.firstOne = d.heading;
      const section: PiSection = { key: `${prefix}${d.top}`, number: d.number, heading: d.heading, blocks: [], subsections: [] };
      if (kind === 'labelling') {
        let pack = state.annex.sections.at(-1);
        if (!pack || d.restart || state.lastTop === 0) {
          const title = takeTrailingTitles(before, state.annex);
          pack = { key: String(state.product), number: '', heading: title, blocks: [], subsections: [] };
          state.annex.sections.push(pack);
        }
        section.key = `${state.product}.${d.top}`;
        pack.subsections.push(section);
      } else {
        state.annex.sections.push(section);
      }
      state.top = section;
      state.current = section;
      state.lastTop = d.top;
      state.lastSub = 0;
      state.productSections.push(section);
      return;
    }
    let parent = state.top;
    if (!parent || d.top !== state.lastTop) {
      // The parent's own heading was lost (docling merges some into the text): keep the number.
      parent = { key: `${prefix}${d.top}`, number: `${d.top}.`, heading: '', blocks: [], subsections: [] };
      state.annex.sections.push(parent);
      state.productSections.push(parent);
      state.top = parent;
      state.lastTop = d.top;
    }
    const section: PiSection = { key: `${prefix}${d.number}`, number: d.number, heading: d.heading, blocks: [], subsections: [] };
    parent.subsections.push(section);
    state.productSections.push(section);
    state.current = section;
    state.lastSub = d.sub;
  }

  /** A block of text: under the current section, or the annex's preamble before its first. */
  block(block: PiBlock): void {
    if (this.#numeral >= 4) return;
    const state = this.#annexes.at(-1);
    // Between "ANNEX III" and its "A. LABELLING" lies a title page: it belongs to no section.
    if (this.#numeral === 3 && state?.annex.kind !== 'labelling' && state?.annex.kind !== 'leaflet') return;
    if (!state) {
      this.#front.push(block);
      return;
    }
    if (state.current) state.current.blocks.push(block);
    else state.annex.preamble.push(block);
  }

  finish(): PiAnnex[] {
    return this.#annexes.map((s) => s.annex);
  }

  #open(kind: AnnexKind, title: string): AnnexState {
    const existing = this.#annexes.find((s) => s.annex.kind === kind);
    if (existing) return existing;
    const state: AnnexState = { annex: { kind, title, preamble: [], sections: [] }, product: 1, lastTop: 0, lastSub: 0, firstOne: null, top: null, current: null, productSections: [] };
    this.#annexes.push(state);
    return state;
  }

  #discardProduct(state: AnnexState): void {
    const drop = new Set(state.productSections);
    const prune = (sections: PiSection[]): PiSection[] =>
      sections.filter((s) => !drop.has(s)).map((s) => ({ ...s, subsections: prune(s.subsections) })).filter((s) => s.number !== '' || s.subsections.length > 0 || s.blocks.length > 0 || s.heading !== '');
    state.annex.sections = prune(state.annex.sections);
    state.productSections = [];
    if (state.product === 1) state.firstOne = null;
  }
}

function isEmpty(s: PiSection): boolean {
  return s.blocks.length === 0 && s.subsections.every(isEmpty);
}

/**
 * A pack's title is the unnumbered capitalised heading(s) before its first item ("OUTER CARTON"),
 * which arrived as the last blocks of the section before; they move to the pack.
 */
function takeTrailingTitles(section: PiSection | null, annex: PiAnnex): string {
  const blocks = section?.blocks ?? annex.preamble;
  const titles: string[] = [];
  while (blocks.length > 0) {
    const last = blocks.at(-1)!;
    if ((last.type === 'heading' || last.type === 'paragraph') && isUpper(last.text) && /\p{L}{2}/u.test(last.text)) {
      titles.unshift(last.text);
      blocks.pop();
    } else break;
  }
  return titles.join(' – ');
}

function startsLikeHeading(heading: string, strict: boolean): boolean {
  if (!/^[\p{L}(«"„“]/u.test(heading)) return false;
  return !strict || /^[\p{Lu}\p{Lt}(«"„“]/u.test(heading) || !/\p{Ll}/u.test(heading.charAt(0));
}

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** Written in capitals: no lower-case letter (scripts without case pass). */
export function isUpper(text: string): boolean {
  return !/\p{Ll}/u.test(text.replace(/\b(mg|ml|g|µg|mcg|IU|kg|x)\b/gu, ''));
}

/** Two headings that share most of their words (a product's name may differ). */
export function similar(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.toLocaleLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 2));
  const [x, y] = [words(a), words(b)];
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared) >= 0.5;
}
