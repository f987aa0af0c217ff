import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { wordDiff, type WordDiffPart } from './word-diff.ts';

const text = (parts: WordDiffPart[], type: WordDiffPart['type']) => parts.filter((p) => p.type !== type).map((p) => p.text).join('');

describe('word diff', () => {
  test('marks the words EMA reworded and keeps the rest as it was', () => {
    const before = 'Lumykras is indicated for the treatment of adults with advanced NSCLC after at least one prior line of systemic therapy.';
    const after = 'Lumykras is indicated for the treatment of adult patients with advanced NSCLC after at least one prior systemic therapy.';
    const parts = wordDiff(before, after);
    assert.deepEqual(parts, [
      { type: 'same', text: 'Lumykras is indicated for the treatment of ' },
      { type: 'removed', text: 'adults' },
      { type: 'added', text: 'adult patients' },
      { type: 'same', text: ' with advanced NSCLC after at least one prior ' },
      { type: 'removed', text: 'line of ' },
      { type: 'same', text: 'systemic therapy.' },
    ]);
    // Leaving out the added parts gives the old text, leaving out the removed ones the new.
    assert.equal(text(parts, 'added'), before);
    assert.equal(text(parts, 'removed'), after);
  });

  test('equal texts are one unchanged part; a text added or removed whole is one part', () => {
    assert.deepEqual(wordDiff('Same text.', 'Same text.'), [{ type: 'same', text: 'Same text.' }]);
    assert.deepEqual(wordDiff('', ''), []);
    assert.deepEqual(wordDiff('', 'New text.'), [{ type: 'added', text: 'New text.' }]);
    assert.deepEqual(wordDiff('Old text.', ''), [{ type: 'removed', text: 'Old text.' }]);
  });

  test('whitespace alone is not a change', () => {
    assert.deepEqual(wordDiff('one  two three', 'one two three').map((p) => p.type), ['same']);
  });

  test('a text rewritten from end to end is shown removed and added whole, not word by word', () => {
    assert.deepEqual(wordDiff('Treatment of moderate plaque psoriasis in adults.', 'Used for chronic kidney disease with anaemia.'), [
      { type: 'removed', text: 'Treatment of moderate plaque psoriasis in adults.' },
      { type: 'added', text: 'Used for chronic kidney disease with anaemia.' },
    ]);
  });

  test('beyond the edit limit the texts are treated as unrelated', () => {
    const before = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 200 }, (_, i) => (i % 2 ? `w${i}` : `x${i}`)).join(' ');
    assert.equal(wordDiff(before, after, { maxEdits: 10 }).length, 2);
    assert.ok(wordDiff(before, after).length > 2);
  });
});
