/**
 * Every page type in every language, at phone and tablet widths, in a real browser: nothing
 * scrolls sideways and nothing sticks out past the right edge (which also catches content that
 * a clipped box hides rather than scrolls). One browser, two tabs reused for every address, each
 * address loaded once and measured at every width, so 26 languages × 16 page types × 3 widths
 * stay well within a couple of minutes. Product information is shown from its English documents in
 * every language (see writeProductInformation).
 */
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { BrowserContext, Page } from 'playwright-core';
import { LANGUAGES } from '../../src/domain/languages.ts';
import { parseProductInformationMarkdown } from '../../src/ingest/product-information/markdown-parser.ts';
import { launchChromium, requireBrowser, startTestServer, type TestServer } from '../support/browser.ts';
import { sharedPath } from '../support/shared-corpus.ts';

const LUMYKRAS = '/medicines/human/EPAR/lumykras';

/** One address per page type the portal renders as HTML (src/features/*\/*.routes.ts), with the status it answers. */
const PAGE_TYPES = [
  { name: 'home', path: '', status: 200 },
  { name: 'catalogue', path: '/medicines', status: 200 },
  { name: 'medicine', path: LUMYKRAS, status: 200 },
  { name: 'search results', path: '/search?q=lumykras', status: 200 },
  { name: 'browse', path: '/browse', status: 200 },
  { name: 'browse by ATC', path: '/browse/atc', status: 200 },
  { name: 'browse by holder', path: '/browse/holders', status: 200 },
  { name: 'one ATC code', path: '/browse/atc/L01', status: 200 },
  { name: 'history', path: `${LUMYKRAS}/history`, status: 200 },
  { name: 'revision', path: `${LUMYKRAS}/history/2`, status: 200 },
  { name: 'comparison', path: `${LUMYKRAS}/history/compare?from=1&to=2`, status: 200 },
  { name: 'what’s new', path: '/whats-new', status: 200 },
  { name: 'open data', path: '/open-data', status: 200 },
  // The SmPC's page has the overview's parts (documents, contents) and the text and tables besides.
  { name: 'SmPC', path: `${LUMYKRAS}/product-information/smpc`, status: 200 },
  { name: 'product information: what changed', path: `${LUMYKRAS}/product-information/changes`, status: 200 },
  { name: 'not found', path: '/medicines/human/EPAR/no-such-medicine', status: 404 },
] as const;

const WIDTHS = [320, 390, 768] as const;

/**
 * Measures, inside the page, what overflows the viewport: the document's scroll width, and the
 * elements whose right edge passes it. An element counts unless a box that clips it (a scroll box
 * or `overflow: hidden`, other than the root and body, whose hiding would be the bug) itself ends
 * inside the viewport; an absolutely positioned element escapes the clipping boxes below its
 * containing block, which is how visually hidden text used to widen the medicine page.
 * A string, as the project's TypeScript has no DOM types.
 */
const MEASURE_OVERFLOW = `(() => {
  const doc = document.documentElement;
  const width = doc.clientWidth;
  const escapes = (s) => s.position === 'absolute' || s.position === 'fixed';
  const clippedInside = (el) => {
    let needPositioned = escapes(getComputedStyle(el));
    for (let a = el.parentElement; a && a !== document.body && a !== doc; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (needPositioned && s.position === 'static') continue;
      if (s.overflowX !== 'visible' && a.getBoundingClientRect().right <= width + 0.5) return true;
      needPositioned = escapes(s);
    }
    return false;
  };
  const describe = (el) => {
    const id = el.id ? '#' + el.id : '';
    const cls = el.classList.length > 0 ? '.' + [...el.classList].join('.') : '';
    const text = (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 50);
    return '<' + el.tagName.toLowerCase() + id + cls + '> ends at ' + Math.round(el.getBoundingClientRect().right) + ' px: "' + text + '"';
  };
  const sticking = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= width + 0.5 || clippedInside(el)) continue;
    // The outermost culprit says most; its descendants would repeat it.
    if (sticking.some((s) => s.el.contains(el))) continue;
    sticking.push({ el, text: describe(el) });
  }
  return { scrollWidth: doc.scrollWidth, clientWidth: width, sticking: sticking.slice(0, 3).map((s) => s.text) };
})()`;

async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; sticking: string[] }> {
  return page.evaluate(MEASURE_OVERFLOW) as Promise<{ scrollWidth: number; clientWidth: number; sticking: string[] }>;
}

/** Lumykras gets a second revision so its history, one revision and a comparison exist in every language. */
async function writeSecondRevision(server: TestServer): Promise<void> {
  await server.services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, (m) => ({
    ...m!,
    status: 'withdrawn',
    therapeuticIndication: (m!.therapeuticIndication ?? '').replace(/adults/, 'adult patients'),
    dates: { ...m!.dates, withdrawal: '2026-08-12' },
  }), { kind: 'ema-table', reference: 'e2e', asOf: new Date('2026-08-12T00:00:00Z') });
}

