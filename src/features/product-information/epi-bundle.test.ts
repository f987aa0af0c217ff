import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import type { ProductInformationDocument } from '../../domain/product-information.ts';
import { parseEpi } from '../../ingest/product-information/epi-parser.ts';
import { buildEpiBundle } from './epi-bundle.ts';

const DOCUMENT: ProductInformationDocument = {
  language: 'da',
  versionDate: '2025-06-01',
  source: { kind: 'pdf', file: 'lumykras-epar-product-information_da.pdf' },
  procedure: 'EMEA/H/C/005522/II/0010',
  annexes: [
    {
      kind: 'smpc',
      title: 'BILAG I',
      preamble: [{ type: 'paragraph', text: 'Dette lægemiddel er underlagt supplerende overvågning.' }],
      sections: [
        { key: '1', number: '1.', heading: 'LÆGEMIDLETS NAVN', blocks: [{ type: 'paragraph', text: 'Lumykras 120 mg filmovertrukne tabletter' }], subsections: [] },
        {
          key: '4',
          number: '4.',
          heading: 'KLINISKE OPLYSNINGER',
          blocks: [],
          subsections: [
            { key: '4.2', number: '4.2', heading: 'Dosering og administration', blocks: [{ type: 'paragraph', text: 'Dosis < 960 mg & "én gang" dagligt.\nMed mad.' }, { type: 'list', ordered: true, items: ['første', '\tanden'] }], subsections: [] },
            { key: '4.8', number: '4.8', heading: 'Bivirkninger', blocks: [{ type: 'table', headerRows: 1, rows: [['Organklasse', 'Meget almindelig'], ['Mave-tarm', 'Diarré']] }], subsections: [] },
            { key: '4.9', number: '4.9', heading: 'Overdosering', blocks: [], subsections: [] },
          ],
        },
      ],
    },
    { kind: 'leaflet', title: 'B. INDLÆGSSEDDEL', preamble: [], sections: [{ key: '1', number: '1.', heading: 'Virkning og anvendelse', blocks: [{ type: 'paragraph', text: 'Lumykras indeholder sotorasib.' }], subsections: [] }] },
  ],
};

const bundle = () =>
  buildEpiBundle({
    medicine: { slug: 'lumykras', name: 'Lumykras', productNumber: 'EMEA/H/C/005522', holder: 'Amgen Europe B.V.' },
    version: { id: '42', versionDate: '2025-06-01', procedure: 'EMEA/H/C/005522/II/0010', importedAt: '2025-07-01T10:00:00.000Z' },
    document: DOCUMENT,
    baseUrl: 'https://openepar.test/',
  });

