/**
 * A disease typed in the reader's language finds the medicines whose English indication, areas
 * or overview name it, through the search vocabulary.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { must, parseProductNumber } from '../../domain/identifiers.ts';
import { emptyDates, emptyFlags, type Medicine } from '../../domain/medicine.ts';
import type { LanguageCode } from '../../domain/languages.ts';
import { emptyFilters, type SearchRequest } from '../../domain/search-query.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { searchVocabularyCatalogue, vocabularyPhrases } from '../../i18n/catalogues/search-vocabulary/index.ts';
import { refreshSearchIndex } from './search.repository.ts';
import { SearchService } from './search.service.ts';
import { searchNormalize } from './search-vocabulary.ts';

const source = { kind: 'editor', reference: 'search vocabulary test' } as const;

function medicine(n: number, m: Partial<Medicine>): Medicine {
  return buildMedicine({
    productNumber: must(parseProductNumber(`EMEA/H/C/00${String(2000 + n)}`)),
    emaNodeId: 6000 + n,
    atcCodes: [],
    overview: {},
    documents: [],
    news: [],
    related: [],
    flags: emptyFlags(),
    dates: { ...emptyDates(), marketingAuthorisationIssued: '2020-01-15' },
    ...m,
  });
}

const english = (body: string) => ({ en: { sections: [{ heading: null, body }] } });

const CATALOGUE: Medicine[] = [
  // Found by its MeSH area only: the indication says "NSCLC", never "lung cancer".
  buildMedicine({ overview: {}, documents: [], news: [], related: [] }),
  medicine(1, {
    name: 'Pulmoscan', slug: 'pulmoscan', inn: 'technetium scanide', activeSubstance: 'technetium scanide',
    therapeuticAreas: ['Radionuclide Imaging'], pharmacotherapeuticGroup: 'Diagnostic radiopharmaceuticals',
    therapeuticIndication: 'For diagnostic use only.',
    overview: english('Pulmoscan is used in scans of adults suspected of having lung cancer.'),
  }),
  medicine(2, {
    name: 'Myelomix', slug: 'myelomix', inn: 'myelomab', activeSubstance: 'myelomab',
    therapeuticAreas: ['Multiple Myeloma'], pharmacotherapeuticGroup: 'Antineoplastic agents',
    therapeuticIndication: 'Treatment of adults with multiple myeloma.',
    overview: english('The most common side effects are infections of the lungs and cancer of the skin.'),
  }),
  medicine(3, {
    name: 'Glucorex', slug: 'glucorex', inn: 'glucoretide', activeSubstance: 'glucoretide',
    therapeuticAreas: ['Diabetes Mellitus, Type 2'], pharmacotherapeuticGroup: 'Drugs used in diabetes',
    therapeuticIndication: 'Treatment of adults with insufficiently controlled type 2 diabetes mellitus.',
  }),
];

for (const kind of testDatabaseKinds()) {
  describe(`diseases in the reader's language on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    let search: SearchService;

    const request = (text: string, lang: LanguageCode): SearchRequest =>
      ({ text, lang, filters: emptyFilters(), sort: 'relevance', cursor: null, limit: 50 });
    const slugs = async (text: string, lang: LanguageCode) => (await search.search(request(text, lang))).results.map((r) => r.slug);

    before(async () => {
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
      for (const m of CATALOGUE) {
        await services.writer.apply({ productNumber: m.productNumber, slug: m.slug }, () => m, source);
        await refreshSearchIndex(database.db, m.slug);
      }
      search = new SearchService(database.db);
    });
    after(async () => {
      await database.dispose();
    });

    const LUNG_CANCER: [LanguageCode, string][] = [
      ['de', 'Lungenkrebs'],
      ['fr', 'cancer du poumon'],
      ['sv', 'lungcancer'],
      ['el', 'καρκίνος του πνεύμονα'],
      ['bg', 'рак на белия дроб'],
    ];
    for (const [lang, text] of LUNG_CANCER) {
      test(`"${text}" on a ${lang} page finds the lung cancer medicine first and not the diabetes or myeloma one`, async () => {
        const found = await slugs(text, lang);
        assert.equal(found[0], 'lumykras', found.join(', '));
        assert.ok(!found.includes('glucorex'), found.join(', '));
        assert.ok(!found.includes('myelomix'), found.join(', '));
      });
    }

    test('a match in the indication or areas ranks before a mention in an overview', async () => {
      const found = await search.search(request('Lungenkrebs', 'de'));
      assert.deepEqual(found.results.map((r) => r.slug), ['lumykras', 'pulmoscan']);
      assert.equal(found.results[0]!.match?.field, 'facts');
      assert.equal(found.results[1]!.match?.field, 'overview');
    });

    test('the snippet marks the English words the disease was found by', async () => {
      const found = await search.search(request('Lungenkrebs', 'de'));
      assert.match(found.results[0]!.snippet, /<mark>Non<\/mark>.*<mark>Lung<\/mark>/, found.results[0]!.snippet);
      assert.match(found.results[1]!.snippet, /<mark>lung<\/mark> <mark>cancer<\/mark>/, found.results[1]!.snippet);
    });

    test('the other words of the query must still match', async () => {
      assert.deepEqual(await slugs('Lungenkrebs sotorasib', 'de'), ['lumykras']);
      assert.deepEqual(await slugs('Lungenkrebs glucoretide', 'de'), []);
    });

    test("a disease typed in another language than the page's is found too", async () => {
      assert.deepEqual(await slugs('diabète de type 2', 'de'), ['glucorex']);
      assert.equal((await slugs('lungcancer', 'pl'))[0], 'lumykras');
    });

    test('a word that is no disease is searched as typed, without expansion', async () => {
      assert.deepEqual(await slugs('myelomab', 'de'), ['myelomix']);
    });

    test("the vocabulary's normalisation is the search index's for every phrase in Latin script", async () => {
      const phrases = [...new Set(LANGUAGES.flatMap((lang) => vocabularyPhrases(searchVocabularyCatalogue.get(lang)).map(([, p]) => p)))]
        .filter((p) => /^[\p{Script=Latin}\d\s\p{P}]+$/u.test(p));
      const rows = await sql<{ norm: string }>`select search_normalize(p) as norm from unnest(${phrases}::text[]) with ordinality as x(p, i) order by i`.execute(database.db);
      const differ = phrases.filter((p, i) => searchNormalize(p) !== rows.rows[i]!.norm);
      assert.deepEqual(differ, []);
    });
  });
}
