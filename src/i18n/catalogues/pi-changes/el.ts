/** Greek strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const el: PiChangesMessages = {
  title: 'Τι άλλαξε στις πληροφορίες προϊόντος του {name}',
  description: 'Οι ενότητες των πληροφοριών προϊόντος του {name} που διαφέρουν μεταξύ δύο εκδόσεων, λέξη προς λέξη.',
  lede: 'Οι ενότητες που διαφέρουν μεταξύ δύο εκδόσεων των πληροφοριών προϊόντος, λέξη προς λέξη: οι λέξεις που αφαιρέθηκαν είναι διαγραμμένες, όσες προστέθηκαν υπογραμμισμένες.',
  formHeading: 'Εκδόσεις προς σύγκριση',
  language: 'Γλώσσα του εγγράφου',
  from: 'Παλαιότερη έκδοση',
  to: 'Νεότερη έκδοση',
  compare: 'Σύγκριση',
  versionOption: '{date}, {source}',
  undated: 'χωρίς ημερομηνία',
  comparing: 'Έκδοση της {to} σε σύγκριση με την έκδοση της {from}',
  procedure: 'Διαδικασία από την οποία προέκυψε η νεότερη έκδοση: {procedure}',
  first: 'Αυτή είναι η πρώτη διαθέσιμη έκδοση σε αυτή τη γλώσσα: όλες οι ενότητες εμφανίζονται ως προστιθέμενες.',
  none: 'Καμία ενότητα δεν διαφέρει μεταξύ αυτών των δύο εκδόσεων.',
  noVersions: 'Δεν υπάρχουν πληροφορίες προϊόντος για αυτό το φάρμακο σε αυτή τη γλώσσα.',
  changed: 'Άλλαξε',
  added: 'Προστέθηκε',
  removed: 'Αφαιρέθηκε',
  headingBefore: 'Προηγούμενος τίτλος: {heading}',
  readSection: 'Διαβάστε αυτή την ενότητα',
  count: 'Ενότητες που διαφέρουν: {count}',
};
