/** Small, valid PDFs written by hand, for tests that need real PDF input without shipping files. */

export interface Run {
  text: string;
  x: number;
  y: number;
  size?: number;
  /** Degrees; EMA's "no longer authorised" watermark runs diagonally. */
  rotate?: number;
}

/**
 * Writes a PDF by hand: one Helvetica font (WinAnsi, so Latin-1 letters such as æ ø å ñ á are
 * single bytes), one content stream per page with the runs in the order given, and an xref
 * table whose offsets are computed, not hard-coded.
 *
 * Runs in other scripts (Greek, Cyrillic) use a second font whose one-byte codes a ToUnicode
 * map turns into their letters (at most 220 distinct characters per document). It carries no
 * Greek or Cyrillic glyphs, so a viewer shows boxes, but the text layer, which is what a
 * parser reads, is exact: enough for tests of text extraction, not for looking at.
 */
export function buildPdf(pages: Run[][], opts: { encrypt?: string; title?: string; modified?: string } = {}): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const codes = new Map<string, number>();
  for (const run of pages.flat()) {
    if (!needsUnicodeFont(run.text)) continue;
    for (const c of run.text) if (!codes.has(c)) codes.set(c, c === ' ' ? 32 : 33 + codes.size - (codes.has(' ') ? 1 : 0));
  }
  if (codes.size > 220) throw new Error('buildPdf: more than 220 distinct characters outside Latin-1');
  let fonts = '/F1 3 0 R';
  if (codes.size > 0) {
    const entries = [...codes].map(([c, code]) => `<${code.toString(16).padStart(2, '0')}> <${[...c].map((u) => u.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}>`);
    const chunks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) chunks.push(`${entries.slice(i, i + 100).length} beginbfchar\n${entries.slice(i, i + 100).join('\n')}\nendbfchar`);
    const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n${chunks.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
    objects.push(`<< /Length ${Buffer.byteLength(cmap, 'latin1')} >>\nstream\n${cmap}\nendstream`);
    const cmapId = objects.length;
    objects.push(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 255 /Widths [${Array.from({ length: 224 }, () => '556').join(' ')}] /ToUnicode ${cmapId} 0 R >>`);
    fonts += ` /F2 ${objects.length} 0 R`;
  }
  const kids: number[] = [];
  for (const runs of pages) {
    const stream = runs.map((run) => (codes.size > 0 && needsUnicodeFont(run.text) ? showCoded(run, codes) : showText(run))).join('\n');
    objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    const contentId = objects.length;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << ${fonts} >> >> /Contents ${contentId} 0 R >>`);
    kids.push(objects.length);
  }
  let info = '';
  if (opts.title || opts.modified) {
    objects.push(`<< ${opts.title ? `/Title (${opts.title.replace(/[\\()]/g, (c) => `\\${c}`)})` : ''} ${opts.modified ? `/ModDate (D:${opts.modified.replace(/-/g, '')}000000Z)` : ''} >>`);
    info = ` /Info ${objects.length} 0 R`;
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let trailerExtra = '';
  if (opts.encrypt) {
    objects.push(opts.encrypt);
    trailerExtra = ` /Encrypt ${objects.length} 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`;
  }

  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info}${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function showText(run: Run): string {
  const size = run.size ?? 10;
  // WinAnsi is Latin-1 plus a few typographic marks; the bullet is one of them.
  const escaped = run.text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/•/g, '\x95');
  const angle = ((run.rotate ?? 0) * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)].map((v) => v.toFixed(4));
  return `BT /F1 ${size} Tf ${cos} ${sin} ${-Number(sin)} ${cos} ${run.x} ${run.y} Tm (${escaped}) Tj ET`;
}

function needsUnicodeFont(text: string): boolean {
  return /[^\u0000-\u00ff•]/u.test(text);
}

function showCoded(run: Run, codes: Map<string, number>): string {
  const size = run.size ?? 10;
  const bytes = [...run.text].map((c) => `\\${codes.get(c)!.toString(8).padStart(3, '0')}`).join('');
  return `BT /F2 ${size} Tf 1 0 0 1 ${run.x} ${run.y} Tm (${bytes}) Tj ET`;
}

/** Body lines 12 points apart, as a 10-point font sets them. */
export function lines(texts: string[], top = 780, pitch = 12): Run[] {
  return texts.map((text, i) => ({ text, x: 72, y: top - i * pitch }));
}

