/** Icelandic FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const is: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Sömu færslur sem HL7 FHIR R5-tilföng á JSON-sniði (application/fhir+json), staðlinum sem vörustjórnunar- og ePI-þjónustur EMA nota: hvert lyf sem MedicinalProductDefinition, markaðsleyfi þess með öllum málsmeðferðum sem RegulatedAuthorization, ábendingar þess, pakkningar, handhafi og skjöl. Leitir fara í gegnum alla skrána síðu fyrir síðu; saga lyfs telur upp útgáfur þess.',
  capability: 'Hvað þessi FHIR-þjónn styður (CapabilityStatement)',
};
