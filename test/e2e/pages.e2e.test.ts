/**
 * The three pages a reader meets first (home, catalogue, a medicine), in a real browser against
 * the real app: accessible as far as axe-core can tell, valid HTML, reachable by following links,
 * and the same with JavaScript off. Screenshots land in test-results/ for a human to look at.
 */
import { after, before, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  formatAxeFindings,
  formatVnuMessages,
  launchChromium,
  requireBrowser,
  RESULTS_DIR,
  runAxe,
  startTestServer,
  validateHtml,
  type TestServer,
  type VnuReport,
} from '../support/browser.ts';

const PAGES = [
  { name: 'home', path: '/en' },
  { name: 'catalogue', path: '/en/medicines' },
  { name: 'Lumykras', path: '/en/medicines/human/EPAR/lumykras' },
  // The same page types in other scripts and languages: Swedish (with its own overview), Greek, Bulgarian.
  { name: 'Swedish Lumykras', path: '/sv/medicines/human/EPAR/lumykras' },
  { name: 'Greek Lumykras', path: '/el/medicines/human/EPAR/lumykras' },
  { name: 'Bulgarian catalogue', path: '/bg/medicines' },
  { name: 'Bulgarian home', path: '/bg' },
  { name: 'search', path: '/en/search?q=sotorasib' },
  { name: 'Swedish search', path: '/sv/search?q=lungcancer' },
  // History: the timeline, one revision, a comparison, and what's new (revisions written in `before`).
  { name: 'Lumykras history', path: '/en/medicines/human/EPAR/lumykras/history' },
  { name: 'Swedish Lumykras history', path: '/sv/medicines/human/EPAR/lumykras/history' },
  { name: 'Lumykras revision', path: '/en/medicines/human/EPAR/lumykras/history/5' },
  { name: 'Lumykras comparison', path: '/en/medicines/human/EPAR/lumykras/history/compare?from=4&to=6' },
  { name: 'what’s new', path: '/en/whats-new' },
  { name: 'Greek what’s new', path: '/el/whats-new?kind=status' },
  // For developers: the open-data page in two languages and the API reference (Swagger UI).
  { name: 'open data', path: '/en/open-data' },
  { name: 'Greek open data', path: '/el/open-data' },
  { name: 'API reference', path: '/api/docs' },
  // No dead ends: a missing page and an unknown language answer 404 with a search box.
  { name: 'not found', path: '/en/medicines/human/EPAR/no-such-medicine', status: 404 },
  { name: 'unknown language', path: '/xx/medicines', status: 404 },
] as const satisfies readonly { name: string; path: string; status?: number }[];

/** The status a page of the list is expected to answer with. */
const statusOf = (p: (typeof PAGES)[number]): number => ('status' in p ? p.status : 200);

/**
 * Two more revisions of Lumykras, dated after the sample page (22 July 2026) so they follow it in
 * its history: a status change, a reworded indication, a language version added and a new
 * procedure to show.
 */
async function writeLumykrasHistory(server: TestServer): Promise<void> {
  const target = { productNumber: 'EMEA/H/C/005522', slug: 'lumykras' };
  await server.services.writer.apply(target, (m) => {
    const pi = m!.documents[0]!;
    return {
      ...m!,
      status: 'withdrawn',
      therapeuticIndication: (m!.therapeuticIndication ?? '').replace(/adults/, 'adult patients'),
      dates: { ...m!.dates, withdrawal: '2026-08-12' },
      documents: [{ ...pi, languages: [...pi.languages.filter((l) => l.lang !== 'fi'), { lang: 'fi', sizeBytes: 400000, firstPublished: '2026-08-12', lastUpdated: null, url: null }] }, ...m!.documents.slice(1)],
    };
  }, { kind: 'ema-table', reference: 'e2e', asOf: new Date('2026-08-12T00:00:00Z') });
  await server.services.writer.apply(target, (m) => ({
    ...m!,
    procedures: [...m!.procedures, { number: 'II/0099', otherNumbers: [], type: 'variation-ii', typeLabel: 'Variation type II', scope: 'Update of section 4.8 of the SmPC.', opinionDate: '2026-09-01', commissionDecisionDate: null, productInformationAffected: 'Yes', summary: null }],
  }), { kind: 'procedural-steps', reference: 'e2e', asOf: new Date('2026-09-01T00:00:00Z') });
}

