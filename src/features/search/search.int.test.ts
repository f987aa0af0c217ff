import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { must, parseAtcCode, parseProductNumber } from '../../domain/identifiers.ts';
import { emptyDates, emptyFlags, type Medicine } from '../../domain/medicine.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { saveStoredFile } from '../documents/documents.repository.ts';
import { FACET_KEYS, emptyFilters, type FacetKey, type SearchFilters, type SearchRequest, type SearchSort } from '../../domain/search-query.ts';
import { rebuildSearchIndex, refreshSearchIndex, staleMedicineIds } from './search.repository.ts';
import { SearchService } from './search.service.ts';
import { assertFacetCountsMatch } from '../../../test/support/facet-counts.ts';

const source = { kind: 'editor', reference: 'search test' } as const;

function medicine(n: number, m: Partial<Medicine>): Medicine {
  const productNumber = must(parseProductNumber(`EMEA/H/C/00${String(1000 + n)}`));
  return buildMedicine({
    productNumber,
    emaNodeId: 5000 + n,
    overview: {},
    documents: [],
    news: [],
    related: [],
    flags: emptyFlags(),
    dates: { ...emptyDates(), marketingAuthorisationIssued: `20${String(10 + n)}-01-15`, pageLastUpdated: `2024-0${(n % 9) + 1}-01` },
    ...m,
  });
}

const atc = (code: string) => must(parseAtcCode(code));

/** A small catalogue where each medicine is findable in exactly one way the tests rely on. */
const CATALOGUE: Medicine[] = [
  buildMedicine({
    overview: {
      ...buildMedicine().overview,
      sv: {
        sections: [
          { heading: null, body: 'Lumykras är ett cancerläkemedel som används för att behandla vuxna med icke-småcellig lungcancer.' },
          { heading: 'Hur används Lumykras?', body: 'Den rekommenderade dosen är 960 mg en gång dagligen.' },
        ],
      },
    },
  }),
  medicine(1, {
    name: 'Keytruda', slug: 'keytruda', inn: 'pembrolizumab', activeSubstance: 'pembrolizumab',
    therapeuticAreas: ['Melanoma', 'Carcinoma, Non-Small-Cell Lung'], atcCodes: [atc('L01FF02')], pharmacotherapeuticGroup: '- Antineoplastic agents\n- Monoclonal antibodies',
    therapeuticIndication: '**Melanoma** Keytruda as monotherapy is indicated for the treatment of adults with advanced melanoma.',
    marketingAuthorisationHolder: { name: 'Merck Sharp & Dohme B.V.', address: null },
    flags: { ...emptyFlags(), additionalMonitoring: true },
  }),
  medicine(2, {
    name: 'Revlimid', slug: 'revlimid', inn: 'lenalidomide', activeSubstance: 'lenalidomide',
    therapeuticAreas: ['Multiple Myeloma'], atcCodes: [atc('L04AX04')], pharmacotherapeuticGroup: 'Immunosuppressants',
    therapeuticIndication: 'Revlimid is indicated for the treatment of adult patients with newly diagnosed multiple myeloma.',
    marketingAuthorisationHolder: { name: 'Bristol-Myers Squibb Pharma EEIG', address: null },
    flags: { ...emptyFlags(), orphan: true, additionalMonitoring: true },
  }),
  medicine(3, {
    name: 'Lénalidomide Accord', slug: 'lenalidomide-accord', inn: 'lenalidomide', activeSubstance: 'lenalidomide hydrochloride hydrate',
    therapeuticAreas: ['Multiple Myeloma'], atcCodes: [atc('L04AX04')], pharmacotherapeuticGroup: 'Immunosuppressants',
    therapeuticIndication: 'Treatment of multiple myeloma in adults.',
    marketingAuthorisationHolder: { name: 'Accord Healthcare S.L.U.', address: null },
    flags: { ...emptyFlags(), generic: true },
  }),
  medicine(4, {
    name: 'Abasaglar', slug: 'abasaglar', previousNames: ['Abasria'], inn: 'insulin glargine', activeSubstance: 'insulin glargine',
    therapeuticAreas: ['Diabetes Mellitus'], atcCodes: [atc('A10AE04')], pharmacotherapeuticGroup: 'Drugs used in diabetes',
    therapeuticIndication: 'Treatment of diabetes mellitus in adults, adolescents and children aged 2 years and above.',
    marketingAuthorisationHolder: { name: 'Eli Lilly Nederland B.V.', address: null },
    flags: { ...emptyFlags(), biosimilar: true },
  }),
  medicine(5, {
    name: 'Oldex', slug: 'oldex', status: 'withdrawn', inn: 'oldexamide / newexamide', activeSubstance: 'oldexamide / newexamide sodium',
    therapeuticAreas: ['Epilepsy'], atcCodes: [atc('N03AX99')], pharmacotherapeuticGroup: 'Antiepileptics',
    therapeuticIndication: 'Adjunctive therapy in partial-onset seizures; also studied in multiple myeloma.',
    marketingAuthorisationHolder: { name: 'Accord Healthcare S.L.U.', address: null },
  }),
  medicine(6, {
    name: 'Refusix', slug: 'refusix', status: 'refused', inn: 'refusamab', activeSubstance: 'refusamab',
    therapeuticAreas: ['Alzheimer Disease'], atcCodes: [], pharmacotherapeuticGroup: null,
    therapeuticIndication: 'Treatment of mild Alzheimer disease.',
    marketingAuthorisationHolder: null, applicant: 'Refusal Pharma GmbH',
    dates: { ...emptyDates() },
  }),
  medicine(7, {
    name: 'Vetmedix', slug: 'vetmedix', category: 'veterinary', inn: 'meloxicam', activeSubstance: 'meloxicam',
    therapeuticAreas: ['Dogs'], atcCodes: [atc('QM01AC06')], pharmacotherapeuticGroup: 'Anti-inflammatory and anti-rheumatic products',
    therapeuticIndication: 'Alleviation of inflammation and pain in dogs.',
    marketingAuthorisationHolder: { name: 'Vet Pharma B.V.', address: null },
  }),
];

