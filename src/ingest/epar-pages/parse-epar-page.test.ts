import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Medicine } from '../../domain/medicine.ts';
import { parseEparPage, type ParseOutcome } from './parse-epar-page.ts';

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

function parseFixture(name: string): { medicine: Medicine; warnings: string[] } {
  const outcome = parseEparPage(fixture(name), { fileName: name });
  if (!outcome.ok) assert.fail(`${name} did not parse: ${outcome.error}`);
  return { medicine: outcome.medicine, warnings: outcome.warnings };
}

function errorOf(outcome: ParseOutcome): string {
  assert.equal(outcome.ok, false, 'expected a parse error');
  return outcome.ok ? '' : outcome.error;
}

function documentTitled(m: Medicine, title: string) {
  const doc = m.documents.find((d) => d.title === title);
  assert.ok(doc, `no document titled "${title}" among ${m.documents.map((d) => d.title).join(' | ')}`);
  return doc;
}

describe('an authorised page in the run-on layout', () => {
  const { medicine: m, warnings } = parseFixture('authorised-run-on.md');

  test('reads the identity from the title, front matter and RSS link', () => {
    assert.equal(m.name, 'Zentolix');
    assert.deepEqual(m.previousNames, ['Zentolix Pharma & Co']);
    assert.equal(m.slug, 'zentolix');
    assert.equal(m.category, 'human');
    assert.equal(m.status, 'authorised');
    assert.equal(m.emaNodeId, 70001);
    assert.equal(m.emaUrl, 'https://www.ema.europa.eu/en/medicines/human/EPAR/zentolix');
  });

  test('splits the run-on product details at their labels', () => {
    assert.equal(m.activeSubstance, 'examplimab');
    assert.equal(m.inn, 'examplimab');
    assert.deepEqual(m.therapeuticAreas, ['Carcinoma, Non-Small-Cell Lung']);
    assert.deepEqual(m.atcCodes, ['L01XX73']);
    assert.equal(m.pharmacotherapeuticGroup, 'Antineoplastic agents');
  });

  test('keeps the therapeutic indication as paragraphs and a list', () => {
    assert.equal(
      m.therapeuticIndication,
      'Zentolix is indicated for the treatment of adults with:\n\n- advanced example disease;\n- metastatic example disease.\n\nZentolix is not for children.',
    );
  });

  test('zero-pads a short product number', () => {
    assert.equal(m.productNumber, 'EMEA/H/C/005522');
  });

  test('sets the flags whose blocks are present and clears the others', () => {
    assert.equal(m.flags.additionalMonitoring, true);
    assert.equal(m.flags.orphan, true);
    for (const key of ['conditionalApproval', 'exceptionalCircumstances', 'acceleratedAssessment', 'generic', 'biosimilar', 'advancedTherapy', 'prime'] as const) {
      assert.equal(m.flags[key], false, key);
    }
  });

  test("parses the holder's name and address lines, even when the name contains a flag word", () => {
    assert.deepEqual(m.marketingAuthorisationHolder, { name: 'Orphan Example B.V.', address: 'Minervum 7061, 4817 ZK Breda' });
    assert.equal(m.applicant, null);
  });

  test('converts the dates and the revision on the run-on line', () => {
    assert.equal(m.dates.opinionAdopted, '2021-11-11');
    assert.equal(m.dates.marketingAuthorisationIssued, '2022-01-06');
    assert.equal(m.dates.pageLastUpdated, '2024-12-03');
    assert.equal(m.dates.withdrawal, null);
    assert.equal(m.revision, 6);
  });

  test('reads the latest procedure with its date on the next line', () => {
    assert.deepEqual(m.latestProcedure, { number: 'II/0010/G', date: '2024-10-21' });
  });

  test('splits the overview into an introduction and its questions, without UI noise or documents', () => {
    const sections = m.overview.en?.sections ?? [];
    assert.deepEqual(
      sections.map((s) => s.heading),
      [null, 'How is Zentolix used?', 'What are the risks associated with Zentolix?', 'Other information about Zentolix'],
    );
    assert.equal(sections[0]!.body, 'Zentolix is a medicine used to treat adults with example disease.\n\nZentolix contains the active substance examplimab.');
    assert.equal(
      sections[1]!.body,
      'Zentolix is given as an infusion. The recommended doses are:\n\n- 10 mg for adults;\n- 5 mg for adults over 65.\n\n' +
        'See the [package leaflet](https://www.ema.europa.eu/en/glossary/package-leaflet) for details.',
    );
    assert.equal(sections[2]!.body, 'The most common side effects are headache & nausea.');
    assert.equal(sections[3]!.body, 'Zentolix received a marketing authorisation valid throughout the EU on 06 January 2022.');
    const all = sections.map((s) => s.body).join('\n');
    assert.doesNotMatch(all, /Expand section|Collapse section|EPAR - Medicine Overview|First published|\[View\]/);
  });

  test('reads a document with its language versions, dates on separate lines included', () => {
    const doc = documentTitled(m, 'Zentolix : EPAR - Medicine Overview');
    assert.equal(doc.type, 'overview');
    assert.equal(doc.section, 'overview');
    assert.equal(doc.group, null);
    assert.equal(doc.referenceNumber, 'EMA/100001/2021');
    assert.deepEqual(doc.languages, [
      {
        lang: 'en',
        sizeBytes: Math.round(136.1 * 1024),
        firstPublished: '2022-03-31',
        lastUpdated: null,
        url: 'https://www.ema.europa.eu/en/documents/overview/zentolix-epar-medicine-overview_en.pdf',
      },
      {
        lang: 'bg',
        sizeBytes: Math.round(164.27 * 1024),
        firstPublished: '2022-03-31',
        lastUpdated: null,
        url: 'https://www.ema.europa.eu/bg/documents/overview/zentolix-epar-medicine-overview_bg.pdf',
      },
      {
        lang: 'fi',
        sizeBytes: Math.round(1.5 * 1024 * 1024),
        firstPublished: '2022-03-31',
        lastUpdated: '2022-04-02',
        url: 'https://www.ema.europa.eu/fi/documents/overview/zentolix-epar-medicine-overview_fi.pdf',
      },
    ]);
  });

  test('files documents under their section and sub-group', () => {
    const rows = m.documents.map((d) => [d.type, d.section, d.group, d.languages.length]);
    assert.deepEqual(rows, [
      ['overview', 'overview', null, 3],
      ['rmp-summary', 'overview', null, 1],
      ['product-information', 'product-information', null, 1],
      ['procedural-steps-after', 'assessment-history', 'Changes since initial authorisation of medicine', 1],
      ['assessment-report', 'assessment-history', 'Initial marketing authorisation documents', 1],
    ]);
    const par = documentTitled(m, 'Zentolix : EPAR - Public Assessment Report');
    assert.equal(par.documentStatus, 'Adopted');
    assert.equal(par.referenceNumber, 'EMA/100002/2021');
    assert.equal(par.languages[0]!.sizeBytes, Math.round(5.32 * 1024 * 1024));
    const steps = documentTitled(m, 'Zentolix : EPAR - Procedural steps taken and scientific information after authorisation');
    assert.equal(steps.languages[0]!.lastUpdated, '2024-12-03');
  });

  test('reads news with the date on the same line or the next', () => {
    assert.deepEqual(m.news, [
      {
        title: 'Meeting highlights from the CHMP 8-11 November 2021',
        url: 'https://www.ema.europa.eu/en/news/meeting-highlights-chmp-8-11-november-2021',
        date: '2021-11-12',
      },
      { title: 'New medicine for example disease', url: 'https://www.ema.europa.eu/en/news/new-medicine-example-disease', date: '2021-11-15' },
    ]);
  });

  test('classifies the related items', () => {
    assert.deepEqual(
      m.related.map((r) => [r.kind, r.url]),
      [
        ['paediatric-investigation-plan', 'https://www.ema.europa.eu/en/medicines/human/paediatric-investigation-plans/emea-000001-pip01-22'],
        ['post-authorisation-study', 'https://catalogues.ema.europa.eu/study/105849'],
        ['orphan-designation', 'https://www.ema.europa.eu/en/medicines/human/orphan-designations/eu-3-20-2000'],
        ['referral', 'https://www.ema.europa.eu/en/medicines/human/referrals/example-agents'],
        ['other', 'https://www.ema.europa.eu/en/human-regulatory-overview/biosimilar-medicines-overview'],
      ],
    );
    assert.equal(m.related[0]!.title, 'EMEA-000001-PIP01-22 - paediatric investigation plan');
  });

  test('has nothing to warn about', () => {
    assert.deepEqual(warnings, []);
  });
});

