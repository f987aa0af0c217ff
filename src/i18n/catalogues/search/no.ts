/** Norwegian (Bokmål) search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const no: SearchMessages = {
  title: 'Søk i legemidler',
  titleWithQuery: 'Søkeresultater for «{query}»',
  description:
    'Søk blant alle legemidler EMA har vurdert, etter navn, virkestoff, sykdom, firma eller kode, på hvilket som helst EU-språk.',
  form: {
    label: 'Søk i legemidler',
    hint: 'Et legemiddel eller virkestoff, en sykdom, et firma eller en ATC-kode, for eksempel sotorasib, lungekreft eller L01',
    button: 'Søk',
    sort: 'Sorter etter',
    sortButton: 'Sorter',
    apply: 'Bruk filtre',
    clear: 'Fjern filtre',
  },
  sortRelevance: 'Relevans',
  facets: {
    heading: 'Filtrer resultater',
    category: 'Type legemiddel',
    status: 'Status',
    area: 'Terapeutisk område',
    atc: 'ATC-kode',
    holder: 'Firma (innehaver eller søker)',
    flag: 'Regulatoriske kjennetegn',
    year: 'Godkjenningsår',
    count: { one: '{count} treff', other: '{count} treff' },
    browseAll: { area: 'Alle terapeutiske områder', holder: 'Alle firmaer', atc: 'Alle ATC-koder' },
  },
  results: {
    heading: 'Resultater',
    count: { one: '{count} legemiddel funnet', other: '{count} legemidler funnet' },
    range: 'Treff {from}–{to} av {count}',
    none: 'Ingen legemidler samsvarer med søket ditt.',
    noneHelp: ['Kontroller stavemåten.', 'Bruk færre eller mer generelle ord.', 'Fjern noen filtre.'],
    pageOutOfRange: 'Det er ikke lenger noen resultater på denne siden.',
    didYouMean: 'Mente du {suggestion}?',
    foundIn: 'Funnet i: {place}',
    match: {
      name: 'navn eller virkestoff',
      facts: 'indikasjon, terapeutisk område, firma eller kode',
      overview: 'oversikt over legemidlet',
      document: 'produktinformasjon',
    },
    documentPage: '{document}, side {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Resultatsider',
    previous: 'Forrige side',
    next: 'Neste side',
    first: 'Første side',
    position: 'Side {page} av {pages}',
  },
  error: {
    heading: 'Det har oppstått et problem',
  },
  browse: {
    title: 'Bla gjennom legemidler',
    description: 'Alle legemidler, gruppert slik EMA klassifiserer dem. Hvert tall fører til de aktuelle legemidlene.',
    byAtc: {
      title: 'Etter ATC-kode',
      description: 'ATC-koder (anatomisk terapeutisk kjemisk klassifisering), med de farmakoterapeutiske gruppene EMA oppgir for legemidlene.',
      more: 'Koder under {code}',
    },
    byArea: { title: 'Etter terapeutisk område', description: 'Terapeutiske områder (MeSH-emneord) slik EMA angir dem.' },
    byHolder: {
      title: 'Etter firma',
      description: 'Innehavere av markedsføringstillatelse, eller søkere for legemidler som aldri er blitt godkjent.',
    },
    byStatus: { title: 'Etter status', description: 'Hvor hvert legemiddel står når det gjelder godkjenning.' },
    count: { one: '{count} legemiddel', other: '{count} legemidler' },
    lettersLabel: 'Gå til bokstav',
    noLabel: 'Ingen gruppe oppgitt',
    atcCode: 'ATC-kode {code}',
  },
  suggest: {
    medicine: 'Legemiddel',
    substance: 'Virkestoff',
    area: 'Terapeutisk område',
  },
};
