/**
 * Splitting a cell that lists several values. Semicolons, vertical bars, line breaks and bullets
 * always separate. Commas separate only where the caller says they can (codes such as ATC): in
 * columns of names they belong to the values themselves ("Carcinoma, Non-Small-Cell Lung",
 * "Calves, newborn", "Merck Sharp & Dohme, LLC"). A comma inside brackets never separates
 * ("Pigs (sows, gilts)").
 */

export interface ListOptions {
  commas: boolean;
}

const ALWAYS = new Set([';', '|', '\n', '\r', '•', '·', '▪']);

export function splitList(text: string, options: ListOptions): string[] {
  const items: string[] = [];
  let current = '';
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    if (ALWAYS.has(c) || (options.commas && c === ',' && depth === 0)) {
      items.push(current);
      current = '';
      // A bracket left open would swallow every later separator; it ends with its item.
      depth = 0;
    } else {
      current += c;
    }
  }
  items.push(current);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const clean = item.replace(/\s+/g, ' ').trim();
    if (clean === '' || seen.has(clean)) continue;
    seen.add(clean);
    out.push(clean);
  }
  return out;
}
