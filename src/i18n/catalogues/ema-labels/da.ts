/** Danish labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const da: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Ændringer siden lægemidlets første godkendelse',
    initialAuthorisation: 'Dokumenter fra den første markedsføringstilladelse',
    trackedChanges: 'Produktinformation – med registrerede ændringer',
    safetyUpdates: 'Sikkerhedsopdateringer',
    relatedDocuments: 'Relaterede dokumenter',
    relatedDocument: 'Relateret dokument',
    relatedContent: 'Relateret indhold',
    relatedInformation: 'Relaterede oplysninger',
    readingGuide: 'Læsevejledning',
    medicationErrors: 'Forebyggelse af medicineringsfejl',
    signalAssessmentReport: 'Rapport om signalvurdering',
    signalAssessmentReports: 'Rapporter om signalvurdering',
  },
  documentStatus: {
    adopted: 'Vedtaget',
    draft: 'Udkast',
  },
};
