import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGUAGES } from '../domain/languages.ts';
import { foldWords, isAtcNotYetAssigned, readAtcCodes, readOpinionStatus, recogniseOpinionStatus, VOCABULARY_FOR_TESTS } from './source-vocabulary.ts';

test('reads codes as given, in order and without repeats, from every separator EMA uses', () => {
  assert.deepEqual(readAtcCodes(['L01XC18 / L01FF02, L01XX73; L01XX73 and A10BA02']), {
    codes: ['L01XC18', 'L01FF02', 'L01XX73', 'A10BA02'],
    malformed: [],
    notYetAssigned: false,
  });
});

test('keeps a misprinted code verbatim and never corrects it', () => {
  // Real misprints: graspa-0 and vargatef's pages, EMA's tables ("VO4D", an O for a zero).
  assert.deepEqual(readAtcCodes(['LX1XX02']), { codes: [], malformed: ['LX1XX02'], notYetAssigned: false });
  assert.deepEqual(readAtcCodes(['VO4D']), { codes: [], malformed: ['VO4D'], notYetAssigned: false });
  assert.deepEqual(readAtcCodes(['L01XE3 L01XX73']), { codes: ['L01XX73'], malformed: ['L01XE3'], notYetAssigned: false });
});

test('keeps a phrase that is not a list of codes whole, rather than reading its letters as codes', () => {
  assert.deepEqual(readAtcCodes(['N/A']), { codes: [], malformed: ['N/A'], notYetAssigned: false });
  assert.deepEqual(readAtcCodes(['under evaluation']), { codes: [], malformed: ['under evaluation'], notYetAssigned: false });
});

test('recognises "not yet assigned" in EMA’s wordings and in other EU languages', () => {
  for (const text of ['Not yet assigned', 'Not assigned', 'Not assigned yet', 'not yet assigned.', 'Noch nicht zugewiesen', 'Pas encore attribué', 'Non ancora assegnato', 'Ännu inte tilldelad', 'Jeszcze nie nadano', 'Δεν έχει ακόμη αποδοθεί']) {
    assert.equal(isAtcNotYetAssigned(text), true, text);
    assert.deepEqual(readAtcCodes([text]), { codes: [], malformed: [], notYetAssigned: true });
  }
  assert.equal(isAtcNotYetAssigned('L01XX73'), false);
});

test('has "not yet assigned" for every language of the site', () => {
  const { NOT_YET_ASSIGNED_WORDS } = VOCABULARY_FOR_TESTS;
  for (const lang of LANGUAGES) assert.ok((NOT_YET_ASSIGNED_WORDS[lang]?.length ?? 0) > 0, lang);
});

test('recognises a positive or negative opinion in every EU language, and keeps anything else as printed', () => {
  assert.equal(recogniseOpinionStatus('Negative'), 'negative');
  assert.equal(recogniseOpinionStatus(' POSITIVE '), 'positive');
  assert.equal(recogniseOpinionStatus('Négatif'), 'negative');
  assert.equal(recogniseOpinionStatus('Positivo'), 'positive');
  assert.equal(recogniseOpinionStatus('Kielteinen'), 'negative');
  assert.equal(recogniseOpinionStatus('Θετική'), 'positive');
  assert.equal(readOpinionStatus('Negative'), 'negative');
  assert.equal(readOpinionStatus('Positive (re-examination)'), 'Positive (re-examination)');
  assert.equal(readOpinionStatus('  '), null);
  assert.equal(readOpinionStatus(null), null);
  const { OPINION_WORDS } = VOCABULARY_FOR_TESTS;
  for (const lang of LANGUAGES) {
    assert.ok(OPINION_WORDS[lang]?.positive.length && OPINION_WORDS[lang]?.negative.length, lang);
    for (const w of [...OPINION_WORDS[lang]!.positive]) assert.equal(recogniseOpinionStatus(w), 'positive', `${lang} ${w}`);
    for (const w of [...OPINION_WORDS[lang]!.negative]) assert.equal(recogniseOpinionStatus(w), 'negative', `${lang} ${w}`);
  }
});

test('no folded word means both positive and negative, or both an opinion and "not yet assigned"', () => {
  const { OPINION_WORDS, NOT_YET_ASSIGNED_WORDS } = VOCABULARY_FOR_TESTS;
  const positive = new Set(Object.values(OPINION_WORDS).flatMap((w) => w.positive.map(foldWords)));
  const negative = new Set(Object.values(OPINION_WORDS).flatMap((w) => w.negative.map(foldWords)));
  const unassigned = new Set(Object.values(NOT_YET_ASSIGNED_WORDS).flat().map(foldWords));
  for (const w of positive) assert.ok(!negative.has(w) && !unassigned.has(w), w);
  for (const w of negative) assert.ok(!unassigned.has(w), w);
});
