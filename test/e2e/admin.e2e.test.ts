/**
 * The back office's own pages in a real browser: an administrator signs in with the keyboard
 * alone, and every page type of accounts and the audit trail (sign-in, start, password, accounts,
 * audit trail, and the sign-in page with an error) passes axe-core (WCAG 2.1 A and AA) and the Nu
 * Html Checker in English and German, fits a 320 px phone, and never enters the page cache.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Response } from 'playwright-core';
import { formatAxeFindings, formatVnuMessages, launchChromium, requireBrowser, runAxe, startTestServer, validateHtml, type TestServer } from '../support/browser.ts';
import { createStaff, STAFF_PASSWORD } from '../support/admin-client.ts';

type DocumentLike = { activeElement: { matches(s: string): boolean } | null; documentElement: { scrollWidth: number } };

/** Tab until the focus is on `selector`, as a keyboard user reaches a control. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => (globalThis as unknown as { document: DocumentLike }).document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

const PAGES = [
  { name: 'sign-in', path: '/admin/login' },
  { name: 'start', path: '/admin' },
  { name: 'password', path: '/admin/account/password' },
  { name: 'accounts', path: '/admin/users' },
  { name: 'audit trail', path: '/admin/audit' },
  { name: 'audit trail, searched', path: '/admin/audit?action=sign-in&from=2020-01-01' },
] as const;

describe('the back office pages in a browser', { timeout: 180_000 }, () => {
  let server: TestServer;
  let launched: Awaited<ReturnType<typeof launchChromium>> | undefined;
  const documents: Record<string, string> = {};

  before(async () => {
    server = await startTestServer({ ADMIN_INSECURE_COOKIES: '1' });
    await createStaff(server.services, 'ada.admin@example.eu', 'admin');
    await createStaff(server.services, 'edna.editor@example.eu', 'editor');
    launched = await launchChromium();
  });
  after(async () => {
    await launched?.browser?.close();
    await server?.close();
  });

  test('an administrator signs in with the keyboard alone; every page passes axe in English and German and fits a phone', async (t) => {
    const browser = requireBrowser(t, launched);
    if (!browser) return;
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const base = server.baseUrl;

    // The sign-in page with its error, then a keyboard-only sign-in.
    await page.goto(`${base}/admin/login`);
    await tabTo(page, '#login-email');
    await page.keyboard.type('ada.admin@example.eu');
    await tabTo(page, '#login-password');
    await page.keyboard.type('not my password, sadly');
    const [refused] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(refused?.status(), 401);
    assert.match((await page.textContent('[role="alert"]')) ?? '', /not right/);
    const failedHtml = await refused!.text();
    const problems: string[] = [];
    const failedAxe = await runAxe(page);
    if (failedAxe.violations.length > 0) problems.push(`sign-in refused (en):\n${formatAxeFindings(failedAxe.violations)}`);

    await tabTo(page, '#login-email');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('ada.admin@example.eu');
    await tabTo(page, '#login-password');
    await page.keyboard.type(STAFF_PASSWORD);
    await tabTo(page, 'form[action="/admin/login"] button[type="submit"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, '/admin');

    for (const lang of ['en', 'de'] as const) {
      for (const p of PAGES) {
        // The sign-in page is what a visitor sees: open it in a context without the session.
        const visitor = p.name === 'sign-in';
        const target: Page = visitor ? await (await browser.newContext({ viewport: { width: 320, height: 800 } })).newPage() : page;
        const url = `${base}${p.path}${p.path.includes('?') ? '&' : '?'}lang=${lang}`;
        const response: Response | null = await target.goto(url);
        assert.equal(response?.status(), 200, `${url} answers 200`);
        assert.equal(response?.headers()['cache-control'], 'no-store', `${url} is never stored`);
        documents[`${p.name} (${lang})`] = await response!.text();
        assert.equal(await target.getAttribute('html', 'lang'), lang);
        const report = await runAxe(target);
        if (report.violations.length > 0) problems.push(`${p.name} (${lang}):\n${formatAxeFindings(report.violations)}`);
        const width = await target.evaluate(() => (globalThis as unknown as { document: DocumentLike }).document.documentElement.scrollWidth);
        if (width > 320) problems.push(`${p.name} (${lang}) is ${width} px wide on a 320 px phone`);
        if (visitor) await target.context().close();
      }
    }
    documents['sign-in refused (en)'] = failedHtml;
    assert.deepEqual(problems, []);
    assert.equal(server.services.pageCache.size, 0, 'no back-office page entered the page cache');
    await context.close();
  });

  test('the pages are valid HTML (Nu Html Checker)', async (t) => {
    if (Object.keys(documents).length === 0) return t.skip('no pages were collected (no browser)');
    const reports = await validateHtml(documents);
    if (!reports) return t.skip('no Java: HTML validation skipped');
    for (const [name, report] of Object.entries(reports)) {
      assert.equal(report.errors.length, 0, `vnu found ${report.errors.length} error(s) in ${name}:\n${formatVnuMessages(report.errors)}`);
    }
  });

  test('an editor is refused the accounts page with 403 and never sees it linked', async (t) => {
    const browser = requireBrowser(t, launched);
    if (!browser) return;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/admin/login`);
    await page.fill('#login-email', 'edna.editor@example.eu');
    await page.fill('#login-password', STAFF_PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('form[action="/admin/login"] button[type="submit"]')]);
    assert.equal(await page.locator('a[href="/admin/users"]').count(), 0);
    const refused = await page.goto(`${server.baseUrl}/admin/users`);
    assert.equal(refused?.status(), 403);
    await context.close();
  });
});
