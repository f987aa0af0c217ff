/** Lithuanian FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const lt: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Tie patys įrašai kaip HL7 FHIR R5 ištekliai JSON formatu (application/fhir+json) – standartu, kurį naudoja EMA produktų valdymo ir ePI paslaugos: kiekvienas vaistas kaip MedicinalProductDefinition, jo registracijos pažymėjimas su visomis procedūromis kaip RegulatedAuthorization, jo indikacijos, pakuotės, registruotojas ir dokumentai. Paieška puslapis po puslapio pereina visą katalogą; vaisto istorija išvardija jo versijas.',
  capability: 'Ką palaiko šis FHIR serveris (CapabilityStatement)',
};
