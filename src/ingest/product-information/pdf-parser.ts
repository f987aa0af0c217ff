/**
 * Product information from EMA's PDFs, in any of the 25 languages. pdf.js (through unpdf) gives
 * positioned text; lines are rebuilt from positions, running headers, footers and page numbers
 * are removed (a line repeated at the top or bottom of many pages, or a bare number there), and
 * every line is offered to the section builder, which knows headings by their numbering and
 * place in the sequence, never by an English title. Bullets become lists; lines whose words
 * stand in columns (wide gaps at matching positions on consecutive lines) become tables.
 */
import { getDocumentProxy } from 'unpdf';
import { ImportError } from '../../domain/errors.ts';
import type { PiBlock, ProductInformationDocument } from '../../domain/product-information.ts';
import { isUpper, SectionBuilder } from './section-builder.ts';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface Cell {
  text: string;
  x: number;
  end: number;
}

export interface PdfLine {
  page: number;
  text: string;
  x: number;
  y: number;
  size: number;
  /** Runs of text separated by a gap wider than a few spaces: the cells of a table row. */
  cells: Cell[];
  /** A larger than usual gap above this line (or a new page). */
  gapBefore: boolean;
}

/** Reads an EMA product-information PDF into the model; `language` and `file` come from the caller. */
export async function parseProductInformationPdf(bytes: Uint8Array, options: { language: string; file: string; url?: string | null }): Promise<ProductInformationDocument> {
  const { lines, date } = await readPdfLines(bytes, options.file);
  const builder = new SectionBuilder({ strict: true });
  for (const block of linesToStream(removeRunningLines(lines), builder)) builder.block(block);
  return {
    language: options.language,
    versionDate: date,
    source: { kind: 'pdf', file: options.file, url: options.url ?? null },
    procedure: null,
    annexes: builder.finish(),
  };
}

