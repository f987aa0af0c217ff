/**
 * Turns the text of an EMA "medicine overview" PDF (one string, pages separated by form feeds, or
 * one string per page) into the Q&A sections the EPAR page shows.
 *
 * Headings are recognised by their shape, not by a list of known questions: a question is a line
 * (or a heading wrapped over up to three lines) that starts a paragraph, starts with a capital
 * (or "¿") and ends with a question mark (Greek: ";"). The last heading, "Other information about
 * X", is no question; it is found by its wording (`overview-vocabulary.ts`) or, failing that, by
 * its shape (a short line naming the medicine). Running footers, EMA's address block and the
 * copyright line are dropped wherever the page break put them.
 *
 * Text layers keep lines but rarely paragraphs, so paragraphs are rebuilt: a line ends its
 * paragraph when it ends a sentence and the next line's first word would have fitted on it (so
 * the break was the writer's, not the layout's). Blank lines, which `extractPdfText` leaves where
 * the layout has a gap, always end a paragraph.
 *
 * Nothing is thrown for odd input: what could not be recognised is reported in `warnings`.
 */
import type { LanguageCode } from '../../domain/languages.ts';
import type { OverviewSection } from '../../domain/medicine.ts';
import { parseEmaReference, parseProductNumber, type EmaReference, type ProductNumber } from '../../domain/identifiers.ts';
import { OVERVIEW_LANGUAGES, OVERVIEW_VOCABULARY, foldPhrase } from './overview-vocabulary.ts';

export interface ParseOverviewOptions {
  /** The document's language; Greek switches ";" to a question mark even in Latin-script headings. */
  lang?: LanguageCode;
  /** The medicine's name as EMA writes it ("Lumykras"); found in the text when not given. */
  medicineName?: string;
}

export interface ParsedOverview {
  /** "An overview of Lumykras and why it is authorised in the EU", or older "EPAR summary for the public". */
  title: string | null;
  /** The line naming the medicine at the top and in the running footers: "Lumykras (sotorasib)". */
  nameLine: string | null;
  /** `opts.medicineName`, or the name taken from `nameLine`. */
  medicineName: string | null;
  referenceNumber: EmaReference | null;
  productNumber: ProductNumber | null;
  /** Text before the first question (old summaries explain what an EPAR is there); not a section. */
  preamble: string | null;
  /**
   * The first question and its answer. The EPAR page shows that answer without its question, so in
   * `sections` it is the heading-less introduction.
   */
  intro: { question: string | null; body: string } | null;
  /** The introduction (heading `null`), the questions in order, then "more information" if found. */
  sections: OverviewSection[];
  /** The closing non-question section, also the last entry of `sections`. */
  moreInformation: OverviewSection | null;
  warnings: string[];
}

type Gap = 'none' | 'soft' | 'hard';

interface Line {
  text: string;
  /** What separates this line from the previous kept one: nothing, removed boilerplate or a page break, or a blank line. */
  gap: Gap;
  bullet: string | null;
}

interface Heading {
  start: number;
  end: number;
  text: string;
}

type Removal = 'page-number' | 'reference' | 'address' | 'agency' | 'copyright' | 'running-title';

interface RawLine {
  text: string;
  page: number;
  removed: Removal | null;
}

// A line this much shorter than the longest lines cannot have been wrapped by the layout.
const FULL_LINE = 0.92;
const SHORT_LINE = 0.6;
const MAX_HEADING_CHARS = 220;
const MAX_HEADING_LINES = 3;

