/**
 * How a published edit names its source in the history: the editors who wrote it, the publisher
 * who released it and, for a correction, an unpublication or an override of the two-person rule,
 * the reason given. Readers see it in the public history and the API, so it is one readable line
 * in a fixed form that `parseEditorialReference` reads back for the history page.
 */
export interface EditorialSignature {
  editors: readonly string[];
  publisher: string;
  reason: string | null;
}

const PREFIX = 'edited by ';

export function editorialReference(s: EditorialSignature): string {
  const clean = (text: string) => text.replace(/[\r\n;]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  const base = `${PREFIX}${s.editors.map(clean).join(', ')}; published by ${clean(s.publisher)}`;
  return s.reason?.trim() ? `${base}; reason: ${clean(s.reason)}` : base;
}

export function isEditorialReference(reference: string): boolean {
  return reference.startsWith(PREFIX);
}

export function parseEditorialReference(reference: string): EditorialSignature | null {
  const m = /^edited by (.*?); published by (.*?)(?:; reason: (.*))?$/s.exec(reference);
  if (!m) return null;
  return { editors: m[1]!.split(', ').filter(Boolean), publisher: m[2]!, reason: m[3] ?? null };
}
