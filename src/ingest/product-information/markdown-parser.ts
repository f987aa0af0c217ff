/**
 * Product information from docling's Markdown (`../shared/ema/product-information/*.md`):
 * docling writes every heading as `##`, whatever its level, so the structure comes from the
 * headings' numbering (section-builder.ts), not from the Markdown's levels. Its pipe tables
 * become table blocks; its lists list blocks; page breaks and image placeholders are dropped.
 */
import type { PiBlock, ProductInformationDocument } from '../../domain/product-information.ts';
import { SectionBuilder } from './section-builder.ts';

export interface MarkdownMeta {
  /** `document_datetime` of docling's front matter: when EMA's PDF was made. */
  documentDate: string | null;
  /** `document_pathfilename`: where EMA published the PDF the Markdown was made from. */
  sourcePath: string | null;
}

export function parseFrontMatter(markdown: string): { meta: MarkdownMeta; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown);
  if (!match) return { meta: { documentDate: null, sourcePath: null }, body: markdown };
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(match[1]!)?.[1]?.trim() ?? null;
  const date = field('document_datetime');
  return {
    meta: { documentDate: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null, sourcePath: field('document_pathfilename') },
    body: markdown.slice(match[0].length),
  };
}

/** Reads docling Markdown into the model; `language` and `file` come from the caller. */
export function parseProductInformationMarkdown(markdown: string, options: { language: string; file: string }): ProductInformationDocument {
  const { meta, body } = parseFrontMatter(markdown.replace(/^\uFEFF/, ''));
  const builder = new SectionBuilder({ strict: false });
  const lines = body.split(/\r?\n/);
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) builder.block({ type: 'paragraph', text: clean(paragraph.join(' ')) });
    paragraph = [];
    if (list && list.items.length > 0) builder.block({ type: 'list', ordered: list.ordered, items: list.items.map(clean) });
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || /^<div\b[^>]*>\s*<\/div>$/.test(line) || /^<!--.*-->$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const text = clean(heading[1]!);
      if (text !== '' && !builder.heading(text)) builder.block({ type: 'heading', text });
      continue;
    }
    if (line.startsWith('|')) {
      flush();
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(lines[i++]!.trim());
      i--;
      const table = readTable(rows);
      // A one-row "table" is how docling renders a heading framed in a box (the blister's items).
      if (table.rows.length === 1) {
        const text = table.rows[0]!.filter((c) => c !== '').join(' ');
        if (builder.heading(text)) continue;
      }
      if (table.rows.length > 0) builder.block(table);
      continue;
    }
    if (/^\d{1,2}(?:\.\d{1,2})?\.?$/.test(line)) {
      // docling splits some boxed headings into the number and, a paragraph later, the words.
      let next = i + 1;
      while (next < lines.length && lines[next]!.trim() === '') next++;
      const words = lines[next]?.trim() ?? '';
      if (words !== '' && !/^[#|<-]/.test(words) && builder.classify(`${line} ${clean(words)}`)) {
        flush();
        builder.heading(`${line} ${clean(words)}`);
        i = next;
        continue;
      }
      // Otherwise a bare number is a page number docling kept.
      if (/^\d+$/.test(line) && paragraph.length === 0 && !list) continue;
    }
    const item = /^(?:[-*•·]|(\d{1,3})[.)])\s+(.*)$/.exec(line);
    if (item) {
      if (paragraph.length > 0) flush();
      const ordered = item[1] !== undefined;
      if (list && list.ordered !== ordered) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[2]!);
      continue;
    }
    if (list) {
      // A line straight after an item, without a blank line, continues it.
      list.items[list.items.length - 1] += ` ${line}`;
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return {
    language: options.language,
    versionDate: meta.documentDate,
    source: { kind: 'markdown', file: options.file, url: meta.sourcePath ? `https://${meta.sourcePath.replace(/^https?:\/\//, '')}` : null },
    procedure: null,
    annexes: builder.finish(),
  };
}

function readTable(lines: string[]): Extract<PiBlock, { type: 'table' }> {
  const rows: string[][] = [];
  let headerRows = 0;
  for (const line of lines) {
    const cells = splitRow(line);
    if (cells.every((c) => /^:?-{2,}:?$/.test(c))) {
      headerRows = rows.length;
      continue;
    }
    rows.push(cells.map(clean));
  }
  return { type: 'table', headerRows, rows: dropSpannedColumns(rows) };
}

/**
 * docling repeats a merged cell's text in every column it spans. A column that repeats its left
 * neighbour in every row is such a span, not a column of the table, and goes; a column that
 * merely agrees with it in some rows stays.
 */
function dropSpannedColumns(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const keep = Array.from({ length: width }, (_, c) => c === 0 || !rows.every((r) => (r[c] ?? '') === (r[c - 1] ?? '')));
  return keep.every(Boolean) ? rows : rows.map((r) => r.filter((_, c) => keep[c]));
}

function splitRow(line: string): string[] {
  const inner = line.replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\' && inner[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

/** Markdown's escapes and HTML entities out, emphasis marks off, spaces collapsed. */
export function clean(text: string): string {
  return text
    .replace(/&(?:amp|lt|gt|quot|apos|#39);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/<!--.*?-->/g, '')
    .replace(/\[([^\]]*)\]\((?:https?:|mailto:)[^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}
