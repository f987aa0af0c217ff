import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestApp } from '../../../test/support/test-app.ts';
import { AdminClient, createStaff } from '../../../test/support/admin-client.ts';
import { buildPdf, lines } from '../../../test/support/pdf-builder.ts';

/** A multipart/form-data body as a browser sends the upload form. */
function multipart(fields: Record<string, string>, file: { name: string; field: string; bytes: Uint8Array }): { payload: Buffer; contentType: string } {
  const boundary = '----openepar-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`), Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const draftId = (location: string | undefined) => Number(/\/admin\/drafts\/(\d+)/.exec(location ?? '')?.[1]);
const versionOn = (body: string) => /name="version" value="(\d+)"/.exec(body)?.[1] ?? '';

describe('the back office drafts pages', () => {
  const t = useTestApp({ ADMIN_INSECURE_COOKIES: 'true', PUBLIC_BASE_URL: 'http://localhost:3000' }, async (services) => {
    await createStaff(services, 'edna@example.eu', 'editor');
    await createStaff(services, 'eric@example.eu', 'editor');
    await createStaff(services, 'paula@example.eu', 'publisher');
  });

  test('an editor records an application, its opinion, its decision and an overview PDF; a publisher schedules it; the audit trail names both', async () => {
    const edna = new AdminClient(t.app);
    assert.equal((await edna.signIn('edna@example.eu')).statusCode, 303);
    const form = await edna.get('/admin/drafts/new');
    assert.equal(form.statusCode, 200);
    assert.equal(form.headers['cache-control'], 'no-store');

    const created = await edna.post('/admin/drafts', { name: 'Formulia', productNumber: 'EMEA/H/C/009101', category: 'human', applicant: 'Formula Pharma GmbH', inn: 'formulimab', activeSubstance: 'formulimab', therapeuticIndication: 'Formulia is indicated for adults with chronic formulosis.' }, { token: await edna.csrfToken('/admin/drafts/new') });
    assert.equal(created.statusCode, 303, created.body);
    const id = draftId(created.headers.location as string);
    const page = async () => (await edna.get(`/admin/drafts/${id}`)).body;

    const decisionFirst = await edna.post(`/admin/drafts/${id}/events`, { version: versionOn(await page()), event: 'decision', date: '2026-11-20', holder: '', holderAddress: '' }, { token: await edna.csrfToken(`/admin/drafts/${id}`) });
    assert.equal(decisionFirst.statusCode, 400);
    assert.match(decisionFirst.body, /Record the committee’s opinion first/);

    const steps: Record<string, string>[] = [{ event: 'opinion', outcome: 'positive', date: '2026-10-16' }, { event: 'decision', date: '2026-11-20', holder: '', holderAddress: '' }];
    for (const event of steps) {
      const body = await page();
      const saved = await edna.post(`/admin/drafts/${id}/events`, { version: versionOn(body), ...event }, { token: await edna.csrfToken(`/admin/drafts/${id}`) });
      assert.equal(saved.statusCode, 303, saved.body);
    }
    for (const lang of ['en', 'de']) {
      const uploadForm = await edna.get(`/admin/drafts/${id}/documents`);
      const token = /name="_csrf" value="([^"]+)"/.exec(uploadForm.body)![1]!;
      const pdf = buildPdf([lines([`Formulia: overview (${lang})`, 'What is Formulia and what is it used for?'])]);
      const { payload, contentType } = multipart({ _csrf: token, version: versionOn(uploadForm.body), documentType: 'overview', lang, title: 'Formulia: EPAR - Medicine overview' }, { name: `formulia_${lang}.pdf`, field: 'file', bytes: pdf });
      const uploaded = await edna.request({ method: 'POST', url: `/admin/drafts/${id}/documents`, payload, headers: { 'content-type': contentType, 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' } });
      assert.equal(uploaded.statusCode, 303, uploaded.body);
    }
    assert.match(await page(), /Authorised/);

    const preview = await edna.get(`/admin/drafts/${id}/preview`);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /Preview of the draft of Formulia/);
    assert.match(String(preview.headers['x-robots-tag']), /noindex/);
    assert.equal((await edna.get(`/admin/drafts/${id}/review`)).statusCode, 403, 'an editor does not review');

    const paula = new AdminClient(t.app, '203.0.113.8');
    await paula.signIn('paula@example.eu');
    const review = await paula.get(`/admin/drafts/${id}/review`);
    assert.equal(review.statusCode, 200);
    assert.match(review.body, /Formula Pharma GmbH/);
    const at = new Date(Date.now() + 30_000);
    const scheduled = await paula.post(`/admin/drafts/${id}/schedule`, { at: at.toISOString().slice(0, 19) }, { token: /name="_csrf" value="([^"]+)"/.exec(review.body)![1]! });
    assert.equal(scheduled.statusCode, 303, scheduled.body);
    assert.equal((await t.app.inject('/en/medicines/human/EPAR/formulia')).statusCode, 404);
    assert.equal((await t.app.inject('/api/v1/medicines/formulia')).statusCode, 404);
    assert.equal(await t.services.drafts.publishDue(new Date(at.getTime() + 1000)), 1);
    assert.equal((await t.app.inject('/en/medicines/human/EPAR/formulia')).statusCode, 200);
    const files = (await t.app.inject('/api/v1/medicines/formulia')).json().files as { lang: string }[];
    assert.deepEqual(files.map((f) => f.lang).sort(), ['de', 'en']);

    const trail = await t.services.audit.search({}, null, 200);
    const ours = trail.events.filter((ev) => ev.subject === `draft:${id}`).map((ev) => `${ev.action} ${String(ev.details.by)}`);
    assert.deepEqual(ours.reverse(), [
      'draft.create edna',
      'draft.edit edna',
      'draft.edit edna',
      'document.upload edna',
      'document.upload edna',
      'draft.review paula',
      'draft.schedule paula',
      'draft.publish paula',
    ]);
  });

  /** Edna creates a draft that Eric, another editor from another address, is about to change too. */
  async function twoEditorsOnADraft(name: string, productNumber: string, applicant: string) {
    const edna = new AdminClient(t.app);
    await edna.signIn('edna@example.eu');
    const eric = new AdminClient(t.app, '203.0.113.9');
    await eric.signIn('eric@example.eu');
    const fields = { name, productNumber, category: 'human', applicant, inn: '', activeSubstance: '', therapeuticIndication: '' };
    const created = await edna.post('/admin/drafts', fields, { token: await edna.csrfToken('/admin/drafts/new') });
    return { edna, eric, id: draftId(created.headers.location as string) };
  }

  test('a save over a changed draft shows the other change and keeps both in the form', async () => {
    const { edna, eric, id } = await twoEditorsOnADraft('Mergia', 'EMEA/H/C/009102', 'Merge AB');
    const ednaForm = (await edna.get(`/admin/drafts/${id}/fields`)).body;
    const ericForm = (await eric.get(`/admin/drafts/${id}/fields`)).body;
    const fields = (form: string, over: Record<string, string>) => ({
      version: versionOn(form),
      name: 'Mergia',
      inn: '',
      activeSubstance: '',
      therapeuticIndication: '',
      pharmacotherapeuticGroup: '',
      applicant: 'Merge AB',
      withdrawalInformation: '',
      holder: '',
      holderAddress: '',
      therapeuticAreas: '',
      atcCodes: '',
      ...over,
    });
    assert.equal((await edna.post(`/admin/drafts/${id}/fields`, fields(ednaForm, { inn: 'mergimab' }), { token: /name="_csrf" value="([^"]+)"/.exec(ednaForm)![1]! })).statusCode, 303);
    const crossing = await eric.post(`/admin/drafts/${id}/fields`, fields(ericForm, { pharmacotherapeuticGroup: 'Antidotes' }), { token: /name="_csrf" value="([^"]+)"/.exec(ericForm)![1]! });
    assert.equal(crossing.statusCode, 409);
    const merged = (await eric.get(`/admin/drafts/${id}/fields`)).body;
    const flagged = await eric.post(`/admin/drafts/${id}/fields`, fields(merged, { inn: 'mergimab', pharmacotherapeuticGroup: 'Antidotes', 'flag.additionalMonitoring': 'yes', 'flag.orphan': 'no', 'date.opinionAdopted': '' }), { token: /name="_csrf" value="([^"]+)"/.exec(merged)![1]! });
    assert.equal(flagged.statusCode, 303, flagged.body);
    const record = (await t.services.drafts.get(id)).record;
    assert.deepEqual([record.flags.additionalMonitoring, record.flags.orphan, record.flags.prime, record.inn, record.pharmacotherapeuticGroup], [true, false, null, 'mergimab', 'Antidotes']);
    const badDate = await eric.post(`/admin/drafts/${id}/fields`, fields(merged, { 'flag.additionalMonitoring': 'yes', 'date.opinionAdopted': '16/10/2026' }), { token: /name="_csrf" value="([^"]+)"/.exec(merged)![1]! });
    assert.equal(badDate.statusCode, 400);
    const unpublish = await edna.post('/admin/drafts/unpublish', { medicine: 'lumykras', reason: 'mistake' }, { token: await edna.csrfToken('/admin/drafts') });
    assert.equal(unpublish.statusCode, 403, 'only publishers and admins unpublish');
    assert.match(crossing.body, /Someone saved this draft while you were editing/);
    assert.match(crossing.body, /mergimab/, "the other editor's change is shown");
    assert.match(crossing.body, /value="mergimab"\s+id="field-inn"/, 'and kept in the form');
    assert.match(crossing.body, /value="Antidotes"\s+id="field-pharmacotherapeuticGroup"/, 'with mine');
  });

  test('the fields form edits previous names, news and the documents without JavaScript, and names a bad row', async () => {
    const edna = new AdminClient(t.app);
    await edna.signIn('edna@example.eu');
    const created = await edna.post('/admin/drafts', { name: 'Listia', productNumber: 'EMEA/H/C/009103', category: 'human', applicant: 'List Oy', inn: '', activeSubstance: '', therapeuticIndication: '' }, { token: await edna.csrfToken('/admin/drafts/new') });
    const id = draftId(created.headers.location as string);
    const form = (await edna.get(`/admin/drafts/${id}/fields`)).body;
    assert.match(form, /<label class="label" for="field-previous-names">Previous names<\/label>/);
    assert.match(form, /name="news\.1\.url"/, 'empty rows to add news items');
    assert.doesNotMatch(form, /name="species"/, 'a human medicine has no target species to edit');
    const token = /name="_csrf" value="([^"]+)"/.exec(form)![1]!;
    const values = { version: versionOn(form), name: 'Listia', applicant: 'List Oy', previousNames: 'Listabria\n', 'news.0.title': 'Listia recommended for approval', 'news.0.url': 'https://www.ema.europa.eu/en/news/listia', 'news.0.date': '2026-10-17', 'news.1.title': '', 'news.1.url': '', 'news.1.date': '' };
    const bad = await edna.post(`/admin/drafts/${id}/fields`, { ...values, 'news.1.title': 'No address' }, { token });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /invalid news\.1\.url/);
    const ok = await edna.post(`/admin/drafts/${id}/fields`, values, { token });
    assert.equal(ok.statusCode, 303, ok.body);
    const record = (await t.services.drafts.get(id)).record;
    assert.deepEqual([record.previousNames, record.news], [['Listabria'], [{ title: 'Listia recommended for approval', url: 'https://www.ema.europa.eu/en/news/listia', date: '2026-10-17' }]]);
    const again = (await edna.get(`/admin/drafts/${id}/fields`)).body;
    assert.match(again, /value="Listia recommended for approval"/, 'the saved item is in the form');
    const preview = await edna.get(`/admin/drafts/${id}/preview`);
    assert.match(preview.body, /Listia recommended for approval/);
    assert.match(preview.body, /Listabria/);
  });

  test('a lifecycle step over a changed draft shows the other change and records both, each field as the editor chooses', async () => {
    const { edna, eric, id } = await twoEditorsOnADraft('Stepia', 'EMEA/H/C/009104', 'Step SE');
    const ericPage = (await eric.get(`/admin/drafts/${id}`)).body;
    const ericToken = /name="_csrf" value="([^"]+)"/.exec(ericPage)![1]!;
    const seen = versionOn(ericPage);
    const ednaPage = (await edna.get(`/admin/drafts/${id}`)).body;
    const ednaStep = await edna.post(`/admin/drafts/${id}/events`, { version: versionOn(ednaPage), event: 'opinion', outcome: 'positive', date: '2026-10-16' }, { token: /name="_csrf" value="([^"]+)"/.exec(ednaPage)![1]! });
    assert.equal(ednaStep.statusCode, 303);

    const crossing = await eric.post(`/admin/drafts/${id}/events`, { version: seen, event: 'opinion', outcome: 'negative', date: '2026-10-17' }, { token: ericToken });
    assert.equal(crossing.statusCode, 409);
    assert.match(crossing.body, /Someone saved this draft while you were editing/);
    const theirs = crossing.body.slice(crossing.body.indexOf('Their change'), crossing.body.indexOf('name="base"'));
    assert.match(theirs, /16 October 2026|2026-10-16/, "the other editor's step is shown as a change");
    assert.match(crossing.body, /name="base" value="\d+"/);
    assert.match(crossing.body, /name="choice\.dates\.opinionAdopted" value="mine"/);
    assert.match(crossing.body, /name="choice\.opinionStatus" value="theirs" checked/, 'the value saved first is kept unless the editor chooses');
    assert.equal((await t.services.drafts.get(id)).record.opinionStatus, 'positive', 'nothing was saved over it');

    const confirm = await eric.post(`/admin/drafts/${id}/events`, { version: versionOn(crossing.body), base: seen, event: 'opinion', outcome: 'negative', date: '2026-10-17', 'choice.dates.opinionAdopted': 'mine', 'choice.opinionStatus': 'theirs' }, { token: /name="_csrf" value="([^"]+)"/.exec(crossing.body)![1]! });
    assert.equal(confirm.statusCode, 303, confirm.body);
    const record = (await t.services.drafts.get(id)).record;
    assert.deepEqual([record.status, record.opinionStatus, record.dates.opinionAdopted], ['opinion', 'positive', '2026-10-17']);

    // A step crossing an edit of other fields keeps both without a choice to make.
    const fieldsForm = (await edna.get(`/admin/drafts/${id}/fields`)).body;
    const ericAgain = (await eric.get(`/admin/drafts/${id}`)).body;
    assert.equal((await edna.post(`/admin/drafts/${id}/fields`, { version: versionOn(fieldsForm), name: 'Stepia', applicant: 'Step SE', inn: 'stepimab' }, { token: /name="_csrf" value="([^"]+)"/.exec(fieldsForm)![1]! })).statusCode, 303);
    const decision = { event: 'decision', date: '2026-11-20', holder: 'Step SE', holderAddress: '' };
    const second = await eric.post(`/admin/drafts/${id}/events`, { version: versionOn(ericAgain), ...decision }, { token: /name="_csrf" value="([^"]+)"/.exec(ericAgain)![1]! });
    assert.equal(second.statusCode, 409);
    assert.match(second.body, /stepimab/);
    assert.doesNotMatch(second.body, /name="choice\./);
    const both = await eric.post(`/admin/drafts/${id}/events`, { version: versionOn(second.body), base: versionOn(ericAgain), ...decision }, { token: /name="_csrf" value="([^"]+)"/.exec(second.body)![1]! });
    assert.equal(both.statusCode, 303, both.body);
    const after = (await t.services.drafts.get(id)).record;
    assert.deepEqual([after.status, after.inn, after.marketingAuthorisationHolder?.name], ['authorised', 'stepimab', 'Step SE']);
  });
});
