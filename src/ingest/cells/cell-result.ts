/**
 * What a lenient cell reader returns. `value: null` is an empty cell (the source says nothing);
 * `ok: false` is a cell with something in it that cannot be read without guessing, which the
 * importer reports as a warning and leaves to other sources.
 */
export type CellResult<T> = { ok: true; value: T | null } | { ok: false; message: string };

export const cellValue = <T>(value: T | null): CellResult<T> => ({ ok: true, value });
export const unreadable = <T = never>(message: string): CellResult<T> => ({ ok: false, message });

/** Lower case without accents or other combining marks: "Sì", "SI" and "si" are one word. */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a cell holds nothing but blanks and separators (", , ,", "-", "–", "|"). */
export function isBlankCell(s: string): boolean {
  return /^[\s\p{P}\p{Z}\p{Sm}\p{Sk}]*$/u.test(s);
}