describe('a withdrawn page in the bullet layout, captured with the site navigation', () => {
  const { medicine: m, warnings } = parseFixture('withdrawn-bullets.md');

  test('skips the "# Search" navigation to find the title', () => {
    assert.equal(m.name, 'Oldmedix');
    assert.equal(m.emaNodeId, 65001);
  });

  test('reads a status printed as a bare line', () => {
    assert.equal(m.status, 'withdrawn');
  });

  test('joins several substances and keeps several therapeutic areas and ATC codes', () => {
    assert.equal(m.activeSubstance, 'oldmedine / newmedine');
    assert.equal(m.inn, 'oldmedine / newmedine');
    assert.deepEqual(m.therapeuticAreas, ['Hypertension', 'Diabetes Mellitus, Type 2']);
    assert.deepEqual(m.atcCodes, ['C09DA04', 'A10BD07']);
    assert.equal(m.pharmacotherapeuticGroup, '- Agents acting on the renin-angiotensin system\n- Angiotensin II antagonists, combinations');
  });

  test("separates the holder's name from an address glued to it with line-break marks", () => {
    assert.deepEqual(m.marketingAuthorisationHolder, { name: 'Sanofi Winthrop Industrie', address: '82 Avenue Raspail, 94250 Gentilly, FRANCE' });
  });

  test('reads the bullet-layout dates, flags and revision', () => {
    assert.equal(m.productNumber, 'EMEA/H/C/000123');
    assert.equal(m.flags.generic, true);
    assert.equal(m.flags.orphan, false);
    assert.equal(m.dates.opinionAdopted, '2014-06-26');
    assert.equal(m.dates.marketingAuthorisationIssued, '2014-09-09');
    assert.equal(m.dates.withdrawal, '2020-02-01');
    assert.equal(m.dates.pageLastUpdated, '2020-04-20');
    assert.equal(m.revision, 14);
  });

  test('reads both dates from one line and accepts a language version without a size', () => {
    const pi = documentTitled(m, 'Oldmedix : EPAR - Product Information');
    assert.deepEqual(
      pi.languages.map((l) => [l.lang, l.sizeBytes, l.firstPublished, l.lastUpdated, l.url]),
      [
        ['en', Math.round(328.66 * 1024), '2012-03-31', '2019-12-03', 'https://www.ema.europa.eu/en/documents/product-information/oldmedix-epar-product-information_en.pdf'],
        ['cs', null, '2012-03-31', '2019-12-03', 'https://www.ema.europa.eu/cs/media/69624'],
      ],
    );
    assert.equal(pi.type, 'product-information');
  });

  test('reads "Adopted" and the reference number from one line', () => {
    const doc = documentTitled(m, 'Oldmedix-H-C-123-A31-0154 : EPAR - Scientific conclusions');
    assert.equal(doc.documentStatus, 'Adopted');
    assert.equal(doc.referenceNumber, 'EMA/CHMP/373034/2015');
  });

  test('files tracked-changes product information in its own group', () => {
    const doc = documentTitled(m, 'Oldmedix : EPAR - Product information - tracked changes');
    assert.equal(doc.section, 'product-information');
    assert.equal(doc.group, 'Product information - with tracked changes');
    assert.equal(doc.type, 'product-information-tracked-changes');
  });

  test('does not take a document summary for its title', () => {
    const doc = documentTitled(m, 'Questions and answers on generic medicines');
    assert.equal(doc.section, 'other');
    assert.equal(doc.referenceNumber, 'EMA/393905/2006 REV. 2');
    assert.equal(doc.languages[0]!.lastUpdated, '2012-12-07');
  });

  test('keeps bullet links outside "More information" as related items, but not the topic navigation', () => {
    assert.deepEqual(m.related, [{ kind: 'other', title: 'Clinical data (initial marketing authorisation)', url: 'https://clinicaldata.ema.europa.eu/web/cdp/home' }]);
  });

  test('keeps a reference number that does not parse as printed, and says so', () => {
    assert.deepEqual(warnings, ['document reference "EMA/CHMP/garbled-ref" is not a well-formed EMA reference; kept as printed']);
    const kept = m.documents.find((d) => d.referenceText === 'EMA/CHMP/garbled-ref');
    assert.ok(kept, 'a document keeps the printed reference');
    assert.equal(kept.referenceNumber, null);
  });
});

