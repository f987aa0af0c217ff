/**
 * Autocomplete in a real browser, on every search box: the home page's and the search page's,
 * in two languages, at a desktop and a phone width. The list must sit under the box and its
 * button (not between them), look like a list of choices rather than bullets, work from the
 * keyboard, and leave the page accessible while it is open.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatAxeFindings, launchChromium, requireBrowser, runAxe, startTestServer, type TestServer } from '../support/browser.ts';

const BOXES = [
  { page: '/en', input: '#home-search' },
  { page: '/de', input: '#home-search' },
  { page: '/en/search', input: '#search-q' },
  { page: '/sv/search?q=cancer', input: '#search-q' },
] as const;

describe('search suggestions in a browser', { timeout: 180_000 }, () => {
  let server: TestServer;
  let launched: Awaited<ReturnType<typeof launchChromium>> | undefined;
  const contexts: BrowserContext[] = [];

  before(async () => {
    server = await startTestServer();
    launched = await launchChromium();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await launched?.browser?.close();
    await server?.close();
  });

  async function open(browser: Browser, width: number, path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(server.baseUrl + path, { waitUntil: 'load' });
    return page;
  }

  for (const width of [1280, 320]) {
    for (const box of BOXES) {
      test(`typing in the box on ${box.page} at ${width} px lists the medicine under the box and its button`, async (t) => {
        const browser = requireBrowser(t, launched);
        if (!browser) return;
        const page = await open(browser, width, box.page);
        const input = page.locator(box.input);
        await input.fill('');
        await input.pressSequentially('lumy', { delay: 20 });
        const list = page.getByRole('listbox');
        await list.waitFor({ state: 'visible' });
        const option = page.getByRole('option').first();
        assert.match(await option.innerText(), /Lumykras/);

        const [listBox, inputBox, buttonBox] = await Promise.all([list.boundingBox(), input.boundingBox(), page.locator(`${box.input} ~ button, ${box.input} + button`).first().boundingBox()]);
        assert.ok(listBox && inputBox && buttonBox);
        assert.ok(listBox.y >= inputBox.y + inputBox.height - 1, `the list starts at ${listBox.y}, above the box's bottom ${inputBox.y + inputBox.height}`);
        assert.ok(listBox.y >= buttonBox.y + buttonBox.height - 1, `the list starts at ${listBox.y}, above the button's bottom ${buttonBox.y + buttonBox.height}`);
        assert.ok(listBox.x + listBox.width <= width + 1, `the list is ${listBox.x + listBox.width} px wide on a ${width} px screen`);
        // Strings, as the project's TypeScript has no DOM types.
        assert.equal(await page.evaluate('getComputedStyle(document.querySelector("[role=listbox]")).listStyleType'), 'none');
        assert.equal(await page.evaluate('getComputedStyle(document.querySelector("[role=listbox]")).position'), 'absolute');

        const report = await runAxe(page);
        assert.equal(report.violations.length, 0, `axe-core with the list open on ${box.page}:\n${formatAxeFindings(report.violations)}`);

        await input.press('ArrowDown');
        assert.equal(await option.getAttribute('aria-selected'), 'true');
        assert.equal(await input.getAttribute('aria-activedescendant'), await option.getAttribute('id'));
        await Promise.all([page.waitForURL(/\/medicines\/human\/EPAR\/lumykras$/), input.press('Enter')]);
      });
    }
  }

  test('Escape closes the list and leaves what was typed', async (t) => {
    const browser = requireBrowser(t, launched);
    if (!browser) return;
    const page = await open(browser, 1280, '/en');
    const input = page.locator('#home-search');
    await input.pressSequentially('soto', { delay: 20 });
    await page.getByRole('listbox').waitFor({ state: 'visible' });
    await input.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    assert.equal(await input.inputValue(), 'soto');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
  });
});
