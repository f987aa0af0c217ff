/**
 * The whole real corpus through the importer into a real database, then checked against
 * EMA's own data table: the two publications must agree on the facts both carry.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { createServices, type Services } from '../../services.ts';
import type { Medicine } from '../../domain/medicine.ts';
import { readEmaTable, type EmaTableRow } from '../ema-table/read-ema-table.ts';
import { sharedPath } from '../../../test/support/shared-corpus.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { openImportedEparPages } from '../../../test/support/imported-corpus.ts';
import { importEparPages } from './import-epar-pages.ts';

const pagesDir = sharedPath('ema/epar-pages');
const tablesDir = sharedPath('ema/tables');

// Two medicines were renamed and EMA keeps a page under the old and the new name; both carry
// the same product number, so 1,625 pages make 1,623 medicines.
const RENAMED = [
  ['atazanavir-mylan', 'atazanavir-viatris'],
  ['rivaroxaban-koanaa', 'svariya'],
];

/**
 * Differences between the 2026-03-14 table and pages EMA had not updated after it (pages
 * updated later are explained by that alone). Each is a real difference between EMA's two
 * publications, checked by hand against both.
 */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'EMEA/H/C/006612 status': 'the page was captured at the CHMP opinion (Nov 2025); the Commission authorised it before the table was generated',
  'EMEA/H/C/004644 holder': 'the authorisation moved from Mylan Pharmaceuticals Limited to Viatris Limited; the table has the new holder, the page not yet',
  'EMEA/H/C/005282 marketingAuthorisationIssued': 'application withdrawn (page: withdrawal of application 08/05/2020); the table puts a date in its authorisation column for a medicine never authorised',
  'EMEA/H/C/004736 marketingAuthorisationIssued': 'application withdrawn (page: withdrawal of application 22/06/2018); the table puts a date in its authorisation column for a medicine never authorised',
  'EMEA/H/C/002600 flags.conditionalApproval': 'application withdrawn in 2013: never authorised, so not conditionally; the table says yes',
  'EMEA/H/C/005783 flags.conditionalApproval': "the page still shows the 'Conditional approval' notice; the table has it converted to a standard authorisation",
  'EMEA/H/C/005907 flags.advancedTherapy': 'the table classifies Aucatzyl (a CAR-T cell therapy) as an advanced therapy; the page does not show the notice',
  'EMEA/H/C/001207 flags.additionalMonitoring': "the page still shows the 'additional monitoring' notice; the table has it removed",
};

/**
 * EMA's page stops showing the additional-monitoring notice once a medicine is no longer
 * authorised (withdrawn, expired, ...); the table keeps the flag it last had.
 */
function explainedByRule(m: Medicine, field: string, page: unknown, table: unknown): boolean {
  return field === 'flags.additionalMonitoring' && m.status !== 'authorised' && page === false && table === true;
}

function substances(s: string | null): string {
  return (s ?? '').toLowerCase().split(/\s*(?:;|\/)\s*/).map((x) => x.trim()).filter(Boolean).sort().join(' + ');
}

// "N.V. Organon" and "Organon N.V." name one company; compare the words, not their order.
function company(s: string | null): string {
  return (s ?? '').toLowerCase().replace(/&amp;/g, '&').split(/[^\p{L}\p{N}]+/u).filter(Boolean).sort().join(' ');
}

function comparisons(m: Medicine, row: EmaTableRow): [string, unknown, unknown][] {
  const out: [string, unknown, unknown][] = [
    ['productNumber', m.productNumber, row.productNumber],
    ['status', m.status, row.status],
    ['inn', substances(m.inn), substances(row.inn)],
    ['atcCodes', [...m.atcCodes].sort().join(' '), [...row.atcCodes].sort().join(' ')],
    // The table's one column names the developer, the applicant or the holder, by status; the page labels each.
    ['holder', company(m.marketingAuthorisationHolder?.name ?? m.applicant ?? m.developer), company(row.marketingAuthorisationHolder)],
    ['marketingAuthorisationIssued', m.dates.marketingAuthorisationIssued, row.dates.marketingAuthorisationIssued ?? null],
  ];
  for (const [flag, value] of Object.entries(row.flags)) {
    if (value !== null) out.push([`flags.${flag}`, m.flags[flag as keyof Medicine['flags']], value]);
  }
  return out;
}

