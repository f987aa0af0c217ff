/**
 * EMA's real tables (`../shared/ema/tables`), rewritten inside the test the ways EMA's exports
 * have been seen to vary, must read to the very same rows: yes/no flags localised into other EU
 * languages, first-published dates wrapped in stray separators, date cells stored as date-times at
 * Amsterdam's local midnight, rows in another order. No mutated copy is kept: each is written to
 * a temporary folder and removed. Skips, saying so, where the corpus is absent.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { amsterdamMidnight } from '../../../test/support/amsterdam-midnight.ts';
import { copy, dataRows, headerText, loadSheet, plain, writeSheet, type Sheet, type Value } from '../../../test/support/ema-sheet.ts';
import { seededRandom, pick, shuffled } from '../../../test/support/seeded-random.ts';
import { SKIP_MESSAGE, sharedPath } from '../../../test/support/shared-corpus.ts';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database.ts';
import { loadConfig } from '../../config.ts';
import { FLAG_KEYS } from '../../domain/medicine.ts';
import { createServices, type Services } from '../../services.ts';
import { importEmaTables, rowAssertions } from './import-ema-table.ts';
import { LAYOUTS, readEmaTable, type EmaTable, type EmaTableLayout, type EmaTableRow } from './read-ema-table.ts';

const tablesDir = sharedPath('ema/tables');

/** The index of the layout column `key` in this sheet, whichever of its accepted headers the file uses. */
function columnOf(sheet: Sheet, layout: EmaTableLayout, key: string): number | undefined {
  const names = (LAYOUTS[layout] as Record<string, readonly string[] | undefined>)[key] ?? [];
  return names.map((n) => sheet.columns.get(n)).find((i) => i !== undefined);
}

const YES_NO_KEYS = [...FLAG_KEYS, 'patientSafety'];
const DATE_KEYS = [
  'opinionAdopted', 'marketingAuthorisationIssued', 'refusal', 'applicationWithdrawn', 'suspension', 'commissionDecision',
  'rollingReviewStarted', 'evaluationStarted', 'authorisationEnded', 'firstPublished', 'lastUpdated',
];

// "Yes" and "no" as translated exports write them; one language per row, so a column mixes them.
const LOCALISED: [string, string][] = [
  ['Ja', 'Nein'], ['Sì', 'No'], ['Tak', 'Nie'], ['Ναι', 'Όχι'], ['Igen', 'Nem'], ['KYLLÄ', 'EI'], ['sim', 'não'], ['Да', 'Не'], ['Tá', 'Níl'], ['Jā', 'Nē'],
];

/** (a) Every yes/no flag in another EU language. Returns how many cells were rewritten. */
function localiseFlags(sheet: Sheet, layout: EmaTableLayout, rnd: () => number): number {
  let n = 0;
  const cols = YES_NO_KEYS.map((k) => columnOf(sheet, layout, k)).filter((c) => c !== undefined);
  for (const row of dataRows(sheet)) {
    const [yes, no] = pick(rnd, LOCALISED);
    for (const c of cols) {
      const v = plain(row[c] ?? null).trim().toLowerCase();
      if (v === 'yes' || v === 'no') {
        row[c] = v === 'yes' ? yes : no;
        n++;
      }
    }
  }
  return n;
}

