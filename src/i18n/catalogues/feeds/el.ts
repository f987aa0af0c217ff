/** Greek feed interface strings. */
import type { FeedMessages } from './en.ts';

export const el: FeedMessages = {
  medicineTitle: '{medicine}: αλλαγές',
  medicineDescription: 'Αλλαγές στα στοιχεία του {medicine}: καθεστώς, έγγραφα, πληροφορίες προϊόντος και άλλα, με τις νεότερες πρώτα.',
  whatsNewTitle: 'Τι νέο υπάρχει: αλλαγές σε φάρμακα',
  whatsNewDescription: 'Αλλαγές σε φάρμακα που αξιολόγησε ο Ευρωπαϊκός Οργανισμός Φαρμάκων, με τις νεότερες πρώτα.',
  searchTitle: 'Αλλαγές σε φάρμακα που αντιστοιχούν σε «{query}»',
  searchTitleAll: 'Αλλαγές στα φάρμακα μιας αναζήτησης',
  searchDescription: 'Αλλαγές στα φάρμακα που βρίσκει μια αναζήτηση, με τις νεότερες πρώτα.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Παρακολουθήστε τις αλλαγές σε αυτό το φάρμακο:',
  subscribeSearch: 'Παρακολουθήστε τις αλλαγές στα φάρμακα που βρέθηκαν:',
  subscribeChanges: 'Παρακολουθήστε αυτές τις αλλαγές:',
};
