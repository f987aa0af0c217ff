/**
 * The FHIR API over a real database (PGlite, and a PostgreSQL server when TEST_DATABASE_URL is
 * set): Lumykras with its packs, procedures, documents and a stored file, plus a handful of
 * other medicines to page through. Every resource the API sends is checked against the R5
 * package's JSON schema and StructureDefinitions (test/support/fhir-validator.ts).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Bundle, CapabilityStatement, DocumentReference, FhirResource, MedicinalProductDefinition, OperationOutcome, RegulatedAuthorization } from 'fhir/r5.d.ts';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import { must, parseEuNumber, parseProductNumber } from '../../domain/identifiers.ts';
import type { Medicine } from '../../domain/medicine.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { lumykras } from '../../../test/support/lumykras.ts';
import { FhirValidator, specSearchParameters } from '../../../test/support/fhir-validator.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { RESOURCE_TYPES } from './fhir-search.ts';

const BASE = 'https://openepar.test';
const validator = new FhirValidator();

function assertValid(resource: unknown): void {
  const problems = validator.validate(resource);
  assert.deepEqual(problems, [], `${(resource as FhirResource).resourceType}/${(resource as FhirResource).id ?? ''} conforms to R5`);
}

function lumykrasRecord(sha256: string): Medicine {
  return lumykras({
    presentations: ['001', '002'].map((n, i) => ({
      euNumber: must(parseEuNumber(`EU/1/21/1603/${n}`)),
      inventedName: 'Lumykras',
      strength: i === 0 ? '120 mg' : '240 mg',
      pharmaceuticalForm: 'Film-coated tablet',
      routeOfAdministration: 'Oral use',
      immediatePackaging: 'blister (PVC/PE/PCTFE/alu)',
      content: null,
      packSize: i === 0 ? '240 tablets' : '120 tablets',
    })),
    procedures: [
      {
        number: 'II/0010/G', otherNumbers: [], type: 'variation-ii', typeLabel: 'Variation type II', scope: 'Update of sections 4.8 and 5.1 of the SmPC',
        opinionDate: '2024-10-17', commissionDecisionDate: '2024-11-21', productInformationAffected: 'SmPC', summary: null,
      },
      {
        number: 'PSUSA/00010970/202411', otherNumbers: [], type: 'psur', typeLabel: 'PSUR', scope: 'Periodic safety update',
        opinionDate: '2025-06-19', commissionDecisionDate: null, productInformationAffected: null, summary: null,
      },
    ],
    files: [{ documentType: 'product-information', lang: 'en', sha256, sizeBytes: 1234, contentType: 'application/pdf', pageCount: 1, fileName: 'lumykras-epar-product-information_en.pdf' }],
  });
}

for (const kind of testDatabaseKinds()) {
  describe(`the FHIR API on ${kind}`, () => {
    let database: TestDatabase;
    let services: Services;
    let app: FastifyInstance;
    const catalogueSize = 8;

    before(async () => {
      database = await openTestDatabase(kind);
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent', PUBLIC_BASE_URL: BASE, RATE_LIMIT: '0' }), { database });
      const { sha256 } = await services.documents.save(new TextEncoder().encode('%PDF-1.4 Lumykras'), 'application/pdf', ['Lumykras product information']);
      const first = { kind: 'epar-page', reference: 'test', asOf: new Date('2024-01-01T00:00:00Z') } as const;
      const second = { kind: 'epar-page', reference: 'test', asOf: new Date('2025-01-01T00:00:00Z') } as const;
      await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, () => ({ ...lumykrasRecord(sha256), status: 'opinion' }), first);
      await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, () => lumykrasRecord(sha256), second);
      for (let i = 1; i < catalogueSize; i++) {
        const pn = must(parseProductNumber(`EMEA/H/C/00010${i}`));
        await services.writer.apply({ productNumber: pn, slug: null }, () =>
          buildMedicine({
            productNumber: pn, slug: `medicine-${i}`, name: `Medicine ${i}`, emaNodeId: 1000 + i,
            status: i % 2 ? 'authorised' : 'withdrawn',
            dates: { ...buildMedicine().dates, withdrawal: i % 2 ? null : '2023-05-01' },
            marketingAuthorisationHolder: { name: i % 3 ? 'Holder Ä GmbH' : 'Amgen Europe B.V.', address: null },
            atcCodes: [], therapeuticAreas: i === 1 ? [] : ['Diabetes Mellitus'],
          }), first);
      }
      app = await createApp(services, { logger: false });
    });
    after(async () => {
      await app.close();
      await database.dispose();
    });

    const get = async (url: string, headers: Record<string, string> = {}) => {
      const res = await app.inject({ method: 'GET', url, headers });
      return { res, body: res.body ? (JSON.parse(res.body) as FhirResource) : null };
    };
    const bundle = async (url: string) => {
      const { res, body } = await get(url);
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /^application\/fhir\+json/);
      assertValid(body);
      return body as Bundle;
    };
    /** Follows next links from `url` to the end, returning every entry's resource. */
    const everything = async (url: string) => {
      const out: FhirResource[] = [];
      let next: string | undefined = url;
      for (let pages = 0; next; pages++) {
        assert.ok(pages < 1000, 'paging ends');
        const b = await bundle(next.replace(BASE, ''));
        out.push(...(b.entry ?? []).map((e) => e.resource!));
        next = b.link?.find((l) => l.relation === 'next')?.url;
      }
      return out;
    };

    test("every resource type validates against R5 for Lumykras, read by id and found by search", async () => {
      const mpd = (await bundle('/fhir/MedicinalProductDefinition?identifier=EMEA/H/C/005522')).entry!.map((e) => e.resource as MedicinalProductDefinition);
      assert.equal(mpd.length, 1);
      const subject = `MedicinalProductDefinition/${mpd[0]!.id}`;
      const holder = (mpd[0]!.contact ?? [])[0]!.contact.reference!;
      const searches = [
        `/fhir/MedicinalProductDefinition?identifier=EMEA/H/C/005522`,
        `/fhir/RegulatedAuthorization?subject=${subject}`,
        `/fhir/ClinicalUseDefinition?subject=${subject}`,
        `/fhir/PackagedProductDefinition?package-for=${subject}`,
        `/fhir/DocumentReference?subject=${subject}`,
        `/fhir/Organization?_id=${holder.split('/')[1]}`,
      ];
      for (const url of searches) {
        const found = await bundle(url);
        assert.ok((found.entry ?? []).length > 0, `${url} finds Lumykras's resources`);
        for (const e of found.entry!) {
          assert.equal(e.fullUrl, `${BASE}/fhir/${e.resource!.resourceType}/${e.resource!.id}`);
          const read = await get(`/fhir/${e.resource!.resourceType}/${e.resource!.id}`);
          assert.equal(read.res.statusCode, 200, read.res.body);
          assert.deepEqual(read.body, e.resource, 'a read gives what the search gave');
          assertValid(read.body);
        }
      }
      for (const type of RESOURCE_TYPES) assert.ok((validator.counts.get(type) ?? 0) > 0, `${type} was validated`);
    });

    test('the medicine carries its product number, ATC code (no WHO name), pharmacotherapeutic group, black triangle, indication and documents', async () => {
      const { res, body } = await get('/fhir/MedicinalProductDefinition/EMEA-H-C-005522');
      const mpd = body as MedicinalProductDefinition;
      assert.equal(res.headers.etag, 'W/"2"');
      assert.equal(mpd.meta?.versionId, '2');
      assert.ok(res.headers['last-modified']);
      assert.deepEqual(mpd.identifier, [{ system: 'https://openepar.org/fhir/sid/ema-product-number', value: 'EMEA/H/C/005522' }]);
      assert.deepEqual(mpd.name, [{ productName: 'Lumykras' }]);
      assert.deepEqual(mpd.classification, [{ coding: [{ system: 'http://www.whocc.no/atc', code: 'L01XX73' }] }, { text: 'Antineoplastic agents' }]);
      assert.equal(mpd.additionalMonitoringIndicator?.coding?.[0]?.code, 'additional-monitoring');
      assert.match(mpd.indication ?? '', /KRAS G12C/);
      const docs = (await bundle(`/fhir/DocumentReference?subject=MedicinalProductDefinition/EMEA-H-C-005522&_count=100`)).entry!.map((e) => e.resource as DocumentReference);
      const versions = lumykrasRecord('0'.repeat(64)).documents.flatMap((d) => d.languages);
      assert.equal(docs.length, versions.length, 'one DocumentReference per document and language version');
      assert.deepEqual(new Set(mpd.attachedDocument?.map((r) => r.reference)), new Set(docs.map((d) => `DocumentReference/${d.id}`)));
      const pi = docs.find((d) => d.type?.coding?.[0]?.code === 'product-information' && d.content[0]!.attachment.language === 'en')!;
      assert.deepEqual(pi.content.map((c) => c.attachment.url!.replace(/[0-9a-f]{64}$/, '{sha256}')), [
        'https://www.ema.europa.eu/en/documents/product-information/lumykras-epar-product-information_en.pdf',
        `${BASE}/files/{sha256}`,
      ], "EMA's address and the stored copy");
      const swedish = (await bundle('/fhir/DocumentReference?subject=MedicinalProductDefinition/EMEA-H-C-005522&language=sv')).entry!;
      assert.ok(swedish.length > 0 && swedish.every((e) => (e.resource as DocumentReference).content[0]!.attachment.language === 'sv'));
    });

    test('the authorisation names its holder, status and date, region, conditional basis and procedures with full numbers', async () => {
      const found = await bundle('/fhir/RegulatedAuthorization?subject=MedicinalProductDefinition/EMEA-H-C-005522');
      const ra = found.entry![0]!.resource as RegulatedAuthorization;
      assert.equal(ra.status?.coding?.[0]?.code, 'authorised');
      assert.equal(ra.statusDate, '2022-01-06');
      assert.equal(ra.region?.[0]?.coding?.[0]?.code, 'EU');
      assert.deepEqual(ra.basis?.map((b) => b.coding?.[0]?.code), ['conditional']);
      assert.deepEqual(ra.identifier?.map((i) => i.value), ['EMEA/H/C/005522', 'EU/1/21/1603']);
      assert.equal(ra.case?.identifier?.value, 'EMEA/H/C/005522');
      assert.deepEqual(ra.case?.application?.map((a) => [a.identifier?.value, a.type?.coding?.[0]?.code, a.dateDateTime]), [
        ['EMEA/H/C/005522/II/0010/G', 'variation-ii', '2024-11-21'],
        ['PSUSA/00010970/202411', 'psur', '2025-06-19'],
      ]);
      assert.equal(ra.holder?.display, 'Amgen Europe B.V.');
      const byCase = await bundle('/fhir/RegulatedAuthorization?case=EMEA/H/C/005522/II/0010/G');
      assert.deepEqual(byCase.entry?.map((e) => e.resource!.id), ['EMEA-H-C-005522']);
      const byHolder = await bundle(`/fhir/RegulatedAuthorization?holder=${ra.holder!.reference}`);
      assert.deepEqual(byHolder.entry?.map((e) => e.resource!.id).sort(), ['EMEA-H-C-000103', 'EMEA-H-C-000106', 'EMEA-H-C-005522'], 'the medicines Amgen holds');
      const byEuNumber = await bundle('/fhir/RegulatedAuthorization?identifier=EU/1/21/1603');
      assert.deepEqual(byEuNumber.entry?.map((e) => e.resource!.id), ['EMEA-H-C-005522']);
      const withdrawn = await bundle('/fhir/RegulatedAuthorization?status=withdrawn');
      assert.equal(withdrawn.total, 3);
      assert.ok(withdrawn.entry!.every((e) => (e.resource as RegulatedAuthorization).statusDate === '2023-05-01'));
    });

    test('indications are coded by their MeSH heading, packs carry EU numbers, holders are organisations', async () => {
      const cud = (await bundle('/fhir/ClinicalUseDefinition?subject=EMEA-H-C-005522&type=indication')).entry![0]!.resource!;
      assert.equal(cud.resourceType, 'ClinicalUseDefinition');
      assert.deepEqual(cud.resourceType === 'ClinicalUseDefinition' && cud.indication?.diseaseSymptomProcedure?.concept, {
        coding: [{ system: 'https://www.nlm.nih.gov/mesh', display: 'Carcinoma, Non-Small-Cell Lung' }],
        text: 'Carcinoma, Non-Small-Cell Lung',
      });
      const packs = (await bundle('/fhir/PackagedProductDefinition?identifier=EU/1/21/1603/002')).entry!;
      assert.deepEqual(packs.map((e) => e.resource!.id), ['EU.1.21.1603.002']);
      const named = await bundle('/fhir/Organization?name=holder');
      assert.deepEqual(named.entry?.map((e) => e.resource!.resourceType === 'Organization' && e.resource!.name), ['Holder Ä GmbH']);
      assert.equal((await bundle('/fhir/Organization?name:exact=holder')).entry, undefined, ':exact is exact');
    });

    test('searches find by name, classification and last update', async () => {
      const ids = async (url: string) => ((await bundle(url)).entry ?? []).map((e) => e.resource!.id);
      assert.deepEqual(await ids('/fhir/MedicinalProductDefinition?name=lumy'), ['EMEA-H-C-005522']);
      assert.deepEqual(await ids('/fhir/MedicinalProductDefinition?name:contains=KRAS'), ['EMEA-H-C-005522']);
      assert.deepEqual(await ids('/fhir/MedicinalProductDefinition?product-classification=http://www.whocc.no/atc|L01XX73'), ['EMEA-H-C-005522']);
      assert.deepEqual(await ids('/fhir/MedicinalProductDefinition?product-classification=L01XX73,NOPE&identifier=EMEA/H/C/000101'), []);
      assert.equal((await ids('/fhir/MedicinalProductDefinition?_lastUpdated=gt2999-01-01')).length, 0);
      assert.equal((await bundle('/fhir/MedicinalProductDefinition?_lastUpdated=le2999-01-01')).total, catalogueSize);
    });

    test('a search pages through every medicine with keyset links, no cap, and _count is bounded', async () => {
      for (const type of ['MedicinalProductDefinition', 'RegulatedAuthorization'] as const) {
        const all = await everything(`/fhir/${type}?_count=3`);
        assert.equal(all.length, catalogueSize);
        assert.equal(new Set(all.map((r) => r.id)).size, catalogueSize, 'no resource twice');
      }
      const docs = await everything('/fhir/DocumentReference?_count=2');
      assert.equal(new Set(docs.map((d) => d.id)).size, docs.length);
      const first = await bundle('/fhir/MedicinalProductDefinition?_count=100000');
      assert.equal(first.entry?.length, catalogueSize, 'a _count above the maximum gives the maximum');
      const counted = await bundle('/fhir/MedicinalProductDefinition?_count=0');
      assert.equal(counted.total, catalogueSize);
      assert.equal(counted.entry, undefined);
    });

    test("a medicine's history lists its versions from the revisions, each readable by version", async () => {
      const history = await bundle('/fhir/MedicinalProductDefinition/EMEA-H-C-005522/_history');
      assert.equal(history.type, 'history');
      assert.equal(history.total, 2);
      assert.deepEqual(history.entry?.map((e) => e.resource?.meta?.versionId), ['2', '1']);
      assert.deepEqual(history.entry?.map((e) => e.request?.method), ['PUT', 'POST']);
      const paged = await everything('/fhir/MedicinalProductDefinition/EMEA-H-C-005522/_history?_count=1');
      assert.equal(paged.length, 2);
      const v1 = await get('/fhir/MedicinalProductDefinition/EMEA-H-C-005522/_history/1');
      assert.equal(v1.res.statusCode, 200);
      assert.equal(v1.res.headers.etag, 'W/"1"');
      assertValid(v1.body);
      const again = await get('/fhir/MedicinalProductDefinition/EMEA-H-C-005522', { 'if-none-match': 'W/"2"' });
      assert.equal(again.res.statusCode, 304);
      assert.equal((await get('/fhir/MedicinalProductDefinition/EMEA-H-C-005522/_history/9')).res.statusCode, 404);
    });

    test('the CapabilityStatement lists exactly the types, interactions and search parameters served, each defined by R5', async () => {
      const { res, body } = await get('/fhir/metadata');
      assert.equal(res.statusCode, 200);
      assertValid(body);
      const cs = body as CapabilityStatement;
      assert.equal(cs.fhirVersion, '5.0.0');
      const rest = cs.rest![0]!;
      // The searchable types, and Bundle, read only: an ePI document of a medicine's product information.
      assert.deepEqual(rest.resource!.map((r) => r.type).sort(), [...RESOURCE_TYPES, 'Bundle'].sort());
      const spec = specSearchParameters();
      for (const r of rest.resource!) {
        for (const p of r.searchParam ?? []) {
          const defined = spec.get(p.definition!);
          assert.ok(defined, `${p.definition} is an R5 SearchParameter`);
          assert.equal(defined.code, p.name);
          assert.equal(defined.type, p.type);
          assert.ok(defined.base.includes(r.type) || defined.base.includes('Resource'), `${p.name} applies to ${r.type}`);
          // Every advertised parameter is accepted under strict handling.
          const sample = p.type === 'date' ? 'ge2000-01-01' : p.type === 'reference' ? 'MedicinalProductDefinition/EMEA-H-C-005522' : 'x';
          const answer = await app.inject({ method: 'GET', url: `/fhir/${r.type}?${p.name}=${encodeURIComponent(sample)}`, headers: { prefer: 'handling=strict' } });
          assert.equal(answer.statusCode, 200, `${r.type}?${p.name}: ${answer.body}`);
        }
        const interactions = (r.interaction ?? []).map((i) => i.code);
        assert.deepEqual(interactions, r.type === 'MedicinalProductDefinition' ? ['read', 'vread', 'history-instance', 'search-type'] : r.type === 'Bundle' ? ['read'] : ['read', 'search-type']);
      }
    });

    test('every FHIR endpoint is in the OpenAPI description and on the open-data page with a curl example', async () => {
      const openapi = JSON.parse((await app.inject({ method: 'GET', url: '/api/openapi.json' })).body) as { paths: Record<string, unknown> };
      const documented = Object.keys(openapi.paths).filter((p) => p.startsWith('/fhir/'));
      // The CapabilityStatement, a search and a read per type, a medicine's history and one version of it, an ePI Bundle.
      assert.equal(documented.length, 1 + RESOURCE_TYPES.length * 2 + 2 + 1, documented.join(' '));
      assert.ok(documented.includes('/fhir/Bundle/{id}'));
      for (const type of RESOURCE_TYPES) {
        assert.ok(documented.includes(`/fhir/${type}`) && documented.includes(`/fhir/${type}/{id}`), type);
      }
      const page = (await app.inject({ method: 'GET', url: '/en/open-data' })).body;
      assert.match(page, /href="\/fhir\/metadata"/);
      for (const type of RESOURCE_TYPES) assert.match(page, new RegExp(`curl &#39;${BASE}/fhir/${type}[?/]`), `a curl example for ${type}`);
      assert.match(page, /_history\/1/);
      assert.match(page, new RegExp(`curl &#39;${BASE}/fhir/Bundle/epi-`), 'a curl example for an ePI Bundle');
    });

    test('errors are OperationOutcomes with 4xx statuses, and unknown parameters follow lenient and strict handling', async () => {
      const lenient = await bundle('/fhir/MedicinalProductDefinition?colour=blue&name=lumy');
      assert.equal(lenient.entry?.length, 1, 'the unknown parameter is ignored');
      assert.match(JSON.stringify(lenient.issues), /colour/);
      assert.doesNotMatch(lenient.link![0]!.url, /colour/, 'the self link says what was searched');
      const cases: [string, Record<string, string>, number][] = [
        ['/fhir/MedicinalProductDefinition?colour=blue', { prefer: 'handling=strict' }, 400],
        ['/fhir/MedicinalProductDefinition?name:sounds=x', { prefer: 'handling=strict' }, 400],
        ['/fhir/MedicinalProductDefinition?_lastUpdated=yesterday', {}, 400],
        ['/fhir/MedicinalProductDefinition?_page=bogus', {}, 400],
        ['/fhir/MedicinalProductDefinition?_count=-1', {}, 400],
        ['/fhir/MedicinalProductDefinition?_format=xml', {}, 400],
        ['/fhir/MedicinalProductDefinition/EMEA-H-C-999999', {}, 404],
        ['/fhir/MedicinalProductDefinition/not%20an%20id', {}, 404],
        ['/fhir/PackagedProductDefinition/EU.1.99.9999.001', {}, 404],
        ['/fhir/Organization/nobody', {}, 404],
        ['/fhir/Patient', {}, 404],
        ['/fhir', {}, 404],
      ];
      for (const [url, headers, status] of cases) {
        const { res, body } = await get(url, headers);
        assert.equal(res.statusCode, status, `${url}: ${res.body}`);
        assert.match(String(res.headers['content-type']), /^application\/fhir\+json/, url);
        assert.equal((body as OperationOutcome).resourceType, 'OperationOutcome', url);
        assertValid(body);
      }
    });

    // Last: storing product information gives Lumykras new revisions, which the tests above count.
    test("a medicine with structured product information links each language's ePI Bundle and states the legal status its annex II section B gives; one without states none", async () => {
      const p = (text: string) => ({ type: 'paragraph' as const, text });
      const annexII = (lang: string, b: string) => ({
        language: lang,
        versionDate: '2025-01-01',
        source: { kind: 'markdown' as const, file: `lumykras-epar-product-information_${lang}.md` },
        procedure: null,
        annexes: [
          { kind: 'smpc' as const, title: 'ANNEX I', preamble: [], sections: [{ key: '1', number: '1.', heading: 'NAME OF THE MEDICINAL PRODUCT', blocks: [p('Lumykras 120 mg film-coated tablets')], subsections: [] }] },
          { kind: 'annex-ii' as const, title: 'ANNEX II', preamble: [], sections: [{ key: 'B', number: 'B.', heading: 'CONDITIONS OR RESTRICTIONS REGARDING SUPPLY AND USE', blocks: [p(b)], subsections: [] }] },
        ],
      });
      // Danish first: English words are preferred over another language's whichever came first.
      await services.productInformation.saveVersion('lumykras', annexII('da', 'Lægemidlet er receptpligtigt.'));
      await services.productInformation.saveVersion('lumykras', annexII('en', 'Medicinal product subject to restricted medical prescription (see Annex I: Summary of Product Characteristics, section 4.2).'));
      const [mpd] = (await bundle('/fhir/MedicinalProductDefinition?identifier=EMEA/H/C/005522')).entry!.map((e) => e.resource as MedicinalProductDefinition);
      assert.deepEqual(mpd!.legalStatusOfSupply, { text: 'Medicinal product subject to restricted medical prescription' });
      const read = await get(`/fhir/MedicinalProductDefinition/${mpd!.id}`);
      assert.deepEqual(read.body, mpd, 'a read gives what the search gave');
      const epiRefs = (mpd!.attachedDocument ?? []).filter((d) => /\.e\d+$/.test(d.reference ?? ''));
      assert.equal(epiRefs.length, 2, 'one ePI per language');
      const langs: string[] = [];
      for (const ref of epiRefs) {
        const doc = await get(`/fhir/${ref.reference}`);
        assert.equal(doc.res.statusCode, 200, doc.res.body);
        assertValid(doc.body);
        const attachment = (doc.body as DocumentReference).content[0]!.attachment;
        assert.equal(attachment.contentType, 'application/fhir+json');
        assert.match(attachment.url ?? '', new RegExp(`^${BASE}/fhir/Bundle/epi-\\d+$`));
        const epi = await get(attachment.url!.replace(BASE, ''));
        assert.equal(epi.res.statusCode, 200, epi.res.body);
        assert.match(String(epi.res.headers['content-type']), /^application\/fhir\+json/);
        assertValid(epi.body);
        const b = epi.body as Bundle;
        assert.equal(b.type, 'document');
        assert.equal(b.id, attachment.url!.split('/').at(-1));
        assert.equal(b.entry![0]!.resource!.resourceType, 'Composition');
        langs.push(b.language!);
      }
      assert.deepEqual(langs.sort(), ['da', 'en']);
      const others = (await bundle('/fhir/MedicinalProductDefinition?_count=100')).entry!.map((e) => e.resource as MedicinalProductDefinition).filter((r) => r.id !== mpd!.id);
      assert.ok(others.length > 0 && others.every((r) => r.legalStatusOfSupply === undefined), 'unknown is left out');
      assert.equal((await get('/fhir/Bundle/epi-999999')).res.statusCode, 404);
      assert.equal((await get('/fhir/Bundle/not-an-epi')).res.statusCode, 404);
      const capability = (await get('/fhir/metadata')).body as CapabilityStatement;
      assert.ok(capability.rest![0]!.resource!.some((r) => r.type === 'Bundle' && r.interaction!.some((i) => i.code === 'read')));
    });
  });
}
