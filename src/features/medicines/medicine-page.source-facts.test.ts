import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LanguageCode } from '../../domain/languages.ts';
import type { Medicine } from '../../domain/medicine.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { siteCatalogue } from '../../i18n/catalogues/site/index.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { medicineDescription, medicinePage } from './medicine-page.template.ts';

function render(m: Medicine, lang: LanguageCode = 'en'): string {
  return medicinePage(createPageContext(lang, `/medicines/${m.category}/EPAR/${m.slug}`), m).value;
}

function section(page: string, id: string): string {
  const start = page.indexOf(`<section class="medicine-section" id="${id}">`);
  assert.ok(start >= 0, `section #${id} is on the page`);
  const end = page.indexOf('</section>', start);
  return page.slice(start, end);
}

/** The summary-list rows of a section, as [label, text]. */
function rows(markup: string): [string, string][] {
  return [...markup.matchAll(/<dt class="summary-list__key">(.*?)<\/dt><dd class="summary-list__value">(.*?)<\/dd>/g)].map((m) => [
    m[1]!,
    m[2]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(),
  ]);
}

describe('the company in the role EMA gives it', () => {
  test('a refused medicine shows its applicant, never a holder, and no revision number, even when a table named it the holder', () => {
    const m = buildMedicine({ status: 'refused', marketingAuthorisationHolder: { name: '4SC AG', address: null }, applicant: null, revision: 0 });
    const details = rows(section(render(m), 'authorisation-details'));
    assert.deepEqual(details.find(([k]) => k === 'Marketing authorisation applicant'), ['Marketing authorisation applicant', '4SC AG']);
    assert.ok(!details.some(([k]) => k === 'Marketing authorisation holder'));
    assert.ok(!details.some(([k]) => k === 'EMA revision number'));
  });

  test('an authorised medicine shows its holder and EMA’s revision number', () => {
    const details = rows(section(render(buildMedicine()), 'authorisation-details'));
    assert.deepEqual(details.find(([k]) => k === 'Marketing authorisation holder'), ['Marketing authorisation holder', 'Amgen Europe B.V. Minervum 7061']);
    assert.deepEqual(details.find(([k]) => k === 'EMA revision number'), ['EMA revision number', '6']);
    assert.ok(!details.some(([k]) => k === 'Marketing authorisation applicant'));
  });

  test('a rolling review shows the developer, in the page language', () => {
    const m = buildMedicine({ status: 'withdrawn-from-rolling-review', marketingAuthorisationHolder: null, developer: 'Eli Lilly Nederland B.V.', revision: null });
    const details = rows(section(render(m, 'de'), 'authorisation-details'));
    assert.deepEqual(details.find(([k]) => k === siteCatalogue.get('de').medicine.authorisation.developer), ['Entwickler', 'Eli Lilly Nederland B.V.']);
  });

  test('a PRIME developer other than the holder is shown as well', () => {
    const details = rows(section(render(buildMedicine({ developer: 'Example Biotech GmbH' })), 'authorisation-details'));
    assert.ok(details.some(([k, v]) => k === 'Developer' && v === 'Example Biotech GmbH'));
    assert.ok(details.some(([k]) => k === 'Marketing authorisation holder'));
  });
});

