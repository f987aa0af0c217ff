/** Greek interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const el: MedicineDataMessages = {
  notStated: 'δεν αναφέρεται',
  presentations: {
    heading: 'Εγκεκριμένες συσκευασίες',
    caption: 'Όλες οι εγκεκριμένες συσκευασίες',
    columns: { euNumber: 'Αριθμός ΕΕ', inventedName: 'Επινοηθείσα ονομασία', strength: 'Περιεκτικότητα', pharmaceuticalForm: 'Φαρμακοτεχνική μορφή', routeOfAdministration: 'Οδός χορήγησης', immediatePackaging: 'Στοιχειώδης συσκευασία', content: 'Περιεχόμενο (συγκέντρωση)', packSize: 'Μέγεθος συσκευασίας' },
  },
  procedures: {
    heading: 'Διαδικασίες μετά την έγκριση',
    caption: 'Διαδικασίες μετά την έγκριση, με πρώτες τις πιο πρόσφατες',
    columns: { number: 'Αριθμός διαδικασίας', type: 'Τύπος', scope: 'Αντικείμενο', opinionDate: 'Γνώμη ή κοινοποίηση', commissionDecisionDate: 'Απόφαση της Επιτροπής', productInformationAffected: 'Επηρεαζόμενες πληροφορίες προϊόντος', summary: 'Περίληψη' },
    otherNumbers: 'Άλλοι αριθμοί',
    types: { 'variation-ia': 'Τροποποίηση τύπου IA', 'variation-ib': 'Τροποποίηση τύπου IB', 'variation-ii': 'Τροποποίηση τύπου II', extension: 'Επέκταση', renewal: 'Ανανέωση', 'annual-reassessment': 'Ετήσια επανεκτίμηση', psur: 'Έκθεση περιοδικής παρακολούθησης της ασφάλειας (ΕΠΠΑ)', transfer: 'Μεταβίβαση', referral: 'Παραπομπή', 'post-authorisation-measure': 'Μέτρο μετά την έγκριση', other: 'Άλλο' },
  },
};
