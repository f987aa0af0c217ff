import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { backoffDelay, DownloadError, parseRetryAfter, PoliteDownloader, USER_AGENT, type DownloaderOptions } from './polite-downloader.ts';

const URL_ = 'http://ema.test/en/documents/overview/x-epar-medicine-overview_en.pdf';

async function tempDir(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'openepar-dl-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A clock that only moves when slept on, so back-off can be checked without waiting for it. */
function fakeTime() {
  const sleeps: number[] = [];
  let clock = 1_000_000;
  return {
    sleeps,
    now: () => clock,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
    },
  };
}

function downloader(fetch: typeof globalThis.fetch, overrides: Partial<DownloaderOptions> = {}): PoliteDownloader {
  const time = fakeTime();
  return new PoliteDownloader({
    userAgent: USER_AGENT,
    concurrency: 2,
    minDelayMs: 0,
    retries: 5,
    backoff: { baseMs: 1000, factor: 2, maxMs: 60_000 },
    maxRetryAfterMs: 600_000,
    timeoutMs: 5000,
    fetch,
    now: time.now,
    sleep: time.sleep,
    random: () => 1,
    ...overrides,
  });
}

/** A fetch that answers from a script, one response per call, and records the requests. */
function scripted(responses: (() => Response | Promise<Response>)[]) {
  const calls: { url: string; headers: Headers }[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), headers: new Headers(init?.headers) });
    const next = responses.shift();
    if (!next) throw new Error('no more scripted responses');
    return next();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const pdf = (text = 'complete') => new Response(`%PDF-1.4 ${text} %%EOF`, { status: 200, headers: { etag: '"v1"', 'last-modified': 'Sat, 14 Mar 2026 08:00:00 GMT' } });

test('Retry-After is read as seconds or as an HTTP date, and anything else is ignored', () => {
  const now = Date.parse('2026-03-14T08:00:00Z');
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter(' 0 ', now), 0);
  assert.equal(parseRetryAfter('Sat, 14 Mar 2026 08:00:30 GMT', now), 30_000);
  assert.equal(parseRetryAfter('Sat, 14 Mar 2026 07:00:00 GMT', now), 0, 'a date in the past means now');
  assert.equal(parseRetryAfter('1.5', now), null);
  assert.equal(parseRetryAfter('-1', now), null);
  assert.equal(parseRetryAfter('soon', now), null);
});

test('back-off doubles from the base, stays under the cap, and jitters within the upper half', () => {
  const b = { baseMs: 1000, factor: 2, maxMs: 10_000 };
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, b, () => 1)), [1000, 2000, 4000, 8000, 10_000, 10_000]);
  assert.equal(backoffDelay(2, b, () => 0), 2000);
  for (let i = 0; i < 100; i++) {
    const d = backoffDelay(3, b);
    assert.ok(d >= 4000 && d <= 8000, String(d));
  }
});

test('a 429 is retried after its Retry-After and the file arrives whole', async (t) => {
  const dir = await tempDir(t);
  const time = fakeTime();
  const { fetch, calls } = scripted([() => new Response('slow down', { status: 429, headers: { 'retry-after': '3' } }), () => pdf()]);
  const outcome = await downloader(fetch, { now: time.now, sleep: time.sleep }).download(URL_, path.join(dir, 'x.pdf'));
  assert.equal(outcome.kind, 'downloaded');
  assert.equal(outcome.kind === 'downloaded' && outcome.attempts, 2);
  assert.deepEqual(time.sleeps, [3000]);
  assert.equal(calls.length, 2);
  assert.equal(await readFile(path.join(dir, 'x.pdf'), 'utf8'), '%PDF-1.4 complete %%EOF');
});

test('without Retry-After the waits grow exponentially, and the download gives up when the retries are spent', async (t) => {
  const dir = await tempDir(t);
  const time = fakeTime();
  const { fetch, calls } = scripted(Array.from({ length: 4 }, () => () => new Response('busy', { status: 503, statusText: 'Service Unavailable' })));
  const d = downloader(fetch, { retries: 3, now: time.now, sleep: time.sleep });
  await assert.rejects(d.download(URL_, path.join(dir, 'x.pdf')), (e: unknown) => {
    assert.ok(e instanceof DownloadError);
    assert.equal(e.status, 503);
    assert.match(e.message, /HTTP 503 Service Unavailable \(after 4 attempts\)/);
    return true;
  });
  assert.equal(calls.length, 4);
  assert.deepEqual(time.sleeps, [1000, 2000, 4000]);
  assert.deepEqual(await readdir(dir), [], 'nothing left behind');
});

test('a 404 is reported as missing at once, without retrying', async (t) => {
  const dir = await tempDir(t);
  const { fetch, calls } = scripted([() => new Response('not here', { status: 404 })]);
  assert.deepEqual(await downloader(fetch).download(URL_, path.join(dir, 'x.pdf')), { kind: 'missing', status: 404, attempts: 1 });
  assert.equal(calls.length, 1);
});

