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
 */
export function buildPdf(pages: Run[][], opts: { encrypt?: string } = {}): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const kids: number[] = [];
  for (const runs of pages) {
    const stream = runs.map(showText).join('\n');
    objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    const contentId = objects.length;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`);
    kids.push(objects.length);
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
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
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

/** Body lines 12 points apart, as a 10-point font sets them. */
export function lines(texts: string[], top = 780, pitch = 12): Run[] {
  return texts.map((text, i) => ({ text, x: 72, y: top - i * pitch }));
}

