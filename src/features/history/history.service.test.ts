import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { changeKinds } from '../../domain/change-kinds.ts';
import type { Change } from '../../domain/medicine-diff.ts';
import { diffMedicine } from '../../domain/medicine-diff.ts';
import { buildMedicine } from '../../../test/support/medicine-builder.ts';
import { summariseRevision, type RevisionEntry } from './history.service.ts';

function entry(changes: Change[], number = 2): RevisionEntry {
  return {
    medicine: { id: 1, slug: 'lumykras', name: 'Lumykras', productNumber: 'EMEA/H/C/005522', category: 'human' },
    number,
    entryId: null,
    backfilled: false,
    asOf: new Date('2026-03-14T00:00:00Z'),
    recordedAt: new Date('2026-03-15T10:00:00Z'),
    source: { kind: 'ema-table', reference: 'table.xlsx:12' },
    kinds: changeKinds(changes, number === 1),
    changes,
  };
}

const lumykras = buildMedicine();
const pi = lumykras.documents[0]!;

describe('summariseRevision', () => {
  test('says a status change with the statuses’ names', () => {
    assert.deepEqual(summariseRevision(entry([{ field: 'status', from: 'authorised', to: 'withdrawn' }]), 'en'), ['Status: Authorised → Withdrawn']);
  });

  test('speaks the page language where the catalogues have it', () => {
    const sv = summariseRevision(entry([{ field: 'status', from: 'authorised', to: 'withdrawn' }]), 'sv');
    assert.equal(sv.length, 1);
    assert.ok(!/Authorised|Withdrawn/.test(sv[0]!), sv[0]);
  });

  test('names a document by its type with the languages updated', () => {
    const changes = diffMedicine(lumykras, {
      ...lumykras,
      documents: [{ ...pi, languages: pi.languages.map((l) => (l.lang === 'sv' ? { ...l, lastUpdated: '2026-01-01' } : l)) }, lumykras.documents[1]!],
    });
    assert.deepEqual(summariseRevision(entry(changes), 'en'), ['Product information updated (sv)']);
  });

  test('lists new procedures by number, and counts presentations', () => {
    const procedure = { number: 'II/0010/G', otherNumbers: [], type: 'variation-ii' as const, typeLabel: null, scope: 'x', opinionDate: null, commissionDecisionDate: null, productInformationAffected: null, summary: null };
    const presentation = (n: string) => ({ euNumber: n, inventedName: 'Lumykras', strength: '120 mg', pharmaceuticalForm: 'Film-coated tablet', routeOfAdministration: null, immediatePackaging: null, content: null, packSize: '240 tablets' });
    const changes: Change[] = [
      { field: 'procedures[II/0010/G]', from: null, to: procedure },
      { field: 'presentations[EU/1/21/1603/001]', from: null, to: presentation('EU/1/21/1603/001') },
      { field: 'presentations[EU/1/21/1603/002]', from: null, to: presentation('EU/1/21/1603/002') },
    ];
    assert.deepEqual(summariseRevision(entry(changes), 'en'), ['New procedure II/0010/G', '2 presentations added']);
  });

  test('a holder change names both holders; a new flag and a date are named with their labels', () => {
    const changes: Change[] = [
      { field: 'marketingAuthorisationHolder.name', from: 'Diurnal Europe B.V.', to: 'Neurocrine Netherlands B.V.' },
      { field: 'marketingAuthorisationHolder.address', from: 'Leiden', to: 'Amsterdam' },
      { field: 'flags.orphan', from: null, to: true },
      { field: 'dates.withdrawal', from: null, to: '2023-05-03' },
    ];
    assert.deepEqual(summariseRevision(entry(changes), 'en'), [
      'Marketing authorisation holder: Diurnal Europe B.V. → Neurocrine Netherlands B.V.',
      'Address of the marketing authorisation holder: Leiden → Amsterdam',
      'Withdrawal of marketing authorisation: 3 May 2023',
      'Now marked: Orphan',
    ]);
  });

  test('a first revision is one line with the name and status, not a line per field', () => {
    const changes = diffMedicine(null, lumykras);
    assert.deepEqual(summariseRevision(entry(changes, 1), 'en'), ['First recorded: Lumykras, Authorised']);
  });

  test('a short field without a line of its own says both values with its label', () => {
    assert.deepEqual(summariseRevision(entry([{ field: 'atcCodes', from: ['L01XX73'], to: ['L01XX73', 'L01XX74'] }]), 'en'), [
      'Anatomical therapeutic chemical (ATC) code: L01XX73 → L01XX73, L01XX74',
    ]);
  });

  test('anything else is "Other details updated"', () => {
    assert.deepEqual(summariseRevision(entry([{ field: 'emaNodeId', from: 1, to: 2 }]), 'en'), ['Other details updated']);
  });
});
