/**
 * Reading a yes/no cell whatever language or form it comes in: the words of every EU language
 * (`yes-no-vocabulary.ts`), true/false, 1/0, booleans, and tick marks, in any case, with or
 * without accents, with stray punctuation or quotes around them ("Yes.", "'Sì'", " (no) ").
 */
import { cellValue, foldText, isBlankCell, unreadable, type CellResult } from './cell-result.ts';
import { YES_MARKS, YES_NO_BY_LANGUAGE } from './yes-no-vocabulary.ts';

function buildLookup(): Map<string, boolean> {
  const lookup = new Map<string, boolean>();
  const add = (word: string, meaning: boolean) => {
    const key = foldText(word);
    if (lookup.has(key) && lookup.get(key) !== meaning) throw new Error(`"${word}" means both yes and no in the vocabulary`);
    lookup.set(key, meaning);
  };
  for (const { yes, no } of Object.values(YES_NO_BY_LANGUAGE)) {
    for (const w of yes) add(w, true);
    for (const w of no) add(w, false);
  }
  for (const mark of YES_MARKS) add(mark, true);
  add('1', true);
  add('0', false);
  return lookup;
}

const LOOKUP = buildLookup();

/** The cell's text folded for lookup: surrounding punctuation, quotes and blanks dropped, inner blanks collapsed. */
export function yesNoKey(text: string): string {
  return foldText(text)
    .replace(/^[\s\p{P}\p{Z}\p{Sm}\p{Sk}]+|[\s\p{P}\p{Z}\p{Sm}\p{Sk}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** Whether the text is a tick mark ("x", "✓"): such columns mean "no" by an empty cell. */
export function isYesMark(text: string): boolean {
  return YES_MARKS.includes(yesNoKey(text));
}

export function readYesNo(cell: unknown): CellResult<boolean> {
  if (cell === null || cell === undefined) return cellValue(null);
  if (typeof cell === 'boolean') return cellValue(cell);
  if (typeof cell === 'number') {
    if (cell === 1 || cell === 0) return cellValue(cell === 1);
    return unreadable(`${cell} is not yes or no`);
  }
  if (typeof cell !== 'string') return unreadable(`"${String(cell)}" is not yes or no`);
  if (isBlankCell(cell)) return cellValue(null);
  const key = yesNoKey(cell);
  // "1.0" is how some exports write the number 1.
  const numeric = /^[01](?:[.,]0+)?$/.test(key) ? key.charAt(0) : key;
  const meaning = LOOKUP.get(numeric);
  if (meaning === undefined) return unreadable(`"${cell.trim()}" is not yes or no`);
  return cellValue(meaning);
}
