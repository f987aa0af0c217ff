/** Finnish FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const fi: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Samat tiedot HL7 FHIR R5 -resursseina JSON-muodossa (application/fhir+json), standardissa, jota EMAn valmistehallinnan ja ePI-palvelut käyttävät: jokainen lääke MedicinalProductDefinition-resurssina, sen myyntilupa kaikkine menettelyineen RegulatedAuthorization-resurssina sekä sen käyttöaiheet, pakkaukset, haltija ja asiakirjat. Haut selaavat koko luettelon sivu kerrallaan; lääkkeen historia luettelee sen versiot.',
  capability: 'Mitä tämä FHIR-palvelin tukee (CapabilityStatement)',
};
