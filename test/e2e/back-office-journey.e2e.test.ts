/**
 * The back office's journey in a real browser, keyboard only (Tab to a control, type, Enter; the
 * one exception is choosing a file, which a test cannot do through the system's file dialog): an
 * editor records a new medicine's application, its positive opinion and the Commission's
 * decision, and uploads its overview in two languages; a publisher reviews the diff and schedules
 * publication a few seconds ahead. Before that time nothing is public; after it the page, the
 * API, search, the feed and a webhook all show it, and the audit trail names both people at each
 * step. Then every back-office page type passes axe-core and the Nu Html Checker in two languages.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { formatAxeFindings, launchChromium, requireBrowser, runAxe, startTestServer, validateHtml, type TestServer } from '../support/browser.ts';
import { createStaff, STAFF_PASSWORD } from '../support/admin-client.ts';
import { buildPdf, lines } from '../support/pdf-builder.ts';
import { TestReceiver } from '../support/test-receiver.ts';

/** Presses Tab until the focused element matches `selector`: how a keyboard user reaches a control. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => (globalThis as unknown as { document: { activeElement: { matches(s: string): boolean } | null } }).document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Tabs to the submit button of the form holding `selector` and presses Enter, waiting for the page that follows. */
async function submit(page: Page, formSelector: string): Promise<void> {
  await tabTo(page, `${formSelector} button[type="submit"]`);
  await Promise.all([page.waitForLoadState('load'), page.waitForNavigation(), page.keyboard.press('Enter')]);
}

