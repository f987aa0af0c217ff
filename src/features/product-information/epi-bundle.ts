/**
 * A medicine's product information in one language as an ePI: a FHIR R5 `Bundle` of type
 * `document` whose first entry is a `Composition`, following the structure of the ePI
 * implementation guide (Bundle-uv-epi, Composition-uv-epi): one top-level section per annex
 * (SmPC, annex II, labelling, package leaflet), EMA's numbered sections nested below with their
 * headings as titles and their text as XHTML narrative (tables stay tables), and the medicinal
 * product the document is about as a `MedicinalProductDefinition`.
 *
 * A pure function of the stored version, so the /fhir API can hand out the same Bundle.
 */
import type { AnnexKind, PiBlock, PiSection, ProductInformationDocument } from '../../domain/product-information.ts';
import { sectionLabel } from '../../domain/product-information-diff.ts';

type Json = Record<string, unknown>;

export interface EpiBundleInput {
  medicine: { slug: string; name: string; productNumber: string | null; holder?: string | null };
  version: { id: string; versionDate: string | null; procedure: string | null; importedAt: string };
  document: ProductInformationDocument;
  /** The portal's public origin: identifiers and fullUrls are built from it. */
  baseUrl: string;
}

const XHTML = 'http://www.w3.org/1999/xhtml';
// EMA's document types (SPOR RMS list 100000155531) where the code is known.
const ANNEX_CODES: Readonly<Record<AnnexKind, { code?: string; text: string }>> = {
  smpc: { code: '100000155532', text: 'Summary of product characteristics' },
  'annex-ii': { text: 'Annex II' },
  labelling: { text: 'Labelling' },
  leaflet: { code: '100000155538', text: 'Package leaflet' },
};
const EMA_DOCUMENT_TYPES = 'https://spor.ema.europa.eu/rmswi/';

export function buildEpiBundle(input: EpiBundleInput): Json {
  const { medicine, version, document, baseUrl } = input;
  const base = baseUrl.replace(/\/$/, '');
  const compositionId = `pi-${medicine.slug}-${document.language}-${version.id}`;
  const productId = `mpd-${medicine.slug}`;
  const date = version.versionDate ?? version.importedAt.slice(0, 10);
  const composition: Json = {
    resourceType: 'Composition',
    id: compositionId,
    meta: { profile: ['http://hl7.org/fhir/uv/emedicinal-product-info/StructureDefinition/Composition-uv-epi'] },
    language: document.language,
    identifier: [{ system: `${base}/fhir/product-information`, value: `${medicine.slug}/${document.language}/${version.id}` }],
    status: 'final',
    type: { coding: [{ system: EMA_DOCUMENT_TYPES, code: '100000155531', display: 'Product information' }], text: 'Product information' },
    subject: [{ reference: `MedicinalProductDefinition/${productId}`, display: medicine.name }],
    date,
    author: [{ display: medicine.holder ?? 'Marketing authorisation holder' }],
    title: `${medicine.name}: product information (${document.language})`,
    ...(version.procedure ? { extension: [{ url: `${base}/fhir/StructureDefinition/procedure-number`, valueIdentifier: { system: 'https://www.ema.europa.eu/procedure', value: version.procedure } }] } : {}),
    section: document.annexes.map((annex) => {
      const code = ANNEX_CODES[annex.kind];
      return {
        title: annex.title || code.text,
        code: { ...(code.code ? { coding: [{ system: EMA_DOCUMENT_TYPES, code: code.code, display: code.text }] } : {}), text: code.text },
        ...textOf(annex.preamble, annex.title || code.text, annex.sections.length > 0),
        ...(annex.sections.length > 0 ? { section: annex.sections.map((s) => section(s)) } : {}),
      };
    }),
  };
  const product: Json = {
    resourceType: 'MedicinalProductDefinition',
    id: productId,
    ...(medicine.productNumber ? { identifier: [{ system: 'https://www.ema.europa.eu/product-number', value: medicine.productNumber }] } : {}),
    name: [{ productName: medicine.name }],
  };
  return {
    resourceType: 'Bundle',
    id: `epi-${version.id}`,
    meta: { profile: ['http://hl7.org/fhir/uv/emedicinal-product-info/StructureDefinition/Bundle-uv-epi'] },
    language: document.language,
    identifier: { system: `${base}/fhir/product-information`, value: `${medicine.slug}/${document.language}/${version.id}` },
    type: 'document',
    timestamp: `${date}T00:00:00Z`,
    entry: [
      { fullUrl: `${base}/fhir/Composition/${compositionId}`, resource: composition },
      { fullUrl: `${base}/fhir/MedicinalProductDefinition/${productId}`, resource: product },
    ],
  };
}

function section(s: PiSection): Json {
  const title = sectionLabel(s);
  return {
    title,
    ...(s.number ? { code: { text: s.number.replace(/\.$/, '') } } : {}),
    ...textOf(s.blocks, title, s.subsections.length > 0),
    ...(s.subsections.length > 0 ? { section: s.subsections.map(section) } : {}),
  };
}

/**
 * The blocks as XHTML narrative. A section without text of its own but with subsections has
 * none (FHIR's cmp-1 is met by the subsections); an empty section without any says its title,
 * as narrative must not be empty (txt-2).
 */
function textOf(blocks: readonly PiBlock[], title: string, hasSubsections: boolean): { text?: Json } {
  const body = blocks.map(blockXhtml).join('');
  if (!body && hasSubsections) return {};
  return { text: { status: 'generated', div: `<div xmlns="${XHTML}">${body || `<p>${escape(title)}</p>`}</div>` } };
}

function blockXhtml(b: PiBlock): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${lines(b.text)}</p>`;
    case 'heading':
      return `<h4>${escape(b.text)}</h4>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${lines(i.replace(/^\t+/, ''))}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const row = (cells: string[], cell: 'th' | 'td') => `<tr>${cells.map((c) => `<${cell}>${lines(c)}</${cell}>`).join('')}</tr>`;
      const head = b.rows.slice(0, b.headerRows);
      const body = b.rows.slice(b.headerRows);
      return `<table>${head.length > 0 ? `<thead>${head.map((r) => row(r, 'th')).join('')}</thead>` : ''}${body.length > 0 ? `<tbody>${body.map((r) => row(r, 'td')).join('')}</tbody>` : ''}</table>`;
    }
  }
}

const lines = (text: string) => text.split('\n').map(escape).join('<br/>');

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
