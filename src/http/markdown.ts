/**
 * EMA's text as the importers keep it: docling's Markdown, trimmed to what EMA's pages use. It
 * is rendered, never printed as source: paragraphs (blank-line separated, lines joined), bullet
 * and numbered lists (nested by indentation, indented lines continuing an item), pipe tables,
 * `**bold**`, `*italic*`, `[links](https://…)` and headings (shown as bold lines, since the
 * page's own headings give the outline). Everything else is text, escaped: a `<` in EMA's text
 * stays a `<`, and a link to anything but http(s) (or EMA's own site-relative paths) is only
 * its text. `markdownToPlainText` gives the same text without any markup, for meta
 * descriptions and other places where only text fits.
 */
import { html, type SafeHtml } from './html.ts';

const EMA_ORIGIN = 'https://www.ema.europa.eu';

type Inline = { type: 'text'; text: string } | { type: 'strong' | 'em'; children: Inline[] } | { type: 'link'; href: string | null; children: Inline[] };

type ListItem = { content: Inline[]; children: List | null };
type List = { ordered: boolean; items: ListItem[] };
type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'heading'; content: Inline[] }
  | { type: 'list'; list: List }
  | { type: 'table'; head: Inline[][][]; body: Inline[][][] };

/* ---------- inline ---------- */

// A link whose text may hold brackets, and its address parentheses, one level deep.
const LINK = /\[((?:[^[\]]|\[[^[\]]*\])+)\]\(\s*((?:[^()\s]|\([^()\s]*\))+)(?:\s+"[^"]*")?\s*\)/;
const STRONG = /\*\*(?=\S)([\s\S]*?\S)\*\*|__(?=\S)([\s\S]*?\S)__/;
// A single asterisk pair around words, not inside a word ("p*q") and not a list bullet.
const EMPHASIS = /(^|[^\p{L}\p{N}*\\])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\p{L}\p{N}*])/u;

function safeHref(url: string): string | null {
  const u = url.trim();
  if (/^https?:\/\//i.test(u)) return URL.canParse(u) ? u : null;
  if (u.startsWith('/') && !u.startsWith('//')) return EMA_ORIGIN + u;
  return null;
}

function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest.length > 0) {
    const candidates = [
      { kind: 'link' as const, m: LINK.exec(rest) },
      { kind: 'strong' as const, m: STRONG.exec(rest) },
      { kind: 'em' as const, m: EMPHASIS.exec(rest) },
    ].filter((c) => c.m !== null);
    if (candidates.length === 0) {
      pushText(out, rest);
      break;
    }
    // The earliest construct wins; at the same place a link contains the others.
    const start = (c: (typeof candidates)[number]) => c.m!.index + (c.kind === 'em' ? c.m![1]!.length : 0);
    candidates.sort((a, b) => start(a) - start(b));
    const first = candidates[0]!;
    const m = first.m!;
    const at = start(first);
    pushText(out, rest.slice(0, at));
    if (first.kind === 'link') {
      out.push({ type: 'link', href: safeHref(m[2]!), children: parseInline(m[1]!) });
    } else if (first.kind === 'strong') {
      out.push({ type: 'strong', children: parseInline(m[1] ?? m[2]!) });
    } else {
      out.push({ type: 'em', children: parseInline(m[2]!) });
    }
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

/** Text, without the markers no pair was found for: a stray `**` is markup gone wrong, never content. */
function pushText(out: Inline[], text: string): void {
  const t = text.replace(/\*\*+|__/g, '');
  if (t) out.push({ type: 'text', text: t });
}

function inlineHtml(nodes: Inline[]): SafeHtml {
  return html`${nodes.map((n) => {
    switch (n.type) {
      case 'text':
        return n.text;
      case 'strong':
        return html`<strong>${inlineHtml(n.children)}</strong>`;
      case 'em':
        return html`<em>${inlineHtml(n.children)}</em>`;
      case 'link':
        return n.href ? html`<a href="${n.href}">${inlineHtml(n.children)}</a>` : inlineHtml(n.children);
    }
  })}`;
}

function inlineText(nodes: Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : inlineText(n.children))).join('');
}

/* ---------- blocks ---------- */

const ITEM = /^([ \t]*)(?:[-*•+]|(\d{1,3})[.)])[ \t]+(.*)$/;
const HEADING = /^#{1,6}(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const SEPARATOR_CELL = /^[ \t]*:?-{1,}:?[ \t]*$/;

function indentOf(s: string): number {
  let n = 0;
  for (const c of s) n += c === '\t' ? 4 : 1;
  return n;
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  // "\|" is a pipe inside a cell.
  return inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

function isSeparatorRow(line: string): boolean {
  const cells = splitRow(line);
  return cells.length > 0 && cells.every((c) => SEPARATOR_CELL.test(c));
}

function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', content: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '') {
      flushParagraph();
      i++;
      continue;
    }
    if (TABLE_ROW.test(line)) {
      flushParagraph();
      const rows: string[] = [];
      while (i < lines.length && TABLE_ROW.test(lines[i]!)) rows.push(lines[i++]!);
      blocks.push(...tableBlock(rows));
      continue;
    }
    const heading = HEADING.exec(trimmed);
    if (heading) {
      flushParagraph();
      if (heading[1]) blocks.push({ type: 'heading', content: parseInline(heading[1]) });
      i++;
      continue;
    }
    if (ITEM.test(line)) {
      flushParagraph();
      const { list, next } = parseList(lines, i);
      blocks.push({ type: 'list', list });
      i = next;
      continue;
    }
    paragraph.push(trimmed);
    i++;
  }
  flushParagraph();
  return blocks;
}

