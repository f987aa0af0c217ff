/** Swedish labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const sv: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Ändringar sedan läkemedlets första godkännande',
    initialAuthorisation: 'Dokument från det första godkännandet för försäljning',
    trackedChanges: 'Produktinformation – med spårade ändringar',
    safetyUpdates: 'Säkerhetsuppdateringar',
    relatedDocuments: 'Relaterade dokument',
    relatedDocument: 'Relaterat dokument',
    relatedContent: 'Relaterat innehåll',
    relatedInformation: 'Relaterad information',
    readingGuide: 'Läsanvisning',
    medicationErrors: 'Förebygga medicineringsfel',
    signalAssessmentReport: 'Utredningsrapport om signal',
    signalAssessmentReports: 'Utredningsrapporter om signaler',
  },
  documentStatus: {
    adopted: 'Antagen',
    draft: 'Utkast',
  },
};
