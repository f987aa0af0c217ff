/** Danish strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const da: PiChangesMessages = {
  title: 'Hvad er ændret i produktinformationen for {name}',
  description: 'De afsnit i produktinformationen for {name}, der er forskellige mellem to versioner, ord for ord.',
  lede: 'De afsnit, der er forskellige mellem to versioner af produktinformationen, ord for ord: fjernede ord er gennemstreget, tilføjede ord understreget.',
  formHeading: 'Versioner, der sammenlignes',
  language: 'Dokumentets sprog',
  from: 'Ældre version',
  to: 'Nyere version',
  compare: 'Sammenlign',
  versionOption: '{date}, {source}',
  undated: 'udateret',
  comparing: 'Version af {to} sammenlignet med versionen af {from}',
  procedure: 'Procedure, der førte til den nyere version: {procedure}',
  first: 'Dette er den første version på dette sprog: alle afsnit vises som tilføjet.',
  none: 'Ingen afsnit er forskellige mellem disse to versioner.',
  noVersions: 'Der findes ingen produktinformation for dette lægemiddel på dette sprog.',
  changed: 'Ændret',
  added: 'Tilføjet',
  removed: 'Fjernet',
  headingBefore: 'Tidligere overskrift: {heading}',
  readSection: 'Læs dette afsnit',
  count: '{count} afsnit er forskellige',
};
