/**
 * "Yes" and "no" in the 24 official languages of the EU and in Icelandic and Norwegian, as a
 * translated export of EMA's tables may write them in a flag column. Matching folds case and
 * accents ("SÌ", "si"), so the words are listed once, as spelt.
 *
 * AWAITS NATIVE REVIEW: these words were compiled from dictionaries, not checked by native
 * speakers. Only the plain answer words belong here; a word that means "yes" in one language
 * and anything else in another must not be added (the test checks no folded word is both).
 */
export interface YesNoWords {
  yes: readonly string[];
  no: readonly string[];
}

export const YES_NO_BY_LANGUAGE: Readonly<Record<string, YesNoWords>> = {
  bg: { yes: ['да'], no: ['не'] },
  cs: { yes: ['ano'], no: ['ne'] },
  da: { yes: ['ja'], no: ['nej'] },
  de: { yes: ['ja'], no: ['nein'] },
  el: { yes: ['ναι'], no: ['όχι'] },
  en: { yes: ['yes', 'y', 'true'], no: ['no', 'n', 'false'] },
  es: { yes: ['sí'], no: ['no'] },
  et: { yes: ['jah'], no: ['ei'] },
  fi: { yes: ['kyllä'], no: ['ei'] },
  fr: { yes: ['oui'], no: ['non'] },
  // Irish answers with the verb of the question: "tá"/"níl" (is/is not), and for the copula "is"/"ní"
  // ("is ea"/"ní hea" in full).
  ga: { yes: ['tá', 'is', 'is ea', 'sea'], no: ['níl', 'ní', 'ní hea'] },
  hr: { yes: ['da'], no: ['ne'] },
  hu: { yes: ['igen'], no: ['nem'] },
  is: { yes: ['já'], no: ['nei'] },
  it: { yes: ['sì'], no: ['no'] },
  lt: { yes: ['taip'], no: ['ne'] },
  lv: { yes: ['jā'], no: ['nē'] },
  mt: { yes: ['iva'], no: ['le'] },
  nl: { yes: ['ja'], no: ['nee'] },
  no: { yes: ['ja'], no: ['nei'] },
  pl: { yes: ['tak'], no: ['nie'] },
  pt: { yes: ['sim'], no: ['não'] },
  ro: { yes: ['da'], no: ['nu'] },
  sk: { yes: ['áno'], no: ['nie'] },
  sl: { yes: ['da'], no: ['ne'] },
  sv: { yes: ['ja'], no: ['nej'] },
};

/**
 * Marks that stand for "yes" in a column of ticks; in such a column an empty cell means "no"
 * (decided per column by the caller, since one empty cell alone says nothing). Crosses such as
 * "✗" are left out: some tables tick with them, others mean "no" by them.
 */
export const YES_MARKS: readonly string[] = ['x', '✓', '✔', '☑', '☒'];
