/**
 * How far a reader's spelling may be from a name and still mean it. The allowance follows what
 * users of Algolia, Meilisearch and Typesense expect: no typo under five characters (too many
 * short names are one letter apart), one from five, two from nine.
 */
export function typosAllowed(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * The optimal-string-alignment distance between two words: letters inserted, deleted, replaced
 * or two neighbours swapped each count one ("sotroasib" is one typo from "sotorasib", where plain
 * Levenshtein says two). Counting stops past `max`, which is returned as `max + 1`, so checking a
 * long list of names against a query costs little more than their first letters. Code points,
 * not UTF-16 units, so a Greek or Cyrillic letter is one letter.
 */
export function typoDistance(a: string, b: string, max: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  // Three rows of the dynamic-programming table: two back (for swaps), one back and this one.
  let older = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, older[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [older, previous, current] = [previous, current, older];
  }
  return Math.min(previous[t.length]!, max + 1);
}

/**
 * The fewest typos between what was typed and a name: the whole name, or one word of it when
 * the reader typed one word ("maintna" means Abilify Maintena). `null` when beyond the allowance.
 */
export function typosFrom(typed: string, name: string): number | null {
  const allowed = typosAllowed(Array.from(typed).length);
  if (allowed === 0) return null;
  let best = typoDistance(typed, name, allowed);
  if (!typed.includes(' ')) {
    for (const word of name.split(' ')) if (word !== name) best = Math.min(best, typoDistance(typed, word, allowed));
  }
  return best <= allowed ? best : null;
}
