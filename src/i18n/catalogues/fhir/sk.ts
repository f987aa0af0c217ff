/** Slovak FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const sk: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Tie isté záznamy ako zdroje HL7 FHIR R5 vo formáte JSON (application/fhir+json), štandarde, ktorým hovoria služby EMA na správu liekov a ePI: každý liek ako MedicinalProductDefinition, jeho registrácia so všetkými postupmi ako RegulatedAuthorization, jeho indikácie, balenia, držiteľ a dokumenty. Vyhľadávanie prechádza po stranách celým katalógom; história lieku uvádza jeho verzie.',
  capability: 'Čo tento server FHIR podporuje (CapabilityStatement)',
};
