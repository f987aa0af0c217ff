import assert from 'node:assert/strict';
import { test } from 'node:test';
import { legalStatusOf, legalStatusInText, type ProductInformationDocument } from './product-information.ts';

function withAnnexII(language: string, b: string | null, extra: Partial<ProductInformationDocument> = {}): ProductInformationDocument {
  const p = (text: string) => ({ type: 'paragraph' as const, text });
  return {
    language,
    versionDate: null,
    source: { kind: 'pdf', file: 'x.pdf' },
    annexes: [
      { kind: 'smpc', title: 'ANNEX I', preamble: [], sections: [{ key: '1', number: '1.', heading: 'NAME', blocks: [p('B. Not annex II')], subsections: [] }] },
      {
        kind: 'annex-ii',
        title: 'ANNEX II',
        preamble: [],
        sections: [
          { key: 'A', number: 'A.', heading: 'MANUFACTURER', blocks: [p('Amgen Europe B.V.')], subsections: [] },
          ...(b === null ? [] : [{ key: 'B', number: 'B.', heading: 'heading in any language', blocks: [p(b), p('· Official batch release')], subsections: [] }]),
        ],
      },
    ],
    ...extra,
  };
}

test('the legal status is the first sentence of annex II section B, found by its letter in any language, less its cross-reference', () => {
  assert.deepEqual(legalStatusOf(withAnnexII('en', 'Medicinal product subject to restricted medical prescription (see Annex I: Summary of Product Characteristics, section 4.2).')), {
    text: 'Medicinal product subject to restricted medical prescription',
  });
  assert.deepEqual(legalStatusOf(withAnnexII('da', 'Lægemidlet er receptpligtigt.')), { text: 'Lægemidlet er receptpligtigt' });
  assert.deepEqual(legalStatusOf(withAnnexII('es', 'Medicamento sujeto a prescripción médica')), { text: 'Medicamento sujeto a prescripción médica' });
  assert.deepEqual(legalStatusOf(withAnnexII('el', 'Φαρμακευτικό προϊόν για το οποίο απαιτείται ιατρική συνταγή.\nΕπίσημη αποδέσμευση παρτίδων')), {
    text: 'Φαρμακευτικό προϊόν για το οποίο απαιτείται ιατρική συνταγή',
  });
});

test('a document without annex II section B states no legal status, and an ePI\'s code wins over words', () => {
  assert.equal(legalStatusOf(withAnnexII('en', null)), null);
  const coded = { coding: [{ system: 'https://spor.ema.europa.eu/rmswi', code: '100000072084', display: 'Medicinal product subject to medical prescription' }] };
  assert.deepEqual(legalStatusOf(withAnnexII('en', 'Medicinal product not subject to medical prescription.', { legalStatusOfSupply: coded })), coded);
  assert.equal(legalStatusInText('   '), null);
});
