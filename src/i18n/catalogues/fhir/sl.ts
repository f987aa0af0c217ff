/** Slovenian FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const sl: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Isti zapisi kot viri HL7 FHIR R5 v formatu JSON (application/fhir+json), standardu, ki ga uporabljajo storitve EMA za upravljanje zdravil in ePI: vsako zdravilo kot MedicinalProductDefinition, njegovo dovoljenje za promet z vsakim postopkom kot RegulatedAuthorization, njegove indikacije, pakiranja, imetnik in dokumenti. Iskanja po straneh pregledajo ves katalog; zgodovina zdravila našteje njegove različice.',
  capability: 'Kaj podpira ta strežnik FHIR (CapabilityStatement)',
};
