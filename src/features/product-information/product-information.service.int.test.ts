import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import type { ProductInformationDocument } from '../../domain/product-information.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import type { PiVersionSaved } from './product-information.service.ts';

function smpc(lang: string, versionDate: string | null, posology: string): ProductInformationDocument {
  return {
    language: lang,
    versionDate,
    source: { kind: 'markdown', file: `/tmp/lumykras-epar-product-information_${lang}.md` },
    procedure: null,
    annexes: [
      {
        kind: 'smpc',
        title: 'ANNEX I',
        preamble: [],
        sections: [
          { key: '1', number: '1.', heading: 'NAME OF THE MEDICINAL PRODUCT', blocks: [{ type: 'paragraph', text: 'Lumykras 120 mg film-coated tablets' }], subsections: [] },
          {
            key: '4',
            number: '4.',
            heading: 'CLINICAL PARTICULARS',
            blocks: [],
            subsections: [
              { key: '4.1', number: '4.1', heading: 'Therapeutic indications', blocks: [{ type: 'paragraph', text: 'Non-small cell lung cancer.' }], subsections: [] },
              { key: '4.2', number: '4.2', heading: 'Posology', blocks: [{ type: 'paragraph', text: posology }, { type: 'table', headerRows: 1, rows: [['Dose', 'mg'], ['first', '960']] }], subsections: [] },
            ],
          },
        ],
      },
    ],
  };
}

