/** Dutch search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const nl: SearchMessages = {
  title: 'Geneesmiddelen zoeken',
  titleWithQuery: 'Zoekresultaten voor “{query}”',
  description:
    'Zoek in alle geneesmiddelen die het EMA heeft beoordeeld op naam, werkzame stof, ziekte, bedrijf of code, in elke EU-taal.',
  form: {
    label: 'Geneesmiddelen zoeken',
    hint: 'Een geneesmiddel of werkzame stof, een ziekte, een bedrijf of een ATC-code, bijvoorbeeld sotorasib, longkanker of L01',
    button: 'Zoeken',
    sort: 'Sorteren op',
    sortButton: 'Sorteren',
    apply: 'Filters toepassen',
    clear: 'Filters wissen',
    sectionLabel: 'Alleen in deze rubriek van de productinformatie',
    sectionHint: 'Het nummer ervan, bijvoorbeeld 4.3 voor contra-indicaties of 4.8 voor bijwerkingen',
  },
  sortRelevance: 'Relevantie',
  facets: {
    heading: 'Resultaten filteren',
    category: 'Soort geneesmiddel',
    status: 'Status',
    area: 'Therapeutisch gebied',
    atc: 'ATC-code',
    holder: 'Bedrijf (houder of aanvrager)',
    flag: 'Regelgevingskenmerken',
    year: 'Jaar van toelating',
    count: { one: '{count} resultaat', other: '{count} resultaten' },
    browseAll: { area: 'Alle therapeutische gebieden', holder: 'Alle bedrijven', atc: 'Alle ATC-codes' },
  },
  results: {
    heading: 'Resultaten',
    count: { one: '{count} geneesmiddel gevonden', other: '{count} geneesmiddelen gevonden' },
    range: 'Resultaten {from}–{to} van {count}',
    none: 'Er zijn geen geneesmiddelen gevonden die aan uw zoekopdracht voldoen.',
    noneHelp: ['Controleer de spelling.', 'Gebruik minder of algemenere woorden.', 'Verwijder enkele filters.'],
    pageOutOfRange: 'Er staan geen resultaten meer op deze pagina.',
    didYouMean: 'Bedoelde u {suggestion}?',
    foundIn: 'Gevonden in: {place}',
    match: {
      name: 'naam of werkzame stof',
      facts: 'indicatie, therapeutisch gebied, bedrijf of code',
      overview: 'overzicht van het geneesmiddel',
      document: 'productinformatie',
    },
    documentPage: '{document}, pagina {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: "Resultaatpagina's",
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    first: 'Eerste pagina',
    position: 'Pagina {page} van {pages}',
  },
  error: {
    heading: 'Er is een probleem',
  },
  browse: {
    title: 'Geneesmiddelen bekijken',
    description: 'Alle geneesmiddelen, gegroepeerd zoals het EMA ze indeelt. Elk aantal leidt naar de betreffende geneesmiddelen.',
    byAtc: {
      title: 'Per ATC-code',
      description:
        'Anatomisch-therapeutisch-chemische codes (ATC-codes), met de farmacotherapeutische categorieën die het EMA aan de geneesmiddelen toekent.',
      more: 'Codes onder {code}',
    },
    byArea: { title: 'Per therapeutisch gebied', description: 'Therapeutische gebieden (MeSH-termen) zoals het EMA ze toekent.' },
    byHolder: {
      title: 'Per bedrijf',
      description: 'Houders van een vergunning voor het in de handel brengen, of aanvragers bij geneesmiddelen die nooit zijn toegelaten.',
    },
    byStatus: { title: 'Per status', description: 'Hoe het met de vergunning van elk geneesmiddel staat.' },
    count: { one: '{count} geneesmiddel', other: '{count} geneesmiddelen' },
    lettersLabel: 'Ga naar letter',
    noLabel: 'Geen categorie vermeld',
    atcCode: 'ATC-code {code}',
  },
  suggest: {
    medicine: 'Geneesmiddel',
    substance: 'Werkzame stof',
    area: 'Therapeutisch gebied',
  },
};
