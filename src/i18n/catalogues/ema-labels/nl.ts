/** Dutch labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const nl: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Wijzigingen sinds de eerste vergunning van het geneesmiddel',
    initialAuthorisation: 'Documenten van de eerste handelsvergunning',
    trackedChanges: 'Productinformatie – met bijgehouden wijzigingen',
    safetyUpdates: 'Veiligheidsupdates',
    relatedDocuments: 'Gerelateerde documenten',
    relatedDocument: 'Gerelateerd document',
    relatedContent: 'Gerelateerde inhoud',
    relatedInformation: 'Gerelateerde informatie',
    readingGuide: 'Leeswijzer',
    medicationErrors: 'Medicatiefouten voorkomen',
    signalAssessmentReport: 'Beoordelingsrapport over een signaal',
    signalAssessmentReports: 'Beoordelingsrapporten over signalen',
  },
  documentStatus: {
    adopted: 'Vastgesteld',
    draft: 'Ontwerp',
  },
};
