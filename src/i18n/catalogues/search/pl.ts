/** Polish search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const pl: SearchMessages = {
  title: 'Wyszukiwanie leków',
  titleWithQuery: 'Wyniki wyszukiwania dla „{query}”',
  description:
    'Wyszukaj dowolny lek oceniony przez EMA według nazwy, substancji czynnej, choroby, firmy lub kodu, w dowolnym języku UE.',
  form: {
    label: 'Wyszukaj leki',
    hint: 'Lek lub substancja czynna, choroba, firma lub kod ATC, np. sotorasib, rak płuca lub L01',
    button: 'Szukaj',
    sort: 'Sortuj według',
    sortButton: 'Sortuj',
    apply: 'Zastosuj filtry',
    clear: 'Wyczyść filtry',
  },
  sortRelevance: 'Trafność',
  facets: {
    heading: 'Filtruj wyniki',
    category: 'Rodzaj leku',
    status: 'Status',
    area: 'Obszar terapeutyczny',
    atc: 'Kod ATC',
    holder: 'Firma (podmiot odpowiedzialny lub wnioskodawca)',
    flag: 'Cechy regulacyjne',
    year: 'Rok dopuszczenia do obrotu',
    count: { one: '{count} wynik', few: '{count} wyniki', many: '{count} wyników', other: '{count} wyniku' },
    browseAll: { area: 'Wszystkie obszary terapeutyczne', holder: 'Wszystkie firmy', atc: 'Wszystkie kody ATC' },
  },
  results: {
    heading: 'Wyniki',
    count: { one: 'Znaleziono {count} lek', few: 'Znaleziono {count} leki', many: 'Znaleziono {count} leków', other: 'Znaleziono {count} leku' },
    range: 'Wyniki {from}–{to} z {count}',
    none: 'Nie znaleziono leków pasujących do wyszukiwania.',
    noneHelp: ['Sprawdź pisownię.', 'Użyj mniejszej liczby słów lub słów bardziej ogólnych.', 'Usuń niektóre filtry.'],
    pageOutOfRange: 'Na tej stronie nie ma już wyników.',
    didYouMean: 'Czy chodziło o {suggestion}?',
    foundIn: 'Znaleziono w: {place}',
    match: {
      name: 'nazwa lub substancja czynna',
      facts: 'wskazanie, obszar terapeutyczny, firma lub kod',
      overview: 'przegląd wiedzy o leku',
      document: 'informacje o produkcie',
    },
    documentPage: '{document}, strona {page}',
    inLanguage: '{place} (język {language})',
  },
  pagination: {
    label: 'Strony wyników',
    previous: 'Poprzednia strona',
    next: 'Następna strona',
    first: 'Pierwsza strona',
    position: 'Strona {page} z {pages}',
  },
  error: {
    heading: 'Wystąpił problem',
  },
  browse: {
    title: 'Przeglądaj leki',
    description: 'Wszystkie leki pogrupowane według klasyfikacji stosowanych przez EMA. Każda liczba prowadzi do odpowiednich leków.',
    byAtc: {
      title: 'Według kodu ATC',
      description: 'Kody anatomiczno-terapeutyczno-chemiczne (ATC) z nazwami grup farmakoterapeutycznych, które EMA przypisuje lekom.',
      more: 'Kody w grupie {code}',
    },
    byArea: { title: 'Według obszaru terapeutycznego', description: 'Obszary terapeutyczne (hasła MeSH) przypisane przez EMA.' },
    byHolder: {
      title: 'Według firmy',
      description: 'Podmioty odpowiedzialne, a w przypadku leków nigdy niedopuszczonych do obrotu – wnioskodawcy.',
    },
    byStatus: { title: 'Według statusu', description: 'Etap, na którym znajduje się każdy lek w procesie dopuszczenia do obrotu.' },
    count: { one: '{count} lek', few: '{count} leki', many: '{count} leków', other: '{count} leku' },
    lettersLabel: 'Przejdź do litery',
    noLabel: 'Nie podano grupy',
    atcCode: 'Kod ATC {code}',
  },
  suggest: {
    medicine: 'Lek',
    substance: 'Substancja czynna',
    area: 'Obszar terapeutyczny',
  },
};
