import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findProductNumbers, readProductNumberCell } from './product-number.ts';

const read = (text: string | null) => {
  const r = readProductNumberCell(text);
  return r.ok ? r.value : `unreadable: ${r.message}`;
};

test('reads a product number as EMA and OCR spell it, noise around it included', () => {
  assert.equal(read('EMEA/H/C/005522'), 'EMEA/H/C/005522');
  assert.equal(read('EMEA/H/C005201'), 'EMEA/H/C/005201');
  assert.equal(read(' emea / v / c / 148 '), 'EMEA/V/C/000148');
  assert.equal(read('EMEA/H/C/005522 (Lumykras)'), 'EMEA/H/C/005522');
  assert.equal(read('EMEA-H-C-005522'), 'EMEA/H/C/005522');
  assert.equal(read(null), null);
  assert.equal(read(' - '), null);
});

test('refuses what is not one product number, never completing a broken one', () => {
  assert.match(String(read('EMEA/H/C/55X22')), /^unreadable: "EMEA\/H\/C\/55X22" is not an EMA product number/);
  assert.match(String(read('EMEA/H/C/0055221')), /^unreadable: /);
  assert.match(String(read('EMEA/H/C/005522, EMEA/H/C/005523')), /holds 2 product numbers/);
  assert.match(String(read('Lumykras')), /^unreadable: /);
});

test('finds the product numbers printed in a document, with procedure or pack numbers after them', () => {
  assert.deepEqual(findProductNumbers('Procedure No. EMEA/H/C/004006/0000\n\nEMEA/H/C/002779/001 Vimizim; EMEA/H/C/734/001 EMEA/H/C/002779/002'), [
    'EMEA/H/C/004006',
    'EMEA/H/C/002779',
    'EMEA/H/C/000734',
  ]);
  assert.deepEqual(findProductNumbers('EU/1/14/944/003 Abasaglar'), []);
});
