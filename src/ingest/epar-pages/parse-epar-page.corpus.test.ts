/**
 * Runs the EPAR page parser over the real corpus in `../shared` (EMA's pages as docling Markdown).
 * The folder sits beside the project, never inside it; set OPENEPAR_SHARED to point elsewhere.
 * Without it the tests skip with a visible message, so a fresh clone still passes.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, type TestContext } from 'node:test';
import { STATUSES, type Medicine, type Status } from '../../domain/medicine.ts';
import { parseEparPage } from './parse-epar-page.ts';

const sharedDir = process.env.OPENEPAR_SHARED ?? fileURLToPath(new URL('../../../../shared', import.meta.url));
const pagesDir = process.env.OPENEPAR_SHARED ? join(sharedDir, 'ema', 'epar-pages') : fileURLToPath(new URL('../../../../shared/ema/epar-pages', import.meta.url));
const seedFile = join(sharedDir, 'seeds', '001_91dec108a6b42742.txt');
const SKIP_MESSAGE = '../shared not found: corpus tests skipped';

/** Skips, loudly, when the corpus is not beside the project. */
function skipWithoutCorpus(t: TestContext, path: string): boolean {
  if (existsSync(path)) return false;
  console.log(`[parse-epar-page.corpus] ${SKIP_MESSAGE} (looked for ${path}; set OPENEPAR_SHARED to the shared folder)`);
  t.skip(SKIP_MESSAGE);
  return true;
}

const EXPECTED_PAGES = 1625;

interface Parsed {
  file: string;
  medicine: Medicine;
  warnings: string[];
}

let cache: { parsed: Parsed[]; failures: string[]; ms: number } | null = null;

/** Reads and parses the corpus once for all tests; the parse alone is timed. */
function corpus(): { parsed: Parsed[]; failures: string[]; ms: number } {
  if (cache) return cache;
  const files = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const texts = files.map((f) => readFileSync(join(pagesDir, f), 'utf8'));
  const parsed: Parsed[] = [];
  const failures: string[] = [];
  const started = performance.now();
  texts.forEach((text, i) => {
    const file = files[i]!;
    const outcome = parseEparPage(text, { fileName: file });
    if (outcome.ok) parsed.push({ file, medicine: outcome.medicine, warnings: outcome.warnings });
    else failures.push(`${file}: ${outcome.error}`);
  });
  cache = { parsed, failures, ms: performance.now() - started };
  return cache;
}