const NOISE: ((date: string) => string)[] = [(d) => `, , ${d}, ,`, (d) => ` ;${d}; `, (d) => `"${d}"`, (d) => `${d} 00:00`, (d) => `| ${d} |`, (d) => `,${d},`];
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');
/** The calendar date a cell of EMA's shows: a date cell's wall-clock day, or dd/mm/yyyy text. */
function shownDate(v: Value): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(plain(v).trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/** (b) Every first-published date as text wrapped in stray separators. */
function noisyFirstPublished(sheet: Sheet, layout: EmaTableLayout, rnd: () => number): number {
  const c = columnOf(sheet, layout, 'firstPublished')!;
  let n = 0;
  for (const row of dataRows(sheet)) {
    const iso = shownDate(row[c] ?? null);
    if (iso === null) continue;
    row[c] = pick(rnd, NOISE)(ddmmyyyy(iso));
    n++;
  }
  return n;
}

/** (c) Every date as a date-time cell at Amsterdam's local midnight (the UTC instant, as such tools store it). */
function amsterdamDateTimes(sheet: Sheet, layout: EmaTableLayout): number {
  let n = 0;
  for (const key of DATE_KEYS) {
    const c = columnOf(sheet, layout, key);
    if (c === undefined) continue;
    for (const row of dataRows(sheet)) {
      const iso = shownDate(row[c] ?? null);
      if (iso === null) continue;
      row[c] = amsterdamMidnight(iso);
      n++;
    }
  }
  return n;
}

/** (d) The data rows in another order. */
function shuffleRows(sheet: Sheet, rnd: () => number): number {
  const head = sheet.rows.slice(0, sheet.headerIndex + 1);
  const body = dataRows(sheet);
  sheet.rows = [...head, ...shuffled(rnd, body)];
  return body.length;
}

const withoutLine = ({ line: _, ...rest }: EmaTableRow) => rest;
const warningKey = (w: EmaTable['warnings'][number]) => `${w.field} | ${w.column} | ${w.value} | ${w.message}`;

/** The mutated table reads to the original's rows (and what is imported from them), warnings and date. */
function assertSameTable(original: EmaTable, mutated: EmaTable, label: string): void {
  assert.deepEqual(mutated.errors, [], `${label}: no row rejected`);
  assert.equal(mutated.snapshotDate, original.snapshotDate);
  assert.equal(mutated.rows.length, original.rows.length, `${label}: every row read`);
  const byNumber = new Map(mutated.rows.map((r) => [r.productNumber, r]));
  const differing: string[] = [];
  for (const row of original.rows) {
    const other = byNumber.get(row.productNumber);
    if (!other) differing.push(`${row.productNumber} missing`);
    else if (JSON.stringify(withoutLine(other)) !== JSON.stringify(withoutLine(row))) differing.push(row.productNumber);
    else assert.deepEqual(rowAssertions(other), rowAssertions(row));
  }
  if (differing.length > 0) {
    const first = original.rows.find((r) => r.productNumber === differing[0]);
    const other = first && byNumber.get(first.productNumber);
    assert.deepEqual(other && withoutLine(other), first && withoutLine(first), `${label}: ${differing.length} rows differ (${differing.slice(0, 5).join(', ')})`);
    assert.fail(`${label}: ${differing.length} rows differ (${differing.slice(0, 5).join(', ')})`);
  }
  assert.deepEqual(mutated.warnings.map(warningKey).sort(), original.warnings.map(warningKey).sort(), `${label}: warnings only where the original has them`);
}

if (tablesDir === null) {
  test('reads mutated copies of the real EMA tables to the same rows', (t) => {
    t.skip(SKIP_MESSAGE);
  });
} else {
  const files = (await readdir(tablesDir)).filter((f) => f.endsWith('.xlsx')).sort();

  describe('mutated copies of the real EMA tables read to the same rows', () => {
    let dir = '';
    before(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'openepar-mutated-tables-'));
    });
    after(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    for (const [index, file] of files.entries()) {
      test(`${file}: localised flags, dates in noise, Amsterdam date-times and shuffled rows each read as the original`, async () => {
        const source = path.join(tablesDir, file);
        const original = await readEmaTable(source);
        const sheet = await loadSheet(source);
        const layout = original.layout;
        const rnd = seededRandom(1000 + index);
        const mutations: [string, (s: Sheet) => number][] = [
          ['localised flags', (s) => localiseFlags(s, layout, rnd)],
          ['first-published dates in noise', (s) => noisyFirstPublished(s, layout, rnd)],
          ['date-times at Amsterdam midnight', (s) => amsterdamDateTimes(s, layout)],
          ['shuffled rows', (s) => shuffleRows(s, rnd)],
        ];
        for (const [label, mutate] of mutations) {
          const mutated = copy(sheet);
          const changed = mutate(mutated);
          assert.ok(changed > 100, `${label}: ${changed} cells or rows changed, so the test tests something`);
          const out = path.join(dir, `${label.replace(/\W+/g, '-')}-${file}`);
          await writeSheet(mutated, out);
          assertSameTable(original, await readEmaTable(out), `${file}, ${label}`);
          await rm(out);
        }

        // All at once, and one cell no reader could make sense of.
        const all = copy(sheet);
        for (const [, mutate] of mutations) mutate(all);
        const orphan = columnOf(all, layout, 'orphan')!;
        const target = dataRows(all)[7]!;
        target[orphan] = 'Vielleicht';
        const out = path.join(dir, `all-${file}`);
        await writeSheet(all, out);
        const mutated = await readEmaTable(out);
        const line = all.rows.indexOf(target) + 1;
        const extra = mutated.warnings.filter((w) => !original.warnings.some((o) => warningKey(o) === warningKey(w)));
        assert.deepEqual(
          extra.map(({ line, column, value, field }) => ({ line, column, value, field })),
          [{ line, column: 'Orphan medicine', value: 'Vielleicht', field: 'flags.orphan' }],
          'exactly one warning, for the unreadable cell',
        );
        const row = mutated.rows.find((r) => r.line === line);
        assert.ok(row, 'the row with the unreadable cell is imported');
        assert.equal(row.flags.orphan, null, 'its unreadable flag is left to other sources');
        const { flags: _, ...rest } = withoutLine(row);
        const before = original.rows.find((r) => r.productNumber === row.productNumber)!;
        const { flags: __, ...restBefore } = withoutLine(before);
        assert.deepEqual(rest, restBefore, 'the rest of the row reads as in the original');
        assert.deepEqual({ ...row.flags, orphan: before.flags.orphan }, before.flags);
      });
    }
  });

  describe('importing a slice of a real table with one unreadable cell', () => {
    let database: TestDatabase;
    let services: Services;
    let dir = '';
    before(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'openepar-mutated-import-'));
      database = await openTestDatabase('pglite');
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
    });
    after(async () => {
      await database.dispose();
      await rm(dir, { recursive: true, force: true });
    });

    test('imports every row, and reports the cell once with file, row, column and value', async () => {
      const newest = files.at(-1)!;
      const sheet = await loadSheet(path.join(tablesDir, newest));
      const layout: EmaTableLayout = '39-column';
      const slice: Sheet = { ...sheet, rows: sheet.rows.slice(0, sheet.headerIndex + 1 + 30).map((r) => [...r]) };
      localiseFlags(slice, layout, seededRandom(3));
      noisyFirstPublished(slice, layout, seededRandom(4));
      amsterdamDateTimes(slice, layout);
      const target = dataRows(slice)[4]!;
      const orphan = columnOf(slice, layout, 'orphan')!;
      target[orphan] = 'Forse';
      const file = path.join(dir, 'slice.xlsx');
      await writeSheet(slice, file);

      const summary = await importEmaTables(services.writer, [file]);
      assert.deepEqual(summary.errors, []);
      assert.equal(summary.failed, 0);
      assert.equal(summary.imported, 30, 'every row imported');
      assert.deepEqual(summary.warnings, [
        { file, row: slice.rows.indexOf(target) + 1, column: 'Orphan medicine', value: 'Forse', message: '"Forse" is not yes or no; left empty' },
      ]);
      const number = plain(target[columnOf(slice, layout, 'productNumber')!]!).trim();
      const medicine = await services.medicines.get(number);
      assert.ok(medicine, `${number} is in the catalogue`);
      assert.equal(medicine.flags.orphan, null, 'the unreadable flag is left empty');
    });
  });
}
