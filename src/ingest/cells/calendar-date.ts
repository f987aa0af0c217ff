/**
 * Reading one calendar date out of a text cell, wherever it sits among separators, a time of
 * day or a weekday: `", , 02/07/2018, ,"`, `02/07/2018 00:00`, `Mon, 02.07.2018 - 09:30`,
 * `2018-07-02`, `2 July 2018`, `July 2nd, 2018`. Numeric dates are day first (dd/mm/yyyy), as
 * EMA writes them; years must have four digits.
 *
 * What would need a guess is unreadable instead: a day-first reading that is no date
 * (`07/31/2018`), a two-digit year, two different dates in one cell, a month without a day,
 * or words or numbers besides the date.
 */
import { cellValue, isBlankCell, unreadable, type CellResult } from './cell-result.ts';

/** ISO 8601 calendar date, `2018-07-02`. */
export type IsoDate = string;

/** EMA's seat, Amsterdam: the time zone its date-times are wall-clock readings in. */
export const EMA_TIME_ZONE = 'Europe/Amsterdam';

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

export function calendarDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date an instant falls on in `timeZone`. */
export function zonedCalendarDate(instant: Date, timeZone: string = EMA_TIME_ZONE): IsoDate {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zoneFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
const monthNumber = (name: string) => MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;

interface Pattern {
  re: RegExp;
  read: (m: RegExpMatchArray) => IsoDate | { unreadable: string };
}

const invalid = (m: RegExpMatchArray, why: string) => ({ unreadable: `"${m[0].trim()}" ${why}` });
const orInvalid = (iso: IsoDate | null, m: RegExpMatchArray, why = 'is not a valid date') => iso ?? invalid(m, why);

// In order: each match is taken out of the text before the next pattern looks, so "2018-07-02"
// is not also read as a day-first date and a time zone is not left over as a number.
const PATTERNS: Pattern[] = [
  {
    // An instant with its offset ("2018-07-01T22:00:00Z"): the date it is in Amsterdam.
    re: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})(?![\w:])/gi,
    read: (m) => {
      const day = calendarDate(+m[1]!, +m[2]!, +m[3]!);
      if (!day) return invalid(m, 'is not a valid date');
      const offset = m[7]!.toUpperCase() === 'Z' ? 'Z' : m[7]!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
      const instant = new Date(`${day}T${m[4]!.padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}${offset}`);
      return Number.isNaN(instant.getTime()) ? invalid(m, 'is not a valid date-time') : zonedCalendarDate(instant);
    },
  },
  // Year first: ISO "2018-07-02" (a time without an offset is a wall-clock reading: the date is
  // as written), also with slashes or dots.
  {
    re: /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?![\d:])/gi,
    read: (m) => orInvalid(calendarDate(+m[1]!, +m[3]!, +m[4]!), m),
  },
  // Day first, as EMA writes: "02/07/2018", "2.7.2018", "02-07-2018".
  {
    re: /(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/g,
    read: (m) => orInvalid(calendarDate(+m[4]!, +m[3]!, +m[1]!), m, 'is not a day-first date (dd/mm/yyyy)'),
  },
  // "2 July 2018", "02-Jul-2018", "2nd of July, 2018".
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})${ORDINAL}(?:\\s*-\\s*|\\s+of\\s+|\\s*)${MONTH_NAME}(?:\\s*-\\s*|\\s*,?\\s*)(\\d{4})(?!\\d)`, 'gi'),
    read: (m) => orInvalid(calendarDate(+m[3]!, monthNumber(m[2]!), +m[1]!), m),
  },
  // "July 2, 2018", "Jul 2nd 2018".
  {
    re: new RegExp(`\\b${MONTH_NAME}\\s*(\\d{1,2})${ORDINAL}\\s*,?\\s*(\\d{4})(?!\\d)`, 'gi'),
    read: (m) => orInvalid(calendarDate(+m[3]!, monthNumber(m[1]!), +m[2]!), m),
  },
  // A two-digit year cannot say its century without a guess.
  { re: /(?<!\d)\d{1,2}([-/.])\d{1,2}\1\d{2}(?![\d/.-])/g, read: (m) => invalid(m, 'has a two-digit year') },
];

// Taken out once the dates are: times of day, time zones, weekdays, and the words that join them.
const NOISE = [
  /(?<!\d)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?(?!\d)/gi,
  /\b(?:utc|gmt|cet|cest|z)\b/gi,
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?/gi,
  /\b(?:at|on)\b/gi,
];

/** Words that say the cell is deliberately empty. */
const EMPTY_WORDS = /^(?:n\/?a|none|not applicable)$/i;

export function readDateText(input: string): CellResult<IsoDate> {
  const text = input.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (isBlankCell(text) || EMPTY_WORDS.test(text)) return cellValue(null);
  let rest = text;
  const found = new Set<IsoDate>();
  for (const { re, read } of PATTERNS) {
    for (const m of rest.matchAll(re)) {
      const r = read(m);
      if (typeof r !== 'string') return unreadable(r.unreadable);
      found.add(r);
    }
    rest = rest.replace(re, ' ');
  }
  for (const n of NOISE) rest = rest.replace(n, ' ');
  const left = rest.replace(/[\s\p{P}\p{Z}\p{Sm}\p{Sk}]+/gu, ' ').trim();
  if (found.size > 1) return unreadable(`"${text}" holds ${found.size} different dates (${[...found].join(', ')})`);
  if (left !== '') {
    if (new RegExp(`^${MONTH_NAME}`, 'i').test(left)) return unreadable(`"${text}" has a month without a day`);
    return unreadable(`"${text}" is not a date (expected dd/mm/yyyy)${found.size === 1 ? `: "${left}" besides the date` : ''}`);
  }
  const [date] = found;
  return date === undefined ? cellValue(null) : cellValue(date);
}
