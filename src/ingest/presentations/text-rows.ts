/**
 * Reads presentations from the text of a document in which docling wrote EMA's table as running
 * text instead of a Markdown table: the whole document, a page of it between tables, or a table
 * whose columns docling cut apart. Two shapes occur, often in one document:
 *
 * - rows run together, one after another: `EU/1/14/958/001 Harvoni 90 mg / 400 mg Film-coated
 *   tablet Oral use bottle (HDPE) 28 tablets EU/1/14/958/002 Harvoni ...`. Each EU number starts a
 *   row, and the fields are delimited by what EMA writes in them: the name runs up to the strength
 *   (the first word that starts with a digit), the form starts with a dose-form word ("Film-coated",
 *   "Solution", "Capsule"), the route is "... use", the pack size is a count of packs ("28 tablets",
 *   "1 vial + 1 syringe") at the end, and a content, where the header has that column, is the
 *   quantity before it ("4 ml", "Powder: 38.5 mcg Solution: 10 mL");
 * - columns, one after another: the EU numbers, then the names, then the strengths, ... each on
 *   lines of their own (or run together on one). A column's values are matched to the numbers in
 *   order only where it has exactly one value for each number, once wrapped lines are joined, and
 *   the values read alike (all strengths, all routes) or stand under the column's label; two
 *   columns that could be the same field are both left out. A lone number takes values only from
 *   under labels, since any single line would "match" it.
 *
 * Every EU number in the text gives a presentation, with at least its number and name: the name as
 * printed in the row or the names column, else the product's name as printed in the text (found by
 * the slug it must spell). A field that cannot be delimited is left empty, with a warning; nothing
 * is completed from elsewhere. Where no name can be read at all, the reading fails. A line with
 * a candidate that is not an EU number is left out whole, in `skipped`, and ends any row or list
 * above it: its values could belong to either.
 */
import type { EuNumber } from '../../domain/identifiers.ts';
import type { Presentation } from '../../domain/presentation.ts';
import { cleanText, type Block } from './docling-markdown.ts';
import { scanEuNumbers, type SkippedRow } from './eu-numbers.ts';
import { splitValues } from './split-values.ts';

type ValueField = 'strength' | 'form' | 'route' | 'packaging' | 'content' | 'packSize';
const VALUE_FIELDS: readonly ValueField[] = ['strength', 'form', 'route', 'packaging', 'content', 'packSize'];
const FIELD_LABEL: Record<ValueField | 'name', string> = {
  name: 'name',
  strength: 'strength',
  form: 'pharmaceutical form',
  route: 'route',
  packaging: 'packaging',
  content: 'content',
  packSize: 'pack size',
};

export interface TextRowsOptions {
  /** The slug of the document: the product's name must spell it (`deferasirox-accord` for "Deferasirox Accord"). */
  slug: string;
  /** Read the rows of tables as lines of text (cells in order), rather than skip them. */
  tablesAsText?: boolean;
  /**
   * For documents that may be something else (an SmPC, an assessment report, which print EU
   * numbers too): fail unless the text has a presentations header and an EU number in its first
   * lines, as a presentations list does.
   */
  strict?: boolean;
  /** Only these EU numbers are wanted (the others are read elsewhere): rows and warnings of others are left out. */
  only?: ReadonlySet<EuNumber>;
}

export type TextRowsResult =
  | { ok: true; presentations: Presentation[]; warnings: string[]; skipped: SkippedRow[] }
  | { ok: false; error: string };

interface Line {
  line: number;
  text: string;
}

interface Row {
  euNumber: EuNumber;
  line: number;
  name: string | null;
  values: Record<ValueField, string | null>;
}

