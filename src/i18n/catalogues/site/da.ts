/** Danish interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const da: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Lægemidler vurderet af Det Europæiske Lægemiddelagentur som åbne data',
  },

  common: {
    skipLink: 'Gå til hovedindhold',
    notStated: 'Ikke angivet',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'åbner i en ny fane',
    backToTop: 'Til toppen',
  },

  nav: {
    label: 'Hovedmenu',
    home: 'Forside',
    medicines: 'Lægemidler',
    search: 'Søg',
    whatsNew: 'Hvad er nyt',
    breadcrumb: 'Brødkrumme',
  },

  languageSwitcher: {
    label: 'Sprog',
    summary: 'Sprog: {language}',
    current: 'aktuelt sprog',
  },

  footer: {
    heading: 'Om denne tjeneste',
    source: 'Indhold fra Det Europæiske Lægemiddelagentur (EMA), gengivet med kildeangivelse',
    emaWebsite: 'Det Europæiske Lægemiddelagenturs websted',
    openData: 'Åbne data',
    api: 'JSON API',
    openApi: 'OpenAPI-beskrivelse',
    openSource: 'OpenEPAR er open source-software.',
  },

  categories: {
    human: 'Humanmedicinske',
    veterinary: 'Veterinærmedicinske',
  },

  categoryMedicine: {
    human: 'Humanmedicinsk lægemiddel',
    veterinary: 'Veterinærlægemiddel',
  },

  statuses: {
    'under-evaluation': { label: 'Under vurdering', description: 'EMA vurderer ansøgningen om dette lægemiddel' },
    authorised: { label: 'Godkendt', description: 'Dette lægemiddel er godkendt til brug i Den Europæiske Union' },
    opinion: { label: 'Udtalelse', description: 'EMA har afgivet en udtalelse om dette lægemiddel' },
    'opinion-under-re-examination': {
      label: 'Udtalelse under fornyet behandling',
      description: 'Den udtalelse, som EMA har afgivet om dette lægemiddel, er under fornyet behandling',
    },
    refused: { label: 'Afslået', description: 'Der er givet afslag på markedsføringstilladelse til dette lægemiddel' },
    'application-withdrawn': { label: 'Ansøgning trukket tilbage', description: 'Ansøgningen vedrørende dette lægemiddel er trukket tilbage' },
    'withdrawn-from-rolling-review': {
      label: 'Trukket tilbage fra løbende gennemgang',
      description: 'Dette lægemiddel er trukket tilbage fra vurdering under løbende gennemgang',
    },
    withdrawn: { label: 'Tilbagetrukket', description: 'Markedsføringstilladelsen for dette lægemiddel er trukket tilbage' },
    suspended: { label: 'Suspenderet', description: 'Brugen af dette lægemiddel i Den Europæiske Union er i øjeblikket suspenderet' },
    lapsed: { label: 'Bortfaldet', description: 'Markedsføringstilladelsen for dette lægemiddel er bortfaldet' },
    expired: { label: 'Udløbet', description: 'Markedsføringstilladelsen for dette lægemiddel er udløbet' },
    revoked: { label: 'Tilbagekaldt', description: 'Markedsføringstilladelsen for dette lægemiddel er tilbagekaldt' },
  },

  lifecycle: {
    label: 'Vurderingens faser',
    steps: {
      human: {
        application: 'Ansøgning under vurdering',
        opinion: 'CHMP’s udtalelse',
        decision: 'Europa-Kommissionens afgørelse',
      },
      veterinary: {
        application: 'Ansøgning under vurdering',
        opinion: 'CVMP’s udtalelse',
        decision: 'Europa-Kommissionens afgørelse',
      },
    },
    states: {
      done: 'Afsluttet',
      current: 'Aktuel fase',
      stopped: 'Standset',
      upcoming: 'Ikke nået',
    },
  },

  flags: {
    moreInfo: 'Yderligere oplysninger findes under {link}.',
    additionalMonitoring: {
      name: 'Supplerende overvågning',
      description:
        'Dette lægemiddel er underlagt supplerende overvågning, hvilket betyder, at det overvåges endnu mere intensivt end andre lægemidler.',
      symbol:
        'Lægemidler, der er underlagt supplerende overvågning, er mærket med en sort omvendt trekant (▼) i indlægssedlen og produktresuméet.',
      moreInfo: 'Lægemidler under supplerende overvågning',
    },
    conditionalApproval: {
      name: 'Betinget godkendelse',
      description:
        'Dette lægemiddel har fået en betinget markedsføringstilladelse. Den blev udstedt af hensyn til folkesundheden, fordi lægemidlet dækker et udækket medicinsk behov, og fordelen ved, at det er umiddelbart tilgængeligt, opvejer risikoen ved, at der foreligger mindre omfattende data end normalt krævet.',
      moreInfo: 'Betinget markedsføringstilladelse',
    },
    exceptionalCircumstances: {
      name: 'Særlige omstændigheder',
      description:
        'Dette lægemiddel er godkendt under særlige omstændigheder, fordi ansøgeren ikke kunne fremlægge fuldstændige data om lægemidlets virkning og sikkerhed under normale anvendelsesbetingelser. Det kan skyldes, at den sygdom, der skal behandles, er sjælden, eller at det ikke er muligt eller er uetisk at indsamle fuldstændige oplysninger.',
      moreInfo: 'Vejledning forud for godkendelse',
    },
    acceleratedAssessment: {
      name: 'Fremskyndet vurdering',
      description:
        'Dette lægemiddel har gennemgået en fremskyndet vurdering. Det betyder, at det er et lægemiddel af stor interesse for folkesundheden, og at tidsrammen for vurderingen derfor var 150 vurderingsdage i stedet for 210.',
      moreInfo: 'Fremskyndet vurdering',
    },
    orphan: {
      name: 'Lægemiddel til sjældne sygdomme',
      description:
        'Dette lægemiddel er udpeget som lægemiddel til sjældne sygdomme. Det betyder, at det er udviklet til brug mod en sjælden, livstruende eller kronisk invaliderende sygdom, eller at det af økonomiske årsager sandsynligvis ikke ville være blevet udviklet uden incitamenter.',
      moreInfo: 'Udpegning som lægemiddel til sjældne sygdomme',
    },
    generic: {
      name: 'Generisk lægemiddel',
      description:
        'Dette er et generisk lægemiddel, som er udviklet til at være det samme som et allerede godkendt lægemiddel, kaldet referencelægemidlet. Et generisk lægemiddel indeholder det eller de samme aktive stoffer som referencelægemidlet og anvendes i samme dosis eller doser til behandling af samme sygdom eller sygdomme.',
      moreInfo: 'Generiske og hybride lægemidler',
    },
    biosimilar: {
      name: 'Biosimilært lægemiddel',
      description:
        'Dette er et biosimilært lægemiddel, dvs. et biologisk lægemiddel, der i høj grad ligner et andet allerede godkendt biologisk lægemiddel, kaldet »referencelægemidlet«.',
      moreInfo: 'Biosimilære lægemidler',
    },
    advancedTherapy: {
      name: 'Avanceret terapi',
      description:
        'Dette lægemiddel er klassificeret som et lægemiddel til avanceret terapi (ATMP): et humanmedicinsk lægemiddel baseret på gener, væv eller celler. Det giver banebrydende nye muligheder for behandling af sygdomme og skader.',
      moreInfo: 'Lægemidler til avanceret terapi: oversigt',
    },
    prime: {
      name: 'PRIME: prioriteret lægemiddel',
      description:
        'Dette lægemiddel blev under udviklingen optaget i EMA’s ordning for prioriterede lægemidler (PRIME). PRIME er en ordning, som EMA har iværksat for at styrke støtten til udvikling af lægemidler, der retter sig mod et udækket medicinsk behov. Denne frivillige ordning bygger på øget samspil og tidlig dialog med udviklere af lovende lægemidler med henblik på at optimere udviklingsplanerne og fremskynde vurderingen, så disse lægemidler kan nå patienterne tidligere.',
      moreInfo: 'PRIME: prioriterede lægemidler',
    },
  },

  dates: {
    opinionAdopted: 'Udtalelse vedtaget',
    marketingAuthorisationIssued: 'Markedsføringstilladelse udstedt',
    refusal: 'Afslag på markedsføringstilladelse',
    applicationWithdrawn: 'Tilbagetrækning af ansøgning',
    withdrawal: 'Tilbagetrækning af markedsføringstilladelse',
    suspension: 'Suspension af markedsføringstilladelse',
    lapse: 'Bortfald af markedsføringstilladelse',
    expiry: 'Udløb af markedsføringstilladelse',
    revocation: 'Tilbagekaldelse af markedsføringstilladelse',
    pageLastUpdated: 'EMA opdaterede sidst sin side den',
  },

  documentTypes: {
    overview: 'Oversigt over lægemidlet',
    'product-information': 'Produktinformation',
    'product-information-tracked-changes': 'Produktinformation med registrerede ændringer',
    'amended-product-information': 'Ændret produktinformation',
    'all-authorised-presentations': 'Alle godkendte pakningsformer',
    leaflet: 'Indlægsseddel',
    rmp: 'Risikostyringsplan',
    'rmp-summary': 'Resumé af risikostyringsplanen',
    'assessment-report': 'Offentlig vurderingsrapport',
    'variation-report': 'Vurderingsrapport om en ændring af markedsføringstilladelsen',
    'scientific-conclusion': 'Videnskabelige konklusioner',
    'scientific-discussion': 'Videnskabelig drøftelse',
    'scientific-discussion-variation': 'Videnskabelig drøftelse af en ændring af markedsføringstilladelsen',
    'procedural-steps': 'Proceduremæssige trin før godkendelse',
    'procedural-steps-after': 'Proceduremæssige trin og videnskabelige oplysninger efter godkendelse',
    'steps-after-cutoff': 'Proceduremæssige trin efter godkendelse (arkiv)',
    'smop-initial': 'Resumé af udtalelse',
    smop: 'Resumé af udtalelse om en ændring af markedsføringstilladelsen',
    'medicine-qa': 'Spørgsmål og svar',
    'withdrawal-letter': 'Brev om tilbagetrækning',
    'withdrawal-report': 'Vurderingsrapport ved tilbagetrækning',
    'orphan-maintenance-report': 'Vurderingsrapport om opretholdelse af status som lægemiddel til sjældne sygdomme',
    'orphan-maintenance-report-post': 'Vurderingsrapport om opretholdelse af status som lægemiddel til sjældne sygdomme efter godkendelse',
    'pip-compliance': 'Kontrol af overholdelse af den pædiatriske undersøgelsesplan',
    'conditions-member-states': 'Betingelser eller begrænsninger for EU-medlemsstaterne',
    'covid-19-vaccine-safety-update': 'Sikkerhedsopdatering om covid-19-vacciner',
    'medication-error': 'Oplysninger om medicineringsfejl',
    'prac-recommendation': 'PRAC’s anbefaling',
    'opinion-any-scientific-matter': 'Udtalelse om et videnskabeligt spørgsmål',
    'public-statement': 'Offentlig erklæring',
    'press-release': 'Pressemeddelelse',
    referral: 'Dokument vedrørende indbringelse',
    other: 'Dokument',
  },

  documents: {
    referenceNumber: 'Referencenummer',
    firstPublished: 'Først offentliggjort',
    lastUpdated: 'Senest opdateret',
    languages: { one: 'Tilgængelig på {count} sprog', other: 'Tilgængelig på {count} sprog' },
    viewIn: 'Vis {title} på {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'ikke tilgængelig online',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Pædiatriske undersøgelsesplaner' },
    'post-authorisation-study': { heading: 'Undersøgelser efter godkendelse' },
    'orphan-designation': { heading: 'Udpegninger som lægemiddel til sjældne sygdomme' },
    referral: { heading: 'Indbringelser' },
    other: { heading: 'Andre oplysninger' },
  },

  medicine: {
    previousNames: 'Tidligere kendt som {names}',
    activeSubstance: 'Aktivt stof',
    statusHeading: 'Status',
    flagsLabel: 'Regulatoriske forhold',
    contents: 'Sidens indhold',
    sections: {
      overview: 'Oversigt',
      productInformation: 'Produktinformation',
      productDetails: 'Produktoplysninger',
      authorisationDetails: 'Oplysninger om godkendelse',
      applicationDetails: 'Oplysninger om ansøgning',
      assessmentHistory: 'Vurderingshistorik',
      otherDocuments: 'Andre dokumenter',
      news: 'Nyheder om {name}',
      related: 'Flere oplysninger om {name}',
      patientSafety: 'Oplysninger om patientsikkerhed',
      withdrawalInformation: 'Relaterede oplysninger om tilbagetrækninger',
      topics: 'Emner',
    },
    overview: {
      fallback: 'Denne oversigt findes ikke på {language}. Den vises på {fallback}.',
      fallbackDocument: 'EMA offentliggør det på {language} som dokument: {link}.',
    },
    productInformation: {
      allLanguages: 'Produktinformationen for dette lægemiddel foreligger på alle officielle EU-sprog.',
      contentsIntro: 'Produktinformationen indeholder:',
      contents: [
        'produktresumé (bilag I);',
        'indehaver af fremstillingstilladelse, som er ansvarlig for batchfrigivelse (bilag II A);',
        'betingelser for markedsføringstilladelsen (bilag II B);',
        'etikettering (bilag III A);',
        'indlægsseddel (bilag III B).',
      ],
      latestProcedure: 'Seneste procedure med betydning for produktinformationen',
    },
    productDetails: {
      name: 'Lægemidlets navn',
      activeSubstance: 'Aktivt stof',
      inn: 'International ikke-navnebeskyttet betegnelse (INN) eller fællesnavn',
      therapeuticArea: 'Terapeutisk område (MeSH)',
      atcCode: 'Anatomisk-terapeutisk-kemisk kode (ATC-kode)',
      pharmacotherapeuticGroup: 'Farmakoterapeutisk gruppe',
      therapeuticIndication: 'Terapeutisk indikation',
      species: 'Dyrearter',
      atcNotYetAssigned: 'Endnu ikke tildelt',
      atcMalformed: 'ikke en gyldig ATC-kode: vist, som EMA angiver den',
    },
    authorisation: {
      productNumber: 'EMA-produktnummer',
      holder: 'Indehaver af markedsføringstilladelsen',
      applicant: 'Ansøger om markedsføringstilladelse',
      revision: 'EMA’s revisionsnummer',
      developer: 'Udvikler',
      opinionStatus: 'Udtalelsens status',
      opinionStatuses: { positive: 'Positiv', negative: 'Negativ' },
    },
    news: {
      published: 'Offentliggjort den {date}',
      patientSafetyMarker: 'EMA har offentliggjort oplysninger om patientsikkerhed for dette lægemiddel.',
    },
    source: {
      heading: 'Kilde og data',
      ema: 'Se dette lægemiddel på EMA’s websted',
      json: 'Hent denne post som JSON',
    },
  },

  catalogue: {
    title: 'Lægemidler',
    description: 'Alle lægemidler med en europæisk offentlig vurderingsrapport (EPAR) med deres status og terapeutiske område.',
    tableCaption: 'Lægemidler',
    showing: {
      one: 'Viser {from}–{to} af {count} lægemiddel',
      other: 'Viser {from}–{to} af {count} lægemidler',
    },
    empty: 'Ingen lægemidler matcher disse filtre.',
    pageOutOfRange: 'Der er ingen lægemidler på denne side.',
    filters: {
      heading: 'Filtrer lægemidler',
      status: 'Status',
      anyStatus: 'Alle statusser',
      category: 'Lægemiddeltype',
      anyCategory: 'Human- og veterinærmedicinske',
      sort: 'Sorter efter',
      submit: 'Anvend',
      clear: 'Ryd filtre',
    },
    columns: {
      name: 'Lægemiddel',
      inn: 'Aktivt stof (INN)',
      status: 'Status',
      therapeuticAreas: 'Terapeutisk område',
      authorised: 'Godkendt',
      updated: 'Senest opdateret',
    },
    sortedAscending: 'sorteret i stigende rækkefølge',
    sortedDescending: 'sorteret i faldende rækkefølge',
    sortBy: 'sorter efter {column}',
  },

  sort: {
    name: 'Navn (A til Z)',
    '-name': 'Navn (Z til A)',
    authorised: 'Godkendelsesdato (ældste først)',
    '-authorised': 'Godkendelsesdato (nyeste først)',
    updated: 'Senest opdateret (ældste først)',
    '-updated': 'Senest opdateret (nyeste først)',
  },

  pagination: {
    label: 'Sider',
    previous: 'Forrige side',
    next: 'Næste side',
    page: 'Side {page}',
  },

  home: {
    title: 'Find oplysninger om lægemidler, der er vurderet i Den Europæiske Union',
    lede: 'OpenEPAR offentliggør alle europæiske offentlige vurderingsrapporter (EPAR) fra Det Europæiske Lægemiddelagentur (EMA): hvad hvert lægemiddel anvendes til, om det er godkendt, dets produktinformation på alle EU-sprog og de dokumenter, som afgørelsen bygger på.',
    audiences: {
      heading: 'Hvem OpenEPAR er til',
      patients: {
        title: 'Patienter og pårørende',
        text: 'Læs en letforståelig oversigt over et lægemiddel på dit eget sprog: hvad det anvendes til, og hvilke risici det indebærer.',
      },
      prescribers: {
        title: 'Ordinerende læger og farmaceuter',
        text: 'Åbn den gældende produktinformation, og kontrollér status og den seneste procedure med betydning for den.',
      },
      researchers: {
        title: 'Forskere og udviklere',
        text: 'Brug de samme data som åbne data via et JSON API, der er beskrevet med OpenAPI.',
      },
    },
    search: {
      label: 'Søg efter et lægemiddel',
      hint: 'Indtast et lægemiddelnavn eller et aktivt stof, f.eks. sotorasib',
      button: 'Søg',
    },
    sample:
      'Denne portal indeholder kun et udvalg af Det Europæiske Lægemiddelagenturs europæiske offentlige evalueringsrapporter (EPAR) med deres historik fra EMA’s datatabeller. Antal lægemidler: {count}. Importér hele korpusset med {command} for at offentliggøre dem alle.',
    browseAll: { one: 'Gennemse {count} lægemiddel', other: 'Gennemse alle {count} lægemidler' },
    byStatus: {
      heading: 'Lægemidler efter status',
      caption: 'Antal lægemidler efter status',
      status: 'Status',
      count: 'Antal lægemidler',
      link: { one: '{count} lægemiddel: {status}', other: '{count} lægemidler: {status}' },
    },
    recent: {
      heading: 'Nyligt opdateret',
      none: 'Ingen lægemidler er blevet opdateret for nylig.',
      updated: 'Opdateret den {date}',
    },
    openData: {
      heading: 'Åbne data',
      text: 'Alle sider på OpenEPAR er også tilgængelige som data, der frit kan genbruges med kildeangivelse.',
    },
  },

  errors: {
    status: 'Fejl {status}',
    notFound: {
      title: 'Siden blev ikke fundet',
      message:
        'Hvis du har indtastet webadressen, skal du kontrollere, at den er korrekt. Hvis du har indsat webadressen, skal du kontrollere, at du har kopieret hele adressen.',
    },
    badRequest: {
      title: 'Der er et problem med denne anmodning',
      message: 'Adressen indeholder noget, som denne tjeneste ikke forstår. Kontrollér den, og prøv igen.',
    },
    serverError: {
      title: 'Der er desværre et problem med tjenesten',
      message: 'Prøv igen senere.',
    },
    unavailable: {
      title: 'Tjenesten er desværre ikke tilgængelig',
      message: 'Du vil kunne bruge tjenesten senere.',
    },
    home: 'Gå til forsiden',
    browse: 'Gennemse alle lægemidler',
  },
};
