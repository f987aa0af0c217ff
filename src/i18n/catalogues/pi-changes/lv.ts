/** Latvian strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const lv: PiChangesMessages = {
  title: 'Kas mainījies zāļu {name} informācijā',
  description: 'Zāļu {name} informācijas sadaļas, kas atšķiras starp divām versijām, vārdu pa vārdam.',
  lede: 'Sadaļas, kas atšķiras starp divām zāļu informācijas versijām, vārdu pa vārdam: izņemtie vārdi ir pārsvītroti, pievienotie – pasvītroti.',
  formHeading: 'Salīdzināmās versijas',
  language: 'Dokumenta valoda',
  from: 'Vecākā versija',
  to: 'Jaunākā versija',
  compare: 'Salīdzināt',
  versionOption: '{date}, {source}',
  undated: 'bez datuma',
  comparing: '{to} versija salīdzinājumā ar {from} versiju',
  procedure: 'Procedūra, kuras rezultātā radās jaunākā versija: {procedure}',
  first: 'Šī ir pirmā šajā valodā pieejamā versija: visas sadaļas parādītas kā pievienotas.',
  none: 'Starp šīm divām versijām neatšķiras neviena sadaļa.',
  noVersions: 'Šīm zālēm šajā valodā nav zāļu informācijas.',
  changed: 'Mainīts',
  added: 'Pievienots',
  removed: 'Izņemts',
  headingBefore: 'Iepriekšējais virsraksts: {heading}',
  readSection: 'Lasīt šo sadaļu',
  count: 'Atšķirīgas sadaļas: {count}',
};
