/** Finnish strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const fi: PiChangesMessages = {
  title: 'Mitä valmisteen {name} valmistetiedoissa muuttui',
  description: 'Valmisteen {name} valmistetietojen kohdat, jotka eroavat kahden version välillä, sana sanalta.',
  lede: 'Kohdat, jotka eroavat valmistetietojen kahden version välillä, sana sanalta: poistetut sanat on yliviivattu, lisätyt alleviivattu.',
  formHeading: 'Verrattavat versiot',
  language: 'Asiakirjan kieli',
  from: 'Vanhempi versio',
  to: 'Uudempi versio',
  compare: 'Vertaa',
  versionOption: '{date}, {source}',
  undated: 'päiväämätön',
  comparing: 'Versio {to} verrattuna versioon {from}',
  procedure: 'Menettely, josta uudempi versio johtui: {procedure}',
  first: 'Tämä on ensimmäinen tällä kielellä säilytetty versio: kaikki kohdat näytetään lisättyinä.',
  none: 'Mikään kohta ei eroa näiden kahden version välillä.',
  noVersions: 'Tästä lääkkeestä ei ole valmistetietoja tällä kielellä.',
  changed: 'Muutettu',
  added: 'Lisätty',
  removed: 'Poistettu',
  headingBefore: 'Aiempi otsikko: {heading}',
  readSection: 'Lue tämä kohta',
  count: 'Eroavia kohtia: {count}',
};