describe('the EPAR page corpus', { skip: !pagesDir || !tablesDir }, () => {
  for (const kind of testDatabaseKinds()) {
    describe(`imported into ${kind}`, () => {
      let database: TestDatabase;
      let services: Services;
      let seconds = 0;
      let summary: Awaited<ReturnType<typeof importEparPages>>;

      before(async () => {
        let note = '';
        if (kind === 'pglite') {
          // The shared import is this suite's import: the search suite starts from the same
          // database, and whichever runs first imports for both (see imported-corpus.ts).
          const corpus = await openImportedEparPages(pagesDir!);
          ({ database, summary, seconds } = corpus);
          if (!corpus.builtHere) note = ` (the shared import of ${corpus.builtAt})`;
        } else {
          database = await openTestDatabase(kind);
        }
        services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database: database });
        if (kind !== 'pglite') {
          const started = performance.now();
          summary = await importEparPages(services.writer, [pagesDir!]);
          seconds = (performance.now() - started) / 1000;
        }
        console.log(`# ${kind}: imported ${readdirSync(pagesDir!).length} pages in ${seconds.toFixed(1)} s${note}`);
      });
      after(async () => {
        await database?.dispose();
      });

      test('every page imports, and re-importing a page changes nothing', async () => {
        assert.deepEqual(summary.errors, []);
        assert.equal(summary.imported + summary.updated, readdirSync(pagesDir!).length);
        assert.equal(summary.updated, RENAMED.length);
        const again = await importEparPages(services.writer, [path.join(pagesDir!, 'lumykras.md'), path.join(pagesDir!, 'keytruda.md')]);
        assert.deepEqual({ ...again, errors: again.errors.length }, { imported: 0, updated: 0, unchanged: 2, failed: 0, errors: 0 });
      });

      test('a renamed medicine keeps one record under its newer page', async () => {
        for (const [, newer] of RENAMED) assert.ok(await services.medicines.get(newer!), newer);
      });

      test('the pages agree with EMA\'s 2026 data table on the facts both carry', { skip: kind !== 'pglite' && 'checked once, on the embedded database' }, async () => {
        const file = readdirSync(tablesDir!).filter((f) => f.startsWith('2026-03-14')).map((f) => path.join(tablesDir!, f))[0]!;
        const table = await readEmaTable(file);
        const snapshot = table.snapshotDate!;
        let total = 0;
        let agree = 0;
        let newerPage = 0;
        let byRule = 0;
        const unexplained: string[] = [];
        for (const row of table.rows) {
          const m = await services.medicines.get(row.productNumber);
          if (!m) continue;
          for (const [field, page, tab] of comparisons(m, row)) {
            total++;
            if (page === tab) {
              agree++;
              continue;
            }
            const key = `${row.productNumber} ${field}`;
            if (m.dates.pageLastUpdated && m.dates.pageLastUpdated > snapshot) newerPage++;
            else if (explainedByRule(m, field, page, tab)) byRule++;
            else if (!KNOWN_DIFFERENCES[key]) unexplained.push(`${key} (${m.slug}): page ${JSON.stringify(page)}, table ${JSON.stringify(tab)}`);
          }
        }
        // A page EMA updated after the table was generated cannot be expected to agree with it,
        // so the rate that is held to 99.5% leaves those comparisons out; both are printed.
        const rate = (agree / (total - newerPage)) * 100;
        console.log(`# agreement with ${path.basename(file)}: ${agree}/${total - newerPage} = ${rate.toFixed(2)}% of comparisons on pages not updated since the table (${((agree / total) * 100).toFixed(2)}% of all ${total}, where ${newerPage} differences are on pages updated after it); ${byRule} additional-monitoring flags on medicines no longer authorised; ${Object.keys(KNOWN_DIFFERENCES).length} known differences`);
        for (const line of unexplained) console.log(`#   unexplained: ${line}`);
        assert.ok(rate >= 99.5, `agreement ${rate.toFixed(2)}% is below 99.5%`);
        assert.deepEqual(unexplained, []);
      });
    });
  }
});
