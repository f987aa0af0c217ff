/** Hungarian labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const hu: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'A gyógyszer első engedélyezése óta történt változások',
    initialAuthorisation: 'Az első forgalomba hozatali engedély dokumentumai',
    trackedChanges: 'Termékinformáció – követett módosításokkal',
    safetyUpdates: 'Biztonságossági frissítések',
    relatedDocuments: 'Kapcsolódó dokumentumok',
    relatedDocument: 'Kapcsolódó dokumentum',
    relatedContent: 'Kapcsolódó tartalom',
    relatedInformation: 'Kapcsolódó információk',
    readingGuide: 'Olvasási útmutató',
    medicationErrors: 'A gyógyszerelési hibák megelőzése',
    signalAssessmentReport: 'Szignálértékelő jelentés',
    signalAssessmentReports: 'Szignálértékelő jelentések',
  },
  documentStatus: {
    adopted: 'Elfogadva',
    draft: 'Tervezet',
  },
};
