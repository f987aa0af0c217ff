/** Polish FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const pl: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Te same rekordy jako zasoby HL7 FHIR R5 w formacie JSON (application/fhir+json), standardzie używanym przez usługi EMA do zarządzania produktami i ePI: każdy lek jako MedicinalProductDefinition, jego pozwolenie na dopuszczenie do obrotu z każdą procedurą jako RegulatedAuthorization, jego wskazania, opakowania, podmiot odpowiedzialny i dokumenty. Wyszukiwania przechodzą strona po stronie przez cały katalog; historia leku wymienia jego wersje.',
  capability: 'Co obsługuje ten serwer FHIR (CapabilityStatement)',
};
