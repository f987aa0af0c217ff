/** Latvian FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const lv: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Tie paši ieraksti kā HL7 FHIR R5 resursi JSON formātā (application/fhir+json) – standartā, ko izmanto EMA produktu pārvaldības un ePI pakalpojumi: katras zāles kā MedicinalProductDefinition, to reģistrācija ar katru procedūru kā RegulatedAuthorization, to indikācijas, iepakojumi, īpašnieks un dokumenti. Meklēšana lapu pa lapai aptver visu katalogu; zāļu vēsture uzskaita to versijas.',
  capability: 'Ko atbalsta šis FHIR serveris (CapabilityStatement)',
};
