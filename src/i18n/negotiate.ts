/**
 * Picks the page language from a browser's Accept-Language header: RFC 4647 "lookup" over the
 * header's ranges in order of preference (q-values), each range truncated from the right
 * (`sv-FI` → `sv`) until it names a language we serve; English when nothing matches.
 */
import { isLanguageCode, type LanguageCode } from '../domain/languages.ts';

/** Browsers send `nb`/`nn` for Norwegian; EMA's code is `no`. */
const ALIASES: Readonly<Record<string, LanguageCode>> = { nb: 'no', nn: 'no' };

/**
 * Browsers send a handful of ranges, each a few characters long. The header is the client's to
 * write, though, and truncating subtags one by one is quadratic in a range's length: beyond these
 * bounds nothing could match a language served, so the rest is not read.
 */
const MAX_RANGES = 50;
const MAX_RANGE_LENGTH = 64;

export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',', MAX_RANGES)
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';', 4);
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { range: range.trim().slice(0, MAX_RANGE_LENGTH).toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.range !== '' && r.range !== '*' && r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((r) => r.range);
}

export function negotiateLanguage(header: string | undefined, fallback: LanguageCode = 'en'): LanguageCode {
  for (const range of parseAcceptLanguage(header)) {
    const subtags = range.split('-');
    while (subtags.length > 0) {
      const tag = subtags.join('-');
      const code = ALIASES[tag] ?? tag;
      if (isLanguageCode(code)) return code;
      subtags.pop();
      // RFC 4647 3.4: a single-letter subtag left at the end is dropped with the one after it.
      if (subtags.length > 1 && subtags.at(-1)!.length === 1) subtags.pop();
    }
  }
  return fallback;
}
