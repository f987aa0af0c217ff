import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ValidationError } from '../../domain/errors.ts';
import { eventChanges, MAX_CHANGES_JSON, parseSubscription } from './webhook-model.ts';

test('a subscription request is parsed into url, medicine, search and kinds', () => {
  const parsed = parseSubscription({ url: 'https://example.org/hook#x', medicine: ' lumykras ', search: { atc: 'L01', status: ['authorised'] }, kinds: ['status', 'created', 'status'] });
  assert.equal(parsed.url, 'https://example.org/hook');
  assert.equal(parsed.medicine, 'lumykras');
  assert.deepEqual(parsed.search?.filters.atc, ['L01']);
  assert.deepEqual(parsed.search?.filters.status, ['authorised']);
  assert.equal(parsed.search?.q, null);
  assert.deepEqual(parsed.kinds, ['created', 'status']);
});

test('bad input is refused with a message naming the field', () => {
  const refused = (raw: Parameters<typeof parseSubscription>[0], field: RegExp) =>
    assert.throws(() => parseSubscription(raw), (e: unknown) => e instanceof ValidationError && field.test(e.message));
  refused({ url: 'ftp://example.org/' }, /^url/);
  refused({ url: 'not a url' }, /^url/);
  refused({ url: 'https://user:pw@example.org/' }, /^url/);
  refused({ url: 'https://example.org/', kinds: ['colour'] }, /^kinds/);
  refused({ url: 'https://example.org/', kinds: [] }, /^kinds/);
  refused({ url: 'https://example.org/', search: { status: 'sold-out' } }, /^search: status/);
  refused({ url: 'https://example.org/', search: { lang: 'xx', q: 'a' } }, /^search\.lang/);
  refused({ url: 'https://example.org/', search: {} }, /^search must/);
});

test('changes too large to send are listed by field only, and say so', () => {
  const small = [{ field: 'status', from: 'authorised', to: 'withdrawn' }];
  assert.deepEqual(eventChanges(small), { changes: small, changesTruncated: false });
  const large = [{ field: 'overview.en', from: null, to: 'x'.repeat(MAX_CHANGES_JSON) }, ...small];
  assert.deepEqual(eventChanges(large), { changes: [{ field: 'overview.en' }, { field: 'status' }], changesTruncated: true });
});