export async function readPdfLines(bytes: Uint8Array, file: string): Promise<{ lines: PdfLine[]; date: string | null; pages: number }> {
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    doc = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  } catch (error) {
    throw new ImportError(file, `the PDF cannot be read (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  try {
    const lines: PdfLine[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      lines.push(...pageLines(content.items.filter((i): i is TextItem & typeof i => 'str' in i), n));
      page.cleanup();
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    return { lines, date: pdfDate(info.ModDate) ?? pdfDate(info.CreationDate), pages: doc.numPages };
  } finally {
    await doc.loadingTask.destroy();
  }
}

function pdfDate(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function pageLines(items: TextItem[], page: number): PdfLine[] {
  const placed = [];
  for (const item of items) {
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    // Rotated text is a watermark ("Medicinal product no longer authorised"), never the text.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) continue;
    if (item.str.trim() === '') continue;
    placed.push({ str: item.str, x: e, y: f, width: item.width, size: Math.abs(d) || item.height || 10 });
  }
  placed.sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: (typeof placed)[] = [];
  for (const item of placed) {
    const line = groups.at(-1);
    if (line && Math.abs(line[0]!.y - item.y) <= 0.45 * Math.max(line[0]!.size, item.size)) line.push(item);
    else groups.push([item]);
  }
  const sizes = groups.map((g) => Math.max(...g.map((i) => i.size))).sort((p, q) => p - q);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const out: PdfLine[] = [];
  let previousY: number | null = null;
  for (const group of groups) {
    group.sort((p, q) => p.x - q.x);
    const size = Math.max(...group.map((i) => i.size));
    const cells: Cell[] = [];
    let text = '';
    let end = -Infinity;
    for (const item of group) {
      const gap = item.x - end;
      const cell = cells.at(-1);
      if (!cell || gap > 2.2 * size) cells.push({ text: item.str, x: item.x, end: item.x + item.width });
      else {
        cell.text += gap > 0.15 * item.size && !/\s$/.test(cell.text) && !/^\s/.test(item.str) ? ` ${item.str}` : item.str;
        cell.end = item.x + item.width;
      }
      if (text !== '' && gap > 0.15 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    const y = group[0]!.y;
    const gapBefore = previousY === null || previousY - y > Math.max(body, size) * 1.75;
    previousY = y;
    const normalised = normalise(text);
    if (normalised === '') continue;
    out.push({ page, text: normalised, x: group[0]!.x, y, size, cells: cells.map((c) => ({ ...c, text: normalise(c.text) })).filter((c) => c.text !== ''), gapBefore });
  }
  return out;
}

const LIGATURES: Readonly<Record<string, string>> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

function normalise(text: string): string {
  return text
    .replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c)
    // Word's list bullets come out of Symbol fonts as private-use code points.
    .replace(/[\uf0b7\uf0a7\uf0d8\uf0fc]/g, '•')
    .replace(/[\t\u00a0\u2000-\u200b\u202f]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .normalize('NFC');
}

/**
 * Running headers and footers: a line standing first or last on its page whose wording (digits
 * aside) stands there on at least a third of the pages, and bare page numbers ("12", "12/40").
 */
export function removeRunningLines(lines: PdfLine[]): PdfLine[] {
  const byPage = new Map<number, PdfLine[]>();
  for (const line of lines) {
    const list = byPage.get(line.page) ?? [];
    list.push(line);
    byPage.set(line.page, list);
  }
  const shape = (t: string) => t.replace(/\d+/g, '#').toLocaleLowerCase();
  const edgeCounts = new Map<string, number>();
  for (const page of byPage.values()) {
    const edges = new Set([page[0], page[1], page.at(-1), page.at(-2)].filter((l): l is PdfLine => l !== undefined).map((l) => shape(l.text)));
    for (const e of edges) edgeCounts.set(e, (edgeCounts.get(e) ?? 0) + 1);
  }
  const pages = byPage.size;
  const running = new Set([...edgeCounts].filter(([, n]) => pages >= 3 && n >= Math.max(3, pages / 3)).map(([s]) => s));
  const drop = new Set<PdfLine>();
  for (const page of byPage.values()) {
    const edges = [page[0], page[1], page.at(-1), page.at(-2)].filter((l): l is PdfLine => l !== undefined);
    for (const line of edges) {
      if (running.has(shape(line.text)) || /^(?:\d{1,4}|\d{1,4}\s*\/\s*\d{1,4}|-\s*\d{1,4}\s*-)$/.test(line.text)) drop.add(line);
    }
  }
  return lines.filter((l) => !drop.has(l));
}

const BULLET = /^([•▪◦·‒–—-]|o(?=\s))\s*(.*)$/u;

/** Offers headings to the builder as it goes; yields the blocks between them. */
function* linesToStream(lines: PdfLine[], builder: SectionBuilder): Generator<PiBlock> {
  let paragraph: PdfLine[] = [];
  let list: { x: number; items: string[] } | null = null;
  let table: PdfLine[] = [];
  function* flush(): Generator<PiBlock> {
    if (paragraph.length > 0) yield { type: 'paragraph', text: joinLines(paragraph.map((l) => l.text)) };
    paragraph = [];
    if (list) yield { type: 'list', ordered: false, items: list.items };
    list = null;
    if (table.length > 0) yield* tableBlocks(table);
    table = [];
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1];
    const newPage = previous !== undefined && previous.page !== line.page;
    if (builder.classify(line.text)) {
      yield* flush();
      let text = line.text;
      // A heading in capitals that wraps continues on the next line, in capitals too.
      while (i + 1 < lines.length && isUpper(text) && isUpper(lines[i + 1]!.text) && /\p{L}{2}/u.test(lines[i + 1]!.text) && !lines[i + 1]!.gapBefore && lines[i + 1]!.page === line.page && !builder.classify(lines[i + 1]!.text) && text.length > 25) {
        text += ` ${lines[++i]!.text}`;
      }
      builder.heading(text);
      continue;
    }
    const tabular = line.cells.length >= 2 && line.cells.length <= 12;
    if (tabular || (table.length > 0 && !line.gapBefore && line.x > table[0]!.x + line.size)) {
      if (paragraph.length > 0 || list) {
        const rest = table;
        table = [];
        yield* flush();
        table = rest;
      }
      table.push(line);
      continue;
    }
    if (table.length > 0) {
      if (table.length === 1) {
        // One line with wide gaps is a justified or tabbed line, not a table.
        paragraph = table;
        table = [];
      } else yield* flush();
    }
    if (isSubheading(line, lines[i + 1])) {
      yield* flush();
      yield { type: 'heading', text: line.text };
      continue;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet && bullet[2] !== '') {
      if (paragraph.length > 0) yield* flush();
      list ??= { x: line.x, items: [] };
      list.items.push(bullet[2]!);
      continue;
    }
    if (list && !line.gapBefore && line.x > list.x + 1) {
      list.items[list.items.length - 1] = joinLines([list.items.at(-1)!, line.text]);
      continue;
    }
    if (line.gapBefore && !(newPage && paragraph.length > 0 && continuesAcrossPage(paragraph.at(-1)!.text, line.text))) yield* flush();
    else if (list) yield* flush();
    paragraph.push(line);
  }
  yield* flush();
}

/**
 * An unnumbered subheading ("Posology", "Paediatric population"): a short line after a gap that
 * starts with a capital, ends without punctuation, and is followed at once, on the same page and
 * without a gap, by the text it heads, which starts at the same left edge.
 */
function isSubheading(line: PdfLine, next: PdfLine | undefined): boolean {
  if (!line.gapBefore || !next || next.gapBefore || next.page !== line.page) return false;
  if (line.text.length > 60 || line.cells.length > 1 || !/^\p{Lu}/u.test(line.text) || /[.,;:)\]]$/.test(line.text)) return false;
  if (BULLET.test(line.text) || /\d$/.test(line.text)) return false;
  // A heading is shorter than the line of text under it, which runs on to the margin.
  return Math.abs(next.x - line.x) < line.size && next.text.length > line.text.length * 1.5 && next.text.length > 50;
}

function continuesAcrossPage(before: string, after: string): boolean {
  return !/[.:;!?)]$/.test(before) && /^\p{Ll}/u.test(after);
}

/** A paragraph's lines as one text: a hyphen that breaks a word at a line's end joins it again. */
export function joinLines(lines: string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/\u00ad$/.test(text)) text = text.slice(0, -1) + line;
    else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
}

/** Table rows from lines with cells; a line without a first-column cell continues the row above. */
function* tableBlocks(lines: PdfLine[]): Generator<PiBlock> {
  const widest = lines.reduce((best, l) => (l.cells.length > best.cells.length ? l : best), lines[0]!);
  const columns = widest.cells.map((c) => c.x).sort((p, q) => p - q);
  const tolerance = widest.size * 1.5;
  const column = (x: number) => {
    let at = 0;
    for (let i = 0; i < columns.length; i++) if (x >= columns[i]! - tolerance) at = i;
    return at;
  };
  const rows: string[][] = [];
  let previous: PdfLine | null = null;
  for (const line of lines) {
    const cells = line.cells.length > 0 ? line.cells : [{ text: line.text, x: line.x, end: line.x }];
    const row: string[] = columns.map(() => '');
    for (const cell of cells) {
      const at = column(cell.x);
      row[at] = row[at] ? `${row[at]} ${cell.text}` : cell.text;
    }
    const last = rows.at(-1);
    const continues = last && previous && row[0] === '' && !line.gapBefore;
    if (continues) {
      row.forEach((text, i) => {
        if (text) last[i] = last[i] ? joinLines([last[i]!, text]) : text;
      });
    } else rows.push(row);
    previous = line;
  }
  yield { type: 'table', headerRows: rows.length > 1 ? 1 : 0, rows };
}
