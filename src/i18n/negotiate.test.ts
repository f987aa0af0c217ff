import { test } from 'node:test';
import assert from 'node:assert/strict';
import { negotiateLanguage, parseAcceptLanguage } from './negotiate.ts';

test('ranges are ordered by q-value, then by their order in the header', () => {
  assert.deepEqual(parseAcceptLanguage('fr;q=0.5, sv-FI, de;q=0.9, *;q=0.1, xx;q=0'), ['sv-fi', 'de', 'fr']);
});

test('the first range that names a served language wins, after truncating its subtags', () => {
  assert.equal(negotiateLanguage('sv-FI,sv;q=0.9,en;q=0.8'), 'sv');
  assert.equal(negotiateLanguage('ja, de-AT;q=0.8'), 'de');
  assert.equal(negotiateLanguage('zh-Hant-x-private'), 'en');
  assert.equal(negotiateLanguage('el-GR'), 'el');
});

test('Norwegian Bokmål and Nynorsk map to EMA\'s Norwegian', () => {
  assert.equal(negotiateLanguage('nb-NO,nb;q=0.9'), 'no');
  assert.equal(negotiateLanguage('nn'), 'no');
});

test('a missing, empty or unusable header falls back to English', () => {
  assert.equal(negotiateLanguage(undefined), 'en');
  assert.equal(negotiateLanguage(''), 'en');
  assert.equal(negotiateLanguage('*'), 'en');
  assert.equal(negotiateLanguage('klingon;q=abc'), 'en');
});

test('a header written to be slow is read only as far as a real one goes, and still in time', () => {
  const started = performance.now();
  assert.equal(negotiateLanguage(`${'x-'.repeat(50_000)}a,sv`), 'sv');
  assert.equal(negotiateLanguage(`${'de-'.repeat(50_000)}AT`), 'de');
  assert.equal(negotiateLanguage(`${'xx;q=0.5,'.repeat(10_000)}sv`), 'en');
  assert.equal(negotiateLanguage(`sv;q=0.${'0'.repeat(100_000)}1,de;q=0.5`), 'de');
  // Truncating 50,000 subtags one at a time took seconds; reading a bounded prefix takes microseconds.
  assert.ok(performance.now() - started < 500, `${(performance.now() - started).toFixed(0)} ms`);
});
