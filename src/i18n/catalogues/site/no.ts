/** Norwegian (Bokmål) interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const no: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Legemidler vurdert av Det europeiske legemiddelkontoret, som åpne data',
  },

  common: {
    skipLink: 'Gå til hovedinnholdet',
    notStated: 'Ikke oppgitt',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'åpnes i en ny fane',
    backToTop: 'Til toppen',
  },

  nav: {
    label: 'Hovedmeny',
    home: 'Forside',
    medicines: 'Legemidler',
    search: 'Søk',
    whatsNew: 'Hva er nytt',
    breadcrumb: 'Brødsmulesti',
  },

  languageSwitcher: {
    label: 'Språk',
    summary: 'Språk: {language}',
    current: 'gjeldende språk',
  },

  footer: {
    heading: 'Om denne tjenesten',
    source: 'Innhold fra Det europeiske legemiddelkontoret (EMA), gjengitt med kildehenvisning',
    emaWebsite: 'Nettstedet til Det europeiske legemiddelkontoret',
    openData: 'Åpne data',
    api: 'JSON-API',
    openApi: 'OpenAPI-beskrivelse',
    openSource: 'OpenEPAR er programvare med åpen kildekode.',
  },

  categories: {
    human: 'Humanlegemiddel',
    veterinary: 'Veterinærlegemiddel',
  },

  categoryMedicine: {
    human: 'Legemiddel til mennesker',
    veterinary: 'Legemiddel til dyr',
  },

  statuses: {
    'under-evaluation': { label: 'Under vurdering', description: 'EMA vurderer søknaden for dette legemidlet' },
    authorised: { label: 'Godkjent', description: 'Dette legemidlet er godkjent for bruk i Den europeiske union' },
    opinion: { label: 'Uttalelse', description: 'EMA har avgitt en uttalelse om dette legemidlet' },
    'opinion-under-re-examination': {
      label: 'Uttalelse under ny vurdering',
      description: 'Uttalelsen EMA har avgitt om dette legemidlet, er under ny vurdering',
    },
    refused: { label: 'Avslått', description: 'Markedsføringstillatelse for dette legemidlet er avslått' },
    'application-withdrawn': { label: 'Søknad trukket', description: 'Søknaden for dette legemidlet er trukket' },
    'withdrawn-from-rolling-review': {
      label: 'Trukket fra rullerende vurdering',
      description: 'Dette legemidlet er trukket fra vurdering ved rullerende vurdering',
    },
    withdrawn: { label: 'Trukket tilbake', description: 'Markedsføringstillatelsen for dette legemidlet er trukket tilbake' },
    suspended: { label: 'Suspendert', description: 'Bruken av dette legemidlet i Den europeiske union er for tiden suspendert' },
    lapsed: { label: 'Bortfalt', description: 'Markedsføringstillatelsen for dette legemidlet har falt bort' },
    expired: { label: 'Utløpt', description: 'Markedsføringstillatelsen for dette legemidlet er utløpt' },
    revoked: { label: 'Tilbakekalt', description: 'Markedsføringstillatelsen for dette legemidlet er tilbakekalt' },
  },

  lifecycle: {
    label: 'Vurderingens trinn',
    steps: {
      human: {
        application: 'Søknad under vurdering',
        opinion: 'CHMPs uttalelse',
        decision: 'Europakommisjonens vedtak',
      },
      veterinary: {
        application: 'Søknad under vurdering',
        opinion: 'CVMPs uttalelse',
        decision: 'Europakommisjonens vedtak',
      },
    },
    states: {
      done: 'Fullført',
      current: 'Gjeldende trinn',
      stopped: 'Stanset',
      upcoming: 'Ikke nådd',
    },
  },

  flags: {
    moreInfo: 'Mer informasjon finnes på siden {link}.',
    additionalMonitoring: {
      name: 'Særlig overvåking',
      description:
        'Dette legemidlet er underlagt særlig overvåking, som betyr at det overvåkes enda tettere enn andre legemidler.',
      symbol:
        'Legemidler som er underlagt særlig overvåking, er merket med en svart, opp-ned trekant (▼) i pakningsvedlegget og preparatomtalen.',
      moreInfo: 'Legemidler under særlig overvåking',
    },
    conditionalApproval: {
      name: 'Betinget godkjenning',
      description:
        'Dette legemidlet har fått betinget markedsføringstillatelse. Den ble gitt av hensyn til folkehelsen fordi legemidlet dekker et udekket medisinsk behov, og nytten av at legemidlet blir tilgjengelig umiddelbart, oppveier risikoen ved at dataene er mindre omfattende enn det som normalt kreves.',
      moreInfo: 'Betinget markedsføringstillatelse',
    },
    exceptionalCircumstances: {
      name: 'Særlige omstendigheter',
      description:
        'Dette legemidlet er godkjent under særlige omstendigheter fordi søkeren ikke kunne legge fram fullstendige data om legemidlets effekt og sikkerhet ved normale bruksforhold. Dette kan skyldes at sykdommen som skal behandles, er sjelden, eller at det ikke er mulig eller etisk forsvarlig å samle inn fullstendig informasjon.',
      moreInfo: 'Veiledning før godkjenning',
    },
    acceleratedAssessment: {
      name: 'Akselerert vurdering',
      description:
        'Dette legemidlet har gjennomgått en akselerert vurdering. Det betyr at legemidlet er av stor betydning for folkehelsen, og at tidsrammen for vurderingen derfor var 150 vurderingsdager i stedet for 210.',
      moreInfo: 'Akselerert vurdering',
    },
    orphan: {
      name: 'Legemiddel mot sjelden sykdom',
      description:
        'Dette legemidlet har fått status som legemiddel mot sjelden sykdom. Det betyr at det er utviklet til bruk mot en sjelden, livstruende eller kronisk invalidiserende tilstand, eller at det av økonomiske grunner neppe ville blitt utviklet uten insentiver.',
      moreInfo: 'Status som legemiddel mot sjelden sykdom',
    },
    generic: {
      name: 'Generisk legemiddel',
      description:
        'Dette er et generisk legemiddel, som er utviklet for å være likt et legemiddel som allerede er godkjent, det såkalte referanselegemidlet. Et generisk legemiddel inneholder det samme virkestoffet (de samme virkestoffene) som referanselegemidlet og brukes i samme dose(r) til å behandle samme sykdom(mer).',
      moreInfo: 'Generiske legemidler og hybridlegemidler',
    },
    biosimilar: {
      name: 'Biotilsvarende legemiddel',
      description:
        'Dette er et biotilsvarende legemiddel, det vil si et biologisk legemiddel som i svært stor grad ligner et annet biologisk legemiddel som allerede er godkjent, det såkalte referanselegemidlet.',
      moreInfo: 'Biotilsvarende legemidler',
    },
    advancedTherapy: {
      name: 'Avansert terapi',
      description:
        'Dette legemidlet er klassifisert som legemiddel til avansert terapi (ATMP): et legemiddel til mennesker basert på gener, vev eller celler. Slike legemidler gir banebrytende nye muligheter for behandling av sykdom og skade.',
      moreInfo: 'Legemidler til avansert terapi: oversikt',
    },
    prime: {
      name: 'PRIME: prioritert legemiddel',
      description:
        'Dette legemidlet ble tatt opp i EMAs ordning for prioriterte legemidler (PRIME) under utviklingen. PRIME er en ordning EMA har innført for å styrke støtten til utvikling av legemidler som dekker et udekket medisinsk behov. Den frivillige ordningen bygger på tettere samhandling og tidlig dialog med utviklere av lovende legemidler, for å optimalisere utviklingsplanene og fremskynde vurderingen slik at legemidlene kan nå pasientene tidligere.',
      moreInfo: 'PRIME: prioriterte legemidler',
    },
  },

  dates: {
    opinionAdopted: 'Uttalelse vedtatt',
    marketingAuthorisationIssued: 'Markedsføringstillatelse utstedt',
    refusal: 'Avslag på markedsføringstillatelse',
    applicationWithdrawn: 'Tilbaketrekking av søknad',
    withdrawal: 'Tilbaketrekking av markedsføringstillatelse',
    suspension: 'Suspensjon av markedsføringstillatelse',
    lapse: 'Bortfall av markedsføringstillatelse',
    expiry: 'Utløp av markedsføringstillatelse',
    revocation: 'Tilbakekalling av markedsføringstillatelse',
    pageLastUpdated: 'EMA oppdaterte siden sin sist',
  },

  documentTypes: {
    overview: 'Oversikt over legemidlet',
    'product-information': 'Produktinformasjon',
    'product-information-tracked-changes': 'Produktinformasjon med sporede endringer',
    'amended-product-information': 'Endret produktinformasjon',
    'all-authorised-presentations': 'Alle godkjente pakninger',
    leaflet: 'Pakningsvedlegg',
    rmp: 'Risikohåndteringsplan',
    'rmp-summary': 'Sammendrag av risikohåndteringsplanen',
    'assessment-report': 'Offentlig vurderingsrapport',
    'variation-report': 'Vurderingsrapport for en endring av markedsføringstillatelsen',
    'scientific-conclusion': 'Vitenskapelige konklusjoner',
    'scientific-discussion': 'Vitenskapelig diskusjon',
    'scientific-discussion-variation': 'Vitenskapelig diskusjon av en endring av markedsføringstillatelsen',
    'procedural-steps': 'Prosedyretrinn før godkjenning',
    'procedural-steps-after': 'Prosedyretrinn og vitenskapelig informasjon etter godkjenning',
    'steps-after-cutoff': 'Prosedyretrinn etter godkjenning (arkiv)',
    'smop-initial': 'Sammendrag av uttalelsen',
    smop: 'Sammendrag av uttalelsen om en endring av markedsføringstillatelsen',
    'medicine-qa': 'Spørsmål og svar',
    'withdrawal-letter': 'Brev om tilbaketrekking',
    'withdrawal-report': 'Vurderingsrapport ved tilbaketrekking',
    'orphan-maintenance-report': 'Vurderingsrapport om opprettholdelse av status som legemiddel mot sjelden sykdom',
    'orphan-maintenance-report-post': 'Vurderingsrapport om opprettholdelse av status som legemiddel mot sjelden sykdom etter godkjenning',
    'pip-compliance': 'Kontroll av samsvar med den pediatriske utviklingsplanen',
    'conditions-member-states': 'Vilkår eller begrensninger for EUs medlemsstater',
    'covid-19-vaccine-safety-update': 'Sikkerhetsoppdatering for covid-19-vaksine',
    'medication-error': 'Informasjon om medisineringsfeil',
    'prac-recommendation': 'PRACs anbefaling',
    'opinion-any-scientific-matter': 'Uttalelse om et vitenskapelig spørsmål',
    'public-statement': 'Offentlig erklæring',
    'press-release': 'Pressemelding',
    referral: 'Dokument om henvisningsprosedyre',
    other: 'Dokument',
  },

  documents: {
    referenceNumber: 'Referansenummer',
    firstPublished: 'Først publisert',
    lastUpdated: 'Sist oppdatert',
    languages: { one: 'Tilgjengelig på {count} språk', other: 'Tilgjengelig på {count} språk' },
    viewIn: 'Vis {title} på {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'ikke tilgjengelig på nett',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Pediatriske utviklingsplaner' },
    'post-authorisation-study': { heading: 'Studier etter godkjenning' },
    'orphan-designation': { heading: 'Status som legemiddel mot sjelden sykdom' },
    referral: { heading: 'Henvisningsprosedyrer' },
    other: { heading: 'Annen informasjon' },
  },

  medicine: {
    previousNames: 'Tidligere kjent som {names}',
    activeSubstance: 'Virkestoff',
    statusHeading: 'Status',
    flagsLabel: 'Regulatoriske kjennetegn',
    contents: 'Innhold på siden',
    sections: {
      overview: 'Oversikt',
      productInformation: 'Produktinformasjon',
      productDetails: 'Produktopplysninger',
      authorisationDetails: 'Opplysninger om godkjenningen',
      applicationDetails: 'Opplysninger om søknaden',
      assessmentHistory: 'Vurderingshistorikk',
      otherDocuments: 'Andre dokumenter',
      news: 'Nyheter om {name}',
      related: 'Mer informasjon om {name}',
      patientSafety: 'Informasjon om pasientsikkerhet',
      withdrawalInformation: 'Relatert informasjon om tilbaketrekninger',
      topics: 'Emner',
    },
    overview: {
      fallback: 'Denne oversikten er ikke tilgjengelig på {language}. Den vises på {fallback}.',
      fallbackDocument: 'EMA publiserer det på {language} som dokument: {link}.',
    },
    productInformation: {
      allLanguages: 'Produktinformasjonen for dette legemidlet er tilgjengelig på alle offisielle EU-språk.',
      contentsIntro: 'Produktinformasjonen består av:',
      contents: [
        'preparatomtale (vedlegg I);',
        'innehaver av tilvirkertillatelse ansvarlig for batch release (vedlegg IIA);',
        'vilkår for markedsføringstillatelsen (vedlegg IIB);',
        'merking (vedlegg IIIA);',
        'pakningsvedlegg (vedlegg IIIB).',
      ],
      latestProcedure: 'Siste prosedyre som berører produktinformasjonen',
    },
    productDetails: {
      name: 'Legemidlets navn',
      activeSubstance: 'Virkestoff',
      inn: 'Internasjonalt fellesnavn (INN) eller vanlig navn',
      therapeuticArea: 'Terapeutisk område (MeSH)',
      atcCode: 'Anatomisk terapeutisk kjemisk kode (ATC-kode)',
      pharmacotherapeuticGroup: 'Farmakoterapeutisk gruppe',
      therapeuticIndication: 'Terapeutisk indikasjon',
      species: 'Dyrearter',
      atcNotYetAssigned: 'Ennå ikke tildelt',
      atcMalformed: 'ikke en gyldig ATC-kode: vist slik EMA oppgir den',
    },
    authorisation: {
      productNumber: 'EMAs produktnummer',
      holder: 'Innehaver av markedsføringstillatelsen',
      applicant: 'Søker om markedsføringstillatelse',
      revision: 'EMAs revisjonsnummer',
      developer: 'Utvikler',
      opinionStatus: 'Uttalelsens utfall',
      opinionStatuses: { positive: 'Positiv', negative: 'Negativ' },
    },
    news: {
      published: 'Publisert {date}',
      patientSafetyMarker: 'EMA har publisert informasjon om pasientsikkerhet for dette legemidlet.',
    },
    source: {
      heading: 'Kilde og data',
      ema: 'Se dette legemidlet på EMAs nettsted',
      json: 'Hent denne oppføringen som JSON',
    },
  },

  catalogue: {
    title: 'Legemidler',
    description: 'Alle legemidler med en europeisk offentlig vurderingsrapport (EPAR), med status og terapeutisk område.',
    tableCaption: 'Legemidler',
    showing: {
      one: 'Viser {from}–{to} av {count} legemiddel',
      other: 'Viser {from}–{to} av {count} legemidler',
    },
    empty: 'Ingen legemidler samsvarer med disse filtrene.',
    pageOutOfRange: 'Det finnes ingen legemidler på denne siden.',
    filters: {
      heading: 'Filtrer legemidler',
      status: 'Status',
      anyStatus: 'Alle statuser',
      category: 'Type legemiddel',
      anyCategory: 'Human- og veterinærlegemidler',
      sort: 'Sorter etter',
      submit: 'Bruk',
      clear: 'Fjern filtre',
    },
    columns: {
      name: 'Legemiddel',
      inn: 'Virkestoff (INN)',
      status: 'Status',
      therapeuticAreas: 'Terapeutisk område',
      authorised: 'Godkjent',
      updated: 'Sist oppdatert',
    },
    sortedAscending: 'sortert i stigende rekkefølge',
    sortedDescending: 'sortert i synkende rekkefølge',
    sortBy: 'sorter etter {column}',
  },

  sort: {
    name: 'Navn (A til Å)',
    '-name': 'Navn (Å til A)',
    authorised: 'Godkjenningsdato (eldste først)',
    '-authorised': 'Godkjenningsdato (nyeste først)',
    updated: 'Sist oppdatert (eldste først)',
    '-updated': 'Sist oppdatert (nyeste først)',
  },

  pagination: {
    label: 'Sider',
    previous: 'Forrige side',
    next: 'Neste side',
    page: 'Side {page}',
  },

  home: {
    title: 'Finn informasjon om legemidler vurdert i Den europeiske union',
    lede: 'OpenEPAR publiserer alle europeiske offentlige vurderingsrapporter (EPAR) fra Det europeiske legemiddelkontoret (EMA): hva hvert legemiddel brukes mot, om det er godkjent, produktinformasjonen på alle EU-språk og dokumentene som ligger til grunn for beslutningen.',
    audiences: {
      heading: 'Hvem OpenEPAR er for',
      patients: {
        title: 'Pasienter og pårørende',
        text: 'Les en lettfattelig oversikt over et legemiddel, hva det brukes mot og hvilken risiko det medfører, på ditt eget språk.',
      },
      prescribers: {
        title: 'Forskrivere og farmasøyter',
        text: 'Åpne gjeldende produktinformasjon, og sjekk status og den siste prosedyren som berører den.',
      },
      researchers: {
        title: 'Forskere og utviklere',
        text: 'Bruk de samme dataene som åpne data gjennom et JSON-API beskrevet med OpenAPI.',
      },
    },
    search: {
      label: 'Søk etter et legemiddel',
      hint: 'Skriv inn et legemiddelnavn eller et virkestoff, for eksempel sotorasib',
      button: 'Søk',
    },
    sample:
      'Denne portalen inneholder bare et utvalg av Det europeiske legemiddelkontorets europeiske offentlige vurderingsrapporter (EPAR), med historikken deres fra EMAs datatabeller. Antall legemidler: {count}. For å publisere alle, importer hele korpuset med {command}.',
    browseAll: { one: 'Bla gjennom {count} legemiddel', other: 'Bla gjennom alle {count} legemidler' },
    byStatus: {
      heading: 'Legemidler etter status',
      caption: 'Antall legemidler etter status',
      status: 'Status',
      count: 'Antall legemidler',
      link: { one: '{count} legemiddel: {status}', other: '{count} legemidler: {status}' },
    },
    recent: {
      heading: 'Nylig oppdatert',
      none: 'Ingen legemidler er oppdatert nylig.',
      updated: 'Oppdatert {date}',
    },
    openData: {
      heading: 'Åpne data',
      text: 'Alle sidene på OpenEPAR er også tilgjengelige som data som fritt kan gjenbrukes med kildehenvisning.',
    },
  },

  errors: {
    status: 'Feil {status}',
    notFound: {
      title: 'Fant ikke siden',
      message:
        'Hvis du skrev inn nettadressen, må du kontrollere at den er riktig. Hvis du limte inn nettadressen, må du kontrollere at du kopierte hele adressen.',
    },
    badRequest: {
      title: 'Det er et problem med denne forespørselen',
      message: 'Adressen inneholder noe som denne tjenesten ikke forstår. Kontroller den og prøv igjen.',
    },
    serverError: {
      title: 'Beklager, det er et problem med tjenesten',
      message: 'Prøv igjen senere.',
    },
    unavailable: {
      title: 'Beklager, tjenesten er utilgjengelig',
      message: 'Du vil kunne bruke tjenesten senere.',
    },
    home: 'Gå til forsiden',
    browse: 'Bla gjennom alle legemidler',
  },
};
