/** Italian search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const it: SearchMessages = {
  title: 'Cerca medicinali',
  titleWithQuery: 'Risultati della ricerca per «{query}»',
  description:
    "Cercare tra tutti i medicinali valutati dall'EMA per nome, principio attivo, malattia, azienda o codice, in qualsiasi lingua dell'UE.",
  form: {
    label: 'Cerca medicinali',
    hint: "Un medicinale o un principio attivo, una malattia, un'azienda o un codice ATC, ad esempio sotorasib, tumore del polmone o L01",
    button: 'Cerca',
    sort: 'Ordina per',
    sortButton: 'Ordina',
    apply: 'Applica i filtri',
    clear: 'Cancella i filtri',
  },
  sortRelevance: 'Pertinenza',
  facets: {
    heading: 'Filtra i risultati',
    category: 'Tipo di medicinale',
    status: 'Stato',
    area: 'Area terapeutica',
    atc: 'Codice ATC',
    holder: 'Azienda (titolare o richiedente)',
    flag: 'Caratteristiche regolatorie',
    year: 'Anno di autorizzazione',
    count: { one: '{count} risultato', many: '{count} risultati', other: '{count} risultati' },
    browseAll: { area: 'Tutte le aree terapeutiche', holder: 'Tutte le aziende', atc: 'Tutti i codici ATC' },
  },
  results: {
    heading: 'Risultati',
    count: { one: '{count} medicinale trovato', many: '{count} medicinali trovati', other: '{count} medicinali trovati' },
    range: 'Risultati {from}–{to} di {count}',
    none: 'Nessun medicinale corrisponde alla ricerca.',
    noneHelp: ["Verificare l'ortografia.", 'Usare meno parole o parole più generiche.', 'Rimuovere alcuni filtri.'],
    pageOutOfRange: 'Non ci sono più risultati in questa pagina.',
    didYouMean: 'Forse si intendeva {suggestion}?',
    foundIn: 'Trovato in: {place}',
    match: {
      name: 'nome o principio attivo',
      facts: 'indicazione, area terapeutica, azienda o codice',
      overview: 'panoramica del medicinale',
      document: 'informazioni sul prodotto',
    },
    documentPage: '{document}, pagina {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Pagine dei risultati',
    previous: 'Pagina precedente',
    next: 'Pagina successiva',
    first: 'Prima pagina',
    position: 'Pagina {page} di {pages}',
  },
  error: {
    heading: 'Si è verificato un problema',
  },
  browse: {
    title: 'Consulta i medicinali',
    description: "Tutti i medicinali, raggruppati secondo le classificazioni dell'EMA. Ogni numero rimanda ai medicinali corrispondenti.",
    byAtc: {
      title: 'Per codice ATC',
      description: "Codici anatomici terapeutici chimici (ATC), con le categorie farmacoterapeutiche che l'EMA attribuisce ai medicinali.",
      more: 'Codici del gruppo {code}',
    },
    byArea: { title: 'Per area terapeutica', description: "Aree terapeutiche (descrittori MeSH) come assegnate dall'EMA." },
    byHolder: {
      title: 'Per azienda',
      description: "Titolari dell'autorizzazione all'immissione in commercio o, per i medicinali mai autorizzati, richiedenti.",
    },
    byStatus: { title: 'Per stato', description: "La situazione di ciascun medicinale rispetto all'autorizzazione." },
    count: { one: '{count} medicinale', many: '{count} medicinali', other: '{count} medicinali' },
    lettersLabel: 'Vai alla lettera',
    noLabel: 'Nessuna categoria indicata',
    atcCode: 'Codice ATC {code}',
  },
  suggest: {
    medicine: 'Medicinale',
    substance: 'Principio attivo',
    area: 'Area terapeutica',
  },
};
