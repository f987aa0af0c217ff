/** Slovak strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const sk: PiChangesMessages = {
  title: 'Čo sa zmenilo v informáciách o lieku {name}',
  description: 'Časti informácií o lieku {name}, ktoré sa medzi dvoma verziami líšia, slovo po slove.',
  lede: 'Časti, ktoré sa medzi dvoma verziami informácií o lieku líšia, slovo po slove: odstránené slová sú prečiarknuté, pridané podčiarknuté.',
  formHeading: 'Porovnávané verzie',
  language: 'Jazyk dokumentu',
  from: 'Staršia verzia',
  to: 'Novšia verzia',
  compare: 'Porovnať',
  versionOption: '{date}, {source}',
  undated: 'bez dátumu',
  comparing: 'Verzia z {to} v porovnaní s verziou z {from}',
  procedure: 'Postup, z ktorého vzišla novšia verzia: {procedure}',
  first: 'Toto je prvá dostupná verzia v tomto jazyku: všetky časti sú zobrazené ako pridané.',
  none: 'Medzi týmito dvoma verziami sa nelíši žiadna časť.',
  noVersions: 'Pre tento liek nie sú v tomto jazyku k dispozícii informácie o lieku.',
  changed: 'Zmenené',
  added: 'Pridané',
  removed: 'Odstránené',
  headingBefore: 'Predchádzajúci nadpis: {heading}',
  readSection: 'Prečítať túto časť',
  count: 'Líšiacich sa častí: {count}',
};
