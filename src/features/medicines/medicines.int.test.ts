import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { must, parseProductNumber } from '../../domain/identifiers.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { findMedicineRow, findMedicineRowToRead } from './medicines.repository.ts';

for (const kind of testDatabaseKinds()) {
  describe(`medicines on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    let app: FastifyInstance;
    // Dated before the table row a test below imports, which then is the newer source.
    const source = { kind: 'editor', reference: 'test', asOf: new Date('2024-01-01T00:00:00Z') } as const;

    before(async () => {
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database: database });
      app = await createApp(services, { logger: false });
      await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, () => buildMedicine(), source);
      for (let i = 1; i <= 5; i++) {
        const pn = must(parseProductNumber(`EMEA/H/C/00010${i}`));
        await services.writer.apply({ productNumber: pn, slug: null }, () =>
          buildMedicine({ productNumber: pn, slug: `medicine-${i}`, name: `Medicine ${i}`, status: i % 2 ? 'authorised' : 'withdrawn', emaNodeId: 1000 + i }), source);
      }
    });
    after(async () => {
      await app.close();
      await database.dispose();
    });

    test('a medicine read for a page has every column of its row but the stored record', async () => {
      const full = await findMedicineRow(database.db, { by: 'slug', value: 'lumykras' });
      const read = await findMedicineRowToRead(database.db, { by: 'slug', value: 'lumykras' });
      assert.ok(full?.record, 'the write service keeps the record');
      assert.equal(read?.record, null);
      assert.deepEqual({ ...read, record: undefined }, { ...full, record: undefined });
      assert.equal(await findMedicineRowToRead(database.db, { by: 'slug', value: 'no-such-medicine' }), undefined);
    });

    test('a new medicine is stored with revision 1 recording every field it came with', async () => {
      const rows = await database.db.selectFrom('revisions').innerJoin('medicines', 'medicines.id', 'revisions.medicine_id')
        .select(['revisions.number', 'revisions.source_kind', 'revisions.source_reference', 'revisions.changes'])
        .where('medicines.slug', '=', 'lumykras').execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.number, 1);
      assert.equal(rows[0]!.source_kind, 'editor');
      assert.ok((rows[0]!.changes as { field: string }[]).some((c) => c.field === 'status'));
    });

    test('writing the same record again changes nothing and records no revision', async () => {
      const r = await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, () => buildMedicine(), source);
      assert.equal(r.outcome, 'unchanged');
      assert.equal(r.revision, 1);
    });

    test('a dry run reports the change and stores nothing', async () => {
      const r = await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: null }, (m) => ({ ...m!, revision: 99 }), source, { dryRun: true });
      assert.equal(r.outcome, 'updated');
      assert.deepEqual(r.changes, [{ field: 'revision', from: 6, to: 99 }]);
      assert.equal((await services.medicines.get('lumykras'))!.revision, 6);
    });

    test('an update records what changed, from what to what, and from which source', async () => {
      const r = await services.writer.apply(
        { productNumber: 'EMEA/H/C/000101', slug: null },
        (m) => ({ ...m!, status: 'suspended', marketingAuthorisationHolder: { name: 'New Holder B.V.', address: null } }),
        { kind: 'ema-table', reference: 'table.xlsx', asOf: new Date('2025-02-12') },
      );
      assert.equal(r.outcome, 'updated');
      assert.equal(r.revision, 2);
      assert.deepEqual(r.changes.map((c) => c.field).sort(), ['marketingAuthorisationHolder.address', 'marketingAuthorisationHolder.name', 'status']);
      const rev = await database.db.selectFrom('revisions').selectAll().where('number', '=', 2).executeTakeFirstOrThrow();
      assert.equal(rev.source_kind, 'ema-table');
      assert.equal(new Date(rev.as_of).toISOString().slice(0, 10), '2025-02-12');
    });

    test('a slug that belongs to another medicine is refused and nothing is written', async () => {
      await assert.rejects(
        services.writer.apply({ productNumber: 'EMEA/H/C/000102', slug: null }, (m) => ({ ...m!, slug: 'lumykras' }), source),
        /already belongs to EMEA\/H\/C\/005522/,
      );
      assert.equal((await services.medicines.get('EMEA/H/C/000102'))!.slug, 'medicine-2');
    });

    test('the API returns the whole record by slug or by product number', async () => {
      for (const id of ['lumykras', 'EMEA/H/C/005522', encodeURIComponent('EMEA/H/C/005522')]) {
        const res = await app.inject(`/api/v1/medicines/${id}`);
        assert.equal(res.statusCode, 200, id);
        const body = res.json();
        assert.equal(body.productNumber, 'EMEA/H/C/005522');
        assert.equal(body.status, 'authorised');
        assert.equal(body.statusLabel, 'Authorised');
        assert.deepEqual(body.atcCodes, ['L01XX73']);
        assert.deepEqual(body.marketingAuthorisationHolder, { name: 'Amgen Europe B.V.', address: 'Minervum 7061' });
        assert.equal(body.dates.marketingAuthorisationIssued, '2022-01-06');
        assert.equal(body.dates.withdrawal, null);
        assert.equal(body.flags.conditionalApproval, true);
        assert.equal(body.overview.en.sections[1].heading, 'How is Lumykras used?');
        assert.equal(body.documents[0].languages[1].lang, 'sv');
        assert.equal(body.assessmentHistory[0].group, 'Initial marketing authorisation documents');
        assert.equal(body.emaNodeId, 67508);
      }
    });

    test('?provenance=1 adds, per field, the sources that stated it', async () => {
      for (const flag of ['1', 'true']) {
        const res = await app.inject(`/api/v1/medicines/lumykras?provenance=${flag}`);
        assert.equal(res.statusCode, 200, flag);
        const status = res.json().provenance.status;
        assert.equal(status.sources[0].kind, 'editor');
        assert.equal(status.disagreement, false);
      }
      assert.equal((await app.inject('/api/v1/medicines/lumykras')).json().provenance, undefined);
    });

    test('an unknown medicine is a JSON 404 with a stable code', async () => {
      const res = await app.inject('/api/v1/medicines/no-such-medicine');
      assert.equal(res.statusCode, 404);
      assert.deepEqual(res.json(), { status: 404, code: 'not-found', message: 'No medicine "no-such-medicine"' });
    });

    test('the list pages through every medicine with a cursor and filters by status', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { statusCode: number; json(): unknown } = await app.inject({ url: '/api/v1/medicines', query: { limit: '2', ...(cursor ? { cursor } : {}) } });
        assert.equal(res.statusCode, 200);
        const body = res.json() as { items: { slug: string }[]; next: string | null };
        seen.push(...body.items.map((m) => m.slug));
        cursor = body.next;
      } while (cursor);
      assert.deepEqual(seen, ['lumykras', 'medicine-1', 'medicine-2', 'medicine-3', 'medicine-4', 'medicine-5']);
      const withdrawn = await app.inject('/api/v1/medicines?status=Withdrawn');
      assert.deepEqual(withdrawn.json().items.map((m: { slug: string }) => m.slug), ['medicine-2', 'medicine-4']);
    });

    test('a bad filter is a JSON 400 that names the problem', async () => {
      const res = await app.inject('/api/v1/medicines?status=approved');
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().code, 'invalid-input');
      assert.match(res.json().message, /status "approved"/);
    });

    test('the medicine page is served from the cache with an ETag and refreshed after a write', async () => {
      const first = await app.inject('/en/medicines/human/EPAR/lumykras');
      assert.equal(first.statusCode, 200);
      assert.match(first.headers['content-type'] as string, /text\/html/);
      assert.match(first.body, /Lumykras/);
      const etag = first.headers.etag as string;
      const again = await app.inject({ url: '/en/medicines/human/EPAR/lumykras', headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: null }, (m) => ({ ...m!, inn: 'sotorasib (changed)' }), source);
      const after = await app.inject('/en/medicines/human/EPAR/lumykras');
      assert.notEqual(after.headers.etag, etag);
      assert.match(after.body, /sotorasib \(changed\)/);
    });

    test('an unknown page is an HTML 404 in the language of the URL', async () => {
      const res = await app.inject('/en/medicines/human/EPAR/no-such-medicine');
      assert.equal(res.statusCode, 404);
      assert.match(res.headers['content-type'] as string, /text\/html/);
      assert.match(res.body, /<html lang="en"/);
    });

    test('the catalogue lists, filters and pages medicines', async () => {
      const res = await app.inject('/en/medicines?status=withdrawn&sort=-name');
      assert.equal(res.statusCode, 200);
      const names = [...res.body.matchAll(/>(Medicine \d)</g)].map((m) => m[1]);
      assert.deepEqual(names, ['Medicine 4', 'Medicine 2']);
    });

    test('the OpenAPI description documents the medicines endpoints', async () => {
      const res = await app.inject('/api/openapi.json');
      const spec = res.json();
      assert.ok(spec.paths['/api/v1/medicines']);
      assert.ok(spec.components.schemas.Medicine || JSON.stringify(spec).includes('productNumber'));
    });
  });
}