/** What the Lumykras page must say, whatever the template looks like. */
const LUMYKRAS_FACTS = ['EMEA/H/C/005522', 'L01XX73', 'Amgen Europe B.V.'];

describe('the pages in a browser', { timeout: 600_000 }, () => {
  let server: TestServer;
  let launched: Awaited<ReturnType<typeof launchChromium>> | undefined;
  const contexts: BrowserContext[] = [];

  before(async () => {
    server = await startTestServer();
    await writeLumykrasHistory(server);
    launched = await launchChromium();
    await mkdir(RESULTS_DIR, { recursive: true });
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await launched?.browser?.close();
    await server?.close();
  });

  async function openPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    return context.newPage();
  }

  const screenshotPath = (name: string) => path.join(RESULTS_DIR, `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`);

  for (const p of PAGES) {
    test(`the ${p.name} page has no WCAG 2.1 A or AA violations that axe-core can find`, async (t) => {
      const browser = requireBrowser(t, launched);
      if (!browser) return;
      const page = await openPage(browser);
      const response = await page.goto(server.baseUrl + p.path, { waitUntil: 'load' });
      assert.equal(response?.status(), statusOf(p), `${p.path} answered ${response?.status()}`);
      await page.screenshot({ path: screenshotPath(p.name), fullPage: true });
      const report = await runAxe(page);
      if (report.incomplete.length > 0) {
        t.diagnostic(`axe could not decide ${report.incomplete.length} rule(s) on ${p.path}; a human should look:\n${formatAxeFindings(report.incomplete)}`);
      }
      assert.equal(report.violations.length, 0, `axe-core found violations on ${p.path}:\n${formatAxeFindings(report.violations)}`);
    });

    test(`the ${p.name} page loads its stylesheet and script without errors`, async (t) => {
      const browser = requireBrowser(t, launched);
      if (!browser) return;
      const page = await openPage(browser);
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
      page.on('console', (m) => {
        // The browser reports a page answered with its expected 404 as a resource that failed to load.
        const expected404 = statusOf(p) === 404 && m.location().url === server.baseUrl + p.path;
        if (m.type() === 'error' && !expected404) problems.push(`console error: ${m.text()}`);
      });
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
      page.on('response', (r) => {
        if (r.status() >= 400 && r.url() !== server.baseUrl + p.path) problems.push(`${r.status()} for ${r.url()}`);
      });
      await page.goto(server.baseUrl + p.path, { waitUntil: 'load' });
      assert.deepEqual(problems, [], `${p.path} did not load cleanly:\n  ${problems.join('\n  ')}`);
    });
  }

  describe('as HTML', () => {
    let reports: Promise<Record<string, VnuReport> | null> | undefined;
    /** One vnu.jar run for all three pages: the JVM start costs more than the checking. */
    const validated = () =>
      (reports ??= (async () => {
        const docs: Record<string, string> = {};
        for (const p of PAGES) {
          const res = await fetch(server.baseUrl + p.path);
          assert.equal(res.status, statusOf(p), `${p.path} answered ${res.status}`);
          docs[p.name] = await res.text();
        }
        return validateHtml(docs);
      })());

    for (const p of PAGES) {
      test(`the ${p.name} page is valid HTML to the Nu Html Checker`, async (t: TestContext) => {
        const all = await validated();
        if (!all) {
          t.skip('java not found: HTML validation skipped');
          return;
        }
        const report = all[p.name]!;
        if (report.warnings.length > 0) t.diagnostic(`vnu warnings on ${p.path}:\n${formatVnuMessages(report.warnings)}`);
        assert.equal(report.errors.length, 0, `vnu found ${report.errors.length} error(s) in ${p.path}:\n${formatVnuMessages(report.errors)}`);
      });
    }
  });

  /**
   * Home → catalogue → Lumykras by following links, then the facts and a document's languages.
   * Returns what the reader saw, so the two runs (with and without JavaScript) can be compared.
   */
  async function journey(page: Page): Promise<{ headings: string[]; links: string[] }> {
    await page.goto(`${server.baseUrl}/en`);
    await page.locator('a[href="/en/medicines"]').first().click();
    await page.waitForURL(/\/en\/medicines(\?.*)?$/);
    assert.equal(await page.locator('h1').count(), 1, 'the catalogue has one h1');

    await page.locator('main').getByRole('link', { name: 'Lumykras', exact: true }).first().click();
    await page.waitForURL(/\/en\/medicines\/human\/EPAR\/lumykras$/);
    assert.match(await page.locator('h1').innerText(), /Lumykras/);

    const text = await page.locator('main').innerText();
    for (const fact of LUMYKRAS_FACTS) assert.ok(text.includes(fact), `the Lumykras page does not show "${fact}"`);

    // A document with several languages keeps them in a <details> that opens on its summary.
    const details = page.locator('main details').filter({ has: page.locator('a[href$=".pdf"]') }).first();
    assert.equal(await details.count(), 1, 'the Lumykras page has a <details> listing document versions');
    assert.equal(await details.getAttribute('open'), null, 'the document versions start closed');
    const hiddenLink = details.locator('a[href$=".pdf"]').first();
    assert.equal(await hiddenLink.isVisible(), false, 'the versions are hidden until the details opens');
    await details.locator('summary').first().click();
    assert.notEqual(await details.getAttribute('open'), null, 'clicking the summary opens the details');
    assert.equal(await hiddenLink.isVisible(), true, 'the versions show once the details is open');

    const headings = (await page.locator('main :is(h1, h2, h3, h4)').allInnerTexts()).map((h) => h.trim());
    const links = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    return { headings, links };
  }

  test('a reader can go from a medicine to its history and compare two revisions without JavaScript', async (t) => {
    const browser = requireBrowser(t, launched);
    if (!browser) return;
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.baseUrl}/en/medicines/human/EPAR/lumykras`);
    await page.getByRole('link', { name: 'see what changed' }).click();
    await page.waitForURL(/\/lumykras\/history$/);
    assert.match(await page.locator('h1').innerText(), /History of Lumykras/);
    // From the sample's page (entry 4, after three EMA tables) to the two entries written above.
    await page.getByLabel('From revision').selectOption('4');
    await page.getByLabel('To revision').selectOption('6');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/\/history\/compare\?from=4&to=6$/);
    const text = await page.locator('main').innerText();
    assert.match(text, /Lumykras: changes from revision 4 to revision 6/);
    assert.match(text, /Withdrawn/);
    assert.match(text, /II\/0099/);
    // Removed and added words are announced in words, not only struck through and underlined.
    assert.equal(await page.locator('main del .visually-hidden').first().textContent(), '[removed: ');
    await page.screenshot({ path: screenshotPath('lumykras-comparison'), fullPage: true });
  });

  let withScript: { headings: string[]; links: string[] } | undefined;
  let withoutScript: { headings: string[]; links: string[] } | undefined;

  test('a reader can go from the home page through the catalogue to Lumykras and open a document’s languages', async (t) => {
    const browser = requireBrowser(t, launched);
    if (!browser) return;
    const page = await openPage(browser);
    withScript = await journey(page);
    await page.screenshot({ path: screenshotPath('lumykras-documents-open'), fullPage: true });
  });

  test('the same journey works with JavaScript turned off', async (t) => {
    const browser = requireBrowser(t, launched);
    if (!browser) return;
    const page = await openPage(browser, { javaScriptEnabled: false });
    withoutScript = await journey(page);
    await page.screenshot({ path: screenshotPath('lumykras-no-javascript'), fullPage: true });
  });

  test('the Lumykras page has the same headings and links with JavaScript on and off', (t) => {
    if (!requireBrowser(t, launched)) return;
    assert.ok(withScript && withoutScript, 'both journeys ran');
    assert.deepEqual(withoutScript.headings, withScript.headings);
    assert.deepEqual(withoutScript.links, withScript.links);
  });
});
