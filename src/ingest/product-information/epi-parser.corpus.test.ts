/**
 * Every ePI in ../shared/ema/fhir-epi, read as it is and after mutations, and resolved to the
 * catalogue's medicines through EMA's authorised presentations of ../shared/ema/presentations.
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
import { parseEpi, type EpiDocument } from './epi-parser.ts';
import { resolveEpiMedicine } from './resolve-epi-medicine.ts';

const EPI = sharedPath('ema/fhir-epi');
const PRESENTATIONS = sharedPath('ema/presentations');

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

  before(async () => {
    for (const file of await corpusFiles()) {
      const r = parseEpi(await readFile(file), path.basename(file));
      assert.ok(r.ok, r.ok ? '' : r.error);
      parsed.set(file, r.documents);
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

  describe('resolved through the authorised presentations', { skip: !PRESENTATIONS }, () => {
    let database: TestDatabase;
    let services: Services;

    before(async () => {
      database = await openTestDatabase('pglite');
      services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
      // The presentations of the authorisations the ePIs name (and so only a few of the 1,000 files, for speed).
      const prefixes = [...new Set([...parsed.values()].flat().flatMap((d) => d.euNumbers.map((n) => n.replace(/[^/]+$/, ''))))];
      for (const name of await readdir(PRESENTATIONS!)) {
        const text = await readFile(path.join(PRESENTATIONS!, name), 'utf8');
        if (!prefixes.some((p) => text.includes(p))) continue;
        const table = parsePresentations(text, { fileName: name });
        if (!table.ok) continue;
        await services.writer.assert({ productNumber: null, slug: table.slug }, { name: table.slug, slug: table.slug, category: 'human', status: 'authorised', presentations: table.presentations }, { kind: 'presentations', reference: name });
      }
    });
    after(async () => database?.dispose());

    test('every ePI resolves to one medicine or is reported outside the catalogue with its reason, never guessed', async () => {
      let resolved = 0;
      const outside: string[] = [];
      for (const [file, docs] of parsed) {
        for (const d of docs) {
          const r = await resolveEpiMedicine(services.medicines, d);
          if (r.kind === 'medicine') {
            resolved++;
            assert.ok(d.euNumbers.length > 0);
          } else {
            outside.push(`${path.basename(file)}: ${r.reason}`);
            if (d.euNumbers.length === 0) assert.match(r.reason, /nationally authorised|gives no EU number/);
          }
        }
      }
      console.log(`# resolved ${resolved}, reported outside the catalogue ${outside.length}`);
      for (const o of outside) console.log(`#   ${o}`);
      assert.ok(resolved >= 6, `${resolved} resolved`);
    });
  });
});
