/**
 * A database written before unnumbered ePI subsections were keyed `2~1` holds them as `2/1`:
 * migration 0020 rewrites them everywhere they are stored, so the database ends up as a fresh
 * import would leave it, while a second product's section (`2/4.2`, which has a number) keeps its key.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { loadConfig } from '../../config.ts';
import type { ProductInformationDocument } from '../../domain/product-information.ts';
import { rebuildSearchIndex } from '../../features/search/search.repository.ts';
import { createServices, type Services } from '../../services.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { rewriteDigestKeys, rewriteDocumentKeys, up } from './0020-epi-unnumbered-section-keys.ts';

const MEDICINE = buildMedicine();

function leaflet(versionDate: string, warning: string): ProductInformationDocument {
  const p = (text: string) => ({ type: 'paragraph' as const, text });
  return {
    language: 'es',
    versionDate,
    source: { kind: 'epi', file: `epi-${versionDate}.xml` },
    procedure: null,
    annexes: [
      {
        kind: 'smpc',
        title: 'ANEXO I',
        preamble: [],
        sections: [
          { key: '4', number: '4.', heading: 'DATOS CLÍNICOS', blocks: [], subsections: [{ key: '4.2', number: '4.2.', heading: 'Posología', blocks: [p('Una dosis.')], subsections: [] }] },
          { key: '2/4.2', number: '4.2.', heading: 'Posología', blocks: [p('Otra dosis.')], subsections: [] },
        ],
      },
      {
        kind: 'leaflet',
        title: 'PROSPECTO',
        preamble: [],
        sections: [
          {
            key: '2',
            number: '2.',
            heading: 'Qué necesita saber',
            blocks: [],
            subsections: [
              { key: '2~1', number: '', heading: 'No tome', blocks: [p(warning)], subsections: [{ key: '2~1~1', number: '', heading: 'Niños', blocks: [p('No en niños.')], subsections: [] }] },
              { key: '2~2', number: '', heading: 'Advertencias', blocks: [p('Consulte a su médico.')], subsections: [] },
            ],
          },
        ],
      },
    ],
  };
}

type Snapshot = Record<string, unknown[]>;

async function snapshot(db: Kysely<any>): Promise<Snapshot> {
  const q = async (text: string) => (await sql.raw<Record<string, unknown>>(text).execute(db)).rows;
  return {
    sections: await q(`select version_id::text, position, key from product_information_sections order by version_id, position`),
    versions: await q(`select id::text, document::text as d from product_information_versions order by id`),
    observations: await q(`select id::text, fields::text as f from observations where fields::text like '%productInformation%' order by id`),
    revisions: await q(`select id::text, snapshot::text as s from revisions order by id`),
    records: await q(`select id, record::text as r from medicines order by id`),
    search: await q(`select medicine_id, part, document_type from search_documents where document_type like 'pi:%' order by medicine_id, lang, part`),
  };
}

/** Puts the stored keys back as an older database holds them: `~` was `/`. */
async function writeOldKeys(db: Kysely<any>): Promise<void> {
  await sql`update product_information_sections set key = replace(key, '~', '/')`.execute(db);
  await sql`update product_information_versions set document = replace(document::text, '~', '/')::jsonb`.execute(db);
  await sql`update observations set fields = replace(fields::text, '~', '/')::jsonb`.execute(db);
  await sql`update revisions set snapshot = replace(snapshot::text, '~', '/')::jsonb`.execute(db);
  await sql`update medicines set record = replace(record::text, '~', '/')::jsonb`.execute(db);
  await sql`update search_documents set document_type = replace(document_type, '~', '/') where document_type like 'pi:%'`.execute(db);
}

for (const kind of testDatabaseKinds()) {
  describe(`migration 0020 on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    before(async () => {
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
      await services.writer.apply({ productNumber: MEDICINE.productNumber, slug: MEDICINE.slug }, () => MEDICINE, { kind: 'editor', reference: 'test', asOf: new Date('2022-01-01T00:00:00Z') });
      await services.productInformation.saveVersion(MEDICINE.slug, leaflet('2024-01-01', 'Si es alérgico.'));
      await services.productInformation.saveVersion(MEDICINE.slug, leaflet('2025-01-01', 'Si es alérgico al principio activo.'));
      await rebuildSearchIndex(database.db);
    });
    after(async () => {
      await services?.webhookWorker.stop();
      await database?.dispose();
    });

    test('old slash keys of unnumbered subsections become tilde keys everywhere, and the database equals a fresh import', async () => {
      const fresh = await snapshot(database.db);
      assert.ok(fresh.search!.some((d) => (d as { document_type: string }).document_type === 'pi:leaflet:2~1'), 'the search index names the subsection');
      assert.ok(fresh.sections!.some((s) => (s as { key: string }).key === '2~1~1'), 'the fixture stores an unnumbered subsection');
      assert.ok(fresh.observations!.some((o) => String((o as { f: string }).f).includes('leaflet 2~1')), 'its digest is in an observation');
      await writeOldKeys(database.db);
      const old = await snapshot(database.db);
      assert.notDeepEqual(old, fresh);
      assert.ok(old.sections!.some((s) => (s as { key: string }).key === '2/1/1'));
      await up(database.db as Kysely<unknown>);
      assert.deepEqual(await snapshot(database.db), fresh);
    });

    test('running it again changes nothing', async () => {
      const before = await snapshot(database.db);
      await up(database.db as Kysely<unknown>);
      assert.deepEqual(await snapshot(database.db), before);
    });
  });
}

test('a numbered section under a product prefix keeps its slash; an unnumbered one loses it, in documents and digests', () => {
  const doc = { annexes: [{ sections: [{ key: '2/4.2', number: '4.2.', subsections: [{ key: '4.2/1', number: '', subsections: [] }] }] }] };
  assert.equal(rewriteDocumentKeys(doc), true);
  assert.deepEqual(doc.annexes[0]!.sections[0]!.key, '2/4.2');
  assert.deepEqual(doc.annexes[0]!.sections[0]!.subsections[0]!.key, '4.2~1');
  const fields = { 'productInformation.es': { sections: { 'leaflet 2/1': { annex: 'leaflet', key: '2/1', number: '' }, 'smpc 2/1': { annex: 'smpc', key: '2/1', number: '1.' } } } };
  assert.equal(rewriteDigestKeys(fields), true);
  assert.deepEqual(Object.keys(fields['productInformation.es'].sections), ['leaflet 2~1', 'smpc 2/1']);
  assert.equal(rewriteDigestKeys({ status: 'authorised' }), false);
});
