/** Danish FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const da: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'De samme oplysninger som HL7 FHIR R5-ressourcer i JSON (application/fhir+json), den standard EMA’s tjenester for produktstyring og ePI bruger: hvert lægemiddel som en MedicinalProductDefinition, dets markedsføringstilladelse med alle procedurer som en RegulatedAuthorization, dets indikationer, pakninger, indehaver og dokumenter. Søgninger bladrer gennem hele kataloget; et lægemiddels historik viser dets versioner.',
  capability: 'Hvad denne FHIR-server understøtter (CapabilityStatement)',
};
