import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeEpi, parseEpi, type EpiDocument } from './epi-parser.ts';

const enc = (s: string) => new TextEncoder().encode(s);

/** A collection as EMA publishes it: the master List and one document Bundle per annex. */
function emaCollection(opts: { language?: string; section8?: string; sectionFourTwo?: string; leafletLanguage?: string } = {}): string {
  const lang = opts.language ?? 'en';
  const div = (inner: string) => `<text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml">${inner}</div></text>`;
  const section = (title: string, inner: string, children = '') => `<section><title value="${title}"/>${div(inner)}${children}</section>`;
  const smpc = `<Bundle><id value="d1"/><type value="document"/><timestamp value="2025-06-04T14:15:24+02:00"/><entry><resource><Composition>
    <meta><profile value="http://ema.europa.eu/fhir/StructureDefinition/EUEpiCompositionSmPC"/></meta><language value="${lang}"/>
    <type><coding><system value="http://ema.europa.eu/fhir/CodeSystem/100000155531"/><code value="100000155532"/><display value="SmPC"/></coding></type>
    <date value="2025-06-04"/><title value="Summary of product characteristics"/>
    ${section('Summary of product characteristics', '<p>ANNEX I</p>',
      section('1. Name of the medicinal product', '<p><span>Lumykras 120</span><span> mg film-coated tablets</span></p>') +
      section('4. Clinical particulars', '',
        section('4.1. Therapeutic indications', '<p>Lumykras is indicated for adults.</p>') +
        section('4.2. Posology and method of administration', opts.sectionFourTwo ?? '<p>The dose is <strong>960 mg</strong> once daily.</p><ul><li>with food</li><li>without food<ul><li>at night</li></ul></li></ul>') +
        section('4.8. Undesirable effects', '<table><thead><tr><th>System organ class</th><th>Very common</th></tr></thead><tbody><tr><td>Gastrointestinal</td><td><p>Diarrhoea</p></td></tr></tbody></table>')) +
      section('8. Marketing authorisation number(s)', opts.section8 ?? '<p>EU/1/21/1603/001</p><p>EU/1/21/1603/002</p>'))}
  </Composition></resource></entry></Bundle>`;
  const leaflet = `<Bundle><id value="d2"/><type value="document"/><entry><resource><Composition>
    <language value="${opts.leafletLanguage ?? lang}"/><type><coding><code value="100000155538"/><display value="Package leaflet"/></coding></type>
    <date value="2025-05-01"/><title value="Package leaflet"/>
    ${section('Package leaflet', '',
      section('Package leaflet: Information for the patient', '<p>Lumykras 120 mg film-coated tablets</p>') +
      section('1. What Lumykras is and what it is used for', '<p>Lumykras contains sotorasib.</p>') +
      section('2. What you need to know before you take Lumykras', '<p>Intro</p>', section('Do not take Lumykras', '<p>if you are allergic</p>') + section('Warnings and precautions', '<p>Talk to your doctor.</p>')))}
  </Composition></resource></entry></Bundle>`;
  return `<?xml version="1.0" encoding="utf-8"?><Bundle xmlns="http://hl7.org/fhir"><id value="c"/><type value="collection"/>
    <entry><resource><List><identifier><system value="http://ema.europa.eu/fhir/epiId"/><value value="EPI/24/1"/></identifier><status value="current"/><mode value="working"/>
      <entry><item><display value="SmPC"/></item></entry></List></resource></entry>
    <entry><resource>${smpc}</resource></entry><entry><resource>${leaflet}</resource></entry></Bundle>`;
}

function onlyDocument(bytes: string): EpiDocument {
  const r = parseEpi(enc(bytes), 'lumykras.xml');
  assert.ok(r.ok, r.ok ? '' : r.error);
  assert.equal(r.documents.length, 1);
  return r.documents[0]!;
}

test('an EMA collection becomes one document per language, with the SmPC before the leaflet and the newest Composition date as its version date', () => {
  const { document, epiId } = onlyDocument(emaCollection());
  assert.equal(document.language, 'en');
  assert.equal(document.versionDate, '2025-06-04');
  assert.deepEqual(document.source, { kind: 'epi', file: 'lumykras.xml' });
  assert.deepEqual(document.annexes.map((a) => a.kind), ['smpc', 'leaflet']);
  assert.equal(epiId, 'EPI/24/1');
});

