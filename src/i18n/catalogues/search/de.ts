/** German search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const de: SearchMessages = {
  title: 'Arzneimittel suchen',
  titleWithQuery: 'Suchergebnisse für „{query}“',
  description:
    'Durchsuchen Sie alle von der EMA beurteilten Arzneimittel nach Name, Wirkstoff, Krankheit, Unternehmen oder Code – in jeder EU-Sprache.',
  form: {
    label: 'Arzneimittel suchen',
    hint: 'Ein Arzneimittel oder Wirkstoff, eine Krankheit, ein Unternehmen oder ein ATC-Code, zum Beispiel sotorasib, Lungenkrebs oder L01',
    button: 'Suchen',
    sort: 'Sortieren nach',
    sortButton: 'Sortieren',
    apply: 'Filter anwenden',
    clear: 'Filter zurücksetzen',
    sectionLabel: 'Nur in diesem Abschnitt der Produktinformation',
    sectionHint: 'Seine Nummer, zum Beispiel 4.3 für Gegenanzeigen oder 4.8 für Nebenwirkungen',
  },
  sortRelevance: 'Beste Übereinstimmung',
  facets: {
    heading: 'Ergebnisse filtern',
    category: 'Art des Arzneimittels',
    status: 'Status',
    area: 'Therapeutisches Gebiet',
    atc: 'ATC-Code',
    holder: 'Unternehmen (Zulassungsinhaber oder Antragsteller)',
    flag: 'Regulatorische Merkmale',
    year: 'Jahr der Zulassung',
    count: { one: '{count} Ergebnis', other: '{count} Ergebnisse' },
    browseAll: { area: 'Alle therapeutischen Gebiete', holder: 'Alle Unternehmen', atc: 'Alle ATC-Codes' },
  },
  results: {
    heading: 'Ergebnisse',
    count: { one: '{count} Arzneimittel gefunden', other: '{count} Arzneimittel gefunden' },
    range: 'Ergebnisse {from}–{to} von {count}',
    none: 'Keine Arzneimittel entsprechen Ihrer Suche.',
    noneHelp: [
      'Überprüfen Sie die Schreibweise.',
      'Verwenden Sie weniger oder allgemeinere Suchbegriffe.',
      'Entfernen Sie einige Filter.',
    ],
    pageOutOfRange: 'Auf dieser Seite gibt es keine Ergebnisse mehr.',
    didYouMean: 'Meinten Sie {suggestion}?',
    foundIn: 'Gefunden in: {place}',
    match: {
      name: 'Name oder Wirkstoff',
      facts: 'Anwendungsgebiet, therapeutisches Gebiet, Unternehmen oder Code',
      overview: 'Übersicht über das Arzneimittel',
      document: 'Produktinformation',
    },
    documentPage: '{document}, Seite {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Ergebnisseiten',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    first: 'Erste Seite',
    position: 'Seite {page} von {pages}',
  },
  error: {
    heading: 'Es ist ein Problem aufgetreten',
  },
  browse: {
    title: 'Arzneimittel nach Gruppen',
    description: 'Alle Arzneimittel, gruppiert nach den Einteilungen der EMA. Jede Zahl führt zu den betreffenden Arzneimitteln.',
    byAtc: {
      title: 'Nach ATC-Code',
      description:
        'Anatomisch-therapeutisch-chemische Codes (ATC-Codes), bezeichnet mit den pharmakotherapeutischen Gruppen, die die EMA für ihre Arzneimittel angibt.',
      more: 'Untergeordnete Codes von {code}',
    },
    byArea: { title: 'Nach therapeutischem Gebiet', description: 'Therapeutische Gebiete (MeSH-Schlagwörter), wie die EMA sie zuordnet.' },
    byHolder: {
      title: 'Nach Unternehmen',
      description: 'Inhaber der Zulassung oder, bei nie zugelassenen Arzneimitteln, Antragsteller.',
    },
    byStatus: { title: 'Nach Status', description: 'Der Stand der Zulassung jedes Arzneimittels.' },
    count: { one: '{count} Arzneimittel', other: '{count} Arzneimittel' },
    lettersLabel: 'Zu einem Buchstaben springen',
    noLabel: 'Keine Gruppe angegeben',
    atcCode: 'ATC-Code {code}',
  },
  suggest: {
    medicine: 'Arzneimittel',
    substance: 'Wirkstoff',
    area: 'Therapeutisches Gebiet',
  },
};
