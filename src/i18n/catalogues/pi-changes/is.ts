/** Icelandic strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const is: PiChangesMessages = {
  title: 'Hvað breyttist í lyfjaupplýsingum {name}',
  description: 'Kaflar lyfjaupplýsinga {name} sem eru ólíkir milli tveggja útgáfa, orð fyrir orð.',
  lede: 'Kaflar sem eru ólíkir milli tveggja útgáfa lyfjaupplýsinganna, orð fyrir orð: strikað er yfir orð sem voru fjarlægð, undir orð sem var bætt við.',
  formHeading: 'Útgáfur sem eru bornar saman',
  language: 'Tungumál skjalsins',
  from: 'Eldri útgáfa',
  to: 'Nýrri útgáfa',
  compare: 'Bera saman',
  versionOption: '{date}, {source}',
  undated: 'án dagsetningar',
  comparing: 'Útgáfa frá {to} borin saman við útgáfu frá {from}',
  procedure: 'Málsmeðferð sem leiddi til nýrri útgáfunnar: {procedure}',
  first: 'Þetta er fyrsta útgáfan á þessu tungumáli: allir kaflar eru sýndir sem nýir.',
  none: 'Enginn kafli er ólíkur milli þessara tveggja útgáfa.',
  noVersions: 'Engar lyfjaupplýsingar eru til fyrir þetta lyf á þessu tungumáli.',
  changed: 'Breytt',
  added: 'Bætt við',
  removed: 'Fjarlægt',
  headingBefore: 'Fyrri fyrirsögn: {heading}',
  readSection: 'Lesa þennan kafla',
  count: 'Ólíkir kaflar: {count}',
};
