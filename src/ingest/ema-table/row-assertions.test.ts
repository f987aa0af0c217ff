import assert from 'node:assert/strict';
import { test } from 'node:test';
import { must, parseProductNumber } from '../../domain/identifiers.ts';
import { companyRoleOf } from '../../domain/lifecycle.ts';
import { emptyFlags, STATUSES, type Status } from '../../domain/medicine.ts';
import { companyRoleOfRow, rowAssertions } from './import-ema-table.ts';
import type { EmaTableRow } from './read-ema-table.ts';

/** A row of the 39-column table as the reader gives it (Kinselby's, in the 2026-03-14 table). */
function row(overrides: Partial<EmaTableRow> = {}): EmaTableRow {
  return {
    line: 1200,
    category: 'human',
    name: 'Kinselby',
    productNumber: must(parseProductNumber('EMEA/H/C/006259')),
    status: 'refused',
    opinionStatus: 'negative',
    inn: 'resminostat',
    activeSubstance: 'resminostat mesilate',
    therapeuticAreas: ['Mycosis Fungoides'],
    atcCodes: [],
    atcNotYetAssigned: null,
    malformedAtcCodes: [],
    species: [],
    pharmacotherapeuticGroup: null,
    therapeuticIndication: null,
    flags: emptyFlags(),
    patientSafety: false,
    marketingAuthorisationHolder: '4SC AG',
    dates: { opinionAdopted: '2025-05-22', refusal: '2025-07-21' },
    revision: 0,
    latestProcedure: null,
    firstPublished: null,
    lastUpdated: null,
    url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/kinselby',
    slug: 'kinselby',
    ...overrides,
  };
}

test("the table's developer / applicant / holder column takes the role EMA means at the row's status", () => {
  const expected: Record<Status, 'developer' | 'applicant' | 'holder'> = {
    'withdrawn-from-rolling-review': 'developer',
    'under-evaluation': 'applicant',
    opinion: 'applicant',
    'opinion-under-re-examination': 'applicant',
    refused: 'applicant',
    'application-withdrawn': 'applicant',
    authorised: 'holder',
    withdrawn: 'holder',
    suspended: 'holder',
    lapsed: 'holder',
    expired: 'holder',
    revoked: 'holder',
  };
  for (const status of STATUSES) {
    assert.equal(companyRoleOf(status), expected[status], status);
    const a = rowAssertions(row({ status }));
    const named = { holder: a.marketingAuthorisationHolder?.name ?? null, applicant: a.applicant ?? null, developer: a.developer ?? null };
    assert.deepEqual(named, { holder: null, applicant: null, developer: null, [expected[status]]: '4SC AG' }, status);
  }
});

test('a refused medicine is asserted with its applicant and no holder', () => {
  const a = rowAssertions(row());
  assert.equal(a.applicant, '4SC AG');
  assert.equal(a.marketingAuthorisationHolder, null);
});

test('without a readable status, the dates tell the role, and nothing is guessed when they cannot', () => {
  assert.equal(companyRoleOfRow({ status: null, dates: { marketingAuthorisationIssued: '2020-01-01' } }), 'holder');
  assert.equal(companyRoleOfRow({ status: null, dates: { refusal: '2020-01-01' } }), 'applicant');
  assert.equal(companyRoleOfRow({ status: null, dates: {} }), null);
  const a = rowAssertions(row({ status: null, dates: {} }));
  assert.equal(a.applicant, null);
  assert.equal(a.marketingAuthorisationHolder, null);
});

test('the opinion status, species, patient safety marker and the ATC field are asserted as the table gives them', () => {
  const a = rowAssertions(
    row({ category: 'veterinary', species: ['Cattle', 'Calves, newborn'], patientSafety: true, atcNotYetAssigned: false, malformedAtcCodes: ['VO4D'] }),
  );
  assert.equal(a.opinionStatus, 'negative');
  assert.deepEqual(a.species, ['Cattle', 'Calves, newborn']);
  assert.equal(a.patientSafety, true);
  assert.equal(a.atcNotYetAssigned, false);
  assert.deepEqual(a.malformedAtcCodes, ['VO4D']);
});
