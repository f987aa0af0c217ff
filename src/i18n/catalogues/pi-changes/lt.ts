/** Lithuanian strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const lt: PiChangesMessages = {
  title: 'Kas pasikeitė vaistinio preparato {name} informacijoje',
  description: 'Vaistinio preparato {name} informacijos skyriai, kurie skiriasi tarp dviejų versijų, žodis po žodžio.',
  lede: 'Skyriai, kurie skiriasi tarp dviejų vaistinio preparato informacijos versijų, žodis po žodžio: pašalinti žodžiai perbraukti, pridėti – pabraukti.',
  formHeading: 'Lyginamos versijos',
  language: 'Dokumento kalba',
  from: 'Senesnė versija',
  to: 'Naujesnė versija',
  compare: 'Palyginti',
  versionOption: '{date}, {source}',
  undated: 'be datos',
  comparing: '{to} versija, palyginti su {from} versija',
  procedure: 'Procedūra, po kurios atsirado naujesnė versija: {procedure}',
  first: 'Tai pirmoji šia kalba turima versija: visi skyriai rodomi kaip pridėti.',
  none: 'Tarp šių dviejų versijų nesiskiria nė vienas skyrius.',
  noVersions: 'Šio vaisto informacijos šia kalba nėra.',
  changed: 'Pakeista',
  added: 'Pridėta',
  removed: 'Pašalinta',
  headingBefore: 'Ankstesnė antraštė: {heading}',
  readSection: 'Skaityti šį skyrių',
  count: 'Besiskiriančių skyrių: {count}',
};
