/** Slovak labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const sk: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Zmeny od prvej registrácie lieku',
    initialAuthorisation: 'Dokumenty k prvej registrácii',
    trackedChanges: 'Informácie o lieku – so sledovanými zmenami',
    safetyUpdates: 'Aktualizácie týkajúce sa bezpečnosti',
    relatedDocuments: 'Súvisiace dokumenty',
    relatedDocument: 'Súvisiaci dokument',
    relatedContent: 'Súvisiaci obsah',
    relatedInformation: 'Súvisiace informácie',
    readingGuide: 'Sprievodca čítaním',
    medicationErrors: 'Predchádzanie chybám pri podávaní liekov',
    signalAssessmentReport: 'Správa o hodnotení signálu',
    signalAssessmentReports: 'Správy o hodnotení signálov',
  },
  documentStatus: {
    adopted: 'Prijaté',
    draft: 'Návrh',
  },
};
