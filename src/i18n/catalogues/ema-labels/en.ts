/**
 * EMA's recurring headings and labels on a medicine's page, which it prints in English whatever
 * the reader's language: the groups its documents are filed under ("Changes since initial
 * authorisation of medicine") and a document's status ("Adopted"). They are interface text, not
 * regulatory text, so they are translated here; the page matches EMA's English words against
 * `en` and keeps any heading it does not know in English, marked `lang="en"`. New keys come from
 * the document groups of the corpus's EPAR pages, most frequent first.
 */

export interface EmaLabelMessages {
  /** Document groups, each EMA's exact English heading in `en`. */
  groups: {
    changesSinceAuthorisation: string;
    initialAuthorisation: string;
    trackedChanges: string;
    safetyUpdates: string;
    relatedDocuments: string;
    relatedDocument: string;
    relatedContent: string;
    relatedInformation: string;
    readingGuide: string;
    medicationErrors: string;
    signalAssessmentReport: string;
    signalAssessmentReports: string;
  };
  /** A document's status as EMA labels it. */
  documentStatus: {
    adopted: string;
    draft: string;
  };
}

export const en: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Changes since initial authorisation of medicine',
    initialAuthorisation: 'Initial marketing authorisation documents',
    trackedChanges: 'Product information - with tracked changes',
    safetyUpdates: 'Safety updates',
    relatedDocuments: 'Related documents',
    relatedDocument: 'Related document',
    relatedContent: 'Related content',
    relatedInformation: 'Related information',
    readingGuide: 'Reading guide',
    medicationErrors: 'Preventing medication errors',
    signalAssessmentReport: 'Signal assessment report',
    signalAssessmentReports: 'Signal assessment reports',
  },
  documentStatus: {
    adopted: 'Adopted',
    draft: 'Draft',
  },
};
