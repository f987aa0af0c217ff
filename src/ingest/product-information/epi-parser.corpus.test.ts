/**
 * Every ePI in ../shared/ema/fhir-epi, read as it is and after mutations, then imported with
 * `openepar import product-information` into a catalogue holding EMA's table rows and authorised
 * presentations of the products they name: the output lists per file whether it was stored (under
 * which medicine, matched by which evidence) or reported (and why).
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../config.ts';
import { parsePresentations } from '../presentations/parse-presentations.ts';
import { walkSections } from '../../domain/product-information.ts';
import { createServices, type Services } from '../../services.ts';
import { sharedPath } from '../../../test/support/shared-corpus.ts';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database.ts';
import { readEmaTables, writeEmaTables } from '../ema-table/import-ema-table.ts';
import { emptySummary, type ImportSummary } from '../import-runner.ts';
import { parseEpi, type EpiDocument, type EpiList } from './epi-parser.ts';
import { importProductInformation } from './import-product-information.ts';
import { resolveEpiMedicine } from './resolve-epi-medicine.ts';

const EPI = sharedPath('ema/fhir-epi');
const PRESENTATIONS = sharedPath('ema/presentations');
const TABLES = sharedPath('ema/tables');

async function corpusFiles(): Promise<string[]> {
  const out: string[] = [];
  for (const sub of ['xml', 'json']) {
    const dir = path.join(EPI!, sub);
    for (const f of (await readdir(dir)).sort()) out.push(path.join(dir, f));
  }
  return out;
}

describe('the ePI corpus', { skip: !EPI }, () => {
  const parsed = new Map<string, EpiDocument[]>();
  const lists: EpiList[] = [];

  before(async () => {
    for (const file of await corpusFiles()) {
      const r = parseEpi(await readFile(file), path.basename(file));
      assert.ok(r.ok, r.ok ? '' : r.error);
      parsed.set(file, r.documents);
      lists.push(...r.lists);
    }
  });

  test('every file reads: each EMA collection gives its SmPC with sections 1 to 10 and its leaflet with sections 1 to 6', () => {
    let documents = 0;
    let sections = 0;
    for (const [file, docs] of parsed) {
      documents += docs.length;
      for (const { document } of docs) {
        sections += [...walkSections(document)].length;
        for (const annex of document.annexes) {
          const top = annex.sections.map((s) => s.key);
          if (annex.kind === 'smpc') assert.deepEqual(top, ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], `${file}: SmPC sections`);
          if (annex.kind === 'leaflet') assert.deepEqual(top, ['1', '2', '3', '4', '5', '6'], `${file}: leaflet sections`);
        }
        if (file.endsWith('.xml')) {
          assert.deepEqual(document.annexes.map((a) => a.kind), ['smpc', 'leaflet'], file);
          const smpcKeys = [...walkSections(document)].filter((s) => s.annex === 'smpc').map((s) => s.section.key);
          for (const key of ['4.1', '4.2', '4.3', '4.4', '4.8', '6.6']) assert.ok(smpcKeys.includes(key), `${file}: SmPC ${key}`);
          assert.equal(document.language, 'es', file);
          assert.match(document.versionDate ?? '', /^\d{4}-\d{2}-\d{2}$/, file);
        }
      }
    }
    const xml = [...parsed.keys()].filter((f) => f.endsWith('.xml')).length;
    console.log(`# ${parsed.size} ePI files (${xml} XML), ${documents} documents, ${sections} sections`);
    assert.equal(documents, xml + 2, 'one document per XML collection and per JSON document bundle; the List alone has none');
  });

  test('the tables of the SmPCs stay tables, and every section 4.8 has text', () => {
    let tables = 0;
    for (const [file, docs] of parsed) {
      for (const { document } of docs) {
        for (const { annex, section } of walkSections(document)) {
          tables += section.blocks.filter((b) => b.type === 'table').length;
          if (annex === 'smpc' && section.key === '4.8') assert.ok(section.blocks.length > 0 || section.subsections.length > 0, `${file}: 4.8 has text`);
        }
      }
    }
    assert.ok(tables > 100, `${tables} tables`);
  });

  test('each ePI names its product by EU numbers or, for the ten national ones, by a national number or none', () => {
    const eu = [...parsed.values()].flat().filter((d) => d.euNumbers.length > 0);
    const national = [...parsed.values()].flat().filter((d) => d.euNumbers.length === 0);
    assert.equal(eu.length, 12);
    assert.equal(national.length, 10);
    for (const d of national) assert.ok(d.otherAuthorisationNumbers.every((n) => !n.startsWith('EU')), d.document.source.file);
  });

  test('mutated copies: a missing language, a truncated file, an edited section and a national section 8 are each told apart', async () => {
    const file = path.join(EPI!, 'xml', '1181325001.xml');
    const text = await readFile(file, 'utf8');
    const noLanguage = parseEpi(Buffer.from(text.replaceAll('<language value="es" />', '')), 'mutated.xml');
    assert.ok(!noLanguage.ok);
    assert.match(noLanguage.error, /does not say its language/);
    const truncated = parseEpi(Buffer.from(text.slice(0, Math.floor(text.length / 2))), 'truncated.xml');
    assert.ok(!truncated.ok);
    assert.match(truncated.error, /^truncated\.xml: /);
    const edited = parseEpi(Buffer.from(text.replace('Sobredosis', 'Sobredosis y envenenamiento')), 'edited.xml');
    assert.ok(edited.ok);
    const heading = [...walkSections(edited.documents[0]!.document)].find((s) => s.section.key === '4.9')!.section.heading;
    assert.equal(heading, 'Sobredosis y envenenamiento');
    const national = parseEpi(Buffer.from(text.replace(/EU\/1\/18\/1326\/00(\d)/g, '12.34$1')), 'national.xml');
    assert.ok(national.ok);
    assert.deepEqual(national.documents[0]!.euNumbers, []);
    assert.deepEqual(national.documents[0]!.otherAuthorisationNumbers, ['12.341', '12.342', '12.343', '12.344']);
  });

  describe('imported through the catalogue', { skip: !PRESENTATIONS || !TABLES }, () => {
    let database: TestDatabase;
    let services: Services;
    let summary: ImportSummary;

    before(async () => {
      database = await openTestDatabase('pglite');
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
      const epis = [...parsed.values()].flat();
      // The catalogue's rows for the products the ePIs name (EMA's table gives names and holders), and
      // the presentations of the authorisations they list: a few of the 2,700 rows and 1,300 files, for speed.
      const named = [...epis.map((d) => d.productName), ...lists.map((l) => l.title)].filter((n): n is string => !!n).map((n) => n.toLowerCase());
      const tableSummary = emptySummary();
      const tables = await readEmaTables([path.join(TABLES!, '2026-03-14_medicines-output-medicines-report_en.xlsx')], {}, tableSummary);
      for (const t of tables) t.rows = t.rows.filter((r) => named.some((n) => n === r.name.toLowerCase() || n.startsWith(`${r.name.toLowerCase()} `)));
      await writeEmaTables(services.writer, tables, {}, tableSummary);
      assert.equal(tableSummary.failed, 0, JSON.stringify(tableSummary.errors));
      const prefixes = [...new Set(epis.flatMap((d) => d.euNumbers.map((n) => n.replace(/[^/]+$/, ''))))];
      for (const name of await readdir(PRESENTATIONS!)) {
        const text = await readFile(path.join(PRESENTATIONS!, name), 'utf8');
        if (!prefixes.some((p) => text.includes(p))) continue;
        const table = parsePresentations(text, { fileName: name });
        if (!table.ok) continue;
        await services.writer.assert({ productNumber: null, slug: table.slug }, { name: table.slug, slug: table.slug, category: 'human', status: 'authorised', presentations: table.presentations }, { kind: 'presentations', reference: name });
      }
      summary = await importProductInformation(services, [path.join(EPI!, 'xml'), path.join(EPI!, 'json')]);
    });
    after(async () => {
      await services?.webhookWorker.stop();
      await database?.dispose();
    });

    test('every ePI file is stored: under its medicine, as a national product, or (the List) as what it carries, each listed with how it was resolved, never guessed', async () => {
      const outcomes = new Map<string, string>();
      let storedSections = 0;
      let documents = 0;
      for (const [file, docs] of parsed) {
        const error = summary.errors.find((e) => e.file === file);
        if (error) {
          outcomes.set(path.basename(file), `reported: ${error.message}`);
          continue;
        }
        const how: string[] = [];
        for (const d of docs) {
          storedSections += [...walkSections(d.document)].length;
          documents++;
          const r = await resolveEpiMedicine(services.medicines, d);
          if (r.kind !== 'medicine') {
            const national = summary.warnings?.find((w) => w.file === file && /stored as the national product /.test(w.message));
            assert.ok(national, `${file} is not a catalogue medicine, so it is a national product`);
            const slug = /stored as the national product (\S+)$/.exec(national.message)![1]!;
            const stored = await services.productInformation.nationalProduct(slug);
            assert.ok(stored?.versions.some((v) => v.source.file === file && v.lang === d.document.language), `${file} is stored under ${slug}`);
            assert.deepEqual(stored!.product.authorisationNumbers, d.otherAuthorisationNumbers);
            how.push(`national product ${slug} (${d.document.language}, ${stored!.product.country ?? '?'}, ${stored!.product.holder ?? 'no holder'})`);
            continue;
          }
          const versions = await services.productInformation.versions(r.medicine.slug, d.document.language);
          assert.ok(versions.some((v) => v.source.kind === 'epi' && v.source.file === file), `${file} is stored under ${r.medicine.slug}`);
          how.push(`${r.medicine.slug} (${d.document.language}) by ${r.matchedBy}`);
        }
        if (docs.length === 0) {
          const list = summary.warnings?.find((w) => w.file === file && w.column === 'List');
          how.push(`ePI list: ${list?.message ?? 'stored'}`);
        }
        outcomes.set(path.basename(file), `stored: ${how.join(', ')}`);
      }
      for (const [file, outcome] of outcomes) console.log(`# ${file}: ${outcome}`);
      console.log(`# ePI imported: ${summary.imported + summary.updated + summary.unchanged} files, ${documents} documents, ${storedSections} sections; reported: ${summary.failed} files`);
      const stored = (f: string) => outcomes.get(f) ?? '';
      // The packs of these are among EMA's authorised presentations in ../shared.
      for (const [f, slug] of [['106380007.xml', 'prezista'], ['1161112001.xml', 'odefsey'], ['1181286004.xml', 'hyrimoz'], ['1181325001.xml', 'flucelvax-tetra'], ['1191356002.xml', 'idacio'], ['lactose-preproc-karvea.json', 'karvea'], ['preprocessed-biktarvy.json', 'biktarvy']] as const) {
        assert.match(stored(f), new RegExp(`^stored: ${slug} \\(\\w+\\) by (pack|authorisation)$`), f);
      }
      // No presentation lists theirs: the name of section 1 and the holder of section 7 both name the medicine.
      for (const [f, slug] of [['103256013.xml', 'humira'], ['103256017.xml', 'humira'], ['103256021.xml', 'humira'], ['114967001.xml', 'rezolsta'], ['1171225001.xml', 'symtuza']] as const) {
        assert.equal(stored(f), `stored: ${slug} (es) by name-and-holder`, f);
      }
      const national = [...outcomes].filter(([, o]) => /^stored: national product es-/.test(o));
      assert.equal(national.length, 10, 'the ten Spanish national authorisations are national products of Spain');
      assert.equal((await services.productInformation.nationalProducts()).length, 10, 'ten distinct national products');
      assert.match(
        stored('brukinsa-smpc-en.list.json'),
        /^stored: ePI list: an ePI list \("Brukinsa", EPI\/23\/1009, procedure EMEA\/H\/C\/004978\/II\/0014, Brukinsa \(brukinsa\) in the catalogue\), not an ePI document: what it carries is stored with brukinsa, but the 4 Bundles it references are in no file beside it: .*\(Bundle\/190d79ed-bd29-4d13-a764-2e11a69b0bd3\)/,
      );
      assert.equal(outcomes.size, 23);
      assert.equal(summary.imported + summary.updated + summary.unchanged, 23);
      assert.equal(summary.failed, 0);
    });

    test('importing the folder again stores nothing new: national products and the List are found again, not duplicated', async () => {
      const again = await importProductInformation(services, [path.join(EPI!, 'xml'), path.join(EPI!, 'json')]);
      assert.equal(again.failed, 0);
      assert.equal(again.imported, 0);
      assert.equal((await services.productInformation.nationalProducts()).length, 10);
    });

    test('a name alone is not enough: a holder that is not the catalogue\'s, or a medicine whose presentations carry other numbers, leaves the ePI reported', async () => {
      const humira = parsed.get(path.join(EPI!, 'xml', '103256021.xml'))![0]!;
      const otherHolder = structuredClone(humira);
      const seven = [...walkSections(otherHolder.document)].find((s) => s.annex === 'smpc' && s.section.key === '7')!.section;
      seven.blocks = [{ type: 'paragraph', text: 'Biosimilar Pharma GmbH' }, ...seven.blocks.slice(1)];
      const r1 = await resolveEpiMedicine(services.medicines, otherHolder);
      assert.equal(r1.kind, 'outside-catalogue');
      assert.match(r1.kind === 'outside-catalogue' ? r1.reason : '', /the holder it names \(Biosimilar Pharma GmbH\) is not the holder of humira \(AbbVie Deutschland GmbH & Co\. KG\)/);
      // Hyrimoz's presentations are EU/1/18/1286/…: an ePI calling itself Hyrimoz with other numbers is not it.
      const hyrimoz = parsed.get(path.join(EPI!, 'xml', '1181286004.xml'))![0]!;
      const r2 = await resolveEpiMedicine(services.medicines, { ...hyrimoz, euNumbers: hyrimoz.euNumbers.map((n) => n.replace('/18/1286/', '/99/9999/')) as typeof hyrimoz.euNumbers });
      assert.equal(r2.kind, 'outside-catalogue');
      assert.match(r2.kind === 'outside-catalogue' ? r2.reason : '', /no medicine of the catalogue is named as "Hyrimoz 20 mg/);
    });
  });
});

test('an ePI that codes its legal status for the supply keeps EMA\'s code and wording in its document', { skip: !EPI }, async () => {
  const file = path.join(EPI!, 'json', 'lactose-preproc-karvea.json');
  const r = parseEpi(await readFile(file), 'lactose-preproc-karvea.json');
  assert.ok(r.ok);
  assert.deepEqual(r.documents[0]!.document.legalStatusOfSupply, {
    coding: [{ system: 'https://spor.ema.europa.eu/rmswi', code: '100000072084', display: 'Medicinal product subject to medical prescription' }],
  });
  // The Spanish XML collections give no MedicinalProductDefinition with a legal status.
  const xml = parseEpi(await readFile(path.join(EPI!, 'xml', '1181325001.xml')), '1181325001.xml');
  assert.ok(xml.ok);
  assert.equal(xml.documents[0]!.document.legalStatusOfSupply, undefined);
});
