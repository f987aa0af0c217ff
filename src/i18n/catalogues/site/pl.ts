/** Polish interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const pl: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Leki ocenione przez Europejską Agencję Leków w formie otwartych danych',
  },

  common: {
    skipLink: 'Przejdź do treści głównej',
    notStated: 'Nie podano',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'otwiera się w nowej karcie',
    backToTop: 'Powrót na górę strony',
  },

  nav: {
    label: 'Menu główne',
    home: 'Strona główna',
    medicines: 'Leki',
    search: 'Wyszukiwanie',
    whatsNew: 'Co nowego',
    breadcrumb: 'Ścieżka nawigacji',
  },

  languageSwitcher: {
    label: 'Język',
    summary: 'Język: {language}',
    current: 'bieżący język',
  },

  footer: {
    heading: 'O serwisie',
    source: 'Treści pochodzą z Europejskiej Agencji Leków (EMA) i są powielane z podaniem źródła',
    emaWebsite: 'Strona internetowa Europejskiej Agencji Leków',
    openData: 'Otwarte dane',
    api: 'API JSON',
    openApi: 'Opis OpenAPI',
    openSource: 'OpenEPAR jest oprogramowaniem typu open source.',
  },

  categories: {
    human: 'Stosowane u ludzi',
    veterinary: 'Weterynaryjne',
  },

  categoryMedicine: {
    human: 'Lek stosowany u ludzi',
    veterinary: 'Lek weterynaryjny',
  },

  statuses: {
    'under-evaluation': { label: 'W trakcie oceny', description: 'EMA ocenia wniosek dotyczący tego leku' },
    authorised: { label: 'Dopuszczony do obrotu', description: 'Ten lek jest dopuszczony do stosowania w Unii Europejskiej' },
    opinion: { label: 'Opinia', description: 'EMA wydała opinię dotyczącą tego leku' },
    'opinion-under-re-examination': {
      label: 'Opinia w trakcie ponownej oceny',
      description: 'Opinia wydana przez EMA w sprawie tego leku jest poddawana ponownej ocenie',
    },
    refused: { label: 'Odmowa', description: 'Odmówiono wydania pozwolenia na dopuszczenie tego leku do obrotu' },
    'application-withdrawn': { label: 'Wniosek wycofany', description: 'Wniosek dotyczący tego leku został wycofany' },
    'withdrawn-from-rolling-review': {
      label: 'Wycofany z przeglądu kroczącego',
      description: 'Ten lek został wycofany z oceny prowadzonej w ramach przeglądu kroczącego',
    },
    withdrawn: { label: 'Wycofany', description: 'Pozwolenie na dopuszczenie tego leku do obrotu zostało wycofane' },
    suspended: { label: 'Zawieszony', description: 'Stosowanie tego leku w Unii Europejskiej jest obecnie zawieszone' },
    lapsed: { label: 'Pozwolenie utraciło ważność', description: 'Pozwolenie na dopuszczenie tego leku do obrotu utraciło ważność' },
    expired: { label: 'Pozwolenie wygasło', description: 'Pozwolenie na dopuszczenie tego leku do obrotu wygasło' },
    revoked: { label: 'Pozwolenie cofnięte', description: 'Pozwolenie na dopuszczenie tego leku do obrotu zostało cofnięte' },
  },

  lifecycle: {
    label: 'Etapy oceny',
    steps: {
      human: {
        application: 'Wniosek w trakcie oceny',
        opinion: 'Opinia CHMP',
        decision: 'Decyzja Komisji Europejskiej',
      },
      veterinary: {
        application: 'Wniosek w trakcie oceny',
        opinion: 'Opinia CVMP',
        decision: 'Decyzja Komisji Europejskiej',
      },
    },
    states: {
      done: 'Zakończony',
      current: 'Bieżący etap',
      stopped: 'Przerwany',
      upcoming: 'Nieosiągnięty',
    },
  },

  flags: {
    moreInfo: 'Więcej informacji: {link}.',
    additionalMonitoring: {
      name: 'Dodatkowe monitorowanie',
      description:
        'Ten lek jest objęty dodatkowym monitorowaniem, co oznacza, że jest monitorowany jeszcze intensywniej niż inne leki.',
      symbol:
        'Leki objęte dodatkowym monitorowaniem są oznaczone czarnym odwróconym trójkątem (▼) w ulotce dla pacjenta i w charakterystyce produktu leczniczego.',
      moreInfo: 'Leki objęte dodatkowym monitorowaniem',
    },
    conditionalApproval: {
      name: 'Warunkowe dopuszczenie do obrotu',
      description:
        'Ten lek otrzymał warunkowe pozwolenie na dopuszczenie do obrotu. Zostało ono wydane w interesie zdrowia publicznego, ponieważ lek odpowiada na niezaspokojone potrzeby medyczne, a korzyści wynikające z jego natychmiastowej dostępności przewyższają ryzyko związane z danymi mniej kompleksowymi niż zwykle wymagane.',
      moreInfo: 'Warunkowe pozwolenie na dopuszczenie do obrotu',
    },
    exceptionalCircumstances: {
      name: 'Wyjątkowe okoliczności',
      description:
        'Ten lek został dopuszczony do obrotu w wyjątkowych okolicznościach, ponieważ wnioskodawca nie był w stanie przedstawić kompleksowych danych dotyczących skuteczności i bezpieczeństwa leku w normalnych warunkach stosowania. Może się tak zdarzyć, gdy leczona choroba występuje rzadko lub gdy zebranie pełnych informacji jest niemożliwe lub nieetyczne.',
      moreInfo: 'Wytyczne dotyczące etapu przed dopuszczeniem do obrotu',
    },
    acceleratedAssessment: {
      name: 'Przyspieszona ocena',
      description:
        'Ten lek został poddany przyspieszonej ocenie. Oznacza to, że jest to lek o dużym znaczeniu dla zdrowia publicznego, dlatego jego ocena trwała 150 dni oceny zamiast 210.',
      moreInfo: 'Przyspieszona ocena',
    },
    orphan: {
      name: 'Lek sierocy',
      description:
        'Ten lek otrzymał status sierocego produktu leczniczego. Oznacza to, że opracowano go do stosowania w rzadkiej chorobie zagrażającej życiu lub powodującej przewlekłe wyniszczenie albo że ze względów ekonomicznych jego opracowanie bez zachęt byłoby mało prawdopodobne.',
      moreInfo: 'Status sierocego produktu leczniczego',
    },
    generic: {
      name: 'Lek generyczny',
      description:
        'Jest to lek generyczny, opracowany tak, aby był taki sam jak lek już dopuszczony do obrotu, zwany lekiem referencyjnym. Lek generyczny zawiera tę samą substancję czynną (te same substancje czynne) co lek referencyjny i jest stosowany w tej samej dawce (tych samych dawkach) w leczeniu tej samej choroby (tych samych chorób).',
      moreInfo: 'Leki generyczne i hybrydowe',
    },
    biosimilar: {
      name: 'Lek biopodobny',
      description:
        'Jest to lek biopodobny, czyli lek biologiczny wysoce podobny do innego, już zatwierdzonego leku biologicznego, zwanego „lekiem referencyjnym”.',
      moreInfo: 'Leki biopodobne',
    },
    advancedTherapy: {
      name: 'Terapia zaawansowana',
      description:
        'Ten lek został zaklasyfikowany jako produkt leczniczy terapii zaawansowanej (ATMP), czyli lek stosowany u ludzi oparty na genach, tkankach lub komórkach. Otwiera on przełomowe nowe możliwości leczenia chorób i urazów.',
      moreInfo: 'Produkty lecznicze terapii zaawansowanej: informacje ogólne',
    },
    prime: {
      name: 'PRIME: lek priorytetowy',
      description:
        'W trakcie opracowywania ten lek został objęty programem EMA dotyczącym leków priorytetowych (PRIME). PRIME to program uruchomiony przez EMA w celu zwiększenia wsparcia dla opracowywania leków odpowiadających na niezaspokojone potrzeby medyczne. Ten dobrowolny program opiera się na ściślejszej współpracy i wczesnym dialogu z twórcami obiecujących leków, aby zoptymalizować plany rozwoju i przyspieszyć ocenę, tak by leki te mogły szybciej trafić do pacjentów.',
      moreInfo: 'PRIME: leki priorytetowe',
    },
  },

  dates: {
    opinionAdopted: 'Przyjęcie opinii',
    marketingAuthorisationIssued: 'Wydanie pozwolenia na dopuszczenie do obrotu',
    refusal: 'Odmowa wydania pozwolenia na dopuszczenie do obrotu',
    applicationWithdrawn: 'Wycofanie wniosku',
    withdrawal: 'Wycofanie pozwolenia na dopuszczenie do obrotu',
    suspension: 'Zawieszenie pozwolenia na dopuszczenie do obrotu',
    lapse: 'Utrata ważności pozwolenia na dopuszczenie do obrotu',
    expiry: 'Wygaśnięcie pozwolenia na dopuszczenie do obrotu',
    revocation: 'Cofnięcie pozwolenia na dopuszczenie do obrotu',
    pageLastUpdated: 'EMA ostatnio zaktualizowała swoją stronę',
  },

  documentTypes: {
    overview: 'Przegląd wiedzy o leku',
    'product-information': 'Informacje o produkcie',
    'product-information-tracked-changes': 'Informacje o produkcie ze śledzeniem zmian',
    'amended-product-information': 'Zmienione informacje o produkcie',
    'all-authorised-presentations': 'Wszystkie dopuszczone do obrotu opakowania',
    leaflet: 'Ulotka dla pacjenta',
    rmp: 'Plan zarządzania ryzykiem',
    'rmp-summary': 'Podsumowanie planu zarządzania ryzykiem',
    'assessment-report': 'Publiczne sprawozdanie z oceny',
    'variation-report': 'Sprawozdanie z oceny zmiany w pozwoleniu na dopuszczenie do obrotu',
    'scientific-conclusion': 'Wnioski naukowe',
    'scientific-discussion': 'Dyskusja naukowa',
    'scientific-discussion-variation': 'Dyskusja naukowa dotycząca zmiany w pozwoleniu na dopuszczenie do obrotu',
    'procedural-steps': 'Etapy procedury przed dopuszczeniem do obrotu',
    'procedural-steps-after': 'Etapy procedury i informacje naukowe po dopuszczeniu do obrotu',
    'steps-after-cutoff': 'Etapy procedury po dopuszczeniu do obrotu (archiwum)',
    'smop-initial': 'Streszczenie opinii',
    smop: 'Streszczenie opinii w sprawie zmiany w pozwoleniu na dopuszczenie do obrotu',
    'medicine-qa': 'Pytania i odpowiedzi',
    'withdrawal-letter': 'Pismo o wycofaniu',
    'withdrawal-report': 'Sprawozdanie z oceny w związku z wycofaniem',
    'orphan-maintenance-report': 'Sprawozdanie z oceny utrzymania statusu sierocego produktu leczniczego',
    'orphan-maintenance-report-post':
      'Sprawozdanie z oceny utrzymania statusu sierocego produktu leczniczego po dopuszczeniu do obrotu',
    'pip-compliance': 'Weryfikacja zgodności z planem badań klinicznych z udziałem populacji pediatrycznej',
    'conditions-member-states': 'Warunki lub ograniczenia dla państw członkowskich UE',
    'covid-19-vaccine-safety-update': 'Aktualne informacje o bezpieczeństwie szczepionki przeciw COVID-19',
    'medication-error': 'Informacje o błędach w stosowaniu leku',
    'prac-recommendation': 'Zalecenie PRAC',
    'opinion-any-scientific-matter': 'Opinia w kwestii naukowej',
    'public-statement': 'Oświadczenie publiczne',
    'press-release': 'Komunikat prasowy',
    referral: 'Dokument dotyczący procedury arbitrażowej',
    other: 'Dokument',
  },

  documents: {
    referenceNumber: 'Numer referencyjny',
    firstPublished: 'Pierwsza publikacja',
    lastUpdated: 'Ostatnia aktualizacja',
    languages: {
      one: 'Dostępny w {count} języku',
      few: 'Dostępny w {count} językach',
      many: 'Dostępny w {count} językach',
      other: 'Dostępny w {count} języka',
    },
    viewIn: 'Wyświetl {title} – wersja językowa: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'niedostępny online',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Plany badań klinicznych z udziałem populacji pediatrycznej' },
    'post-authorisation-study': { heading: 'Badania po dopuszczeniu do obrotu' },
    'orphan-designation': { heading: 'Przyznane statusy sierocego produktu leczniczego' },
    referral: { heading: 'Procedury arbitrażowe' },
    other: { heading: 'Inne informacje' },
  },

  medicine: {
    previousNames: 'Wcześniej znany jako {names}',
    activeSubstance: 'Substancja czynna',
    statusHeading: 'Status',
    flagsLabel: 'Cechy regulacyjne',
    contents: 'Zawartość strony',
    sections: {
      overview: 'Przegląd',
      productInformation: 'Informacje o produkcie',
      productDetails: 'Szczegóły produktu',
      authorisationDetails: 'Szczegóły pozwolenia',
      applicationDetails: 'Szczegóły wniosku',
      assessmentHistory: 'Historia oceny',
      otherDocuments: 'Inne dokumenty',
      news: 'Aktualności dotyczące leku {name}',
      related: 'Więcej informacji o leku {name}',
      patientSafety: 'Informacje dotyczące bezpieczeństwa pacjentów',
      withdrawalInformation: 'Powiązane informacje o wycofaniach',
      topics: 'Tematy',
    },
    overview: {
      fallback: 'Ten przegląd nie jest dostępny w języku: {language}. Wyświetlono go w języku: {fallback}.',
      fallbackDocument: 'EMA publikuje go w języku {language} jako dokument: {link}.',
    },
    productInformation: {
      allLanguages: 'Informacje o produkcie dla tego leku są dostępne we wszystkich językach urzędowych UE.',
      contentsIntro: 'Dokumenty zawierające informacje o produkcie obejmują:',
      contents: [
        'charakterystykę produktu leczniczego (aneks I);',
        'posiadacza pozwolenia na wytwarzanie odpowiedzialnego za zwolnienie serii (aneks IIA);',
        'warunki pozwolenia na dopuszczenie do obrotu (aneks IIB);',
        'oznakowanie opakowań (aneks IIIA);',
        'ulotkę dla pacjenta (aneks IIIB).',
      ],
      latestProcedure: 'Ostatnia procedura dotycząca informacji o produkcie',
    },
    productDetails: {
      name: 'Nazwa leku',
      activeSubstance: 'Substancja czynna',
      inn: 'Międzynarodowa niezastrzeżona nazwa (INN) lub nazwa powszechnie stosowana',
      therapeuticArea: 'Obszar terapeutyczny (MeSH)',
      atcCode: 'Kod anatomiczno-terapeutyczno-chemiczny (ATC)',
      pharmacotherapeuticGroup: 'Grupa farmakoterapeutyczna',
      therapeuticIndication: 'Wskazanie do stosowania',
      species: 'Gatunki zwierząt',
      atcNotYetAssigned: 'Jeszcze nie nadano',
      atcMalformed: 'nieprawidłowy kod ATC: podany w brzmieniu publikowanym przez EMA',
    },
    authorisation: {
      productNumber: 'Numer produktu EMA',
      holder: 'Podmiot odpowiedzialny',
      applicant: 'Wnioskodawca ubiegający się o pozwolenie na dopuszczenie do obrotu',
      revision: 'Numer wersji EMA',
      developer: 'Podmiot opracowujący',
      opinionStatus: 'Wynik opinii',
      opinionStatuses: { positive: 'Pozytywna', negative: 'Negatywna' },
    },
    news: {
      published: 'Opublikowano {date}',
      patientSafetyMarker: 'EMA opublikowała informacje dotyczące bezpieczeństwa pacjentów w odniesieniu do tego leku.',
    },
    source: {
      heading: 'Źródło i dane',
      ema: 'Zobacz ten lek na stronie internetowej EMA',
      json: 'Pobierz ten rekord w formacie JSON',
    },
  },

  catalogue: {
    title: 'Leki',
    description:
      'Wszystkie leki, dla których opublikowano europejskie publiczne sprawozdanie oceniające (EPAR), wraz z ich statusem i obszarem terapeutycznym.',
    tableCaption: 'Leki',
    showing: {
      one: 'Wyświetlono {from}–{to} z {count} leku',
      few: 'Wyświetlono {from}–{to} z {count} leków',
      many: 'Wyświetlono {from}–{to} z {count} leków',
      other: 'Wyświetlono {from}–{to} z {count} leku',
    },
    empty: 'Żaden lek nie spełnia kryteriów tych filtrów.',
    pageOutOfRange: 'Na tej stronie nie ma leków.',
    filters: {
      heading: 'Filtruj leki',
      status: 'Status',
      anyStatus: 'Wszystkie statusy',
      category: 'Rodzaj leku',
      anyCategory: 'Stosowane u ludzi i weterynaryjne',
      sort: 'Sortuj według',
      submit: 'Zastosuj',
      clear: 'Wyczyść filtry',
    },
    columns: {
      name: 'Lek',
      inn: 'Substancja czynna (INN)',
      status: 'Status',
      therapeuticAreas: 'Obszar terapeutyczny',
      authorised: 'Dopuszczenie do obrotu',
      updated: 'Ostatnia aktualizacja',
    },
    sortedAscending: 'posortowano rosnąco',
    sortedDescending: 'posortowano malejąco',
    sortBy: 'sortuj według: {column}',
  },

  sort: {
    name: 'Nazwa (od A do Z)',
    '-name': 'Nazwa (od Z do A)',
    authorised: 'Data dopuszczenia do obrotu (od najstarszych)',
    '-authorised': 'Data dopuszczenia do obrotu (od najnowszych)',
    updated: 'Ostatnia aktualizacja (od najstarszych)',
    '-updated': 'Ostatnia aktualizacja (od najnowszych)',
  },

  pagination: {
    label: 'Strony',
    previous: 'Poprzednia strona',
    next: 'Następna strona',
    page: 'Strona {page}',
  },

  home: {
    title: 'Informacje o lekach ocenionych w Unii Europejskiej',
    lede: 'OpenEPAR publikuje wszystkie europejskie publiczne sprawozdania oceniające (EPAR) Europejskiej Agencji Leków (EMA): do czego służy każdy lek, czy jest dopuszczony do obrotu, informacje o produkcie we wszystkich językach UE oraz dokumenty, na których opiera się decyzja.',
    audiences: {
      heading: 'Dla kogo jest OpenEPAR',
      patients: {
        title: 'Pacjenci i opiekunowie',
        text: 'Przeczytaj w swoim języku przystępny przegląd informacji o leku: do czego służy i jakie wiąże się z nim ryzyko.',
      },
      prescribers: {
        title: 'Lekarze przepisujący leki i farmaceuci',
        text: 'Otwórz aktualne informacje o produkcie, sprawdź status i ostatnią procedurę, która ich dotyczyła.',
      },
      researchers: {
        title: 'Naukowcy i programiści',
        text: 'Korzystaj z tych samych danych jako otwartych danych za pośrednictwem API JSON opisanego w standardzie OpenAPI.',
      },
    },
    search: {
      label: 'Wyszukaj lek',
      hint: 'Wpisz nazwę leku lub substancji czynnej, np. sotorasib',
      button: 'Szukaj',
    },
    sample:
      'Ten portal zawiera tylko próbkę europejskich publicznych sprawozdań oceniających (EPAR) Europejskiej Agencji Leków wraz z ich historią z tabel danych EMA. Liczba leków: {count}. Aby opublikować wszystkie, zaimportuj cały korpus poleceniem {command}.',
    browseAll: {
      one: 'Przeglądaj {count} lek',
      few: 'Przeglądaj {count} leki',
      many: 'Przeglądaj {count} leków',
      other: 'Przeglądaj {count} leku',
    },
    byStatus: {
      heading: 'Leki według statusu',
      caption: 'Liczba leków według statusu',
      status: 'Status',
      count: 'Liczba leków',
      link: {
        one: '{count} lek: {status}',
        few: '{count} leki: {status}',
        many: '{count} leków: {status}',
        other: '{count} leku: {status}',
      },
    },
    recent: {
      heading: 'Ostatnio zaktualizowane',
      none: 'W ostatnim czasie nie zaktualizowano żadnych leków.',
      updated: 'Zaktualizowano {date}',
    },
    openData: {
      heading: 'Otwarte dane',
      text: 'Każda strona serwisu OpenEPAR jest również dostępna w postaci danych, które można swobodnie ponownie wykorzystywać z podaniem źródła.',
    },
  },

  errors: {
    status: 'Błąd {status}',
    notFound: {
      title: 'Nie znaleziono strony',
      message:
        'Jeśli adres strony został wpisany ręcznie, sprawdź, czy jest poprawny. Jeśli adres został wklejony, sprawdź, czy skopiowano go w całości.',
    },
    badRequest: {
      title: 'Wystąpił problem z tym żądaniem',
      message: 'Adres zawiera elementy, których ten serwis nie rozpoznaje. Sprawdź go i spróbuj ponownie.',
    },
    serverError: {
      title: 'Przepraszamy, wystąpił problem z serwisem',
      message: 'Spróbuj ponownie później.',
    },
    unavailable: {
      title: 'Przepraszamy, serwis jest niedostępny',
      message: 'Z serwisu będzie można skorzystać później.',
    },
    home: 'Przejdź do strony głównej',
    browse: 'Przeglądaj wszystkie leki',
  },
};
