/** Slovenian labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const sl: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Spremembe od prvega dovoljenja za zdravilo',
    initialAuthorisation: 'Dokumenti prvega dovoljenja za promet',
    trackedChanges: 'Informacije o zdravilu – s sledenimi spremembami',
    safetyUpdates: 'Posodobitve glede varnosti',
    relatedDocuments: 'Povezani dokumenti',
    relatedDocument: 'Povezan dokument',
    relatedContent: 'Povezana vsebina',
    relatedInformation: 'Povezane informacije',
    readingGuide: 'Vodnik za branje',
    medicationErrors: 'Preprečevanje napak pri uporabi zdravil',
    signalAssessmentReport: 'Poročilo o oceni signala',
    signalAssessmentReports: 'Poročila o oceni signalov',
  },
  documentStatus: {
    adopted: 'Sprejeto',
    draft: 'Osnutek',
  },
};
