/** Romanian strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const ro: PiChangesMessages = {
  title: 'Ce s-a schimbat în informațiile despre produs ale {name}',
  description: 'Secțiunile din informațiile despre produs ale {name} care diferă între două versiuni, cuvânt cu cuvânt.',
  lede: 'Secțiunile care diferă între două versiuni ale informațiilor despre produs, cuvânt cu cuvânt: cuvintele eliminate sunt tăiate, cele adăugate subliniate.',
  formHeading: 'Versiuni de comparat',
  language: 'Limba documentului',
  from: 'Versiunea mai veche',
  to: 'Versiunea mai nouă',
  compare: 'Compară',
  versionOption: '{date}, {source}',
  undated: 'fără dată',
  comparing: 'Versiunea din {to} comparată cu versiunea din {from}',
  procedure: 'Procedura din care a rezultat versiunea mai nouă: {procedure}',
  first: 'Aceasta este prima versiune disponibilă în această limbă: toate secțiunile apar ca adăugate.',
  none: 'Nicio secțiune nu diferă între aceste două versiuni.',
  noVersions: 'Nu există informații despre produs pentru acest medicament în această limbă.',
  changed: 'Modificată',
  added: 'Adăugată',
  removed: 'Eliminată',
  headingBefore: 'Titlul anterior: {heading}',
  readSection: 'Citiți această secțiune',
  count: 'Secțiuni care diferă: {count}',
};
