/**
 * The symbols for bytes and their binary multiples that each language writes after a file size.
 * They are locale data, not sentences to translate, so they live in one table instead of in every
 * catalogue: most languages write B, KB, MB, GB; those that differ are listed.
 */
import type { LanguageCode } from '../domain/languages.ts';

/** Bytes, kilobytes, megabytes, gigabytes: one symbol per step of 1,024. */
export type FileSizeUnits = readonly [string, string, string, string];

const COMMON: FileSizeUnits = ['B', 'KB', 'MB', 'GB'];
// The SI prefix in lower case, as these languages' typography has it.
const SI_KILO: FileSizeUnits = ['B', 'kB', 'MB', 'GB'];

const BY_LANGUAGE: Partial<Record<LanguageCode, FileSizeUnits>> = {
  bg: ['Б', 'КБ', 'МБ', 'ГБ'],
  fi: ['t', 'kt', 'Mt', 'Gt'],
  fr: ['o', 'Ko', 'Mo', 'Go'],
  cs: SI_KILO,
  is: SI_KILO,
  no: SI_KILO,
  pt: SI_KILO,
  ro: SI_KILO,
  sk: SI_KILO,
  sl: SI_KILO,
  sv: SI_KILO,
};

export function fileSizeUnits(lang: LanguageCode): FileSizeUnits {
  return BY_LANGUAGE[lang] ?? COMMON;
}
