import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, seededRandom } from '../../../test/support/seeded-random.ts';
import { foldText } from './cell-result.ts';
import { YES_NO_BY_LANGUAGE } from './yes-no-vocabulary.ts';
import { isYesMark, readYesNo } from './yes-no.ts';

const read = (cell: unknown) => {
  const r = readYesNo(cell);
  return r.ok ? r.value : `unreadable: ${r.message}`;
};

test('the vocabulary covers the 24 official EU languages, Icelandic and Norwegian', () => {
  const eu = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
  assert.equal(eu.length, 24);
  assert.deepEqual(Object.keys(YES_NO_BY_LANGUAGE).sort(), [...eu, 'is', 'no'].sort());
  for (const [lang, { yes, no }] of Object.entries(YES_NO_BY_LANGUAGE)) {
    assert.ok(yes.length > 0 && no.length > 0, `${lang} has both answers`);
  }
});

test('no word means yes in one language and no in another, once case and accents are folded', () => {
  const meaning = new Map<string, string>();
  for (const [lang, { yes, no }] of Object.entries(YES_NO_BY_LANGUAGE)) {
    for (const [words, answer] of [[yes, 'yes'], [no, 'no']] as const) {
      for (const w of words) {
        const key = foldText(w);
        const seen = meaning.get(key);
        assert.ok(seen === undefined || seen.startsWith(answer), `"${w}" (${lang}) means ${answer}, but ${seen}`);
        meaning.set(key, `${answer} (${lang})`);
      }
    }
  }
});

test('reads yes and no as each EU language writes them', () => {
  const pairs: [string, string][] = [
    ['yes', 'no'], ['ja', 'nein'], ['oui', 'non'], ['sí', 'no'], ['sì', 'no'], ['sim', 'não'], ['ja', 'nej'], ['ja', 'nee'],
    ['kyllä', 'ei'], ['jah', 'ei'], ['jā', 'nē'], ['taip', 'ne'], ['tak', 'nie'], ['ano', 'ne'], ['áno', 'nie'], ['da', 'ne'],
    ['igen', 'nem'], ['da', 'nu'], ['да', 'не'], ['ναι', 'όχι'], ['iva', 'le'], ['tá', 'níl'], ['is', 'ní'], ['já', 'nei'],
    ['y', 'n'], ['true', 'false'], ['1', '0'],
  ];
  for (const [yes, no] of pairs) {
    assert.equal(read(yes), true, yes);
    assert.equal(read(no), false, no);
  }
});

test('folds case and accents and ignores punctuation and blanks around the word', () => {
  for (const cell of ['Sì', 'SI', 'si', ' sì. ', '"Sì"', "'si'", '(Sì)', 'Sì;', '  SÌ!  ', 'Ja,', 'JÁ', 'ΝΑΙ', 'Ναι', 'Kyllä', 'KYLLA', 'Jā', 'ja ']) {
    assert.equal(read(cell), true, cell);
  }
  for (const cell of ['NÃO', 'nao', 'Não.', 'ΌΧΙ', 'Όχι', 'οχι', 'NĒ', 'ne', 'Níl', 'NIL', ' - no - ']) {
    assert.equal(read(cell), false, cell);
  }
});

test('reads booleans, 1 and 0 as numbers or text, and tick marks', () => {
  assert.equal(read(true), true);
  assert.equal(read(false), false);
  assert.equal(read(1), true);
  assert.equal(read(0), false);
  assert.equal(read('1.0'), true);
  assert.equal(read('0,0'), false);
  for (const mark of ['x', 'X', '✓', '✔', '☑', ' x ']) {
    assert.equal(read(mark), true, mark);
    assert.ok(isYesMark(mark), mark);
  }
  assert.ok(!isYesMark('yes'), 'a word is not a tick mark');
});

test('an empty cell says nothing; anything else it cannot read is unreadable, never guessed', () => {
  for (const blank of [null, undefined, '', '   ', '-', ', ,', '?']) assert.equal(read(blank), null, String(blank));
  for (const cell of ['maybe', 'yes no', 'ja/nein', '2', 2, 'jein', 'yess', 'n/a', 'not applicable', 'sí, pero']) {
    assert.match(String(read(cell)), /^unreadable: .* is not yes or no$/, String(cell));
  }
});

test('any vocabulary word reads the same whatever its case, accents and surrounding noise (property)', () => {
  const rnd = seededRandom(20260314);
  const entries = Object.values(YES_NO_BY_LANGUAGE).flatMap(({ yes, no }) => [
    ...yes.map((w) => [w, true] as const),
    ...no.map((w) => [w, false] as const),
  ]);
  const noise = ['', ' ', '  ', '.', ',', ';', '"', "'", '(', ')', '!', ' - ', '\u00a0', '\t', '…'];
  const cases = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.charAt(0).toUpperCase() + s.slice(1)];
  const accents = [(s: string) => s, (s: string) => s.normalize('NFD').replace(/\p{M}/gu, ''), (s: string) => s.normalize('NFD')];
  for (let i = 0; i < 2000; i++) {
    const [word, meaning] = pick(rnd, entries);
    const cell = pick(rnd, noise) + pick(rnd, noise) + pick(rnd, accents)(pick(rnd, cases)(word)) + pick(rnd, noise) + pick(rnd, noise);
    assert.equal(read(cell), meaning, JSON.stringify(cell));
  }
});

test('two words of the vocabulary side by side are unreadable, not taken for either (property)', () => {
  const rnd = seededRandom(7);
  const words = Object.values(YES_NO_BY_LANGUAGE).flatMap(({ yes, no }) => [...yes, ...no]).filter((w) => !w.includes(' '));
  for (let i = 0; i < 500; i++) {
    const a = pick(rnd, words);
    const b = pick(rnd, words);
    const cell = `${a}${pick(rnd, [' ', ' / ', ', ', '; '])}${b}`;
    // Irish writes "is ea" and "ní hea" as answers of two words; no other pair is one.
    if (/^(is|ní) (ea|hea)$/i.test(cell)) continue;
    assert.equal(typeof read(cell), 'string', JSON.stringify(cell));
  }
});
