/** Czech FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const cs: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Tytéž záznamy jako zdroje HL7 FHIR R5 ve formátu JSON (application/fhir+json), standardu, kterým mluví služby EMA pro správu přípravků a ePI: každý léčivý přípravek jako MedicinalProductDefinition, jeho registrace se všemi postupy jako RegulatedAuthorization, indikace, balení, držitel a dokumenty. Vyhledávání prochází stránkami celý katalog; historie přípravku uvádí jeho verze.',
  capability: 'Co tento server FHIR podporuje (CapabilityStatement)',
};