test('a refusal that retrying cannot change fails at once', async (t) => {
  const dir = await tempDir(t);
  const { fetch, calls } = scripted([() => new Response('no', { status: 403, statusText: 'Forbidden' })]);
  await assert.rejects(downloader(fetch).download(URL_, path.join(dir, 'x.pdf')), /^DownloadError: HTTP 403 Forbidden$/);
  assert.equal(calls.length, 1);
});

test('a network error is retried', async (t) => {
  const dir = await tempDir(t);
  const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
  const { fetch, calls } = scripted([() => Promise.reject(new TypeError('fetch failed', { cause: reset })), () => pdf()]);
  const outcome = await downloader(fetch).download(URL_, path.join(dir, 'x.pdf'));
  assert.equal(outcome.kind, 'downloaded');
  assert.equal(calls.length, 2);
});

test('a body shorter than its Content-Length is retried and never takes the final name', async (t) => {
  const dir = await tempDir(t);
  const target = path.join(dir, 'x.pdf');
  const short = () => new Response('%PDF-1.4 cut', { status: 200, headers: { 'content-length': '500' } });
  const { fetch } = scripted([short, short]);
  await assert.rejects(downloader(fetch, { retries: 1 }).download(URL_, target), /the body ended after 12 of 500 bytes \(after 2 attempts\)/);
  assert.deepEqual(await readdir(dir), []);
});

test('the validators of the last download are sent, and a 304 leaves the file alone', async (t) => {
  const dir = await tempDir(t);
  const { fetch, calls } = scripted([() => new Response(null, { status: 304, headers: { etag: '"v1"' } })]);
  const outcome = await downloader(fetch).download(URL_, path.join(dir, 'x.pdf'), { etag: '"v1"', lastModified: 'Sat, 14 Mar 2026 08:00:00 GMT' });
  assert.deepEqual(outcome, { kind: 'not-modified', etag: '"v1"', lastModified: null, attempts: 1 });
  const headers = calls[0]!.headers;
  assert.equal(headers.get('if-none-match'), '"v1"');
  assert.equal(headers.get('if-modified-since'), 'Sat, 14 Mar 2026 08:00:00 GMT');
  assert.equal(headers.get('user-agent'), USER_AGENT);
  assert.deepEqual(await readdir(dir), []);
});

test('no more than the concurrency limit is in flight, and starts are spaced by the minimum delay', async (t) => {
  const dir = await tempDir(t);
  let inFlight = 0;
  let most = 0;
  const starts: number[] = [];
  // The time the gate read last is when it let this request go: measuring after that would also
  // count any hold-up of a busy machine between the gate and the fake server.
  let lastRead = 0;
  const now = () => (lastRead = performance.now());
  const fetch = (async () => {
    starts.push(lastRead);
    most = Math.max(most, ++inFlight);
    // Longer than three start gaps, so the limit and not the spacing is what holds the fourth back.
    await new Promise((r) => setTimeout(r, 200));
    inFlight--;
    return pdf();
  }) as typeof globalThis.fetch;
  const d = new PoliteDownloader({
    userAgent: USER_AGENT,
    concurrency: 3,
    minDelayMs: 20,
    retries: 0,
    backoff: { baseMs: 1, factor: 2, maxMs: 1 },
    maxRetryAfterMs: 1,
    timeoutMs: 5000,
    fetch,
    now,
  });
  await Promise.all(Array.from({ length: 10 }, (_, i) => d.download(`${URL_}?${i}`, path.join(dir, `${i}.pdf`))));
  assert.equal(most, 3);
  const gaps = starts.slice(1).map((s, i) => s - starts[i]!);
  assert.ok(gaps.every((g) => g >= 20 - 1e-6), `gaps between starts: ${gaps.map((g) => g.toFixed(0)).join(', ')}`);
});

test('aborting stops requests in flight and those waiting for a slot', async (t) => {
  const dir = await tempDir(t);
  const controller = new AbortController();
  const fetch = ((_url: string, init?: RequestInit) =>
    new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof globalThis.fetch;
  const d = new PoliteDownloader({
    userAgent: USER_AGENT,
    concurrency: 1,
    minDelayMs: 0,
    retries: 5,
    backoff: { baseMs: 1, factor: 2, maxMs: 1 },
    maxRetryAfterMs: 1,
    timeoutMs: 5000,
    fetch,
    signal: controller.signal,
  });
  const first = d.download(URL_, path.join(dir, 'a.pdf'));
  const second = d.download(`${URL_}?2`, path.join(dir, 'b.pdf'));
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(first, { name: 'AbortError' });
  await assert.rejects(second, { name: 'AbortError' });
});