for (const kind of testDatabaseKinds()) {
  describe(`search on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    let search: SearchService;
    let app: FastifyInstance;

    const request = (r: Partial<SearchRequest>): SearchRequest => ({ text: null, lang: 'en', filters: emptyFilters(), sort: r.text ? 'relevance' : 'name', cursor: null, limit: 50, ...r });
    const slugs = async (r: Partial<SearchRequest>) => (await search.search(request(r))).results.map((x) => x.slug);

    before(async () => {
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database: database });
      for (const m of CATALOGUE) {
        // The write service does not refresh the index yet; a refresh after each write stands in for it.
        await services.writer.apply({ productNumber: m.productNumber, slug: m.slug }, () => m, source);
        await refreshSearchIndex(database.db, m.slug);
      }
      // Product information for Lumykras in Swedish: two pages of text, page 2 with a unique word.
      const sha = 'a'.repeat(64);
      await saveStoredFile(database.db, { sha256: sha, contentType: 'application/pdf', sizeBytes: 100, pages: ['BILAGA I PRODUKTRESUMÉ', 'Behandlingen ska övervakas med leverfunktionsprover varannan vecka.'] });
      await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, (m) => ({
        ...m!,
        files: [{ documentType: 'product-information', lang: 'sv', sha256: sha, sizeBytes: 100, contentType: 'application/pdf', pageCount: 2, fileName: 'lumykras-epar-product-information_sv.pdf' }],
      }), source);
      await refreshSearchIndex(database.db, 'lumykras');
      search = new SearchService(database.db);
      app = await createApp(services, { logger: false });
    });
    after(async () => {
      await app.close();
      await database.dispose();
    });

    describe('the index', () => {
      test('a refresh after a write makes the change findable and the old text unfindable', async () => {
        await services.writer.apply({ productNumber: 'EMEA/H/C/001004', slug: null }, (m) => ({ ...m!, name: 'Abasaglar KwikPen' }), source);
        await refreshSearchIndex(database.db, 'abasaglar');
        assert.deepEqual(await slugs({ text: 'kwikpen' }), ['abasaglar']);
        await services.writer.apply({ productNumber: 'EMEA/H/C/001004', slug: null }, (m) => ({ ...m!, name: 'Abasaglar' }), source);
        await refreshSearchIndex(database.db, 'abasaglar');
        assert.deepEqual(await slugs({ text: 'kwikpen' }), []);
      });

      test('a write that changes nothing indexed records the revision without rewriting the rows', async () => {
        await services.writer.apply({ productNumber: 'EMEA/H/C/001001', slug: null }, (m) => ({ ...m!, revision: 99 }), source);
        const before = await sql<{ ctid: string }>`select d.ctid::text from search_documents d join medicines m on m.id = d.medicine_id where m.slug = 'keytruda' order by 1`.execute(database.db);
        await refreshSearchIndex(database.db, 'keytruda');
        const after = await sql<{ ctid: string }>`select d.ctid::text from search_documents d join medicines m on m.id = d.medicine_id where m.slug = 'keytruda' order by 1`.execute(database.db);
        assert.deepEqual(after.rows, before.rows);
        assert.deepEqual(await staleMedicineIds(database.db), []);
      });

      test('a medicine indexed at an older revision is stale until refreshed', async () => {
        assert.deepEqual(await staleMedicineIds(database.db), []);
        await sql`update search_index_state set revision = revision - 1 where medicine_id = (select id from medicines where slug = 'oldex')`.execute(database.db);
        assert.equal((await staleMedicineIds(database.db)).length, 1);
        assert.equal(await search.refreshStale(), 1);
        assert.deepEqual(await staleMedicineIds(database.db), []);
      });

      test("the app's change listener catches up with a write it is told about", async () => {
        await services.writer.apply({ productNumber: 'EMEA/H/C/001005', slug: null }, (m) => ({ ...m!, therapeuticIndication: `${m!.therapeuticIndication} Also status epilepticus.` }), source);
        for (let i = 0; i < 100 && (await staleMedicineIds(database.db)).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
        assert.deepEqual(await slugs({ text: 'epilepticus' }), ['oldex']);
      });

      test('a rebuild gives the same results as medicine-by-medicine refreshes', async () => {
        const queries = ['lenalidomide', 'lungcancer', 'myeloma', 'Accord', 'leverfunktionsprover'];
        const before = await Promise.all(queries.map((q) => slugs({ text: q, lang: 'sv' })));
        await rebuildSearchIndex(database.db);
        assert.deepEqual(await Promise.all(queries.map((q) => slugs({ text: q, lang: 'sv' }))), before);
      });

      test('a search answered from memory still sees a change committed behind its back', async () => {
        // Not told of the change: only the database's snapshot can tell it the answer is old.
        const cached = new SearchService(database.db, { cacheEntries: 10 });
        const first = await cached.search(request({ text: 'kwikpen' }));
        assert.equal(first.total, 0);
        assert.equal(await cached.search(request({ text: 'kwikpen' })), first, 'the same answer, kept');
        await services.writer.apply({ productNumber: 'EMEA/H/C/001004', slug: null }, (m) => ({ ...m!, name: 'Abasaglar KwikPen' }), source);
        await refreshSearchIndex(database.db, 'abasaglar');
        assert.deepEqual((await cached.search(request({ text: 'kwikpen' }))).results.map((r) => r.slug), ['abasaglar']);
        await services.writer.apply({ productNumber: 'EMEA/H/C/001004', slug: null }, (m) => ({ ...m!, name: 'Abasaglar' }), source);
        await refreshSearchIndex(database.db, 'abasaglar');
        assert.equal((await cached.search(request({ text: 'kwikpen' }))).total, 0);
        assert.equal(cached.cacheStats.hits, 1);
      });

      test('a refresh of a slug that does not exist does nothing', async () => {
        await refreshSearchIndex(database.db, 'no-such-medicine');
      });
    });

    describe('matching and ranking', () => {
      test('an exact name comes first, then a name it begins, then the text that mentions it', async () => {
        assert.deepEqual((await slugs({ text: 'revlimid' }))[0], 'revlimid');
        // "lenalidomide" is the INN of both (exact); the withdrawn Oldex only mentions myeloma, not it.
        const found = await search.search(request({ text: 'lenalidomide' }));
        assert.deepEqual(found.results.map((r) => r.slug).sort(), ['lenalidomide-accord', 'revlimid']);
        assert.ok(found.results.every((r) => r.match?.field === 'name'));
      });

      test('indication and areas outrank the overview, which outranks document text', async () => {
        // "myeloma": Revlimid and Lenalidomide Accord by area, Oldex only by its indication.
        const myeloma = await search.search(request({ text: 'myeloma' }));
        assert.deepEqual(myeloma.results.map((r) => r.slug).slice(-1), ['oldex']);
        // (A word of the Swedish overview that names no disease: "lungcancer" would also find the
        // English areas through the search vocabulary, see search-vocabulary.int.test.ts.)
        const cancer = await search.search(request({ text: 'cancerläkemedel', lang: 'sv' }));
        assert.deepEqual(cancer.results.map((r) => [r.slug, r.match?.field, r.match?.lang]), [['lumykras', 'overview', 'sv']]);
        const page = await search.search(request({ text: 'leverfunktionsprover', lang: 'sv' }));
        assert.deepEqual(page.results.map((r) => [r.slug, r.match?.field, r.match?.documentType, r.match?.page]), [['lumykras', 'document', 'product-information', 2]]);
        assert.match(page.results[0]!.snippet, /<mark>leverfunktionsprover<\/mark>/);
      });

      test('the page language stems its own texts, and other languages still match word for word', async () => {
        // Swedish stemming: "lungcancern" (definite form) finds "lungcancer" on a Swedish page only.
        assert.deepEqual(await slugs({ text: 'lungcancern', lang: 'sv' }), ['lumykras']);
        assert.deepEqual(await slugs({ text: 'lungcancern', lang: 'en' }), []);
        assert.deepEqual(await slugs({ text: 'cancerläkemedel', lang: 'fr' }), ['lumykras']);
        // English stemming of the English facts: "seizure" finds "seizures".
        assert.deepEqual(await slugs({ text: 'seizure' }), ['oldex']);
      });

      test('names and INNs match in every page language', async () => {
        for (const lang of ['en', 'sv', 'el', 'bg'] as const) assert.deepEqual(await slugs({ text: 'Keytruda', lang }), ['keytruda'], lang);
        assert.deepEqual(await slugs({ text: 'pembrolizumab', lang: 'de' }), ['keytruda']);
      });

      test('diacritics and case do not matter, in the text or in the query', async () => {
        const plain = await slugs({ text: 'lenalidomide accord' });
        assert.deepEqual(plain, ['lenalidomide-accord']);
        assert.deepEqual(await slugs({ text: 'LÉNALIDOMIDE ACCORD' }), plain);
        assert.deepEqual(await slugs({ text: 'smacellig', lang: 'sv' }), ['lumykras']);
      });

      test('a misspelt name or substance is still found, and a better spelling offered', async () => {
        const found = await search.search(request({ text: 'pembrolisumab' }));
        assert.deepEqual(found.results.map((r) => r.slug), ['keytruda']);
        const typo = await search.search(request({ text: 'revlimmid' }));
        assert.deepEqual(typo.results.map((r) => r.slug), ['revlimid']);
        const none = await search.search(request({ text: 'oldexamid seizures' }));
        assert.equal(none.didYouMean, 'oldexamide seizures');
      });

      test("each substance of a combination is an exact match and a suggestion of its own", async () => {
        const found = await search.search(request({ text: 'newexamide' }));
        assert.deepEqual(found.results.map((r) => [r.slug, r.match?.field]), [['oldex', 'name']]);
        assert.ok(found.results[0]!.score >= 60_000_000, 'exact tier');
        const suggested = (await app.inject({ method: 'GET', url: '/api/v1/suggest?q=newex' })).json().suggestions;
        assert.ok(suggested.some((s: { kind: string; label: string }) => s.kind === 'substance' && s.label === 'newexamide'), JSON.stringify(suggested));
      });

      test('an earlier name, a product number and an ATC code find the medicine', async () => {
        assert.deepEqual(await slugs({ text: 'Abasria' }), ['abasaglar']);
        assert.deepEqual(await slugs({ text: 'EMEA/H/C/005522' }), ['lumykras']);
        assert.deepEqual(await slugs({ text: 'L04AX' }), ['lenalidomide-accord', 'revlimid']);
        assert.deepEqual(await slugs({ text: 'qm01' }), ['vetmedix']);
      });

      test('a company finds its medicines', async () => {
        assert.deepEqual((await slugs({ text: 'Accord Healthcare' })).sort(), ['lenalidomide-accord', 'oldex']);
        assert.deepEqual(await slugs({ text: 'Refusal Pharma' }), ['refusix']);
      });

      test('authorised medicines come before others that match as well', async () => {
        assert.deepEqual(await slugs({ text: 'Accord Healthcare' }), ['lenalidomide-accord', 'oldex']);
      });

      test('snippets are escaped HTML with the matched words marked', async () => {
        const [r] = (await search.search(request({ text: 'KRAS G12C' }))).results;
        assert.equal(r!.slug, 'lumykras');
        assert.match(r!.snippet, /<mark>KRAS<\/mark> <mark>G12C<\/mark>/);
        const keytruda = (await search.search(request({ text: 'keytruda' }))).results[0]!;
        assert.doesNotMatch(keytruda.snippet, /\*\*/);
      });
    });

    describe('hostile input', () => {
      const HOSTILE = [
        '"', "'", '""', '"unclosed phrase', '&', '|', '!', '!!!', ':*', 'abc:*', 'a & b | !c', '(', ')', '((a)', 'a <-> b', '<->',
        '-', '--', '- -x', 'or', 'OR or OR', 'and', '\\', '%', '_', '%_%', "'; drop table medicines; --", '$1', '?', '*',
        '\u0000', '\u0000lumykras', '\u0007\u001b[31m', '\u200b', '\ue000\ue001', '🙂', 'Ελληνικά', 'български', '中文',
        'x'.repeat(500), `${'a '.repeat(249)}a`, '\uD800',
      ];

      test('no query of operators, quotes, controls or odd characters errors, through the service or the API', async () => {
        for (const text of HOSTILE) {
          const cleaned = text.replace(/[\u0000-\u001f\ue000\ue001]/g, ' ').replace(/\s+/g, ' ').trim() || null;
          await search.search(request({ text: cleaned }));
          // NUL is refused at the edge for every parameter (no text has one), with the documented 400.
          const expected = text.includes('\u0000') ? 400 : 200;
          const res = await app.inject({ method: 'GET', url: '/api/v1/search', query: { q: text } });
          assert.equal(res.statusCode, expected, `${JSON.stringify(text)}: ${res.body.slice(0, 200)}`);
          if (expected === 400) assert.equal(res.json().code, 'invalid-input');
          const suggest = await app.inject({ method: 'GET', url: '/api/v1/suggest', query: { q: text } });
          assert.equal(suggest.statusCode, expected, `suggest ${JSON.stringify(text)}`);
        }
      });

      test('a query of 10 kB is refused with a 400 that says why, in the API and on the page', async () => {
        const q = 'a'.repeat(10_000);
        const api = await app.inject({ method: 'GET', url: '/api/v1/search', query: { q } });
        assert.equal(api.statusCode, 400);
        assert.match(api.json().message, /at most 500 characters/);
        const page = await app.inject({ method: 'GET', url: '/en/search', query: { q } });
        assert.equal(page.statusCode, 400);
        assert.match(page.body, /at most 500 characters/);
        assert.match(page.body, /<form class="search search-page"/);
      });

      test('hostile facet values match nothing rather than erroring', async () => {
        const res = await app.inject({ method: 'GET', url: '/api/v1/search', query: { area: ["'; --", '%', '{a,b}'], holder: '\\' } });
        assert.equal(res.statusCode, 200);
        assert.equal(res.json().total, 0);
      });
    });

    describe('facets', () => {
      const assertCountsMatch = (base: Partial<SearchRequest>) => assertFacetCountsMatch(search, request(base), { limit: null, allAtcLevels: true });

      test('every count equals the results of selecting it, without a search or filters', async () => {
        await assertCountsMatch({});
      });

      test('every count equals the results of selecting it, with text and other filters set', async () => {
        await assertCountsMatch({ text: 'myeloma' });
        await assertCountsMatch({ filters: { ...emptyFilters(), status: ['authorised'], flag: ['additionalMonitoring'] } });
        await assertCountsMatch({ text: 'treatment', filters: { ...emptyFilters(), atc: ['L'], category: ['human'] } });
      });

      test('the ids a search matches are exactly its results, beyond any page', async () => {
        for (const r of [{ text: 'myeloma' }, { filters: { ...emptyFilters(), status: ['authorised'] } as SearchFilters }, { text: 'no-such-word-anywhere' }]) {
          const page = await search.search(request({ ...r, limit: 2 }));
          const ids = await search.matchingIds(request(r));
          assert.equal(ids.length, page.total, JSON.stringify(r));
          assert.equal(new Set(ids).size, ids.length);
        }
      });

      test('values within a facet are alternatives and facets combine', async () => {
        assert.deepEqual((await slugs({ filters: { ...emptyFilters(), status: ['withdrawn', 'refused'] } })).sort(), ['oldex', 'refusix']);
        assert.deepEqual(await slugs({ filters: { ...emptyFilters(), holder: ['Accord Healthcare S.L.U.'], status: ['withdrawn'] } }), ['oldex']);
        assert.deepEqual(await slugs({ filters: { ...emptyFilters(), flag: ['orphan', 'additionalMonitoring'] } }), ['revlimid']);
        assert.deepEqual(await slugs({ filters: { ...emptyFilters(), year: [2012, 2013] } }), ['lenalidomide-accord', 'revlimid']);
        assert.deepEqual(await slugs({ filters: { ...emptyFilters(), atc: ['QM01'] } }), ['vetmedix']);
        assert.deepEqual(await slugs({ filters: { ...emptyFilters(), category: ['veterinary'] } }), ['vetmedix']);
      });

      test('ATC facets have every level, labelled from EMA group texts, and browse shows them all', async () => {
        const { facets } = await search.browse();
        const l04 = facets.atc.find((v) => v.value === 'L04');
        assert.deepEqual([l04?.count, l04?.label, l04?.level], [2, 'Immunosuppressants', 3]);
        assert.deepEqual(facets.atc.filter((v) => v.value.startsWith('L04')).map((v) => v.value), ['L04', 'L04A', 'L04AX', 'L04AX04']);
        assert.equal(facets.atc.find((v) => v.value === 'L04AX04')?.label, 'lenalidomide');
        assert.deepEqual(facets.atc.filter((v) => v.value.startsWith('Q')).map((v) => [v.value, v.level]), [['QM', 1], ['QM01', 3], ['QM01A', 4], ['QM01AC', 5], ['QM01AC06', 7]]);
      });

      test('a search shows first-level ATC groups and opens the ones selected', async () => {
        const closed = await search.search(request({}));
        assert.ok(closed.facets.atc.every((v) => v.level === 1));
        const open = await search.search(request({ filters: { ...emptyFilters(), atc: ['L'] } }));
        assert.deepEqual(open.facets.atc.filter((v) => v.value.startsWith('L')).map((v) => v.value), ['L', 'L01', 'L04']);
      });
    });

    describe('paging', () => {
      const SORTS: SearchSort[] = ['name', '-name', 'authorised', '-authorised', 'updated', '-updated'];

      async function pageThrough(base: Partial<SearchRequest>, limit: number) {
        const seen: string[] = [];
        let cursor = null;
        let offsets: number[] = [];
        for (let i = 0; i < 50; i++) {
          const page = await search.search(request({ ...base, cursor, limit }));
          offsets.push(page.offset);
          seen.push(...page.results.map((r) => r.slug));
          if (!page.next) return { seen, total: page.total, offsets };
          cursor = page.next;
        }
        throw new Error('did not end');
      }

      test('paging through everything with the cursor returns each medicine exactly once, in every sort', async () => {
        const all = (await search.search(request({}))).total;
        for (const sort of SORTS) {
          const { seen, total, offsets } = await pageThrough({ sort }, 3);
          assert.equal(seen.length, all, sort);
          assert.equal(new Set(seen).size, all, sort);
          assert.equal(total, all);
          assert.deepEqual(offsets, offsets.map((_, i) => i * 3));
        }
        const relevance = await pageThrough({ text: 'treatment', sort: 'relevance' }, 2);
        assert.equal(new Set(relevance.seen).size, relevance.total);
        assert.ok(relevance.total >= 4);
      });

      test('undated medicines come last in both directions of a date sort', async () => {
        assert.equal((await slugs({ sort: 'authorised' })).at(-1), 'refusix');
        assert.equal((await slugs({ sort: '-authorised' })).at(-1), 'refusix');
      });

      test('the previous-page cursor returns the page before', async () => {
        const first = await search.search(request({ limit: 3 }));
        const second = await search.search(request({ limit: 3, cursor: first.next }));
        assert.equal(first.prev, null);
        const back = await search.search(request({ limit: 3, cursor: second.prev }));
        assert.deepEqual(back.results.map((r) => r.slug), first.results.map((r) => r.slug));
        assert.equal(back.offset, 0);
        assert.equal(back.prev, null);
        assert.deepEqual(back.next, first.next);
      });
    });

    describe('HTTP', () => {
      test('the API returns results, facets and cursors in the documented shape', async () => {
        const res = await app.inject({ method: 'GET', url: '/api/v1/search?q=lenalidomide&limit=1&status=authorised&status=withdrawn' });
        assert.equal(res.statusCode, 200);
        const body = res.json();
        assert.equal(body.total, 2);
        assert.deepEqual(Object.keys(body.results[0]).sort(), ['category', 'inn', 'links', 'match', 'name', 'productNumber', 'score', 'slug', 'snippet', 'status']);
        assert.deepEqual(Object.keys(body.facets).sort(), [...FACET_KEYS].sort());
        assert.ok(body.facets.status.some((v: { value: string; selected: boolean }) => v.value === 'authorised' && v.selected));
        const next = await app.inject({ method: 'GET', url: `/api/v1/search?q=lenalidomide&limit=1&status=authorised&status=withdrawn&cursor=${body.next}` });
        assert.equal(next.json().results.length, 1);
        assert.notEqual(next.json().results[0].slug, body.results[0].slug);
        assert.equal(next.json().next, null);
      });

      test('bad parameters are 400s that say what is wrong', async () => {
        for (const [query, message] of [
          ['status=approved', /status "approved"/],
          ['sort=price', /sort/],
          ['cursor=xyz', /cursor/],
          ['flag=cheap', /flag "cheap"/],
          ['lang=xx', /lang/],
        ] as const) {
          const res = await app.inject({ method: 'GET', url: `/api/v1/search?${query}` });
          assert.equal(res.statusCode, 400, query);
          assert.match(res.json().message, message);
        }
      });

      test('autocomplete suggests medicines, substances and areas with links', async () => {
        const res = await app.inject({ method: 'GET', url: '/api/v1/suggest?q=len&lang=sv' });
        assert.equal(res.statusCode, 200);
        const { suggestions } = res.json();
        assert.deepEqual(suggestions[0], { kind: 'medicine', label: 'Lénalidomide Accord', href: '/sv/medicines/human/EPAR/lenalidomide-accord', count: 1 });
        assert.ok(suggestions.some((s: { kind: string; label: string; count: number }) => s.kind === 'substance' && s.label === 'lenalidomide' && s.count === 2));
        const areas = (await app.inject({ method: 'GET', url: '/api/v1/suggest?q=myel' })).json().suggestions;
        assert.deepEqual(areas, [{ kind: 'area', label: 'Multiple Myeloma', href: '/en/search?area=Multiple+Myeloma', count: 2 }]);
        assert.deepEqual((await app.inject({ method: 'GET', url: '/api/v1/suggest?q=' })).json(), { suggestions: [] });
      });

      test('the search page works as a plain form: state in the URL, labelled fieldsets, results and paging links', async () => {
        const res = await app.inject({ method: 'GET', url: '/en/search?q=treatment&status=authorised' });
        assert.equal(res.statusCode, 200);
        const page = res.body;
        assert.match(page, /<form class="search search-page" method="get" action="\/en\/search" role="search">/);
        assert.match(page, /<label class="label label--m" for="search-q">/);
        assert.match(page, /<input class="input search__input" type="search" id="search-q" name="q" value="treatment"/);
        for (const key of ['category', 'status', 'area', 'atc', 'holder', 'flag', 'year'] as FacetKey[]) {
          if (key === 'category' || key === 'status') assert.match(page, new RegExp(`<fieldset class="filters__fieldset facet" id="facet-${key}">\\s*<legend`));
        }
        assert.match(page, /<input class="facet__checkbox" type="checkbox" id="facet-status-\d+" name="status" value="authorised" checked>/);
        assert.match(page, /<ol class="list-plain search-results" start="1">/);
        assert.match(page, /href="\/en\/medicines\/human\/EPAR\/revlimid"/);
        const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
        assert.equal(new Set(ids).size, ids.length, 'ids are unique');
        const paged = await app.inject({ method: 'GET', url: '/en/search?sort=name' });
        assert.doesNotMatch(paged.body, /rel="next"/);
      });

      test('a search page in another language keeps the search in its language links', async () => {
        const res = await app.inject({ method: 'GET', url: '/sv/search?q=cancerl%C3%A4kemedel' });
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /<link rel="alternate" hreflang="de" href="(?:http:\/\/localhost:3000)?\/de\/search\?q=cancerl%C3%A4kemedel">/);
        assert.match(res.body, /<p class="search-result__snippet">[^<]*<mark>cancerläkemedel<\/mark>/);
      });

      test('the browse pages list values with counts that link to the search', async () => {
        for (const path of ['/en/browse', '/en/browse/atc', '/en/browse/areas', '/en/browse/holders', '/en/browse/status', '/en/browse/atc/L04']) {
          const res = await app.inject({ method: 'GET', url: path });
          assert.equal(res.statusCode, 200, path);
        }
        const atcPage = (await app.inject({ method: 'GET', url: '/en/browse/atc' })).body;
        assert.match(atcPage, /<a href="\/en\/search\?atc=L04"><span class="identifier">L04<\/span> <span>Immunosuppressants<\/span><\/a>/);
        const areas = (await app.inject({ method: 'GET', url: '/en/browse/areas' })).body;
        assert.match(areas, /<a href="\/en\/search\?area=Multiple\+Myeloma">Multiple Myeloma<\/a> <span class="browse__count secondary-text">\(2\)/);
        assert.equal((await app.inject({ method: 'GET', url: '/en/browse/atc/Z99' })).statusCode, 404);
      });

      test('the OpenAPI description documents search and autocomplete', async () => {
        const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
        assert.ok(spec.paths['/api/v1/search'].get.parameters.some((p: { name: string }) => p.name === 'cursor'));
        assert.ok(spec.paths['/api/v1/suggest']);
      });
    });

    test('the medicine count in search equals the catalogue', async () => {
      const n = await sql<{ n: number }>`select count(*)::int as n from medicines`.execute(database.db);
      assert.equal((await search.search(request({}))).total, n.rows[0]!.n);
    });
  });
}
