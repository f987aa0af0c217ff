import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retryDelayMs } from './retry-schedule.ts';

const policy = { baseMs: 30_000, capMs: 6 * 3_600_000 };

test('without jitter the delays double from the base: 30 s, 1 min, 2 min, 4 min', () => {
  const middle = () => 0.5;
  assert.deepEqual([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, middle)), [30_000, 60_000, 120_000, 240_000]);
});

test('the delay stops growing at the cap, however many attempts failed', () => {
  assert.equal(retryDelayMs(12, policy, () => 0.5), 6 * 3_600_000);
  assert.equal(retryDelayMs(10_000, policy, () => 0.5), 6 * 3_600_000);
});

test('jitter stays within ±25 % and never lets a delay fall below the one before it', () => {
  for (let n = 1; n < 9; n++) {
    const low = retryDelayMs(n, policy, () => 0);
    const high = retryDelayMs(n, policy, () => 0.999999);
    assert.equal(low, Math.round(30_000 * 2 ** (n - 1) * 0.75));
    assert.ok(high <= Math.round(30_000 * 2 ** (n - 1) * 1.25));
    assert.ok(retryDelayMs(n + 1, policy, () => 0) > high, `attempt ${n + 1}'s shortest delay exceeds attempt ${n}'s longest`);
  }
});

test('random draws spread deliveries that failed together', () => {
  const delays = new Set(Array.from({ length: 20 }, () => retryDelayMs(3, policy)));
  assert.ok(delays.size > 10);
});
