import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES } from '../../domain/languages.ts';
import { searchCatalogue } from '../../i18n/catalogues/search/index.ts';
import { CONCEPT_TERMS, searchVocabularyCatalogue, vocabularyPhrases, type Concept } from '../../i18n/catalogues/search-vocabulary/index.ts';
import { expandQuery, searchNormalize } from './search-vocabulary.ts';

const CONCEPTS = Object.keys(CONCEPT_TERMS) as Concept[];

/** The disease in the search form's hint: "…, for example sotorasib, Lungenkrebs or L01". */
function hintDisease(hint: string): string {
  const m = /sotorasib, (.+) \S+ L01$/u.exec(hint);
  assert.ok(m, `no example disease in "${hint}"`);
  return m[1]!;
}

test("each language's search hint names a disease its own vocabulary covers, whole", () => {
  for (const lang of LANGUAGES) {
    const disease = hintDisease(searchCatalogue.get(lang).form.hint);
    const { concepts, alternatives } = expandQuery(disease, lang);
    assert.deepEqual(concepts, ['lungCancer'], `${lang}: "${disease}"`);
    // Every alternative is one English term alone: no word of the hint was left over.
    for (const a of alternatives) assert.match(a, /^"[^"]+"$/, `${lang}: "${disease}" → ${a}`);
  }
});

test('every language defines every concept with at least one phrase, and no phrase names two concepts in one language', () => {
  assert.ok(CONCEPTS.length >= 60, `${CONCEPTS.length} concepts`);
  for (const lang of LANGUAGES) {
    const vocabulary = searchVocabularyCatalogue.get(lang);
    assert.ok(searchVocabularyCatalogue.has(lang), lang);
    const phrases = vocabularyPhrases(vocabulary);
    for (const concept of CONCEPTS) assert.ok(phrases.some(([c]) => c === concept), `${lang} lacks ${concept}`);
    const seen = new Map<string, Concept>();
    for (const [concept, phrase] of phrases) {
      const norm = searchNormalize(phrase);
      assert.notEqual(norm, '', `${lang} ${concept}: an empty phrase`);
      const other = seen.get(norm);
      assert.ok(other === undefined || other === concept, `${lang}: "${phrase}" names both ${other} and ${concept}`);
      seen.set(norm, concept);
    }
  }
});

test('every concept has English terms, and none is a bare ATC code', () => {
  for (const concept of CONCEPTS) {
    assert.ok(CONCEPT_TERMS[concept].length > 0, concept);
    for (const term of CONCEPT_TERMS[concept]) assert.doesNotMatch(term, /^[A-Z]\d{2}/, `${concept}: ${term}`);
  }
});

test('a phrase inside a longer query is replaced by its English terms, the other words kept', () => {
  const { alternatives } = expandQuery('Lungenkrebs Keytruda', 'de');
  assert.ok(alternatives.includes('"lung cancer" keytruda'), alternatives.join(' | '));
  assert.ok(alternatives.every((a) => a.endsWith(' keytruda')));
});

test('the longest phrase wins: "Lungenkrebs" is lung cancer, not cancer', () => {
  assert.deepEqual(expandQuery('nicht-kleinzelliger Lungenkrebs', 'de').concepts, ['lungCancer']);
  assert.deepEqual(expandQuery('Krebs', 'de').concepts, ['cancer']);
});

test("a disease in another language than the page's is still recognised", () => {
  assert.deepEqual(expandQuery('lungcancer', 'de').concepts, ['lungCancer']);
  assert.deepEqual(expandQuery('Bluthochdruck', 'fr').concepts, ['hypertension']);
});

test('case and diacritics do not matter, as in the search index', () => {
  assert.equal(searchNormalize('Cáncer de PULMÓN'), 'cancer de pulmon');
  assert.equal(searchNormalize('Schilddrüsen–Krebs'), 'schilddrusen krebs');
  assert.deepEqual(expandQuery('cancer du poumon', 'fr').concepts, ['lungCancer']);
  assert.deepEqual(expandQuery('KARKÍNOS', 'en').concepts, []);
  assert.deepEqual(expandQuery('ΚΑΡΚΙΝΟΣ ΤΟΥ ΠΝΕΥΜΟΝΑ', 'el').concepts, ['lungCancer']);
});

test('a query naming no disease is not expanded', () => {
  assert.deepEqual(expandQuery('sotorasib', 'de'), { concepts: [], alternatives: [] });
  assert.deepEqual(expandQuery('', 'de'), { concepts: [], alternatives: [] });
});

test('a query excluding a word with "-" is not expanded, so nothing excluded comes back through an alternative', () => {
  assert.deepEqual(expandQuery('Krebs -Lungenkrebs', 'de').alternatives, []);
  assert.deepEqual(expandQuery('-Lungenkrebs', 'de').alternatives, []);
  // A hyphen inside a word is no exclusion.
  assert.deepEqual(expandQuery('Kopf-Hals-Krebs', 'de').concepts, ['headNeckCancer']);
});
