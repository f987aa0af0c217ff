/**
 * Finding EU numbers (`EU/1/21/1603/001`) in docling's text, where OCR and EMA's own typing leave
 * slips that can be read without guessing:
 * - spaces anywhere (`E U/ 1 / 25 / 1982 / 00 4`, `EU/1/15/100 1/001`), a doubled slash
 *   (`EU/1/04/294//021`), a missing slash after EU (`EU1/13/850/004`);
 * - a segment printed without its leading zeros (`EU/1/00/129/01`, `EU/1/4/301/001`): the pack
 *   number has three digits and the year two, so `01` and `4` can only be `001` and `04`.
 * A candidate that is still not an EU number after that (`EU/1/1167/001`, a year missing) is
 * reported as bad, never completed.
 */
import { parseEuNumber, type EuNumber } from '../../domain/identifiers.ts';

/**
 * A row left out because its EU number is not one: the rest of the document is read all the
 * same, and the importer reports the row as a warning.
 */
export interface SkippedRow {
  /** The line of the Markdown file. */
  line: number;
  /** The number cell (or line of text) as printed. */
  value: string;
  /** Why the row was left out. */
  message: string;
}

export interface EuMatch {
  /** Offsets of the candidate in the text searched. */
  start: number;
  end: number;
  /** As printed, trimmed. */
  raw: string;
  /** The EU number, or null when the candidate is not one. */
  number: EuNumber | null;
  /** Set when the number was read through a slip: `"EU1/13/850/004" as EU/1/13/850/004`. */
  repaired: string | null;
  /** Set when the candidate is not an EU number. */
  bad: string | null;
}

// "E U/ 1 / 25 / 1982 / 00 4" too: OCR spaces anywhere, repaired below.
const CANDIDATE = /E ?U(?:[\s/]*\d)+(?:\s*-\s*\d+)?/gi;
const SHORT_SEGMENTS = /^EU\/([12])\/(\d{1,2})\/(\d{3,4})\/(\d{1,4})((?:-\d{1,4})?)$/;

/** Every EU number candidate in `text`, in order, each read or rejected. */
export function scanEuNumbers(text: string): EuMatch[] {
  const found: EuMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    // Split at each "EU" so that two numbers run together by docling stay two numbers.
    const pieces = m[0].split(/(?=E ?U)/i);
    let offset = m.index;
    for (const piece of pieces) {
      const start = offset + (piece.length - piece.trimStart().length);
      offset += piece.length;
      if (!/\d/.test(piece)) continue;
      const raw = piece.trim();
      found.push({ start, end: start + raw.length, raw, ...readCandidate(raw) });
    }
  }
  return found;
}

function readCandidate(raw: string): Pick<EuMatch, 'number' | 'repaired' | 'bad'> {
  const direct = parseEuNumber(raw.replace(/\s*\/\s*/g, '/'));
  if (direct.ok) return { number: direct.value, repaired: null, bad: null };
  const text = raw.replace(/\s+/g, '').replace(/\/{2,}/g, '/').replace(/^EU(?=\d)/i, 'EU/').toUpperCase();
  const repaired = parseEuNumber(text);
  if (repaired.ok) return { number: repaired.value, repaired: `"${raw}" as ${repaired.value}`, bad: null };
  const short = SHORT_SEGMENTS.exec(text);
  if (short) {
    const [, kind, year, product, pack, range] = short;
    const padded = parseEuNumber(`EU/${kind}/${year!.padStart(2, '0')}/${product}/${pack!.padStart(3, '0')}${range}`);
    if (padded.ok) return { number: padded.value, repaired: `"${raw}" as ${padded.value} (a segment printed without its leading zeros)`, bad: null };
  }
  return { number: null, repaired: null, bad: `"${raw}" is not an EU number (expected e.g. EU/1/21/1603/001)` };
}
