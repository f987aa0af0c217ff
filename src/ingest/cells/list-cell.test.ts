import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, seededRandom } from '../../../test/support/seeded-random.ts';
import { splitList } from './list-cell.ts';

test('semicolons, bars, line breaks and bullets always separate; blanks and repeats go', () => {
  assert.deepEqual(splitList('Lung Neoplasms;  Carcinoma, Non-Small-Cell Lung', { commas: false }), ['Lung Neoplasms', 'Carcinoma, Non-Small-Cell Lung']);
  assert.deepEqual(splitList('Dogs | Cats\nCattle • Pigs; ;Dogs', { commas: false }), ['Dogs', 'Cats', 'Cattle', 'Pigs']);
  assert.deepEqual(splitList('  ', { commas: false }), []);
});

test('commas separate only where the caller allows, and never inside brackets', () => {
  assert.deepEqual(splitList('Calves, newborn', { commas: false }), ['Calves, newborn']);
  assert.deepEqual(splitList('L01XC18, L01FF02;L01XX73', { commas: true }), ['L01XC18', 'L01FF02', 'L01XX73']);
  assert.deepEqual(splitList('Pigs (sows, gilts), Cattle', { commas: true }), ['Pigs (sows, gilts)', 'Cattle']);
  assert.deepEqual(splitList('Pigs (sows, gilts; Cattle, Sheep', { commas: true }), ['Pigs (sows, gilts', 'Cattle', 'Sheep'], 'a bracket left open ends with its item');
});

test('the same items read the same joined by either separator, in any spacing (property)', () => {
  const rnd = seededRandom(5);
  const codes = ['A01', 'B02BA', 'L01XX73', 'QI02AA08', 'N05AH03', 'V04D', 'QP51AX08'];
  for (let i = 0; i < 1000; i++) {
    const items = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(rnd, codes)))];
    const text = items.map((c) => pick(rnd, ['', ' ', '  ']) + c + pick(rnd, ['', ' '])).join(pick(rnd, [';', ',', '; ', ', ', ' | ', '\n']));
    assert.deepEqual(splitList(text, { commas: true }), items, JSON.stringify(text));
  }
});
