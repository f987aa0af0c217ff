/**
 * The one way interface text is organised. Each catalogue lives in `src/i18n/catalogues/<name>/`:
 * `en.ts` exports the English text and the type every other language is typed against (so a
 * missing key fails the type check), one `<code>.ts` per language, and `index.ts`, which registers
 * them all with `defineCatalogue`. Catalogues hold text only: `{name}` placeholders, plural
 * messages keyed by `Intl.PluralRules` categories, never data (names, EMA's text, identifiers).
 *
 * This layer sits below the features: a catalogue may import types from `src/domain`, never from
 * `src/features`, and features read text only from here, never from each other.
 */
import type { LanguageCode } from '../domain/languages.ts';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type PluralMessage = { readonly [K in Exclude<PluralCategory, 'other'>]?: string } & { readonly other: string };

/** English is required: it is what a language without its own translation falls back to. */
export type Translations<T> = { readonly en: T } & { readonly [L in Exclude<LanguageCode, 'en'>]?: T };

export interface Catalogue<T> {
  /** The folder under `src/i18n/catalogues/` the catalogue lives in. */
  readonly name: string;
  readonly english: T;
  /** The languages that have their own translation, English included. */
  readonly languages: readonly LanguageCode[];
  /** The text for `lang`: its own translation, or English where it has none. */
  get(lang: LanguageCode): T;
  /** Whether `lang` has its own translation rather than falling back to English. */
  has(lang: LanguageCode): boolean;
}

const registry = new Map<string, Catalogue<unknown>>();

export function defineCatalogue<T>(name: string, translations: Translations<T>): Catalogue<T> {
  if (registry.has(name)) throw new Error(`Two catalogues are named "${name}"`);
  const own = translations as Readonly<Partial<Record<LanguageCode, T>>>;
  const languages = (Object.keys(own) as LanguageCode[]).filter((lang) => own[lang] !== undefined);
  const catalogue: Catalogue<T> = {
    name,
    english: translations.en,
    languages,
    get: (lang) => own[lang] ?? translations.en,
    has: (lang) => own[lang] !== undefined,
  };
  registry.set(name, catalogue);
  return catalogue;
}

/** Every catalogue defined so far, for the tests that check them all (each is defined when its `index.ts` is imported). */
export function registeredCatalogues(): readonly Catalogue<unknown>[] {
  return [...registry.values()];
}
