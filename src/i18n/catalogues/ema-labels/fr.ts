/** French labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const fr: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Modifications depuis l’autorisation initiale du médicament',
    initialAuthorisation: 'Documents de l’autorisation de mise sur le marché initiale',
    trackedChanges: 'Informations sur le produit – avec suivi des modifications',
    safetyUpdates: 'Mises à jour de sécurité',
    relatedDocuments: 'Documents connexes',
    relatedDocument: 'Document connexe',
    relatedContent: 'Contenu connexe',
    relatedInformation: 'Informations connexes',
    readingGuide: 'Guide de lecture',
    medicationErrors: 'Prévention des erreurs médicamenteuses',
    signalAssessmentReport: 'Rapport d’évaluation de signal',
    signalAssessmentReports: 'Rapports d’évaluation de signaux',
  },
  documentStatus: {
    adopted: 'Adopté',
    draft: 'Projet',
  },
};
