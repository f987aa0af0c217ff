/** Croatian search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

// Croatian product information writes the ATC code as "ATK oznaka", as the main catalogue does.
export const hr: SearchMessages = {
  title: 'Pretraživanje lijekova',
  titleWithQuery: 'Rezultati pretraživanja za „{query}“',
  description:
    'Pretražite sve lijekove koje je ocijenila EMA prema nazivu, djelatnoj tvari, bolesti, tvrtki ili oznaci, na bilo kojem jeziku EU-a.',
  form: {
    label: 'Pretražite lijekove',
    hint: 'Lijek ili djelatna tvar, bolest, tvrtka ili ATK oznaka, na primjer sotorasib, rak pluća ili L01',
    button: 'Traži',
    sort: 'Poredaj po',
    sortButton: 'Poredaj',
    apply: 'Primijeni filtre',
    clear: 'Poništi filtre',
    sectionLabel: 'Samo u ovom dijelu informacija o lijeku',
    sectionHint: 'Njegov broj, na primjer 4.3 za kontraindikacije ili 4.8 za nuspojave',
  },
  sortRelevance: 'Najbolje podudaranje',
  facets: {
    heading: 'Filtriranje rezultata',
    category: 'Vrsta lijeka',
    status: 'Status',
    area: 'Terapijsko područje',
    atc: 'ATK oznaka',
    holder: 'Tvrtka (nositelj odobrenja ili podnositelj zahtjeva)',
    flag: 'Regulatorne značajke',
    year: 'Godina odobrenja',
    count: { one: '{count} rezultat', few: '{count} rezultata', other: '{count} rezultata' },
    browseAll: { area: 'Sva terapijska područja', holder: 'Sve tvrtke', atc: 'Sve ATK oznake' },
  },
  results: {
    heading: 'Rezultati',
    count: {
      one: 'Pronađen je {count} lijek',
      few: 'Pronađena su {count} lijeka',
      other: 'Pronađeno je {count} lijekova',
    },
    range: 'Rezultati {from}–{to} od {count}',
    none: 'Nijedan lijek ne odgovara vašem pretraživanju.',
    noneHelp: ['Provjerite pravopis.', 'Upotrijebite manje riječi ili općenitije riječi.', 'Uklonite neke filtre.'],
    pageOutOfRange: 'Na ovoj stranici više nema rezultata.',
    didYouMean: 'Jeste li mislili {suggestion}?',
    foundIn: 'Pronađeno u: {place}',
    match: {
      name: 'naziv ili djelatna tvar',
      facts: 'indikacija, terapijsko područje, tvrtka ili oznaka',
      overview: 'pregled lijeka',
      document: 'informacije o lijeku',
    },
    documentPage: '{document}, stranica {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Stranice rezultata',
    previous: 'Prethodna stranica',
    next: 'Sljedeća stranica',
    first: 'Prva stranica',
    position: 'Stranica {page} od {pages}',
  },
  error: {
    heading: 'Postoji problem',
  },
  browse: {
    title: 'Pregledavanje lijekova',
    description: 'Svi lijekovi, grupirani prema razvrstavanjima EMA-e. Svaki broj vodi do tih lijekova.',
    byAtc: {
      title: 'Prema ATK oznaci',
      description:
        'Anatomsko-terapijsko-kemijske (ATK) oznake s farmakoterapijskim skupinama koje EMA navodi za svoje lijekove.',
      more: 'Podređene oznake za {code}',
    },
    byArea: { title: 'Prema terapijskom području', description: 'Terapijska područja (predmetnice MeSH) kako ih dodjeljuje EMA.' },
    byHolder: {
      title: 'Prema tvrtki',
      description:
        'Nositelji odobrenja za stavljanje lijeka u promet ili, za lijekove koji nikad nisu odobreni, podnositelji zahtjeva.',
    },
    byStatus: { title: 'Prema statusu', description: 'Dokle je stigao postupak odobravanja svakog lijeka.' },
    count: { one: '{count} lijek', few: '{count} lijeka', other: '{count} lijekova' },
    lettersLabel: 'Skoči na slovo',
    noLabel: 'Skupina nije navedena',
    atcCode: 'ATK oznaka {code}',
  },
  suggest: {
    medicine: 'Lijek',
    substance: 'Djelatna tvar',
    area: 'Terapijsko područje',
  },
};
