import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTestApp } from '../../../test/support/test-app.ts';
import { loadConfig } from '../../config.ts';
import { createServices } from '../../services.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { buildPdf, lines } from '../../../test/support/pdf-builder.ts';
import { parseEditorialReference } from '../../domain/editorial-source.ts';
import { applyEdits, applyEvent, type DocumentRow } from './draft-record.ts';
import { must, parseProductNumber } from '../../domain/identifiers.ts';
import type { Actor, DraftsService, SaveResult } from './drafts.service.ts';

const edna: Actor = { id: 1, displayName: 'Edna Editor', role: 'editor' };
const eric: Actor = { id: 2, displayName: 'Eric Editor', role: 'editor' };
const paula: Actor = { id: 3, displayName: 'Paula Publisher', role: 'publisher' };
const ada: Actor = { id: 4, displayName: 'Ada Admin', role: 'admin' };

const application = (name: string, productNumber: string) => ({
  name,
  category: 'human' as const,
  applicant: 'Example Pharma B.V.',
  productNumber,
  inn: 'examplumab',
  activeSubstance: 'examplumab',
  therapeuticIndication: `${name} is indicated for the treatment of adults with chronic examplosis.`,
});

function saved(result: SaveResult) {
  assert.equal(result.outcome, 'saved', JSON.stringify(result.outcome === 'invalid' ? result.problems : result.outcome));
  return result.draft;
}

/** A new medicine taken through opinion and decision, ready to publish. */
async function authorisedDraft(drafts: DraftsService, name: string, productNumber: string) {
  let draft = saved(await drafts.createApplication(edna, application(name, productNumber)));
  draft = saved(await drafts.save(edna, draft.id, draft.version, applyEvent(draft.record, { kind: 'opinion', outcome: 'positive', date: '2026-10-16' })));
  draft = saved(await drafts.save(edna, draft.id, draft.version, applyEvent(draft.record, { kind: 'decision', date: '2026-11-20', holder: 'Example Pharma B.V.', holderAddress: null })));
  return draft;
}

