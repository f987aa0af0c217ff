/** Dutch strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const nl: PiChangesMessages = {
  title: 'Wat er is gewijzigd in de productinformatie van {name}',
  description: 'De rubrieken van de productinformatie van {name} die tussen twee versies verschillen, woord voor woord.',
  lede: 'De rubrieken die tussen twee versies van de productinformatie verschillen, woord voor woord: verwijderde woorden zijn doorgestreept, toegevoegde onderstreept.',
  formHeading: 'Te vergelijken versies',
  language: 'Taal van het document',
  from: 'Oudere versie',
  to: 'Nieuwere versie',
  compare: 'Vergelijken',
  versionOption: '{date}, {source}',
  undated: 'zonder datum',
  comparing: 'Versie van {to} vergeleken met de versie van {from}',
  procedure: 'Procedure waaruit de nieuwere versie voortkwam: {procedure}',
  first: 'Dit is de eerste beschikbare versie in deze taal: alle rubrieken worden als toegevoegd getoond.',
  none: 'Geen enkele rubriek verschilt tussen deze twee versies.',
  noVersions: 'Er is geen productinformatie van dit geneesmiddel in deze taal.',
  changed: 'Gewijzigd',
  added: 'Toegevoegd',
  removed: 'Verwijderd',
  headingBefore: 'Vorige kop: {heading}',
  readSection: 'Deze rubriek lezen',
  count: '{count} rubrieken verschillen',
};
