/**
 * Reads every "All authorised presentations" document of the shared corpus
 * (`../shared/ema/presentations`, or under `$OPENEPAR_SHARED`); skips, saying so, where the corpus
 * is absent.
 *
 * Not every file can parse: 162 have no Markdown table at all (docling saw an image, or wrote the
 * rows as running text), and a dozen more are not presentations tables or print numbers that are
 * not EU numbers. Those failures are pinned below by file and reason, so that a new one fails the
 * test instead of hiding among them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SKIP_MESSAGE, sharedPath } from '../../test-support/shared-corpus.ts';
import { parsePresentations, type ParsePresentationsResult } from './parse-presentations.ts';

const dir = sharedPath('ema/presentations');

// Files that fail for reasons in the source, each with the start of its error.
const KNOWN_FAILURES: Record<string, string> = {
  // EMA's own slips in EU numbers: too short, a missing year, a one-digit year.
  'azopt-epar-all-authorised-presentations_en.md': 'line 21: "EU/1/00/129/01" is not an EU number',
  'hbvaxpro-epar-all-authorised-presentations_en.md': 'line 46: "EU/1/01/183/32" is not an EU number',
  'quintanrix-epar-all-authorised-presentations_en.md': 'line 21: "EU/1/4/301/001" is not an EU number',
  'truxima-epar-all-authorised-presentations_en.md': 'line 21: "EU/1/1167/001" is not an EU number',
  // Packs listed by EMEA procedure number instead of EU number.
  'mycamine-epar-all-authorised-presentations_en.md': 'line 21: "EMEA/H/C/734/001" is not an EU number',
  'trudexa-epar-all-authorised-presentations_en.md': 'line 28: "EMEA/H/C/000482/II/0030/ 007" is not an EU number',
  // docling cut the table into columns, or merged two of them, leaving no way to tell which is which.
  'bevespi-aerosphere-epar-all-authorised-presentations_en.md': 'line 21: a table of EU numbers in 6 column(s)',
  'irbesartan-bms-epar-all-authorised-presentations_en.md': 'line 21: a table of EU numbers in 1 column(s)',
  'pregabalin-zentiva-ks-epar-all-authorised-presentations_en.md': 'no presentations table',
  'repso-epar-all-authorised-presentations_en.md': 'no presentations table',
  // Another document under the presentations name: an assessment report, an SmPC.
  'clopidogrel-ratiopharm-epar-all-authorised-presentations_en.md': 'no presentations table',
  'prialt-epar-all-authorised-presentations_en.md': 'no presentations table',
};

if (dir === null) {
  test('parses the real presentations documents', (t) => {
    t.skip(SKIP_MESSAGE);
  });
} else {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const results = new Map<string, ParsePresentationsResult>(files.map((f) => [f, parsePresentations(texts.get(f)!, { fileName: f })]));

  test('parses every presentations document with a table, failing only where the source gives no table to read', () => {
    let rows = 0;
    let warnings = 0;
    let parsed = 0;
    const noTable: string[] = [];
    const otherFailures: Record<string, string> = {};
    for (const [file, r] of results) {
      if (r.ok) {
        parsed++;
        rows += r.presentations.length;
        warnings += r.warnings.length;
      } else if (r.error.startsWith('no table')) {
        noTable.push(file);
      } else {
        otherFailures[file] = r.error;
      }
    }
    console.log(
      `# presentations: ${files.length} files, ${parsed} parsed, ${rows} rows, ${warnings} warnings; ` +
        `${noTable.length} without a table, ${Object.keys(otherFailures).length} other failures`,
    );

    assert.equal(files.length, 1340);
    for (const file of noTable) {
      assert.ok(!/^\|/m.test(texts.get(file)!), `${file} has a table line but was read as having none`);
    }
    const withoutTables = files.filter((f) => !/^\|/m.test(texts.get(f)!));
    assert.deepEqual(noTable, withoutTables, 'exactly the files without a Markdown table fail with "no table"');
    assert.deepEqual(Object.keys(otherFailures).sort(), Object.keys(KNOWN_FAILURES).sort());
    for (const [file, start] of Object.entries(KNOWN_FAILURES)) {
      assert.ok(otherFailures[file]?.startsWith(start), `${file}: ${otherFailures[file]}`);
    }
    assert.ok(rows > 10000, `${rows} rows`);
    assert.ok(warnings < parsed / 4, `${warnings} warnings`);
  });

  test('gives every file one product: unique EU numbers sharing one EU/x/yy/nnn stem, and a name for each pack', () => {
    for (const [file, r] of results) {
      if (!r.ok) continue;
      const numbers = r.presentations.map((p) => p.euNumber);
      assert.equal(new Set(numbers).size, numbers.length, `${file}: duplicate EU numbers`);
      assert.equal(new Set(numbers.map((n) => n.split('/').slice(0, 4).join('/'))).size, 1, `${file}: ${numbers.join(' ')}`);
      assert.ok(r.presentations.every((p) => p.inventedName !== ''), `${file}: a pack without a name`);
      assert.match(r.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, file);
    }
  });

  test('reads Abasaglar as EMA lists it, and keeps the renamed document apart', () => {
    const r = results.get('abasaglar-epar-all-authorised-presentations_en.md');
    assert.ok(r?.ok);
    assert.equal(r.slug, 'abasaglar');
    assert.deepEqual(r.warnings, []);
    assert.deepEqual(
      r.presentations.map((p) => p.euNumber),
      ['EU/1/14/944/003', 'EU/1/14/944/007', 'EU/1/14/944/008', 'EU/1/14/944/009', 'EU/1/14/944/012', 'EU/1/14/944/013'],
    );
    assert.deepEqual(r.presentations[2], {
      euNumber: 'EU/1/14/944/008',
      inventedName: 'Abasaglar KwikPen',
      strength: '100 Units/ml',
      pharmaceuticalForm: 'Solution for injection',
      routeOfAdministration: 'Subcutaneous use',
      immediatePackaging: 'pre-filled pen (glass) (KwikPen, 1 to 60 unit injection)',
      content: '3 ml',
      packSize: '10 (2 x 5) pre-filled pens (multipack)',
    });
    const renamed = results.get('abasaglar-previously-abasria-epar-all-authorised-presentations_en.md');
    assert.ok(renamed?.ok);
    assert.equal(renamed.slug, 'abasaglar-previously-abasria');
  });

  test('divides the rows docling ran together (Adempas) and reads OCR-split numbers (Xbonzy)', () => {
    const adempas = results.get('adempas-epar-all-authorised-presentations_en.md');
    assert.ok(adempas?.ok);
    const p10 = adempas.presentations.find((p) => p.euNumber === 'EU/1/13/907/010');
    assert.equal(p10?.strength, '2 mg');
    assert.equal(p10?.packSize, '42 tablets');
    assert.equal(p10?.inventedName, 'Adempas');

    const xbonzy = results.get('xbonzy-epar-all-authorised-presentations_en.md');
    assert.ok(xbonzy?.ok);
    assert.ok(xbonzy.presentations.some((p) => p.euNumber === 'EU/1/25/1982/004'));
    assert.ok(xbonzy.warnings.some((w) => w.includes('"E U/ 1 / 25 / 1982 / 00 4" as EU/1/25/1982/004')));
  });
}
