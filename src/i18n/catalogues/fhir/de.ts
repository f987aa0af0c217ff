/** German FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const de: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Dieselben Datensätze als HL7-FHIR-R5-Ressourcen in JSON (application/fhir+json), dem Standard der EMA-Dienste für Produktverwaltung und ePI: jedes Arzneimittel als MedicinalProductDefinition, seine Zulassung mit jedem Verfahren als RegulatedAuthorization, seine Anwendungsgebiete, Packungen, der Inhaber und die Dokumente. Suchen blättern durch den ganzen Katalog; die Historie eines Arzneimittels listet seine Versionen.',
  capability: 'Was dieser FHIR-Server unterstützt (CapabilityStatement)',
};