const REFERENCE_TOKEN = /\b(?:EMA|EMEA|CHMP|CVMP|COMP|PDCO|PRAC|CAT)(?:\/[A-Z0-9().]+)+(?:\s*Rev\.?\s*\d+)?/gi;
const HAS_REFERENCE = new RegExp(REFERENCE_TOKEN.source, 'i');
const PAGE_WORDS = [...new Set(OVERVIEW_LANGUAGES.flatMap((l) => OVERVIEW_VOCABULARY[l].page))];
const PAGE_WORD = `(?:${PAGE_WORDS.map(escapeRegExp).join('|')})\\.?`;
// "Page 2/3", "Sida 2 av 3", "2/3. oldal", "2/3"; a word between the numbers only with a page word.
const PAGE_EXPRESSION = new RegExp(
  `(?:${PAGE_WORD}\\s*\\d{1,3}\\s*(?:/|\\p{L}{1,4}\\.?)\\s*\\d{1,3}|\\d{1,3}\\s*/\\s*\\d{1,3}\\.?(?:\\s*${PAGE_WORD})?)`,
  'giu',
);
const PAGE_LINE = new RegExp(`^(?:${PAGE_EXPRESSION.source}|${PAGE_WORD}\\s*\\d{1,3})$`, 'iu');
const AGENCY_PHRASES = OVERVIEW_LANGUAGES.flatMap((l) => OVERVIEW_VOCABULARY[l].agency).map(foldPhrase);
const REPRODUCTION_PHRASES = OVERVIEW_LANGUAGES.flatMap((l) => OVERVIEW_VOCABULARY[l].reproduction).map(foldPhrase);
const MORE_INFORMATION_CUES = OVERVIEW_LANGUAGES.flatMap((l) => OVERVIEW_VOCABULARY[l].moreInformation).map(foldPhrase);

