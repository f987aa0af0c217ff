/** Romanian search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const ro: SearchMessages = {
  title: 'Căutare medicamente',
  titleWithQuery: 'Rezultatele căutării pentru „{query}”',
  description:
    'Căutați orice medicament evaluat de EMA după denumire, substanță activă, boală, companie sau cod, în orice limbă a UE.',
  form: {
    label: 'Căutați medicamente',
    hint: 'Un medicament sau o substanță activă, o boală, o companie sau un cod ATC, de exemplu sotorasib, cancer pulmonar sau L01',
    button: 'Căutare',
    sort: 'Sortare după',
    sortButton: 'Sortare',
    apply: 'Aplicați filtrele',
    clear: 'Ștergeți filtrele',
    sectionLabel: 'Doar în această secțiune a informațiilor despre produs',
    sectionHint: 'Numărul ei, de exemplu 4.3 pentru contraindicații sau 4.8 pentru reacții adverse',
  },
  sortRelevance: 'Relevanță',
  facets: {
    heading: 'Filtrați rezultatele',
    category: 'Tipul de medicament',
    status: 'Statut',
    area: 'Aria terapeutică',
    atc: 'Codul ATC',
    holder: 'Compania (deținătorul sau solicitantul)',
    flag: 'Caracteristici de reglementare',
    year: 'Anul autorizării',
    count: { one: '{count} rezultat', few: '{count} rezultate', other: '{count} de rezultate' },
    browseAll: { area: 'Toate ariile terapeutice', holder: 'Toate companiile', atc: 'Toate codurile ATC' },
  },
  results: {
    heading: 'Rezultate',
    count: {
      one: 'A fost găsit {count} medicament',
      few: 'Au fost găsite {count} medicamente',
      other: 'Au fost găsite {count} de medicamente',
    },
    range: 'Rezultatele {from}–{to} din {count}',
    none: 'Niciun medicament nu corespunde căutării dumneavoastră.',
    noneHelp: ['Verificați ortografia.', 'Folosiți mai puține cuvinte sau cuvinte mai generale.', 'Eliminați unele filtre.'],
    pageOutOfRange: 'Nu mai există rezultate pe această pagină.',
    didYouMean: 'Ați vrut să spuneți {suggestion}?',
    foundIn: 'Găsit în: {place}',
    match: {
      name: 'denumire sau substanță activă',
      facts: 'indicație, arie terapeutică, companie sau cod',
      overview: 'prezentarea generală a medicamentului',
      document: 'informații despre produs',
    },
    documentPage: '{document}, pagina {page}',
    inLanguage: '{place} (în limba {language})',
  },
  pagination: {
    label: 'Paginile cu rezultate',
    previous: 'Pagina anterioară',
    next: 'Pagina următoare',
    first: 'Prima pagină',
    position: 'Pagina {page} din {pages}',
  },
  error: {
    heading: 'Există o problemă',
  },
  browse: {
    title: 'Consultați medicamentele',
    description: 'Toate medicamentele, grupate după clasificările EMA. Fiecare număr duce la medicamentele respective.',
    byAtc: {
      title: 'După codul ATC',
      description: 'Coduri anatomice terapeutice chimice (ATC), însoțite de grupele farmacoterapeutice pe care EMA le atribuie medicamentelor.',
      more: 'Coduri din grupa {code}',
    },
    byArea: { title: 'După aria terapeutică', description: 'Arii terapeutice (descriptori MeSH), așa cum le atribuie EMA.' },
    byHolder: {
      title: 'După companie',
      description: 'Deținătorii autorizației de punere pe piață sau, pentru medicamentele care nu au fost niciodată autorizate, solicitanții.',
    },
    byStatus: { title: 'După statut', description: 'Stadiul în care se află fiecare medicament în ceea ce privește autorizarea.' },
    count: { one: '{count} medicament', few: '{count} medicamente', other: '{count} de medicamente' },
    lettersLabel: 'Salt la o literă',
    noLabel: 'Grupă nespecificată',
    atcCode: 'Codul ATC {code}',
  },
  suggest: {
    medicine: 'Medicament',
    substance: 'Substanță activă',
    area: 'Arie terapeutică',
  },
};
