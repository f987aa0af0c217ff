/** Polish labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const pl: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Zmiany od pierwszego dopuszczenia leku do obrotu',
    initialAuthorisation: 'Dokumenty pierwszego pozwolenia na dopuszczenie do obrotu',
    trackedChanges: 'Informacja o produkcie – ze śledzeniem zmian',
    safetyUpdates: 'Aktualizacje dotyczące bezpieczeństwa',
    relatedDocuments: 'Powiązane dokumenty',
    relatedDocument: 'Powiązany dokument',
    relatedContent: 'Powiązane treści',
    relatedInformation: 'Powiązane informacje',
    readingGuide: 'Przewodnik po dokumentach',
    medicationErrors: 'Zapobieganie błędom medycznym',
    signalAssessmentReport: 'Raport z oceny sygnału',
    signalAssessmentReports: 'Raporty z oceny sygnałów',
  },
  documentStatus: {
    adopted: 'Przyjęty',
    draft: 'Projekt',
  },
};
