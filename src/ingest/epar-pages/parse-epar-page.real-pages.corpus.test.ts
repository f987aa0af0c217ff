/**
 * Facts the record used to drop, proved on the real EMA pages that showed them (Kinselby, Ixchiq,
 * Luveris, Alhemo, Graspa, bamlanivimab and etesevimab), read from ../shared; skipped, visibly, without it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { sharedPath } from '../../../test/support/shared-corpus.ts';
import type { Medicine } from '../../domain/medicine.ts';
import { parseEparPage } from './parse-epar-page.ts';

const pages = sharedPath('ema/epar-pages');

function parseReal(slug: string): { medicine: Medicine; warnings: string[] } {
  const outcome = parseEparPage(readFileSync(path.join(pages!, `${slug}.md`), 'utf8'), { fileName: `${slug}.md` });
  if (!outcome.ok) assert.fail(`${slug}.md did not parse: ${outcome.error}`);
  return { medicine: outcome.medicine, warnings: outcome.warnings };
}

function documentTitled(m: Medicine, title: string) {
  const doc = m.documents.find((d) => d.title === title);
  assert.ok(doc, `no document titled "${title}" among ${m.documents.map((d) => d.title).join(' | ')}`);
  return doc;
}

describe('real EPAR pages', { skip: !pages }, () => {
  describe('a page with a negative CHMP opinion (Kinselby)', () => {
    const { medicine: m, warnings } = parseReal('kinselby');

    test('keeps the opinion status, as a recognised value', () => {
      assert.equal(m.opinionStatus, 'negative');
      assert.equal(m.dates.opinionAdopted, '2025-05-22');
    });

    test('names the applicant, not a holder', () => {
      assert.equal(m.applicant, '4Sc AG');
      assert.equal(m.marketingAuthorisationHolder, null);
      assert.equal(m.developer, null);
      assert.deepEqual(warnings, []);
    });
  });

  describe('a page with a "Patient safety information" section (Ixchiq)', () => {
    const { medicine: m, warnings } = parseReal('ixchiq');

    test('keeps the safety communications apart from the news, with their dates', () => {
      assert.equal(m.patientSafety, true);
      assert.deepEqual(m.patientSafetyNews, [
        { title: 'Ixchiq: temporary restriction on vaccinating people 65 years and older to be lifted', url: 'https://www.ema.europa.eu/en/news/ixchiq-temporary-restriction-vaccinating-people-65-years-older-be-lifted', date: '2025-07-11' },
        { title: 'EMA starts review of Ixchiq (live attenuated chikungunya vaccine)', url: 'https://www.ema.europa.eu/en/news/ema-starts-review-ixchiq-live-attenuated-chikungunya-vaccine', date: '2025-05-07' },
      ]);
      // The news keeps its own items, and none of the safety communications.
      assert.ok(m.news.length > 0);
      assert.ok(m.news.every((n) => !m.patientSafetyNews.some((p) => p.url === n.url || p.title === n.title)));
      assert.deepEqual(warnings, []);
    });

    test('says nothing about patient safety on a page without the section', () => {
      assert.equal(parseReal('kinselby').medicine.patientSafety, null);
    });
  });

  describe('document reference numbers of every form', () => {
    test('keeps an old committee reference (CPMP/1390/00), parsed', () => {
      const { medicine: m, warnings } = parseReal('luveris');
      const report = documentTitled(m, 'Luveris : EPAR - Public assessment report');
      assert.equal(report.referenceText, 'CPMP/1390/00');
      assert.equal(report.referenceNumber, 'CPMP/1390/00');
      assert.deepEqual(warnings, []);
    });

    test('keeps a corrected reference as printed and parses it ("EMA/470073/2024 Corr.")', () => {
      const { medicine: m } = parseReal('alhemo');
      const summary = documentTitled(m, 'CHMP summary of positive opinion for Alhemo');
      assert.equal(summary.referenceText, 'EMA/470073/2024 Corr.');
      assert.equal(summary.referenceNumber, 'EMA/470073/2024 CORR.');
    });
  });

  describe('the topics a page is filed under', () => {
    test('are kept with their links, not taken for related material', () => {
      const { medicine: m } = parseReal('luveris');
      assert.deepEqual(m.topics, [{ title: 'Medicines', url: 'https://www.ema.europa.eu/en/search?f%5B0%5D=ema_search_topics%3A61' }]);
      assert.ok(!m.related.some((r) => r.title === 'Medicines'));
    });
  });

  describe('a misprinted ATC code (Graspa: "LX1XX02")', () => {
    const { medicine: m, warnings } = parseReal('graspa-0');

    test('is kept verbatim and flagged, never corrected or dropped', () => {
      assert.deepEqual(m.atcCodes, []);
      assert.deepEqual(m.malformedAtcCodes, ['LX1XX02']);
      assert.equal(m.atcNotYetAssigned, false);
      assert.deepEqual(warnings, ['ATC code: "LX1XX02" is not an ATC code; kept as printed']);
    });
  });

  describe('a rolling review the developer withdrew from (bamlanivimab and etesevimab)', () => {
    const { medicine: m } = parseReal('bamlanivimab-etesevimab-covid-19');

    test('keeps the developer as such, not as the applicant', () => {
      assert.equal(m.status, 'withdrawn-from-rolling-review');
      assert.equal(m.developer, 'Eli Lilly Nederland B.V.');
      assert.equal(m.applicant, null);
    });

    test('keeps the text of "Related information on withdrawals", found by its anchor in the contents', () => {
      assert.match(m.withdrawalInformation ?? '', /^A question-and-answer \(Q&A\) document provides a summary/);
      assert.match(m.withdrawalInformation ?? '', /\n\nAn assessment report is published when the application is withdrawn/);
    });

    test('does not take that text for the overview or the news', () => {
      assert.ok(!(m.overview.en?.sections ?? []).some((s) => s.body.includes('question-and-answer (Q&A) document provides')));
      assert.equal(m.news.length, 2);
    });
  });
});
