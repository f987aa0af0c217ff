/** Hungarian strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const hu: PiChangesMessages = {
  title: 'Mi változott a(z) {name} termékinformációjában',
  description: 'A(z) {name} termékinformációjának két változat között eltérő szakaszai, szóról szóra.',
  lede: 'A termékinformáció két változata között eltérő szakaszok, szóról szóra: a törölt szavak áthúzva, a hozzáadottak aláhúzva láthatók.',
  formHeading: 'Összehasonlítandó változatok',
  language: 'A dokumentum nyelve',
  from: 'Régebbi változat',
  to: 'Újabb változat',
  compare: 'Összehasonlítás',
  versionOption: '{date}, {source}',
  undated: 'dátum nélkül',
  comparing: 'A(z) {to} változat összevetve a(z) {from} változattal',
  procedure: 'Az újabb változatot eredményező eljárás: {procedure}',
  first: 'Ez az első elérhető változat ezen a nyelven: minden szakasz hozzáadottként jelenik meg.',
  none: 'A két változat között egyetlen szakasz sem tér el.',
  noVersions: 'Ehhez a gyógyszerhez ezen a nyelven nincs termékinformáció.',
  changed: 'Módosítva',
  added: 'Hozzáadva',
  removed: 'Törölve',
  headingBefore: 'Korábbi cím: {heading}',
  readSection: 'A szakasz elolvasása',
  count: 'Eltérő szakaszok: {count}',
};
