/**
 * Values EMA writes in words, read the same way from its pages and its tables: the ATC code
 * field ("L01XX73", "Not yet assigned", a misprint) and the committee's opinion ("Positive",
 * "Negative"). EMA publishes in English, but translated exports of its tables exist, so the
 * words are recognised in the 24 official EU languages, Icelandic and Norwegian; matching folds
 * case and accents. Whatever is not recognised is kept as printed, never dropped or corrected.
 *
 * AWAITS NATIVE REVIEW: the translations were compiled from EU terminology and dictionaries,
 * not checked by native speakers.
 */
import { parseAtcCode, type AtcCode } from '../domain/identifiers.ts';
import type { OpinionStatus } from '../domain/medicine.ts';

/** Lower case without accents or other marks, one space between words, no trailing full stop. */
export function foldWords(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s.:;,]+$/, '')
    .trim();
}

/** "(ATC code) not yet assigned" and "not assigned", per language, folded. */
const NOT_YET_ASSIGNED_WORDS: Readonly<Record<string, readonly string[]>> = {
  bg: ['все още не е определен', 'все още не е определено', 'не е определен', 'все още не е присвоен', 'не е присвоен'],
  cs: ['dosud neprirazen', 'dosud neprirazeno', 'zatim neprirazeno', 'neprirazeno', 'neprirazen', 'zatim neprideleno', 'neprideleno'],
  da: ['endnu ikke tildelt', 'ikke tildelt endnu', 'ikke tildelt'],
  de: ['noch nicht zugewiesen', 'nicht zugewiesen', 'noch nicht zugeteilt', 'nicht zugeteilt', 'noch nicht vergeben', 'noch nicht festgelegt'],
  el: ['δεν εχει ακομη αποδοθει', 'δεν εχει αποδοθει', 'δεν εχει ακομη εκχωρηθει', 'δεν εχει εκχωρηθει'],
  en: ['not yet assigned', 'not assigned yet', 'not assigned', 'yet to be assigned', 'pending', 'pending assignment'],
  es: ['aun no asignado', 'todavia no asignado', 'no asignado', 'pendiente de asignacion'],
  et: ['veel maaramata', 'maaramata', 'veel maaratud ei ole'],
  fi: ['ei viela maaritetty', 'ei maaritetty', 'ei viela annettu', 'ei viela myonnetty'],
  fr: ['pas encore attribue', 'non encore attribue', 'non attribue', 'pas encore assigne', 'non assigne', 'en attente d’attribution'],
  ga: ['nil se sannta fos', 'gan sannadh fos', 'gan sannadh'],
  hr: ['jos nije dodijeljen', 'jos nije dodijeljeno', 'nije dodijeljen', 'nije dodijeljeno'],
  hu: ['meg nincs hozzarendelve', 'nincs hozzarendelve', 'meg nem rendeltek hozza', 'meg nincs kiosztva'],
  is: ['ekki enn uthlutad', 'ekki uthlutad', 'ekki enn uthlutaður'],
  it: ['non ancora assegnato', 'non assegnato', 'non ancora attribuito', 'non attribuito'],
  lt: ['dar nepriskirtas', 'nepriskirtas', 'dar nepriskirta', 'nepriskirta'],
  lv: ['vel nav pieskirts', 'nav pieskirts', 'vel nav noteikts'],
  mt: ['ghadu mhux assenjat', 'mhux assenjat'],
  nl: ['nog niet toegekend', 'niet toegekend', 'nog niet toegewezen', 'niet toegewezen'],
  no: ['ennå ikke tildelt', 'ikke tildelt ennå', 'enna ikke tildelt', 'ikke tildelt enna', 'ikke tildelt'],
  pl: ['jeszcze nie przypisano', 'nie przypisano', 'jeszcze nie nadano', 'nie nadano', 'nieprzypisany'],
  pt: ['ainda nao atribuido', 'nao atribuido', 'ainda nao atribuida', 'nao atribuida'],
  ro: ['inca neatribuit', 'neatribuit', 'nu a fost inca atribuit', 'nu a fost atribuit'],
  sk: ['zatial nepridelene', 'zatial neprideleny', 'nepridelene', 'neprideleny', 'este nepridelene'],
  sl: ['se ni dodeljena', 'ni dodeljena', 'se ni dodeljen', 'ni dodeljen', 'se ni dodeljeno', 'ni dodeljeno'],
  sv: ['annu inte tilldelad', 'inte tilldelad annu', 'inte tilldelad', 'ej tilldelad', 'annu ej tilldelad'],
};

const NOT_YET_ASSIGNED = new Set(Object.values(NOT_YET_ASSIGNED_WORDS).flat().map(foldWords));

/** Whether the text says, in any EU language, that no ATC code has been assigned yet. */
export function isAtcNotYetAssigned(text: string): boolean {
  return NOT_YET_ASSIGNED.has(foldWords(text));
}

export interface AtcReading {
  /** Well-formed codes, in the order given, without repeats. */
  codes: AtcCode[];
  /** Anything else given where a code belongs, exactly as printed ("LX1XX02", "VO4D"). */
  malformed: string[];
  /** Whether the source said the code is not yet assigned. */
  notYetAssigned: boolean;
}

/**
 * Reads the ATC field's values (one per line or list item, each possibly holding several codes
 * separated by blanks, commas, semicolons, slashes or "and"). Codes are only upper-cased; a
 * misprint is never turned into the code it might have meant ("VO4D" stays "VO4D", not V04D).
 */
