import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LanguageCode } from '../../domain/languages.ts';
import { emptyFlags, type Medicine } from '../../domain/medicine.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { lumykras } from '../../../test/support/lumykras.ts';
import { medicinePage, richText } from './medicine-page.template.ts';

function render(m: Medicine, lang: LanguageCode = 'en'): string {
  return medicinePage(createPageContext(lang, `/medicines/${m.category}/EPAR/${m.slug}`), m).value;
}

/** The markup of `<section id="…">`, up to the next section or the page footer. */
function section(page: string, id: string): string {
  const start = page.indexOf(`<section class="medicine-section" id="${id}">`);
  assert.ok(start >= 0, `section #${id} is on the page`);
  const rest = page.slice(start + 1);
  const end = rest.search(/<section |<footer class="medicine-footer"/);
  return page.slice(start, end < 0 ? undefined : start + 1 + end);
}

/** Text as a reader (or a screen reader) gets it: tags removed, entities decoded, spaces folded. */
function text(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The accessible text of every link whose href matches. */
function linkTexts(markup: string, href: RegExp): string[] {
  return [...markup.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)]
    .filter((m) => href.test(/href="([^"]*)"/.exec(m[1]!)?.[1] ?? ''))
    .map((m) => text(m[2]!).replace(/ \(/g, ' (').replace(/\s+(?=[,)])/g, ''));
}

