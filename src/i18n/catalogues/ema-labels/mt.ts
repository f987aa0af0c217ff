/** Maltese labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const mt: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Bidliet mill-awtorizzazzjoni inizjali tal-mediċina',
    initialAuthorisation: 'Dokumenti tal-awtorizzazzjoni inizjali għat-tqegħid fis-suq',
    trackedChanges: 'Informazzjoni dwar il-prodott – bil-bidliet immarkati',
    safetyUpdates: 'Aġġornamenti dwar is-sigurtà',
    relatedDocuments: 'Dokumenti relatati',
    relatedDocument: 'Dokument relatat',
    relatedContent: 'Kontenut relatat',
    relatedInformation: 'Informazzjoni relatata',
    readingGuide: 'Gwida għall-qari',
    medicationErrors: 'Prevenzjoni ta’ żbalji fil-medikazzjoni',
    signalAssessmentReport: 'Rapport ta’ valutazzjoni ta’ sinjal',
    signalAssessmentReports: 'Rapporti ta’ valutazzjoni ta’ sinjali',
  },
  documentStatus: {
    adopted: 'Adottat',
    draft: 'Abbozz',
  },
};
