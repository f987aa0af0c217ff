/**
 * Every page of the real corpus (../shared/ema/epar-pages) parsed and rendered: no page or meta
 * description shows EMA's Markdown as source, and every fact the pages carry (opinion status,
 * "not yet assigned" ATC codes, misprinted codes, species, reference numbers, patient safety,
 * topics, withdrawal information, developers) is kept. Each count is checked against a count
 * of the same thing in the raw files, so the test cannot pass by finding nothing. EMA's tables
 * (../shared/ema/tables) are checked too: roles by status, species, opinion status.
 * Skips, visibly, when ../shared is absent.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { companyRoleOf } from '../../domain/lifecycle.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import type { Medicine } from '../../domain/medicine.ts';
import { medicineDescription, medicinePage } from '../../features/medicines/medicine-page.template.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { sharedPath } from '../../../test/support/shared-corpus.ts';
import { rowAssertions } from '../ema-table/import-ema-table.ts';
import { readEmaTable, type EmaTable } from '../ema-table/read-ema-table.ts';
import { parseEparPage } from './parse-epar-page.ts';

const pagesDir = sharedPath('ema/epar-pages');
const tablesDir = sharedPath('ema/tables');

/** Literal Markdown a reader must never see: bold markers, a pipe table's separator row. */
const LITERAL_MARKDOWN = /\*\*|\|\s*:?-{3,}:?\s*\|/;

interface Page {
  file: string;
  raw: string;
  medicine: Medicine;
}

/** Files whose raw text matches, sorted. */
function matching(pages: Page[], re: RegExp): string[] {
  return pages.filter((p) => re.test(p.raw)).map((p) => p.file);
}

function files(pages: Page[], keep: (m: Medicine) => boolean): string[] {
  return pages.filter((p) => keep(p.medicine)).map((p) => p.file);
}

