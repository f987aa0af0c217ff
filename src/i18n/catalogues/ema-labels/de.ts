/** German labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const de: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Änderungen seit der Erstzulassung des Arzneimittels',
    initialAuthorisation: 'Unterlagen zur Erstzulassung',
    trackedChanges: 'Produktinformation – mit nachverfolgten Änderungen',
    safetyUpdates: 'Sicherheitsaktualisierungen',
    relatedDocuments: 'Zugehörige Dokumente',
    relatedDocument: 'Zugehöriges Dokument',
    relatedContent: 'Zugehörige Inhalte',
    relatedInformation: 'Zugehörige Informationen',
    readingGuide: 'Lesehilfe',
    medicationErrors: 'Vermeidung von Medikationsfehlern',
    signalAssessmentReport: 'Bewertungsbericht zu einem Signal',
    signalAssessmentReports: 'Bewertungsberichte zu Signalen',
  },
  documentStatus: {
    adopted: 'Angenommen',
    draft: 'Entwurf',
  },
};