describe('facts the page used to lose', () => {
  test('the opinion status is shown in the page language, after the opinion date', () => {
    const m = buildMedicine({ status: 'opinion', opinionStatus: 'negative', marketingAuthorisationHolder: null, applicant: '4SC AG' });
    const details = rows(section(render(m, 'de'), 'authorisation-details'));
    const at = details.findIndex(([k]) => k === 'Ergebnis des Gutachtens');
    assert.deepEqual(details[at], ['Ergebnis des Gutachtens', 'Negativ']);
    assert.equal(details[at - 1]![0], 'Annahme des Gutachtens');
  });

  test('an opinion status that is not recognised is shown as EMA wrote it, marked English', () => {
    const page = render(buildMedicine({ status: 'opinion', opinionStatus: 'Positive (re-examination)' }), 'fr');
    assert.match(section(page, 'authorisation-details'), /<span lang="en">Positive \(re-examination\)<\/span>/);
  });

  test('"not yet assigned" is shown as such, in the page language', () => {
    const m = buildMedicine({ atcCodes: [], atcNotYetAssigned: true });
    const details = rows(section(render(m, 'sv'), 'product-details'));
    assert.deepEqual(details.find(([k]) => k === siteCatalogue.get('sv').medicine.productDetails.atcCode)?.[1], 'Ännu inte tilldelad');
  });

  test('a misprinted ATC code is shown verbatim and flagged', () => {
    const m = buildMedicine({ atcCodes: [], malformedAtcCodes: ['LX1XX02'], atcNotYetAssigned: false });
    const details = rows(section(render(m), 'product-details'));
    assert.deepEqual(details.find(([k]) => k === 'Anatomical therapeutic chemical (ATC) code')?.[1], 'LX1XX02 (not a valid ATC code: shown as EMA prints it)');
  });

  test('the species of a veterinary medicine are listed, marked as EMA’s English', () => {
    const m = buildMedicine({ category: 'veterinary', species: ['Dogs', 'Cats'] });
    const markup = section(render(m, 'nl'), 'product-details');
    assert.match(markup, /<dt class="summary-list__key">Diersoorten<\/dt><dd class="summary-list__value"><ul class="list-plain" lang="en"><li>Dogs<\/li><li>Cats<\/li><\/ul>/);
  });

  test('patient safety communications have their own section; the table’s marker alone gives a line', () => {
    const item = { title: 'EMA starts review of Ixchiq', url: 'https://www.ema.europa.eu/en/news/ema-starts-review-ixchiq', date: '2025-05-07' };
    const withItems = section(render(buildMedicine({ patientSafety: true, patientSafetyNews: [item] })), 'patient-safety');
    assert.match(withItems, /<h2 class="heading-l">Patient safety information<\/h2>/);
    assert.match(withItems, /href="https:\/\/www.ema.europa.eu\/en\/news\/ema-starts-review-ixchiq"/);
    const markerOnly = section(render(buildMedicine({ patientSafety: true })), 'patient-safety');
    assert.match(markerOnly, /EMA has published patient safety information on this medicine\./);
    assert.ok(!render(buildMedicine({ patientSafety: false })).includes('id="patient-safety"'));
  });

  test('topics and the information on withdrawals are shown, the latter rendered', () => {
    const m = buildMedicine({
      status: 'application-withdrawn',
      topics: [{ title: 'Medicines', url: 'https://www.ema.europa.eu/en/search?f%5B0%5D=ema_search_topics%3A61' }],
      withdrawalInformation: 'A question-and-answer (Q&A) document provides a **summary**.\n\nAn assessment report is published.',
    });
    const page = render(m, 'it');
    assert.match(section(page, 'topics'), /<a href="https:\/\/www.ema.europa.eu\/en\/search\?f%5B0%5D=ema_search_topics%3A61" hreflang="en" lang="en">Medicines<\/a>/);
    assert.match(
      section(page, 'related-info-withdrawn'),
      /<div class="prose" lang="en"><p>A question-and-answer \(Q&amp;A\) document provides a <strong>summary<\/strong>.<\/p><p>An assessment report is published.<\/p><\/div>/,
    );
  });

  test('a reference number EMA printed in another form is shown as printed', () => {
    const m = buildMedicine();
    m.documents[1] = { ...m.documents[1]!, referenceNumber: null, referenceText: 'EMA/409800/20212021' };
    assert.match(render(m), /Reference number: EMA\/409800\/20212021/);
  });
});

describe('EMA’s Markdown on the page', () => {
  const indication =
    '**Hodgkin lymphoma**\n\nAdcetris is indicated for adult patients:\n\n- with **relapsed** disease;\n  - after ASCT.\n\n| **Date** | **Key developments** |\n|---|---|\n| 12/02/2025 | Authorised |';

  test('is rendered: no literal bold markers or table separators anywhere on the page', () => {
    const page = render(buildMedicine({ therapeuticIndication: indication, overview: { en: { sections: [{ heading: null, body: indication }] } } }), 'pl');
    assert.doesNotMatch(page, /\*\*|\|\s*-{3}/);
    assert.match(section(page, 'product-details'), /<p><strong>Hodgkin lymphoma<\/strong><\/p>/);
    assert.match(section(page, 'product-details'), /<table class="table"><thead><tr><th scope="col" class="table__header"><strong>Date<\/strong><\/th>/);
  });

  test('the meta description is plain text', () => {
    assert.equal(medicineDescription(buildMedicine({ therapeuticIndication: indication })), 'Hodgkin lymphoma Adcetris is indicated for adult patients: with relapsed disease; after ASCT. Date; Key developments 12/02/2025; Authorised');
  });
});
