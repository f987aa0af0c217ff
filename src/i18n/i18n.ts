/**
 * What every page template receives: the page language, its message catalogue, the current path
 * (for the language switcher) and formatters bound to the language. Formatting goes through `Intl`
 * so dates, numbers and plurals follow each language's conventions without hand-written rules.
 */
import { ENDONYMS, type LanguageCode } from '../domain/languages.ts';
import { fileSizeUnits } from './file-size-units.ts';
import { html, type HtmlValue, type SafeHtml } from '../http/html.ts';
import { PLAIN_ASSETS, type AssetManifest } from '../http/assets.ts';
import type { PluralMessage } from './catalogue.ts';
import { siteCatalogue, type Messages } from './catalogues/site/index.ts';

export type { PluralMessage } from './catalogue.ts';
export type { Messages } from './catalogues/site/index.ts';

export function getMessages(lang: LanguageCode): Messages {
  return siteCatalogue.get(lang);
}

/** The language the interface text of a page in `lang` is actually written in. */
export function catalogueLanguage(lang: LanguageCode): LanguageCode {
  return siteCatalogue.has(lang) ? lang : 'en';
}

/**
 * The locale `Intl` formats each language with. Most codes are locales already; English uses
 * British conventions ("6 January 2022") as EMA does, Portuguese the European variant, and `no`
 * (EMA's code) is Norwegian Bokmål, the written standard of EMA's Norwegian documents.
 */
const LOCALES: Partial<Record<LanguageCode, string>> = { en: 'en-GB', pt: 'pt-PT', no: 'nb' };

export function localeOf(lang: LanguageCode): string {
  return LOCALES[lang] ?? lang;
}

export type Vars = Readonly<Record<string, string | number>>;

export interface Formatters {
  /** An ISO date (`2022-01-06`) in the language's long form ("6 January 2022"); unparsable input is returned as is. */
  date(iso: string): string;
  number(n: number): string;
  /** "136.1 KB" (binary multiples, as EMA's pages print sizes), with the language's decimal separator. */
  fileSize(bytes: number): string;
  /**
   * Picks the plural form for `count` and fills `{count}` (formatted) and any other `vars`; a
   * `count` in `vars` replaces the formatted number (to keep the placeholder for markup, say).
   */
  plural(message: PluralMessage, count: number, vars?: Vars): string;
  /** Fills `{name}` placeholders; numbers are formatted for the language. Unknown placeholders are left visible. */
  interpolate(message: string, vars: Vars): string;
  /** A language's name in the language of the page's catalogue ("Swedish" on an English page), for running text. */
  languageName(code: LanguageCode): string;
}

export interface PageContext {
  lang: LanguageCode;
  t: Messages;
  /** The current path after the `/<lang>` prefix (`/medicines/human/EPAR/lumykras`, or `` for the home page). */
  path: string;
  format: Formatters;
  /** Addresses of stylesheets, scripts and fonts, content-hashed by the app (src/http/assets.ts). */
  assets: AssetManifest;
  /**
   * The public origin (`https://openepar.example`, config `PUBLIC_BASE_URL`) that absolute links
   * start with (hreflang, canonical, Open Graph, structured data); empty in template tests, whose
   * pages then carry none of those rather than relative ones, which are invalid there.
   */
  baseUrl: string;
}

/** `assets` is the app's manifest; template tests and pages rendered outside an app use the plain addresses. */
export function createPageContext(lang: LanguageCode, path: string, assets: AssetManifest = PLAIN_ASSETS, baseUrl = ''): PageContext {
  return { lang, t: getMessages(lang), path, format: formattersFor(lang), assets, baseUrl };
}

const PLACEHOLDER = /\{(\w+)\}/g;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

// Intl constructors are slow compared with formatting; a page formats dozens of dates and sizes.
const cache = new Map<LanguageCode, Formatters>();

export function formattersFor(lang: LanguageCode): Formatters {
  const cached = cache.get(lang);
  if (cached) return cached;

  const locale = localeOf(lang);
  // Dates are calendar dates with no time zone; formatting them in UTC keeps the day from shifting.
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale);
  const sizes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const plurals = new Intl.PluralRules(locale);
  // Language names sit inside catalogue sentences, so they follow the catalogue actually used
  // (English until a language has its own), not the page language.
  const languageNames = new Intl.DisplayNames([localeOf(catalogueLanguage(lang))], { type: 'language', fallback: 'none' });
  const units = fileSizeUnits(lang);

  const interpolate = (message: string, vars: Vars): string =>
    message.replace(PLACEHOLDER, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });

  // A medicine page prints the same few dozen dates again and again (each procedure, document
  // and language version), and formatting one costs more than looking it up. Bounded: a date
  // not seen among the last few thousand is formatted afresh.
  const formattedDates = new Map<string, string>();
  const formatters: Formatters = {
    date(iso) {
      const known = formattedDates.get(iso);
      if (known !== undefined) return known;
      const m = ISO_DATE.exec(iso);
      if (!m) return iso;
      const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      const formatted = Number.isNaN(time) ? iso : dates.format(time);
      if (formattedDates.size >= 5000) formattedDates.clear();
      formattedDates.set(iso, formatted);
      return formatted;
    },
    number: (n) => numbers.format(n),
    fileSize(bytes) {
      let size = Math.max(0, bytes);
      let unit = 0;
      while (size >= 1024 && unit < units.length - 1) {
        size /= 1024;
        unit++;
      }
      // Whole bytes never need a decimal; rounding 1023.96 KB up must not print "1024 KB".
      if (unit < units.length - 1 && Math.round(size * 10) / 10 >= 1024) {
        size /= 1024;
        unit++;
      }
      return `${sizes.format(unit === 0 ? Math.round(size) : size)} ${units[unit]!}`;
    },
    plural(message, count, vars = {}) {
      const form = message[plurals.select(count)] ?? message.other;
      return interpolate(form, { count, ...vars });
    },
    interpolate,
    languageName: (code) => languageNames.of(code) ?? ENDONYMS[code],
  };
  cache.set(lang, formatters);
  return formatters;
}

/**
 * Fills placeholders with markup (a link, a `<time>`) while escaping the message itself, so a
 * translation can place the link wherever its grammar needs it.
 */
export function interpolateHtml(message: string, vars: Readonly<Record<string, HtmlValue>>): SafeHtml {
  const parts: HtmlValue[] = [];
  let last = 0;
  for (const m of message.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    if (!(name in vars)) continue;
    parts.push(message.slice(last, m.index), vars[name]);
    last = m.index + m[0].length;
  }
  parts.push(message.slice(last));
  return html`${parts}`;
}

/**
 * Splits a message around one placeholder, for markup that shows only part of a sentence (the rest
 * being visually hidden): `splitMessage('View {title} in {language}', 'language', vars)`.
 */
export function splitMessage(message: string, name: string, vars: Vars = {}): [before: string, after: string] {
  const marker = `{${name}}`;
  const at = message.indexOf(marker);
  const fill = (s: string) => s.replace(PLACEHOLDER, (whole, key: string) => String(vars[key] ?? whole));
  if (at < 0) return [fill(message), ''];
  return [fill(message.slice(0, at)), fill(message.slice(at + marker.length))];
}
