/** Slovenian strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const sl: PiChangesMessages = {
  title: 'Kaj se je spremenilo v informacijah o zdravilu {name}',
  description: 'Poglavja informacij o zdravilu {name}, ki se med dvema različicama razlikujejo, beseda za besedo.',
  lede: 'Poglavja, ki se med dvema različicama informacij o zdravilu razlikujejo, beseda za besedo: odstranjene besede so prečrtane, dodane podčrtane.',
  formHeading: 'Različici za primerjavo',
  language: 'Jezik dokumenta',
  from: 'Starejša različica',
  to: 'Novejša različica',
  compare: 'Primerjaj',
  versionOption: '{date}, {source}',
  undated: 'brez datuma',
  comparing: 'Različica z dne {to} v primerjavi z različico z dne {from}',
  procedure: 'Postopek, iz katerega izhaja novejša različica: {procedure}',
  first: 'To je prva različica v tem jeziku: vsa poglavja so prikazana kot dodana.',
  none: 'Nobeno poglavje se med tema različicama ne razlikuje.',
  noVersions: 'Za to zdravilo v tem jeziku ni informacij o zdravilu.',
  changed: 'Spremenjeno',
  added: 'Dodano',
  removed: 'Odstranjeno',
  headingBefore: 'Prejšnji naslov: {heading}',
  readSection: 'Preberite to poglavje',
  count: 'Poglavij, ki se razlikujejo: {count}',
};
