import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeKind, changeKinds } from './change-kinds.ts';

test('each field path of a change falls into the kind people filter by', () => {
  assert.equal(changeKind('status'), 'status');
  assert.equal(changeKind('marketingAuthorisationHolder.name'), 'holder');
  assert.equal(changeKind('documents[product-information: Lumykras : EPAR - Product Information].languages.sv'), 'documents');
  assert.equal(changeKind('overview.sv'), 'overview');
  assert.equal(changeKind('procedures[EMEA/H/C/005522/II/0010/G]'), 'procedures');
  assert.equal(changeKind('flags.orphan'), 'flags');
  assert.equal(changeKind('dates.withdrawalOfAuthorisation'), 'dates');
  assert.equal(changeKind('revision'), 'other');
});

test('a revision lists its kinds once each, and a first revision is only "created"', () => {
  const changes = [
    { field: 'status', from: 'authorised', to: 'withdrawn' },
    { field: 'dates.withdrawalOfAuthorisation', from: null, to: '2024-01-02' },
    { field: 'revision', from: 5, to: 6 },
    { field: 'dates.opinionAdopted', from: null, to: '2020-01-02' },
  ];
  assert.deepEqual(changeKinds(changes, false), ['status', 'dates', 'other']);
  assert.deepEqual(changeKinds(changes, true), ['created']);
});
