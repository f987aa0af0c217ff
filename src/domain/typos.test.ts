import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typoDistance, typosAllowed, typosFrom } from './typos.ts';

test('a letter missing, added, replaced or two letters swapped are one typo each', () => {
  assert.equal(typoDistance('sotorasib', 'sotorasib', 2), 0);
  assert.equal(typoDistance('sotorsib', 'sotorasib', 2), 1);
  assert.equal(typoDistance('sotoraasib', 'sotorasib', 2), 1);
  assert.equal(typoDistance('sotorazib', 'sotorasib', 2), 1);
  assert.equal(typoDistance('sotroasib', 'sotorasib', 2), 1);
  assert.equal(typoDistance('stroasib', 'sotorasib', 2), 2);
  assert.equal(typoDistance('', 'abc', 5), 3);
  assert.equal(typoDistance('kitten', 'sitting', 5), 3);
});

test('counting stops past the allowance and answers one more than it', () => {
  assert.equal(typoDistance('keytruda', 'lumykras', 2), 3);
  assert.equal(typoDistance('a', 'abcdefgh', 1), 2);
  assert.equal(typoDistance('kitten', 'sitting', 2), 3);
});

test('letters of any script count once, not by their UTF-16 units', () => {
  assert.equal(typoDistance('λεναλιδομίδη', 'λεναλιδομδη', 2), 1);
  assert.equal(typoDistance('𝒜bc', 'abc', 2), 1);
});

test('short words allow no typo, five letters one and nine letters two', () => {
  assert.deepEqual([4, 5, 8, 9, 20].map(typosAllowed), [0, 1, 1, 2, 2]);
  assert.equal(typosFrom('lumykas', 'lumykras'), 1);
  assert.equal(typosFrom('lumkas', 'lumykras'), null);
  assert.equal(typosFrom('pembrolisumab', 'pembrolizumab'), 1);
  assert.equal(typosFrom('pmebrolisumab', 'pembrolizumab'), 2);
  assert.equal(typosFrom('ozmpc', 'ozempic'), null);
  assert.equal(typosFrom('keppr', 'keppra'), 1);
  assert.equal(typosFrom('kepr', 'keppra'), null);
});

test('one typed word may mean one word of a longer name, and several typed words the whole name', () => {
  assert.equal(typosFrom('maintna', 'abilify maintena'), 1);
  assert.equal(typosFrom('abilify maintna', 'abilify maintena'), 1);
  assert.equal(typosFrom('maintna abilify', 'abilify maintena'), null);
});
