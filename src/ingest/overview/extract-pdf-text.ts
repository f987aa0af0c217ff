/**
 * Text of a PDF, page by page, with its visual lines kept: EMA's overview parser recognises
 * headings and list items by where lines start and end, so the line structure is the product
 * here, not just the words. A larger-than-usual gap between two lines becomes a blank line, the
 * one trace of paragraph spacing a text layer keeps.
 *
 * Failures are thrown as `PdfTextError`, an ImportError naming the file, with a `kind` so an
 * importer can tell "EMA served an HTML error page" from "the download was cut short" from
 * "this one needs a password".
 */
import { getDocumentProxy } from 'unpdf';
import { ImportError } from '../../domain/errors.ts';

export type PdfTextErrorKind = 'empty_input' | 'not_a_pdf' | 'corrupt_pdf' | 'encrypted_pdf';

export class PdfTextError extends ImportError {
  readonly kind: PdfTextErrorKind;
  constructor(file: string, kind: PdfTextErrorKind, reason: string, options?: ErrorOptions) {
    super(file, reason, options);
    this.kind = kind;
  }
}

export interface PdfText {
  /** One string per page, lines separated by "\n", a blank line where the layout leaves a gap. */
  pages: string[];
}

/** The slice of pdf.js's `TextItem` used here (unpdf does not export the type). */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Placed {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const HEADER = '%PDF-';
// Readers accept the header anywhere in the first KiB (some servers prepend junk), so do we.
const HEADER_WINDOW = 1024;
// Writers may pad after %%EOF; a file without one near its end was cut short.
const EOF_WINDOW = 2048;
// pdf.js logs recoverable oddities to the console; only errors matter to an importer.
const PDFJS_ERRORS_ONLY = 0;

/** `file` names the PDF in errors. */
export async function extractPdfText(bytes: Uint8Array, file = 'PDF'): Promise<PdfText> {
  checkEnvelope(bytes, file);
  // pdf.js may transfer (detach) the buffer it is given; the caller keeps theirs.
  const data = bytes.slice();
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    doc = await getDocumentProxy(data, { verbosity: PDFJS_ERRORS_ONLY });
  } catch (error) {
    throw translate(error, file);
  }
  try {
    if (doc.numPages < 1) throw new PdfTextError(file, 'corrupt_pdf', 'the PDF has no pages');
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem & typeof item => 'str' in item);
      pages.push(layoutPage(items));
      page.cleanup();
    }
    return { pages };
  } catch (error) {
    throw translate(error, file);
  } finally {
    await doc.loadingTask.destroy();
  }
}

function checkEnvelope(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new PdfTextError(file, 'empty_input', 'the input is empty (0 bytes), not a PDF');
  const head = latin1(bytes.subarray(0, HEADER_WINDOW));
  if (!head.includes(HEADER)) {
    const looksHtml = /^\s*(?:<!doctype html|<html|<\?xml|<head|<body)/i.test(head);
    throw new PdfTextError(
      file,
      'not_a_pdf',
      looksHtml ? 'the input is an HTML/XML page, not a PDF (no %PDF- header)' : 'the input is not a PDF (no %PDF- header)',
    );
  }
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW)));
  if (!tail.includes('%%EOF')) {
    throw new PdfTextError(file, 'corrupt_pdf', `the PDF is truncated or corrupt (no %%EOF marker in its last ${EOF_WINDOW} bytes)`);
  }
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function translate(error: unknown, file: string): PdfTextError {
  if (error instanceof PdfTextError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new PdfTextError(file, 'encrypted_pdf', `the PDF is password-protected: ${message}`, { cause: error });
  }
  return new PdfTextError(file, 'corrupt_pdf', `the PDF cannot be read (${name || 'error'}: ${message})`, { cause: error });
}

/** Rebuilds a page's visual lines from positioned text items, top to bottom, left to right. */
function layoutPage(items: TextItem[]): string {
  const placed: Placed[] = [];
  for (const item of items) {
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    // Rotated text is a watermark or a margin note ("Medicinal product no longer authorised"),
    // never part of the reading flow.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) continue;
    if (item.str === '') continue;
    placed.push({ str: item.str, x: e, y: f, width: item.width, size: Math.abs(d) || item.height || 10 });
  }
  if (placed.length === 0) return '';

  // PDF's y axis points up; the content stream order is not reading order (footers often come first).
  placed.sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Placed[][] = [];
  for (const item of placed) {
    const line = lines.at(-1);
    const first = line?.[0];
    // Superscripts and mixed font sizes sit a little off the baseline of their own line.
    if (line && first && Math.abs(first.y - item.y) <= 0.45 * Math.max(first.size, item.size)) line.push(item);
    else lines.push([item]);
  }

  const texts = lines.map((line) => joinItems(line.sort((p, q) => p.x - q.x)));
  const baselines = lines.map((line) => line[0]!.y);
  const sizes = lines.map((line) => Math.max(...line.map((i) => i.size)));
  const pitch = typicalPitch(baselines, sizes);

  const out: string[] = [];
  texts.forEach((text, i) => {
    if (text.trim() === '') return;
    if (i > 0 && out.length > 0) {
      const gap = baselines[i - 1]! - baselines[i]!;
      const size = Math.max(sizes[i - 1]!, sizes[i]!);
      if (gap > Math.max(pitch * 1.4, size * 1.3)) out.push('');
    }
    out.push(text);
  });
  return out.join('\n');
}

/** The ordinary baseline-to-baseline distance on a page: the lower quartile of the gaps. */
function typicalPitch(baselines: number[], sizes: number[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < baselines.length; i++) {
    const gap = baselines[i - 1]! - baselines[i]!;
    if (gap > 0.5 * sizes[i]!) gaps.push(gap / sizes[i]!);
  }
  const median = sizes.slice().sort((p, q) => p - q)[Math.floor(sizes.length / 2)] ?? 10;
  if (gaps.length === 0) return median * 1.2;
  gaps.sort((p, q) => p - q);
  const ratio = Math.min(2, Math.max(0.9, gaps[Math.floor(gaps.length / 4)]!));
  return ratio * median;
}

function joinItems(line: Placed[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of line) {
    // Word emits bullets, tabs and justified words as separate items; a visible gap is a space.
    const gap = item.x - end;
    if (text !== '' && gap > 0.15 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = Math.max(end, item.x + item.width);
  }
  return normaliseText(text);
}

const LIGATURES: Readonly<Record<string, string>> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };
// Word's list bullets come out of Symbol and Wingdings fonts as private-use code points.
const SYMBOL_BULLETS: Readonly<Record<string, string>> = { '\uf0b7': '•', '\uf0a7': '▪' };

function normaliseText(text: string): string {
  return text
    .replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\uf0b7\uf0a7]/g, (c) => SYMBOL_BULLETS[c] ?? c)
    // A soft hyphen survives only at a line's end, where it tells the parser to join without a space.
    .replace(/\u00ad(?!$)/g, '')
    .replace(/[\t\u00a0\u2000-\u200b\u202f]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .normalize('NFC');
}
