/** Estonian strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const et: PiChangesMessages = {
  title: 'Mis muutus ravimi {name} ravimiteabes',
  description: 'Ravimi {name} ravimiteabe lõigud, mis kahe versiooni vahel erinevad, sõna-sõnalt.',
  lede: 'Lõigud, mis ravimiteabe kahe versiooni vahel erinevad, sõna-sõnalt: eemaldatud sõnad on läbi kriipsutatud, lisatud sõnad alla joonitud.',
  formHeading: 'Võrreldavad versioonid',
  language: 'Dokumendi keel',
  from: 'Vanem versioon',
  to: 'Uuem versioon',
  compare: 'Võrdle',
  versionOption: '{date}, {source}',
  undated: 'kuupäevata',
  comparing: 'Versioon {to} võrrelduna versiooniga {from}',
  procedure: 'Menetlus, millest uuem versioon tulenes: {procedure}',
  first: 'See on esimene selles keeles olemasolev versioon: kõik lõigud on näidatud lisatuna.',
  none: 'Nende kahe versiooni vahel ei erine ükski lõik.',
  noVersions: 'Selle ravimi kohta ei ole selles keeles ravimiteavet.',
  changed: 'Muudetud',
  added: 'Lisatud',
  removed: 'Eemaldatud',
  headingBefore: 'Varasem pealkiri: {heading}',
  readSection: 'Loe seda lõiku',
  count: 'Erinevaid lõike: {count}',
};