/**
 * A list from line `start`: items at the first item's indentation, deeper items nested under the
 * one before, indented plain lines continuing it. A blank line ends the list unless another
 * item follows (docling separates items by blank lines in some layouts).
 */
function parseList(lines: string[], start: number): { list: List; next: number } {
  type Open = { indent: number; list: List };
  const first = ITEM.exec(lines[start]!)!;
  const root: List = { ordered: first[2] !== undefined, items: [] };
  const stack: Open[] = [{ indent: indentOf(first[1]!), list: root }];
  let i = start;
  let lastItem: ListItem | null = null;
  let pending: string[] = [];
  const flushPending = () => {
    if (lastItem && pending.length > 0) lastItem.content = parseInline(pending.join(' '));
    pending = [];
  };
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      if (j < lines.length && ITEM.test(lines[j]!)) {
        i = j;
        continue;
      }
      break;
    }
    const item = ITEM.exec(line);
    if (item) {
      flushPending();
      const indent = indentOf(item[1]!);
      while (stack.length > 1 && indent < stack.at(-1)!.indent) stack.pop();
      let top = stack.at(-1)!;
      if (indent > top.indent && lastItem) {
        const nested: List = { ordered: item[2] !== undefined, items: [] };
        lastItem.children = nested;
        stack.push({ indent, list: nested });
        top = stack.at(-1)!;
      }
      const entry: ListItem = { content: [], children: null };
      top.list.items.push(entry);
      lastItem = entry;
      pending = [item[3]!.trim()];
      i++;
      continue;
    }
    if (TABLE_ROW.test(line) || HEADING.test(line.trim()) || indentOf(/^[ \t]*/.exec(line)![0]) === 0) break;
    pending.push(line.trim());
    i++;
  }
  flushPending();
  return { list: root, next: i };
}

/**
 * Pipe-table rows: those before the separator row are the header. A table of one cell is EMA
 * wrapping a paragraph in a table for layout: it is the paragraph. Rows without a separator are
 * a table without a header.
 */
function tableBlock(rows: string[]): Block[] {
  const separator = rows.findIndex(isSeparatorRow);
  const cells = (r: string) => splitRow(r).map(parseInline);
  const head = separator > 0 ? rows.slice(0, separator).map(cells) : [];
  const body = rows.filter((r, k) => k > separator && !isSeparatorRow(r)).map(cells);
  const all = [...head, ...body];
  const width = Math.max(0, ...all.map((r) => r.length));
  if (all.length === 0) return [];
  if (width <= 1) return all.map((r) => ({ type: 'paragraph', content: r[0] ?? [] }));
  return [{ type: 'table', head, body }];
}

/* ---------- output ---------- */

function listHtml(list: List): SafeHtml {
  const items = list.items.map((it) => html`<li>${inlineHtml(it.content)}${it.children ? listHtml(it.children) : ''}</li>`);
  return list.ordered ? html`<ol class="list-number">${items}</ol>` : html`<ul class="list-bullet">${items}</ul>`;
}

function blockHtml(b: Block): SafeHtml {
  switch (b.type) {
    case 'paragraph':
      return html`<p>${inlineHtml(b.content)}</p>`;
    case 'heading':
      return html`<p><strong>${inlineHtml(b.content)}</strong></p>`;
    case 'list':
      return listHtml(b.list);
    case 'table': {
      const width = Math.max(...[...b.head, ...b.body].map((r) => r.length));
      const pad = (r: Inline[][]) => [...r, ...Array.from({ length: width - r.length }, (): Inline[] => [])];
      return html`<table class="table">${b.head.length > 0
        ? html`<thead>${b.head.map((r) => html`<tr>${pad(r).map((c) => html`<th scope="col" class="table__header">${inlineHtml(c)}</th>`)}</tr>`)}</thead>`
        : ''}<tbody>${b.body.map((r) => html`<tr>${pad(r).map((c) => html`<td class="table__cell">${inlineHtml(c)}</td>`)}</tr>`)}</tbody></table>`;
    }
  }
}

/** EMA's Markdown as HTML: escaped text in paragraphs, lists, tables, bold, italics and safe links. */
export function renderMarkdown(source: string): SafeHtml {
  return html`${parseBlocks(source).map(blockHtml)}`;
}

function listText(list: List): string[] {
  return list.items.flatMap((it) => [inlineText(it.content), ...(it.children ? listText(it.children) : [])]);
}

/**
 * The words only: no markers, links as their text, table cells separated by "; ", one block per
 * line. `oneLine` joins everything with spaces (for a meta description).
 */
export function markdownToPlainText(source: string, options: { oneLine?: boolean } = {}): string {
  const lines = parseBlocks(source).flatMap((b): string[] => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return [inlineText(b.content)];
      case 'list':
        return listText(b.list);
      case 'table':
        return [...b.head, ...b.body].map((r) => r.map(inlineText).filter((c) => c !== '').join('; '));
    }
  });
  const clean = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
  return options.oneLine ? clean.join(' ') : clean.join('\n');
}

/** A description of at most `max` characters, cut at a word with an ellipsis. */
export function plainSummary(source: string, max: number): string {
  const text = markdownToPlainText(source, { oneLine: true });
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Cut where a word ends: at the cut itself if the next character is a space, else at the last space.
  const space = text.charAt(max - 1) === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
