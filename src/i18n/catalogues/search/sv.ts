/** Swedish search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const sv: SearchMessages = {
  title: 'Sök läkemedel',
  titleWithQuery: 'Sökresultat för ”{query}”',
  description:
    'Sök bland alla läkemedel som EMA har utvärderat på namn, aktiv substans, sjukdom, företag eller kod, på valfritt EU-språk.',
  form: {
    label: 'Sök läkemedel',
    hint: 'Ett läkemedel eller en aktiv substans, en sjukdom, ett företag eller en ATC-kod, till exempel sotorasib, lungcancer eller L01',
    button: 'Sök',
    sort: 'Sortera efter',
    sortButton: 'Sortera',
    apply: 'Tillämpa filter',
    clear: 'Rensa filter',
  },
  sortRelevance: 'Relevans',
  facets: {
    heading: 'Filtrera resultat',
    category: 'Typ av läkemedel',
    status: 'Status',
    area: 'Terapeutiskt område',
    atc: 'ATC-kod',
    holder: 'Företag (innehavare eller sökande)',
    flag: 'Regulatoriska särdrag',
    year: 'År för godkännande',
    count: { one: '{count} träff', other: '{count} träffar' },
    browseAll: { area: 'Alla terapeutiska områden', holder: 'Alla företag', atc: 'Alla ATC-koder' },
  },
  results: {
    heading: 'Resultat',
    count: { one: '{count} läkemedel hittades', other: '{count} läkemedel hittades' },
    range: 'Resultat {from}–{to} av {count}',
    none: 'Inga läkemedel matchar din sökning.',
    noneHelp: ['Kontrollera stavningen.', 'Använd färre eller mer allmänna ord.', 'Ta bort några filter.'],
    pageOutOfRange: 'Det finns inte längre några resultat på den här sidan.',
    didYouMean: 'Menade du {suggestion}?',
    foundIn: 'Hittades i: {place}',
    match: {
      name: 'namn eller aktiv substans',
      facts: 'indikation, terapeutiskt område, företag eller kod',
      overview: 'läkemedelsöversikt',
      document: 'produktinformation',
    },
    documentPage: '{document}, sida {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Resultatsidor',
    previous: 'Föregående sida',
    next: 'Nästa sida',
    first: 'Första sidan',
    position: 'Sida {page} av {pages}',
  },
  error: {
    heading: 'Det finns ett problem',
  },
  browse: {
    title: 'Bläddra bland läkemedel',
    description: 'Alla läkemedel, grupperade på de sätt som EMA klassificerar dem. Varje tal leder till de läkemedlen.',
    byAtc: {
      title: 'Efter ATC-kod',
      description: 'ATC-koder (anatomisk terapeutisk kemisk klassificering) med de farmakoterapeutiska grupper som EMA anger för läkemedlen.',
      more: 'Koder under {code}',
    },
    byArea: { title: 'Efter terapeutiskt område', description: 'Terapeutiska områden (MeSH-termer) så som EMA anger dem.' },
    byHolder: {
      title: 'Efter företag',
      description: 'Innehavare av godkännande för försäljning, eller sökande för läkemedel som aldrig har godkänts.',
    },
    byStatus: { title: 'Efter status', description: 'Var varje läkemedel står i fråga om godkännande.' },
    count: { one: '{count} läkemedel', other: '{count} läkemedel' },
    lettersLabel: 'Gå till bokstav',
    noLabel: 'Ingen grupp angiven',
    atcCode: 'ATC-kod {code}',
  },
  suggest: {
    medicine: 'Läkemedel',
    substance: 'Aktiv substans',
    area: 'Terapeutiskt område',
  },
};
