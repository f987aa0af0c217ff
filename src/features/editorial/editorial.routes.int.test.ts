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

  test('a save over a changed draft shows the other change and keeps both in the form', async () => {
    const edna = new AdminClient(t.app);
    await edna.signIn('edna@example.eu');
    const eric = new AdminClient(t.app, '203.0.113.9');
    await eric.signIn('eric@example.eu');
    const created = await edna.post('/admin/drafts', { name: 'Mergia', productNumber: 'EMEA/H/C/009102', category: 'human', applicant: 'Merge AB', inn: '', activeSubstance: '', therapeuticIndication: '' }, { token: await edna.csrfToken('/admin/drafts/new') });
    const id = draftId(created.headers.location as string);
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
});
