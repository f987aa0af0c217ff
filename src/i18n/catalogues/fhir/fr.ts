/** French FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const fr: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Les mêmes fiches sous forme de ressources HL7 FHIR R5 en JSON (application/fhir+json), la norme des services de gestion des produits et de l’ePI de l’EMA : chaque médicament en MedicinalProductDefinition, son autorisation de mise sur le marché avec chaque procédure en RegulatedAuthorization, ses indications, conditionnements, titulaire et documents. Les recherches parcourent tout le catalogue page par page ; l’historique d’un médicament en liste les versions.',
  capability: 'Ce que ce serveur FHIR prend en charge (CapabilityStatement)',
};
