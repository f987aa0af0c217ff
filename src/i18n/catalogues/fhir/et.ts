/** Estonian FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const et: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Samad kirjed HL7 FHIR R5 ressurssidena JSON-vormingus (application/fhir+json), standardis, mida kasutavad EMA toodete haldamise ja ePI teenused: iga ravim kui MedicinalProductDefinition, selle müügiluba koos kõigi menetlustega kui RegulatedAuthorization, näidustused, pakendid, hoidja ja dokumendid. Otsingud läbivad lehekülgede kaupa kogu kataloogi; ravimi ajalugu loetleb selle versioonid.',
  capability: 'Mida see FHIR-server toetab (CapabilityStatement)',
};