/**
 * Lumykras gets two versions of its English product information (the real one from ../shared
 * when there, with its tables), so the pages of every language show it (they fall back to
 * English) and "what changed" has a word diff to lay out. One language's documents, as the
 * other page types use one medicine: the page's width depends on its layout, not on how many
 * languages of the document exist.
 */
async function writeProductInformation(server: TestServer): Promise<void> {
  const real = sharedPath('ema/product-information/lumykras-epar-product-information_en.md');
  const text = real
    ? await readFile(real, 'utf8')
    : ['## ANNEX I', '## 1. NAME OF THE MEDICINAL PRODUCT', 'Lumykras 120 mg film-coated tablets', '## 4. CLINICAL PARTICULARS', '## 4.1 Therapeutic indications', 'Lumykras is indicated for adults with lung cancer.', '## 4.2 Posology and method of administration', '| Dose reduction level | Dose |\n|---|---|\n| Starting dose | 960 mg (eight 120 mg tablets) once daily |\n| First dose reduction | 480 mg (four 120 mg tablets) once daily |'].join('\n\n');
  const first = parseProductInformationMarkdown(text, { language: 'en', file: 'lumykras-epar-product-information_en.md' });
  await server.services.productInformation.saveVersion('lumykras', { ...first, versionDate: '2025-01-10' });
  const second = parseProductInformationMarkdown(text.replace(/\b960 mg\b/, '720 mg').replace(/lung cancer/, 'non-small cell lung cancer with the KRAS G12C mutation'), { language: 'en', file: 'lumykras-epar-product-information_en.md' });
  await server.services.productInformation.saveVersion('lumykras', { ...second, versionDate: '2026-02-20' });
}

describe('every page fits the screen', { timeout: 300_000 }, () => {
  let server: TestServer;
  let launched: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let context: BrowserContext | undefined;
  /** Two tabs: while one waits for the server, the other lays out. */
  const tabs: Page[] = [];
  let visited = 0;
  let started = 0;

  before(async () => {
    server = await startTestServer();
    await writeSecondRevision(server);
    await writeProductInformation(server);
    launched = await launchChromium();
    if (launched.browser) {
      context = await launched.browser.newContext({ viewport: { width: WIDTHS[0], height: 800 } });
      context.setDefaultTimeout(30_000);
      tabs.push(await context.newPage(), await context.newPage());
    }
    started = performance.now();
  });
  after(async () => {
    if (visited > 0) console.log(`# ${visited} pages loaded and measured at ${WIDTHS.join(', ')} px in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await context?.close().catch(() => {});
    await launched?.browser?.close();
    await server?.close();
  });

  /** Loads one address and measures it at every width; returns what does not fit. */
  async function check(page: Page, lang: string, p: (typeof PAGE_TYPES)[number]): Promise<string[]> {
    const address = `/${lang}${p.path}`;
    await page.setViewportSize({ width: WIDTHS[0], height: 800 });
    const response = await page.goto(server.baseUrl + address, { waitUntil: 'load' });
    visited++;
    if (response?.status() !== p.status) return [`${p.name} (${lang}): ${address} answered ${response?.status()}, expected ${p.status}`];
    const failures: string[] = [];
    // Resizing re-evaluates the media queries and the layout exactly as a fresh load at that
    // width would, for a fraction of the time of loading the page again.
    for (const width of WIDTHS) {
      if (width !== WIDTHS[0]) await page.setViewportSize({ width, height: 800 });
      const o = await overflow(page);
      if (o.scrollWidth > o.clientWidth || o.sticking.length > 0) {
        failures.push(`${p.name} (${lang}) at ${width} px: ${address} is ${o.scrollWidth} px wide in a ${o.clientWidth} px viewport${o.sticking.map((x) => `\n      ${x}`).join('')}`);
      }
    }
    return failures;
  }

  for (const lang of LANGUAGES) {
    test(`every page type in ${lang} fits ${WIDTHS.join(', ')} px without scrolling sideways`, async (t) => {
      if (!requireBrowser(t, launched) || tabs.length === 0) return;
      const queue = [...PAGE_TYPES];
      const failures: string[] = [];
      await Promise.all(
        tabs.map(async (tab) => {
          for (let p = queue.shift(); p; p = queue.shift()) failures.push(...(await check(tab, lang, p)));
        }),
      );
      assert.ok(failures.length === 0, `${failures.length} page/width pair(s) in ${lang} do not fit:\n  ${failures.join('\n  ')}`);
    });
  }
});
