/** Croatian strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const hr: PiChangesMessages = {
  title: 'Što se promijenilo u informacijama o lijeku {name}',
  description: 'Dijelovi informacija o lijeku {name} koji se razlikuju između dviju verzija, riječ po riječ.',
  lede: 'Dijelovi koji se razlikuju između dviju verzija informacija o lijeku, riječ po riječ: uklonjene riječi su precrtane, dodane podcrtane.',
  formHeading: 'Verzije za usporedbu',
  language: 'Jezik dokumenta',
  from: 'Starija verzija',
  to: 'Novija verzija',
  compare: 'Usporedi',
  versionOption: '{date}, {source}',
  undated: 'bez datuma',
  comparing: 'Verzija od {to} u usporedbi s verzijom od {from}',
  procedure: 'Postupak iz kojeg je proizašla novija verzija: {procedure}',
  first: 'Ovo je prva dostupna verzija na ovom jeziku: svi su dijelovi prikazani kao dodani.',
  none: 'Nijedan se dio ne razlikuje između ovih dviju verzija.',
  noVersions: 'Za ovaj lijek nema informacija o lijeku na ovom jeziku.',
  changed: 'Promijenjeno',
  added: 'Dodano',
  removed: 'Uklonjeno',
  headingBefore: 'Prethodni naslov: {heading}',
  readSection: 'Pročitajte ovaj dio',
  count: 'Dijelova koji se razlikuju: {count}',
};
