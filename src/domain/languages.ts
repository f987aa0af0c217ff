/**
 * The languages EMA publishes in: the 24 official EU languages, plus Icelandic and Norwegian
 * (product information only). Overviews exist in 23 of them (not ga, is, no).
 */
export const LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu',
  'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'is', 'no',
] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

/** Each language's name in itself, as EMA's language lists print it. */
export const ENDONYMS: Readonly<Record<LanguageCode, string>> = {
  bg: 'български', cs: 'čeština', da: 'dansk', de: 'Deutsch', el: 'ελληνικά', en: 'English',
  es: 'español', et: 'eesti keel', fi: 'suomi', fr: 'français', ga: 'Gaeilge', hr: 'hrvatski',
  hu: 'magyar', it: 'italiano', lt: 'lietuvių kalba', lv: 'latviešu valoda', mt: 'Malti',
  nl: 'Nederlands', pl: 'polski', pt: 'português', ro: 'română', sk: 'slovenčina',
  sl: 'slovenščina', sv: 'svenska', is: 'íslenska', no: 'norsk',
};

export function isLanguageCode(value: string): value is LanguageCode {
  return (LANGUAGES as readonly string[]).includes(value);
}
