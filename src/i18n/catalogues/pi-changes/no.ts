/** Norwegian strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const no: PiChangesMessages = {
  title: 'Hva som er endret i produktinformasjonen for {name}',
  description: 'Avsnittene i produktinformasjonen for {name} som er ulike mellom to versjoner, ord for ord.',
  lede: 'Avsnittene som er ulike mellom to versjoner av produktinformasjonen, ord for ord: fjernede ord er gjennomstreket, tilføyde ord understreket.',
  formHeading: 'Versjoner som sammenlignes',
  language: 'Dokumentets språk',
  from: 'Eldre versjon',
  to: 'Nyere versjon',
  compare: 'Sammenlign',
  versionOption: '{date}, {source}',
  undated: 'udatert',
  comparing: 'Versjon av {to} sammenlignet med versjonen av {from}',
  procedure: 'Prosedyre som førte til den nyere versjonen: {procedure}',
  first: 'Dette er den første versjonen på dette språket: alle avsnitt vises som tilføyd.',
  none: 'Ingen avsnitt er ulike mellom disse to versjonene.',
  noVersions: 'Det finnes ingen produktinformasjon for dette legemidlet på dette språket.',
  changed: 'Endret',
  added: 'Tilføyd',
  removed: 'Fjernet',
  headingBefore: 'Tidligere overskrift: {heading}',
  readSection: 'Les dette avsnittet',
  count: '{count} avsnitt er ulike',
};
