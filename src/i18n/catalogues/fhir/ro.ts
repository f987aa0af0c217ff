/** Romanian FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const ro: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Aceleași înregistrări ca resurse HL7 FHIR R5 în JSON (application/fhir+json), standardul folosit de serviciile EMA de gestionare a produselor și ePI: fiecare medicament ca MedicinalProductDefinition, autorizația sa de punere pe piață cu fiecare procedură ca RegulatedAuthorization, indicațiile, ambalajele, deținătorul și documentele sale. Căutările parcurg întregul catalog pagină cu pagină; istoricul unui medicament îi enumeră versiunile.',
  capability: 'Ce acceptă acest server FHIR (CapabilityStatement)',
};
