/** Interface text of the open-data page's HL7 FHIR section (src/features/fhir). */

export interface FhirMessages {
  heading: string;
  text: string;
  /** The link to /fhir/metadata. */
  capability: string;
}

export const en: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'The same records as HL7 FHIR R5 resources in JSON (application/fhir+json), the standard EMA’s product-management and ePI services speak: each medicine as a MedicinalProductDefinition, its marketing authorisation with every procedure as a RegulatedAuthorization, its indications, packs, holder and documents. Searches page through the whole catalogue; a medicine’s history lists its versions.',
  capability: 'What this FHIR server supports (CapabilityStatement)',
};
