/** Czech search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const cs: SearchMessages = {
  title: 'Vyhledávání léčivých přípravků',
  titleWithQuery: 'Výsledky vyhledávání pro „{query}“',
  description:
    'Vyhledávejte ve všech léčivých přípravcích hodnocených agenturou EMA podle názvu, léčivé látky, onemocnění, společnosti nebo kódu, v kterémkoli jazyce EU.',
  form: {
    label: 'Vyhledat léčivé přípravky',
    hint: 'Léčivý přípravek nebo léčivá látka, onemocnění, společnost nebo ATC kód, například sotorasib, rakovina plic nebo L01',
    button: 'Hledat',
    sort: 'Seřadit podle',
    sortButton: 'Seřadit',
    apply: 'Použít filtry',
    clear: 'Zrušit filtry',
    sectionLabel: 'Pouze v tomto bodě informací o přípravku',
    sectionHint: 'Jeho číslo, například 4.3 pro kontraindikace nebo 4.8 pro nežádoucí účinky',
  },
  sortRelevance: 'Nejlepší shoda',
  facets: {
    heading: 'Filtrovat výsledky',
    category: 'Typ léčivého přípravku',
    status: 'Stav',
    area: 'Terapeutická oblast',
    atc: 'ATC kód',
    holder: 'Společnost (držitel nebo žadatel)',
    flag: 'Regulační charakteristiky',
    year: 'Rok registrace',
    count: {
      one: '{count} výsledek',
      few: '{count} výsledky',
      many: '{count} výsledku',
      other: '{count} výsledků',
    },
    browseAll: { area: 'Všechny terapeutické oblasti', holder: 'Všechny společnosti', atc: 'Všechny ATC kódy' },
  },
  results: {
    heading: 'Výsledky',
    count: {
      one: 'Nalezen {count} léčivý přípravek',
      few: 'Nalezeny {count} léčivé přípravky',
      many: 'Nalezeno {count} léčivého přípravku',
      other: 'Nalezeno {count} léčivých přípravků',
    },
    range: 'Výsledky {from}–{to} z {count}',
    none: 'Vašemu vyhledávání neodpovídají žádné léčivé přípravky.',
    noneHelp: ['Zkontrolujte pravopis.', 'Použijte méně slov nebo obecnější slova.', 'Odeberte některé filtry.'],
    pageOutOfRange: 'Na této stránce již nejsou žádné výsledky.',
    didYouMean: 'Měli jste na mysli {suggestion}?',
    foundIn: 'Nalezeno v: {place}',
    match: {
      name: 'název nebo léčivá látka',
      facts: 'indikace, terapeutická oblast, společnost nebo kód',
      overview: 'přehled léčivého přípravku',
      document: 'informace o přípravku',
    },
    documentPage: '{document}, strana {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Stránky výsledků',
    previous: 'Předchozí stránka',
    next: 'Další stránka',
    first: 'První stránka',
    position: 'Stránka {page} z {pages}',
  },
  error: {
    heading: 'Vyskytl se problém',
  },
  browse: {
    title: 'Procházet léčivé přípravky',
    description:
      'Všechny léčivé přípravky seskupené podle třídění, které používá EMA. Každé číslo vede k příslušným léčivým přípravkům.',
    byAtc: {
      title: 'Podle ATC kódu',
      description:
        'Anatomicko-terapeuticko-chemické (ATC) kódy s farmakoterapeutickými skupinami, které EMA uvádí u svých léčivých přípravků.',
      more: 'Podřazené kódy {code}',
    },
    byArea: { title: 'Podle terapeutické oblasti', description: 'Terapeutické oblasti (hesla MeSH), jak je přiřazuje EMA.' },
    byHolder: {
      title: 'Podle společnosti',
      description: 'Držitelé rozhodnutí o registraci, u nikdy neregistrovaných léčivých přípravků žadatelé.',
    },
    byStatus: { title: 'Podle stavu', description: 'V jakém stavu je registrace jednotlivých léčivých přípravků.' },
    count: {
      one: '{count} léčivý přípravek',
      few: '{count} léčivé přípravky',
      many: '{count} léčivého přípravku',
      other: '{count} léčivých přípravků',
    },
    lettersLabel: 'Přejít na písmeno',
    noLabel: 'Skupina neuvedena',
    atcCode: 'ATC kód {code}',
  },
  suggest: {
    medicine: 'Léčivý přípravek',
    substance: 'Léčivá látka',
    area: 'Terapeutická oblast',
  },
};