describe('facts of the EPAR page corpus', { skip: !pagesDir }, () => {
  const pages: Page[] = [];
  const failures: string[] = [];

  before(() => {
    for (const file of readdirSync(pagesDir!).filter((f) => f.endsWith('.md')).sort()) {
      const raw = readFileSync(path.join(pagesDir!, file), 'utf8');
      const outcome = parseEparPage(raw, { fileName: file });
      if (outcome.ok) pages.push({ file, raw, medicine: outcome.medicine });
      else failures.push(`${file}: ${outcome.error}`);
    }
  });

  test('every page parses', () => {
    assert.deepEqual(failures, []);
    assert.ok(pages.length > 1000, `${pages.length} pages`);
  });

  test('no page, in English or another language, and no meta description shows literal Markdown', () => {
    const offending: string[] = [];
    let withMarkdown = 0;
    pages.forEach(({ file, raw, medicine }, i) => {
      if (/\*\*|^\|/m.test(medicine.therapeuticIndication ?? '') || (medicine.overview.en?.sections ?? []).some((s) => /\*\*|^\|/m.test(s.body))) withMarkdown++;
      // Every language in turn, so all catalogues are exercised across the corpus.
      for (const lang of ['en', LANGUAGES[i % LANGUAGES.length]!] as const) {
        const page = medicinePage(createPageContext(lang, `/medicines/${medicine.category}/EPAR/${medicine.slug}`), medicine).value;
        const found = LITERAL_MARKDOWN.exec(page);
        if (found) offending.push(`${file} (${lang}): …${page.slice(Math.max(0, found.index - 60), found.index + 60)}…`);
      }
      const description = medicineDescription(medicine) ?? '';
      if (LITERAL_MARKDOWN.test(description) || /^\s*\|/.test(description)) offending.push(`${file} (meta description): ${description}`);
      assert.ok(raw.length > 0);
    });
    assert.deepEqual(offending, []);
    // The pages do carry Markdown in these texts (bold, lists, pipe tables): the check is not empty.
    assert.ok(withMarkdown > 50, `${withMarkdown} pages with Markdown in their indication or overview`);
  });

  test('every opinion status is kept, as a recognised value', () => {
    const raw = matching(pages, /\bOpinion status\**\s*(?:\n\s*-\s*)?\s*\S/);
    assert.ok(raw.length > 0);
    assert.deepEqual(files(pages, (m) => m.opinionStatus !== null), raw);
    for (const p of pages.filter((x) => x.medicine.opinionStatus !== null)) {
      const word = /\bOpinion status\**\s*(?:\n\s*-\s*)?\s*(\w+)/.exec(p.raw)![1]!.toLowerCase();
      assert.equal(p.medicine.opinionStatus, word, p.file);
    }
  });

  test('every "not yet assigned" ATC code is kept as such', () => {
    const raw = matching(pages, /\(ATC(?:vet)?\) code\**[\s:-]*Not (?:yet )?assigned/i);
    assert.ok(raw.length > 0);
    assert.deepEqual(files(pages, (m) => m.atcNotYetAssigned === true), raw);
    for (const f of raw) assert.deepEqual(pages.find((p) => p.file === f)!.medicine.atcCodes, [], f);
  });

  test('no ATC value is dropped: each page that gives one keeps codes, misprints or "not yet assigned"', () => {
    const raw = matching(pages, /\(ATC(?:vet)?\) code\**[\s:-]*\S/);
    assert.ok(raw.length > 1000);
    const lost = raw.filter((f) => {
      const m = pages.find((p) => p.file === f)!.medicine;
      return m.atcCodes.length === 0 && m.malformedAtcCodes.length === 0 && m.atcNotYetAssigned !== true;
    });
    assert.deepEqual(lost, []);
    // EMA's misprints are kept verbatim, never corrected.
    const misprinted = pages.flatMap((p) => p.medicine.malformedAtcCodes.map((c) => `${p.file}: ${c}`));
    assert.ok(misprinted.length > 0);
    for (const entry of misprinted) {
      const [file, code] = entry.split(': ') as [string, string];
      assert.ok(pages.find((p) => p.file === file)!.raw.includes(code), entry);
    }
  });

  test('every species a page lists is kept (the corpus has no veterinary page yet: the tables below carry the count)', () => {
    // The label inside the product details, in any layout ("Species Dogs", "- **Species**", "Species" alone).
    const details = (raw: string) => /^#{2,6} (?:Product details|Key facts)\n([\s\S]*?)(?=^#{2,6} (?!Pharmacotherapeutic|Therapeutic)|$(?![\s\S]))/m.exec(raw)?.[1] ?? '';
    const raw = pages.filter((p) => /(?:^|\s|\*\*)Species\**(?:\s|$)/m.test(details(p.raw))).map((p) => p.file);
    assert.deepEqual(files(pages, (m) => m.species.length > 0), raw);
  });

  test('every document reference number is kept as printed, whatever its form, and parsed when it can be', () => {
    const printed = /^(?:(?:Adopted|Draft|Superseded|Under review)\s+)?Reference\s+Number\s*:?\s*\S/gm;
    const rawCount = pages.reduce((n, p) => n + (p.raw.match(printed)?.length ?? 0), 0);
    const documents = pages.flatMap((p) => p.medicine.documents);
    const kept = documents.filter((d) => d.referenceText !== null);
    assert.ok(rawCount > 1000);
    assert.equal(kept.length, rawCount);
    // The non-standard forms that used to be dropped are kept and, where they are references, parsed.
    for (const form of ['EMA/470073/2024 Corr.', 'CPMP/1390/00', 'EMEA/CHMP/191695/2008-corr']) {
      const d = kept.find((x) => x.referenceText === form);
      assert.ok(d, form);
      assert.notEqual(d.referenceNumber, null, form);
    }
    assert.ok(documents.every((d) => d.referenceNumber === null || d.referenceText !== null));
  });

  test('the patient safety section, topics, withdrawal information and developers are kept', () => {
    assert.deepEqual(files(pages, (m) => m.patientSafety === true), matching(pages, /\]\(#patient-safety\)|^#{2,6} Patient safety/m));
    assert.deepEqual(files(pages, (m) => m.patientSafetyNews.length > 0), matching(pages, /^#{2,6} Patient safety information\n+\[/m));
    const topics = matching(pages, /^#{2,6} Topics\n+- \[/m);
    assert.ok(topics.length > 100);
    assert.deepEqual(files(pages, (m) => m.topics.length > 0), topics);
    const withdrawals = matching(pages, /^#{2,6} Related information on withdrawals\n+\w/m);
    assert.ok(withdrawals.length > 100);
    assert.deepEqual(files(pages, (m) => m.withdrawalInformation !== null), withdrawals);
    const developers = matching(pages, /(?:^|\s|\*\*)Developer\**\s/m);
    assert.ok(developers.length > 0);
    assert.deepEqual(files(pages, (m) => m.developer !== null), developers);
  });
});

describe('facts of the EMA tables', { skip: !tablesDir }, () => {
  const tables: { file: string; table: EmaTable }[] = [];

  before(async () => {
    for (const file of readdirSync(tablesDir!).filter((f) => /\.(xlsx|csv)$/.test(f)).sort()) {
      tables.push({ file, table: await readEmaTable(path.join(tablesDir!, file)) });
    }
  });

  test('the company column is the applicant for medicines never authorised, the holder once authorised, the developer of a rolling review', () => {
    let applicants = 0;
    let holders = 0;
    for (const { file, table } of tables) {
      for (const row of table.rows) {
        if (!row.status || !row.marketingAuthorisationHolder) continue;
        const a = rowAssertions(row);
        const role = companyRoleOf(row.status);
        const named = { holder: a.marketingAuthorisationHolder?.name ?? null, applicant: a.applicant ?? null, developer: a.developer ?? null };
        assert.deepEqual(named, { holder: null, applicant: null, developer: null, [role]: row.marketingAuthorisationHolder }, `${file}:${row.line}`);
        if (role === 'applicant') applicants++;
        if (role === 'holder') holders++;
      }
    }
    assert.ok(applicants > 100, `${applicants} applicants`);
    assert.ok(holders > 1000, `${holders} holders`);
  });

  test('species, opinion status, the patient safety marker and the ATC field are passed on as read', () => {
    let species = 0;
    let opinions = 0;
    let unassigned = 0;
    for (const { table } of tables) {
      for (const row of table.rows) {
        const a = rowAssertions(row);
        assert.deepEqual(a.species, row.species);
        assert.equal(a.opinionStatus, row.opinionStatus);
        assert.equal(a.patientSafety, row.patientSafety);
        assert.equal(a.atcNotYetAssigned, row.atcNotYetAssigned);
        assert.deepEqual(a.malformedAtcCodes, row.malformedAtcCodes);
        if (row.species.length > 0) species++;
        if (row.opinionStatus) opinions++;
        if (row.atcNotYetAssigned) unassigned++;
      }
    }
    assert.ok(species > 100 && opinions > 10 && unassigned > 0, `${species} rows with species, ${opinions} with an opinion status, ${unassigned} not yet assigned`);
    // EMA's "VO4D" (an O for a zero) stays as printed.
    assert.ok(tables.some(({ table }) => table.rows.some((r) => r.malformedAtcCodes.includes('VO4D'))));
  });
});
