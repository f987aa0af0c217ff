/** Irish strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const ga: PiChangesMessages = {
  title: 'Cad a d’athraigh i bhfaisnéis táirge {name}',
  description: 'Na codanna d’fhaisnéis táirge {name} atá difriúil idir dhá leagan, focal ar fhocal.',
  lede: 'Na codanna atá difriúil idir dhá leagan d’fhaisnéis an táirge, focal ar fhocal: tá líne tríd na focail a baineadh, líne faoi na focail a cuireadh leis.',
  formHeading: 'Leaganacha le comparáid',
  language: 'Teanga an doiciméid',
  from: 'Leagan níos sine',
  to: 'Leagan níos nuaí',
  compare: 'Déan comparáid',
  versionOption: '{date}, {source}',
  undated: 'gan dáta',
  comparing: 'Leagan {to} i gcomparáid le leagan {from}',
  procedure: 'An nós imeachta as ar tháinig an leagan níos nuaí: {procedure}',
  first: 'Seo an chéad leagan atá ar fáil sa teanga seo: taispeántar gach cuid mar chuid a cuireadh leis.',
  none: 'Níl aon chuid difriúil idir an dá leagan seo.',
  noVersions: 'Níl aon fhaisnéis táirge ar fáil don chógas seo sa teanga seo.',
  changed: 'Athraithe',
  added: 'Curtha leis',
  removed: 'Bainte',
  headingBefore: 'Ceannteideal roimhe: {heading}',
  readSection: 'Léigh an chuid seo',
  count: 'Codanna difriúla: {count}',
};