describe('a refused page with one label per line', () => {
  const { medicine: m, warnings } = parseFixture('refused-lines.md');

  test('reads labels whose values sit on the following lines', () => {
    assert.equal(m.status, 'refused');
    assert.equal(m.activeSubstance, 'nopemab');
    assert.deepEqual(m.therapeuticAreas, ['Thrombotic Microangiopathies', 'Hematopoietic Stem Cell Transplantation']);
    assert.equal(m.productNumber, 'EMEA/H/C/005247');
  });

  test('names the applicant instead of a holder', () => {
    assert.equal(m.applicant, 'Omeros Ireland Limited');
    assert.equal(m.marketingAuthorisationHolder, null);
  });

  test('reads the opinion and refusal dates', () => {
    assert.equal(m.dates.opinionAdopted, '2026-06-25');
    assert.equal(m.dates.refusal, '2026-07-31');
    assert.equal(m.dates.marketingAuthorisationIssued, null);
  });

  test('keeps "Not yet assigned" as such: no ATC code, and no warning', () => {
    assert.deepEqual(m.atcCodes, []);
    assert.equal(m.atcNotYetAssigned, true);
    assert.deepEqual(m.malformedAtcCodes, []);
    assert.deepEqual(warnings, []);
  });

  test('reads level-3 questions and the Q&A document in the overview', () => {
    assert.deepEqual(
      m.overview.en?.sections.map((s) => s.heading),
      [null, 'What is Nopemab and what was it intended to be used for?', 'What were the main reasons for refusing the marketing authorisation?'],
    );
    const qa = documentTitled(m, 'Questions and answers on the refusal of the marketing authorisation for Nopemab');
    assert.equal(qa.section, 'overview');
    assert.equal(qa.type, 'smop-initial');
    assert.equal(qa.documentStatus, 'Adopted');
  });
});

