/** Italian strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const it: PiChangesMessages = {
  title: 'Che cosa è cambiato nelle informazioni sul prodotto di {name}',
  description: 'Le sezioni delle informazioni sul prodotto di {name} che differiscono tra due versioni, parola per parola.',
  lede: 'Le sezioni che differiscono tra due versioni delle informazioni sul prodotto, parola per parola: le parole eliminate sono barrate, quelle aggiunte sottolineate.',
  formHeading: 'Versioni da confrontare',
  language: 'Lingua del documento',
  from: 'Versione precedente',
  to: 'Versione più recente',
  compare: 'Confronta',
  versionOption: '{date}, {source}',
  undated: 'senza data',
  comparing: 'Versione del {to} confrontata con la versione del {from}',
  procedure: 'Procedura da cui è derivata la versione più recente: {procedure}',
  first: 'Questa è la prima versione disponibile in questa lingua: tutte le sezioni sono mostrate come aggiunte.',
  none: 'Nessuna sezione differisce tra queste due versioni.',
  noVersions: 'Non sono disponibili informazioni sul prodotto per questo medicinale in questa lingua.',
  changed: 'Modificata',
  added: 'Aggiunta',
  removed: 'Eliminata',
  headingBefore: 'Titolo precedente: {heading}',
  readSection: 'Leggi questa sezione',
  count: 'Sezioni che differiscono: {count}',
};
