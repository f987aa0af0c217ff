/** Latvian labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const lv: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Izmaiņas kopš zāļu sākotnējās reģistrācijas',
    initialAuthorisation: 'Sākotnējās reģistrācijas apliecības dokumenti',
    trackedChanges: 'Zāļu informācija – ar izsekotām izmaiņām',
    safetyUpdates: 'Drošuma informācijas atjauninājumi',
    relatedDocuments: 'Saistītie dokumenti',
    relatedDocument: 'Saistītais dokuments',
    relatedContent: 'Saistītais saturs',
    relatedInformation: 'Saistītā informācija',
    readingGuide: 'Lasīšanas ceļvedis',
    medicationErrors: 'Medikācijas kļūdu novēršana',
    signalAssessmentReport: 'Signāla novērtējuma ziņojums',
    signalAssessmentReports: 'Signālu novērtējuma ziņojumi',
  },
  documentStatus: {
    adopted: 'Pieņemts',
    draft: 'Projekts',
  },
};