test('sections keep EMA\'s numbers as keys, nested as the Composition nests them, and the wrapping section becomes the annex title and preamble', () => {
  const smpc = onlyDocument(emaCollection()).document.annexes[0]!;
  assert.equal(smpc.title, 'Summary of product characteristics');
  assert.deepEqual(smpc.preamble, [{ type: 'paragraph', text: 'ANNEX I' }]);
  assert.deepEqual(smpc.sections.map((s) => s.key), ['1', '4', '8']);
  const four = smpc.sections[1]!;
  assert.deepEqual(four.subsections.map((s) => [s.key, s.number, s.heading]), [
    ['4.1', '4.1.', 'Therapeutic indications'],
    ['4.2', '4.2.', 'Posology and method of administration'],
    ['4.8', '4.8.', 'Undesirable effects'],
  ]);
});

test('XHTML narrative becomes paragraphs and lists with inline markup dropped, nested list items indented', () => {
  const posology = onlyDocument(emaCollection()).document.annexes[0]!.sections[1]!.subsections[1]!;
  assert.deepEqual(posology.blocks, [
    { type: 'paragraph', text: 'The dose is 960 mg once daily.' },
    { type: 'list', ordered: false, items: ['with food', 'without food', '\tat night'] },
  ]);
});

test('tables stay tables, with their header rows counted', () => {
  const effects = onlyDocument(emaCollection()).document.annexes[0]!.sections[1]!.subsections[2]!;
  assert.deepEqual(effects.blocks, [{ type: 'table', headerRows: 1, rows: [['System organ class', 'Very common'], ['Gastrointestinal', 'Diarrhoea']] }]);
});

test('the leaflet\'s opening text goes to the preamble and its unnumbered subsections are keyed under their parent', () => {
  const leaflet = onlyDocument(emaCollection()).document.annexes[1]!;
  assert.deepEqual(leaflet.preamble, [
    { type: 'heading', text: 'Package leaflet: Information for the patient' },
    { type: 'paragraph', text: 'Lumykras 120 mg film-coated tablets' },
  ]);
  assert.deepEqual(leaflet.sections.map((s) => s.key), ['1', '2']);
  assert.deepEqual(leaflet.sections[1]!.subsections.map((s) => [s.key, s.number, s.heading]), [
    ['2~1', '', 'Do not take Lumykras'],
    ['2~2', '', 'Warnings and precautions'],
  ]);
});

test('the EU numbers of section 8 name the product; a national number is reported as not an EU number', () => {
  const eu = onlyDocument(emaCollection());
  assert.deepEqual(eu.euNumbers, ['EU/1/21/1603/001', 'EU/1/21/1603/002']);
  assert.deepEqual(eu.otherAuthorisationNumbers, []);
  assert.equal(eu.productName, 'Lumykras 120 mg film-coated tablets');
  const national = onlyDocument(emaCollection({ section8: '<p>Nº Registro: 55.845</p>' }));
  assert.deepEqual(national.euNumbers, []);
  assert.deepEqual(national.otherAuthorisationNumbers, ['55.845']);
});

test('Compositions in two languages make two documents; a language outside EMA\'s is a warning, not a guess', () => {
  const r = parseEpi(enc(emaCollection({ leafletLanguage: 'de-DE' })), 'x.xml');
  assert.ok(r.ok);
  assert.deepEqual(r.documents.map((d) => [d.document.language, d.document.annexes.map((a) => a.kind)]), [['en', ['smpc']], ['de', ['leaflet']]]);
  const unknown = parseEpi(enc(emaCollection({ language: 'tlh' })), 'x.xml');
  assert.ok(!unknown.ok, 'no document has a language of ours');
  assert.match(unknown.error, /does not say its language/);
});

