/** Italian interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const it: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: "Medicinali valutati dall'Agenzia europea per i medicinali, disponibili come dati aperti",
  },

  common: {
    skipLink: 'Vai al contenuto principale',
    notStated: 'Non indicato',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'si apre in una nuova scheda',
    backToTop: "Torna all'inizio",
  },

  nav: {
    label: 'Navigazione principale',
    home: 'Pagina iniziale',
    medicines: 'Medicinali',
    search: 'Cerca',
    whatsNew: 'Novità',
    breadcrumb: 'Percorso di navigazione',
  },

  languageSwitcher: {
    label: 'Lingua',
    summary: 'Lingua: {language}',
    current: 'lingua corrente',
  },

  footer: {
    heading: 'Informazioni su questo servizio',
    source: "Contenuti dell'Agenzia europea per i medicinali (EMA), riprodotti con citazione della fonte",
    emaWebsite: "Sito web dell'Agenzia europea per i medicinali",
    openData: 'Dati aperti',
    api: 'API JSON',
    openApi: 'Descrizione OpenAPI',
    openSource: 'OpenEPAR è un software open source.',
  },

  categories: {
    human: 'Uso umano',
    veterinary: 'Uso veterinario',
  },

  categoryMedicine: {
    human: 'Medicinale per uso umano',
    veterinary: 'Medicinale veterinario',
  },

  statuses: {
    'under-evaluation': { label: 'In valutazione', description: 'L’EMA sta valutando la domanda relativa a questo medicinale' },
    authorised: { label: 'Autorizzato', description: "Questo medicinale è autorizzato per l'uso nell'Unione europea" },
    opinion: { label: 'Parere', description: "L'EMA ha espresso un parere su questo medicinale" },
    'opinion-under-re-examination': {
      label: 'Parere in fase di riesame',
      description: "Il parere espresso dall'EMA su questo medicinale è in fase di riesame",
    },
    refused: { label: 'Rifiutato', description: "L'autorizzazione di questo medicinale è stata rifiutata" },
    'application-withdrawn': { label: 'Domanda ritirata', description: 'La domanda relativa a questo medicinale è stata ritirata' },
    'withdrawn-from-rolling-review': {
      label: 'Ritirato dalla revisione ciclica',
      description: "Questo medicinale è stato ritirato dalla valutazione nell'ambito della revisione ciclica",
    },
    withdrawn: { label: 'Ritirato', description: "L'autorizzazione di questo medicinale è stata ritirata" },
    suspended: { label: 'Sospeso', description: "L'uso di questo medicinale è attualmente sospeso nell'Unione europea" },
    lapsed: { label: 'Decaduto', description: "L'autorizzazione di questo medicinale è decaduta" },
    expired: { label: 'Scaduto', description: "L'autorizzazione di questo medicinale è scaduta" },
    revoked: { label: 'Revocato', description: "L'autorizzazione di questo medicinale è stata revocata" },
  },

  lifecycle: {
    label: 'Fasi della valutazione',
    steps: {
      human: {
        application: 'Domanda in fase di valutazione',
        opinion: 'Parere del CHMP',
        decision: 'Decisione della Commissione europea',
      },
      veterinary: {
        application: 'Domanda in fase di valutazione',
        opinion: 'Parere del CVMP',
        decision: 'Decisione della Commissione europea',
      },
    },
    states: {
      done: 'Completata',
      current: 'Fase attuale',
      stopped: 'Interrotta',
      upcoming: 'Non raggiunta',
    },
  },

  flags: {
    moreInfo: 'Per maggiori informazioni, consultare {link}.',
    additionalMonitoring: {
      name: 'Monitoraggio addizionale',
      description:
        'Questo medicinale è sottoposto a monitoraggio addizionale, ossia è monitorato in modo ancora più intensivo rispetto agli altri medicinali.',
      symbol:
        'I medicinali sottoposti a monitoraggio addizionale riportano un triangolo nero capovolto (▼) nel foglio illustrativo e nel riassunto delle caratteristiche del prodotto.',
      moreInfo: 'Medicinali sottoposti a monitoraggio addizionale',
    },
    conditionalApproval: {
      name: 'Approvazione condizionata',
      description:
        "Questo medicinale ha ricevuto un'autorizzazione all'immissione in commercio condizionata. L'autorizzazione è stata rilasciata nell'interesse della salute pubblica perché il medicinale risponde a un'esigenza medica insoddisfatta e il beneficio della sua disponibilità immediata supera il rischio dovuto a dati meno completi di quelli normalmente richiesti.",
      moreInfo: "Autorizzazione all'immissione in commercio condizionata",
    },
    exceptionalCircumstances: {
      name: 'Circostanze eccezionali',
      description:
        "Questo medicinale è stato autorizzato in circostanze eccezionali, perché il richiedente non è stato in grado di fornire dati completi sull'efficacia e sulla sicurezza del medicinale in condizioni normali d'impiego. Ciò può avvenire perché la malattia da trattare è rara o perché la raccolta di informazioni complete non è possibile o non è etica.",
      moreInfo: "Orientamenti per la fase precedente all'autorizzazione",
    },
    acceleratedAssessment: {
      name: 'Valutazione accelerata',
      description:
        'Questo medicinale è stato sottoposto a valutazione accelerata. Ciò significa che si tratta di un medicinale di grande interesse per la salute pubblica, per cui la sua valutazione si è svolta in 150 giorni di valutazione anziché 210.',
      moreInfo: 'Valutazione accelerata',
    },
    orphan: {
      name: 'Orfano',
      description:
        "A questo medicinale è stata assegnata la qualifica di medicinale orfano. Ciò significa che è stato sviluppato per l'uso contro una malattia rara, potenzialmente letale o cronicamente debilitante oppure che, per ragioni economiche, sarebbe stato improbabile svilupparlo senza incentivi.",
      moreInfo: 'Qualifica di medicinale orfano',
    },
    generic: {
      name: 'Generico',
      description:
        'Si tratta di un medicinale generico, sviluppato per essere uguale a un medicinale già autorizzato, denominato medicinale di riferimento. Un medicinale generico contiene lo stesso principio attivo (o gli stessi principi attivi) del medicinale di riferimento ed è usato alla stessa dose (o alle stesse dosi) per trattare la stessa malattia (o le stesse malattie).',
      moreInfo: 'Medicinali generici e ibridi',
    },
    biosimilar: {
      name: 'Biosimilare',
      description:
        'Si tratta di un medicinale biosimilare, ossia un medicinale biologico molto simile a un altro medicinale biologico già approvato, denominato «medicinale di riferimento».',
      moreInfo: 'Medicinali biosimilari',
    },
    advancedTherapy: {
      name: 'Terapia avanzata',
      description:
        'Questo medicinale è classificato come medicinale per terapia avanzata (ATMP): un medicinale per uso umano basato su geni, tessuti o cellule. Offre nuove opportunità rivoluzionarie per il trattamento di malattie e lesioni.',
      moreInfo: 'Medicinali per terapie avanzate: panoramica',
    },
    prime: {
      name: 'PRIME: medicinale prioritario',
      description:
        "Durante il suo sviluppo, questo medicinale è stato ammesso al programma dell'EMA per i medicinali prioritari (PRIME). PRIME è un programma avviato dall'EMA per rafforzare il sostegno allo sviluppo di medicinali destinati a un'esigenza medica insoddisfatta. Questo programma su base volontaria si fonda su un'interazione rafforzata e su un dialogo precoce con gli sviluppatori di medicinali promettenti, al fine di ottimizzare i piani di sviluppo e accelerare la valutazione, affinché tali medicinali possano raggiungere prima i pazienti.",
      moreInfo: 'PRIME: medicinali prioritari',
    },
  },

  dates: {
    opinionAdopted: 'Parere adottato',
    marketingAuthorisationIssued: "Autorizzazione all'immissione in commercio rilasciata",
    refusal: "Rifiuto dell'autorizzazione all'immissione in commercio",
    applicationWithdrawn: 'Ritiro della domanda',
    withdrawal: "Ritiro dell'autorizzazione all'immissione in commercio",
    suspension: "Sospensione dell'autorizzazione all'immissione in commercio",
    lapse: "Decadenza dell'autorizzazione all'immissione in commercio",
    expiry: "Scadenza dell'autorizzazione all'immissione in commercio",
    revocation: "Revoca dell'autorizzazione all'immissione in commercio",
    pageLastUpdated: 'L’EMA ha aggiornato la sua pagina l’ultima volta il',
  },

  documentTypes: {
    overview: 'Panoramica del medicinale',
    'product-information': 'Informazioni sul prodotto',
    'product-information-tracked-changes': 'Informazioni sul prodotto con modifiche evidenziate',
    'amended-product-information': 'Informazioni sul prodotto modificate',
    'all-authorised-presentations': 'Tutte le confezioni autorizzate',
    leaflet: 'Foglio illustrativo',
    rmp: 'Piano di gestione del rischio',
    'rmp-summary': 'Sintesi del piano di gestione del rischio',
    'assessment-report': 'Relazione pubblica di valutazione',
    'variation-report': "Relazione di valutazione di una modifica dell'autorizzazione all'immissione in commercio",
    'scientific-conclusion': 'Conclusioni scientifiche',
    'scientific-discussion': 'Discussione scientifica',
    'scientific-discussion-variation': "Discussione scientifica su una modifica dell'autorizzazione all'immissione in commercio",
    'procedural-steps': "Fasi procedurali precedenti all'autorizzazione",
    'procedural-steps-after': "Fasi procedurali e informazioni scientifiche successive all'autorizzazione",
    'steps-after-cutoff': "Fasi procedurali successive all'autorizzazione (archivio)",
    'smop-initial': 'Sintesi del parere',
    smop: "Sintesi del parere su una modifica dell'autorizzazione all'immissione in commercio",
    'medicine-qa': 'Domande e risposte',
    'withdrawal-letter': 'Lettera di ritiro',
    'withdrawal-report': 'Relazione di valutazione relativa al ritiro',
    'orphan-maintenance-report': 'Relazione di valutazione sul mantenimento della qualifica di medicinale orfano',
    'orphan-maintenance-report-post':
      "Relazione di valutazione sul mantenimento della qualifica di medicinale orfano dopo l'autorizzazione",
    'pip-compliance': "Verifica della conformità al piano d'indagine pediatrica",
    'conditions-member-states': "Condizioni o restrizioni per gli Stati membri dell'UE",
    'covid-19-vaccine-safety-update': 'Aggiornamento sulla sicurezza del vaccino anti-COVID-19',
    'medication-error': 'Informazioni sugli errori terapeutici',
    'prac-recommendation': 'Raccomandazione del PRAC',
    'opinion-any-scientific-matter': 'Parere su una questione scientifica',
    'public-statement': 'Dichiarazione pubblica',
    'press-release': 'Comunicato stampa',
    referral: 'Documento relativo alla procedura di deferimento',
    other: 'Documento',
  },

  documents: {
    referenceNumber: 'Numero di riferimento',
    firstPublished: 'Prima pubblicazione',
    lastUpdated: 'Ultimo aggiornamento',
    languages: {
      one: 'Disponibile in {count} lingua',
      many: 'Disponibile in {count} lingue',
      other: 'Disponibile in {count} lingue',
    },
    viewIn: 'Visualizza {title} in {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'non disponibile online',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: "Piani d'indagine pediatrica" },
    'post-authorisation-study': { heading: "Studi successivi all'autorizzazione" },
    'orphan-designation': { heading: 'Qualifiche di medicinale orfano' },
    referral: { heading: 'Procedure di deferimento' },
    other: { heading: 'Altre informazioni' },
  },

  medicine: {
    previousNames: 'Precedentemente noto come {names}',
    activeSubstance: 'Principio attivo',
    statusHeading: 'Stato',
    flagsLabel: 'Caratteristiche regolatorie',
    contents: 'Contenuto della pagina',
    sections: {
      overview: 'Panoramica',
      productInformation: 'Informazioni sul prodotto',
      productDetails: 'Dettagli del prodotto',
      authorisationDetails: "Dettagli dell'autorizzazione",
      applicationDetails: 'Dettagli della domanda',
      assessmentHistory: 'Cronologia della valutazione',
      otherDocuments: 'Altri documenti',
      news: 'Notizie su {name}',
      related: 'Ulteriori informazioni su {name}',
      patientSafety: 'Informazioni sulla sicurezza dei pazienti',
      withdrawalInformation: 'Informazioni correlate sui ritiri',
      topics: 'Argomenti',
    },
    overview: {
      fallback: 'Questa panoramica non è disponibile in {language}. Viene mostrata in {fallback}.',
      fallbackDocument: 'L’EMA la pubblica in {language} come documento: {link}.',
    },
    productInformation: {
      allLanguages: "Le informazioni sul prodotto di questo medicinale sono disponibili in tutte le lingue ufficiali dell'UE.",
      contentsIntro: 'I documenti delle informazioni sul prodotto comprendono:',
      contents: [
        'riassunto delle caratteristiche del prodotto (allegato I);',
        "titolare dell'autorizzazione alla produzione responsabile del rilascio dei lotti (allegato II A);",
        "condizioni dell'autorizzazione all'immissione in commercio (allegato II B);",
        'etichettatura (allegato III A);',
        'foglio illustrativo (allegato III B).',
      ],
      latestProcedure: 'Ultima procedura che ha interessato le informazioni sul prodotto',
    },
    productDetails: {
      name: 'Nome del medicinale',
      activeSubstance: 'Principio attivo',
      inn: 'Denominazione comune internazionale (DCI) o nome comune',
      therapeuticArea: 'Area terapeutica (MeSH)',
      atcCode: 'Codice anatomico terapeutico chimico (ATC)',
      pharmacotherapeuticGroup: 'Categoria farmacoterapeutica',
      therapeuticIndication: 'Indicazione terapeutica',
      species: 'Specie',
      atcNotYetAssigned: 'Non ancora assegnato',
      atcMalformed: 'codice ATC non valido: riportato come lo pubblica l’EMA',
    },
    authorisation: {
      productNumber: 'Numero di prodotto EMA',
      holder: "Titolare dell'autorizzazione all'immissione in commercio",
      applicant: "Richiedente dell'autorizzazione all'immissione in commercio",
      revision: 'Numero di revisione dell’EMA',
      developer: 'Sviluppatore',
      opinionStatus: 'Esito del parere',
      opinionStatuses: { positive: 'Positivo', negative: 'Negativo' },
    },
    news: {
      published: 'Pubblicato il {date}',
      patientSafetyMarker: 'L’EMA ha pubblicato informazioni sulla sicurezza dei pazienti per questo medicinale.',
    },
    source: {
      heading: 'Fonte e dati',
      ema: "Visualizza questo medicinale sul sito web dell'EMA",
      json: 'Ottieni questa scheda in formato JSON',
    },
  },

  catalogue: {
    title: 'Medicinali',
    description:
      "Tutti i medicinali per cui è disponibile una relazione pubblica di valutazione europea (EPAR), con il relativo stato e l'area terapeutica.",
    tableCaption: 'Medicinali',
    showing: {
      one: 'Visualizzazione di {from}–{to} su {count} medicinale',
      many: 'Visualizzazione di {from}–{to} su {count} medicinali',
      other: 'Visualizzazione di {from}–{to} su {count} medicinali',
    },
    empty: 'Nessun medicinale corrisponde a questi filtri.',
    pageOutOfRange: 'Non ci sono medicinali in questa pagina.',
    filters: {
      heading: 'Filtra i medicinali',
      status: 'Stato',
      anyStatus: 'Tutti gli stati',
      category: 'Tipo di medicinale',
      anyCategory: 'Per uso umano e veterinario',
      sort: 'Ordina per',
      submit: 'Applica',
      clear: 'Cancella i filtri',
    },
    columns: {
      name: 'Medicinale',
      inn: 'Principio attivo (DCI)',
      status: 'Stato',
      therapeuticAreas: 'Area terapeutica',
      authorised: 'Autorizzazione',
      updated: 'Ultimo aggiornamento',
    },
    sortedAscending: 'in ordine crescente',
    sortedDescending: 'in ordine decrescente',
    sortBy: 'ordina per {column}',
  },

  sort: {
    name: 'Nome (dalla A alla Z)',
    '-name': 'Nome (dalla Z alla A)',
    authorised: 'Data di autorizzazione (dalla meno recente)',
    '-authorised': 'Data di autorizzazione (dalla più recente)',
    updated: 'Ultimo aggiornamento (dal meno recente)',
    '-updated': 'Ultimo aggiornamento (dal più recente)',
  },

  pagination: {
    label: 'Pagine',
    previous: 'Pagina precedente',
    next: 'Pagina successiva',
    page: 'Pagina {page}',
  },

  home: {
    title: "Informazioni sui medicinali valutati nell'Unione europea",
    lede: "OpenEPAR pubblica tutte le relazioni pubbliche di valutazione europee (EPAR) dell'Agenzia europea per i medicinali (EMA): a cosa serve ciascun medicinale, se è autorizzato, le informazioni sul prodotto in tutte le lingue dell'UE e i documenti alla base della decisione.",
    audiences: {
      heading: 'A chi si rivolge OpenEPAR',
      patients: {
        title: 'Pazienti e caregiver',
        text: 'Leggere nella propria lingua una panoramica in linguaggio semplice di un medicinale: a cosa serve e quali sono i suoi rischi.',
      },
      prescribers: {
        title: 'Medici prescrittori e farmacisti',
        text: "Aprire le informazioni sul prodotto in vigore, verificare lo stato e l'ultima procedura che le ha interessate.",
      },
      researchers: {
        title: 'Ricercatori e sviluppatori',
        text: "Utilizzare gli stessi dati come dati aperti tramite un'API JSON descritta con OpenAPI.",
      },
    },
    search: {
      label: 'Cerca un medicinale',
      hint: 'Inserire il nome di un medicinale o di un principio attivo, ad esempio sotorasib',
      button: 'Cerca',
    },
    sample:
      'Questo portale contiene solo un campione delle relazioni pubbliche di valutazione europee (EPAR) dell’Agenzia europea per i medicinali, con la loro cronologia tratta dalle tabelle di dati dell’EMA. Numero di medicinali: {count}. Per pubblicarle tutte, importi l’intero corpus con {command}.',
    browseAll: {
      one: 'Consulta {count} medicinale',
      many: 'Consulta tutti i {count} medicinali',
      other: 'Consulta tutti i {count} medicinali',
    },
    byStatus: {
      heading: 'Medicinali per stato',
      caption: 'Numero di medicinali per stato',
      status: 'Stato',
      count: 'Numero di medicinali',
      link: {
        one: '{count} medicinale: {status}',
        many: '{count} medicinali: {status}',
        other: '{count} medicinali: {status}',
      },
    },
    recent: {
      heading: 'Aggiornati di recente',
      none: 'Nessun medicinale è stato aggiornato di recente.',
      updated: 'Aggiornato il {date}',
    },
    openData: {
      heading: 'Dati aperti',
      text: 'Ogni pagina di OpenEPAR è disponibile anche in formato di dati, liberamente riutilizzabili con citazione della fonte.',
    },
  },

  errors: {
    status: 'Errore {status}',
    notFound: {
      title: 'Pagina non trovata',
      message:
        "Se l'indirizzo web è stato digitato, verificare che sia corretto. Se l'indirizzo web è stato incollato, verificare che sia stato copiato per intero.",
    },
    badRequest: {
      title: 'Si è verificato un problema con questa richiesta',
      message: "L'indirizzo contiene elementi che questo servizio non riconosce. Verificarlo e riprovare.",
    },
    serverError: {
      title: 'Siamo spiacenti, si è verificato un problema con il servizio',
      message: 'Riprovare più tardi.',
    },
    unavailable: {
      title: 'Siamo spiacenti, il servizio non è disponibile',
      message: 'Il servizio sarà di nuovo utilizzabile più tardi.',
    },
    home: 'Vai alla pagina iniziale',
    browse: 'Consulta tutti i medicinali',
  },
};