function share(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

test('the EPAR page corpus', async (t) => {
  if (skipWithoutCorpus(t, pagesDir)) return;

  await t.test('parses every page', () => {
    const { parsed, failures, ms } = corpus();
    console.log(`[parse-epar-page.corpus] ${parsed.length + failures.length} pages parsed in ${Math.round(ms)} ms`);
    assert.deepEqual(failures, []);
    assert.equal(parsed.length, EXPECTED_PAGES);
  });

  await t.test('parses the whole corpus in a few seconds', () => {
    // Generous, because CI machines are shared; the parse normally takes about a second.
    assert.ok(corpus().ms < 15_000, `parse took ${Math.round(corpus().ms)} ms`);
  });

  await t.test('prints which fields are missing, and keeps the gaps small', () => {
    const { parsed } = corpus();
    const byStatus = new Map<Status, Medicine[]>();
    for (const { medicine } of parsed) byStatus.set(medicine.status, [...(byStatus.get(medicine.status) ?? []), medicine]);

    const checks: [string, (m: Medicine) => boolean][] = [
      ['productNumber', (m) => m.productNumber !== null],
      ['emaNodeId', (m) => m.emaNodeId !== null],
      ['activeSubstance', (m) => m.activeSubstance !== null],
      ['inn', (m) => m.inn !== null],
      ['therapeuticAreas', (m) => m.therapeuticAreas.length > 0],
      ['atcCodes', (m) => m.atcCodes.length > 0],
      ['pharmacotherapeuticGroup', (m) => m.pharmacotherapeuticGroup !== null],
      ['therapeuticIndication', (m) => m.therapeuticIndication !== null],
      ['holder or applicant', (m) => m.marketingAuthorisationHolder !== null || m.applicant !== null],
      ['holder address', (m) => m.marketingAuthorisationHolder?.address != null],
      ['flags known', (m) => m.flags.orphan !== null],
      ['opinionAdopted', (m) => m.dates.opinionAdopted !== null],
      ['marketingAuthorisationIssued', (m) => m.dates.marketingAuthorisationIssued !== null],
      ['pageLastUpdated', (m) => m.dates.pageLastUpdated !== null],
      ['revision', (m) => m.revision !== null],
      ['latestProcedure', (m) => m.latestProcedure !== null],
      ['overview', (m) => (m.overview.en?.sections.length ?? 0) > 0],
      ['documents', (m) => m.documents.length > 0],
      ['overview document', (m) => m.documents.some((d) => d.type === 'overview')],
      ['product information', (m) => m.documents.some((d) => d.type === 'product-information')],
      ['news', (m) => m.news.length > 0],
      ['related', (m) => m.related.length > 0],
    ];
    const statuses = STATUSES.filter((s) => byStatus.has(s));
    const rows = checks.map(([field, has]) => {
      const row: Record<string, string> = { field };
      for (const status of statuses) {
        const pages = byStatus.get(status)!;
        const missing = pages.filter((m) => !has(m)).length;
        row[status] = missing === 0 ? '0' : `${missing} (${share(missing, pages.length)})`;
      }
      return row;
    });
    console.log(`[parse-epar-page.corpus] pages per status: ${statuses.map((s) => `${s} ${byStatus.get(s)!.length}`).join(', ')}`);
    console.log('[parse-epar-page.corpus] pages LACKING each field, by status:');
    console.table(rows);

    const documents = parsed.flatMap((p) => p.medicine.documents);
    const versions = documents.flatMap((d) => d.languages);
    console.log(
      `[parse-epar-page.corpus] ${documents.length} documents, ${versions.length} language versions; ` +
        `without reference number ${documents.filter((d) => !d.referenceNumber).length}, ` +
        `versions without size ${versions.filter((v) => v.sizeBytes === null).length}, ` +
        `without first-published date ${versions.filter((v) => !v.firstPublished).length}, without URL ${versions.filter((v) => !v.url).length}`,
    );
    const warnings = new Map<string, number>();
    for (const p of parsed) for (const w of p.warnings) {
      const kind = w.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N');
      warnings.set(kind, (warnings.get(kind) ?? 0) + 1);
    }
    console.log('[parse-epar-page.corpus] warnings by kind:');
    for (const [kind, n] of [...warnings].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${kind}`);

    const authorised = byStatus.get('authorised') ?? [];
    const rate = (pages: Medicine[], has: (m: Medicine) => boolean) => pages.filter(has).length / pages.length;
    assert.ok(authorised.length > 1000);
    assert.ok(rate(authorised, (m) => m.productNumber !== null) >= 0.99, 'authorised pages with a product number');
    // 13 authorised pages print no usable ATC code ("Not yet assigned", no ATC line, or a
    // malformed code), so the floor sits just below 99%.
    assert.ok(rate(authorised, (m) => m.atcCodes.length > 0) >= 0.985, 'authorised pages with an ATC code');
    assert.ok(rate(authorised, (m) => m.marketingAuthorisationHolder !== null) >= 0.99, 'authorised pages with a holder');
    assert.ok(rate(authorised, (m) => m.dates.marketingAuthorisationIssued !== null) >= 0.99, 'authorised pages with an authorisation date');
    // Medicines authorised in the last months have no revision yet.
    assert.ok(rate(authorised, (m) => m.revision !== null) >= 0.95, 'authorised pages with a revision');
    assert.ok(rate(authorised, (m) => m.therapeuticIndication !== null) >= 0.99, 'authorised pages with an indication');
    assert.ok(rate(authorised, (m) => m.documents.some((d) => d.type === 'product-information')) >= 0.99, 'authorised pages with product information');
    const all = parsed.map((p) => p.medicine);
    assert.ok(rate(all, (m) => m.productNumber !== null) >= 0.99, 'pages with a product number');
    assert.ok(rate(all, (m) => m.emaNodeId !== null) >= 0.99, 'pages with a node id');
    assert.ok(rate(all, (m) => m.dates.pageLastUpdated !== null) >= 0.99, 'pages with a last-updated date');
    assert.ok(rate(all, (m) => (m.overview.en?.sections.length ?? 0) > 0) >= 0.99, 'pages with an overview');
    assert.ok(rate(all, (m) => m.flags.orphan !== null) >= 0.99, 'pages whose flags are known');
    for (const status of ['withdrawn', 'refused', 'application-withdrawn'] as const) {
      assert.ok((byStatus.get(status)?.length ?? 0) > 10, `pages with status ${status}`);
    }
  });

  await t.test('gives every page a unique slug, and shares node ids only between a medicine and its former name', () => {
    const { parsed } = corpus();
    const slugs = new Set(parsed.map((p) => p.medicine.slug));
    assert.equal(slugs.size, parsed.length);
    // EMA keeps the page under the old URL after a rename (atazanavir-mylan / atazanavir-viatris),
    // with the same node id, showing either name.
    const byId = new Map<number, Medicine[]>();
    for (const { medicine } of parsed) if (medicine.emaNodeId !== null) byId.set(medicine.emaNodeId, [...(byId.get(medicine.emaNodeId) ?? []), medicine]);
    for (const [id, group] of byId) {
      if (group.length === 1) continue;
      const renamed = group.every((a) => group.some((b) => a !== b && (a.name === b.name || a.previousNames.includes(b.name) || b.previousNames.includes(a.name))));
      assert.ok(renamed, `node id ${id} shared by ${group.map((m) => m.slug).join(', ')}`);
    }
  });

  await t.test('never leaves document markup in overview text', () => {
    const { parsed } = corpus();
    const leaks = parsed.flatMap((p) =>
      (p.medicine.overview.en?.sections ?? [])
        .filter((s) => /\*\*First published|\[View\]\(|\([A-Z]{2}\) \([\d.]+ [KM]B - |^Reference Number:|Expand section|Collapse section/m.test(s.body))
        .map((s) => `${p.file}: ${s.heading}`),
    );
    assert.deepEqual(leaks, []);
  });
});

test('the Lumykras seed page', async (t) => {
  if (skipWithoutCorpus(t, seedFile)) return;
  const outcome = parseEparPage(readFileSync(seedFile, 'utf8'), { fileName: '001_91dec108a6b42742.txt' });
  const m = outcome.ok ? outcome.medicine : null;

  await t.test('parses without warnings', () => {
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.error);
    assert.deepEqual(outcome.warnings, []);
  });

  await t.test('yields the expected identity and product details', () => {
    assert.ok(m);
    assert.equal(m.name, 'Lumykras');
    assert.equal(m.slug, 'lumykras');
    assert.equal(m.status, 'authorised');
    assert.equal(m.category, 'human');
    assert.equal(m.productNumber, 'EMEA/H/C/005522');
    assert.equal(m.inn, 'sotorasib');
    assert.equal(m.activeSubstance, 'sotorasib');
    assert.deepEqual(m.atcCodes, ['L01XX73']);
    assert.deepEqual(m.therapeuticAreas, ['Carcinoma, Non-Small-Cell Lung']);
    assert.equal(m.pharmacotherapeuticGroup, 'Antineoplastic agents');
    assert.equal(m.emaNodeId, 67508);
    assert.equal(m.emaUrl, 'https://www.ema.europa.eu/en/medicines/human/EPAR/lumykras');
  });

  await t.test('yields the expected authorisation details', () => {
    assert.ok(m);
    assert.deepEqual(m.marketingAuthorisationHolder, { name: 'Amgen Europe B.V.', address: 'Minervum 7061' });
    assert.equal(m.applicant, null);
    assert.equal(m.dates.opinionAdopted, '2021-11-11');
    assert.equal(m.dates.marketingAuthorisationIssued, '2022-01-06');
    assert.equal(m.dates.pageLastUpdated, '2024-12-03');
    assert.equal(m.revision, 6);
    assert.deepEqual(m.latestProcedure, { number: 'II/0010/G', date: '2024-10-21' });
    assert.deepEqual(m.flags, {
      additionalMonitoring: true,
      conditionalApproval: true,
      exceptionalCircumstances: false,
      acceleratedAssessment: false,
      orphan: false,
      generic: false,
      biosimilar: false,
      advancedTherapy: false,
      prime: false,
    });
  });

  await t.test('yields the introduction and eight questions of the overview', () => {
    assert.ok(m);
    const sections = m.overview.en?.sections ?? [];
    assert.equal(sections.length, 9);
    assert.equal(sections[0]!.heading, null);
    assert.match(sections[0]!.body, /^Lumykras is a cancer medicine/);
    assert.equal(sections[1]!.heading, 'How is Lumykras used?');
    assert.equal(sections[8]!.heading, 'Other information about Lumykras');
    assert.equal(sections[8]!.body, 'Lumykras received a conditional marketing authorisation valid throughout the EU on 06 January 2022.');
  });

  await t.test('yields the overview in 23 languages and the product information in 25', () => {
    assert.ok(m);
    const overview = m.documents.find((d) => d.type === 'overview');
    assert.equal(overview?.title, 'Lumykras : EPAR - Medicine Overview');
    assert.equal(overview?.languages.length, 23);
    assert.equal(overview?.referenceNumber, 'EMA/685702/2021');
    assert.deepEqual(overview?.languages[0], {
      lang: 'en',
      sizeBytes: Math.round(136.1 * 1024),
      firstPublished: '2022-03-31',
      lastUpdated: null,
      url: 'https://www.ema.europa.eu/en/documents/overview/lumykras-epar-medicine-overview_en.pdf',
    });
    const pi = m.documents.find((d) => d.type === 'product-information');
    assert.equal(pi?.languages.length, 25);
    assert.deepEqual(
      pi?.languages.find((l) => l.lang === 'no'),
      {
        lang: 'no',
        sizeBytes: Math.round(406.29 * 1024),
        firstPublished: '2022-03-31',
        lastUpdated: '2024-12-03',
        url: 'https://www.ema.europa.eu/no/documents/product-information/lumykras-epar-product-information_no.pdf',
      },
    );
    assert.deepEqual(
      m.documents.map((d) => d.type),
      ['overview', 'rmp-summary', 'product-information', 'all-authorised-presentations', 'procedural-steps-after', 'assessment-report', 'smop-initial'],
    );
  });

  await t.test('yields the paediatric investigation plan, three post-authorisation studies and one news item', () => {
    assert.ok(m);
    assert.deepEqual(
      m.related.map((r) => r.kind),
      ['paediatric-investigation-plan', 'post-authorisation-study', 'post-authorisation-study', 'post-authorisation-study'],
    );
    assert.equal(m.related[0]!.url, 'https://www.ema.europa.eu/en/medicines/human/paediatric-investigation-plans/emea-002690-pip02-22');
    assert.deepEqual(m.news, [
      {
        title: 'Meeting highlights from the Committee for Medicinal Products for Human Use (CHMP) 8-11 November 2021',
        url: 'https://www.ema.europa.eu/en/news/meeting-highlights-committee-medicinal-products-human-use-chmp-8-11-november-2021',
        date: '2021-11-12',
      },
    ]);
  });
});
