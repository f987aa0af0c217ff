/** Estonian search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const et: SearchMessages = {
  title: 'Ravimite otsing',
  titleWithQuery: 'Otsingu „{query}“ tulemused',
  description:
    'Otsige kõiki EMA hinnatud ravimeid nimetuse, toimeaine, haiguse, ettevõtte või koodi järgi mis tahes ELi keeles.',
  form: {
    label: 'Otsige ravimeid',
    hint: 'Ravim või toimeaine, haigus, ettevõte või ATC-kood, näiteks sotorasib, kopsuvähk või L01',
    button: 'Otsi',
    sort: 'Sortimisalus',
    sortButton: 'Sordi',
    apply: 'Rakenda filtrid',
    clear: 'Tühjenda filtrid',
    sectionLabel: 'Ainult selles ravimiteabe lõigus',
    sectionHint: 'Selle number, näiteks 4.3 vastunäidustuste või 4.8 kõrvaltoimete jaoks',
  },
  sortRelevance: 'Parim vaste',
  facets: {
    heading: 'Tulemuste filtreerimine',
    category: 'Ravimi liik',
    status: 'Staatus',
    area: 'Ravivaldkond',
    atc: 'ATC-kood',
    holder: 'Ettevõte (müügiloa hoidja või taotleja)',
    flag: 'Regulatiivsed tunnused',
    year: 'Müügiloa andmise aasta',
    count: { one: '{count} tulemus', other: '{count} tulemust' },
    browseAll: { area: 'Kõik ravivaldkonnad', holder: 'Kõik ettevõtted', atc: 'Kõik ATC-koodid' },
  },
  results: {
    heading: 'Tulemused',
    count: { one: 'Leiti {count} ravim', other: 'Leiti {count} ravimit' },
    range: 'Tulemused {from}–{to}, kokku {count}',
    none: 'Teie otsingule ei vasta ükski ravim.',
    noneHelp: ['Kontrollige õigekirja.', 'Kasutage vähem või üldisemaid sõnu.', 'Eemaldage mõni filter.'],
    pageOutOfRange: 'Sellel lehel ei ole enam tulemusi.',
    didYouMean: 'Kas mõtlesite: {suggestion}?',
    foundIn: 'Vaste leitud: {place}',
    match: {
      name: 'nimetus või toimeaine',
      facts: 'näidustus, ravivaldkond, ettevõte või kood',
      overview: 'ravimi ülevaade',
      document: 'ravimiteave',
    },
    documentPage: '{document}, lehekülg {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Tulemuste lehed',
    previous: 'Eelmine leht',
    next: 'Järgmine leht',
    first: 'Esimene leht',
    position: 'Leht {page}, kokku {pages}',
  },
  error: {
    heading: 'Esines probleem',
  },
  browse: {
    title: 'Ravimite sirvimine',
    description: 'Kõik ravimid, rühmitatud EMA liigituste järgi. Iga arv viib vastavate ravimiteni.',
    byAtc: {
      title: 'ATC-koodi järgi',
      description:
        'Anatoomilis-terapeutilis-keemilised (ATC) koodid koos farmakoterapeutiliste rühmadega, mille EMA on oma ravimitele märkinud.',
      more: '{code} alamkoodid',
    },
    byArea: { title: 'Ravivaldkonna järgi', description: 'Ravivaldkonnad (MeSH-i märksõnad), nagu EMA need määrab.' },
    byHolder: {
      title: 'Ettevõtte järgi',
      description: 'Müügiloa hoidjad või, kui ravimile ei ole kunagi müügiluba antud, taotlejad.',
    },
    byStatus: { title: 'Staatuse järgi', description: 'Iga ravimi müügiloa praegune seis.' },
    count: { one: '{count} ravim', other: '{count} ravimit' },
    lettersLabel: 'Mine tähe juurde',
    noLabel: 'Rühm ei ole märgitud',
    atcCode: 'ATC-kood {code}',
  },
  suggest: {
    medicine: 'Ravim',
    substance: 'Toimeaine',
    area: 'Ravivaldkond',
  },
};
