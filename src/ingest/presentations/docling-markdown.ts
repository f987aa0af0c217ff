/**
 * The pieces of docling's Markdown that EMA's PDF-born documents are read from: the YAML front
 * matter and the body as a sequence of blocks (tables, text, page breaks), each with the line it
 * starts on so that parsers can name the line in their messages.
 *
 * docling writes one Markdown table per page, so a table the PDF splits over pages comes back as
 * several tables separated by `<div style="page-break-after: always"></div>`; and the first row of
 * every Markdown table is syntactically a header even when it is a data row continued from the
 * previous page. Readers therefore get all rows alike and decide for themselves what is a header.
 */

export interface MarkdownRow {
  /** 1-based line in the whole text, front matter included. */
  line: number;
  /** Cell texts, trimmed; escaped pipes restored. */
  cells: string[];
}

export interface MarkdownTable {
  line: number;
  rows: MarkdownRow[];
  /** The widest row: docling drops columns that are empty on a page, so widths vary page to page. */
  width: number;
  /** A page break came between the previous table (or text) and this one. */
  afterPageBreak: boolean;
}

export type Block =
  | { kind: 'table'; table: MarkdownTable }
  | { kind: 'text'; line: number; text: string }
  | { kind: 'heading'; line: number; level: number; text: string };

export interface DoclingDocument {
  frontMatter: Map<string, string>;
  blocks: Block[];
}

const PAGE_BREAK = /^<div style=\\?"page-break-after: always\\?"><\/div>$/;
const SEPARATOR = /^\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;

export function readDoclingMarkdown(text: string): DoclingDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const frontMatter = new Map<string, string>();
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, n) => n > 0 && l.trim() === '---');
    if (end > 0) {
      for (const l of lines.slice(1, end)) {
        // Only top-level keys: the nested docling_version block is of no use to readers.
        const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(l);
        if (m && m[2]) frontMatter.set(m[1]!, m[2].trim().replace(/^(['"])(.*)\1$/, '$2'));
      }
      i = end + 1;
    }
  }

  const blocks: Block[] = [];
  let table: MarkdownTable | null = null;
  let pageBreak = false;
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = raw.trim();
    const line = i + 1;
    if (t.startsWith('|')) {
      if (!table) {
        table = { line, rows: [], width: 0, afterPageBreak: pageBreak };
        blocks.push({ kind: 'table', table });
        pageBreak = false;
      }
      if (SEPARATOR.test(t)) continue;
      const cells = splitCells(t);
      table.rows.push({ line, cells });
      table.width = Math.max(table.width, cells.length);
      continue;
    }
    table = null;
    if (t === '' || t === '<!-- image -->') continue;
    if (PAGE_BREAK.test(t)) {
      pageBreak = true;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(t);
    if (heading) blocks.push({ kind: 'heading', line, level: heading[1]!.length, text: heading[2]!.trim() });
    else blocks.push({ kind: 'text', line, text: t });
  }
  return { frontMatter, blocks };
}

function splitCells(row: string): string[] {
  const inner = row.replace(/^\|/, '').replace(/\|\s*$/, '');
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\' && inner[i + 1] === '|') {
      current += '|';
      i++;
    } else if (c === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  cells.push(current.trim());
  return cells;
}

/** Collapses runs of whitespace (docling keeps the PDF's line-wrapping spaces); empty becomes null. */
export function cleanText(text: string | null | undefined): string | null {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** The file name at the end of a front-matter `document_pathfilename` (or of any path). */
export function baseName(path: string): string {
  return path.replace(/[?#].*$/, '').split('/').pop() ?? path;
}
