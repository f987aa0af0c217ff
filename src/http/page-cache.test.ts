import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { PageCache } from './page-cache.ts';

/** A page that barely compresses, so its three forms weigh about three times its length. */
const page = (kb: number) => `<p>${randomBytes(kb * 512).toString('hex')}</p>`;

test('the page cache keeps no more bytes than its limit, letting the oldest pages go first', () => {
  const cache = new PageCache(1000, 200 * 1024);
  for (let i = 0; i < 10; i++) cache.set(`/p${i}`, page(20));
  assert.ok(cache.bytes <= 200 * 1024, `${cache.bytes} bytes kept`);
  assert.ok(cache.size >= 2 && cache.size < 10, `${cache.size} pages kept`);
  assert.equal(cache.get('/p0'), undefined);
  assert.ok(cache.get('/p9')?.compressed);
});

test('a page larger than the whole limit is answered but not kept, and keeps the others', () => {
  const cache = new PageCache(1000, 100 * 1024);
  cache.set('/small', page(5));
  const big = cache.set('/big', page(200));
  assert.ok(big.body.length > 100 * 1024);
  assert.equal(cache.get('/big'), undefined);
  assert.ok(cache.get('/small'));
});

test('the same page stored again is counted once, and clearing frees every byte', () => {
  const cache = new PageCache(10);
  const html = page(4);
  cache.set('/a', html);
  const once = cache.bytes;
  cache.set('/a', html);
  assert.equal(cache.bytes, once);
  assert.equal(cache.size, 1);
  cache.clear();
  assert.equal(cache.bytes, 0);
});

test('the entry limit still holds when bytes are plenty', () => {
  const cache = new PageCache(3, 1024 * 1024 * 1024);
  for (let i = 0; i < 5; i++) cache.set(`/p${i}`, page(1));
  assert.equal(cache.size, 3);
  assert.equal(cache.get('/p1'), undefined);
  assert.ok(cache.get('/p4'));
});
