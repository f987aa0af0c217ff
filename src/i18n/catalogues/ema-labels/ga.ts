/** Irish labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const ga: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Athruithe ó údarú tosaigh an chógais',
    initialAuthorisation: 'Doiciméid an údaraithe margaíochta tosaigh',
    trackedChanges: 'Faisnéis an táirge – le hathruithe rianaithe',
    safetyUpdates: 'Nuashonruithe sábháilteachta',
    relatedDocuments: 'Doiciméid ghaolmhara',
    relatedDocument: 'Doiciméad gaolmhar',
    relatedContent: 'Ábhar gaolmhar',
    relatedInformation: 'Faisnéis ghaolmhar',
    readingGuide: 'Treoir léitheoireachta',
    medicationErrors: 'Earráidí cógais a chosc',
    signalAssessmentReport: 'Tuarascáil ar mheasúnú comhartha',
    signalAssessmentReports: 'Tuarascálacha ar mheasúnú comharthaí',
  },
  documentStatus: {
    adopted: 'Glactha',
    draft: 'Dréacht',
  },
};
