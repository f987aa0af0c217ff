/**
 * Parser for EMA's "All authorised presentations" documents (one row per pack, keyed by EU
 * number) in the Markdown that docling makes of the PDFs.
 *
 * docling's rendering of these tables is noisy, and the parser is built around what it does:
 * - every page is a table of its own, the header repeated on some pages and missing on others, so
 *   headers are recognised by their wording wherever they occur, a header split over two rows
 *   ("(Invented)" / "name") is joined, and a table without a header continues the last one;
 * - a row the PDF wrapped comes back as extra rows with an empty EU number cell, which continue
 *   the row above;
 * - vertically merged cells come back as one row holding several EU numbers, sometimes with the
 *   other cells holding as many values run together ("0.5 mg 0.5 mg 1 mg"), which are split; and
 *   sometimes with one value each and the packs' own rows following without numbers, which are
 *   given the numbers in order;
 * - OCR slips in EU numbers (`EU/1/15/100 1/001`, `EU/1/04/294//021`, `EU1/13/850/004`) and
 *   segments printed without their leading zeros (`EU/1/00/129/01`) are read with a warning, and
 *   footnote rows and tables of composition ("1 dose (0.5 ml) contains") are skipped;
 * - where docling wrote the rows as running text instead of a table (the whole document, or a page
 *   between tables), or cut a table's columns apart, the rows are read from the text
 *   (`text-rows.ts`).
 * A row whose EU number is not one (`EU/1/1167/001`, a year missing; a pack listed by EMEA
 * procedure number) is left out and listed in `skipped`, naming its line: one bad row does not
 * lose the document. What cannot be read at all (no table and no EU number, no row with one) is
 * an error; other doubts are warnings. The parser never throws and never invents a value.
 */
import type { EuNumber } from '../../domain/identifiers.ts';
import type { Presentation } from '../../domain/presentation.ts';
import { baseName, cleanText, readDoclingMarkdown, type Block, type MarkdownRow, type MarkdownTable } from './docling-markdown.ts';
import { scanEuNumbers, type SkippedRow } from './eu-numbers.ts';
import { splitValues } from './split-values.ts';
import { readTextRows, type TextRowsResult } from './text-rows.ts';

export { splitValues };

export type { SkippedRow };

export type ParsePresentationsResult =
  | { ok: true; slug: string; presentations: Presentation[]; warnings: string[]; skipped: SkippedRow[] }
  | { ok: false; error: string };

export interface ParsePresentationsOptions {
  /** The file the text came from: the slug falls back to it when the front matter has no path. */
  fileName: string;
}

type Field = 'number' | 'name' | 'strength' | 'form' | 'route' | 'packaging' | 'content' | 'packSize';
type ValueField = Exclude<Field, 'number'>;
const VALUE_FIELDS: readonly ValueField[] = ['name', 'strength', 'form', 'route', 'packaging', 'content', 'packSize'];

/** What each column holds; a column whose header names two fields ("MA (EU) Number (Invented) name") holds both. */
interface Layout {
  columns: Field[][];
}

// Matched against the header cell lower-cased with everything but letters removed, because
// docling's OCR joins and splits words at will ("Inventedname", "Route of Administrati on").
const FIELD_PATTERNS: [Field, RegExp][] = [
  ['number', /number|maeu|euma|^eu$/],
  ['name', /name|invented/],
  ['strength', /strength/],
  ['form', /pharmaceutical|form/],
  ['route', /route|administ/],
  ['packSize', /size/],
  ['packaging', /packaging|immediate/],
  ['content', /content|concentr/],
];

// Fragments a header split over two rows leaves in its second row.
const HEADER_FRAGMENT = /^(?:ma|eu|emea?|numbers?|invented|name|strengths?|pharmaceutical|forms?|routeof|route|of|administrati?o?n?|on|n|immediate|packaging|package|pack|sizes?|content|concentration|concent|ration|ation|u)+$/;

const STANDARD_COLUMNS: Record<number, Field[]> = {
  7: ['number', 'name', 'strength', 'form', 'route', 'packaging', 'packSize'],
  8: ['number', 'name', 'strength', 'form', 'route', 'packaging', 'content', 'packSize'],
};