/** EU numbers docling listed together, one after another, whose values follow in columns. */
interface NumberList {
  numbers: { euNumber: EuNumber; line: number }[];
  /** The lines after the numbers, up to the next EU number. */
  after: Line[];
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Words EMA's tables use, by field; matched case-insensitively on whole words.

// EDQM routes of administration, as the first word of "... use".
const ROUTE_WORD =
  '(?:auricular|buccal|cutaneous|dental|endocervical|endosinusial|endotracheopulmonary|epidural|epilesional|extracorporeal|gastric|gastroenteral|gingival|haemodialysis|implantation|infiltration|inhalation|intestinal|intra-?[a-z]+|iontophoresis|laryngopharyngeal|nasal|ocular|ophthalmic|oral|oromucosal|oropharyngeal|periarticular|perineural|periodontal|rectal|retrobulbar|subconjunctival|subcutaneous|sublingual|submucosal|subretinal|transdermal|urethral|vaginal)';
// "Oral use", "Intravenous use, subcutaneous use", "Subcutaneous or intravenous use".
const ROUTE = new RegExp(
  `\\b(?:${ROUTE_WORD}\\s*(?:,|/|and|or)\\s*)*${ROUTE_WORD} use\\b(?:\\s*(?:,|/|and|or)\\s*${ROUTE_WORD} use\\b)*`,
  'i',
);
const ROUTE_LINE = new RegExp(`^${ROUTE.source}$`, 'i');

// First words of EDQM dose forms ("Film-coated tablet", "Powder and solvent for ...", "Capsule, hard").
const FORM_START = new Set(
  (
    'bladder buccal capsule capsules chewable coated concentrate cream cutaneous delayed-release dispersible dispersion drops ear ' +
    'effervescent emulsion endotracheopulmonary eye film film-coated foam gas gastro-resistant gel granules hard implant implantation ' +
    'infusion inhalation injection intrauterine intravesical kit liquid living lozenge lyophilisate matrix medicated modified-release ' +
    'nasal nebuliser ointment oral orodispersible oromucosal paste pastille patch pellets pessary plaster powder pressurised ' +
    'prolonged prolonged-release radionuclide radiopharmaceutical sealant soft solution solvent spray sublingual suppository ' +
    'suspension syrup tablet tablets transdermal vaginal'
  ).split(' '),
);

// What a pack is counted in ("28 tablets", "1 pre-filled pen", "10 (2 x 5) pre-filled pens").
const PACK_WORD =
  /^(?:x|×|\(|tablets?|capsules?|vials?|bottles?|sachets?|pre-?filled|prefilled|syringes?|pens?|tubes?|bags?|cartridges?|containers?|ampoules?|ampules?|inhalers?|patch(?:es)?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?|sets?|kits?|applicators?|injectors?|blisters?|packs?|implants?|films?|doses?|units?|generators?|jars?|cans?|pouch(?:es)?|strips?|dispensers?|cylinders?|canisters?|boxes?|wallets?|cards?|chambers?|dual-chamber|single-dose|multidose|pumps?|plasters?|sponges?|matri(?:x|ces)|pieces?|spray|needles?|x\d+)$/i;

// Units of a quantity: "10 mg", "0.5 ml", "1000 IU/ml", "2.8 x 10¹¹ vg/0.5 ml".
const UNIT =
  /^(?:mg|g|kg|µg|μg|ug|mcg|micrograms?|microgram|nanograms?|ng|ml|mL|l|L|IU|U|units?|Units|MBq|GBq|kBq|mmol|mol|%|vg|Lf|TCID50|CCID50|PFU|CFU|cells?|log10|mg\/|mg\/ml|mg\/mL)(?:[/][^\s]*)?$/;
const VOLUME_UNIT = /^(?:ml|mL|l|L)$/;

// Header labels and their fragments, as docling leaves them on lines of their own or before values.
const LABEL = new RegExp(
  `^(?:${[
    'MA \\(EU\\) number', 'MA \\(EU\\)', 'EU number', 'EU umber', 'EMEA? procedure number', 'EMEA? number', 'numero eu',
    '\\(invented\\) name', '\\(invented\\)', 'invented name', 'invented', 'name', 'strength', 'pharmaceutical form',
    'pharmaceutical', 'form', 'route of administration', 'route of', 'administration', 'immediate packaging', 'immediate',
    'packaging', 'content \\(concentration\\)', 'content', '\\(concentration\\)', 'pack size', 'package size', 'package',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=\\s|$)`,
  'i',
);

const NOISE = [
  /\bM?edicinal\s+product\s+no\s+longer\s+a[a-z]*/gi, // the watermark on withdrawn products, sometimes cut
  /\bEMEA \d{4}\b/g,
  /(?:^|\s)\d\/\d(?=\s|$)/g, // "1/1", "1/2": page numbers
  /^Annex A$/i,
  /^- /, // a list item
];

// ---------------------------------------------------------------------------------------------

export function readTextRows(blocks: Block[], options: TextRowsOptions): TextRowsResult {
  const warnings: string[] = [];
  const lines: Line[] = [];
  const add = (line: number, raw: string) => {
    let text = raw;
    for (const n of NOISE) text = text.replace(n, ' ');
    const t = cleanText(text);
    if (t) lines.push({ line, text: t });
  };
  for (const b of blocks) {
    if (b.kind !== 'table') add(b.line, b.text);
    else if (options.tablesAsText) for (const r of b.table.rows) add(r.line, r.cells.join(' '));
  }

  const wanted = (n: EuNumber) => !options.only || options.only.has(n);
  const header = readHeader(lines);
  if (options.strict) {
    if (!header.seen) return { ok: false, error: 'no presentations header in the text' };
    const first = lines.findIndex((l) => scanEuNumbers(l.text).some((m) => m.number));
    if (first === -1 || first >= 10) return { ok: false, error: 'the text does not start with EU numbers, as a presentations list does' };
  }
  const productName = findPrintedName(lines, options.slug);
  let rows: Row[] = [];
  const lists: NumberList[] = [];
  const skipped: SkippedRow[] = [];

  // Walk the lines: each EU number with text after it starts a row; EU numbers one after another
  // make a list, whose values follow in columns.
  let list: NumberList | null = null;
  let lastRow: { row: Row; text: string[]; line: number } | null = null;
  const pendingRows: { row: Row; text: string[]; line: number }[] = [];
  for (const l of lines) {
    const scanned = scanEuNumbers(l.text);
    const bad = scanned.filter((m) => m.bad);
    if (bad.length > 0) {
      // The line's values cannot be told to belong to its good numbers or its bad one: the
      // whole line is left out, and nothing after it continues a row or list from above it.
      const lost = scanned.filter((m) => m.number && wanted(m.number)).map((m) => m.number);
      const message = `${bad.map((m) => m.bad).join('; ')}${lost.length > 0 ? ` (with ${lost.join(', ')} on the same line)` : ''}`;
      skipped.push({ line: l.line, value: l.text, message });
      lastRow = null;
      list = null;
      continue;
    }
    const matches = scanned;
    for (const m of matches) if (m.repaired && wanted(m.number!)) warnings.push(`line ${l.line}: read ${m.repaired}`);
    if (matches.length === 0) {
      if (lastRow && /^(?:\+|[a-z])/.test(l.text) && !LABEL.test(l.text)) {
        lastRow.text.push(l.text); // a row's last cell wrapped onto a line of its own
        continue;
      }
      lastRow = null;
      if (list) list.after.push(l);
      continue;
    }
    lastRow = null;
    const segments = matches.map((m, i) => l.text.slice(m.end, matches[i + 1]?.start ?? l.text.length).trim());
    const lead = l.text.slice(0, matches[0]!.start).trim();
    for (const [i, m] of matches.entries()) {
      const inList = segments[i] === '' || (i > 0 && segments[i - 1] === '');
      if (!inList) {
        // A row of its own: the number, then its cells.
        const row: Row = { euNumber: m.number!, line: l.line, name: null, values: emptyValues() };
        const pending = { row, text: [segments[i]!], line: l.line };
        pendingRows.push(pending);
        rows.push(row);
        lastRow = i === matches.length - 1 ? pending : null;
        list = null;
        continue;
      }
      // A number listed with others: continuing the list of the lines above, or starting one.
      const continues = list !== null && list.after.length === 0 && (i > 0 || lead === '' || LABEL.test(lead));
      if (!continues || !list) {
        list = { numbers: [], after: [] };
        lists.push(list);
      }
      list.numbers.push({ euNumber: m.number!, line: l.line });
      // The text after the last number of a list: its values, run together.
      if (segments[i] !== '') list.after.push({ line: l.line, text: segments[i]! });
    }
  }
  for (const p of pendingRows) {
    readRow(p.row, cleanText(p.text.join(' ')) ?? '', header, productName);
  }
  for (const l of lists) {
    rows.push(...readList(l, header, productName, l.numbers.some((n) => wanted(n.euNumber)) ? warnings : []));
  }
  rows = rows.filter((r) => wanted(r.euNumber));
  if (rows.length === 0) {
    const first = skipped[0];
    return { ok: false, error: first ? `line ${first.line}: ${first.message}; no other line has an EU number` : 'no EU numbers in the text' };
  }
  // Asked for only some numbers, the caller has read the rest (bad ones included) elsewhere.
  if (options.only) skipped.length = 0;
  for (const s of skipped) warnings.push(`line ${s.line}: ${s.message}; row left out`);

  // Names: as printed in the row; else the product's name as printed elsewhere in the text.
  const problems = new Map<string, EuNumber[]>();
  const note = (what: string, n: EuNumber) => problems.set(what, [...(problems.get(what) ?? []), n]);
  const fromLists = new Set(lists.flatMap((l) => l.numbers.map((n) => n.euNumber)));
  for (const r of rows) {
    if (!r.name) {
      if (!productName) {
        return { ok: false, error: `line ${r.line}: ${r.euNumber} has no name that can be read, and the product's name ("${options.slug}") is not in the text` };
      }
      r.name = productName;
      if (!fromLists.has(r.euNumber)) note(`no name of its own; the product's name "${productName}" is used`, r.euNumber);
    }
    if (fromLists.has(r.euNumber)) continue;
    // EMA leaves the content empty for most solid forms: only the other fields are missed.
    const missing = VALUE_FIELDS.filter((f) => r.values[f] === null && f !== 'content');
    if (missing.length > 0) note(`could not delimit the ${missing.map((f) => FIELD_LABEL[f]).join(', ')} in the text; left empty`, r.euNumber);
  }
  for (const [what, numbers] of problems) {
    const shown = numbers.slice(0, 3).join(', ') + (numbers.length > 3 ? `, ... (${numbers.length})` : '');
    warnings.push(`${shown}: ${what}`);
  }

  const byNumber = new Map<string, Presentation>();
  for (const r of rows) {
    const p: Presentation = {
      euNumber: r.euNumber,
      inventedName: r.name!,
      strength: r.values.strength,
      pharmaceuticalForm: r.values.form,
      routeOfAdministration: r.values.route,
      immediatePackaging: r.values.packaging,
      content: r.values.content,
      packSize: r.values.packSize,
    };
    for (const f of VALUE_FIELDS) {
      const v = r.values[f];
      if (v && count(v, '(') > count(v, ')')) warnings.push(`${r.euNumber}: the ${FIELD_LABEL[f]} "${v}" looks cut short (a bracket left open)`);
    }
    const seen = byNumber.get(r.euNumber);
    if (!seen) byNumber.set(r.euNumber, p);
    else if (JSON.stringify(seen) !== JSON.stringify(p)) {
      warnings.push(`line ${r.line}: ${r.euNumber} is listed twice with different details; the first is kept`);
    }
  }
  const presentations = [...byNumber.values()].sort((a, b) => (a.euNumber < b.euNumber ? -1 : a.euNumber > b.euNumber ? 1 : 0));
  return { ok: true, presentations, warnings, skipped };
}

function emptyValues(): Record<ValueField, string | null> {
  return { strength: null, form: null, route: null, packaging: null, content: null, packSize: null };
}

// ---------------------------------------------------------------------------------------------
// The header: only whether it has a content column matters, to tell content from packaging.

interface Header {
  /** Whether a header names a content column; null where no header was found. */
  hasContent: boolean | null;
  /** A header was found: a line naming four of the columns, or lines starting with four columns' labels. */
  seen: boolean;
}

function readHeader(lines: Line[]): Header {
  let hasContent: boolean | null = null;
  let seen = false;
  const labels = new Set<string>();
  for (const l of lines) {
    const text = l.text.split(/\bEU\s*\/\s*\d/)[0]!.toLowerCase();
    const words = ['strength', 'pharmaceutical', 'route', 'packag', 'size'].filter((w) => text.includes(w)).length;
    const label = labelOf(l.text);
    const isLabel = label !== null && label.rest === '';
    if (label) for (const f of fieldsOfLabel(label.label)) labels.add(f);
    if (words < 4 && !isLabel) continue;
    if (words >= 4) seen = true;
    if (/\bcontent\b|concentration/.test(text)) hasContent = true;
    else if (words >= 4 && hasContent === null) hasContent = false;
  }
  if (labels.size >= 4) seen = true;
  return { hasContent, seen };
}

// ---------------------------------------------------------------------------------------------
// The product's name, as printed: the words whose letters spell the slug.

function lettersOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function findPrintedName(lines: Line[], slug: string): string | null {
  const key = lettersOf(slug.split('-previously-')[0]!);
  if (key === '') return null;
  for (const l of lines) {
    const words = l.text.replace(/\bEU\s*\/\s*\S+/g, ' ').split(/\s+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      let acc = '';
      for (let j = i; j < words.length; j++) {
        acc += lettersOf(words[j]!);
        if (acc === key) return words.slice(i, j + 1).join(' ');
        if (!key.startsWith(acc)) break;
      }
    }
  }
  // The name wrapped over two lines ("Pregabalin Mylan" / "Pharma"): try pairs of lines.
  for (let k = 0; k + 1 < lines.length; k++) {
    const joined = `${lines[k]!.text} ${lines[k + 1]!.text}`;
    if (lettersOf(joined) === key) return joined;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// A row written as text: "<name> <strength> <form> <route> <packaging> [<content>] <pack size>".

function tokensOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const bare = (t: string) => t.replace(/^[([]+|[)\].,;:]+$/g, '');
const isUnit = (t: string | undefined) => t !== undefined && UNIT.test(bare(t));
const startsStrength = (t: string) => /^(?:\d|\.\d|--|-|≥|≤|<|>|\+\/-)/.test(t);
const isFormStart = (t: string) => FORM_START.has(bare(t).toLowerCase());

/** Parses one row's text (after its EU number) into the row; fields it cannot delimit stay null. */
function readRow(row: Row, text: string, header: Header, productName: string | null): void {
  let tokens = tokensOf(text);
  // The name: printed before the strength (the first word that starts with a digit or "--").
  const nameEnd = tokens.findIndex(startsStrength);
  if (nameEnd === -1) {
    // No strength: a row of a name only, or of words that cannot be told apart.
    const n = productName ? prefixMatching(tokens, productName) : 0;
    if (n > 0) row.name = tokens.slice(0, n).join(' ');
    return;
  }
  if (nameEnd > 0) row.name = tokens.slice(0, nameEnd).join(' ');
  tokens = tokens.slice(nameEnd);

  const rest = tokens.join(' ');
  const route = ROUTE.exec(rest);
  const before = route ? rest.slice(0, route.index) : rest;
  const after = route ? rest.slice(route.index + route[0].length) : '';
  if (route) row.values.route = route[0];

  // Strength, then form.
  const b = tokensOf(before);
  const formStart = b.findIndex((t, i) => i > 0 && isFormStart(t));
  if (formStart > 0) {
    row.values.strength = b.slice(0, formStart).join(' ');
    row.values.form = b.slice(formStart).join(' ').replace(/[.]$/, '');
  } else if (b.length > 0 && isQuantity(b.join(' '))) {
    row.values.strength = b.join(' ');
  }
  if (!route) return;

  // Packaging, content, pack size.
  const a = tokensOf(after);
  const packStart = a.findIndex((_t, i) => i > 0 && isPackStart(a, i) && !/^(?:\+|x|×|of|and)$/i.test(a[i - 1]!));
  const middle = packStart > 0 ? a.slice(0, packStart) : a;
  if (packStart > 0) row.values.packSize = a.slice(packStart).join(' ');
  if (middle.length === 0) return;
  if (packStart <= 0 && startsStrength(middle[0]!)) return; // no packaging word before the numbers: cannot tell
  let contentStart = -1;
  if (header.hasContent !== false) {
    contentStart = middle.findIndex((_t, i) => i > 0 && isStrengthStart(middle, i) && !/^(?:\/|\+|x|×)$/.test(middle[i - 1]!));
    if (contentStart > 0) {
      // "Powder: 38.5 mcg": the label before the quantity belongs to the content, back to the
      // end of the packaging's last bracket or semicolon.
      if (/:$/.test(middle[contentStart - 1]!)) {
        let k = contentStart - 1;
        while (k > 1 && !/[);]$/.test(middle[k - 1]!)) k--;
        contentStart = k;
      }
    }
  }
  if (contentStart > 0) {
    row.values.packaging = middle.slice(0, contentStart).join(' ');
    row.values.content = middle.slice(contentStart).join(' ');
  } else {
    row.values.packaging = middle.join(' ');
  }
}

/** How many of `tokens`, from the first, spell `name` (0 if they do not). */
function prefixMatching(tokens: string[], name: string): number {
  const key = lettersOf(name);
  let acc = '';
  for (let i = 0; i < tokens.length; i++) {
    acc += lettersOf(tokens[i]!);
    if (acc === key) return i + 1;
    if (!key.startsWith(acc)) return 0;
  }
  return 0;
}

/** "10 mg", "90 mg / 400 mg", "1000 IU/ml", "--¹", "2.8 x 10¹¹ vg/0.5 ml". */
function isQuantity(text: string): boolean {
  if (!/\d|--/.test(text)) return false;
  return tokensOf(text).every(
    (t) =>
      isUnit(t) ||
      /^[\d.,]+(?:[a-zA-Zµμ%]+(?:\/[\w.]*)?)?$/.test(t) || // 10, 1g, 0.5mg/0.5ml
      /^(?:\/|\+|x|×|--|-)$/.test(t) ||
      /^--?[¹²³\d]?$/.test(t) || // a footnote marker: --¹
      /^[\d.,]*[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(t) || // 10¹¹
      (/^[\w.]*\/[\w.]+$/.test(t) && /\d/.test(t)), // vg/0.5
  );
}

// ---------------------------------------------------------------------------------------------
// Columns: EU numbers listed together, the values of each column following on lines of their own.

function readList(list: NumberList, header: Header, productName: string | null, warnings: string[]): Row[] {
  const n = list.numbers.length;
  const rows: Row[] = list.numbers.map((x) => ({ euNumber: x.euNumber, line: x.line, name: productName, values: emptyValues() }));
  const first = list.numbers[0]!.line;
  const last = list.numbers.at(-1)!.line;
  const where = first === last ? `line ${first}` : `lines ${first}-${last}`;

  // The names: the product's name, or as printed for each number where the packs' names differ.
  const names = productName ? nameColumn(list.after, productName) : null;
  const named = names !== null && names.length === n && names.some((name) => name !== productName);
  if (names && names.length === n) names.forEach((name, i) => (rows[i]!.name = name));
  else if (names && names.some((name) => name !== productName)) {
    const shown = [...new Set(names.filter((name) => name !== productName))].slice(0, 2).map((name) => `"${name}"`).join(', ');
    warnings.push(`${where}: the packs' names differ (${shown}) but could not be matched to the numbers; the product's name "${productName}" is used`);
  }

  // Each column that gives one value per number, in order, is a candidate for its field.
  const candidates = new Map<ValueField, string[][]>();
  const add = (field: ValueField, values: string[]) => candidates.set(field, [...(candidates.get(field) ?? []), values]);
  for (const g of columnGroups(list.after)) {
    // A lone number takes only values under a label: one line of any kind would "match" it.
    if (n === 1 && !g.labelled) continue;
    if (g.values.length === n) {
      // Under a label, values that read as another column's ("80 mg/ml Powder and solvent for ...")
      // are read by their shape instead.
      const field = g.field ? (g.values.every((v) => fitsLabel(v, g.field!)) ? g.field : null) : uniformKind(g.values, header);
      if (field) add(field, g.values);
      else for (const [f, values] of fragmentColumns(g.values, header, productName)) add(f, values);
    } else if (g.field && g.values.length > n && g.values.every((v, i) => (kindOf(v) === g.field) === i < n)) {
      // Under a label, the column's values followed by something else (a footnote).
      add(g.field, g.values.slice(0, n));
    } else if (g.values.length === 1 && n > 1) {
      // One line holding a value (or a few columns' values) for each number, run together.
      for (const [f, values] of splitRun(g.values[0]!, n, g.field, header, productName)) add(f, values);
    }
  }
  const read: ValueField[] = [];
  for (const [field, columns] of candidates) {
    // Two columns that could be this one: taken only if they agree.
    if (columns.some((c) => c.join('\u0000') !== columns[0]!.join('\u0000'))) continue;
    columns[0]!.forEach((v, i) => (rows[i]!.values[field] = v));
    read.push(field);
  }
  const left = VALUE_FIELDS.filter((f) => !read.includes(f) && (f !== 'content' || header.hasContent === true));
  const fields = (fs: ValueField[]) => fs.map((f) => FIELD_LABEL[f]).join(', ');
  warnings.push(
    `${where}: docling wrote the table column by column; ${n} EU number(s) read with ` +
      (named ? 'their names' : `the name ${productName ? `"${productName}"` : '(none found)'}`) +
      (read.length > 0 ? `, and the ${fields(VALUE_FIELDS.filter((f) => read.includes(f)))} matched to them in order` : '') +
      (left.length > 0 ? `; the ${fields(left)} could not be matched to the numbers and ${left.length === 1 ? 'is' : 'are'} left empty` : ''),
  );
  return rows;
}

/**
 * The names column after a list of numbers: each value the product's name (on one line, or wrapped
 * over two: "Deferasirox" / "Accord"), with what follows it on lines of their own that are not
 * another column's values ("Insulin Human Winthrop" / "Rapid"). Null where the column is not there.
 */
function nameColumn(lines: Line[], productName: string): string[] | null {
  const key = lettersOf(productName);
  const names: string[] = [];
  let i = 0;
  while (i < lines.length && labelOf(lines[i]!.text)?.rest === '') i++;
  // Names run together on one line: "(Invented) name Pelzont Pelzont Pelzont".
  const first = lines[i] ? (labelOf(lines[i]!.text)?.rest ?? lines[i]!.text) : '';
  const run = tokensOf(first);
  if (run.length > 0 && prefixMatching(run, productName) > 0 && prefixMatching(run, productName) < run.length) {
    let k = 0;
    while (k < run.length) {
      const m = prefixMatching(run.slice(k), productName);
      if (m === 0) return null;
      names.push(run.slice(k, k + m).join(' '));
      k += m;
    }
    return names;
  }
  while (i < lines.length) {
    let acc = '';
    let j = i;
    const parts: string[] = [];
    while (j < lines.length && acc.length < key.length) {
      const text = j === i ? (labelOf(lines[j]!.text)?.rest || lines[j]!.text) : lines[j]!.text;
      acc += lettersOf(text);
      parts.push(text);
      j++;
    }
    if (!acc.startsWith(key)) break;
    if (acc !== key) {
      // The name's last line goes on ("Insulin Human Winthrop Rapid"): only with a variant's name.
      const last = tokensOf(parts.at(-1)!);
      const before = lettersOf(parts.slice(0, -1).join(' '));
      let k = 0;
      for (let spelled = before; k < last.length && spelled.length < key.length; k++) spelled += lettersOf(last[k]!);
      if (!isNameSuffix(last.slice(k).join(' '), key)) break;
    }
    // What follows the name on lines of its own: a variant's name ("Rapid", "Comb 30").
    while (j < lines.length && isNameSuffix(lines[j]!.text, key)) parts.push(lines[j++]!.text);
    names.push(cleanText(parts.join(' '))!);
    i = j;
  }
  return names.length > 0 ? names : null;
}

/** A line after a name that continues it: a few words, not the start of the next name nor another column's value. */
function isNameSuffix(text: string, key: string): boolean {
  const letters = lettersOf(text);
  if (letters.startsWith(key) || key.startsWith(letters)) return false;
  return tokensOf(text).length <= 3 && /^\p{L}/u.test(text) && !/[()]/.test(text) && !labelOf(text) && kindOf(text) === 'other' && !isFormStart(tokensOf(text)[0]!);
}

interface Group {
  /** The field the label of the column names, where it names one. */
  field: ValueField | null;
  /** Under a label of one column: its values are that column's, whatever they look like. */
  labelled: boolean;
  values: string[];
}

/** The lines after a list of numbers, as columns: a label line starts one; a change of kind of value does too. */
function columnGroups(lines: Line[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  for (const v of splitRouteAndRest(joinWrapped(lines))) {
    if (v.label) {
      // A label of one column owns the lines up to the next label; a whole header does not.
      const field = v.label.length === 1 ? v.label[0]! : null;
      current = { field, labelled: field !== null, values: [] };
      groups.push(current);
      if (v.text) current.values.push(v.text);
      continue;
    }
    const kind = kindOf(v.text);
    if (!current || (!current.labelled && current.values.length > 0 && kindOf(current.values[0]!) !== kind)) {
      current = { field: null, labelled: false, values: [] };
      groups.push(current);
    }
    current.values.push(v.text);
  }
  return groups;
}

interface Value {
  text: string;
  /** The fields a label line names, with any value after it on the line as the text. */
  label?: ValueField[];
  labelText?: string;
}

/**
 * Joins a value's wrapped lines: after an open bracket or a line ending in "for", "and", "+", a
 * line that starts with a bracket or a unit ("mg / 5 mg"), a lone lower-case word ("device").
 */
function joinWrapped(lines: Line[]): Value[] {
  const out: Value[] = [];
  let labelOpen = false;
  for (const l of lines) {
    const label = labelOf(l.text);
    if (label) {
      // A label in two lines ("Route of" / "Administration") is one label.
      const prev = out.at(-1);
      if (labelOpen && prev?.label && fieldsOfLabel(`${prev.labelText} ${label.label}`).length <= 1) {
        prev.label = fieldsOfLabel(`${prev.labelText} ${label.label}`);
        prev.labelText = `${prev.labelText} ${label.label}`;
        prev.text = label.rest;
      } else {
        out.push({ text: label.rest, label: fieldsOfLabel(label.label), labelText: label.label });
      }
      labelOpen = label.rest === '';
      continue;
    }
    labelOpen = false;
    const prev = out.at(-1);
    const wrapped =
      prev !== undefined &&
      prev.text !== '' &&
      (count(prev.text, '(') > count(prev.text, ')') ||
        /(?:\bfor|\band|\bof|\bwith|\bin|\+|\+ ?\d+|,|\/|[A-Za-z]-)$/.test(prev.text) ||
        /^\((?!\s*(?:invented|concentration))/i.test(l.text) ||
        (/^[a-z]+$/.test(l.text) && !CONTAINER.test(l.text) && !PACK_WORD.test(l.text) && !isFormStart(l.text)) ||
        isUnit(tokensOf(l.text)[0]));
    if (wrapped) {
      prev.text = /[-/]$/.test(prev.text) ? `${prev.text}${l.text}` : `${prev.text} ${l.text}`;
    } else {
      out.push({ text: l.text });
    }
  }
  return out;
}

/** "Oral use blister (PVC/alu)": docling joins a column's last value to the next column's first. */
function splitRouteAndRest(values: Value[]): Value[] {
  const out: Value[] = [];
  for (const v of values) {
    const m = ROUTE.exec(v.text);
    if (!v.label && m && m.index === 0 && m[0].length < v.text.length && !ROUTE.test(v.text.slice(m[0].length))) {
      out.push({ text: m[0] }, { text: v.text.slice(m[0].length).trim() });
    } else out.push(v);
  }
  return out;
}

function labelOf(text: string): { label: string; rest: string } | null {
  let rest = text;
  const parts: string[] = [];
  for (;;) {
    const m = LABEL.exec(rest);
    if (!m) break;
    parts.push(m[0]);
    rest = rest.slice(m[0].length).trim();
  }
  if (parts.length === 0) return null;
  return { label: parts.join(' '), rest };
}

function fieldsOfLabel(label: string): ValueField[] {
  const l = label.toLowerCase();
  const fields: [number, ValueField][] = [];
  const at = (re: RegExp, f: ValueField) => {
    const m = re.exec(l);
    if (m) fields.push([m.index, f]);
  };
  at(/strength/, 'strength');
  at(/pharmaceutical|\bform\b/, 'form');
  at(/route|administration/, 'route');
  at(/immediate|packaging/, 'packaging');
  at(/content|concentration/, 'content');
  at(/size/, 'packSize');
  return fields.sort((a, b) => a[0] - b[0]).map(([, f]) => f);
}

function count(text: string, c: string): number {
  return text.split(c).length - 1;
}

type Kind = ValueField | 'other';

/** What a value line looks like. */
function kindOf(text: string): Kind {
  if (ROUTE_LINE.test(text)) return 'route';
  const f = readFragment(text, null);
  if (!f) return 'other';
  const fields = Object.keys(f) as ValueField[];
  return fields.length === 1 ? fields[0]! : 'other';
}

/** A value under a column's label that does not read as another column's (a strength and a content are both quantities). */
function fitsLabel(value: string, field: ValueField): boolean {
  if (ROUTE_LINE.test(value)) return field === 'route';
  const f = readFragment(value, null);
  if (!f) return true;
  const kinds = Object.keys(f) as ValueField[];
  if (kinds.length !== 1) return false;
  const quantity = (k: ValueField) => k === 'strength' || k === 'content';
  return kinds[0] === field || (quantity(kinds[0]!) && quantity(field));
}

function uniformKind(values: string[], header: Header): ValueField | null {
  const kinds = new Set(values.map(kindOf));
  if (kinds.size !== 1) return null;
  const kind = [...kinds][0]!;
  if (kind === 'other') return null;
  if (kind === 'content' && header.hasContent !== true) return null;
  return kind;
}

/** Lines each holding one row's values of a few columns ("50 mg Capsule, hard Oral use"), one line per number. */
function fragmentColumns(values: string[], header: Header, productName: string | null): Map<ValueField, string[]> {
  const parsed = values.map((v) => readFragment(v, productName));
  return columnsOf(parsed, header);
}

/**
 * A line holding one value per number, run together: split where each value starts (the name, a
 * strength, a route, or as `splitValues` does), and taken where every piece reads alike.
 */
function splitRun(text: string, n: number, field: ValueField | null, header: Header, productName: string | null): Map<ValueField, string[]> {
  const tokens = tokensOf(text);
  const starts: ((t: string, i: number) => boolean)[] = [
    (_t, i) => productName !== null && prefixMatching(tokens.slice(i), productName) > 0,
    (t, i) => isStrengthStart(tokens, i) && (i === 0 || !/^(?:\/|\+|x|×|and|,)$/i.test(tokens[i - 1]!) && !/[/,]$/.test(tokens[i - 1]!)),
    (_t, i) => ROUTE.exec(tokens.slice(i).join(' '))?.index === 0 && (i === 0 || !/^(?:,|\/|and|or)$/i.test(tokens[i - 1]!)),
  ];
  const splits: string[][] = [];
  for (const isStart of starts) {
    const at = tokens.flatMap((t, i) => (isStart(t, i) ? [i] : []));
    if (at.length === n && at[0] === 0) splits.push(at.map((s, i) => tokens.slice(s, at[i + 1] ?? tokens.length).join(' ')));
  }
  const even = splitValues(text, n);
  if (even) splits.push(even);
  for (const pieces of splits) {
    if (field) {
      // Under a label of one field, the pieces are that field's values, if they read as such.
      if (pieces.every((p) => kindOf(p) === field || (field === 'packSize' && /^\d/.test(p)))) return new Map([[field, pieces]]);
      continue;
    }
    const columns = columnsOf(pieces.map((p) => readFragment(p, productName)), header);
    if (columns.size > 0) return columns;
  }
  return new Map();
}

/** The fields every fragment gives. */
function columnsOf(parsed: (Fragment | null)[], header: Header): Map<ValueField, string[]> {
  const out = new Map<ValueField, string[]>();
  if (parsed.some((p) => p === null)) return out;
  for (const f of VALUE_FIELDS) {
    if (f === 'content' && header.hasContent !== true) continue;
    const values = parsed.map((p) => p![f]);
    if (values.every((v) => v !== undefined)) out.set(f, values as string[]);
  }
  return out;
}

type Fragment = Partial<Record<ValueField, string>>;

const CONTAINER =
  /^(?:[A-Za-z]+:|blisters?|bottles?|vials?|pre-?filled|prefilled|sachets?|tubes?|bags?|cartridges?|containers?|ampoules?|syringes?|pens?|inhalers?|jars?|pouch(?:es)?|calendar|dual-chamber|multidose|single-dose|applicators?|injectors?|dispensers?|canisters?|cylinders?|strips?|wallets?|box(?:es)?)$/i;

/** Whether a quantity starts at `tokens[i]`: "10 mg", "1g", "10 000 U", "2.8 x 10¹¹ vg", "--¹". */
function isStrengthStart(tokens: string[], i: number): boolean {
  const t = tokens[i]!;
  if (/^(?:--|≥|≤)/.test(t)) return true;
  if (/^\d[\d.,]*[a-zA-Zµμ%]+/.test(t)) return !/^\d+x\d+$/.test(t);
  if (!/^\d[\d.,]*$/.test(t)) return false;
  // The number, and what continues it, up to a unit.
  for (let k = i + 1; k < tokens.length && isQuantityToken(tokens[k]!, tokens[k - 1]!); k++) {
    if (isUnit(tokens[k])) return true;
  }
  return false;
}

function isPackStart(tokens: string[], i: number): boolean {
  return /^\d+(?:x\d+)?$/.test(tokens[i]!) && !isUnit(tokens[i + 1]) && (PACK_WORD.test(bare(tokens[i + 1] ?? '')) || /^\(\d/.test(tokens[i + 1] ?? ''));
}

/**
 * Reads a piece of a row ("15 mg Tablet 14 tablets", "Intramuscular use pre-filled syringe"): its
 * fields in EMA's order, each recognised by how it starts. Null when any of it is not recognised,
 * or a value ends as if cut ("150 mg,").
 */
function readFragment(text: string, productName: string | null): Fragment | null {
  const tokens = tokensOf(text);
  const out: Fragment = {};
  let i = 0;
  if (productName) i = prefixMatching(tokens, productName);
  const take = (field: ValueField, end: number) => {
    out[field] = tokens.slice(i, end).join(' ');
    i = end;
  };
  const until = (from: number, stop: (k: number) => boolean) => {
    let k = from;
    while (k < tokens.length && !stop(k)) k++;
    return k;
  };
  const routeAt = (k: number) => ROUTE.exec(tokens.slice(k).join(' '))?.index === 0;
  // "0.8 ml (40 mg/0.8 ml)": a bracket after a quantity belongs to it.
  const bracket = (k: number) => {
    if (!/^\(/.test(tokens[k] ?? '')) return k;
    let depth = 0;
    for (let j = k; j < tokens.length; j++) {
      depth += count(tokens[j]!, '(') - count(tokens[j]!, ')');
      if (depth <= 0) return j + 1;
    }
    return k;
  };
  if (i < tokens.length && !isPackStart(tokens, i) && isStrengthStart(tokens, i)) {
    take('strength', bracket(until(i + 1, (k) => !isQuantityToken(tokens[k]!, tokens[k - 1]!))));
  }
  if (i < tokens.length && isFormStart(tokens[i]!) && !routeAt(i)) {
    take('form', until(i + 1, (k) => routeAt(k) || isPackStart(tokens, k) || (CONTAINER.test(tokens[k]!) && !/^in$/i.test(tokens[k - 1]!))));
  }
  if (i < tokens.length && routeAt(i)) {
    const m = ROUTE.exec(tokens.slice(i).join(' '))!;
    take('route', i + tokensOf(m[0]).length);
  }
  if (i < tokens.length && (CONTAINER.test(tokens[i]!) || /^[A-Z][a-z]+:$/.test(tokens[i]!))) {
    take('packaging', until(i + 1, (k) => isPackStart(tokens, k) || (isStrengthStart(tokens, k) && !/^\(/.test(tokens[k]!))));
  }
  if (i < tokens.length && isStrengthStart(tokens, i) && !isPackStart(tokens, i)) {
    take(out.strength === undefined && out.packaging === undefined && /^[\d.,]+$/.test(tokens[i]!) && !VOLUME_UNIT.test(bare(tokens[i + 1] ?? '')) ? 'strength' : 'content', until(i + 1, (k) => isPackStart(tokens, k)));
  }
  if (i < tokens.length && isPackStart(tokens, i)) take('packSize', tokens.length);
  if (i < tokens.length || Object.keys(out).length === 0) return null;
  if (Object.values(out).some((v) => /(?:[,+/:]|\band|\bfor|\bof)$/.test(v!))) return null;
  if (out.strength !== undefined && !isQuantity(out.strength.replace(/\s*\(.*\)$/, ''))) return null;
  // A volume on its own ("0.5 ml", "2 mL"): a content, not a strength.
  if (Object.keys(out).length === 1 && out.strength !== undefined && VOLUME_UNIT.test(bare(tokensOf(out.strength)[1] ?? ''))) {
    return { content: out.strength };
  }
  return out;
}

/** Whether a token continues a strength: "mg", "/", "400" after "/", "mg/ml", "+", "x", "10¹¹" after "x", "000" in "10 000". */
function isQuantityToken(t: string, prev: string): boolean {
  if (isUnit(t) || /^(?:\/|\+|x|×)$/.test(t) || /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(t)) return true;
  const joined = /^(?:\/|\+|x|×|--|-|≥|≤)$/.test(prev) || /\/$/.test(prev);
  if (/^[\d.,]+(?:[a-zA-Zµμ%]+(?:\/[\w.]*)?)?[⁰¹²³⁴⁵⁶⁷⁸⁹]*$/.test(t)) return joined || (/^\d{1,3}$/.test(prev) && /^\d{3}$/.test(t));
  return false;
}
