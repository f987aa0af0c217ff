/** Lithuanian labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const lt: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Pakeitimai nuo pirminio vaisto registravimo',
    initialAuthorisation: 'Pirminio registracijos pažymėjimo dokumentai',
    trackedChanges: 'Informacija apie vaistą – su pažymėtais pakeitimais',
    safetyUpdates: 'Saugumo informacijos atnaujinimai',
    relatedDocuments: 'Susiję dokumentai',
    relatedDocument: 'Susijęs dokumentas',
    relatedContent: 'Susijęs turinys',
    relatedInformation: 'Susijusi informacija',
    readingGuide: 'Skaitymo vadovas',
    medicationErrors: 'Medikacijos klaidų prevencija',
    signalAssessmentReport: 'Signalo vertinimo ataskaita',
    signalAssessmentReports: 'Signalų vertinimo ataskaitos',
  },
  documentStatus: {
    adopted: 'Priimta',
    draft: 'Projektas',
  },
};