const STRONG_BULLET = /^[•●▪■◦○◆►▸‣⁃∙\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s*(\S.*)$/u;
const DASH_BULLET = /^[-–—‐‑]\s+(\S.*)$/u;
const SENTENCE_END = /[.!?:;·…](?:["'”’»)\]]*)$/u;
const QUESTION_END = /[?？](?:["'”’»)\]]*)$/u;
const GREEK_QUESTION_END = /[;;](?:["'”’»)\]]*)$/u;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/u;
const HEADING_START = /^[¿¡"'„“«(]?[\p{Lu}\p{N}]/u;

export function parseOverviewText(input: string | readonly string[], opts: ParseOverviewOptions = {}): ParsedOverview {
  const warnings: string[] = [];
  const raw = splitLines(input);
  const refs = markBoilerplate(raw);
  const nameLine = markRunningTitles(raw, opts.medicineName ?? null);

  const lines = keptLines(raw);
  const width = typicalWidth(lines);
  const greek = opts.lang === 'el';
  markBullets(lines, width);

  const breakAfter = (i: number): boolean => {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (!next) return true;
    if (next.gap === 'hard' || next.bullet !== null) return true;
    if (/^\p{Ll}/u.test(next.text) || /^-\p{L}/u.test(next.text)) return false;
    if (SENTENCE_END.test(line.text)) return line.text.length + 1 + firstWord(next.text).length <= width * FULL_LINE;
    return line.text.length < width * SHORT_LINE && /^[\p{Lu}\p{N}¿¡"„“«]/u.test(next.text);
  };
  const isQuestionEnd = (text: string) => QUESTION_END.test(text) || ((greek || GREEK.test(text)) && GREEK_QUESTION_END.test(text));
  const medicineName = opts.medicineName?.trim() || nameFromLine(nameLine);
  // A whole question on one line starts a heading even after a line that ends no sentence (a
  // title above it); a wrapped heading's second line is short or starts with the medicine's name.
  const opensQuestion = (i: number): boolean => {
    const text = lines[i]!.text;
    if (lines[i]!.bullet !== null) return false;
    if (text.startsWith('¿')) return true;
    return (
      HEADING_START.test(text) &&
      isQuestionEnd(text) &&
      text.split(' ').length >= 3 &&
      !(medicineName && foldPhrase(text).startsWith(foldPhrase(medicineName)))
    );
  };

  // Headings: questions first, then the closing "more information" heading after the last of them.
  const questions: Heading[] = [];
  const startsBlock = (i: number, previous: Heading | undefined) =>
    i === 0 ||
    lines[i]!.gap === 'hard' ||
    previous?.end === i - 1 ||
    SENTENCE_END.test(lines[i - 1]!.text) ||
    breakAfter(i - 1) ||
    opensQuestion(i);
  for (let i = 0; i < lines.length; i++) {
    if (!startsBlock(i, questions.at(-1))) continue;
    const end = questionSpan(lines, i, isQuestionEnd, opensQuestion);
    if (end === null) continue;
    questions.push({ start: i, end, text: joinText(lines.slice(i, end + 1).map((l) => l.text)) });
    i = end;
  }

  const more = findMoreInformation(lines, questions.at(-1)?.end ?? -1, width, medicineName, (i) => startsBlock(i, questions.at(-1)), warnings);

  const headings = more ? [...questions, more] : questions;
  const render = (from: number, to: number) => renderBody(lines, from, to, breakAfter);

  const firstHeading = headings[0]?.start ?? lines.length;
  const { titleLines, proseStart } = splitPreamble(lines, firstHeading, width);
  const named = titleLines.filter((t) => !isNameLike(t, medicineName, nameLine));
  const title = named.length > 0 ? joinText(named) : null;

  const bodyOf = (k: number) => render(headings[k]!.end + 1, headings[k + 1]?.start ?? lines.length);
  let preamble: string | null = null;
  let intro: ParsedOverview['intro'] = null;
  if (questions.length === 0) {
    warnings.push('no question headings found: the whole text is returned as the introduction');
    const body = render(proseStart, more?.start ?? lines.length);
    if (body !== '') intro = { question: null, body };
  } else {
    if (proseStart < firstHeading) preamble = render(proseStart, firstHeading);
    intro = { question: questions[0]!.text, body: bodyOf(0) };
  }

  const sections: OverviewSection[] = intro ? [{ heading: null, body: intro.body }] : [];
  let moreInformation: OverviewSection | null = null;
  for (const [k, h] of headings.entries()) {
    if (k === 0 && questions.length > 0) continue;
    const section = { heading: h.text, body: bodyOf(k) };
    sections.push(section);
    if (h === more) moreInformation = section;
  }

  for (const [k, h] of headings.entries()) {
    if (bodyOf(k) === '') warnings.push(`heading "${h.text}" has no text under it`);
    if (medicineName && !mentions(h.text, medicineName)) warnings.push(`heading "${h.text}" does not name ${medicineName}`);
  }
  if (!more && questions.length > 0) warnings.push('no "more information" heading found after the last question');
  if (lines.length === 0) warnings.push('the text is empty once footers and boilerplate are removed');

  return {
    title,
    nameLine,
    medicineName: medicineName ?? null,
    referenceNumber: refs.referenceNumber,
    productNumber: refs.productNumber,
    preamble,
    intro,
    sections,
    moreInformation,
    warnings,
  };
}

function splitLines(input: string | readonly string[]): RawLine[] {
  const pages = typeof input === 'string' ? input.split('\f') : input;
  const out: RawLine[] = [];
  pages.forEach((page, p) => {
    for (const line of page.normalize('NFC').split(/\r\n|\r|\n/)) {
      out.push({ text: line.replace(/[\t\u00a0\u202f]/g, ' ').replace(/ {2,}/g, ' ').trim(), page: p, removed: null });
    }
  });
  return out;
}

/** Marks page numbers, reference lines, the address block and the copyright line; returns the references found. */
function markBoilerplate(raw: RawLine[]): { referenceNumber: EmaReference | null; productNumber: ProductNumber | null } {
  let referenceNumber: EmaReference | null = null;
  let productNumber: ProductNumber | null = null;
  // The copyright sentence may wrap: 0 = not in it, 1 = its first line ended a sentence, 2 = it did not.
  let copyright: 0 | 1 | 2 = 0;
  raw.forEach((line, i) => {
    const text = line.text;
    if (text === '') return;
    const inCopyright = copyright;
    copyright = 0;
    if (PAGE_LINE.test(text) || (/^\d{1,3}$/.test(text) && atPageEdge(raw, i))) {
      line.removed = 'page-number';
    } else if (isReferenceLine(text)) {
      line.removed = 'reference';
      for (const token of text.match(REFERENCE_TOKEN) ?? []) {
        // The reference parser also accepts product numbers, so products are taken out first.
        const product = parseProductNumber(token);
        if (product.ok) {
          productNumber ??= product.value;
          continue;
        }
        const reference = parseEmaReference(token);
        if (reference.ok) referenceNumber ??= reference.value;
      }
    } else if (isAddressLine(text)) {
      line.removed = 'address';
    } else if (isAgencyLine(text)) {
      line.removed = 'agency';
    } else if (/^(?:©|\(c\)\s*European Medicines Agency)/i.test(text)) {
      line.removed = 'copyright';
      copyright = /\.$/.test(text) ? 1 : 2;
    } else if (inCopyright !== 0 && (isReproductionLine(text) || (inCopyright === 2 && text.length <= 40 && /\.$/.test(text)))) {
      line.removed = 'copyright';
    }
  });
  return { referenceNumber, productNumber };
}

function atPageEdge(raw: RawLine[], i: number): boolean {
  const page = raw[i]!.page;
  const samePage = (j: number) => raw[j]?.page === page;
  let before = i - 1;
  while (samePage(before) && raw[before]!.text === '') before--;
  let after = i + 1;
  while (samePage(after) && raw[after]!.text === '') after++;
  return !samePage(before) || !samePage(after);
}

/** A line made only of reference numbers and page numbers ("EMA/685702/2021 Page 2/3"). */
function isReferenceLine(text: string): boolean {
  if (!HAS_REFERENCE.test(text)) return false;
  return text.replace(REFERENCE_TOKEN, ' ').replace(PAGE_EXPRESSION, ' ').replace(/[\s,;|·•●-]+/g, '') === '';
}

function isAddressLine(text: string): boolean {
  return (
    /Domenico Scarlattilaan|1083 HS Amsterdam|Westferry Circus|Churchill Place|Canary Wharf|London E14/i.test(text) ||
    /info@ema\.europa\.eu|ema\.europa\.eu\/(?:how-to-find-us|contact)\b/i.test(text) ||
    /\+\s?(?:31|44)\s*\(0\)\s*\d/.test(text) ||
    /^(?:Official address|Address for visits and deliveries|Send us a question)\b/i.test(text) ||
    /^(?:Website|Web|Internet|Webová stránka|Sito internet)\s*:?\s*www\.ema\.europa\.eu\s*$/i.test(text)
  );
}

function isAgencyLine(text: string): boolean {
  const folded = foldPhrase(text);
  // Old summaries carry the agency's name as a letterhead line.
  if (folded === 'european medicines agency') return true;
  return AGENCY_PHRASES.some((phrase) => folded.includes(phrase) && folded.length <= phrase.length + 12);
}

/** The copyright sentence wrapped onto its own line; translations vary, so shared words suffice. */
function isReproductionLine(text: string): boolean {
  const words = new Set(foldPhrase(text).split(' ').filter((w) => w.length >= 4));
  return REPRODUCTION_PHRASES.some((phrase) => phrase.split(' ').filter((w) => w.length >= 4 && words.has(w)).length >= 2);
}

/**
 * The medicine's name line repeats at the top and in every footer, next to the reference number.
 * It is recognised by that company, removed everywhere, and returned.
 */
function markRunningTitles(raw: RawLine[], medicineName: string | null): string | null {
  const candidates = new Map<string, { text: string; count: number; byPageNumber: boolean }>();
  const isMarker = (j: number) => raw[j]?.removed === 'page-number' || raw[j]?.removed === 'reference';
  raw.forEach((line, i) => {
    if (line.removed !== null || line.text === '') return;
    // Only a line touching a footer line with no blank line between: the heading after a footer is
    // usually separated from it.
    for (const j of [i - 1, i + 1]) {
      if (!isMarker(j) || raw[j]!.page !== line.page) continue;
      if (!looksLikeRunningTitle(line.text)) continue;
      const key = foldPhrase(line.text);
      const entry = candidates.get(key) ?? { text: line.text, count: 0, byPageNumber: false };
      entry.count++;
      let k = j;
      while (isMarker(k) && raw[k]!.page === line.page) {
        if (raw[k]!.removed === 'page-number') entry.byPageNumber = true;
        k += j - i;
      }
      candidates.set(key, entry);
      break;
    }
  });
  const occurrences = new Map<string, number>();
  for (const line of raw) if (line.removed === null && line.text !== '') occurrences.set(foldPhrase(line.text), (occurrences.get(foldPhrase(line.text)) ?? 0) + 1);

  const titles = [...candidates.entries()].filter(
    ([key, c]) =>
      (occurrences.get(key) ?? 0) >= 2 ||
      (c.byPageNumber && (/\(.+\)$/.test(c.text) || (medicineName !== null && c.text.length <= 60 && foldPhrase(c.text).startsWith(foldPhrase(medicineName))))),
  );
  if (titles.length === 0) return null;
  const keys = new Set(titles.map(([key]) => key));
  for (const line of raw) if (line.removed === null && line.text !== '' && keys.has(foldPhrase(line.text))) line.removed = 'running-title';
  const preferred = titles.find(([, c]) => medicineName !== null && mentions(c.text, medicineName)) ?? titles[0]!;
  return preferred[1].text;
}

function looksLikeRunningTitle(text: string): boolean {
  return text.length <= 80 && !/[.?;:,!]$/.test(text) && !STRONG_BULLET.test(text) && !DASH_BULLET.test(text) && !isMoreInformationCue(text);
}

function keptLines(raw: RawLine[]): Line[] {
  const lines: Line[] = [];
  let sawBlank = false;
  let sawRemoved = false;
  let page = raw[0]?.page ?? 0;
  for (const line of raw) {
    if (line.page !== page) {
      sawRemoved = true;
      page = line.page;
    }
    if (line.removed !== null) sawRemoved = true;
    else if (line.text === '') sawBlank = true;
    else {
      const gap: Gap = lines.length === 0 ? 'none' : sawRemoved ? 'soft' : sawBlank ? 'hard' : 'none';
      lines.push({ text: line.text, gap, bullet: null });
      sawBlank = false;
      sawRemoved = false;
    }
  }
  return lines;
}

/** The length of a full line of body text, in characters: near the longest, ignoring outliers. */
function typicalWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n >= 20).sort((a, b) => a - b);
  if (lengths.length < 5) return Math.max(90, ...lengths);
  return lengths[Math.floor(lengths.length * 0.9)]!;
}

/**
 * Dashes start list items only where a list can start; mid-sentence a dash at a line start is a
 * wrapped parenthetical ("Lumykras – a cancer medicine").
 */
function markBullets(lines: Line[], width: number): void {
  lines.forEach((line, i) => {
    const strong = STRONG_BULLET.exec(line.text);
    if (strong) {
      line.bullet = strong[1]!;
      return;
    }
    const dash = DASH_BULLET.exec(line.text);
    if (!dash) return;
    const previous = lines[i - 1];
    if (!previous || line.gap !== 'none' || previous.bullet !== null || /[:;.!?·,]$/.test(previous.text) || previous.text.length < width * SHORT_LINE) {
      line.bullet = dash[1]!;
    }
  });
}

function questionSpan(
  lines: Line[],
  start: number,
  isQuestionEnd: (text: string) => boolean,
  opensQuestion: (i: number) => boolean,
): number | null {
  const first = lines[start]!;
  if (first.bullet !== null || !HEADING_START.test(first.text)) return null;
  let chars = 0;
  for (let j = start; j < Math.min(lines.length, start + MAX_HEADING_LINES); j++) {
    const line = lines[j]!;
    if (j > start && (line.gap !== 'none' || line.bullet !== null || opensQuestion(j))) return null;
    chars += line.text.length + 1;
    if (chars > MAX_HEADING_CHARS) return null;
    if (isQuestionEnd(line.text)) return j;
    if (SENTENCE_END.test(line.text)) return null;
  }
  return null;
}

function findMoreInformation(
  lines: Line[],
  afterIndex: number,
  width: number,
  medicineName: string | null,
  startsBlock: (i: number) => boolean,
  warnings: string[],
): Heading | null {
  let byShape: Heading | null = null;
  for (let i = afterIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.replace(/\s*:$/, '');
    if (line.bullet !== null || !startsBlock(i) || !HEADING_START.test(text)) continue;
    if (SENTENCE_END.test(text) || text.length > Math.min(120, width * 0.8)) continue;
    const next = lines[i + 1];
    if (next && /^\p{Ll}/u.test(next.text) && next.gap === 'none') continue;
    if (isMoreInformationCue(text, medicineName)) return { start: i, end: i, text };
    if (!byShape && medicineName && mentions(text, medicineName) && !line.text.endsWith(':')) byShape = { start: i, end: i, text };
  }
  if (byShape) warnings.push(`"${byShape.text}" taken as the "more information" heading by its shape; its wording is not in the vocabulary`);
  return byShape;
}

/** "Mer information om Lumykras", but not the sentence "Mer information om Lumykras finns på EMA:s webbplats". */
function isMoreInformationCue(text: string, medicineName: string | null = null): boolean {
  const folded = foldPhrase(text);
  const nameWords = medicineName ? foldPhrase(medicineName).split(' ').length : 2;
  return MORE_INFORMATION_CUES.some((cue) => {
    if (!(folded === cue || folded.startsWith(cue + ' '))) return false;
    const rest = folded.slice(cue.length).trim();
    return (rest === '' ? 0 : rest.split(' ').length) <= nameWords + 3;
  });
}

/**
 * Title lines come before any prose. Titles end no sentence, so a preamble without a sentence
 * end is all title (however long its lines); otherwise the title is the short lines before the prose.
 */
function splitPreamble(lines: Line[], end: number, width: number): { titleLines: string[]; proseStart: number } {
  const titleLines: string[] = [];
  if (lines.slice(0, end).every((l) => !SENTENCE_END.test(l.text))) {
    return { titleLines: lines.slice(0, end).map((l) => l.text), proseStart: end };
  }
  let i = 0;
  while (i < end && !SENTENCE_END.test(lines[i]!.text) && lines[i]!.text.length < width * 0.8 && lines[i]!.bullet === null) {
    titleLines.push(lines[i]!.text);
    i++;
  }
  return { titleLines, proseStart: i };
}

/** The name line or a bare name/INN among the title lines: not part of the title. */
function isNameLike(text: string, medicineName: string | null, nameLine: string | null): boolean {
  if (nameLine !== null && foldPhrase(text) === foldPhrase(nameLine)) return true;
  if (medicineName !== null && (foldPhrase(text) === foldPhrase(medicineName) || new RegExp(`^${escapeRegExp(medicineName)}\\s*\\(.*\\)$`, 'i').test(text))) return true;
  // EMA writes the INN in lower case on its own line under the name.
  return /^\p{Ll}[\p{L}\p{N} /,-]*$/u.test(text) && !text.includes(' ');
}

function nameFromLine(nameLine: string | null): string | null {
  if (nameLine === null) return null;
  const name = nameLine.replace(/\s*\(.*\)\s*$/, '').trim();
  return name === '' ? null : name;
}

function renderBody(lines: Line[], from: number, to: number, breakAfter: (i: number) => boolean): string {
  const blocks: string[][] = [];
  let block: string[] | null = null;
  let open = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.bullet !== null) {
      if (!block || !block[0]!.startsWith('- ')) blocks.push((block = []));
      block.push(`- ${line.bullet}`);
    } else if (open && block) {
      block[block.length - 1] = joinText([block.at(-1)!, line.text]);
    } else {
      blocks.push((block = [line.text]));
    }
    open = !breakAfter(i);
    // A list ends at its last item's end; what follows is a paragraph of its own.
    if (!open && block && block[0]!.startsWith('- ') && lines[i + 1]?.bullet === null) block = null;
    if (!open && block && !block[0]!.startsWith('- ')) block = null;
  }
  return blocks.map((b) => b.join('\n')).join('\n\n');
}

/** Joins wrapped lines: a space, except across a hyphen that belongs to the word ("KRAS G12C-mutationer"). */
function joinText(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    if (out === '') out = part;
    else if (out.endsWith('\u00ad')) out = out.slice(0, -1) + part;
    else if (/[\p{L}\p{N}][-/]$/u.test(out) || /^-\p{L}/u.test(part)) out += part;
    else out += ' ' + part;
  }
  return out.replace(/\u00ad/g, '').replace(/ {2,}/g, ' ').trim();
}

function firstWord(text: string): string {
  return text.split(' ', 1)[0] ?? '';
}

/** Whether text names the medicine, allowing for case endings ("Lumykrasin", "Xenicalu"). */
function mentions(text: string, medicineName: string): boolean {
  const name = foldPhrase(medicineName);
  const stem = name.length > 5 ? name.slice(0, -1) : name;
  return foldPhrase(text).includes(stem);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
