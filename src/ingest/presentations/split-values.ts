/** Dividing a value docling ran together from several cells back into the cells' values. */

/**
 * Splits a cell into k values when docling ran k cells together: the same value k times, or k
 * values each starting like the first one or with a count ("42 tablets 84 tablets").
 */
export function splitValues(text: string, k: number): string[] | null {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length < k) return null;
  if (tokens.length % k === 0) {
    const n = tokens.length / k;
    const parts = Array.from({ length: k }, (_, i) => tokens.slice(i * n, (i + 1) * n).join(' '));
    if (parts.every((p) => p === parts[0])) return parts;
  }
  const first = tokens[0]!.toLowerCase();
  const startsLikeFirst = (t: string) => t.toLowerCase() === first;
  const startsWithCount = (t: string, i: number) => /^\d[\d.,]*$/.test(t) && !/^(?:x|×|\+|\(.*|\/|and|of)$/i.test(tokens[i - 1] ?? '');
  // "blister (PVC/alu) bottle (HDPE)": a word after a closing bracket starts the next value.
  // Only for values that start with a word, or "10 (2 x 5) pre-filled pens" would be two.
  const startsWithWord = /^\p{L}/u.test(tokens[0]!);
  const startsAfterBracket = (t: string, i: number) =>
    startsLikeFirst(t) || (startsWithWord && i > 0 && /^\p{L}/u.test(t) && /\)$/.test(tokens[i - 1]!));
  for (const isStart of [startsLikeFirst, startsWithCount, startsAfterBracket]) {
    const starts = tokens.flatMap((t, i) => (isStart(t, i) ? [i] : []));
    if (starts.length === k && starts[0] === 0) {
      return starts.map((s, i) => tokens.slice(s, starts[i + 1] ?? tokens.length).join(' '));
    }
  }
  return null;
}
