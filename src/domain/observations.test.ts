import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareObservations, deriveRecord, sameWords, wordsOf, type Observation } from './observations.ts';

let next = 0;
function obs(kind: Observation['sourceKind'], asOf: string, fields: Record<string, unknown>, recorded = next): Observation {
  next++;
  return { id: `o${next}`, sourceKind: kind, sourceReference: `${kind}-${asOf}`, asOf: new Date(asOf), recordedAt: new Date(Date.UTC(2030, 0, 1, 0, 0, recorded)), fields };
}

const identity = { name: 'Lumykras', slug: 'lumykras', category: 'human', status: 'authorised' };

/** A deterministic shuffle, so a failure names the seed that found it. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the words of a value', () => {
  test('markup, bullets, whitespace and letter case are form, not words', () => {
    assert.equal(wordsOf('**Rheumatoid arthritis**\n\n- Kevzara is\tused'), wordsOf('rheumatoid arthritis Kevzara is used'));
    assert.ok(sameWords('Rheumatoid arthritis\n\nKevzara', 'Rheumatoid arthritisKevzara'));
    assert.ok(sameWords('<p>Treats <b>lung</b> cancer</p>', 'treats lung cancer'));
    assert.ok(sameWords(['a) first', 'b) second'], ['First', 'Second']));
  });

  test('different words, numbers or missing items are different values', () => {
    assert.ok(!sameWords('lung cancer', 'bowel cancer'));
    assert.ok(!sameWords('2 mg', '20 mg'));
    assert.ok(!sameWords(['a'], ['a', 'b']));
    assert.ok(!sameWords({ name: 'Amgen', address: null }, { name: 'Amgen', address: 'Breda' }));
    assert.ok(!sameWords(true, false));
  });
});

describe('a record derived from dated observations', () => {
  test('the newer source wins when the words differ, whatever the import order', () => {
    const table2018 = obs('ema-table', '2018-07-02', { ...identity, marketingAuthorisationHolder: { name: 'Old Holder B.V.', address: null } });
    const page2022 = obs('epar-page', '2022-03-31', { ...identity, marketingAuthorisationHolder: { name: 'Amgen Europe B.V.', address: 'Breda' } });
    const forward = deriveRecord([table2018, page2022]);
    const backward = deriveRecord([page2022, table2018]);
    assert.deepEqual(backward, forward);
    assert.equal(forward.current.marketingAuthorisationHolder?.name, 'Amgen Europe B.V.');
    assert.deepEqual(forward.entries.map((e) => e.observationId), [table2018.id, page2022.id]);
    assert.deepEqual(forward.entries[1]!.kinds, ['holder']);
  });

  test("a table's flattened copy of the page's words neither replaces the page's form nor counts as a change", () => {
    const rich = 'Kevzara is used for:\n\n- rheumatoid arthritis;\n- polymyalgia rheumatica.';
    const flat = 'Kevzara is used for: rheumatoid arthritis; polymyalgia rheumatica.';
    const page = obs('epar-page', '2024-01-10', { ...identity, therapeuticIndication: rich });
    const table = obs('ema-table', '2025-06-01', { ...identity, therapeuticIndication: flat, name: 'LUMYKRAS' });
    for (const order of [[page, table], [table, page]]) {
      const d = deriveRecord(order);
      assert.equal(d.current.therapeuticIndication, rich);
      assert.equal(d.entries.length, 1, 'only the first observation makes an entry: the rest is form');
    }
  });

  test('an older, less faithful source seen first is replaced in form by the page without an entry', () => {
    const table = obs('ema-table', '2018-01-01', { ...identity, therapeuticIndication: 'Lung cancerLumykras' });
    const page = obs('epar-page', '2020-01-01', { ...identity, therapeuticIndication: 'Lung cancer\n\nLumykras' });
    const d = deriveRecord([table, page]);
    assert.equal(d.current.therapeuticIndication, 'Lung cancer\n\nLumykras');
    assert.equal(d.entries.length, 1);
  });

  test('at the same date the more faithful source speaks last', () => {
    const a = obs('epar-page', '2026-03-14', { ...identity, status: 'withdrawn' }, 1);
    const b = obs('ema-table', '2026-03-14', { ...identity, status: 'authorised' }, 2);
    assert.equal(deriveRecord([a, b]).current.status, 'withdrawn');
    assert.equal(deriveRecord([b, a]).current.status, 'withdrawn');
    assert.ok(compareObservations(b, a) < 0);
  });

  test('the same observations in any order give the same history and record', () => {
    const statuses = ['authorised', 'suspended', 'authorised', 'withdrawn'];
    const holders = ['A B.V.', 'a b.v.', 'B GmbH', 'B GmbH', 'C S.A.'];
    const all: Observation[] = [];
    for (let y = 0; y < 12; y++) {
      const kind = (['ema-table', 'epar-page', 'presentations', 'editor'] as const)[y % 4]!;
      const fields: Record<string, unknown> = { ...identity, status: statuses[y % statuses.length] };
      if (y % 3 === 0) fields.marketingAuthorisationHolder = { name: holders[y % holders.length]!, address: null };
      if (y % 2 === 0) fields['dates.authorised'] = `20${10 + (y % 3)}-01-0${1 + (y % 5)}`;
      // Two observations share a date, so ties are exercised too.
      all.push(obs(kind, `20${15 + Math.floor(y / 2)}-0${1 + (y % 2) * 5}-01`, fields, y));
    }
    const expected = deriveRecord(all);
    assert.ok(expected.entries.length > 3);
    for (let seed = 1; seed <= 50; seed++) assert.deepEqual(deriveRecord(shuffled(all, seed)), expected, `seed ${seed}`);
  });

  test('a change to letter case only is not an entry', () => {
    const a = obs('epar-page', '2020-01-01', { ...identity, activeSubstance: 'Sotorasib' });
    const b = obs('epar-page', '2021-01-01', { ...identity, activeSubstance: 'sotorasib' });
    assert.equal(deriveRecord([a, b]).entries.length, 1);
  });

  test('observations that never name the medicine cannot make a record', () => {
    assert.throws(() => deriveRecord([obs('presentations', '2020-01-01', { presentations: [] })]), /name, slug, category and status/);
  });
});