describe('drafts, review and publication', () => {
  const t = useTestApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }, async (services) => {
    await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, () => buildMedicine(), { kind: 'epar-page', reference: 'lumykras.html', asOf: new Date('2026-01-05T00:00:00Z') });
  });

  test('a medicine starts at its application, under evaluation with its applicant, and needs an applicant', async () => {
    const { drafts } = t.services;
    const draft = saved(await drafts.createApplication(edna, application('Examplia', 'EMEA/H/C/009001')));
    assert.equal(draft.record.status, 'under-evaluation');
    assert.equal(draft.record.applicant, 'Example Pharma B.V.');
    assert.equal(draft.record.slug, 'examplia');
    const without = await drafts.createApplication(edna, { ...application('Nobodia', 'EMEA/H/C/009002'), applicant: '' });
    assert.equal(without.outcome, 'invalid');
    assert.deepEqual(without.outcome === 'invalid' && without.problems.map((p) => p.rule), ['applicant-required']);
    await assert.rejects(drafts.createApplication(edna, application('Lumykras', 'EMEA/H/C/009003')), /exists/);
  });

  test('the lifecycle rules refuse a decision without an opinion and dates out of order', async () => {
    const { drafts } = t.services;
    const draft = saved(await drafts.createApplication(edna, application('Ordinia', 'EMEA/H/C/009010')));
    const early = await drafts.save(edna, draft.id, draft.version, applyEvent(draft.record, { kind: 'decision', date: '2026-11-20', holder: 'Example Pharma B.V.', holderAddress: null }));
    assert.equal(early.outcome, 'invalid');
    assert.ok(early.outcome === 'invalid' && early.problems.some((p) => p.rule === 'opinion-required'));

    const opinion = saved(await drafts.save(edna, draft.id, draft.version, applyEvent(draft.record, { kind: 'opinion', outcome: 'positive', date: '2026-10-16' })));
    const backwards = await drafts.save(edna, draft.id, opinion.version, applyEvent(opinion.record, { kind: 'decision', date: '2026-09-01', holder: 'Example Pharma B.V.', holderAddress: null }));
    assert.ok(backwards.outcome === 'invalid' && backwards.problems.some((p) => p.rule === 'decision-before-opinion'), 'a decision dated before its opinion');

    const decided = saved(await drafts.save(edna, draft.id, opinion.version, applyEvent(opinion.record, { kind: 'decision', date: '2026-11-20', holder: null, holderAddress: null })));
    assert.equal(decided.record.status, 'authorised');
    assert.equal(decided.record.marketingAuthorisationHolder?.name, 'Example Pharma B.V.', 'the applicant becomes the holder when no other is named');
    const lapsedEarly = await drafts.save(edna, draft.id, decided.version, applyEvent(decided.record, { kind: 'lapse', date: '2026-01-01' }));
    assert.ok(lapsedEarly.outcome === 'invalid' && lapsedEarly.problems.some((p) => p.rule === 'date-before-authorisation'));
    const procedure = await drafts.save(edna, draft.id, decided.version, applyEvent(decided.record, { kind: 'procedure', procedure: { number: 'II/0001', type: 'variation-ii', scope: 'Update of section 4.8', opinionDate: null, commissionDecisionDate: '2026-12-01', outcome: null } }));
    assert.ok(procedure.outcome === 'invalid' && procedure.problems.some((p) => p.rule === 'procedure-decision-without-opinion'));
  });

  test('nobody publishes their own edit; an admin may, with a reason that the history shows', async () => {
    const { drafts, history } = t.services;
    const draft = await authorisedDraft(drafts, 'Selfia', 'EMEA/H/C/009020');
    await assert.rejects(drafts.publish(edna, draft.id), /only publishers/);

    const byPaula = saved(await drafts.save(paula, draft.id, draft.version, applyEdits(draft.record, { text: { pharmacotherapeuticGroup: 'Immunosuppressants' } })));
    assert.deepEqual(byPaula.editors.names, ['Edna Editor', 'Paula Publisher']);
    await assert.rejects(drafts.publish(paula, draft.id), /nobody publishes their own edit/);
    await assert.rejects(drafts.schedule(paula, draft.id, new Date(Date.now() + 60_000)), /nobody publishes their own edit/);

    const byAda = saved(await drafts.save(ada, draft.id, byPaula.version, applyEdits(byPaula.record, { text: { inn: 'selfumab' } })));
    await assert.rejects(drafts.publish(ada, draft.id), /must give a reason/);
    const published = await drafts.publish(ada, draft.id, { overrideReason: 'the other publisher is on leave' });
    assert.equal(published.draft.state, 'published');
    const { revisions } = await history.revisions('selfia');
    const signature = parseEditorialReference(revisions[0]!.source.reference);
    assert.deepEqual(signature, { editors: ['Edna Editor', 'Paula Publisher', 'Ada Admin'], publisher: 'Ada Admin', reason: 'two-person rule overridden: the other publisher is on leave' });
    assert.equal(byAda.record.inn, 'selfumab');
  });

  test('a save over a changed draft is refused with the other change and a merge that keeps both', async () => {
    const { drafts } = t.services;
    const start = await drafts.startEdit(edna, 'lumykras');
    const seen = start.version;
    saved(await drafts.save(edna, start.id, seen, applyEdits(start.record, { text: { pharmacotherapeuticGroup: 'Protein kinase inhibitors' } })));
    const crossing = await drafts.save(eric, start.id, seen, applyEdits(start.record, { text: { inn: 'sotorasib (AMG 510)' } }));
    assert.equal(crossing.outcome, 'conflict');
    if (crossing.outcome !== 'conflict') return;
    assert.equal(crossing.by, 'Edna Editor');
    assert.deepEqual(crossing.theirs.map((c) => c.field), ['pharmacotherapeuticGroup']);
    assert.deepEqual(crossing.merge.conflicts, []);
    assert.equal(crossing.merge.merged.pharmacotherapeuticGroup, 'Protein kinase inhibitors', 'the other change is kept');
    assert.equal(crossing.merge.merged.inn, 'sotorasib (AMG 510)', 'and so is mine');
    const confirmed = saved(await drafts.save(eric, start.id, crossing.draft.version, crossing.merge.merged));
    assert.equal(confirmed.record.pharmacotherapeuticGroup, 'Protein kinase inhibitors');

    const clash = await drafts.save(edna, start.id, seen, applyEdits(start.record, { text: { inn: 'AMG 510' } }));
    assert.ok(clash.outcome === 'conflict' && clash.merge.conflicts.some((c) => c.field === 'inn' && c.theirs === 'sotorasib (AMG 510)' && c.mine === 'AMG 510'));
    assert.equal(clash.outcome === 'conflict' && clash.merge.merged.inn, 'sotorasib (AMG 510)', 'a field both changed keeps the saved value until the writer chooses');
    await drafts.discard(start.id);
  });

  test('a scheduled publication shows nowhere before its time and everywhere after it', async () => {
    const { drafts, app } = { drafts: t.services.drafts, app: t.app };
    const subscription = await t.services.webhooks.create((await t.services.apiKeys.create('embargo test')).apiKey.id, { url: 'http://127.0.0.1:9/hook', kinds: ['created'] });
    assert.ok(subscription.subscription.id);
    const draft = await authorisedDraft(drafts, 'Embargia', 'EMEA/H/C/009030');
    const at = new Date(Date.now() + 60_000);
    const scheduled = await drafts.schedule(paula, draft.id, at);
    assert.equal(scheduled.state, 'scheduled');
    await assert.rejects(drafts.save(edna, draft.id, scheduled.version, draft.record), /scheduled/);

    const silent = async () => {
      assert.equal((await app.inject('/en/medicines/human/EPAR/embargia')).statusCode, 404);
      assert.equal((await app.inject('/api/v1/medicines/embargia')).statusCode, 404);
      assert.equal((await app.inject('/api/v1/medicines/EMEA/H/C/009030')).statusCode, 404);
      assert.doesNotMatch((await app.inject('/api/v1/search?q=embargia')).body, /embargia/i);
      assert.doesNotMatch((await app.inject('/en/whats-new/feed.atom')).body, /Embargia/);
      assert.doesNotMatch((await app.inject('/sitemap.xml')).body + (await app.inject('/sitemap-1.xml')).body, /embargia/);
      assert.doesNotMatch((await app.inject('/api/v1/changes?since=2000-01-01T00:00:00Z')).body, /embargia/);
    };
    await silent();
    assert.equal(await drafts.publishDue(new Date(at.getTime() - 1000)), 0, 'nothing is due a second early');
    await silent();

    assert.equal(await drafts.publishDue(new Date(at.getTime() + 1000)), 1);
    const page = await app.inject('/en/medicines/human/EPAR/embargia');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Embargia/);
    const api = await app.inject('/api/v1/medicines/embargia');
    assert.equal(api.json().status, 'authorised');
    assert.match((await app.inject('/en/whats-new/feed.atom')).body, /Embargia/);
    assert.match((await app.inject('/api/v1/changes?since=2000-01-01T00:00:00Z')).body, /published by Paula Publisher/);
    await t.services.search.refreshStale();
    assert.match((await app.inject('/api/v1/search?q=embargia')).body, /"slug":"embargia"/);
    const dispatched = await t.services.webhooks.dispatch();
    assert.ok(dispatched.deliveries >= 1, 'the publication is news for webhooks');
    const published = await drafts.get(draft.id);
    assert.equal(published.state, 'published');
    assert.equal(published.publishedBy, 'Paula Publisher');
  });

  test('a schedule lives in the database: a scheduler started afresh (as after a restart) publishes what fell due', async () => {
    const draft = await authorisedDraft(t.services.drafts, 'Restartia', 'EMEA/H/C/009050');
    await t.services.drafts.schedule(paula, draft.id, new Date(Date.now() + 1500));
    // A second set of services over the same database stands for the server after a restart.
    const restarted = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database: t.database });
    restarted.publicationScheduler.start();
    try {
      const deadline = Date.now() + 20_000;
      while ((await restarted.drafts.get(draft.id)).state !== 'published') {
        assert.ok(Date.now() < deadline, 'published within 20 s of its time');
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await restarted.publicationScheduler.stop();
    }
    assert.equal((await t.services.medicines.get('restartia'))?.status, 'authorised');
  });

  test('an import after a published edit keeps both in the history, the edit with its names', async () => {
    const { drafts, writer, history, medicines } = t.services;
    const edit = await drafts.startEdit(eric, 'lumykras', 'correction', 'The indication named the wrong mutation');
    const corrected = saved(await drafts.save(eric, edit.id, edit.version, applyEdits(edit.record, { text: { therapeuticIndication: 'Lumykras as monotherapy is indicated for the treatment of adults with advanced NSCLC with KRAS G12C mutation, after at least one prior therapy.' } })));
    await drafts.publish(paula, corrected.id);
    // EMA's next table says the same words in its flattened form, and names a new holder.
    await writer.assert(
      { productNumber: 'EMEA/H/C/005522', slug: 'lumykras' },
      { therapeuticIndication: 'LUMYKRAS as monotherapy is indicated for the treatment of adults with advanced NSCLC with KRAS G12C mutation after at least one prior therapy', marketingAuthorisationHolder: { name: 'Amgen Europe B.V. (new)', address: null } },
      { kind: 'ema-table', reference: 'medicines-output-2027.xlsx', asOf: new Date(Date.now() + 86_400_000) },
    );
    const { revisions } = await history.revisions('lumykras');
    const [table, editor] = revisions;
    assert.equal(table!.source.kind, 'ema-table');
    assert.deepEqual(table!.changes.map((c) => c.field), ['marketingAuthorisationHolder.name', 'marketingAuthorisationHolder.address'], "the table's same words are no change");
    assert.equal(editor!.source.kind, 'editor');
    assert.deepEqual(parseEditorialReference(editor!.source.reference), { editors: ['Eric Editor'], publisher: 'Paula Publisher', reason: 'The indication named the wrong mutation' });
    const record = await medicines.get('lumykras');
    assert.match(record!.therapeuticIndication!, /^Lumykras as monotherapy.*mutation, after/, "the editor's form is kept over the table's");
    assert.equal(record!.marketingAuthorisationHolder?.name, 'Amgen Europe B.V. (new)');
  });

  test('unpublishing takes the latest change back, with its reason shown in the public history', async () => {
    const { drafts, medicines } = t.services;
    await assert.rejects(drafts.startUnpublish(paula, 'lumykras', ' '), /needs a reason/);
    const draft = await drafts.startUnpublish(paula, 'lumykras', 'The new holder was published by mistake');
    assert.equal(draft.kind, 'unpublish');
    assert.equal(draft.record.marketingAuthorisationHolder?.name, 'Amgen Europe B.V.');
    await assert.rejects(drafts.publish(paula, draft.id), /nobody publishes their own edit/);
    // Two days on: later than the table of tomorrow that made the change being taken back.
    await drafts.publish(ada, draft.id, { at: new Date(Date.now() + 2 * 86_400_000) });
    assert.equal((await medicines.get('lumykras'))!.marketingAuthorisationHolder?.name, 'Amgen Europe B.V.');
    const page = await t.app.inject('/en/medicines/human/EPAR/lumykras/history');
    assert.match(page.body, /published by Ada Admin; reason: The new holder was published by mistake/);
  });

  test('an uploaded PDF waits with its draft and is stored by content on publication', async () => {
    const { drafts, documents } = t.services;
    const app = t.app;
    const draft = await authorisedDraft(drafts, 'Uploadia', 'EMEA/H/C/009040');
    const pdf = buildPdf([lines(['Uploadia: overview of Uploadia and why it is authorised in the EU', 'What is Uploadia and what is it used for?'])]);
    await assert.rejects(drafts.upload(edna, draft.id, draft.version, { documentType: 'overview', lang: 'en', title: 'Uploadia: EPAR - Medicine overview', fileName: 'page.pdf', bytes: new TextEncoder().encode('<!doctype html><p>not a pdf') }), /not a PDF/);
    const encrypted = buildPdf([lines(['secret'])], { encrypt: '<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>' });
    await assert.rejects(drafts.upload(edna, draft.id, draft.version, { documentType: 'overview', lang: 'en', title: 'x', fileName: 'secret.pdf', bytes: encrypted }));
    const result = saved(await drafts.upload(edna, draft.id, draft.version, { documentType: 'overview', lang: 'en', title: 'Uploadia: EPAR - Medicine overview', fileName: 'uploadia-overview_en.pdf', bytes: pdf }));
    const file = result.record.files[0]!;
    assert.equal(file.pageCount, 1);
    assert.equal(await documents.locate(file.sha256), undefined, 'not in the public store before publication');
    assert.equal((await app.inject(`/files/${file.sha256}`)).statusCode, 404);
    await drafts.publish(paula, draft.id);
    assert.equal((await app.inject(`/files/${file.sha256}`)).statusCode, 200);
    assert.match((await documents.text(file.sha256)).join('\n'), /what is it used for/);
  });

  test('every list the page shows is edited in the draft: previous names, species, news and the documents, with their rules', async () => {
    const { drafts, writer, medicines, documents } = t.services;
    const pn = must(parseProductNumber('EMEA/V/C/009050'));
    const stored = await documents.save(buildPdf([lines(['Caninia: product information'])]), 'application/pdf', ['Caninia: product information']);
    await writer.apply({ productNumber: pn, slug: 'caninia' }, () => buildMedicine({ productNumber: pn, name: 'Caninia', slug: 'caninia', category: 'veterinary', species: ['Dogs'], files: [{ documentType: 'product-information', lang: 'en', sha256: stored.sha256, sizeBytes: stored.sizeBytes, contentType: 'application/pdf', pageCount: 1, fileName: 'caninia-pi_en.pdf' }] }), { kind: 'epar-page', reference: 'caninia.html', asOf: new Date('2026-01-05T00:00:00Z') });
    const draft = await drafts.startEdit(edna, 'caninia');
    const [pi, report] = draft.record.documents;
    const row = (i: number, over: Partial<DocumentRow> = {}): DocumentRow => ({ index: i, title: draft.record.documents[i]!.title, section: draft.record.documents[i]!.section, group: '', referenceText: '', documentStatus: '', remove: false, ...over });
    const edited = applyEdits(draft.record, {
      previousNames: ['Canabria', ' ', 'Canabria'],
      species: ['Dogs', 'Cats'],
      news: [
        { title: 'Meeting highlights from the CVMP 3-5 December 2026', url: 'https://www.ema.europa.eu/en/news/cvmp-december-2026', date: '2026-12-05' },
        { title: '', url: '', date: '' },
      ],
      documents: [row(0, { title: 'Caninia: EPAR - Product information', group: 'Latest', referenceText: 'EMA/123456/2026' }), row(1, { remove: true })],
    });
    assert.deepEqual(edited.previousNames, ['Canabria'], 'blank and repeated lines are no names');
    assert.deepEqual(edited.species, ['Dogs', 'Cats']);
    assert.deepEqual(edited.news, [{ title: 'Meeting highlights from the CVMP 3-5 December 2026', url: 'https://www.ema.europa.eu/en/news/cvmp-december-2026', date: '2026-12-05' }]);
    assert.deepEqual(edited.documents.map((d) => [d.title, d.group, d.referenceNumber]), [['Caninia: EPAR - Product information', 'Latest', 'EMA/123456/2026']]);
    assert.deepEqual(edited.documents[0]!.languages, pi!.languages, 'language versions stay as uploaded');
    assert.equal(edited.files.length, 1, "the kept document's file stays");
    assert.ok(report);
    const gone = applyEdits(draft.record, { documents: [row(0, { remove: true })] });
    assert.deepEqual(gone.files, [], "a removed document's files go with it");

    assert.throws(() => applyEdits(draft.record, { news: [{ title: 'No address', url: '', date: '' }] }), /invalid news\.0\.url/);
    assert.throws(() => applyEdits(draft.record, { news: [{ title: 'Scripted', url: 'javascript:alert(1)', date: '' }] }), /invalid news\.0\.url/);
    assert.throws(() => applyEdits(draft.record, { news: [{ title: 'Bad date', url: 'https://example.eu/n', date: '05/12/2026' }] }), /invalid news\.0\.date/);
    assert.throws(() => applyEdits(draft.record, { related: [{ title: '', url: 'https://example.eu/r', kind: 'other' }] }), /invalid related\.0\.title/);
    assert.throws(() => applyEdits(draft.record, { documents: [row(1, { title: ' ' })] }), /invalid documents\.1\.title/);
    assert.throws(() => applyEdits({ ...draft.record, category: 'human' }, { species: ['Dogs'] }), /invalid species/, 'a human medicine has no target species');

    // Two editors from the same version: one changes the news, the other the species; both stay.
    const mine = saved(await drafts.save(edna, draft.id, draft.version, applyEdits(draft.record, { news: edited.news.map((n) => ({ ...n, date: n.date ?? '' })) })));
    const crossing = await drafts.save(eric, draft.id, draft.version, applyEdits(draft.record, { species: ['Dogs', 'Cats'], previousNames: ['Canabria'] }));
    assert.equal(crossing.outcome, 'conflict');
    assert.ok(crossing.outcome === 'conflict');
    assert.deepEqual(crossing.theirs.map((c) => c.field).filter((f) => f.startsWith('news')).length > 0, true, "the other editor's news is shown");
    assert.deepEqual(crossing.merge.conflicts, []);
    const both = saved(await drafts.save(eric, draft.id, mine.version, crossing.merge.merged));
    assert.deepEqual([both.record.news.length, both.record.species, both.record.previousNames], [1, ['Dogs', 'Cats'], ['Canabria']]);
    // Both changing the same list differently is a conflict, with each side's list to choose from.
    const clash = await drafts.save(edna, draft.id, mine.version, applyEdits(mine.record, { species: ['Horses'] }));
    assert.ok(clash.outcome === 'conflict');
    assert.deepEqual(clash.merge.conflicts.map((c) => [c.field, c.theirs, c.mine]), [['species', ['Dogs', 'Cats'], ['Horses']]]);

    const review = await drafts.review(paula, both.id);
    assert.deepEqual(new Set(review.changes.map((c) => c.field.split(/[.[]/)[0])), new Set(['news', 'species', 'previousNames']));
    await drafts.publish(paula, both.id);
    assert.deepEqual((await medicines.get('caninia'))!.species, ['Dogs', 'Cats']);
    const page = await t.app.inject('/en/medicines/veterinary/EPAR/caninia');
    assert.match(page.body, /Meeting highlights from the CVMP 3-5 December 2026/);
    assert.match(page.body, /Canabria/);
    assert.match(page.body, /Cats/);
  });

  test('a medicine with a single revision is unpublished whole: gone from pages, API, search, feeds, sitemap and exports, its address saying why', async () => {
    const { drafts, medicines, search } = t.services;
    const app = t.app;
    const draft = await authorisedDraft(drafts, 'Removia', 'EMEA/H/C/009060');
    await drafts.publish(paula, draft.id);
    await search.refreshStale();
    assert.match((await app.inject('/api/v1/search?q=removia')).body, /"slug":"removia"/);
    assert.match((await app.inject('/api/v1/export?format=csv')).body, /Removia/);

    const removal = await drafts.startUnpublish(paula, 'removia', 'Published before the Commission decision was notified');
    assert.equal(removal.kind, 'unpublish');
    await assert.rejects(drafts.publish(paula, removal.id), /nobody publishes their own edit/);
    const done = await drafts.publish(ada, removal.id);
    assert.equal(done.slug, 'removia');
    assert.equal(await medicines.get('removia'), null);

    const page = await app.inject('/en/medicines/human/EPAR/removia');
    assert.equal(page.statusCode, 410);
    assert.match(page.body, /Removia is no longer published/);
    assert.match(page.body, /Reason given: Published before the Commission decision was notified/);
    assert.equal((await app.inject('/de/medicines/human/EPAR/removia')).statusCode, 410);
    assert.equal((await app.inject('/en/medicines/veterinary/EPAR/removia')).statusCode, 404, 'only at its own address');
    const api = await app.inject('/api/v1/medicines/removia');
    assert.equal(api.statusCode, 404);
    assert.match(api.json().message, /unpublished on \d{4}-\d{2}-\d{2}: Published before the Commission decision/);
    await search.refreshStale();
    assert.doesNotMatch((await app.inject('/api/v1/search?q=removia')).body, /removia/i);
    assert.doesNotMatch((await app.inject('/en/whats-new/feed.atom')).body, /Removia/);
    assert.doesNotMatch((await app.inject('/sitemap.xml')).body + (await app.inject('/sitemap-1.xml')).body, /removia/);
    assert.doesNotMatch((await app.inject('/api/v1/changes?since=2000-01-01T00:00:00Z')).body, /removia/);
    assert.doesNotMatch((await app.inject('/api/v1/export?format=csv')).body, /Removia/);
    // Another medicine may take the address later; until then it stays gone.
    assert.equal((await drafts.get(removal.id)).state, 'published');
  });
});