/** The official R5 JSON schema of hl7.fhir.r5.core, as Ajv reads it. */
function r5BundleValidator() {
  const schema = JSON.parse(readFileSync(new URL('../../../node_modules/hl7.fhir.r5.core/openapi/fhir.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  // Draft-06 with `id`: Ajv wants `$id`; the discriminator is not in Ajv's form.
  delete schema.$schema;
  delete schema.id;
  delete schema.discriminator;
  schema.$id = 'http://hl7.org/fhir/json-schema/5.0';
  const ajv = new Ajv({ strict: false, unicodeRegExp: false });
  ajv.addSchema(schema);
  return ajv.compile({ $ref: 'http://hl7.org/fhir/json-schema/5.0#/definitions/Bundle' });
}

test('the ePI Bundle conforms to the official FHIR R5 JSON schema', () => {
  const validate = r5BundleValidator();
  const ok = validate(bundle());
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  // The validator does reject what R5 does not allow.
  assert.equal(validate({ ...bundle(), type: ' document' }), false, 'a code has no leading space');
  assert.equal(validate({ ...bundle(), tpye: 'document' }), false, 'no element R5 does not define');
  assert.equal(validate({ ...bundle(), entry: [{ resource: { resourceType: 'Composition', status: 42 } }] }), false);
});

test("every element R5 requires of a Composition, its sections and a MedicinalProductDefinition is there, as the package's StructureDefinitions say", () => {
  const b = bundle() as any;
  const required = (type: string, parent: string) => {
    const sd = JSON.parse(readFileSync(new URL(`../../../node_modules/hl7.fhir.r5.core/StructureDefinition-${type}.json`, import.meta.url), 'utf8')) as { snapshot: { element: { path: string; min: number }[] } };
    return sd.snapshot.element.filter((e) => e.min >= 1 && e.path.startsWith(`${parent}.`) && !e.path.slice(parent.length + 1).includes('.')).map((e) => e.path.slice(parent.length + 1));
  };
  const composition = b.entry[0].resource;
  const compositionRequired = required('Composition', 'Composition');
  assert.deepEqual(compositionRequired.sort(), ['author', 'date', 'status', 'title', 'type']);
  for (const name of compositionRequired) assert.ok(composition[name] !== undefined, `Composition.${name}`);
  for (const name of required('MedicinalProductDefinition', 'MedicinalProductDefinition')) assert.ok(b.entry[1].resource[name] !== undefined, `MedicinalProductDefinition.${name}`);
  // cmp-1: a section has text, entries or sections; a document Bundle has an identifier and a timestamp (bdl-9, bdl-10).
  const walk = (sections: any[]): void => {
    for (const s of sections) {
      assert.ok(s.text || s.section?.length, `section ${s.title} has text or subsections`);
      if (s.section) walk(s.section);
    }
  };
  walk(composition.section);
  assert.ok(b.identifier.system && b.identifier.value && b.timestamp);
});

test('the Bundle is a document whose Composition nests one section per annex and EMA\'s numbered sections under it', () => {
  const b = bundle() as any;
  assert.equal(b.type, 'document');
  assert.equal(b.timestamp, '2025-06-01T00:00:00Z');
  assert.deepEqual(b.identifier, { system: 'https://openepar.test/fhir/product-information', value: 'lumykras/da/42' });
  const composition = b.entry[0].resource;
  assert.equal(composition.resourceType, 'Composition');
  assert.equal(b.entry[0].fullUrl, `https://openepar.test/fhir/Composition/${composition.id}`);
  assert.equal(composition.language, 'da');
  assert.equal(composition.date, '2025-06-01');
  assert.deepEqual(composition.author, [{ display: 'Amgen Europe B.V.' }]);
  assert.equal(composition.subject[0].reference, `MedicinalProductDefinition/${b.entry[1].resource.id}`);
  assert.deepEqual(composition.section.map((s: any) => [s.title, s.code.coding?.[0]?.code ?? null]), [['BILAG I', '100000155532'], ['B. INDLÆGSSEDDEL', '100000155538']]);
  const smpc = composition.section[0];
  assert.deepEqual(smpc.section.map((s: any) => s.title), ['1 LÆGEMIDLETS NAVN', '4 KLINISKE OPLYSNINGER']);
  assert.deepEqual(smpc.section[1].section.map((s: any) => s.title), ['4.2 Dosering og administration', '4.8 Bivirkninger', '4.9 Overdosering']);
  assert.equal(smpc.section[1].text, undefined, 'a section with subsections and no text of its own has no narrative');
  assert.match(composition.extension[0].valueIdentifier.value, /II\/0010/);
});

test('narrative is escaped XHTML: paragraphs, lists, and tables that stay tables', () => {
  const smpc = (bundle() as any).entry[0].resource.section[0];
  const [posology, effects, overdose] = smpc.section[1].section;
  assert.equal(posology.text.div, '<div xmlns="http://www.w3.org/1999/xhtml"><p>Dosis &lt; 960 mg &amp; &quot;én gang&quot; dagligt.<br/>Med mad.</p><ol><li>første</li><li>anden</li></ol></div>');
  assert.equal(effects.text.div, '<div xmlns="http://www.w3.org/1999/xhtml"><table><thead><tr><th>Organklasse</th><th>Meget almindelig</th></tr></thead><tbody><tr><td>Mave-tarm</td><td>Diarré</td></tr></tbody></table></div>');
  assert.equal(overdose.text.div, '<div xmlns="http://www.w3.org/1999/xhtml"><p>4.9 Overdosering</p></div>', 'an empty section still has narrative');
});

test("the portal's own ePI reader reads the Bundle back to the same sections and tables", () => {
  const r = parseEpi(new TextEncoder().encode(JSON.stringify(bundle())), 'lumykras-da.json');
  assert.ok(r.ok, r.ok ? '' : r.error);
  const [read] = r.documents;
  assert.equal(read!.document.language, 'da');
  assert.deepEqual(read!.document.annexes.map((a) => [a.kind, a.title]), [['smpc', 'BILAG I'], ['leaflet', 'B. INDLÆGSSEDDEL']]);
  const smpc = read!.document.annexes[0]!;
  assert.deepEqual(smpc.preamble, DOCUMENT.annexes[0]!.preamble);
  assert.deepEqual(smpc.sections[1]!.subsections.map((s) => [s.key, s.heading]), [['4.2', 'Dosering og administration'], ['4.8', 'Bivirkninger'], ['4.9', 'Overdosering']]);
  assert.deepEqual(smpc.sections[1]!.subsections[1]!.blocks, DOCUMENT.annexes[0]!.sections[1]!.subsections[1]!.blocks);
});
