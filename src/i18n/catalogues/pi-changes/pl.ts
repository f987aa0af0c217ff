/** Polish strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const pl: PiChangesMessages = {
  title: 'Co zmieniło się w informacjach o produkcie {name}',
  description: 'Punkty informacji o produkcie {name}, które różnią się między dwiema wersjami, słowo po słowie.',
  lede: 'Punkty, które różnią się między dwiema wersjami informacji o produkcie, słowo po słowie: usunięte słowa są przekreślone, dodane – podkreślone.',
  formHeading: 'Porównywane wersje',
  language: 'Język dokumentu',
  from: 'Starsza wersja',
  to: 'Nowsza wersja',
  compare: 'Porównaj',
  versionOption: '{date}, {source}',
  undated: 'bez daty',
  comparing: 'Wersja z {to} w porównaniu z wersją z {from}',
  procedure: 'Procedura, w wyniku której powstała nowsza wersja: {procedure}',
  first: 'To pierwsza dostępna wersja w tym języku: wszystkie punkty są pokazane jako dodane.',
  none: 'Żaden punkt nie różni się między tymi dwiema wersjami.',
  noVersions: 'Brak informacji o produkcie dla tego leku w tym języku.',
  changed: 'Zmieniono',
  added: 'Dodano',
  removed: 'Usunięto',
  headingBefore: 'Poprzedni nagłówek: {heading}',
  readSection: 'Przeczytaj ten punkt',
  count: 'Różniące się punkty: {count}',
};
