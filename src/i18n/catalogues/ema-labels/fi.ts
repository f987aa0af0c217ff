/** Finnish labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const fi: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Muutokset lääkkeen ensimmäisen myyntiluvan jälkeen',
    initialAuthorisation: 'Ensimmäisen myyntiluvan asiakirjat',
    trackedChanges: 'Valmistetiedot – muutokset merkittyinä',
    safetyUpdates: 'Turvallisuuspäivitykset',
    relatedDocuments: 'Aiheeseen liittyvät asiakirjat',
    relatedDocument: 'Aiheeseen liittyvä asiakirja',
    relatedContent: 'Aiheeseen liittyvä sisältö',
    relatedInformation: 'Aiheeseen liittyvät tiedot',
    readingGuide: 'Lukuohje',
    medicationErrors: 'Lääkitysvirheiden ehkäiseminen',
    signalAssessmentReport: 'Signaalin arviointiraportti',
    signalAssessmentReports: 'Signaalien arviointiraportit',
  },
  documentStatus: {
    adopted: 'Hyväksytty',
    draft: 'Luonnos',
  },
};
