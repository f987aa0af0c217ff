/** Romanian labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const ro: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Modificări de la autorizarea inițială a medicamentului',
    initialAuthorisation: 'Documentele autorizației inițiale de punere pe piață',
    trackedChanges: 'Informații despre produs – cu modificări urmărite',
    safetyUpdates: 'Actualizări privind siguranța',
    relatedDocuments: 'Documente conexe',
    relatedDocument: 'Document conex',
    relatedContent: 'Conținut conex',
    relatedInformation: 'Informații conexe',
    readingGuide: 'Ghid de lectură',
    medicationErrors: 'Prevenirea erorilor de medicație',
    signalAssessmentReport: 'Raport de evaluare a semnalului',
    signalAssessmentReports: 'Rapoarte de evaluare a semnalelor',
  },
  documentStatus: {
    adopted: 'Adoptat',
    draft: 'Proiect',
  },
};
