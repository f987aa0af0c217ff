/** Lithuanian search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const lt: SearchMessages = {
  title: 'Vaistų paieška',
  titleWithQuery: 'Paieškos „{query}“ rezultatai',
  description:
    'Ieškokite bet kurio EMA įvertinto vaisto pagal pavadinimą, veikliąją medžiagą, ligą, bendrovę ar kodą bet kuria ES kalba.',
  form: {
    label: 'Ieškoti vaistų',
    hint: 'Vaistas arba veiklioji medžiaga, liga, bendrovė ar ATC kodas, pavyzdžiui, sotorasib, plaučių vėžys arba L01',
    button: 'Ieškoti',
    sort: 'Rikiuoti pagal',
    sortButton: 'Rikiuoti',
    apply: 'Taikyti filtrus',
    clear: 'Išvalyti filtrus',
  },
  sortRelevance: 'Geriausiai atitinkantys',
  facets: {
    heading: 'Filtruoti rezultatus',
    category: 'Vaisto tipas',
    status: 'Būsena',
    area: 'Terapinė sritis',
    atc: 'ATC kodas',
    holder: 'Bendrovė (pažymėjimo turėtojas arba pareiškėjas)',
    flag: 'Reguliavimo ypatumai',
    year: 'Registracijos metai',
    count: { one: '{count} rezultatas', few: '{count} rezultatai', many: '{count} rezultato', other: '{count} rezultatų' },
    browseAll: { area: 'Visos terapinės sritys', holder: 'Visos bendrovės', atc: 'Visi ATC kodai' },
  },
  results: {
    heading: 'Rezultatai',
    count: { one: 'Rastas {count} vaistas', few: 'Rasti {count} vaistai', many: 'Rasta {count} vaisto', other: 'Rasta {count} vaistų' },
    range: 'Rezultatai {from}–{to} iš {count}',
    none: 'Pagal jūsų paiešką vaistų nerasta.',
    noneHelp: ['Patikrinkite rašybą.', 'Vartokite mažiau žodžių arba bendresnius žodžius.', 'Pašalinkite kai kuriuos filtrus.'],
    pageOutOfRange: 'Šiame puslapyje rezultatų nebėra.',
    didYouMean: 'Galbūt turėjote omenyje {suggestion}?',
    foundIn: 'Kur rasta: {place}',
    match: {
      name: 'pavadinimas arba veiklioji medžiaga',
      facts: 'indikacija, terapinė sritis, bendrovė arba kodas',
      overview: 'vaisto apžvalga',
      document: 'informacija apie preparatą',
    },
    documentPage: '{document}, puslapis {page}',
    inLanguage: '{place} ({language} kalba)',
  },
  pagination: {
    label: 'Rezultatų puslapiai',
    previous: 'Ankstesnis puslapis',
    next: 'Kitas puslapis',
    first: 'Pirmas puslapis',
    position: 'Puslapis {page} iš {pages}',
  },
  error: {
    heading: 'Iškilo problema',
  },
  browse: {
    title: 'Naršyti vaistus',
    description: 'Visi vaistai, sugrupuoti pagal EMA taikomas klasifikacijas. Kiekvienas skaičius veda į atitinkamų vaistų sąrašą.',
    byAtc: {
      title: 'Pagal ATC kodą',
      description: 'Anatominės terapinės cheminės (ATC) klasifikacijos kodai su farmakoterapinėmis grupėmis, kurias EMA priskiria vaistams.',
      more: 'Grupės {code} kodai',
    },
    byArea: { title: 'Pagal terapinę sritį', description: 'Terapinės sritys (MeSH terminai), kaip jas priskiria EMA.' },
    byHolder: {
      title: 'Pagal bendrovę',
      description: 'Registracijos pažymėjimų turėtojai arba, jei vaistas niekada nebuvo registruotas, pareiškėjai.',
    },
    byStatus: { title: 'Pagal būseną', description: 'Kiekvieno vaisto registracijos padėtis.' },
    count: { one: '{count} vaistas', few: '{count} vaistai', many: '{count} vaisto', other: '{count} vaistų' },
    lettersLabel: 'Pereiti prie raidės',
    noLabel: 'Grupė nenurodyta',
    atcCode: 'ATC kodas {code}',
  },
  suggest: {
    medicine: 'Vaistas',
    substance: 'Veiklioji medžiaga',
    area: 'Terapinė sritis',
  },
};
