/** Icelandic labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const is: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Breytingar frá fyrsta markaðsleyfi lyfsins',
    initialAuthorisation: 'Skjöl fyrsta markaðsleyfis',
    trackedChanges: 'Upplýsingar um lyfið – með rakningu breytinga',
    safetyUpdates: 'Uppfærslur um öryggi',
    relatedDocuments: 'Tengd skjöl',
    relatedDocument: 'Tengt skjal',
    relatedContent: 'Tengt efni',
    relatedInformation: 'Tengdar upplýsingar',
    readingGuide: 'Lestrarleiðbeiningar',
    medicationErrors: 'Að koma í veg fyrir lyfjamistök',
    signalAssessmentReport: 'Matsskýrsla um öryggisboð',
    signalAssessmentReports: 'Matsskýrslur um öryggisboð',
  },
  documentStatus: {
    adopted: 'Samþykkt',
    draft: 'Drög',
  },
};
