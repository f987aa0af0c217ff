/** Polish open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const pl: OpenDataMessages = {
  footerLink: 'O otwartych danych',
  apiReference: 'Dokumentacja API',
  title: 'Otwarte dane',
  description: 'Wszystkie rekordy OpenEPAR jako otwarte dane: API JSON opisane w OpenAPI, kanały RSS i Atom, podpisane webhooki i pełne eksporty, z przykładami.',
  lede: 'Wszystko w tym serwisie jest też dostępne jako dane do ponownego wykorzystania: do ich czytania nie trzeba się rejestrować.',
  api: {
    heading: 'API JSON',
    text: 'Każdy lek, jego pełna historia i wyszukiwarka są dostępne w formacie JSON. Dokumentacja API wymienia każdy punkt końcowy z parametrami i odpowiedziami, a można je wypróbować w przeglądarce.',
    reference: 'Przeczytaj dokumentację API',
    openApi: 'Opis OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Kanały',
    text: 'Śledź zmiany w dowolnym czytniku kanałów: każdy lek, każde wyszukiwanie i strona Nowości mają kanał RSS i Atom, do którego strona prowadzi.',
  },
  webhooks: {
    heading: 'Webhooki',
    text: 'Otrzymuj podpisane żądanie HTTP, gdy tylko lek się zmieni, dla jednego leku lub dla wyszukiwania. Subskrypcje wymagają klucza API, który wydaje operator portalu.',
  },
  exports: {
    heading: 'Eksporty',
    text: 'Pobierz cały katalog, przechodząc po łączu „next” każdej strony listy leków, i aktualizuj go, pobierając zmiany od ostatniego pobrania.',
  },
  example: 'Przykład',
  notFound: {
    searchLabel: 'Wyszukaj lek',
    searchButton: 'Szukaj',
    suggestions: 'Możesz spróbować',
    searchFor: 'Wyszukać „{words}”',
    apiReference: 'Dokumentacja API dla programistów',
  },
  descriptions: {
    catalogue: 'Wszystkie leki ocenione przez Europejską Agencję Leków, z ich statusem, firmą i obszarem terapeutycznym.',
    browse: 'Przeglądaj leki ocenione przez Europejską Agencję Leków według obszaru terapeutycznego, firmy lub kodu ATC.',
    notFound: 'Ta strona nie istnieje. Wyszukaj lek lub przeglądaj katalog.',
  },
};
