/**
 * Reads every "All authorised presentations" document of the shared corpus
 * (`../shared/ema/presentations`, or under `$OPENEPAR_SHARED`); skips, saying so, where the corpus
 * is absent.
 *
 * Every document with an EU number in it parses, the rows docling wrote as running text included,
 * except the few pinned below by file and reason; the others fail because there is nothing to read
 * (docling saw only an image). A new failure fails the test instead of hiding among them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SKIP_MESSAGE, sharedPath } from '../../../test/support/shared-corpus.ts';
import { scanEuNumbers } from './eu-numbers.ts';
import { parsePresentations, type ParsePresentationsResult } from './parse-presentations.ts';

const dir = sharedPath('ema/presentations');

// Files that fail for reasons in the source, each with the start of its error. A bad row alone
// does not fail a file (Trudexa's packs listed by procedure number are left out, its others read);
// these have no row that can be read.
const KNOWN_FAILURES: Record<string, string> = {
  // EMA's own slip in every EU number: the year is missing, and cannot be told.
  'truxima-epar-all-authorised-presentations_en.md': 'line 21: "EU/1/1167/001" is not an EU number',
  // Packs listed by EMEA procedure number instead of EU number.
  'mycamine-epar-all-authorised-presentations_en.md': 'line 21: "EMEA/H/C/734/001" is not an EU number',
  'vimizim-epar-all-authorised-presentations_en.md': 'no table: docling rendered the presentations as text, listed by EMEA procedure number',
  // The EU numbers are there, but not the name to read them with: docling printed "Pregabalin
  // Zentiva" where the product is Pregabalin Zentiva k.s.
  'pregabalin-zentiva-ks-epar-all-authorised-presentations_en.md':
    'no presentations table: none of the 1 tables has an EU number column or EU numbers; nor can the text be read as presentations: line 21: EU/1/15/1021/001 has no name',
  // No EU number at all: docling kept the names and strengths, and the rest of the page as an image.
  'repso-epar-all-authorised-presentations_en.md': 'no presentations table',
  // Another document under the presentations name: an assessment report, an SmPC of another product.
  'clopidogrel-ratiopharm-epar-all-authorised-presentations_en.md': 'no presentations table',
  'prialt-epar-all-authorised-presentations_en.md': 'no presentations table',
};

// Documents of an image only: no table, no EU number, nothing to read.
const IMAGE_ONLY = 54;

if (dir === null) {
  test('parses the real presentations documents', (t) => {
    t.skip(SKIP_MESSAGE);
  });
} else {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const results = new Map<string, ParsePresentationsResult>(files.map((f) => [f, parsePresentations(texts.get(f)!, { fileName: f })]));

  test('parses every presentations document with an EU number in it, failing only where the source gives nothing to read', () => {
    let rows = 0;
    let warnings = 0;
    let parsed = 0;
    const imageOnly: string[] = [];
    const failures: Record<string, string> = {};
    for (const [file, r] of results) {
      if (r.ok) {
        parsed++;
        rows += r.presentations.length;
        warnings += r.warnings.length;
      } else if (r.error.startsWith('no table: the document has no presentations table')) {
        imageOnly.push(file);
      } else {
        failures[file] = r.error;
      }
    }
    console.log(
      `# presentations: ${files.length} files, ${parsed} parsed, ${rows} rows, ${warnings} warnings; ` +
        `${imageOnly.length} image-only, ${Object.keys(failures).length} other failures`,
    );

    assert.equal(files.length, 1340);
    for (const file of imageOnly) {
      const text = texts.get(file)!;
      assert.ok(!/^\|/m.test(text) && scanEuNumbers(text).length === 0, `${file} has a table or an EU number but was read as an image`);
    }
    assert.equal(imageOnly.length, IMAGE_ONLY);
    assert.deepEqual(Object.keys(failures).sort(), Object.keys(KNOWN_FAILURES).sort());
    for (const [file, start] of Object.entries(KNOWN_FAILURES)) {
      assert.ok(failures[file]?.startsWith(start), `${file}: ${failures[file]}`);
    }
    assert.equal(parsed, 1340 - IMAGE_ONLY - Object.keys(KNOWN_FAILURES).length);
    assert.ok(rows > 11000, `${rows} rows`);
    assert.ok(warnings < parsed / 4, `${warnings} warnings`);
  });

  test('keeps every EU number of the documents docling wrote as text, each with a name', () => {
    let read = 0;
    for (const [file, r] of results) {
      const text = texts.get(file)!;
      if (!r.ok || /^\|/m.test(text)) continue;
      read++;
      const inText = new Set(text.split('\n').flatMap((l) => scanEuNumbers(l).flatMap((m) => (m.number ? [m.number] : []))));
      assert.deepEqual(r.presentations.map((p) => p.euNumber).sort(), [...inText].sort(), file);
    }
    assert.equal(read, 107);
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

  test('leaves out only the rows whose EU number is not one (Trudexa), naming each line', () => {
    const trudexa = results.get('trudexa-epar-all-authorised-presentations_en.md');
    assert.ok(trudexa?.ok);
    assert.deepEqual(
      trudexa.presentations.map((p) => p.euNumber),
      ['EU/1/03/257/001', 'EU/1/03/257/002', 'EU/1/03/257/003', 'EU/1/03/257/004', 'EU/1/03/257/005', 'EU/1/03/257/006'],
    );
    assert.deepEqual(trudexa.skipped.map((r) => [r.line, r.value]), [
      [28, 'EMEA/H/C/000482/II/0030/ 007'],
      [29, 'EMEA/H/C/000482/II/0030/ 008'],
      [30, 'EMEA/H/C/000482/II/0030/ 009'],
      [31, 'EMEA/H/C/000482/II/0030/ 010'],
    ]);
    const skipped = [...results].flatMap(([file, r]) => (r.ok ? r.skipped.map((s) => `${file}:${s.line}`) : []));
    console.log(`# presentations: ${skipped.length} rows left out for a bad EU number`);
    assert.equal(skipped.length, 4, 'no other document has a bad row');
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

  test('reads the rows docling wrote as running text (Harvoni) and column by column (Deferasirox Accord)', () => {
    const harvoni = results.get('harvoni-epar-all-authorised-presentations_en.md');
    assert.ok(harvoni?.ok);
    assert.deepEqual(harvoni.warnings, []);
    assert.deepEqual(harvoni.presentations[1], {
      euNumber: 'EU/1/14/958/002',
      inventedName: 'Harvoni',
      strength: '90 mg / 400 mg',
      pharmaceuticalForm: 'Film-coated tablet',
      routeOfAdministration: 'Oral use',
      immediatePackaging: 'bottle (HDPE)',
      content: null,
      packSize: '84 (3 x 28) tablets',
    });

    const deferasirox = results.get('deferasirox-accord-epar-all-authorised-presentations_en.md');
    assert.ok(deferasirox?.ok);
    assert.equal(deferasirox.presentations.length, 13);
    assert.deepEqual(deferasirox.presentations[12], {
      euNumber: 'EU/1/19/1412/013',
      inventedName: 'Deferasirox Accord',
      strength: '360 mg',
      pharmaceuticalForm: 'Film-coated tablet',
      routeOfAdministration: 'Oral use',
      immediatePackaging: 'blister (PVC/PE/PVDC/alu)',
      content: null,
      packSize: '300 x 1 tablets (unit dose)',
    });
    assert.ok(deferasirox.warnings.some((w) => w.includes('docling wrote the table column by column; 13 EU number(s)')));
  });

  test('leaves empty what a column cannot be matched to (Lyxumia), and names each pack where names differ (Insulin Human Winthrop)', () => {
    // Values before each number, in reverse column order: only the numbers and the name are sure.
    const lyxumia = results.get('lyxumia-epar-all-authorised-presentations_en.md');
    assert.ok(lyxumia?.ok);
    assert.equal(lyxumia.presentations.length, 5);
    for (const p of lyxumia.presentations) {
      assert.deepEqual([p.inventedName, p.strength, p.pharmaceuticalForm, p.packSize], ['Lyxumia', null, null, null]);
    }

    const insulin = results.get('insulin-human-winthrop-epar-all-authorised-presentations_en.md');
    assert.ok(insulin?.ok);
    const byNumber = new Map(insulin.presentations.map((p) => [p.euNumber, p]));
    assert.equal(byNumber.get('EU/1/06/368/003' as never)?.inventedName, 'Insulin Human Winthrop Basal');
    assert.equal(byNumber.get('EU/1/06/368/169' as never)?.routeOfAdministration, 'Subcutaneous or intravenous use');
  });

  test('reads EU numbers printed without leading zeros (Azopt, Quintanrix) and rows written as text between tables (Lyrica)', () => {
    const azopt = results.get('azopt-epar-all-authorised-presentations_en.md');
    assert.ok(azopt?.ok);
    assert.deepEqual(
      azopt.presentations.map((p) => p.euNumber),
      ['EU/1/00/129/001', 'EU/1/00/129/002', 'EU/1/00/129/003'],
    );
    assert.match(azopt.warnings[0]!, /^line 21: read "EU\/1\/00\/129\/01" as EU\/1\/00\/129\/001 \(a segment printed without its leading zeros\)$/);
    const quintanrix = results.get('quintanrix-epar-all-authorised-presentations_en.md');
    assert.ok(quintanrix?.ok);
    assert.equal(quintanrix.presentations[0]?.euNumber, 'EU/1/04/301/001');

    const lyrica = results.get('lyrica-epar-all-authorised-presentations_en.md');
    assert.ok(lyrica?.ok);
    const p44 = lyrica.presentations.find((p) => p.euNumber === 'EU/1/04/279/044');
    assert.deepEqual(
      [p44?.strength, p44?.pharmaceuticalForm, p44?.immediatePackaging, p44?.content, p44?.packSize],
      ['20 mg/ml', 'Oral solution', 'bottle (HDPE)', '473 ml', '1 bottle + 1 syringe + 1 bottle adapter'],
    );
    assert.ok(lyrica.warnings.includes('25 presentation(s) read from rows docling wrote as text between the tables'));
  });
}