for (const kind of testDatabaseKinds()) {
  describe(`product information storage on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    const recorded: PiVersionSaved[] = [];
    const changed: string[] = [];

    before(async () => {
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
      await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, () => buildMedicine(), { kind: 'editor', reference: 'test', asOf: new Date('2024-01-01T00:00:00Z') });
      services.productInformation.setRevisionRecorder({ recordRevision: async (_trx, change) => void recorded.push(change) });
      services.changes.onChange((e) => changed.push(e.slug));
    });
    after(async () => {
      await services.webhookWorker.stop();
      await database.dispose();
    });

    test('a saved version is the latest, with its source, date and one row per section in document order', async () => {
      const result = await services.productInformation.saveVersion('lumykras', smpc('en', '2024-05-01', 'Take 960 mg once daily.'));
      assert.equal(result.outcome, 'created');
      const latest = await services.productInformation.latest('EMEA/H/C/005522', 'en');
      assert.equal(latest?.versionDate, '2024-05-01');
      assert.equal(latest?.source.kind, 'markdown');
      assert.match(latest?.source.file ?? '', /lumykras-epar-product-information_en\.md$/);
      assert.deepEqual(latest?.document.annexes[0]?.sections[1]?.subsections[1]?.blocks[1], { type: 'table', headerRows: 1, rows: [['Dose', 'mg'], ['first', '960']] });
      const sections = await services.productInformation.sections(latest!.id);
      assert.deepEqual(sections.map((s) => [s.key, s.depth]), [['1', 0], ['4', 0], ['4.1', 1], ['4.2', 1]]);
      assert.equal(sections[3]?.text, 'Take 960 mg once daily.\n\nDose | mg\nfirst | 960');
      assert.deepEqual(changed, ['lumykras'], 'pages hear of the new version');
      assert.equal(recorded.length, 1);
      assert.equal(recorded[0]?.previous, null);
    });

    test('saving the same document again, even from another file, changes nothing', async () => {
      const again = smpc('en', '2024-05-01', 'Take 960 mg once daily.');
      again.source.file = '/elsewhere/copy.md';
      const result = await services.productInformation.saveVersion('lumykras', again);
      assert.equal(result.outcome, 'unchanged');
      assert.equal((await services.productInformation.versions('lumykras', 'en')).length, 1);
      assert.equal(recorded.length, 1, 'no revision is recorded for an unchanged document');
    });

    test('versions are listed newest first by the date they describe, whatever the order of import', async () => {
      await services.productInformation.saveVersion('lumykras', smpc('en', '2025-02-01', 'Take 240 mg once daily.'));
      await services.productInformation.saveVersion('lumykras', smpc('en', '2023-01-01', 'Take 120 mg once daily.'));
      const versions = await services.productInformation.versions('lumykras', 'en');
      assert.deepEqual(versions.map((v) => v.versionDate), ['2025-02-01', '2024-05-01', '2023-01-01']);
      assert.equal((await services.productInformation.latest('lumykras', 'en'))?.versionDate, '2025-02-01');
      const backfilled = recorded.at(-1)!;
      assert.equal(backfilled.savedIsLatest, false);
      assert.equal(backfilled.previous, null, 'the oldest version has none before it');
      assert.equal(recorded.at(-2)?.previous?.versionDate, '2024-05-01');
    });

    test('each language has its own versions, and a dry run stores nothing', async () => {
      const dry = await services.productInformation.saveVersion('lumykras', smpc('da', null, 'Tag 960 mg én gang dagligt.'), { dryRun: true });
      assert.equal(dry.outcome, 'created');
      assert.equal(dry.dryRun, true);
      assert.deepEqual(await services.productInformation.versions('lumykras', 'da'), []);
      await services.productInformation.saveVersion('lumykras', smpc('da', null, 'Tag 960 mg én gang dagligt.'));
      assert.deepEqual((await services.productInformation.languages('lumykras')).map((v) => v.lang), ['da', 'en']);
    });

    test('the PDF of a revision stored from Markdown is kept as an observation of that version, so parsing differences never show as changed sections', async () => {
      const before = recorded.length;
      const markdown = await services.productInformation.saveVersion('lumykras', smpc('de', '2024-05-01', 'Nehmen Sie einmal täglich 960 mg ein, mit oder ohne Nahrung, jeden Tag zur gleichen Zeit.'));
      assert.equal(markdown.outcome, 'created');
      // The same revision as a PDF parser reads it: its table flattened into text, a line broken differently.
      const pdf = smpc('de', '2024-05-01', 'Nehmen Sie einmal täglich 960 mg ein, mit oder ohne\nNahrung, jeden Tag zur gleichen Zeit.');
      pdf.source = { kind: 'pdf', file: '/tmp/lumykras-epar-product-information_de.pdf' };
      const posology = pdf.annexes[0]!.sections[1]!.subsections[1]!;
      posology.blocks = [posology.blocks[0]!, { type: 'paragraph', text: 'Dose mg first 960' }];
      const observed = await services.productInformation.saveVersion('lumykras', pdf);
      assert.equal(observed.outcome, 'unchanged');
      assert.equal(observed.observedAs, 'same-revision');
      assert.equal(observed.version.id, markdown.version.id);
      const versions = await services.productInformation.versions('lumykras', 'de');
      assert.deepEqual(versions.map((v) => v.source.kind), ['markdown'], 'one version, from the source stored first');
      assert.equal(recorded.length, before + 1, 'no revision, so no section changes, for the second source');
      const observations = await services.productInformation.observations(markdown.version.id);
      assert.deepEqual(observations.map((o) => [o.source.kind, o.source.file]), [['pdf', '/tmp/lumykras-epar-product-information_de.pdf']]);
      assert.equal((await services.productInformation.saveVersion('lumykras', pdf)).outcome, 'unchanged');
      assert.equal((await services.productInformation.observations(markdown.version.id)).length, 1, 'the same PDF again is not observed twice');

      // A PDF of the same date whose wording differs is another document, and a version of its own.
      const other = smpc('de', '2024-05-01', 'Die empfohlene Dosis beträgt 240 mg zweimal täglich für Erwachsene mit eingeschränkter Nierenfunktion, unabhängig von den Mahlzeiten.');
      other.source = { kind: 'pdf', file: '/tmp/other_de.pdf' };
      assert.equal((await services.productInformation.saveVersion('lumykras', other)).outcome, 'created');
      assert.equal((await services.productInformation.versions('lumykras', 'de')).length, 2);
    });

    test('a document for an unknown medicine or in an unknown language is refused', async () => {
      await assert.rejects(services.productInformation.saveVersion('no-such-medicine', smpc('en', null, 'x')), { code: 'not-found' });
      await assert.rejects(services.productInformation.saveVersion('lumykras', smpc('xx', null, 'x')), { code: 'invalid-input' });
      assert.equal(await services.productInformation.latest('no-such-medicine', 'en'), null);
    });
  });
}