test('a document Bundle in JSON, wrapped as Gravitate Health wraps it, reads the same way, its div parsed from its string', () => {
  const bundle = {
    epi: {
      resourceType: 'Bundle',
      type: 'document',
      language: 'pt',
      identifier: { value: 'EU/1/97/049/001-pt' },
      entry: [
        {
          resource: {
            resourceType: 'Composition',
            language: 'pt',
            date: '2022-02-16T13:28:17Z',
            type: { coding: [{ code: '100000155538' }], text: 'Package Leaflet' },
            title: 'Karvea',
            section: [{ title: 'B. Package Leaflet', text: { div: '<div xmlns="http://www.w3.org/1999/xhtml"></div>' }, section: [{ title: '1. What Karvea is', text: { div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Karvea&nbsp;contains <b>irbesartan</b>.</p></div>' } }] }],
          },
        },
        { resource: { resourceType: 'RegulatedAuthorization', identifier: [{ value: 'EU/1/97/049/010' }] } },
      ],
    },
  };
  const r = parseEpi(enc(JSON.stringify(bundle)), 'karvea.json');
  assert.ok(r.ok, r.ok ? '' : r.error);
  const [doc] = r.documents;
  assert.equal(doc!.document.language, 'pt');
  assert.equal(doc!.document.versionDate, '2022-02-16');
  assert.equal(doc!.document.annexes[0]!.title, 'B. Package Leaflet');
  assert.deepEqual(doc!.document.annexes[0]!.sections[0]!.blocks, [{ type: 'paragraph', text: 'Karvea contains irbesartan.' }]);
  assert.deepEqual([...doc!.euNumbers].sort(), ['EU/1/97/049/001', 'EU/1/97/049/010']);
  assert.equal(doc!.productName, 'Karvea');
});

test('a List alone is read as the list it is, with its procedure, and no document', () => {
  const list = { resourceType: 'List', identifier: [{ system: 'http://ema.europa.eu/fhir/epiId', value: 'EPI/23/1009' }], title: 'Brukinsa', subject: { extension: [{ url: 'https://ema.europa.eu/fhir/extension/procedureNumber', valueIdentifier: { value: 'EMEA/H/C/004978/II/0014' } }] }, entry: [{ item: { reference: 'Bundle/1', display: 'Summary of Product Characteristics (English)' } }] };
  const r = parseEpi(enc(JSON.stringify(list)), 'brukinsa.json');
  assert.ok(r.ok);
  assert.deepEqual(r.documents, []);
  assert.deepEqual(r.lists, [{ epiId: 'EPI/23/1009', title: 'Brukinsa', procedure: 'EMEA/H/C/004978/II/0014', entries: [{ reference: 'Bundle/1', display: 'Summary of Product Characteristics (English)' }] }]);
});

test('what is not an ePI is refused with a reason naming the file', () => {
  for (const [bytes, reason] of [
    ['%PDF-1.7 …', /not a FHIR ePI/],
    ['<html><body>EPAR</body></html>', /not a FHIR ePI/],
    ['{"resourceType": "Patient"}', /not a FHIR ePI/],
    ['{"resourceType": "Bundle", "type": "searchset"}', /type "searchset"/],
    [emaCollection().slice(0, 2000), /cannot be read as FHIR|no ePI document/],
    ['{"resourceType": "Bundle", "type": "document", "entry": [', /cannot be read as FHIR/],
  ] as const) {
    const r = parseEpi(enc(bytes), 'bad.xml');
    assert.ok(!r.ok, `refused: ${bytes.slice(0, 30)}`);
    assert.match(r.error, /^bad\.xml: /);
    assert.match(r.error, reason);
  }
});

test('the content sniffer recognises ePI XML and JSON and nothing else', () => {
  assert.ok(looksLikeEpi(enc(emaCollection())));
  assert.ok(looksLikeEpi(enc('\uFEFF  <List xmlns="http://hl7.org/fhir"><id value="x"/></List>')));
  assert.ok(looksLikeEpi(enc('{ "resourceType" : "Bundle", "type": "document" }')));
  assert.ok(looksLikeEpi(enc('{"epi": {"resourceType": "Bundle"}}')));
  assert.ok(!looksLikeEpi(enc('<Bundle><id value="x"/></Bundle>')), 'XML outside the FHIR namespace');
  assert.ok(!looksLikeEpi(enc('# 1. NAME OF THE MEDICINAL PRODUCT')));
  assert.ok(!looksLikeEpi(enc('%PDF-1.4')));
});
