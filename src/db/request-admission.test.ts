import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { UnavailableError } from '../domain/errors.ts';
import { DatabaseAdmission, endRequestScope, runInRequestScope, currentRequestScope, type RequestScope } from './request-admission.ts';

const scope = (deadlineMs: number | null = null): RequestScope => runInRequestScope(deadlineMs, () => currentRequestScope()!);

describe('admission of requests to the database', () => {
  test('requests up to the concurrency are admitted at once and the next one waits for a place', async () => {
    const admission = new DatabaseAdmission({ concurrent: 2, queue: 10, waitMs: 10_000 });
    const [a, b, c] = [scope(), scope(), scope()];
    await admission.enter(a);
    await admission.enter(b);
    let admitted = false;
    const waiting = admission.enter(c).then(() => (admitted = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(admitted, false);
    assert.deepEqual(admission.stats, { active: 2, waiting: 1, refused: 0 });
    endRequestScope(a);
    await waiting;
    assert.equal(admitted, true);
    assert.deepEqual(admission.stats, { active: 2, waiting: 0, refused: 0 });
    endRequestScope(b);
    endRequestScope(c);
    assert.deepEqual(admission.stats, { active: 0, waiting: 0, refused: 0 });
  });

  test('a request beyond the queue is refused at once as unavailable with a Retry-After', async () => {
    const admission = new DatabaseAdmission({ concurrent: 1, queue: 1, waitMs: 10_000 });
    const first = scope();
    await admission.enter(first);
    const second = admission.enter(scope());
    await assert.rejects(admission.enter(scope()), (e) => e instanceof UnavailableError && e.retryAfter !== null && e.retryAfter > 0);
    assert.equal(admission.stats.refused, 1);
    endRequestScope(first);
    await second;
  });

  test('a request that waits longer than the wait limit or its deadline is refused', async () => {
    const admission = new DatabaseAdmission({ concurrent: 1, queue: 10, waitMs: 30 });
    const first = scope();
    await admission.enter(first);
    await assert.rejects(admission.enter(scope()), UnavailableError);
    const byDeadline = new DatabaseAdmission({ concurrent: 1, queue: 10, waitMs: 60_000 });
    await byDeadline.enter(scope());
    await assert.rejects(byDeadline.enter(scope(20)), UnavailableError);
    assert.deepEqual(byDeadline.stats, { active: 1, waiting: 0, refused: 1 });
    endRequestScope(first);
    assert.equal(admission.stats.active, 0);
  });

  test('places are given in the order requests arrived, and ending a request twice frees one place', async () => {
    const admission = new DatabaseAdmission({ concurrent: 1, queue: 10, waitMs: 10_000 });
    const first = scope();
    await admission.enter(first);
    const order: string[] = [];
    const waiters = ['b', 'c', 'd'].map((name) => {
      const s = scope();
      return admission.enter(s).then(() => {
        order.push(name);
        endRequestScope(s);
      });
    });
    endRequestScope(first);
    endRequestScope(first);
    await Promise.all(waiters);
    assert.deepEqual(order, ['b', 'c', 'd']);
    assert.deepEqual(admission.stats, { active: 0, waiting: 0, refused: 0 });
  });
});