describe('an "Application withdrawn" page', () => {
  const { medicine: m } = parseFixture('application-withdrawn.md');

  test('reads a status spread over the "Medicine / Human / ..." lines', () => {
    assert.equal(m.status, 'application-withdrawn');
  });

  test('reads the key facts and decodes entities', () => {
    assert.equal(m.productNumber, 'EMEA/H/C/005884');
    assert.deepEqual(m.atcCodes, ['R05DB29']);
    assert.equal(m.applicant, 'Merck Sharp & Dohme B.V.');
    assert.equal(m.dates.applicationWithdrawn, '2023-07-14');
    assert.equal(Object.values(m.flags).every((f) => f === false), true);
  });

  test('files "All documents" under the assessment history and joins a title broken over two lines', () => {
    assert.deepEqual(
      m.documents.map((d) => [d.type, d.section, d.title]),
      [
        ['withdrawal-report', 'assessment-history', 'Withdrawal assessment report for Gonezil'],
        ['withdrawal-letter', 'assessment-history', 'Withdrawal letter: Gonezil'],
        ['press-release', 'other', 'Applicant withdraws its marketing authorisation application for the medicine Gonezil'],
      ],
    );
    assert.equal(m.documents[2]!.referenceNumber, 'EMEA/306734/2008');
  });
});

