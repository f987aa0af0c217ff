/** Hungarian FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const hu: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Ugyanezek az adatok HL7 FHIR R5 erőforrásként JSON-ban (application/fhir+json), abban a szabványban, amelyet az EMA termékkezelési és ePI-szolgáltatásai használnak: minden gyógyszer MedicinalProductDefinition-ként, a forgalomba hozatali engedélye minden eljárással RegulatedAuthorization-ként, valamint javallatai, kiszerelései, jogosultja és dokumentumai. A keresések oldalanként bejárják a teljes katalógust; a gyógyszer előzményei felsorolják a változatait.',
  capability: 'Mit támogat ez a FHIR-kiszolgáló (CapabilityStatement)',
};
