/** Greek labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const el: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Αλλαγές από την αρχική έγκριση του φαρμάκου',
    initialAuthorisation: 'Έγγραφα αρχικής άδειας κυκλοφορίας',
    trackedChanges: 'Πληροφορίες προϊόντος – με παρακολούθηση αλλαγών',
    safetyUpdates: 'Επικαιροποιήσεις ασφάλειας',
    relatedDocuments: 'Σχετικά έγγραφα',
    relatedDocument: 'Σχετικό έγγραφο',
    relatedContent: 'Σχετικό περιεχόμενο',
    relatedInformation: 'Σχετικές πληροφορίες',
    readingGuide: 'Οδηγός ανάγνωσης',
    medicationErrors: 'Πρόληψη φαρμακευτικών σφαλμάτων',
    signalAssessmentReport: 'Έκθεση αξιολόγησης σήματος',
    signalAssessmentReports: 'Εκθέσεις αξιολόγησης σημάτων',
  },
  documentStatus: {
    adopted: 'Εγκρίθηκε',
    draft: 'Σχέδιο',
  },
};
