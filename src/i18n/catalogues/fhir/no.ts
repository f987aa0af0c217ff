/** Norwegian FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const no: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'De samme opplysningene som HL7 FHIR R5-ressurser i JSON (application/fhir+json), standarden EMAs tjenester for produktforvaltning og ePI bruker: hvert legemiddel som en MedicinalProductDefinition, markedsføringstillatelsen med hver prosedyre som en RegulatedAuthorization, indikasjonene, pakningene, innehaveren og dokumentene. Søk blar gjennom hele katalogen; et legemiddels historikk viser versjonene.',
  capability: 'Hva denne FHIR-serveren støtter (CapabilityStatement)',
};
