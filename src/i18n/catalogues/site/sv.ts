/** Swedish interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const sv: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Läkemedel som utvärderats av Europeiska läkemedelsmyndigheten, som öppna data',
  },

  common: {
    skipLink: 'Hoppa till huvudinnehållet',
    notStated: 'Uppgift saknas',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'öppnas i en ny flik',
    backToTop: 'Tillbaka till början',
  },

  nav: {
    label: 'Huvudmeny',
    home: 'Startsida',
    medicines: 'Läkemedel',
    search: 'Sök',
    whatsNew: 'Vad är nytt',
    breadcrumb: 'Du är här',
  },

  languageSwitcher: {
    label: 'Språk',
    summary: 'Språk: {language}',
    current: 'valt språk',
  },

  footer: {
    heading: 'Om tjänsten',
    source: 'Innehåll från Europeiska läkemedelsmyndigheten (EMA), återgivet med angivande av källan',
    emaWebsite: 'Europeiska läkemedelsmyndighetens webbplats',
    openData: 'Öppna data',
    api: 'JSON-API',
    openApi: 'OpenAPI-beskrivning',
    openSource: 'OpenEPAR är programvara med öppen källkod.',
  },

  categories: {
    human: 'Humanläkemedel',
    veterinary: 'Veterinärläkemedel',
  },

  categoryMedicine: {
    human: 'Humanläkemedel',
    veterinary: 'Veterinärmedicinskt läkemedel',
  },

  statuses: {
    'under-evaluation': { label: 'Under utvärdering', description: 'EMA utvärderar ansökan om detta läkemedel' },
    authorised: { label: 'Godkänt', description: 'Detta läkemedel är godkänt för användning i Europeiska unionen' },
    opinion: { label: 'Yttrande', description: 'EMA har avgett ett yttrande om detta läkemedel' },
    'opinion-under-re-examination': {
      label: 'Yttrande under omprövning',
      description: 'Det yttrande som EMA avgett om detta läkemedel omprövas',
    },
    refused: { label: 'Avslaget', description: 'Ansökan om godkännande för försäljning av detta läkemedel har avslagits' },
    'application-withdrawn': { label: 'Ansökan återkallad', description: 'Ansökan om godkännande av detta läkemedel har återkallats' },
    'withdrawn-from-rolling-review': {
      label: 'Återkallat från löpande granskning',
      description: 'Detta läkemedel har återkallats från utvärdering genom löpande granskning',
    },
    withdrawn: { label: 'Indraget', description: 'Godkännandet för försäljning av detta läkemedel har dragits in' },
    suspended: { label: 'Tillfälligt upphävt', description: 'Användningen av detta läkemedel i Europeiska unionen är för närvarande tillfälligt upphävd' },
    lapsed: { label: 'Upphört att gälla', description: 'Godkännandet för försäljning av detta läkemedel har upphört att gälla' },
    expired: { label: 'Utgånget', description: 'Godkännandet för försäljning av detta läkemedel har löpt ut' },
    revoked: { label: 'Återkallat', description: 'Godkännandet för försäljning av detta läkemedel har återkallats' },
  },

  lifecycle: {
    label: 'Utvärderingens steg',
    steps: {
      human: {
        application: 'Ansökan under utvärdering',
        opinion: 'CHMP:s yttrande',
        decision: 'Europeiska kommissionens beslut',
      },
      veterinary: {
        application: 'Ansökan under utvärdering',
        opinion: 'CVMP:s yttrande',
        decision: 'Europeiska kommissionens beslut',
      },
    },
    states: {
      done: 'Slutfört',
      current: 'Pågående steg',
      stopped: 'Avbrutet',
      upcoming: 'Inte uppnått',
    },
  },

  flags: {
    moreInfo: 'Mer information finns på sidan {link}.',
    additionalMonitoring: {
      name: 'Utökad övervakning',
      description:
        'Detta läkemedel är föremål för utökad övervakning, vilket innebär att det övervakas ännu noggrannare än andra läkemedel.',
      symbol:
        'Läkemedel som är föremål för utökad övervakning är märkta med en svart nedåtvänd triangel (▼) i bipacksedeln och produktresumén.',
      moreInfo: 'Läkemedel som är föremål för utökad övervakning',
    },
    conditionalApproval: {
      name: 'Villkorat godkännande',
      description:
        'Detta läkemedel har fått ett villkorat godkännande för försäljning. Det beviljades av hänsyn till folkhälsan eftersom läkemedlet tillgodoser ett medicinskt behov som inte har uppfyllts och nyttan av att läkemedlet blir tillgängligt omedelbart överväger risken med att det finns mindre omfattande data än vad som normalt krävs.',
      moreInfo: 'Villkorat godkännande för försäljning',
    },
    exceptionalCircumstances: {
      name: 'Godkännande i undantagsfall',
      description:
        'Detta läkemedel har godkänts i undantagsfall eftersom sökanden inte kunde lämna fullständiga uppgifter om läkemedlets effekt och säkerhet vid normal användning. Detta kan bero på att sjukdomen som ska behandlas är sällsynt eller på att det inte är möjligt eller etiskt försvarbart att samla in fullständig information.',
      moreInfo: 'Vägledning före godkännande',
    },
    acceleratedAssessment: {
      name: 'Påskyndad bedömning',
      description:
        'Detta läkemedel har genomgått en påskyndad bedömning. Det innebär att läkemedlet är av stort intresse för folkhälsan, och därför var tidsramen för granskningen 150 utvärderingsdagar i stället för 210.',
      moreInfo: 'Påskyndad bedömning',
    },
    orphan: {
      name: 'Särläkemedel',
      description:
        'Detta läkemedel har klassificerats som särläkemedel. Det innebär att det har tagits fram för användning mot ett sällsynt, livshotande eller kroniskt invalidiserande tillstånd eller att det av ekonomiska skäl sannolikt inte skulle ha tagits fram utan incitament.',
      moreInfo: 'Klassificering som särläkemedel',
    },
    generic: {
      name: 'Generiskt läkemedel',
      description:
        'Detta är ett generiskt läkemedel, som har tagits fram för att vara likadant som ett läkemedel som redan har godkänts, det så kallade referensläkemedlet. Ett generiskt läkemedel innehåller samma aktiva substans(er) som referensläkemedlet och används i samma dos(er) för att behandla samma sjukdom(ar).',
      moreInfo: 'Generiska läkemedel och hybridläkemedel',
    },
    biosimilar: {
      name: 'Biosimilar',
      description:
        'Detta är en biosimilar, det vill säga ett biologiskt läkemedel som i mycket hög grad liknar ett annat biologiskt läkemedel som redan har godkänts, det så kallade referensläkemedlet.',
      moreInfo: 'Biosimilara läkemedel',
    },
    advancedTherapy: {
      name: 'Avancerad terapi',
      description:
        'Detta läkemedel är klassificerat som läkemedel för avancerad terapi (ATMP): ett humanläkemedel som bygger på gener, vävnader eller celler. Sådana läkemedel öppnar banbrytande nya möjligheter att behandla sjukdomar och skador.',
      moreInfo: 'Läkemedel för avancerad terapi: översikt',
    },
    prime: {
      name: 'PRIME: prioriterat läkemedel',
      description:
        'Detta läkemedel antogs till EMA:s program för prioriterade läkemedel (PRIME) under utvecklingen. PRIME är ett program som EMA har inrättat för att ge ökat stöd till utvecklingen av läkemedel som tillgodoser ett medicinskt behov som inte har uppfyllts. Det frivilliga programmet bygger på förstärkt samverkan och tidig dialog med utvecklare av lovande läkemedel, för att optimera utvecklingsplanerna och påskynda utvärderingen så att läkemedlen kan nå patienterna tidigare.',
      moreInfo: 'PRIME: prioriterade läkemedel',
    },
  },

  dates: {
    opinionAdopted: 'Yttrande antaget',
    marketingAuthorisationIssued: 'Godkännande för försäljning utfärdat',
    refusal: 'Avslag på ansökan om godkännande för försäljning',
    applicationWithdrawn: 'Återkallande av ansökan',
    withdrawal: 'Indragning av godkännande för försäljning',
    suspension: 'Tillfälligt upphävande av godkännande för försäljning',
    lapse: 'Godkännande för försäljning upphörde att gälla',
    expiry: 'Godkännande för försäljning löpte ut',
    revocation: 'Återkallande av godkännande för försäljning',
    pageLastUpdated: 'EMA uppdaterade sin sida senast den',
  },

  documentTypes: {
    overview: 'Läkemedelsöversikt',
    'product-information': 'Produktinformation',
    'product-information-tracked-changes': 'Produktinformation med spårade ändringar',
    'amended-product-information': 'Ändrad produktinformation',
    'all-authorised-presentations': 'Alla godkända förpackningar',
    leaflet: 'Bipacksedel',
    rmp: 'Riskhanteringsplan',
    'rmp-summary': 'Sammanfattning av riskhanteringsplanen',
    'assessment-report': 'Offentligt utredningsprotokoll',
    'variation-report': 'Utredningsprotokoll för en ändring av godkännandet för försäljning',
    'scientific-conclusion': 'Vetenskapliga slutsatser',
    'scientific-discussion': 'Vetenskaplig diskussion',
    'scientific-discussion-variation': 'Vetenskaplig diskussion om en ändring av godkännandet för försäljning',
    'procedural-steps': 'Procedursteg före godkännandet',
    'procedural-steps-after': 'Procedursteg och vetenskaplig information efter godkännandet',
    'steps-after-cutoff': 'Procedursteg efter godkännandet (arkiv)',
    'smop-initial': 'Sammanfattning av yttrandet',
    smop: 'Sammanfattning av yttrandet om en ändring av godkännandet för försäljning',
    'medicine-qa': 'Frågor och svar',
    'withdrawal-letter': 'Skrivelse om återkallande',
    'withdrawal-report': 'Utredningsprotokoll vid återkallande',
    'orphan-maintenance-report': 'Utredningsprotokoll om bibehållen klassificering som särläkemedel',
    'orphan-maintenance-report-post': 'Utredningsprotokoll om bibehållen klassificering som särläkemedel efter godkännandet',
    'pip-compliance': 'Kontroll av efterlevnaden av det pediatriska prövningsprogrammet',
    'conditions-member-states': 'Villkor eller begränsningar för EU:s medlemsstater',
    'covid-19-vaccine-safety-update': 'Säkerhetsuppdatering för covid-19-vaccin',
    'medication-error': 'Information om medicineringsfel',
    'prac-recommendation': 'PRAC:s rekommendation',
    'opinion-any-scientific-matter': 'Yttrande i en vetenskaplig fråga',
    'public-statement': 'Offentligt uttalande',
    'press-release': 'Pressmeddelande',
    referral: 'Dokument om hänskjutande',
    other: 'Dokument',
  },

  documents: {
    referenceNumber: 'Referensnummer',
    firstPublished: 'Först publicerad',
    lastUpdated: 'Senast uppdaterad',
    languages: { one: 'Finns på {count} språk', other: 'Finns på {count} språk' },
    viewIn: 'Visa {title} på {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'finns inte tillgängligt online',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Pediatriska prövningsprogram' },
    'post-authorisation-study': { heading: 'Studier efter godkännandet' },
    'orphan-designation': { heading: 'Klassificeringar som särläkemedel' },
    referral: { heading: 'Hänskjutanden' },
    other: { heading: 'Övrig information' },
  },

  medicine: {
    previousNames: 'Tidigare känt som {names}',
    activeSubstance: 'Aktiv substans',
    statusHeading: 'Status',
    flagsLabel: 'Regulatoriska särdrag',
    contents: 'Sidans innehåll',
    sections: {
      overview: 'Översikt',
      productInformation: 'Produktinformation',
      productDetails: 'Produktuppgifter',
      authorisationDetails: 'Uppgifter om godkännandet',
      applicationDetails: 'Uppgifter om ansökan',
      assessmentHistory: 'Bedömningshistorik',
      otherDocuments: 'Andra dokument',
      news: 'Nyheter om {name}',
      related: 'Mer information om {name}',
      patientSafety: 'Information om patientsäkerhet',
      withdrawalInformation: 'Relaterad information om återkallanden',
      topics: 'Ämnen',
    },
    overview: {
      fallback: 'Denna översikt finns inte på {language}. Den visas på {fallback}.',
      fallbackDocument: 'EMA publicerar den på {language} som ett dokument: {link}.',
    },
    productInformation: {
      allLanguages: 'Produktinformationen för detta läkemedel finns på alla officiella EU-språk.',
      contentsIntro: 'Produktinformationen består av:',
      contents: [
        'produktresumé (bilaga I);',
        'tillverkare som ansvarar för frisläppande av tillverkningssats (bilaga IIA);',
        'villkor för godkännandet för försäljning (bilaga IIB);',
        'märkning (bilaga IIIA);',
        'bipacksedel (bilaga IIIB).',
      ],
      latestProcedure: 'Senaste förfarande som påverkar produktinformationen',
    },
    productDetails: {
      name: 'Läkemedlets namn',
      activeSubstance: 'Aktiv substans',
      inn: 'Internationellt generiskt namn (INN) eller vedertaget namn',
      therapeuticArea: 'Terapeutiskt område (MeSH)',
      atcCode: 'Anatomisk terapeutisk kemisk kod (ATC-kod)',
      pharmacotherapeuticGroup: 'Farmakoterapeutisk grupp',
      therapeuticIndication: 'Terapeutisk indikation',
      species: 'Djurslag',
      atcNotYetAssigned: 'Ännu inte tilldelad',
      atcMalformed: 'ingen giltig ATC-kod: visas så som EMA anger den',
    },
    authorisation: {
      productNumber: 'EMA:s produktnummer',
      holder: 'Innehavare av godkännande för försäljning',
      applicant: 'Sökande av godkännande för försäljning',
      revision: 'EMA:s revideringsnummer',
      developer: 'Utvecklare',
      opinionStatus: 'Yttrandets utfall',
      opinionStatuses: { positive: 'Positivt', negative: 'Negativt' },
    },
    news: {
      published: 'Publicerad {date}',
      patientSafetyMarker: 'EMA har publicerat information om patientsäkerhet för detta läkemedel.',
    },
    source: {
      heading: 'Källa och data',
      ema: 'Visa detta läkemedel på EMA:s webbplats',
      json: 'Hämta dessa uppgifter i JSON-format',
    },
  },

  catalogue: {
    title: 'Läkemedel',
    description: 'Alla läkemedel med ett europeiskt offentligt utredningsprotokoll (EPAR), med status och terapeutiskt område.',
    tableCaption: 'Läkemedel',
    showing: {
      one: 'Visar {from}–{to} av {count} läkemedel',
      other: 'Visar {from}–{to} av {count} läkemedel',
    },
    empty: 'Inga läkemedel matchar dessa filter.',
    pageOutOfRange: 'Det finns inga läkemedel på denna sida.',
    filters: {
      heading: 'Filtrera läkemedel',
      status: 'Status',
      anyStatus: 'Alla statusar',
      category: 'Typ av läkemedel',
      anyCategory: 'Human- och veterinärläkemedel',
      sort: 'Sortera efter',
      submit: 'Tillämpa',
      clear: 'Rensa filter',
    },
    columns: {
      name: 'Läkemedel',
      inn: 'Aktiv substans (INN)',
      status: 'Status',
      therapeuticAreas: 'Terapeutiskt område',
      authorised: 'Godkänt',
      updated: 'Senast uppdaterad',
    },
    sortedAscending: 'sorterat i stigande ordning',
    sortedDescending: 'sorterat i fallande ordning',
    sortBy: 'sortera efter {column}',
  },

  sort: {
    name: 'Namn (A till Ö)',
    '-name': 'Namn (Ö till A)',
    authorised: 'Datum för godkännande (äldst först)',
    '-authorised': 'Datum för godkännande (nyast först)',
    updated: 'Senast uppdaterad (äldst först)',
    '-updated': 'Senast uppdaterad (nyast först)',
  },

  pagination: {
    label: 'Sidor',
    previous: 'Föregående sida',
    next: 'Nästa sida',
    page: 'Sida {page}',
  },

  home: {
    title: 'Hitta information om läkemedel som utvärderats i Europeiska unionen',
    lede: 'OpenEPAR publicerar alla europeiska offentliga utredningsprotokoll (EPAR) från Europeiska läkemedelsmyndigheten (EMA): vad varje läkemedel används för, om det är godkänt, dess produktinformation på alla EU-språk och de dokument som ligger till grund för beslutet.',
    audiences: {
      heading: 'Vem OpenEPAR är till för',
      patients: {
        title: 'Patienter och anhöriga',
        text: 'Läs en lättbegriplig översikt över ett läkemedel, vad det används för och vilka risker det medför, på ditt språk.',
      },
      prescribers: {
        title: 'Förskrivare och farmaceuter',
        text: 'Öppna den aktuella produktinformationen och kontrollera status och det senaste förfarande som påverkar den.',
      },
      researchers: {
        title: 'Forskare och utvecklare',
        text: 'Använd samma uppgifter som öppna data via ett JSON-API som beskrivs med OpenAPI.',
      },
    },
    search: {
      label: 'Sök efter ett läkemedel',
      hint: 'Ange ett läkemedelsnamn eller en aktiv substans, till exempel sotorasib',
      button: 'Sök',
    },
    sample:
      'Den här portalen innehåller bara ett urval av Europeiska läkemedelsmyndighetens europeiska offentliga utredningsrapporter (EPAR), med deras historik från EMA:s datatabeller. Antal läkemedel: {count}. Importera hela korpusen med {command} för att publicera alla.',
    browseAll: { one: 'Bläddra bland {count} läkemedel', other: 'Bläddra bland alla {count} läkemedel' },
    byStatus: {
      heading: 'Läkemedel efter status',
      caption: 'Antal läkemedel efter status',
      status: 'Status',
      count: 'Antal läkemedel',
      link: { one: '{count} läkemedel: {status}', other: '{count} läkemedel: {status}' },
    },
    recent: {
      heading: 'Nyligen uppdaterade',
      none: 'Inga läkemedel har uppdaterats nyligen.',
      updated: 'Uppdaterad {date}',
    },
    openData: {
      heading: 'Öppna data',
      text: 'Varje sida på OpenEPAR finns också som data, fritt att återanvända med angivande av källan.',
    },
  },

  errors: {
    status: 'Fel {status}',
    notFound: {
      title: 'Sidan hittades inte',
      message:
        'Om du skrev in webbadressen, kontrollera att den är korrekt. Om du klistrade in webbadressen, kontrollera att du kopierade hela adressen.',
    },
    badRequest: {
      title: 'Det är något fel med denna begäran',
      message: 'Adressen innehåller något som tjänsten inte förstår. Kontrollera den och försök igen.',
    },
    serverError: {
      title: 'Tyvärr är det ett problem med tjänsten',
      message: 'Försök igen senare.',
    },
    unavailable: {
      title: 'Tyvärr är tjänsten inte tillgänglig',
      message: 'Du kommer att kunna använda tjänsten senare.',
    },
    home: 'Gå till startsidan',
    browse: 'Bläddra bland alla läkemedel',
  },
};