describe('an opinion page', () => {
  const { medicine: m } = parseFixture('opinion.md');

  test('reads authorisation facts printed inside the product details', () => {
    assert.equal(m.status, 'opinion');
    assert.equal(m.productNumber, 'EMEA/H/C/006612');
    assert.equal(m.applicant, 'Accord Healthcare S.L.U.');
    assert.equal(m.dates.opinionAdopted, '2025-11-13');
    assert.equal(m.flags.generic, true);
    assert.equal(m.flags.biosimilar, false);
  });
});

describe('a minimal page without front matter or overview', () => {
  const { medicine: m, warnings } = parseFixture('no-overview.md');

  test('falls back to the file name for the slug, and says so', () => {
    assert.equal(m.slug, 'no-overview');
    assert.ok(warnings.some((w) => w.startsWith('slug:')));
  });

  test('has an empty overview and no node id', () => {
    assert.deepEqual(m.overview, {});
    assert.equal(m.emaNodeId, null);
  });

  test('ignores a lone comma where the address should be', () => {
    assert.deepEqual(m.marketingAuthorisationHolder, { name: 'Plain Pharma Ltd', address: null });
    assert.equal(m.dates.expiry, '2002-04-15');
    assert.equal(m.status, 'expired');
  });
});

describe('flags', () => {
  test('are null when the page has no authorisation or application details at all', () => {
    const page = '# Quiet\n\n##### Application withdrawn\n\n## Overview\n\nWithdrawn.\n\n## Product details\n\nName of medicine Quiet Active substance quietine\n';
    const outcome = parseEparPage(page, { fileName: 'quiet.md' });
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.error);
    assert.equal(Object.values(outcome.medicine.flags).every((f) => f === null), true);
  });
});

