/** Greek search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const el: SearchMessages = {
  title: 'Αναζήτηση φαρμάκων',
  titleWithQuery: 'Αποτελέσματα αναζήτησης για «{query}»',
  description:
    'Αναζητήστε κάθε φάρμακο που έχει αξιολογήσει ο EMA με βάση την ονομασία, τη δραστική ουσία, τη νόσο, την εταιρεία ή τον κωδικό, σε οποιαδήποτε γλώσσα της ΕΕ.',
  form: {
    label: 'Αναζήτηση φαρμάκων',
    hint: 'Ένα φάρμακο ή μια δραστική ουσία, μια νόσος, μια εταιρεία ή ένας κωδικός ATC, για παράδειγμα sotorasib, καρκίνος του πνεύμονα ή L01',
    button: 'Αναζήτηση',
    sort: 'Ταξινόμηση κατά',
    sortButton: 'Ταξινόμηση',
    apply: 'Εφαρμογή φίλτρων',
    clear: 'Απαλοιφή φίλτρων',
  },
  sortRelevance: 'Καλύτερη αντιστοιχία',
  facets: {
    heading: 'Φιλτράρισμα αποτελεσμάτων',
    category: 'Είδος φαρμάκου',
    status: 'Κατάσταση',
    area: 'Θεραπευτικός τομέας',
    atc: 'Κωδικός ATC',
    holder: 'Εταιρεία (κάτοχος ή αιτών)',
    flag: 'Κανονιστικά χαρακτηριστικά',
    year: 'Έτος έγκρισης',
    count: { one: '{count} αποτέλεσμα', other: '{count} αποτελέσματα' },
    browseAll: { area: 'Όλοι οι θεραπευτικοί τομείς', holder: 'Όλες οι εταιρείες', atc: 'Όλοι οι κωδικοί ATC' },
  },
  results: {
    heading: 'Αποτελέσματα',
    count: { one: 'Βρέθηκε {count} φάρμακο', other: 'Βρέθηκαν {count} φάρμακα' },
    range: 'Αποτελέσματα {from}–{to} από {count}',
    none: 'Κανένα φάρμακο δεν αντιστοιχεί στην αναζήτησή σας.',
    noneHelp: ['Ελέγξτε την ορθογραφία.', 'Χρησιμοποιήστε λιγότερες ή πιο γενικές λέξεις.', 'Αφαιρέστε ορισμένα φίλτρα.'],
    pageOutOfRange: 'Δεν υπάρχουν πλέον αποτελέσματα σε αυτή τη σελίδα.',
    // The Greek question mark is the semicolon.
    didYouMean: 'Μήπως εννοούσατε {suggestion};',
    foundIn: 'Βρέθηκε σε: {place}',
    match: {
      name: 'ονομασία ή δραστική ουσία',
      facts: 'ένδειξη, θεραπευτικός τομέας, εταιρεία ή κωδικός',
      overview: 'επισκόπηση του φαρμάκου',
      document: 'πληροφορίες προϊόντος',
    },
    documentPage: '{document}, σελίδα {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Σελίδες αποτελεσμάτων',
    previous: 'Προηγούμενη σελίδα',
    next: 'Επόμενη σελίδα',
    first: 'Πρώτη σελίδα',
    position: 'Σελίδα {page} από {pages}',
  },
  error: {
    heading: 'Υπάρχει πρόβλημα',
  },
  browse: {
    title: 'Περιήγηση στα φάρμακα',
    description: 'Όλα τα φάρμακα, ομαδοποιημένα σύμφωνα με τις ταξινομήσεις του EMA. Κάθε αριθμός οδηγεί στα αντίστοιχα φάρμακα.',
    byAtc: {
      title: 'Κατά κωδικό ATC',
      description:
        'Ανατομικοί θεραπευτικοί χημικοί κωδικοί (ATC), με τις φαρμακοθεραπευτικές κατηγορίες που αναφέρει ο EMA για τα φάρμακά του.',
      more: 'Υποκωδικοί του {code}',
    },
    byArea: { title: 'Κατά θεραπευτικό τομέα', description: 'Θεραπευτικοί τομείς (θεματικές επικεφαλίδες MeSH), όπως τους αποδίδει ο EMA.' },
    byHolder: {
      title: 'Κατά εταιρεία',
      description: 'Κάτοχοι άδειας κυκλοφορίας ή, για φάρμακα που δεν εγκρίθηκαν ποτέ, αιτούντες.',
    },
    byStatus: { title: 'Κατά κατάσταση', description: 'Σε ποιο σημείο βρίσκεται η έγκριση κάθε φαρμάκου.' },
    count: { one: '{count} φάρμακο', other: '{count} φάρμακα' },
    lettersLabel: 'Μετάβαση σε γράμμα',
    noLabel: 'Δεν αναφέρεται ομάδα',
    atcCode: 'Κωδικός ATC {code}',
  },
  suggest: {
    medicine: 'Φάρμακο',
    substance: 'Δραστική ουσία',
    area: 'Θεραπευτικός τομέας',
  },
};
