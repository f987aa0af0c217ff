/** Norwegian (Bokmål) labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const no: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Endringer siden legemidlets første godkjenning',
    initialAuthorisation: 'Dokumenter fra den første markedsføringstillatelsen',
    trackedChanges: 'Produktinformasjon – med sporede endringer',
    safetyUpdates: 'Sikkerhetsoppdateringer',
    relatedDocuments: 'Relaterte dokumenter',
    relatedDocument: 'Relatert dokument',
    relatedContent: 'Relatert innhold',
    relatedInformation: 'Relatert informasjon',
    readingGuide: 'Leseveiledning',
    medicationErrors: 'Forebygging av medisineringsfeil',
    signalAssessmentReport: 'Rapport om signalvurdering',
    signalAssessmentReports: 'Rapporter om signalvurdering',
  },
  documentStatus: {
    adopted: 'Vedtatt',
    draft: 'Utkast',
  },
};