describe('the medicine page, for a Lumykras-like medicine', () => {
  const page = render(lumykras());

  test('has one h1, the medicine name, and headings that never skip a level', () => {
    assert.equal(page.match(/<h1[\s>]/g)?.length, 1);
    assert.match(page, /<h1[^>]*>Lumykras<\/h1>/);
    let previous = 1;
    for (const m of page.matchAll(/<h([1-6])[\s>]/g)) {
      const level = Number(m[1]);
      assert.ok(level <= previous + 1, `h${level} follows h${previous}`);
      previous = level;
    }
  });

  test('says the status in EMA’s words, with the lifecycle stepper stating each step in text', () => {
    assert.match(page, /<strong class="tag tag--green">Authorised<\/strong>/);
    assert.match(page, /This medicine is authorised for use in the European Union/);
    const stepper = /<ol class="stepper"[\s\S]*?<\/ol>/.exec(page)![0];
    assert.equal(stepper.match(/<li /g)?.length, 3);
    assert.equal(
      text(stepper),
      'Application under evaluation : Completed CHMP opinion : Completed European Commission decision : Completed',
    );
    assert.match(stepper, /aria-current="step">\s*<span class="stepper__name">European Commission decision/);
  });

  test('shows the active substance under the name', () => {
    assert.match(text(page), /Active substance: sotorasib/);
  });

  test('lists the sections present in a table of contents, in EMA’s order, and renders them in that order', () => {
    const ids = ['overview', 'product-info', 'product-details', 'authorisation-details', 'assessment-history', 'news-on', 'related-medicines'];
    const toc = /<nav class="contents"[\s\S]*?<\/nav>/.exec(page)![0];
    assert.deepEqual([...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]), ids);
    assert.match(text(toc), /News on Lumykras More information on Lumykras/);
    const positions = ids.map((id) => page.indexOf(`id="${id}"`));
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
  });

  test('renders the overview’s questions as headings and its bodies as paragraphs and lists', () => {
    const overview = section(page, 'overview');
    assert.match(overview, /<p>Lumykras is a cancer medicine used to treat adults with non-small cell lung cancer \(NSCLC\)\.<\/p>\s*<p>Lumykras contains the active substance sotorasib\.<\/p>/);
    assert.match(overview, /<h3 class="heading-m">How is Lumykras used\?<\/h3>/);
    assert.match(overview, /<p>The dose may be reduced:<\/p><ul class="list-bullet"><li>to 480 mg once per day<\/li><li>then to 240 mg once per day<\/li><\/ul>/);
    assert.match(overview, /Lumykras : EPAR - Medicine Overview/);
    assert.match(overview, /Reference number: EMA\/685702\/2021/);
  });

  test('lists every language version of the product information in a disclosure, with names that say what each link opens', () => {
    const pi = section(page, 'product-info');
    const details = /<details class="document__languages" id="document-1">[\s\S]*?<\/details>/.exec(pi)![0];
    assert.match(details, /<summary>Available in 5 languages<\/summary>/);
    assert.equal(details.match(/<li class="document-version">/g)?.length, 5);
    assert.match(details, /<span lang="el">ελληνικά<\/span>/);
    assert.match(details, /hreflang="no"/);
    assert.ok(
      linkTexts(details, /_sv\.pdf$/).includes('View Lumykras : EPAR - Product Information in svenska (PDF, 419.4 KB)'),
      linkTexts(details, /_sv\.pdf$/).join(' | '),
    );
    assert.match(details, /First published: <time datetime="2022-03-31">31 March 2022<\/time>/);
    assert.match(details, /Last updated: <time datetime="2024-12-03">3 December 2024<\/time>/);
  });

  test('shows the latest procedure affecting the product information, then the presentations', () => {
    const pi = section(page, 'product-info');
    assert.match(text(pi), /Latest procedure affecting product information ?: II\/0010\/G ?, 21 October 2024/);
    assert.ok(pi.indexOf('II/0010/G') < pi.indexOf('All authorised presentations'));
  });

  test('gives the product details as a summary list', () => {
    const details = section(page, 'product-details');
    assert.match(details, /<dl class="summary-list">/);
    assert.match(text(details), /International non-proprietary name \(INN\) or common name sotorasib/);
    assert.match(text(details), /Anatomical therapeutic chemical \(ATC\) code L01XX73/);
    assert.match(text(details), /Therapeutic area \(MeSH\) Carcinoma, Non-Small-Cell Lung/);
    assert.match(text(details), /Pharmacotherapeutic group Antineoplastic agents/);
    assert.match(text(details), /Therapeutic indication Lumykras as monotherapy is indicated/);
  });

  test('explains additional monitoring with the black triangle, and conditional approval, in EMA’s words', () => {
    const auth = section(page, 'authorisation-details');
    assert.match(auth, /<span class="black-triangle" aria-hidden="true">▼<\/span> Additional monitoring/);
    assert.match(auth, /This medicine is under additional monitoring, meaning that it is monitored even more intensively than other medicines\./);
    assert.match(auth, /<strong class="tag tag--purple">Conditional approval<\/strong>/);
    assert.match(auth, /This medicine received a conditional marketing authorisation\./);
    assert.match(auth, /href="https:\/\/www\.ema\.europa\.eu\/node\/68774"/);
    assert.doesNotMatch(auth, /Orphan|Generic/, 'flags that are false are not shown');
  });

  test('gives the holder, the dates and the revision', () => {
    const auth = text(section(page, 'authorisation-details'));
    assert.match(auth, /EMA product number EMEA\/H\/C\/005522/);
    assert.match(auth, /Marketing authorisation holder Amgen Europe B\.V\. Minervum 7061/);
    assert.match(auth, /Opinion adopted 11 November 2021/);
    assert.match(auth, /Marketing authorisation issued 6 January 2022/);
    // EMA's own count of changes to the authorisation, named so it is not read as this portal's history.
    assert.match(auth, /EMA revision number 6/);
    assert.match(section(page, 'authorisation-details'), /<time datetime="2022-01-06">6 January 2022<\/time>/);
  });

  test('groups the assessment history under EMA’s sub-headings', () => {
    const history = section(page, 'assessment-history');
    const groups = [...history.matchAll(/<h3[^>]*>([^<]+)<\/h3>/g)].map((m) => m[1]);
    assert.deepEqual(groups, ['Changes since initial authorisation of medicine', 'Initial marketing authorisation documents']);
    const initial = history.slice(history.indexOf('Initial marketing authorisation documents'));
    assert.deepEqual([...initial.matchAll(/<h4[^>]*>([^<]+)<\/h4>/g)].map((m) => m[1]), [
      'Lumykras : EPAR - Public Assessment Report',
      'CHMP summary of opinion for Lumykras',
    ]);
    assert.match(text(initial), /Adopted · Reference number: EMA\/706135\/2021/);
  });

  test('links news on EMA’s site, even when the source gave a relative address', () => {
    const news = section(page, 'news-on');
    assert.match(news, /href="https:\/\/www\.ema\.europa\.eu\/en\/news\/meeting-highlights-committee-medicinal-products-human-use-chmp-8-11-november-2021"/);
    assert.match(text(news), /Published 12 November 2021/);
  });

  test('groups related items by kind under "More information on"', () => {
    const related = section(page, 'related-medicines');
    assert.match(related, /<h2 class="heading-l">More information on Lumykras<\/h2>/);
    assert.match(text(related), /Paediatric investigation plans EMEA-002690-PIP02-22 Post-authorisation studies Observational Study/);
    assert.match(related, /href="https:\/\/catalogues\.ema\.europa\.eu\/study\/105849"/);
  });

  test('ends with the date EMA last updated its page, a link to it and to this record’s JSON', () => {
    const footer = page.slice(page.indexOf('<footer class="medicine-footer">'));
    assert.match(text(footer), /EMA last updated its page on 3 December 2024/);
    assert.match(footer, /href="https:\/\/www\.ema\.europa\.eu\/en\/medicines\/human\/EPAR\/lumykras"/);
    assert.match(footer, /href="\/api\/v1\/medicines\/lumykras"/);
  });

  test('uses every id once', () => {
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });
});

