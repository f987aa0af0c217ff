/** Italian labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const it: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Modifiche dall’autorizzazione iniziale del medicinale',
    initialAuthorisation: 'Documenti dell’autorizzazione all’immissione in commercio iniziale',
    trackedChanges: 'Informazioni sul prodotto – con revisioni',
    safetyUpdates: 'Aggiornamenti sulla sicurezza',
    relatedDocuments: 'Documenti correlati',
    relatedDocument: 'Documento correlato',
    relatedContent: 'Contenuti correlati',
    relatedInformation: 'Informazioni correlate',
    readingGuide: 'Guida alla lettura',
    medicationErrors: 'Prevenzione degli errori terapeutici',
    signalAssessmentReport: 'Relazione di valutazione del segnale',
    signalAssessmentReports: 'Relazioni di valutazione dei segnali',
  },
  documentStatus: {
    adopted: 'Adottato',
    draft: 'Bozza',
  },
};