interface Draft {
  euNumber: EuNumber;
  line: number;
  values: Record<ValueField, string[]>;
}

class ParseFailure extends Error {
  /** A table of EU numbers whose columns cannot be told apart. */
  columnsUnknown = false;
}

/**
 * The fallback where the tables cannot be read as presentations tables: the document's text, the
 * tables' rows read as lines of it, where it has a presentations header and the product's name.
 */
function readAsText(blocks: Block[], slug: string, warnings: string[], why: string): ParsePresentationsResult {
  const read = readTextRows(blocks, { slug, tablesAsText: true, strict: true });
  if (!read.ok) return { ok: false, error: `${why}; nor can the text be read as presentations: ${read.error}` };
  return {
    ok: true,
    slug,
    presentations: read.presentations,
    warnings: [...warnings, `the tables cannot be read as presentations tables (${why}); read as text instead`, ...read.warnings],
    skipped: read.skipped,
  };
}

export function parsePresentations(text: string, opts: ParsePresentationsOptions): ParsePresentationsResult {
  const warnings: string[] = [];
  const doc = readDoclingMarkdown(text);
  const slug = decideSlug(doc.frontMatter.get('document_pathfilename') ?? null, opts.fileName, warnings);

  const tables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  if (tables.length === 0) {
    const inText = new Set(text.match(/EU\s*\/\s*[12]\s*\/\s*\d{2}\s*\/\s*\d{3,4}\s*\/\s*\d{3}/g) ?? []).size;
    if (inText === 0) {
      const procedure = /EMEA\/H\/C\/\d+\/\d+/.exec(text);
      return {
        ok: false,
        error: procedure
          ? `no table: docling rendered the presentations as text, listed by EMEA procedure number (${procedure[0]}), not by EU number`
          : 'no table: the document has no presentations table (docling found no table and no EU number; an image-only page?)',
      };
    }
    // docling wrote the rows as running text: read them from it.
    const read = readTextRows(doc.blocks, { slug });
    if (!read.ok) return { ok: false, error: `no table: docling rendered the presentations as text (${inText} EU numbers in it), and ${read.error}` };
    return { ok: true, slug, presentations: read.presentations, warnings: [...warnings, ...read.warnings], skipped: read.skipped };
  }

  const reader = new Reader(warnings);
  try {
    for (const block of doc.blocks) {
      if (block.kind === 'table') reader.readTable(block.table);
      else if (block.kind === 'heading') reader.readHeading(block.line, block.text);
      else reader.readText(block.line, block.text);
    }
    reader.finish();
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    // Columns docling cut apart: the cells, read in order as text, may still delimit.
    if (e.columnsUnknown) return readAsText(doc.blocks, slug, warnings, e.message);
    return { ok: false, error: e.message };
  }

  if (!reader.sawPresentationsTable) {
    const error = `no presentations table: none of the ${tables.length} tables has an EU number column or EU numbers`;
    return readAsText(doc.blocks, slug, warnings, error);
  }
  const presentations = reader.result((only) => readTextRows(doc.blocks, { slug, only }));
  const skipped = reader.skipped;
  if (presentations.length === 0) {
    const first = skipped[0];
    return {
      ok: false,
      error: first
        ? `line ${first.line}: ${first.message}; no row of the presentations table has an EU number (${skipped.length} row(s) left out)`
        : 'the presentations table has no rows with an EU number',
    };
  }
  return { ok: true, slug, presentations, warnings, skipped };
}

class Reader {
  sawPresentationsTable = false;
  /** Rows left out for an EU number that is not one. */
  readonly skipped: SkippedRow[] = [];
  /** Set after a row left out, so that its wrapped continuation rows are left out with it. */
  private skipping = false;
  private layout: Layout | null = null;
  private headingFields: Field[] | null = null;
  private textNumbers = new Map<EuNumber, number>();
  private drafts: Draft[] = [];
  /** EU numbers listed together in one row whose packs' rows follow without a number. */
  private queue: { euNumber: EuNumber; line: number; name: string | null }[] = [];

  private readonly warnings: string[];

  constructor(warnings: string[]) {
    this.warnings = warnings;
  }

