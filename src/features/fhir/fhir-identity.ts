/**
 * The names the FHIR API gives things: the systems of identifiers and codes, and the logical ids
 * of resources. Both must stay the same across releases and deployments (a client stores them),
 * so systems are fixed URIs, never the deployment's address, and ids are derived from EMA's own
 * numbers, never from database row ids that a fresh import renumbers.
 */
import { createHash } from 'node:crypto';

/** External code systems, as HL7 Terminology names them. */
export const ATC_SYSTEM = 'http://www.whocc.no/atc';
export const MESH_SYSTEM = 'https://www.nlm.nih.gov/mesh';
export const ISO_3166_SYSTEM = 'urn:iso:std:iso:3166';

/**
 * OpenEPAR's own namespace for what EMA numbers but publishes no FHIR system for. System URIs
 * are names, not addresses a client must be able to open; one namespace for all deployments
 * keeps identifiers comparable between them.
 */
const OWN = 'https://openepar.org/fhir';
export const SYSTEMS = {
  productNumber: `${OWN}/sid/ema-product-number`,
  procedureNumber: `${OWN}/sid/ema-procedure-number`,
  euNumber: `${OWN}/sid/eu-number`,
  euAuthorisationNumber: `${OWN}/sid/eu-authorisation-number`,
  emaReference: `${OWN}/sid/ema-document-reference`,
  category: `${OWN}/CodeSystem/category`,
  authorisationStatus: `${OWN}/CodeSystem/authorisation-status`,
  authorisationType: `${OWN}/CodeSystem/authorisation-type`,
  authorisationBasis: `${OWN}/CodeSystem/authorisation-basis`,
  procedureType: `${OWN}/CodeSystem/procedure-type`,
  characteristic: `${OWN}/CodeSystem/medicine-characteristic`,
  additionalMonitoring: `${OWN}/CodeSystem/additional-monitoring`,
  documentType: `${OWN}/CodeSystem/document-type`,
  documentSection: `${OWN}/CodeSystem/document-section`,
} as const;

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** A FHIR id from a name: kept as is when it is one, else a readable part and a hash of the whole. */
export function idFromName(name: string): string {
  const readable = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
  return `${readable || 'x'}-${shortHash(name)}`;
}

/** `EMEA/H/C/005522` ↔ `EMEA-H-C-005522`; a medicine EMA gave no product number to is named by its slug. */
export function medicineResourceId(m: { productNumber: string | null; slug: string }): string {
  if (m.productNumber) return m.productNumber.replaceAll('/', '-');
  return FHIR_ID.test(m.slug) ? m.slug : idFromName(m.slug);
}

export type MedicineRef = { by: 'productNumber'; value: string } | { by: 'slug'; value: string };

/** Which medicine a resource id names; null when it cannot name one. */
export function medicineRefOf(id: string): MedicineRef | null {
  if (!FHIR_ID.test(id)) return null;
  const pn = /^EMEA-([HV])-C-(\d{6})$/i.exec(id);
  if (pn) return { by: 'productNumber', value: `EMEA/${pn[1]!.toUpperCase()}/C/${pn[2]}` };
  return { by: 'slug', value: id.toLowerCase() };
}

/** `EU/1/21/1603/001` ↔ `EU.1.21.1603.001`: dots, because a hyphen already joins the ends of a range (`/001-003`). */
export function presentationResourceId(euNumber: string): string {
  return euNumber.replaceAll('/', '.');
}

export function euNumberOf(id: string): string | null {
  return /^EU\.[12]\.\d{2}\.\d{3,4}\.\d{3,4}(?:-\d{3,4})?$/i.test(id) ? id.toUpperCase().replaceAll('.', '/') : null;
}

export function isFhirId(id: string): boolean {
  return FHIR_ID.test(id);
}
