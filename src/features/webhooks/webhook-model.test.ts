import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ValidationError } from '../../domain/errors.ts';
import { EXCERPT_BYTES, eventChanges, logExcerpt, MAX_CHANGES_JSON, NOT_PUBLIC_MESSAGE, parseSubscription, parseWebhookUrl } from './webhook-model.ts';
import { LOCAL_NAMES, PRIVATE_URL_HOSTS, PUBLIC_URL_HOSTS } from '../../../test/support/address-forms.ts';

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

test('a URL naming a non-public address in any notation, or a local-only name, is refused with one message', () => {
  for (const host of [...PRIVATE_URL_HOSTS, ...LOCAL_NAMES]) {
    for (const scheme of ['http', 'https']) {
      const url = `${scheme}://${host}/hook`;
      assert.throws(() => parseWebhookUrl(url), (e: unknown) => e instanceof ValidationError && e.message === NOT_PUBLIC_MESSAGE, url);
    }
  }
});

test('a URL naming a public address or an ordinary name is kept, in its normal form, with any port', () => {
  for (const host of PUBLIC_URL_HOSTS) assert.doesNotThrow(() => parseWebhookUrl(`https://${host}:8443/hook`), host);
  assert.equal(parseWebhookUrl('http://0x8.0x8.0x8.0x8:5432/hook#frag'), 'http://8.8.8.8:5432/hook');
  assert.equal(parseWebhookUrl('https://Hooks.Example.com/In'), 'https://hooks.example.com/In');
});

test("the operator's test setting lets local targets through, but never credentials or other schemes", () => {
  const allow = { allowPrivateTargets: true };
  assert.equal(parseWebhookUrl('http://127.0.0.1:3001/hook', allow), 'http://127.0.0.1:3001/hook');
  assert.equal(parseWebhookUrl('http://localhost/hook', allow), 'http://localhost/hook');
  assert.throws(() => parseWebhookUrl('http://user:pw@127.0.0.1/', allow), /user name or password/);
  assert.throws(() => parseWebhookUrl('file:///etc/passwd', allow), /http:\/\/ or https:\/\//);
});

test('the delivery log keeps the start of a 2xx body, and of any other answer only its status line', () => {
  assert.equal(logExcerpt(200, Buffer.from('thanks')), 'thanks');
  assert.equal(logExcerpt(204, Buffer.alloc(0)), null);
  assert.equal(logExcerpt(200, Buffer.from('y'.repeat(5000))), 'y'.repeat(EXCERPT_BYTES));
  assert.equal(logExcerpt(200, Buffer.from(`${'a'.repeat(EXCERPT_BYTES - 1)}é`)), 'a'.repeat(EXCERPT_BYTES - 1), 'no half character at the cut');
  assert.equal(logExcerpt(200, Buffer.from('ok\u0000\u001b[31m\n')), 'ok[31m\n', 'control characters are dropped');
  assert.equal(logExcerpt(500, Buffer.from('aws_secret_access_key=…')), '500 Internal Server Error');
  assert.equal(logExcerpt(302, Buffer.from('<a href="http://internal/">')), '302 Found');
  assert.equal(logExcerpt(599, Buffer.from('x')), '599');
  assert.equal(logExcerpt(null, null), null);
  // A log written before excerpts were limited is cut when read.
  assert.equal(logExcerpt(404, 'the first kilobyte of an internal page'), '404 Not Found');
  assert.equal(logExcerpt(200, 'z'.repeat(1024))?.length, EXCERPT_BYTES);
});
