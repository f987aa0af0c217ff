import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { etagMatches, etagOf, notModifiedSince } from '../../http/conditional-get.ts';

describe('conditional GET', () => {
  const etag = etagOf('<rss/>');

  test('an ETag is a quoted hash of the body, different for different bodies', () => {
    assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/);
    assert.notEqual(etagOf('<rss></rss>'), etag);
  });

  test('If-None-Match matches the ETag alone, in a list, weakly, or as *', () => {
    assert.ok(etagMatches(etag, etag));
    assert.ok(etagMatches(`"other", ${etag}`, etag));
    assert.ok(etagMatches(`W/${etag}`, etag));
    assert.ok(etagMatches('*', etag));
    assert.ok(!etagMatches('"other"', etag));
    assert.ok(!etagMatches(undefined, etag));
  });

  test('If-Modified-Since holds at or after the last change, to the second, and not before', () => {
    const changed = new Date('2025-02-12T10:00:00.750Z');
    assert.ok(notModifiedSince('Wed, 12 Feb 2025 10:00:00 GMT', changed));
    assert.ok(notModifiedSince('Wed, 12 Feb 2025 11:00:00 GMT', changed));
    assert.ok(!notModifiedSince('Wed, 12 Feb 2025 09:59:59 GMT', changed));
    assert.ok(!notModifiedSince('not a date', changed));
    assert.ok(!notModifiedSince('Wed, 12 Feb 2025 10:00:00 GMT', null));
  });

});
