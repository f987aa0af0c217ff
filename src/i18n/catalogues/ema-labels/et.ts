/** Estonian labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const et: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Muudatused pärast ravimi esmast müügiluba',
    initialAuthorisation: 'Esmase müügiloa dokumendid',
    trackedChanges: 'Ravimiteave – jälgitud muudatustega',
    safetyUpdates: 'Ohutusteabe uuendused',
    relatedDocuments: 'Seotud dokumendid',
    relatedDocument: 'Seotud dokument',
    relatedContent: 'Seotud sisu',
    relatedInformation: 'Seotud teave',
    readingGuide: 'Lugemisjuhend',
    medicationErrors: 'Ravimivigade ennetamine',
    signalAssessmentReport: 'Signaali hindamisaruanne',
    signalAssessmentReports: 'Signaalide hindamisaruanded',
  },
  documentStatus: {
    adopted: 'Vastu võetud',
    draft: 'Kavand',
  },
};