async function follow(page: Page, href: string): Promise<void> {
  await tabTo(page, `a[href="${href}"]`);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/admin/login`);
  await typeInto(page, '#login-email', email);
  await typeInto(page, '#login-password', STAFF_PASSWORD);
  await submit(page, 'form[action="/admin/login"]');
}

describe('the back office journey', { timeout: 240_000 }, () => {
  let server: TestServer;
  let receiver: TestReceiver;
  let launched: Awaited<ReturnType<typeof launchChromium>> | undefined;
  /** Back-office pages seen on the way, for the accessibility and HTML checks. */
  const pageTypes = new Map<string, string>();

  before(async () => {
    server = await startTestServer({ ADMIN_INSECURE_COOKIES: 'true', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    server.services.webhookWorker.start(server.services.changes);
    server.services.publicationScheduler.start();
    receiver = await TestReceiver.start();
    await createStaff(server.services, 'edna.editor@example.eu', 'editor');
    await createStaff(server.services, 'paula.publisher@example.eu', 'publisher');
    launched = await launchChromium();
  });
  after(async () => {
    await launched?.browser?.close();
    await server?.services.publicationScheduler.stop();
    await server?.services.webhookWorker.stop();
    await receiver?.stop();
    await server?.close();
  });

  test('an editor drafts a new medicine, a publisher schedules it, and it appears everywhere only at its time', async (t) => {
    const browser = requireBrowser(t, launched);
    if (!browser) return;
    const base = server.baseUrl;
    const key = await server.services.apiKeys.create('journey');
    const sub = await server.services.webhooks.create(key.apiKey.id, { url: receiver.url, kinds: ['created'] });
    receiver.secrets.set(sub.subscription.id, sub.secret);

    const editor = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await signIn(editor, base, 'edna.editor@example.eu');
    await follow(editor, '/admin/drafts');
    pageTypes.set('list', '/admin/drafts');
    await follow(editor, '/admin/drafts/new');
    pageTypes.set('application', '/admin/drafts/new');
    await typeInto(editor, '#app-name', 'Journeymab');
    await typeInto(editor, '#app-product-number', 'EMEA/H/C/009900');
    await typeInto(editor, '#app-applicant', 'Journey Biologics B.V.');
    await typeInto(editor, '#app-inn', 'journeymab');
    await typeInto(editor, '#app-substance', 'journeymab');
    await typeInto(editor, '#app-indication', 'Journeymab is indicated for the treatment of adults with relapsing journey syndrome.');
    await submit(editor, 'form[action="/admin/drafts"]');
    const draftUrl = new URL(editor.url()).pathname;
    assert.match(draftUrl, /^\/admin\/drafts\/\d+$/);
    pageTypes.set('draft', draftUrl);
    assert.match(await editor.locator('main').innerText(), /Under evaluation/);

    await typeInto(editor, '#opinion-date', '2026-10-16');
    await submit(editor, 'section[aria-labelledby="event-opinion"] form');
    await typeInto(editor, '#decision-date', '2026-11-20');
    await submit(editor, 'section[aria-labelledby="event-decision"] form');
    assert.match(await editor.locator('main').innerText(), /Authorised/);

    for (const [lang, endonym] of [['en', 'English'], ['de', 'Deutsch']] as const) {
      await follow(editor, `${draftUrl}/documents`);
      pageTypes.set('upload', `${draftUrl}/documents`);
      await tabTo(editor, '#upload-type');
      await editor.keyboard.type('Medicine overview');
      await tabTo(editor, '#upload-lang');
      await editor.keyboard.type(endonym);
      await typeInto(editor, '#upload-title', 'Journeymab: EPAR - Medicine overview');
      await editor.locator('#upload-file').setInputFiles({ name: `journeymab_${lang}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(buildPdf([lines([`Journeymab overview (${lang})`, 'What is Journeymab and what is it used for?'])])) });
      await submit(editor, 'form[enctype="multipart/form-data"]');
      assert.equal(new URL(editor.url()).pathname, draftUrl, `the ${lang} upload was accepted`);
    }
    assert.match(await editor.locator('main').innerText(), /overview, English[\s\S]*overview, Deutsch/);
    pageTypes.set('fields', `${draftUrl}/fields`);
    pageTypes.set('overview', `${draftUrl}/overview`);
    pageTypes.set('preview', `${draftUrl}/preview`);

    const publisher = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await signIn(publisher, base, 'paula.publisher@example.eu');
    await follow(publisher, '/admin/drafts');
    await follow(publisher, draftUrl);
    await follow(publisher, `${draftUrl}/review`);
    pageTypes.set('review', `${draftUrl}/review`);
    const review = await publisher.locator('main').innerText();
    assert.match(review, /Journey Biologics B\.V\./, 'the diff shows the new record');
    // The form takes whole seconds: a time with milliseconds would be published up to a second
    // before the instant this test compares with.
    const at = new Date(Math.ceil((Date.now() + 15_000) / 1000) * 1000);
    await typeInto(publisher, '#schedule-at', at.toISOString().slice(0, 19));
    await submit(publisher, `form[action="${draftUrl}/schedule"]`);
    assert.match(await publisher.locator('main').innerText(), /Scheduled for publication/);

    // Before its time: nothing anywhere.
    const get = (path: string) => fetch(base + path);
    assert.ok(Date.now() < at.getTime() - 1000, 'the checks before publication ran in time');
    assert.equal((await get('/en/medicines/human/EPAR/journeymab')).status, 404);
    assert.equal((await get('/api/v1/medicines/journeymab')).status, 404);
    assert.doesNotMatch(await (await get('/api/v1/search?q=journeymab')).text(), /journeymab/i);
    assert.doesNotMatch(await (await get('/en/whats-new/feed.atom')).text(), /Journeymab/);
    assert.equal(receiver.received.length, 0);

    // After it: everywhere, from the scheduler the server started.
    const deadline = Date.now() + 30_000;
    while ((await get('/api/v1/medicines/journeymab')).status !== 200) {
      assert.ok(Date.now() < deadline, 'published within 30 s of its time');
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(Date.now() >= at.getTime(), 'not before its time');
    const pageAfter = await get('/en/medicines/human/EPAR/journeymab');
    assert.equal(pageAfter.status, 200);
    assert.match(await pageAfter.text(), /Journeymab/);
    const api = (await (await get('/api/v1/medicines/journeymab')).json()) as { status: string; files: { lang: string }[] };
    assert.equal(api.status, 'authorised');
    assert.deepEqual(api.files.map((f) => f.lang).sort(), ['de', 'en']);
    await server.services.search.refreshStale();
    assert.match(await (await get('/api/v1/search?q=journeymab')).text(), /"slug":"journeymab"/);
    assert.match(await (await get('/en/whats-new/feed.atom')).text(), /Journeymab/);
    await receiver.until((r) => r.some((x) => x.json?.medicine?.slug === 'journeymab'));
    const delivery = receiver.received.find((x) => x.json?.medicine?.slug === 'journeymab')!;
    assert.ok(delivery.verified, 'the webhook is signed');
    assert.match(JSON.stringify(delivery.json), /edited by edna\.editor; published by paula\.publisher/);

    const id = draftUrl.split('/').at(-1);
    const trail = (await server.services.audit.search({}, null, 200)).events.filter((e) => e.subject === `draft:${id}`).reverse();
    assert.deepEqual(
      trail.map((e) => `${e.action} ${e.actorEmail}`),
      [
        'draft.create edna.editor@example.eu',
        'draft.edit edna.editor@example.eu',
        'draft.edit edna.editor@example.eu',
        'document.upload edna.editor@example.eu',
        'document.upload edna.editor@example.eu',
        'draft.review paula.publisher@example.eu',
        'draft.schedule paula.publisher@example.eu',
        'draft.publish paula.publisher@example.eu',
      ],
    );
    const published = trail.at(-1)!.details;
    assert.deepEqual([published.editors, published.publisher], [['edna.editor'], 'paula.publisher']);
  });

  test('every back-office page type passes axe-core and the Nu Html Checker in English and German', async (t) => {
    const browser = requireBrowser(t, launched);
    if (!browser) return;
    assert.ok(pageTypes.size >= 8, 'the journey visited every page type');
    const context = await browser.newContext();
    const page = await context.newPage();
    // A publisher sees every page (the review's forms included) once someone else's draft exists.
    await signIn(page, server.baseUrl, 'paula.publisher@example.eu');
    const draft = (await server.services.drafts.list(['published'], 1))[0]!;
    const open = await server.services.drafts.startEdit({ id: 999_999, displayName: 'Another Editor', role: 'editor' }, draft.record.slug);
    const paths = new Map([...pageTypes].map(([name, path]) => [name, path.replace(/\/admin\/drafts\/\d+/, `/admin/drafts/${open.id}`)]));
    const docs: Record<string, string> = {};
    for (const lang of ['en', 'de']) {
      for (const [name, path] of paths) {
        const url = `${server.baseUrl}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
        const response = await page.goto(url, { waitUntil: 'load' });
        assert.equal(response?.status(), 200, `${path} answered ${response?.status()}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        const report = await runAxe(page);
        assert.equal(report.violations.length, 0, `axe-core found violations on ${name} (${lang}):\n${formatAxeFindings(report.violations)}`);
        // The HTML exactly as the server sent it, not the browser's serialisation of it.
        docs[`${name} (${lang})`] = await response!.text();
      }
    }
    assert.match(docs['review (de)']!, /Veröffentlichung planen/, 'the German pages are in German');
    await context.close();
    // One run of the checker for all sixteen pages: starting Java costs more than checking.
    const reports = await validateHtml(docs);
    if (!reports) {
      t.skip('java not found: HTML validation skipped');
      return;
    }
    for (const [name, report] of Object.entries(reports)) {
      assert.deepEqual(report.errors.map((e) => `${e.message} ${e.extract ?? ''}`), [], `vnu errors on ${name}`);
    }
  });
});