describe('pages that cannot be parsed', () => {
  test('fail without a title', () => {
    assert.match(errorOf(parseEparPage(fixture('no-title.md'), { fileName: 'no-title.md' })), /^no title/);
  });

  test('fail without a status rather than guess one', () => {
    assert.match(errorOf(parseEparPage(fixture('no-status.md'), { fileName: 'no-status.md' })), /^no status/);
  });

  test('fail when the front matter points at another kind of page', () => {
    assert.match(errorOf(parseEparPage(fixture('not-epar.md'), { fileName: 'not-epar.md' })), /^not an EPAR page/);
  });

  test('fail when the page stops before the details its status requires', () => {
    assert.match(errorOf(parseEparPage(fixture('truncated.md'), { fileName: 'truncated.md' })), /^truncated page: .*"Product details"/);
  });

  test('fail on an authorised page without authorisation details', () => {
    const page = fixture('authorised-run-on.md').replace(/## Authorisation details[\s\S]*?## Assessment history/, '## Assessment history');
    assert.match(errorOf(parseEparPage(page, { fileName: 'x.md' })), /^truncated page: .*"Authorisation details"/);
  });

  test('fail on text that is not a page at all', () => {
    for (const garbage of ['', ' ', '\n\n\n', 'hello world', '---\n---\n', '#', '# ', '\u0000\u0001\u0002', 'x'.repeat(100_000)]) {
      const outcome = parseEparPage(garbage, { fileName: 'garbage.md' });
      assert.equal(outcome.ok, false, JSON.stringify(garbage.slice(0, 20)));
    }
  });

  test('warn, but still parse, when the footer is missing', () => {
    const outcome = parseEparPage(fixture('opinion.md').replace('## Share this page', ''), { fileName: 'opinion.md' });
    assert.ok(outcome.ok);
    assert.ok(outcome.warnings.some((w) => /truncated/.test(w)));
  });
});

describe('robustness', () => {
  // A small deterministic PRNG, so that a failing case can be replayed.
  function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const fixtures = ['authorised-run-on.md', 'withdrawn-bullets.md', 'refused-lines.md', 'application-withdrawn.md', 'opinion.md'].map(fixture);

  function assertWellFormed(outcome: ParseOutcome, what: string): void {
    if (!outcome.ok) {
      assert.doesNotMatch(outcome.error, /^internal parser error/, what);
      return;
    }
    const m = outcome.medicine;
    assert.ok(m.name.length > 0, what);
    for (const doc of m.documents) for (const v of doc.languages) assert.ok(v.firstPublished === null || /^\d{4}-\d{2}-\d{2}$/.test(v.firstPublished), what);
  }

  test('never throws on pages with lines dropped, duplicated or shuffled', () => {
    const rnd = random(42);
    for (let round = 0; round < 300; round++) {
      const lines = fixtures[round % fixtures.length]!.split('\n');
      const out: string[] = [];
      for (const line of lines) {
        const r = rnd();
        if (r < 0.1) continue;
        out.push(line);
        if (r > 0.95) out.push(line);
        if (r > 0.9 && r <= 0.95) out.push(lines[Math.floor(rnd() * lines.length)]!);
      }
      assertWellFormed(parseEparPage(out.join('\n'), { fileName: `fuzz-${round}.md` }), `round ${round}`);
    }
  });

  test('never throws on pages with random characters spliced in', () => {
    const rnd = random(7);
    const alphabet = '#*-[]()/:0123456789 \n\r\t&;\u00a0\ue000ABCabcé€\u200b\ud800';
    for (let round = 0; round < 300; round++) {
      const base = fixtures[round % fixtures.length]!;
      let text = base;
      for (let k = 0; k < 40; k++) {
        const at = Math.floor(rnd() * text.length);
        const len = Math.floor(rnd() * 8);
        let insert = '';
        for (let j = 0; j < len; j++) insert += alphabet[Math.floor(rnd() * alphabet.length)];
        text = text.slice(0, at) + insert + text.slice(at + Math.floor(rnd() * 4));
      }
      assertWellFormed(parseEparPage(text, { fileName: `splice-${round}.md` }), `round ${round}`);
    }
  });

  test('never throws on random binary-like input', () => {
    const rnd = random(99);
    for (let round = 0; round < 100; round++) {
      let text = '';
      const len = Math.floor(rnd() * 2000);
      for (let j = 0; j < len; j++) text += String.fromCharCode(Math.floor(rnd() * 0x3000));
      assertWellFormed(parseEparPage(text, { fileName: 'binary.md' }), `round ${round}`);
    }
  });

  test('stays fast on a single enormous line', () => {
    const huge = `# Big\n\n##### Authorised\n\n## Product details\n\nName of medicine ${'Big '.repeat(500_000)}\n\n## Authorisation details\n\n${'('.repeat(200_000)}\n`;
    const started = performance.now();
    const outcome = parseEparPage(huge, { fileName: 'big.md' });
    assert.ok(performance.now() - started < 2000, 'took too long');
    assertWellFormed(outcome, 'huge');
  });
});

// Facts the record used to drop. The corpus has no veterinary page, so veterinary-species.md
// follows the bullet layout of the human pages. Real pages that prove the others are read from
// ../shared by parse-epar-page.real-pages.corpus.test.ts.

describe('a veterinary page', () => {
  const { medicine: m, warnings } = parseFixture('veterinary-species.md');

  test('keeps the target species and the ATCvet code', () => {
    assert.equal(m.category, 'veterinary');
    assert.deepEqual(m.species, ['Dogs', 'Cats']);
    assert.deepEqual(m.atcCodes, ['QP53BE01']);
    assert.deepEqual(warnings, []);
  });

  test('reads "Species" in the run-on layout, but not the word inside a value', () => {
    const page = fixture('veterinary-species.md').replace(
      /## Product details[\s\S]*?(?=### Pharmacotherapeutic group)/,
      '## Product details\n\nName of medicine Canixa Active substance extract of several bird species International non-proprietary name (INN) or common name afoxolaner Species Dogs Anatomical therapeutic chemical veterinary (ATCvet) code QP53BE01\n\n',
    );
    const outcome = parseEparPage(page, { fileName: 'canixa.md' });
    assert.ok(outcome.ok);
    assert.equal(outcome.medicine.activeSubstance, 'extract of several bird species');
    assert.deepEqual(outcome.medicine.species, ['Dogs']);
    assert.deepEqual(outcome.medicine.atcCodes, ['QP53BE01']);
  });
});
