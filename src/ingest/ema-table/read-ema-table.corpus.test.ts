/**
 * Reads EMA's real "medicines output" tables from the shared folder beside the project
 * (`../shared/ema/tables`, or under `$OPENEPAR_SHARED`). A fresh clone has no such folder, so the
 * tests skip there, saying so; CI has it and must pass them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SKIP_MESSAGE, sharedPath } from '../../../test/support/shared-corpus.ts';
import { readEmaTable, type EmaTable, type EmaTableLayout } from './read-ema-table.ts';

const tablesDir = sharedPath('ema/tables');

// The snapshots, by the date in their file names; the layout must come from the header, not the name.
const SNAPSHOTS: Record<string, EmaTableLayout> = {
  '2022-11-17': '30-column',
  '2023-12-05': '30-column',
  '2025-02-12': '39-column',
  '2026-03-14': '39-column',
};

const cache = new Map<string, Promise<EmaTable>>();
function snapshot(date: string): Promise<EmaTable> {
  let table = cache.get(date);
  if (!table) {
    const dir = tablesDir!;
    const file = readdirSync(dir).find((f) => f.startsWith(date) && f.endsWith('.xlsx'));
    assert.ok(file, `no table for ${date} in ${dir}`);
    table = readEmaTable(join(dir, file));
    cache.set(date, table);
  }
  return table;
}

if (tablesDir === null) {
  test('reads the real EMA medicines tables', (t) => {
    t.skip(SKIP_MESSAGE);
  });
} else {
  test('reads every real table with zero errors and plausible counts', async () => {
    for (const [date, layout] of Object.entries(SNAPSHOTS)) {
      const table = await snapshot(date);
      const count = (category: string) => table.rows.filter((r) => r.category === category).length;
      console.log(
        `# ${date}: ${table.layout}, ${table.rows.length} rows (${count('human')} human, ${count('veterinary')} veterinary), ` +
          `${table.errors.length} errors, ${table.warnings.length} warnings`,
      );
      for (const w of table.warnings) console.log(`#   line ${w.line} ${w.field}: ${w.message}`);

      assert.deepEqual(table.errors, [], `${date} reads without errors`);
      assert.equal(table.layout, layout);
      assert.equal(table.snapshotDate, date, 'the banner date matches the file name');
      assert.ok(table.rows.length > 1900 && table.rows.length < 4000, `${date}: ${table.rows.length} rows`);
      assert.ok(count('veterinary') > 250, `${date}: veterinary rows`);
      assert.equal(new Set(table.rows.map((r) => r.productNumber)).size, table.rows.length, 'product numbers are unique');
      assert.ok(table.rows.every((r) => r.url?.includes(`/medicines/${r.category}/`)), 'URLs match categories');
      // Known slips only: EMA's ATC typos (L01XE3, LX1XX02) and the status-less Aplidin placeholder.
      assert.ok(table.warnings.length <= 3, `${date}: ${table.warnings.length} warnings`);
    }
  });

  test('finds Lumykras (EMEA/H/C/005522) in the 2026 table as EMA describes it', async () => {
    const lumykras = (await snapshot('2026-03-14')).rows.find((r) => r.productNumber === 'EMEA/H/C/005522');
    assert.ok(lumykras);
    assert.equal(lumykras.name, 'Lumykras');
    assert.equal(lumykras.category, 'human');
    assert.equal(lumykras.status, 'authorised');
    assert.equal(lumykras.inn, 'sotorasib');
    assert.equal(lumykras.activeSubstance, 'sotorasib');
    assert.deepEqual(lumykras.atcCodes, ['L01XX73']);
    assert.deepEqual(lumykras.therapeuticAreas, ['Carcinoma, Non-Small-Cell Lung']);
    assert.equal(lumykras.pharmacotherapeuticGroup, 'Antineoplastic agents');
    assert.equal(lumykras.marketingAuthorisationHolder, 'Amgen Europe B.V.');
    assert.equal(lumykras.dates.marketingAuthorisationIssued, '2022-01-06');
    assert.equal(lumykras.dates.opinionAdopted, '2021-11-11');
    assert.equal(lumykras.flags.conditionalApproval, true);
    assert.equal(lumykras.flags.additionalMonitoring, true);
    assert.equal(lumykras.flags.orphan, false);
    assert.equal(lumykras.revision, 6);
    assert.equal(lumykras.latestProcedure, 'II/0010/G');
    assert.equal(lumykras.firstPublished, '2021-11-10');
    assert.equal(lumykras.slug, 'lumykras');
    assert.match(lumykras.therapeuticIndication ?? '', /KRAS G12C/);
  });

  test('reads Excel serial dates to the same days as the text dates of the later layout', async () => {
    const older = await snapshot('2023-12-05');
    const newer = new Map((await snapshot('2025-02-12')).rows.map((r) => [r.productNumber, r]));
    let same = 0;
    let different = 0;
    for (const row of older.rows) {
      const a = row.dates.marketingAuthorisationIssued;
      const b = newer.get(row.productNumber)?.dates.marketingAuthorisationIssued;
      if (a && b) a === b ? same++ : different++;
    }
    console.log(`# marketing authorisation dates, 2023-12-05 vs 2025-02-12: ${same} agree, ${different} differ`);
    // EMA corrected a handful of dates between the two snapshots; a conversion slip would shift hundreds.
    assert.ok(same > 1800 && different < 10);

    const lumykras = (await snapshot('2022-11-17')).rows.find((r) => r.productNumber === 'EMEA/H/C/005522');
    assert.equal(lumykras?.dates.marketingAuthorisationIssued, '2022-01-06');
    assert.equal(lumykras?.dates.opinionAdopted, '2021-11-11');
    assert.equal(lumykras?.marketingAuthorisationHolder, 'Amgen Europe BV');
    assert.equal(lumykras?.flags.conditionalApproval, true);
    assert.equal(lumykras?.flags.prime, null, 'the 30-column layout has no PRIME column');
  });

  test('reads veterinary rows with their species and ATCvet codes', async () => {
    const bovilis = (await snapshot('2022-11-17')).rows.find((r) => r.productNumber === 'EMEA/V/C/000148');
    assert.equal(bovilis?.category, 'veterinary');
    assert.equal(bovilis?.status, 'withdrawn');
    assert.deepEqual(bovilis?.species, ['Sheep', 'Cattle']);
    assert.deepEqual(bovilis?.atcCodes, ['QI04AA02']);

    const versiguard = (await snapshot('2026-03-14')).rows.find((r) => r.productNumber === 'EMEA/V/C/005988');
    assert.equal(versiguard?.status, 'application-withdrawn');
    assert.deepEqual(versiguard?.species, ['Mink']);
    assert.deepEqual(versiguard?.atcCodes, ['QI20CX'], 'the code EMA repeats in the human ATC column counts once');
  });

  test("copes with the real tables' slips: a renamed column, a missing slash, a row without status", async () => {
    const latest = await snapshot('2026-03-14');
    assert.ok(latest.rows.filter((r) => r.flags.generic).length > 300, 'the 2026 "Generic" column is read as the generic flag');
    assert.equal(latest.rows.find((r) => r.productNumber === 'EMEA/H/C/005201')?.name, 'Hydrocortisone Aguettant');

    const early = await snapshot('2022-11-17');
    assert.ok(early.warnings.some((w) => w.field === 'status' && w.message.includes('Aplidin')));
    assert.ok(!early.rows.some((r) => r.productNumber === 'EMEA/H/C/004354'));
  });
}
