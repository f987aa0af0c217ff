/** Slovenian search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const sl: SearchMessages = {
  title: 'Iskanje zdravil',
  titleWithQuery: 'Rezultati iskanja za „{query}“',
  description:
    'Poiščite katero koli zdravilo, ki ga je ocenila agencija EMA, po imenu, učinkovini, bolezni, podjetju ali oznaki, v katerem koli jeziku EU.',
  form: {
    label: 'Iskanje zdravil',
    hint: 'Zdravilo ali učinkovina, bolezen, podjetje ali oznaka ATC, na primer sotorasib, pljučni rak ali L01',
    button: 'Išči',
    sort: 'Razvrsti po',
    sortButton: 'Razvrsti',
    apply: 'Uporabi filtre',
    clear: 'Počisti filtre',
  },
  sortRelevance: 'Ustreznost',
  facets: {
    heading: 'Filtriranje rezultatov',
    category: 'Vrsta zdravila',
    status: 'Status',
    area: 'Terapevtsko področje',
    atc: 'Oznaka ATC',
    holder: 'Podjetje (imetnik dovoljenja ali predlagatelj)',
    flag: 'Regulativne značilnosti',
    year: 'Leto odobritve',
    count: { one: '{count} zadetek', two: '{count} zadetka', few: '{count} zadetki', other: '{count} zadetkov' },
    browseAll: { area: 'Vsa terapevtska področja', holder: 'Vsa podjetja', atc: 'Vse oznake ATC' },
  },
  results: {
    heading: 'Rezultati',
    count: {
      one: 'Najdeno {count} zdravilo',
      two: 'Najdeni {count} zdravili',
      few: 'Najdena {count} zdravila',
      other: 'Najdenih {count} zdravil',
    },
    range: 'Rezultati {from}–{to} od {count}',
    none: 'Nobeno zdravilo ne ustreza vašemu iskanju.',
    noneHelp: ['Preverite črkovanje.', 'Uporabite manj besed ali bolj splošne besede.', 'Odstranite nekatere filtre.'],
    pageOutOfRange: 'Na tej strani ni več rezultatov.',
    didYouMean: 'Ste mislili {suggestion}?',
    foundIn: 'Najdeno v: {place}',
    match: {
      name: 'ime ali učinkovina',
      facts: 'indikacija, terapevtsko področje, podjetje ali oznaka',
      overview: 'pregled zdravila',
      document: 'informacije o zdravilu',
    },
    documentPage: '{document}, stran {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Strani z rezultati',
    previous: 'Prejšnja stran',
    next: 'Naslednja stran',
    first: 'Prva stran',
    position: 'Stran {page} od {pages}',
  },
  error: {
    heading: 'Prišlo je do težave',
  },
  browse: {
    title: 'Prebrskajte zdravila',
    description: 'Vsa zdravila, razvrščena tako, kot jih razvršča agencija EMA. Vsaka številka vodi do ustreznih zdravil.',
    byAtc: {
      title: 'Po oznaki ATC',
      description: 'Anatomsko-terapevtsko-kemične (ATC) oznake s farmakoterapevtskimi skupinami, ki jih agencija EMA dodeli zdravilom.',
      more: 'Oznake v skupini {code}',
    },
    byArea: { title: 'Po terapevtskem področju', description: 'Terapevtska področja (gesla MeSH), kot jih dodeli agencija EMA.' },
    byHolder: {
      title: 'Po podjetju',
      description: 'Imetniki dovoljenja za promet z zdravilom ali, pri zdravilih, ki nikoli niso bila odobrena, predlagatelji.',
    },
    byStatus: { title: 'Po statusu', description: 'Kje v postopku odobritve je posamezno zdravilo.' },
    count: { one: '{count} zdravilo', two: '{count} zdravili', few: '{count} zdravila', other: '{count} zdravil' },
    lettersLabel: 'Skok na črko',
    noLabel: 'Skupina ni navedena',
    atcCode: 'Oznaka ATC {code}',
  },
  suggest: {
    medicine: 'Zdravilo',
    substance: 'Učinkovina',
    area: 'Terapevtsko področje',
  },
};
