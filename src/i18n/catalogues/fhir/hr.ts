/** Croatian FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const hr: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Isti zapisi kao resursi HL7 FHIR R5 u JSON-u (application/fhir+json), standardu kojim se služe EMA-ine usluge upravljanja proizvodima i ePI: svaki lijek kao MedicinalProductDefinition, njegovo odobrenje za stavljanje u promet sa svakim postupkom kao RegulatedAuthorization, njegove indikacije, pakiranja, nositelj i dokumenti. Pretraživanja prolaze cijelim katalogom stranicu po stranicu; povijest lijeka navodi njegove verzije.',
  capability: 'Što ovaj FHIR poslužitelj podržava (CapabilityStatement)',
};
