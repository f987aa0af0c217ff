/** Danish search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const da: SearchMessages = {
  title: 'Søg efter lægemidler',
  titleWithQuery: 'Søgeresultater for »{query}«',
  description:
    'Søg blandt alle lægemidler, som EMA har vurderet, efter navn, aktivt stof, sygdom, virksomhed eller kode – på alle EU-sprog.',
  form: {
    label: 'Søg efter lægemidler',
    hint: 'Et lægemiddel eller aktivt stof, en sygdom, en virksomhed eller en ATC-kode, f.eks. sotorasib, lungekræft eller L01',
    button: 'Søg',
    sort: 'Sorter efter',
    sortButton: 'Sorter',
    apply: 'Anvend filtre',
    clear: 'Ryd filtre',
    sectionLabel: 'Kun i dette afsnit af produktinformationen',
    sectionHint: 'Dets nummer, for eksempel 4.3 for kontraindikationer eller 4.8 for bivirkninger',
  },
  sortRelevance: 'Bedste match',
  facets: {
    heading: 'Filtrer resultater',
    category: 'Lægemiddeltype',
    status: 'Status',
    area: 'Terapeutisk område',
    atc: 'ATC-kode',
    holder: 'Virksomhed (indehaver eller ansøger)',
    flag: 'Regulatoriske forhold',
    year: 'Godkendelsesår',
    count: { one: '{count} resultat', other: '{count} resultater' },
    browseAll: { area: 'Alle terapeutiske områder', holder: 'Alle virksomheder', atc: 'Alle ATC-koder' },
  },
  results: {
    heading: 'Resultater',
    count: { one: '{count} lægemiddel fundet', other: '{count} lægemidler fundet' },
    range: 'Resultat {from}–{to} af {count}',
    none: 'Ingen lægemidler matcher din søgning.',
    noneHelp: ['Kontrollér stavemåden.', 'Brug færre eller mere generelle ord.', 'Fjern nogle af filtrene.'],
    pageOutOfRange: 'Der er ikke længere nogen resultater på denne side.',
    didYouMean: 'Mente du {suggestion}?',
    foundIn: 'Fundet i: {place}',
    match: {
      name: 'navn eller aktivt stof',
      facts: 'indikation, terapeutisk område, virksomhed eller kode',
      overview: 'oversigt over lægemidlet',
      document: 'produktinformation',
    },
    documentPage: '{document}, side {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Resultatsider',
    previous: 'Forrige side',
    next: 'Næste side',
    first: 'Første side',
    position: 'Side {page} af {pages}',
  },
  error: {
    heading: 'Der er et problem',
  },
  browse: {
    title: 'Gennemse lægemidler',
    description: 'Alle lægemidler, grupperet efter EMA’s klassifikationer. Hvert tal fører til de pågældende lægemidler.',
    byAtc: {
      title: 'Efter ATC-kode',
      description:
        'Anatomisk-terapeutisk-kemiske koder (ATC-koder) med de farmakoterapeutiske grupper, som EMA angiver for sine lægemidler.',
      more: 'Underkoder til {code}',
    },
    byArea: { title: 'Efter terapeutisk område', description: 'Terapeutiske områder (MeSH-emneord), som EMA tildeler dem.' },
    byHolder: {
      title: 'Efter virksomhed',
      description: 'Indehavere af markedsføringstilladelser eller, for lægemidler, der aldrig er blevet godkendt, ansøgere.',
    },
    byStatus: { title: 'Efter status', description: 'Hvor det enkelte lægemiddel står i forhold til sin godkendelse.' },
    count: { one: '{count} lægemiddel', other: '{count} lægemidler' },
    lettersLabel: 'Gå til et bogstav',
    noLabel: 'Ingen gruppe angivet',
    atcCode: 'ATC-kode {code}',
  },
  suggest: {
    medicine: 'Lægemiddel',
    substance: 'Aktivt stof',
    area: 'Terapeutisk område',
  },
};
