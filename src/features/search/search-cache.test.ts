import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchCache } from './search-cache.ts';

const counting = () => {
  let calls = 0;
  return { compute: async () => ++calls, get calls() { return calls; } };
};

test('identical searches in one snapshot are answered once, even while the first is in flight', async () => {
  const cache = new SearchCache(10);
  const c = counting();
  const answers = await Promise.all([cache.answer('s1', 'cancer', c.compute), cache.answer('s1', 'cancer', c.compute)]);
  assert.deepEqual(answers, [1, 1]);
  assert.equal(await cache.answer('s1', 'cancer', c.compute), 1);
  assert.equal(c.calls, 1);
  assert.deepEqual(cache.stats, { hits: 2, misses: 1, entries: 1 });
});

test('another snapshot never gets an answer kept under an earlier one', async () => {
  const cache = new SearchCache(10);
  const c = counting();
  assert.equal(await cache.answer('s1', 'cancer', c.compute), 1);
  assert.equal(await cache.answer('s2', 'cancer', c.compute), 2);
  assert.equal(cache.stats.entries, 1);
});

test('a failed search is not kept, and clearing forgets every answer', async () => {
  const cache = new SearchCache(10);
  await assert.rejects(cache.answer('s1', 'q', () => Promise.reject(new Error('timeout'))));
  await new Promise((r) => setImmediate(r));
  assert.equal(await cache.answer('s1', 'q', async () => 'found'), 'found');
  cache.clear();
  assert.equal(await cache.answer('s1', 'q', async () => 'again'), 'again');
});

test('beyond its size the least recently used answer goes first, and size 0 keeps nothing', async () => {
  const cache = new SearchCache(2);
  await cache.answer('s', 'a', async () => 'a');
  await cache.answer('s', 'b', async () => 'b');
  await cache.answer('s', 'a', async () => 'a2');
  await cache.answer('s', 'c', async () => 'c');
  assert.equal(await cache.answer('s', 'a', async () => 'a3'), 'a');
  assert.equal(await cache.answer('s', 'b', async () => 'b2'), 'b2');

  const off = new SearchCache(0);
  const c = counting();
  await off.answer('s', 'q', c.compute);
  await off.answer('s', 'q', c.compute);
  assert.equal(c.calls, 2);
  assert.equal(off.enabled, false);
});
