import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PiSection, ProductInformationDocument } from './product-information.ts';
import { diffProductInformation, sectionAnchor, sectionLabel } from './product-information-diff.ts';

const section = (key: string, heading: string, text: string, subsections: PiSection[] = []): PiSection => ({ key, number: `${key}.`, heading, blocks: text ? [{ type: 'paragraph', text }] : [], subsections });

function doc(posology: string, effects: string, extra: PiSection[] = []): ProductInformationDocument {
  return {
    language: 'en',
    versionDate: '2025-01-01',
    source: { kind: 'epi', file: 'x.xml' },
    annexes: [
      {
        kind: 'smpc',
        title: 'ANNEX I',
        preamble: [],
        sections: [
          section('1', 'NAME OF THE MEDICINAL PRODUCT', 'Lumykras 120 mg film-coated tablets'),
          section('4', 'CLINICAL PARTICULARS', '', [
            section('4.1', 'Therapeutic indications', 'Lumykras is indicated for adults with NSCLC.'),
            section('4.2', 'Posology and method of administration', posology),
            section('4.8', 'Undesirable effects', effects),
          ]),
          ...extra,
        ],
      },
      { kind: 'leaflet', title: 'B. PACKAGE LEAFLET', preamble: [], sections: [section('4', 'Possible side effects', effects)] },
    ],
  };
}

test('two versions differing in exactly two sections give exactly those two, with the words that changed', () => {
  const before = doc('The dose is 960 mg once daily.', 'Diarrhoea is very common.');
  const after = doc('The dose is 240 mg once daily.', 'Diarrhoea is very common.');
  after.annexes[1]!.sections[0]!.blocks = [{ type: 'paragraph', text: 'Diarrhoea and nausea are very common.' }];
  const changes = diffProductInformation(before, after);
  assert.deepEqual(changes.map((c) => [c.annex, c.key, c.change]), [
    ['smpc', '4.2', 'changed'],
    ['leaflet', '4', 'changed'],
  ]);
  assert.deepEqual(changes[0]!.diff, [
    { type: 'same', text: 'The dose is ' },
    { type: 'removed', text: '960' },
    { type: 'added', text: '240' },
    { type: 'same', text: ' mg once daily.' },
  ]);
  assert.equal(sectionLabel(changes[0]!), '4.2 Posology and method of administration');
});

test('a section is matched by its annex and key, so the SmPC\'s 4 and the leaflet\'s 4 are never compared with each other', () => {
  const changes = diffProductInformation(doc('a', 'same words'), doc('a', 'same words'));
  assert.deepEqual(changes, []);
});

test('whitespace alone is no change, but a changed sign is', () => {
  assert.deepEqual(diffProductInformation(doc('Dose  960 mg\u00A0 daily.', 'x'), doc('Dose 960 mg daily.', 'x')), []);
  const sign = diffProductInformation(doc('Not for patients < 18 years.', 'x'), doc('Not for patients > 18 years.', 'x'));
  assert.deepEqual(sign.map((c) => c.key), ['4.2']);
});

test('added and removed sections, and a reworded heading, are reported as such', () => {
  const before = doc('a', 'b', [section('9', 'DATE OF FIRST AUTHORISATION', '6 January 2022')]);
  const after = doc('a', 'b', [section('10', 'DATE OF REVISION OF THE TEXT', '05/2025')]);
  after.annexes[0]!.sections[0]!.heading = 'NAME OF THE MEDICINE';
  const changes = diffProductInformation(before, after);
  assert.deepEqual(changes.map((c) => [c.key, c.change, c.headingBefore ?? null]), [
    ['1', 'changed', 'NAME OF THE MEDICINAL PRODUCT'],
    ['10', 'added', null],
    ['9', 'removed', null],
  ]);
  assert.deepEqual(changes[1]!.diff, [{ type: 'added', text: '05/2025' }]);
  assert.deepEqual(changes[2]!.diff, [{ type: 'removed', text: '6 January 2022' }]);
});

test('against nothing known, every section is added', () => {
  assert.equal(diffProductInformation(null, doc('a', 'b')).filter((c) => c.change === 'added').length, 6);
});

test('section anchors are the annex and the key in letters, digits and hyphens, unnumbered and repeated keys kept apart', () => {
  assert.equal(sectionAnchor('smpc', '4.8'), 'smpc-4-8');
  assert.equal(sectionAnchor('leaflet', '2~1'), 'leaflet-2-u1');
  assert.equal(sectionAnchor('smpc', '2/4.2'), 'smpc-p2-4-2');
  assert.notEqual(sectionAnchor('smpc', '2/1'), sectionAnchor('smpc', '2~1'), "the second product's section 1 is not section 2's first unnumbered subsection");
  assert.equal(sectionAnchor('smpc', '2/4.2~1'), 'smpc-p2-4-2-u1');
  assert.equal(sectionAnchor('smpc', '4.2.1#2'), 'smpc-4-2-1-v2');
  assert.equal(sectionAnchor('annex-ii', 'B'), 'annex-ii-b');
});