export function readAtcCodes(values: readonly string[]): AtcReading {
  const out: AtcReading = { codes: [], malformed: [], notYetAssigned: false };
  for (const value of values) {
    const text = value.trim();
    if (!text) continue;
    if (isAtcNotYetAssigned(text)) {
      out.notYetAssigned = true;
      continue;
    }
    const tokens = text.split(/[\s,;/]+|\band\b/).filter((t) => t && !/^[-–—.]+$/.test(t));
    // A phrase that is not a list of codes ("N/A", "under evaluation") is one value, kept whole.
    const looksLikeCodes = tokens.every((t) => /^[A-Za-z0-9]+$/.test(t)) && tokens.some((t) => /\d/.test(t));
    for (const token of looksLikeCodes ? tokens : [text]) {
      const parsed = parseAtcCode(token);
      if (parsed.ok) {
        if (!out.codes.includes(parsed.value)) out.codes.push(parsed.value);
      } else if (!out.malformed.includes(token)) {
        out.malformed.push(token);
      }
    }
  }
  return out;
}

/** "Positive"/"Negative" opinion, per language, folded; adjectives in the genders an opinion may take. */
const OPINION_WORDS: Readonly<Record<string, Readonly<Record<OpinionStatus, readonly string[]>>>> = {
  bg: { positive: ['положително', 'положителна', 'положителен'], negative: ['отрицателно', 'отрицателна', 'отрицателен'] },
  cs: { positive: ['kladne', 'kladny', 'pozitivni'], negative: ['zaporne', 'zaporny', 'negativni'] },
  da: { positive: ['positiv', 'positivt'], negative: ['negativ', 'negativt'] },
  de: { positive: ['positiv', 'befurwortend'], negative: ['negativ', 'ablehnend'] },
  el: { positive: ['θετικη', 'θετικο', 'θετικος'], negative: ['αρνητικη', 'αρνητικο', 'αρνητικος'] },
  en: { positive: ['positive', 'favourable', 'favorable'], negative: ['negative', 'unfavourable', 'unfavorable'] },
  es: { positive: ['positivo', 'positiva', 'favorable'], negative: ['negativo', 'negativa', 'desfavorable'] },
  et: { positive: ['positiivne', 'pooldav'], negative: ['negatiivne', 'mittepooldav'] },
  fi: { positive: ['myonteinen', 'positiivinen'], negative: ['kielteinen', 'negatiivinen'] },
  fr: { positive: ['positif', 'positive', 'favorable'], negative: ['negatif', 'negative', 'defavorable'] },
  ga: { positive: ['dearfach'], negative: ['diultach'] },
  hr: { positive: ['pozitivno', 'pozitivan', 'pozitivna'], negative: ['negativno', 'negativan', 'negativna'] },
  hu: { positive: ['pozitiv', 'kedvezo'], negative: ['negativ', 'kedvezotlen'] },
  is: { positive: ['jakvætt', 'jakvæð', 'jakvæður'], negative: ['neikvætt', 'neikvæð', 'neikvæður'] },
  it: { positive: ['positivo', 'positiva', 'favorevole'], negative: ['negativo', 'negativa', 'sfavorevole'] },
  lt: { positive: ['teigiama', 'teigiamas'], negative: ['neigiama', 'neigiamas'] },
  lv: { positive: ['pozitivs', 'pozitiva', 'labvēligs'], negative: ['negativs', 'negativa', 'nelabvēligs'] },
  mt: { positive: ['pozittiv', 'pozittiva', 'favorevoli'], negative: ['negattiv', 'negattiva', 'mhux favorevoli'] },
  nl: { positive: ['positief', 'gunstig'], negative: ['negatief', 'ongunstig'] },
  no: { positive: ['positiv', 'positivt'], negative: ['negativ', 'negativt'] },
  pl: { positive: ['pozytywna', 'pozytywny', 'pozytywne'], negative: ['negatywna', 'negatywny', 'negatywne'] },
  pt: { positive: ['positivo', 'positiva', 'favoravel'], negative: ['negativo', 'negativa', 'desfavoravel'] },
  ro: { positive: ['pozitiv', 'pozitiva', 'favorabil', 'favorabila'], negative: ['negativ', 'negativa', 'nefavorabil', 'nefavorabila'] },
  sk: { positive: ['kladne', 'kladny', 'pozitivne'], negative: ['zaporne', 'zaporny', 'negativne'] },
  sl: { positive: ['pozitivno', 'pozitivna', 'pozitiven'], negative: ['negativno', 'negativna', 'negativen'] },
  sv: { positive: ['positivt', 'positiv', 'tillstyrkande'], negative: ['negativt', 'negativ', 'avstyrkande'] },
};

const OPINION_BY_WORD: ReadonlyMap<string, OpinionStatus> = new Map(
  Object.values(OPINION_WORDS).flatMap((words) =>
    (Object.entries(words) as [OpinionStatus, readonly string[]][]).flatMap(([status, list]) => list.map((w) => [foldWords(w), status] as const)),
  ),
);

/** `positive` or `negative` when the text says so in any EU language; null otherwise. */
export function recogniseOpinionStatus(text: string): OpinionStatus | null {
  return OPINION_BY_WORD.get(foldWords(text)) ?? null;
}

/** What to record of an opinion status: the recognised value, or the words as printed. */
export function readOpinionStatus(text: string | null | undefined): string | null {
  const t = text?.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  return recogniseOpinionStatus(t) ?? t;
}

/** The folded words of both vocabularies, for the test that no word means two things. */
export const VOCABULARY_FOR_TESTS = { NOT_YET_ASSIGNED_WORDS, OPINION_WORDS };
