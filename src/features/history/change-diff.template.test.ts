import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { diffMedicine } from '../../domain/medicine-diff.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { changesHtml, hasTextDiff } from './change-diff.template.ts';
import { groupChanges } from './change-model.ts';
import { historyCatalogue } from '../../i18n/catalogues/history/index.ts';

const sv = historyCatalogue.get('sv').diff;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const before = buildMedicine();
const pi = before.documents[0]!;
const render = (after: typeof before, lang: 'en' | 'sv' = 'en') => changesHtml(createPageContext(lang, '/x'), diffMedicine(before, after), { headingLevel: 3 }).value;

describe('grouping changes', () => {
  test('the language versions of one document are one item, named by its type and title', () => {
    const after = {
      ...before,
      documents: [
        {
          ...pi,
          languages: [
            ...pi.languages.map((l) => (l.lang === 'sv' ? { ...l, lastUpdated: '2026-01-01' } : l)),
            { lang: 'fi' as const, sizeBytes: 1, firstPublished: null, lastUpdated: null, url: null },
          ],
        },
      ],
    };
    const groups = groupChanges(diffMedicine(before, after));
    assert.deepEqual(groups, [
      { type: 'document', docType: 'product-information', title: 'Lumykras : EPAR - Product Information', action: 'changed', languages: [{ lang: 'sv', action: 'changed' }, { lang: 'fi', action: 'added' }], attributes: [] },
      { type: 'document', docType: 'assessment-report', title: 'Lumykras : EPAR - Public Assessment Report', action: 'removed', languages: [{ lang: 'en', action: 'removed' }], attributes: [] },
    ]);
  });

  test('paths it does not know are kept, not dropped', () => {
    assert.deepEqual(groupChanges([{ field: 'somethingNew', from: 1, to: 2 }]), [{ type: 'other', field: 'somethingNew', from: 1, to: 2 }]);
  });
});

describe('rendering changes', () => {
  test('plain fields are a table of before and after, with statuses and dates in the page language', () => {
    const out = render({ ...before, status: 'withdrawn', dates: { ...before.dates, withdrawal: '2023-05-03' } }, 'sv');
    assert.match(out, /<th scope="row" class="table__cell"><span class="table__cell-heading" aria-hidden="true">Fält<\/span>Status<\/th>/);
    // On a phone the rows stack and each value shows its header; screen readers hear the real one.
    assert.match(out, /<td class="table__cell"><span class="table__cell-heading" aria-hidden="true">Före<\/span>Godkänt<\/td>/);
    assert.match(out, /<td class="table__cell"><span class="table__cell-heading" aria-hidden="true">Efter<\/span>Indraget<\/td>/);
    assert.match(out, /<table class="table table--responsive change-table">/);
    assert.match(out, /<time datetime="2023-05-03">3 maj 2023<\/time>/);
    assert.ok(out.includes(`<span class="not-stated">${sv.none}</span>`));
  });

  test('a reworded indication is a word diff whose marks are also said in words', () => {
    const changes = diffMedicine(before, { ...before, therapeuticIndication: before.therapeuticIndication!.replace('adults', 'adult patients') });
    assert.equal(hasTextDiff(changes), true);
    const out = render({ ...before, therapeuticIndication: before.therapeuticIndication!.replace('adults', 'adult patients') }, 'sv');
    // English text on a Swedish page, with the cues in Swedish's catalogue language.
    assert.match(
      out,
      new RegExp(
        `<p class="text-diff" lang="en">Lumykras as monotherapy is indicated for the treatment of <del><span class="visually-hidden" lang="sv">${escape(sv.deletedStart)}</span>adults<span class="visually-hidden" lang="sv">${escape(sv.deletedEnd)}</span></del><ins><span class="visually-hidden" lang="sv">${escape(sv.insertedStart)}</span>adult patients`,
      ),
    );
    assert.doesNotMatch(out, /<table/);
  });

  test('an overview section that changed is diffed under its question, in the overview’s language', () => {
    const sections = before.overview.en!.sections;
    const out = render({ ...before, overview: { ...before.overview, en: { sections: [sections[0]!, { ...sections[1]!, body: sections[1]!.body.replace('960 mg', '720 mg') }] } } });
    assert.match(out, /<h3 class="heading-s">Medicine overview \(English\)<\/h3>/);
    assert.match(out, /<strong>How is Lumykras used\?<\/strong>/);
    assert.match(out, /<del>[^]*960[^]*<\/del><ins>[^]*720[^]*<\/ins>/);
    assert.doesNotMatch(out, /cancer medicine used to treat/, 'an unchanged section is not repeated');
  });

  test('list items read as added, removed or changed with readable names, not JSON', () => {
    const procedure = { number: 'II/0010/G', otherNumbers: [], type: 'variation-ii' as const, typeLabel: 'Variation type II', scope: 'Update of section 4.8', opinionDate: '2024-09-19', commissionDecisionDate: null, productInformationAffected: null, summary: null };
    const out = render({ ...before, procedures: [procedure], news: [] });
    assert.match(out, /<h3 class="heading-s">Post-authorisation procedures<\/h3>/);
    assert.match(out, /<strong class="change-action change-action--added">Added:<\/strong> II\/0010\/G: <span>Variation type II<\/span> \(<time datetime="2024-09-19">19 September 2024<\/time>\)/);
    assert.match(out, /Removed:<\/strong> <span>Meeting highlights from the CHMP 8-11 November 2021<\/span>/);
    assert.doesNotMatch(out, /\{"/);
  });

  test('long lists show their first items and fold the rest', () => {
    const presentations = Array.from({ length: 14 }, (_, i) => ({
      euNumber: `EU/1/21/1603/${String(i + 1).padStart(3, '0')}`, inventedName: 'Lumykras', strength: '120 mg', pharmaceuticalForm: 'Film-coated tablet', routeOfAdministration: null, immediatePackaging: null, content: null, packSize: `${i + 1} tablets`,
    })) as typeof before.presentations;
    const out = render({ ...before, presentations });
    assert.match(out, /<details class="change-more">\s*<summary>Show 6 more changes<\/summary>/);
    assert.equal(out.match(/<li class="change-items__item">/g)?.length, 14);
  });

  test('a revision with nothing to show says so', () => {
    assert.match(changesHtml(createPageContext('en', '/x'), [], { headingLevel: 3 }).value, /No field-level changes/);
  });
});
