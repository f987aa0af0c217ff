import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPageContext } from '../../i18n/i18n.ts';
import { historyPage, sourceText } from './history-page.template.ts';
import { historyCatalogue } from '../../i18n/catalogues/history/index.ts';
import type { RecordedRevision } from './history.service.ts';

const medicine = { id: 1, slug: 'lumykras', name: 'Lumykras', productNumber: 'EMEA/H/C/005522', category: 'human' as const };
const revision = (n: number): RecordedRevision => ({
  id: n,
  medicine,
  number: n,
  entryId: `o${n}`,
  backfilled: false,
  asOf: new Date(Date.UTC(2020, 0, n)),
  recordedAt: new Date(Date.UTC(2020, 0, n)),
  source: { kind: 'ema-table', reference: 'x' },
  kinds: n === 1 ? ['created'] : ['other'],
  changes: n === 1 ? [{ field: 'status', from: null, to: 'authorised' }] : [{ field: 'revision', from: n - 1, to: n }],
});
const page = (numbers: number[], before: number | null, total: number) =>
  historyPage(createPageContext('en', '/x'), {
    medicine,
    revisions: numbers.map(revision),
    total,
    before,
    olderBefore: numbers.length === 20 && numbers.at(-1)! > 1 ? numbers.at(-1)! : null,
    heads: [],
    pageSize: 20,
  }).value;
const range = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);

describe('the history page', () => {
  test('pages through a long history newest first, with links both ways', () => {
    const first = page(range(45, 26), null, 45);
    assert.match(first, /Revisions 1–20 of 45/);
    assert.match(first, /href="\/en\/medicines\/human\/EPAR\/lumykras\/history\?before=26" rel="next"/);
    assert.doesNotMatch(first, /rel="prev"/);
    const second = page(range(25, 6), 26, 45);
    assert.match(second, /Revisions 21–40 of 45/);
    assert.match(second, /href="\/en\/medicines\/human\/EPAR\/lumykras\/history" rel="prev"/);
    assert.match(second, /history\?before=6" rel="next"/);
    const last = page(range(5, 1), 6, 45);
    assert.match(last, /Revisions 41–45 of 45/);
    assert.match(last, /history\?before=26" rel="prev"/);
    assert.doesNotMatch(last, /rel="next"/);
  });

  test('names the source with its date, or without one for an editor', () => {
    const h = historyCatalogue.get('en');
    const ctx = createPageContext('en', '/x');
    assert.equal(sourceText(ctx, h, { source: { kind: 'ema-table', reference: 'x' }, asOf: new Date('2026-03-14T00:00:00Z') }), 'EMA data table of 14 March 2026');
    assert.equal(sourceText(ctx, h, { source: { kind: 'editor', reference: 'anna' }, asOf: new Date('2026-03-14T00:00:00Z') }), 'OpenEPAR editor');
    assert.equal(sourceText(createPageContext('de', '/x'), historyCatalogue.get('de'), { source: { kind: 'ema-table', reference: 'x' }, asOf: new Date('2026-03-14T00:00:00Z') }).includes('14. März 2026'), true);
  });
});
