/**
 * Query expansion by the search vocabulary: a disease typed in the reader's words ("Lungenkrebs",
 * "cancer du poumon") also searches for the English terms EMA's text uses for it, since EMA's
 * indications, therapeutic areas and most overviews are English only.
 */
import { LANGUAGES, type LanguageCode } from '../../domain/languages.ts';
import { CONCEPT_TERMS, searchVocabularyCatalogue, vocabularyPhrases, type Concept } from '../../i18n/catalogues/search-vocabulary/index.ts';

// unaccent folds these letters, which have no decomposition for String.normalize to take apart.
const FOLDED: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/**
 * What the database's `search_normalize` makes of a text (unaccent, lower case, every run of
 * other characters than letters and digits one space), so a phrase matches however it is typed.
 */
export function searchNormalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæøœłđðþıħ]/g, (c) => FOLDED[c]!)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Matcher {
  /** Normalised phrase → the concepts it names (one per language; several across languages). */
  concepts: Map<string, Concept[]>;
  longest: number;
}

function matcherOf(langs: readonly LanguageCode[]): Matcher {
  const concepts = new Map<string, Concept[]>();
  let longest = 1;
  for (const lang of langs) {
    for (const [concept, phrase] of vocabularyPhrases(searchVocabularyCatalogue.get(lang))) {
      const norm = searchNormalize(phrase);
      if (norm === '') continue;
      const list = concepts.get(norm) ?? [];
      if (!list.includes(concept)) list.push(concept);
      concepts.set(norm, list);
      longest = Math.max(longest, norm.split(' ').length);
    }
  }
  return { concepts, longest };
}

const matchers = new Map<LanguageCode | 'all', Matcher>();
function matcher(lang: LanguageCode | 'all'): Matcher {
  let m = matchers.get(lang);
  if (!m) matchers.set(lang, (m = matcherOf(lang === 'all' ? LANGUAGES : [lang])));
  return m;
}

type Segment = { word: string } | { concepts: Concept[] };

/** The words, with each vocabulary phrase found among them (the longest at each place) as one segment. */
function segments(words: readonly string[], m: Matcher): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < words.length; ) {
    let found = false;
    for (let n = Math.min(m.longest, words.length - i); n >= 1; n--) {
      const concepts = m.concepts.get(words.slice(i, i + n).join(' '));
      if (concepts) {
        out.push({ concepts });
        i += n;
        found = true;
        break;
      }
    }
    if (!found) out.push({ word: words[i++]! });
  }
  return out;
}

/** Enough alternatives for two concepts in one query; more would only slow the search down. */
const MAX_ALTERNATIVES = 40;

export interface Expansion {
  /** The concepts the text names, in the order typed. */
  concepts: Concept[];
  /**
   * Searches (websearch syntax) to run besides the text as typed: each phrase replaced by one of
   * its concept's English terms, quoted, the other words kept, so they must all still match.
   */
  alternatives: string[];
}

/**
 * The concepts the text names in the page's language, or, when it names none, in any language
 * (readers type in their own language on any page), and the searches that find them in English.
 */
export function expandQuery(text: string, lang: LanguageCode): Expansion {
  const words = searchNormalize(text).split(' ').filter((w) => w !== '');
  // A word excluded with "-" is lost in normalising: an alternative would find what was excluded.
  if (words.length === 0 || /(?:^|\s)-\S/u.test(text)) return { concepts: [], alternatives: [] };
  let parts = segments(words, matcher(lang));
  if (!parts.some((p) => 'concepts' in p)) parts = segments(words, matcher('all'));
  const concepts = [...new Set(parts.flatMap((p) => ('concepts' in p ? p.concepts : [])))];
  if (concepts.length === 0) return { concepts: [], alternatives: [] };

  let alternatives: string[][] = [[]];
  for (const part of parts) {
    if ('word' in part) {
      alternatives = alternatives.map((a) => [...a, part.word]);
      continue;
    }
    const terms = [...new Set(part.concepts.flatMap((c) => CONCEPT_TERMS[c]))];
    alternatives = alternatives.flatMap((a) => terms.map((t) => [...a, `"${t}"`])).slice(0, MAX_ALTERNATIVES);
  }
  return { concepts, alternatives: alternatives.map((a) => a.join(' ')) };
}