  /** docling often makes the table's header a heading of its own, just above the table. */
  readHeading(line: number, text: string): void {
    const fields = fieldsIn(text);
    if (fields.includes('number') && new Set(fields).size >= 3) this.headingFields = fields;
    else if (/\bEU\s*\/\s*[12]\s*\//.test(text)) this.readText(line, text);
  }

  /** Rows docling turned into running text cannot be split into fields; noted to say what was lost. */
  readText(line: number, text: string): void {
    for (const n of findEuNumbers(text).numbers) if (!this.textNumbers.has(n)) this.textNumbers.set(n, line);
  }

  readTable(table: MarkdownTable): void {
    const headingFields = this.headingFields;
    this.headingFields = null;
    const first = table.rows[0];
    if (!first) return;
    if (headingFields && headingFields.length === table.width && !isHeaderRow(first.cells)) {
      this.layout = { columns: headingFields.map((f) => [f]) };
      this.sawPresentationsTable = true;
    }
    if (!isHeaderRow(first.cells) && !this.adoptsHeaderless(table)) {
      if (table.rows.some((r) => r.cells.some((c) => /EU\s*\/\s*[12]\s*\//.test(c)))) {
        this.warnings.push(`line ${table.line}: ignored a table that mentions EU numbers but is not a presentations table`);
      }
      return;
    }

    let header: string[] | null = null;
    let active: Layout | null = null;
    let headerless = false;
    for (const row of table.rows) {
      const headerRow = isHeaderRow(row.cells);
      if (headerRow || (header && isHeaderContinuation(row.cells))) {
        header = headerRow || !header ? [...row.cells] : header.map((h, i) => `${h} ${row.cells[i] ?? ''}`.trim());
        active = layoutFromHeader(header);
        if (active) {
          this.layout = active;
          this.sawPresentationsTable = true;
        }
        continue;
      }
      header = null;
      if (!active && !headerless && isHeaderContinuation(row.cells)) continue; // the rest of a header docling made a heading
      if (!active && !headerless) {
        if (findEuNumbers(row.cells[0] ?? '').numbers.length === 0 && (row.cells[0] ?? '') !== '') {
          this.warnings.push(`line ${row.line}: skipped a row that is not a presentation ("${preview(row.cells.join(' | '))}")`);
          continue;
        }
        // A table without a header of its own: the previous page's table continued.
        active = this.layoutForHeaderless(table);
        headerless = true;
      }
      if (!active) return; // a header that is not a presentations header: some other table
      this.readRow(row, active);
    }
  }

  private adoptsHeaderless(table: MarkdownTable): boolean {
    const firstCells = table.rows.map((r) => r.cells[0] ?? '');
    if (firstCells.some((c) => /E ?U\s*\/?\s*[12]\s*\//i.test(c))) return true;
    // Only wrapped text continued from the page before.
    return this.layout !== null && firstCells.every((c) => c === '');
  }

  private layoutForHeaderless(table: MarkdownTable): Layout | null {
    if (this.layout && this.layout.columns.length === table.width) return this.layout;
    const standard = STANDARD_COLUMNS[table.width];
    if (standard) {
      this.warnings.push(
        this.layout
          ? `line ${table.line}: a table of ${table.width} columns continues one of ${this.layout.columns.length}; read in EMA's standard column order`
          : `line ${table.line}: the table has no header; read in EMA's standard column order (${table.width} columns)`,
      );
      this.sawPresentationsTable = true;
      return { columns: standard.map((f) => [f]) };
    }
    if (this.layout) {
      this.warnings.push(`line ${table.line}: a table of ${table.width} columns continues one of ${this.layout.columns.length}; read column by column`);
      return this.layout;
    }
    const failure = new ParseFailure(
      `line ${table.line}: a table of EU numbers in ${table.width} column(s) with no header to say which column is which (EMA's tables have 7 or 8)`,
    );
    failure.columnsUnknown = true;
    throw failure;
  }

  private readRow(row: MarkdownRow, layout: Layout): void {
    const cells = cellsByField(row, layout);
    const numberCell = cells.number;
    const found = findEuNumbers(numberCell);
    if (found.bad.length > 0) {
      this.skip(row.line, numberCell, found.bad[0]!);
      return;
    }
    for (const w of found.repaired) this.warnings.push(`line ${row.line}: read ${w}`);
    if (layout.columns.some((c) => c.includes('number') && c.includes('name')) && !cells.name) {
      cells.name = found.rest;
    }

    if (found.numbers.length === 0) {
      if (numberCell === '') {
        if (!this.skipping) this.readNumberless(row, cells);
      } else if (/EMEA\s*\/|EMA\s*\/|\bEU\b|^\d+\s*\/\s*\d+/i.test(numberCell)) {
        this.skip(row.line, numberCell, `"${numberCell}" is not an EU number (expected e.g. EU/1/21/1603/001)`);
      } else {
        this.warnings.push(`line ${row.line}: skipped a row that is not a presentation ("${preview(row.cells.join(' | '))}")`);
      }
      return;
    }

    this.skipping = false;
    this.flushQueue();
    const numbers = found.numbers;
    if (numbers.length === 1) {
      this.add(numbers[0]!, row.line, cells);
      return;
    }
    const split = splitColumns(cells, numbers.length);
    if (split) {
      for (const f of split.unsplit) {
        this.warnings.push(`line ${row.line}: could not divide the ${f} "${preview(cells[f])}" among ${numbers.length} EU numbers; left empty`);
      }
      numbers.forEach((n, i) => this.add(n, row.line, split.rows[i]!));
      return;
    }
    this.warnings.push(
      `line ${row.line}: ${numbers.length} EU numbers share one row; the rows below without a number are given them in order`,
    );
    this.add(numbers[0]!, row.line, reduceRepeats(cells));
    const name = repeatedValue(cells.name);
    for (const n of numbers.slice(1)) this.queue.push({ euNumber: n, line: row.line, name });
  }

  private skip(line: number, value: string, message: string): void {
    this.skipped.push({ line, value, message });
    this.warnings.push(`line ${line}: ${message}; row left out`);
    // Numbers listed above this row wait for rows that no longer come in order.
    this.flushQueue();
    this.skipping = true;
  }

  private readNumberless(row: MarkdownRow, cells: Record<Field, string>): void {
    const filled = VALUE_FIELDS.filter((f) => cells[f] !== '');
    if (filled.length === 0) return;
    const next = this.queue[0];
    if (next && (cells.name !== '' || filled.length >= 2)) {
      this.queue.shift();
      this.add(next.euNumber, row.line, cells);
      return;
    }
    const last = this.drafts.at(-1);
    if (!last) {
      this.warnings.push(`line ${row.line}: skipped a row without an EU number before any presentation ("${preview(row.cells.join(' | '))}")`);
      return;
    }
    const lastName = last.values.name.join(' ').toLowerCase();
    if (cells.name !== '' && cells.name.toLowerCase() === lastName && filled.length >= 3) {
      // A whole row for another pack whose EU number docling lost; appending it would corrupt the row above.
      this.warnings.push(`line ${row.line}: skipped a row without an EU number ("${preview(row.cells.join(' | '))}")`);
      return;
    }
    for (const f of filled) last.values[f].push(cells[f]);
  }

  private add(euNumber: EuNumber, line: number, cells: Record<Field, string>): void {
    const values = Object.fromEntries(VALUE_FIELDS.map((f) => [f, cells[f] ? [cells[f]] : []])) as Record<ValueField, string[]>;
    this.drafts.push({ euNumber, line, values });
  }

  private flushQueue(): void {
    for (const q of this.queue) {
      this.warnings.push(`line ${q.line}: ${q.euNumber} has no row of its own; only its number and name are known`);
      this.add(q.euNumber, q.line, { ...emptyCells(), name: q.name ?? '' });
    }
    this.queue = [];
  }

  finish(): void {
    this.flushQueue();
  }

  /** The presentations read; `readText` reads the rows of numbers that appear only in the text. */
  result(readText: (only: Set<EuNumber>) => TextRowsResult): Presentation[] {
    const byNumber = new Map<string, Presentation>();
    let previousName: string | null = null;
    for (const d of this.drafts) {
      const v = (f: ValueField) => cleanText(d.values[f].join(' '));
      let inventedName = v('name');
      if (inventedName === null) {
        inventedName = previousName ?? '';
        this.warnings.push(
          previousName
            ? `line ${d.line}: ${d.euNumber} has no invented name; using "${previousName}" from the row above (a merged cell)`
            : `line ${d.line}: ${d.euNumber} has no invented name`,
        );
      }
      previousName = inventedName || previousName;
      const p: Presentation = {
        euNumber: d.euNumber,
        inventedName,
        strength: v('strength'),
        pharmaceuticalForm: v('form'),
        routeOfAdministration: v('route'),
        immediatePackaging: v('packaging'),
        content: v('content'),
        packSize: v('packSize'),
      };
      const seen = byNumber.get(d.euNumber);
      if (!seen) byNumber.set(d.euNumber, p);
      else if (JSON.stringify(seen) !== JSON.stringify(p)) {
        this.warnings.push(`line ${d.line}: ${d.euNumber} is listed twice with different details; the first is kept`);
      }
    }
    let lost = [...this.textNumbers].filter(([n]) => !byNumber.has(n));
    // Rows docling wrote as text between the tables (a page of them, typically): read from the text.
    const wanted = new Set(lost.map(([n]) => n).filter((n) => !n.includes('-')));
    const read = wanted.size > 0 ? readText(wanted) : null;
    if (read?.ok) {
      for (const p of read.presentations) if (wanted.has(p.euNumber)) byNumber.set(p.euNumber, p);
      if (read.presentations.length > 0) {
        this.warnings.push(`${read.presentations.length} presentation(s) read from rows docling wrote as text between the tables`, ...read.warnings);
      }
      lost = lost.filter(([n]) => !byNumber.has(n));
    }
    // A range in a footnote ("EU/1/20/1528/032-033") names packs the tables list one by one.
    lost = lost.filter(([n]) => !coveredRange(n, byNumber));
    if (lost.length > 0) {
      const shown = lost.slice(0, 3).map(([n]) => n).join(', ') + (lost.length > 3 ? ', ...' : '');
      const lines = lost.map(([, l]) => l);
      this.warnings.push(
        `lines ${Math.min(...lines)}-${Math.max(...lines)}: ${lost.length} EU number(s) appear only in text outside the tables (${shown}); their rows were not read`,
      );
    }
    return [...byNumber.values()];
  }
}

/** Whether `n` is a range ("EU/1/20/1528/032-033") whose every number is among the presentations. */
function coveredRange(n: EuNumber, byNumber: Map<string, Presentation>): boolean {
  const m = /^(.*\/)(\d+)-(\d+)$/.exec(n);
  if (!m) return false;
  const [, stem, from, to] = m;
  const width = from!.length;
  for (let i = Number(from); i <= Number(to); i++) {
    if (!byNumber.has(`${stem}${String(i).padStart(width, '0')}`)) return false;
  }
  return Number(to) >= Number(from);
}

function emptyCells(): Record<Field, string> {
  return { number: '', name: '', strength: '', form: '', route: '', packaging: '', content: '', packSize: '' };
}

function cellsByField(row: MarkdownRow, layout: Layout): Record<Field, string> {
  const cells = emptyCells();
  layout.columns.forEach((fields, i) => {
    const text = cleanText(row.cells[i]) ?? '';
    // A column headed with two fields is read as the first; number+name is split by the caller.
    const field = fields[0];
    if (field && text) cells[field] = cells[field] ? `${cells[field]} ${text}` : text;
  });
  return cells;
}

function fieldsIn(headerCell: string): Field[] {
  const compact = headerCell.toLowerCase().replace(/[^a-z]/g, '');
  const hits: [number, Field][] = [];
  for (const [field, pattern] of FIELD_PATTERNS) {
    const m = pattern.exec(compact);
    if (m) hits.push([m.index, field]);
  }
  return hits.sort((a, b) => a[0] - b[0]).map(([, f]) => f);
}

function isHeaderRow(cells: string[]): boolean {
  if (cells.some((c) => /EU\s*\/?\s*[12]\s*\/\s*\d/i.test(c))) return false;
  const fields = new Set(cells.flatMap(fieldsIn));
  return fields.size >= 3 && (fields.has('number') || (fields.has('name') && fields.has('strength')));
}

function isHeaderContinuation(cells: string[]): boolean {
  if (cells.some((c) => /\d/.test(c))) return false;
  const texts = cells.map((c) => c.toLowerCase().replace(/[^a-z]/g, '')).filter((c) => c !== '');
  return texts.length > 0 && texts.every((t) => HEADER_FRAGMENT.test(t));
}

function layoutFromHeader(header: string[]): Layout | null {
  const assigned = new Set<Field>();
  const columns = header.map((cell) => {
    const fields = fieldsIn(cell).filter((f) => !assigned.has(f));
    // The same label repeated over two columns ("(Invented) name Strength" twice) means one field each.
    const take = fields.length === 2 && fields[0] === 'number' ? fields : fields.slice(0, 1);
    for (const f of take) assigned.add(f);
    return take;
  });
  if (!columns[0]?.includes('number') && !columns.some((c) => c.includes('number'))) return null;
  return { columns };
}

interface FoundNumbers {
  numbers: EuNumber[];
  /** Messages for candidates that are not EU numbers. */
  bad: string[];
  /** "X as Y" for numbers read through an OCR slip. */
  repaired: string[];
  /** The cell without its numbers. */
  rest: string;
}

function findEuNumbers(cell: string): FoundNumbers {
  const found: FoundNumbers = { numbers: [], bad: [], repaired: [], rest: cell };
  const matches = scanEuNumbers(cell);
  for (const m of matches) {
    if (m.number) found.numbers.push(m.number);
    if (m.repaired) found.repaired.push(m.repaired);
    if (m.bad) found.bad.push(m.bad);
  }
  let rest = cell;
  for (const m of [...matches].reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  found.rest = cleanText(rest) ?? '';
  return found;
}

/**
 * Divides a row holding k EU numbers into k rows, when most of its cells divide; a cell that will
 * not is left empty rather than guessed. Null when the row is one pack's (cells of one value).
 */
function splitColumns(cells: Record<Field, string>, k: number): { rows: Record<Field, string>[]; unsplit: ValueField[] } | null {
  const rows = Array.from({ length: k }, () => emptyCells());
  const unsplit: ValueField[] = [];
  const filled = VALUE_FIELDS.filter((f) => cells[f] !== '');
  let divided = 0;
  for (const f of filled) {
    const parts = splitValues(cells[f], k);
    const same = repeatedValue(cells[f]);
    if (parts && new Set(parts).size > 1) {
      parts.forEach((p, i) => (rows[i]![f] = p));
      divided++;
    } else if (parts || same !== cells[f] || !/\d/.test(cells[f])) {
      // Every value shown is the same ("Oral use Oral use", or one "Tablet" in a merged cell).
      for (const r of rows) r[f] = same ?? '';
    } else {
      unsplit.push(f);
    }
  }
  // Without a cell that really divides, the row is one pack's and its siblings' rows follow.
  if (divided === 0 || unsplit.length * 2 > filled.length) return null;
  return { rows, unsplit };
}

/** "Celsentri Celsentri Celsentri" is one name said three times. */
function repeatedValue(text: string): string | null {
  if (!text) return null;
  const tokens = text.split(' ');
  for (let n = 1; n <= tokens.length / 2; n++) {
    if (tokens.length % n !== 0) continue;
    const unit = tokens.slice(0, n).join(' ');
    if (Array.from({ length: tokens.length / n }, (_, i) => tokens.slice(i * n, (i + 1) * n).join(' ')).every((p) => p === unit)) return unit;
  }
  return text;
}

function reduceRepeats(cells: Record<Field, string>): Record<Field, string> {
  const out = { ...cells };
  for (const f of VALUE_FIELDS) out[f] = repeatedValue(cells[f]) ?? '';
  return out;
}

function preview(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

const FILE_SUFFIX = /-epar-all-[a-z]+-presen[a-z]*$/;

function decideSlug(path: string | null, fileName: string, warnings: string[]): string {
  let base = path ? baseName(path) : baseName(fileName);
  if (!path) warnings.push(`slug: no document_pathfilename in the front matter; using the file name "${base}"`);
  base = base.replace(/\.(?:pdf|md)$/i, '').replace(/_[a-z]{2}$/, '');
  if (!FILE_SUFFIX.test(base)) {
    warnings.push(`slug: "${base}" is not named like an EMA presentations document; using it whole`);
    return base;
  }
  return base.replace(FILE_SUFFIX, '');
}
