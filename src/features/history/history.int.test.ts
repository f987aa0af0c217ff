import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { must, parseProductNumber } from '../../domain/identifiers.ts';
import { diffMedicine } from '../../domain/medicine-diff.ts';
import type { Medicine, WriteSource } from '../../domain/medicine.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { HistoryService, summariseRevision } from './history.service.ts';

const LUMYKRAS = { productNumber: must(parseProductNumber('EMEA/H/C/005522')), slug: 'lumykras' };
const table = (date: string): WriteSource => ({ kind: 'ema-table', reference: `/data/tables/${date}_medicines.xlsx:12`, asOf: new Date(`${date}T00:00:00Z`) });

for (const kind of testDatabaseKinds()) {
  describe(`history on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    let app: FastifyInstance;
    const states: Medicine[] = [];

    /** Revisions recorded by the write service; made older than the settle window a server applies to polling. */
    async function age(): Promise<void> {
      await sql`update revisions set recorded_at = recorded_at - interval '1 hour'`.execute(database.db);
    }

    before(async () => {
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database: database });
      app = await createApp(services, { logger: false });
      const write = async (m: Medicine, source: WriteSource) => {
        await services.writer.apply(LUMYKRAS, () => m, source);
        states.push(m);
      };
      const first = buildMedicine({ procedures: [] });
      await write(first, table('2022-11-17'));
      // 2: withdrawn, new holder, a reworded indication, Finnish product information added.
      const second: Medicine = {
        ...first,
        status: 'withdrawn',
        marketingAuthorisationHolder: { name: 'Amgen Netherlands B.V.', address: 'Minervum 7061' },
        therapeuticIndication: 'Lumykras as monotherapy is indicated for the treatment of adult patients with advanced NSCLC with KRAS G12C mutation who have progressed after at least one prior systemic therapy.',
        dates: { ...first.dates, withdrawal: '2023-05-03' },
        documents: first.documents.map((d, i) =>
          i === 0
            ? { ...d, languages: [...d.languages, { lang: 'fi' as const, sizeBytes: 400000, firstPublished: '2023-05-03', lastUpdated: null, url: 'https://www.ema.europa.eu/fi/documents/product-information/lumykras-epar-product-information_fi.pdf' }] }
            : d,
        ),
      };
      await write(second, table('2023-12-05'));
      // 3: a new procedure and the Swedish version updated, from the procedural steps.
      const third: Medicine = {
        ...second,
        procedures: [{ number: 'II/0010/G', otherNumbers: [], type: 'variation-ii', typeLabel: 'Variation type II', scope: 'Update of sections 4.4 and 5.1 of the SmPC.', opinionDate: '2024-09-19', commissionDecisionDate: '2024-10-21', productInformationAffected: 'Yes', summary: null }],
        documents: second.documents.map((d, i) => (i === 0 ? { ...d, languages: d.languages.map((l) => (l.lang === 'sv' ? { ...l, lastUpdated: '2024-12-04' } : l)) } : d)),
      };
      await write(third, { kind: 'procedural-steps', reference: '/data/procedural-steps/lumykras.md', asOf: new Date('2024-12-04T00:00:00Z') });
      // 4: revoked, by an editor.
      await write({ ...third, status: 'revoked', dates: { ...third.dates, revocation: '2025-02-12' } }, { kind: 'editor', reference: 'anna', asOf: new Date('2025-02-12T00:00:00Z') });

      for (let i = 1; i <= 4; i++) {
        const pn = must(parseProductNumber(`EMEA/H/C/00010${i}`));
        await services.writer.apply(
          { productNumber: pn, slug: null },
          () => buildMedicine({ productNumber: pn, slug: `medicine-${i}`, name: `Medicine ${i}`, status: i % 2 ? 'authorised' : 'refused', marketingAuthorisationHolder: { name: `Holder ${i}`, address: null }, emaNodeId: 1000 + i }),
          table('2025-02-12'),
        );
      }
      const vet = must(parseProductNumber('EMEA/V/C/000201'));
      await services.writer.apply({ productNumber: vet, slug: null }, () => buildMedicine({ productNumber: vet, slug: 'vetmed', name: 'Vetmed', category: 'veterinary', emaNodeId: 2001 }), table('2026-03-14'));
      await age();
    });
    after(async () => {
      await app.close();
      await database.dispose();
    });

    test('a medicine’s revisions come newest first, each with its date, source, kinds and changes', async () => {
      const { medicine, revisions, total } = await services.history.revisions('lumykras');
      assert.equal(medicine.name, 'Lumykras');
      assert.equal(total, 4);
      assert.deepEqual(revisions.map((r) => r.number), [4, 3, 2, 1]);
      assert.deepEqual(revisions.map((r) => r.source.kind), ['editor', 'procedural-steps', 'ema-table', 'ema-table']);
      assert.deepEqual(revisions.map((r) => r.asOf.toISOString().slice(0, 10)), ['2025-02-12', '2024-12-04', '2023-12-05', '2022-11-17']);
      assert.deepEqual(revisions[2]!.kinds, ['status', 'holder', 'indication', 'dates', 'documents']);
      assert.deepEqual(revisions[3]!.kinds, ['created']);
      assert.deepEqual(
        revisions[2]!.changes.filter((c) => c.field === 'status' || c.field === 'marketingAuthorisationHolder.name'),
        [{ field: 'status', from: 'authorised', to: 'withdrawn' }, { field: 'marketingAuthorisationHolder.name', from: 'Amgen Europe B.V.', to: 'Amgen Netherlands B.V.' }],
      );
      // By product number too, and paged with `before`.
      const older = await services.history.revisions('EMEA/H/C/005522', { limit: 2, before: 3 });
      assert.deepEqual(older.revisions.map((r) => r.number), [2, 1]);
      await assert.rejects(services.history.revisions('no-such-medicine'), { status: 404 });
    });

    test('each revision is summarised in a line per kind of change, in the page language', async () => {
      const { revisions } = await services.history.revisions('lumykras');
      assert.deepEqual(summariseRevision(revisions[2]!, 'en'), [
        'Status: Authorised → Withdrawn',
        'Marketing authorisation holder: Amgen Europe B.V. → Amgen Netherlands B.V.',
        'Therapeutic indication changed',
        'Withdrawal of marketing authorisation: 3 May 2023',
        'Product information updated (fi)',
      ]);
      assert.deepEqual(summariseRevision(revisions[1]!, 'en'), ['Product information updated (sv)', 'New procedure II/0010/G']);
      assert.deepEqual(summariseRevision(revisions[3]!, 'en'), ['First recorded: Lumykras, Authorised']);
      // Statuses and date labels come from the language's catalogue.
      const sv = summariseRevision(revisions[0]!, 'sv');
      assert.match(sv[0]!, /Återkallat|→/);
      assert.ok(!sv[0]!.includes('Withdrawn'), sv[0]);
    });

    test('comparing two revisions diffs their stored records, whichever is named first', async () => {
      const c = await services.history.compare('lumykras', 1, 3);
      assert.deepEqual(c.changes, diffMedicine(states[0]!, states[2]!));
      assert.equal(c.swapped, false);
      const swapped = await services.history.compare('lumykras', 3, 1);
      assert.deepEqual(swapped.changes, c.changes);
      assert.equal(swapped.swapped, true);
      await assert.rejects(services.history.compare('lumykras', 1, 9), { status: 404, message: /no revision 9/ });
    });

    test('the history page shows the timeline with field changes, a word diff and the first facts', async () => {
      const res = await app.inject('/en/medicines/human/EPAR/lumykras/history');
      assert.equal(res.statusCode, 200);
      const body = res.body;
      assert.match(body, /<h1 class="heading-xl">History of Lumykras<\/h1>/);
      // Newest first.
      assert.ok(body.indexOf('id="revision-4"') < body.indexOf('id="revision-1"'));
      assert.match(body, /Source: EMA data table of 5 December 2023/);
      assert.match(body, /Source: OpenEPAR editor/);
      assert.match(body, /<th scope="row" class="table__cell"><span class="table__cell-heading" aria-hidden="true">Field<\/span>Status<\/th>\s*<td[^>]*><span class="table__cell-heading" aria-hidden="true">Before<\/span>Authorised<\/td>\s*<td[^>]*><span class="table__cell-heading" aria-hidden="true">After<\/span>Withdrawn<\/td>/);
      assert.match(body, /<del><span class="visually-hidden">\[removed: <\/span>adults<span class="visually-hidden">]<\/span><\/del><ins><span class="visually-hidden">\[added: <\/span>adult patients/);
      assert.match(body, /Lumykras : EPAR - Product Information<\/span> \(Product information\)<br><span class="secondary-text">Language versions added: Finnish/);
      assert.match(body, /<strong class="change-action change-action--added">Added:<\/strong> II\/0010\/G: <span>Variation type II<\/span>/);
      assert.match(body, /Lumykras was first recorded with these details:/);
      assert.match(body, /href="\/en\/medicines\/human\/EPAR\/lumykras\/history\/compare\?from=1&amp;to=2"/);
      // The compare form offers every revision.
      assert.equal((body.match(/<option value="\d+"/g) ?? []).length, 8);
    });

    test('the medicine page says when it last changed and links to its history', async () => {
      const res = await app.inject('/en/medicines/human/EPAR/lumykras');
      assert.match(res.body, /Last change recorded in this portal: <time datetime="2025-02-12T00:00:00.000Z">12 February 2025<\/time> — <a href="\/en\/medicines\/human\/EPAR\/lumykras\/history">see what changed<\/a>/);
      assert.match(res.body, /<a class="site-nav__link" href="\/en\/whats-new">What’s new<\/a>/);
    });

    test('one revision has its own page, linked from the timeline, with the revisions either side', async () => {
      const res = await app.inject('/en/medicines/human/EPAR/lumykras/history/3');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1 class="heading-xl">Lumykras: change 3 in this portal’s history<\/h1>/);
      assert.match(res.body, /href="\/en\/medicines\/human\/EPAR\/lumykras\/history\/2" rel="prev"/);
      assert.match(res.body, /href="\/en\/medicines\/human\/EPAR\/lumykras\/history\/4" rel="next"/);
      assert.match(res.body, /Language versions updated: Swedish/);
      const sv = await app.inject('/sv/medicines/human/EPAR/lumykras/history/2');
      assert.equal(sv.statusCode, 200);
      assert.match(sv.body, /<html lang="sv"/);
      assert.match(sv.body, /Återkallat|Tillbakadraget|Godkänt/);
    });

    test('the compare page shows the differences between any two revisions', async () => {
      const res = await app.inject('/en/medicines/human/EPAR/lumykras/history/compare?from=1&to=4');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Lumykras: changes from revision 1 to revision 4/);
      assert.match(res.body, /Authorised<\/td>\s*<td[^>]*><span class="table__cell-heading" aria-hidden="true">After<\/span>Revoked/);
      const same = await app.inject('/en/medicines/human/EPAR/lumykras/history/compare?from=2&to=2');
      assert.match(same.body, /These two revisions are the same\./);
    });

    test('unknown medicines and revisions are 404, a wrong category redirects; bad numbers are 400', async () => {
      const category = await app.inject('/en/medicines/veterinary/EPAR/lumykras/history');
      assert.equal(category.statusCode, 301);
      assert.equal(category.headers.location, '/en/medicines/human/EPAR/lumykras/history');
      for (const url of [
        '/en/medicines/human/EPAR/no-such-medicine/history',
        '/en/medicines/human/EPAR/lumykras/history/5',
        '/en/medicines/human/EPAR/lumykras/history/compare?from=1&to=7',
        // A path segment that cannot be a revision number names nothing, like an unknown path.
        '/en/medicines/human/EPAR/lumykras/history/0',
      ]) {
        assert.equal((await app.inject(url)).statusCode, 404, url);
      }
      for (const url of ['/en/medicines/human/EPAR/lumykras/history/compare?from=1', '/en/medicines/human/EPAR/lumykras/history?before=x']) {
        assert.equal((await app.inject(url)).statusCode, 400, url);
      }
    });

    test('what’s new lists recent changes newest first, filtered like search, with cursor paging', async () => {
      const all = await services.history.recent({}, { limit: 100 });
      const keys = all.entries.map((e) => [e.asOf.getTime(), e.id] as const);
      assert.deepEqual(keys, [...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
      assert.equal(all.entries.length, 4 + 4 + 1);

      const status = await services.history.recent({ kinds: ['status'] }, { limit: 100 });
      assert.deepEqual(status.entries.map((e) => `${e.medicine.slug} ${e.number}`), ['lumykras 4', 'lumykras 2']);
      const holder = await services.history.recent({ holder: ['Holder 2'] }, { limit: 100 });
      assert.deepEqual(holder.entries.map((e) => e.medicine.slug), ['medicine-2']);
      const refused = await services.history.recent({ status: ['refused'], category: ['human'] }, { limit: 100 });
      assert.deepEqual(refused.entries.map((e) => e.medicine.slug).sort(), ['medicine-2', 'medicine-4']);
      const vet = await services.history.recent({ category: ['veterinary'] }, { limit: 100 });
      assert.deepEqual(vet.entries.map((e) => e.medicine.slug), ['vetmed']);
      const ids = await services.history.recent({ medicineIds: [holder.entries[0]!.medicine.id] }, { limit: 100 });
      assert.equal(ids.entries.length, 1);

      // Pages of 2 cover the same entries in the same order, none twice.
      const paged: number[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof services.history.recent>> = await services.history.recent({}, { limit: 2, cursor });
        paged.push(...page.entries.map((e) => e.id));
        cursor = page.next;
      } while (cursor);
      assert.deepEqual(paged, all.entries.map((e) => e.id));
      await assert.rejects(services.history.recent({}, { limit: 2, cursor: 'bm9wZQ' }), { status: 400 });
    });

    test('the what’s-new page filters through a GET form and links each entry to its revision', async () => {
      const res = await app.inject('/en/whats-new?kind=status');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1 class="heading-xl">What’s new<\/h1>/);
      assert.match(res.body, /<option value="status" selected>Status<\/option>/);
      assert.match(res.body, /href="\/en\/medicines\/human\/EPAR\/lumykras\/history\/4">See what changed in Lumykras/);
      assert.match(res.body, /<li>Status: Withdrawn → Revoked<\/li>/);
      assert.ok(!res.body.includes('Medicine 1'), 'a medicine without a status change is left out');
      const holder = await app.inject('/en/whats-new?holder=Holder%203');
      assert.match(holder.body, /See what changed in Medicine 3/);
      assert.match(holder.body, /<option value="Holder 3" selected>Holder 3<\/option>/);
      // More changes than fit on a page.
      // Each from its own table of the same date (one table states one value).
      for (let i = 1; i <= 25; i++) await services.writer.apply({ productNumber: null, slug: 'medicine-3' }, (m) => ({ ...m!, revision: 10 + i }), { ...table('2026-03-14'), reference: `table-${String(i).padStart(2, '0')}.xlsx` });
      await age();
      const paged = await app.inject('/en/whats-new');
      assert.ok(!paged.body.includes('rel="prev"'), 'the first page has no newer page');
      const older = /href="(\/en\/whats-new\?cursor=[^"]+)" rel="next"/.exec(paged.body);
      assert.ok(older, 'a link to older changes');
      const next = await app.inject(older[1]!.replace(/&amp;/g, '&'));
      assert.equal(next.statusCode, 200);
      assert.match(next.body, /First recorded: Lumykras, Authorised/, 'the oldest change is on the second page');
      assert.match(next.body, /href="\/en\/whats-new">Newest changes<\/a>/);
      assert.equal((await app.inject('/en/whats-new?kind=nonsense')).statusCode, 400);
      assert.equal((await app.inject('/en/whats-new?cursor=garbage')).statusCode, 400);
    });

    test('the API lists a medicine’s revisions by slug or product number, and one revision with its record', async () => {
      const res = await app.inject('/api/v1/medicines/lumykras/revisions?limit=2');
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.equal(body.total, 4);
      assert.deepEqual(body.items.map((r: { number: number }) => r.number), [4, 3]);
      assert.equal(body.next, '3');
      assert.deepEqual(body.items[0].changes, [
        { field: 'status', from: 'withdrawn', to: 'revoked' },
        { field: 'dates.revocation', from: null, to: '2025-02-12' },
      ]);
      assert.deepEqual(body.items[0].source, { kind: 'editor', reference: 'anna' });
      // Server paths stay on the server.
      assert.equal(body.items[1].source.reference, 'lumykras.md');
      assert.equal(body.items[0].links.html, '/en/medicines/human/EPAR/lumykras/history/4');
      const older = (await app.inject(`/api/v1/medicines/lumykras/revisions?limit=2&before=${body.next}`)).json();
      assert.deepEqual(older.items.map((r: { number: number }) => r.number), [2, 1]);
      assert.equal(older.next, null);

      for (const url of ['/api/v1/medicines/EMEA%2FH%2FC%2F005522/revisions', '/api/v1/medicines/EMEA/H/C/005522/revisions']) {
        const r = await app.inject(url);
        assert.equal(r.statusCode, 200, url);
        assert.equal(r.json().items.length, 4, url);
      }
      const one = await app.inject('/api/v1/medicines/EMEA/H/C/005522/revisions/2');
      assert.equal(one.statusCode, 200);
      assert.equal(one.json().record.status, 'withdrawn');
      assert.equal(one.json().record.marketingAuthorisationHolder.name, 'Amgen Netherlands B.V.');
      assert.deepEqual(one.json().kinds, ['status', 'holder', 'indication', 'dates', 'documents']);
      // The medicine itself is still served by the catch-all route.
      assert.equal((await app.inject('/api/v1/medicines/EMEA/H/C/005522')).json().slug, 'lumykras');

      assert.equal((await app.inject('/api/v1/medicines/lumykras/revisions/9')).statusCode, 404);
      assert.equal((await app.inject('/api/v1/medicines/nothing/revisions')).statusCode, 404);
      // A revision "number" that is not one names nothing, like an unknown path.
      const bad = await app.inject('/api/v1/medicines/lumykras/revisions/zero');
      assert.equal(bad.statusCode, 404);
      assert.equal(bad.json().code, 'not-found');
    });

    test('polling /api/v1/changes pages through every revision in recorded order, none twice and none missed', async () => {
      const expected = (await sql<{ id: number }>`select id from revisions order by id`.execute(database.db)).rows.map((r) => Number(r.id));
      const seen: number[] = [];
      let since: string | undefined;
      for (let i = 0; i < 50; i++) {
        const res = await app.inject(`/api/v1/changes?limit=3${since ? `&since=${encodeURIComponent(since)}` : ''}`);
        assert.equal(res.statusCode, 200, res.body);
        const page = res.json();
        seen.push(...page.items.map((r: { id: number }) => r.id));
        since = page.next;
        if (!page.more) break;
      }
      assert.deepEqual(seen, expected);

      // Nothing new: an empty page that keeps the cursor.
      const idle = (await app.inject(`/api/v1/changes?since=${encodeURIComponent(since!)}`)).json();
      assert.deepEqual(idle.items, []);
      assert.equal(idle.next, since);

      // A new change shows up in the next poll (on a server, once the settle window has passed).
      await services.writer.apply({ productNumber: null, slug: 'medicine-1' }, (m) => ({ ...m!, status: 'withdrawn' }), table('2026-03-14'));
      let poll = (await app.inject(`/api/v1/changes?since=${encodeURIComponent(since!)}`)).json();
      if (kind === 'postgres') {
        assert.deepEqual(poll.items, [], 'a revision recorded a moment ago is held back on a server');
        await age();
        poll = (await app.inject(`/api/v1/changes?since=${encodeURIComponent(since!)}`)).json();
      }
      assert.equal(poll.items.length, 1);
      assert.equal(poll.items[0].medicine.slug, 'medicine-1');
      assert.deepEqual(poll.items[0].summary, ['Status: Authorised → Withdrawn']);

      // From a date: the revisions recorded from then on.
      const recordedAt = (await sql<{ at: Date }>`select recorded_at as at from revisions order by id desc limit 1`.execute(database.db)).rows[0]!.at;
      const fromDate = (await app.inject(`/api/v1/changes?since=${new Date(recordedAt).toISOString()}`)).json();
      assert.deepEqual(fromDate.items.map((r: { medicine: { slug: string } }) => r.medicine.slug), ['medicine-1']);
      const future = (await app.inject('/api/v1/changes?since=2100-01-01T00:00:00Z')).json();
      assert.deepEqual(future.items, []);
      // …with a cursor after the newest revision, so polling on from there misses nothing.
      const maxId = (await sql<{ id: number }>`select max(id) as id from revisions`.execute(database.db)).rows[0]!.id;
      assert.equal(Buffer.from(future.next, 'base64url').toString(), `c${maxId}`);

      const bad = await app.inject('/api/v1/changes?since=yesterday');
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().message, /neither an ISO 8601 date-time/);
      assert.equal((await app.inject('/api/v1/changes?limit=0')).statusCode, 400);
    });

    test('a poller that finds only unsettled revisions keeps its place rather than skipping them', async () => {
      // Everything recorded within the last ten days (all of this test's revisions) counts as unsettled here.
      const strict = new HistoryService(database.db, { settleSeconds: 10 * 24 * 3600 });
      const fromStart = await strict.changes({ since: null, limit: 10 });
      assert.deepEqual(fromStart.entries, []);
      assert.equal(Buffer.from(fromStart.next, 'base64url').toString(), 'c0');
      const fromNow = await strict.changes({ since: new Date(), limit: 10 });
      assert.equal(Buffer.from(fromNow.next, 'base64url').toString(), 'c0');
    });

    test('the newest change of a filtered set is its newest recording time', async () => {
      const all = await services.history.lastChange();
      const newest = (await sql<{ at: Date }>`select max(recorded_at) as at from revisions`.execute(database.db)).rows[0]!.at;
      assert.equal(all?.getTime(), new Date(newest).getTime());
      const vet = await services.history.lastChange({ category: ['veterinary'] });
      assert.ok(vet && all && vet.getTime() <= all.getTime());
      assert.equal(await services.history.lastChange({ holder: ['Nobody'] }), null);
    });

    test('the revisions API is described in the OpenAPI document', async () => {
      const doc = (await app.inject('/api/openapi.json')).json();
      assert.ok(doc.paths['/api/v1/medicines/{id}/revisions']);
      assert.ok(doc.paths['/api/v1/medicines/{id}/revisions/{n}']);
      assert.ok(doc.paths['/api/v1/changes']);
    });
  });
}