describe('the medicine page, for what the data does not say', () => {
  test('escapes markup in any text from the source', () => {
    const page = render(lumykras({ name: '<script>alert(1)</script>', news: [{ title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', date: null }] }));
    assert.doesNotMatch(page, /<script>|<img /);
    assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(page, /href="javascript:/, 'a link that is not http(s) is not linked');
  });

  test('leaves out rows, sections and contents entries with no data', () => {
    const page = render(
      lumykras({
        inn: null,
        atcCodes: [],
        pharmacotherapeuticGroup: null,
        revision: null,
        latestProcedure: null,
        news: [],
        related: [],
        previousNames: [],
        dates: { ...lumykras().dates, opinionAdopted: null, pageLastUpdated: null },
      }),
    );
    assert.doesNotMatch(page, /International non-proprietary name|ATC\) code|Pharmacotherapeutic group|Revision|Latest procedure|Opinion adopted/);
    assert.doesNotMatch(page, /id="news-on"|id="related-medicines"|href="#news-on"|This page was last updated|Previously known/);
    assert.doesNotMatch(page, /null|undefined|NaN/);
  });

  test('says "Not stated" for the holder of an authorised medicine rather than suggesting it has none', () => {
    const page = render(lumykras({ marketingAuthorisationHolder: null }));
    assert.match(text(section(page, 'authorisation-details')), /Marketing authorisation holder Not stated/);
  });

  test('shows a withdrawn application as stopped, with the applicant and "Application details"', () => {
    const page = render(
      lumykras({
        status: 'application-withdrawn',
        marketingAuthorisationHolder: null,
        applicant: 'Amgen Europe B.V.',
        flags: emptyFlags(),
        dates: { ...lumykras().dates, marketingAuthorisationIssued: null, opinionAdopted: null, applicationWithdrawn: '2023-05-02' },
      }),
    );
    assert.match(page, /The application for this medicine has been withdrawn/);
    assert.match(page, /stepper__step--stopped" aria-current="step">\s*<span class="stepper__name">Application under evaluation<\/span>\s*<span class="stepper__state"><span class="visually-hidden">: <\/span>Stopped/);
    const details = text(section(page, 'authorisation-details'));
    assert.match(page, /<h2 class="heading-l">Application details<\/h2>/);
    assert.match(details, /Marketing authorisation applicant Amgen Europe B\.V\./);
    assert.match(details, /Withdrawal of application 2 May 2023/);
    assert.doesNotMatch(details, /Not stated/);
    assert.doesNotMatch(page, /class="tag-list"/);
  });

  test('names the veterinary committee for a veterinary medicine', () => {
    const page = render(lumykras({ category: 'veterinary', status: 'opinion' }));
    assert.match(page, /Veterinary medicine/);
    assert.match(page, /stepper__step--current" aria-current="step">\s*<span class="stepper__name">CVMP opinion/);
  });

  test('shows the overview in the page language when EMA publishes it', () => {
    const page = render(lumykras(), 'sv');
    const overview = section(page, 'overview');
    assert.match(overview, /Hur används Lumykras\?/);
    assert.doesNotMatch(overview, /class="notice"/);
  });

  test('falls back to the English overview, says so and marks its language', () => {
    const page = render(lumykras(), 'de');
    const overview = section(page, 'overview');
    assert.match(overview, /class="notice"/);
    assert.match(overview, /<div class="prose" lang="en">/);
    assert.match(overview, /How is Lumykras used\?/);
  });

  test('says EMA’s recurring group headings and document status in Swedish and Greek, without marking them English', () => {
    for (const [lang, changes, initial, adopted] of [
      ['sv', 'Ändringar sedan läkemedlets första godkännande', 'Dokument från det första godkännandet för försäljning', 'Antagen'],
      ['el', 'Αλλαγές από την αρχική έγκριση του φαρμάκου', 'Έγγραφα αρχικής άδειας κυκλοφορίας', 'Εγκρίθηκε'],
    ] as const) {
      const history = section(render(lumykras(), lang), 'assessment-history');
      assert.deepEqual([...history.matchAll(/<h3([^>]*)>([^<]+)<\/h3>/g)].map((m) => [m[2], /lang=/.test(m[1]!)]), [[changes, false], [initial, false]]);
      assert.match(history, new RegExp(`<span>${adopted}</span>`));
      assert.doesNotMatch(history, /Adopted|Changes since initial authorisation/);
    }
  });

  test('tells EMA’s date and revision number apart from this portal’s history', () => {
    const page = medicinePage(createPageContext('en', '/medicines/human/EPAR/lumykras'), lumykras(), {
      lastChange: { asOf: '2026-12-05T00:00:00.000Z', href: '/en/medicines/human/EPAR/lumykras/history' },
    }).value;
    const footer = text(page.slice(page.indexOf('<footer class="medicine-footer">')));
    assert.match(footer, /EMA last updated its page on 3 December 2024 Last change recorded in this portal: 5 December 2026 — see what changed/);
    assert.match(text(section(page, 'authorisation-details')), /EMA revision number 6/);
  });

  test('keeps a group heading it does not know in EMA’s English, marked as English', () => {
    const m = lumykras();
    m.documents = m.documents.map((d) => (d.group === 'Initial marketing authorisation documents' ? { ...d, group: 'Questions and answers on Lumykras' } : d));
    const history = section(render(m, 'sv'), 'assessment-history');
    assert.match(history, /<h3[^>]*lang="en"[^>]*>Questions and answers on Lumykras<\/h3>/);
    assert.match(history, /<h3[^>]*>Ändringar sedan läkemedlets första godkännande<\/h3>/);
  });

  test('links the overview document in the page’s language when only its text is missing', () => {
    const m = lumykras();
    const overviewDoc = m.documents.find((d) => d.type === 'overview')!;
    const url = 'https://www.ema.europa.eu/el/documents/overview/lumykras-epar-medicine-overview_el.pdf';
    overviewDoc.languages = [...overviewDoc.languages, { lang: 'el', url, sizeBytes: 170000, firstPublished: '2022-03-31', lastUpdated: null }];
    const notice = /<p class="notice">[\s\S]*?<\/p>/.exec(section(render(m, 'el'), 'overview'))?.[0] ?? '';
    assert.match(notice, new RegExp(`<a href="${url.replaceAll('.', '\\.')}" hreflang="el">[^<]+ \\(PDF\\)</a>`));
    // German has no overview document: the note says the text is missing, and links nothing.
    const german = /<p class="notice">[\s\S]*?<\/p>/.exec(section(render(m, 'de'), 'overview'))?.[0] ?? '';
    assert.ok(german !== '' && !german.includes('<a '), german);
  });

  test('marks EMA’s English text with its language on pages in other languages, never the medicine name', () => {
    const page = render(lumykras(), 'fr');
    assert.match(page, /<h3 class="heading-s document__title" lang="en">Lumykras : EPAR - Product Information<\/h3>/);
    assert.match(page, /<h1[^>]*>Lumykras<\/h1>/);
    assert.match(section(page, 'product-details'), /<div class="prose" lang="en"><p>Lumykras as monotherapy/);
  });
});

describe('EMA’s markdown-lite', () => {
  test('turns blank-line separated blocks into paragraphs and "- " lines into a list, continuing indented lines', () => {
    assert.equal(
      richText('First line\nsame paragraph.\n\n- one\n  more\n- two\n\nLast.').value,
      '<p>First line same paragraph.</p><ul class="list-bullet"><li>one more</li><li>two</li></ul><p>Last.</p>',
    );
  });
});
