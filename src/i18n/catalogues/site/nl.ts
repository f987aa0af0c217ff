/** Dutch interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const nl: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Geneesmiddelen beoordeeld door het Europees Geneesmiddelenbureau, als open data',
  },

  common: {
    skipLink: 'Direct naar de hoofdinhoud',
    notStated: 'Niet vermeld',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'opent in een nieuw tabblad',
    backToTop: 'Terug naar boven',
  },

  nav: {
    label: 'Hoofdmenu',
    home: 'Startpagina',
    medicines: 'Geneesmiddelen',
    search: 'Zoeken',
    whatsNew: 'Wat is er nieuw',
    breadcrumb: 'Kruimelpad',
  },

  languageSwitcher: {
    label: 'Taal',
    summary: 'Taal: {language}',
    current: 'huidige taal',
  },

  footer: {
    heading: 'Over deze dienst',
    source: 'Inhoud afkomstig van het Europees Geneesmiddelenbureau (EMA), overgenomen met bronvermelding',
    emaWebsite: 'Website van het Europees Geneesmiddelenbureau',
    openData: 'Open data',
    api: 'JSON-API',
    openApi: 'OpenAPI-beschrijving',
    openSource: 'OpenEPAR is opensourcesoftware.',
  },

  categories: {
    human: 'Humaan',
    veterinary: 'Diergeneeskundig',
  },

  categoryMedicine: {
    human: 'Geneesmiddel voor menselijk gebruik',
    veterinary: 'Diergeneesmiddel',
  },

  statuses: {
    'under-evaluation': { label: 'In beoordeling', description: 'Het EMA beoordeelt de aanvraag voor dit geneesmiddel' },
    authorised: { label: 'Toegelaten', description: 'Dit geneesmiddel is toegelaten voor gebruik in de Europese Unie' },
    opinion: { label: 'Advies', description: 'Het EMA heeft een advies over dit geneesmiddel uitgebracht' },
    'opinion-under-re-examination': {
      label: 'Advies in heroverweging',
      description: 'Het advies dat het EMA over dit geneesmiddel heeft uitgebracht, wordt heroverwogen',
    },
    refused: { label: 'Geweigerd', description: 'De vergunning voor dit geneesmiddel is geweigerd' },
    'application-withdrawn': { label: 'Aanvraag ingetrokken', description: 'De aanvraag voor dit geneesmiddel is ingetrokken' },
    'withdrawn-from-rolling-review': {
      label: 'Teruggetrokken uit doorlopende beoordeling',
      description: 'Dit geneesmiddel is teruggetrokken uit de doorlopende beoordeling (rolling review)',
    },
    withdrawn: { label: 'Ingetrokken', description: 'De vergunning voor dit geneesmiddel is ingetrokken' },
    suspended: { label: 'Geschorst', description: 'Het gebruik van dit geneesmiddel in de Europese Unie is momenteel geschorst' },
    lapsed: { label: 'Vervallen', description: 'De vergunning voor dit geneesmiddel is vervallen' },
    expired: { label: 'Verlopen', description: 'De vergunning voor dit geneesmiddel is verlopen' },
    revoked: { label: 'Herroepen', description: 'De vergunning voor dit geneesmiddel is herroepen' },
  },

  lifecycle: {
    label: 'Fasen van de beoordeling',
    steps: {
      human: {
        application: 'Aanvraag in beoordeling',
        opinion: 'Advies van het CHMP',
        decision: 'Besluit van de Europese Commissie',
      },
      veterinary: {
        application: 'Aanvraag in beoordeling',
        opinion: 'Advies van het CVMP',
        decision: 'Besluit van de Europese Commissie',
      },
    },
    states: {
      done: 'Afgerond',
      current: 'Huidige fase',
      stopped: 'Gestopt',
      upcoming: 'Nog niet bereikt',
    },
  },

  flags: {
    moreInfo: 'Zie {link} voor meer informatie.',
    additionalMonitoring: {
      name: 'Aanvullende monitoring',
      description:
        'Dit geneesmiddel is onderworpen aan aanvullende monitoring, wat betekent dat het nog intensiever wordt gevolgd dan andere geneesmiddelen.',
      symbol:
        'Geneesmiddelen die onder aanvullende monitoring staan, hebben een zwarte omgekeerde driehoek (▼) in hun bijsluiter en in hun samenvatting van de productkenmerken.',
      moreInfo: 'Geneesmiddelen onder aanvullende monitoring',
    },
    conditionalApproval: {
      name: 'Voorwaardelijke toelating',
      description:
        'Dit geneesmiddel heeft een voorwaardelijke vergunning voor het in de handel brengen gekregen. Deze is in het belang van de volksgezondheid verleend omdat het geneesmiddel voorziet in een onvervulde medische behoefte en het voordeel van onmiddellijke beschikbaarheid opweegt tegen het risico van minder volledige gegevens dan normaal vereist.',
      moreInfo: 'Voorwaardelijke vergunning voor het in de handel brengen',
    },
    exceptionalCircumstances: {
      name: 'Uitzonderlijke omstandigheden',
      description:
        'Dit geneesmiddel is onder uitzonderlijke omstandigheden toegelaten, omdat de aanvrager geen volledige gegevens over de werkzaamheid en veiligheid van het geneesmiddel bij normaal gebruik kon verstrekken. Dit kan voorkomen omdat de te behandelen aandoening zeldzaam is of omdat het verzamelen van volledige informatie niet mogelijk of onethisch is.',
      moreInfo: 'Richtsnoeren voor de fase vóór de vergunningverlening',
    },
    acceleratedAssessment: {
      name: 'Versnelde beoordeling',
      description:
        'Dit geneesmiddel heeft een versnelde beoordeling ondergaan. Dit betekent dat het een geneesmiddel van groot belang voor de volksgezondheid is, waardoor de beoordelingstermijn 150 beoordelingsdagen bedroeg in plaats van 210.',
      moreInfo: 'Versnelde beoordeling',
    },
    orphan: {
      name: 'Weesgeneesmiddel',
      description:
        'Dit geneesmiddel is aangewezen als weesgeneesmiddel. Dit betekent dat het is ontwikkeld voor gebruik tegen een zeldzame, levensbedreigende of chronisch invaliderende aandoening, of dat het om economische redenen waarschijnlijk niet zonder stimulansen zou zijn ontwikkeld.',
      moreInfo: 'Aanwijzing als weesgeneesmiddel',
    },
    generic: {
      name: 'Generiek geneesmiddel',
      description:
        'Dit is een generiek geneesmiddel, dat is ontwikkeld om gelijk te zijn aan een reeds toegelaten geneesmiddel, het zogeheten referentiegeneesmiddel. Een generiek geneesmiddel bevat dezelfde werkzame stof(fen) als het referentiegeneesmiddel en wordt in dezelfde dosis (doses) gebruikt voor de behandeling van dezelfde ziekte(n).',
      moreInfo: 'Generieke en hybride geneesmiddelen',
    },
    biosimilar: {
      name: 'Biosimilar',
      description:
        "Dit is een biosimilar: een biologisch geneesmiddel dat sterk lijkt op een ander, reeds goedgekeurd biologisch geneesmiddel, het zogeheten 'referentiegeneesmiddel'.",
      moreInfo: 'Biosimilaire geneesmiddelen',
    },
    advancedTherapy: {
      name: 'Geavanceerde therapie',
      description:
        'Dit geneesmiddel is ingedeeld als geneesmiddel voor geavanceerde therapie (ATMP): een geneesmiddel voor menselijk gebruik op basis van genen, weefsels of cellen. Het biedt baanbrekende nieuwe mogelijkheden voor de behandeling van ziekten en letsel.',
      moreInfo: 'Geneesmiddelen voor geavanceerde therapie: overzicht',
    },
    prime: {
      name: 'PRIME: prioritair geneesmiddel',
      description:
        'Dit geneesmiddel is tijdens de ontwikkeling toegelaten tot de PRIME-regeling (Priority Medicines) van het EMA. PRIME is een regeling die het EMA heeft opgezet om de ontwikkeling van geneesmiddelen die voorzien in een onvervulde medische behoefte beter te ondersteunen. Deze vrijwillige regeling berust op intensievere interactie en een vroegtijdige dialoog met ontwikkelaars van veelbelovende geneesmiddelen, om ontwikkelingsplannen te optimaliseren en de beoordeling te versnellen, zodat deze geneesmiddelen patiënten eerder kunnen bereiken.',
      moreInfo: 'PRIME: prioritaire geneesmiddelen',
    },
  },

  dates: {
    opinionAdopted: 'Advies vastgesteld',
    marketingAuthorisationIssued: 'Vergunning voor het in de handel brengen verleend',
    refusal: 'Weigering van de vergunning voor het in de handel brengen',
    applicationWithdrawn: 'Intrekking van de aanvraag',
    withdrawal: 'Intrekking van de vergunning voor het in de handel brengen',
    suspension: 'Schorsing van de vergunning voor het in de handel brengen',
    lapse: 'Verval van de vergunning voor het in de handel brengen',
    expiry: 'Afloop van de vergunning voor het in de handel brengen',
    revocation: 'Herroeping van de vergunning voor het in de handel brengen',
    pageLastUpdated: 'Het EMA heeft zijn pagina voor het laatst bijgewerkt op',
  },

  documentTypes: {
    overview: 'Overzicht van het geneesmiddel',
    'product-information': 'Productinformatie',
    'product-information-tracked-changes': 'Productinformatie met bijgehouden wijzigingen',
    'amended-product-information': 'Gewijzigde productinformatie',
    'all-authorised-presentations': 'Alle toegelaten presentaties',
    leaflet: 'Bijsluiter',
    rmp: 'Risicobeheerplan',
    'rmp-summary': 'Samenvatting van het risicobeheerplan',
    'assessment-report': 'Openbaar beoordelingsrapport',
    'variation-report': 'Beoordelingsrapport over een wijziging van de vergunning voor het in de handel brengen',
    'scientific-conclusion': 'Wetenschappelijke conclusies',
    'scientific-discussion': 'Wetenschappelijke discussie',
    'scientific-discussion-variation': 'Wetenschappelijke discussie over een wijziging van de vergunning voor het in de handel brengen',
    'procedural-steps': 'Procedurele stappen vóór de vergunningverlening',
    'procedural-steps-after': 'Procedurele stappen en wetenschappelijke informatie na de vergunningverlening',
    'steps-after-cutoff': 'Procedurele stappen na de vergunningverlening (archief)',
    'smop-initial': 'Samenvatting van het advies',
    smop: 'Samenvatting van het advies over een wijziging van de vergunning voor het in de handel brengen',
    'medicine-qa': 'Vragen en antwoorden',
    'withdrawal-letter': 'Intrekkingsbrief',
    'withdrawal-report': 'Beoordelingsrapport bij intrekking',
    'orphan-maintenance-report': 'Beoordelingsrapport over de handhaving van de aanwijzing als weesgeneesmiddel',
    'orphan-maintenance-report-post':
      'Beoordelingsrapport over de handhaving van de aanwijzing als weesgeneesmiddel na de vergunningverlening',
    'pip-compliance': 'Controle op naleving van het plan voor pediatrisch onderzoek',
    'conditions-member-states': 'Voorwaarden of beperkingen voor EU-lidstaten',
    'covid-19-vaccine-safety-update': 'Veiligheidsupdate over COVID-19-vaccin',
    'medication-error': 'Informatie over medicatiefouten',
    'prac-recommendation': 'Aanbeveling van het PRAC',
    'opinion-any-scientific-matter': 'Advies over een wetenschappelijke kwestie',
    'public-statement': 'Openbare verklaring',
    'press-release': 'Persbericht',
    referral: 'Document over een verwijzingsprocedure',
    other: 'Document',
  },

  documents: {
    referenceNumber: 'Referentienummer',
    firstPublished: 'Eerst gepubliceerd',
    lastUpdated: 'Laatst bijgewerkt',
    languages: { one: 'Beschikbaar in {count} taal', other: 'Beschikbaar in {count} talen' },
    viewIn: '{title} bekijken in {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'niet online beschikbaar',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Plannen voor pediatrisch onderzoek' },
    'post-authorisation-study': { heading: 'Studies na vergunningverlening' },
    'orphan-designation': { heading: 'Aanwijzingen als weesgeneesmiddel' },
    referral: { heading: 'Verwijzingsprocedures' },
    other: { heading: 'Overige informatie' },
  },

  medicine: {
    previousNames: 'Voorheen bekend als {names}',
    activeSubstance: 'Werkzame stof',
    statusHeading: 'Status',
    flagsLabel: 'Regelgevingskenmerken',
    contents: 'Inhoud van deze pagina',
    sections: {
      overview: 'Overzicht',
      productInformation: 'Productinformatie',
      productDetails: 'Productgegevens',
      authorisationDetails: 'Vergunningsgegevens',
      applicationDetails: 'Aanvraaggegevens',
      assessmentHistory: 'Beoordelingsgeschiedenis',
      otherDocuments: 'Overige documenten',
      news: 'Nieuws over {name}',
      related: 'Meer informatie over {name}',
      patientSafety: 'Informatie over patiëntveiligheid',
      withdrawalInformation: 'Gerelateerde informatie over intrekkingen',
      topics: 'Onderwerpen',
    },
    overview: {
      fallback: 'Dit overzicht is niet beschikbaar in het {language}. Het wordt weergegeven in het {fallback}.',
      fallbackDocument: 'Het EMA publiceert het in het {language} als document: {link}.',
    },
    productInformation: {
      allLanguages: 'De productinformatie van dit geneesmiddel is beschikbaar in alle officiële talen van de EU.',
      contentsIntro: 'Productinformatiedocumenten bevatten:',
      contents: [
        'samenvatting van de productkenmerken (bijlage I);',
        'houder van de vergunning voor de vervaardiging die verantwoordelijk is voor vrijgifte van de partij (bijlage II A);',
        'voorwaarden van de vergunning voor het in de handel brengen (bijlage II B);',
        'etikettering (bijlage III A);',
        'bijsluiter (bijlage III B).',
      ],
      latestProcedure: 'Laatste procedure met gevolgen voor de productinformatie',
    },
    productDetails: {
      name: 'Naam van het geneesmiddel',
      activeSubstance: 'Werkzame stof',
      inn: 'Internationale generieke naam (INN) of algemene naam',
      therapeuticArea: 'Therapeutisch gebied (MeSH)',
      atcCode: 'Anatomisch-therapeutisch-chemische code (ATC-code)',
      pharmacotherapeuticGroup: 'Farmacotherapeutische categorie',
      therapeuticIndication: 'Therapeutische indicatie',
      species: 'Diersoorten',
      atcNotYetAssigned: 'Nog niet toegekend',
      atcMalformed: 'geen geldige ATC-code: weergegeven zoals het EMA deze vermeldt',
    },
    authorisation: {
      productNumber: 'EMA-productnummer',
      holder: 'Houder van de vergunning voor het in de handel brengen',
      applicant: 'Aanvrager van de vergunning voor het in de handel brengen',
      revision: 'Revisienummer van het EMA',
      developer: 'Ontwikkelaar',
      opinionStatus: 'Strekking van het advies',
      opinionStatuses: { positive: 'Positief', negative: 'Negatief' },
    },
    news: {
      published: 'Gepubliceerd op {date}',
      patientSafetyMarker: 'Het EMA heeft informatie over patiëntveiligheid voor dit geneesmiddel gepubliceerd.',
    },
    source: {
      heading: 'Bron en gegevens',
      ema: 'Dit geneesmiddel bekijken op de website van het EMA',
      json: 'Deze gegevens ophalen als JSON',
    },
  },

  catalogue: {
    title: 'Geneesmiddelen',
    description: 'Alle geneesmiddelen met een Europees openbaar beoordelingsrapport (EPAR), met hun status en therapeutisch gebied.',
    tableCaption: 'Geneesmiddelen',
    showing: {
      one: '{from}–{to} van {count} geneesmiddel weergegeven',
      other: '{from}–{to} van {count} geneesmiddelen weergegeven',
    },
    empty: 'Er zijn geen geneesmiddelen die aan deze filters voldoen.',
    pageOutOfRange: 'Er staan geen geneesmiddelen op deze pagina.',
    filters: {
      heading: 'Geneesmiddelen filteren',
      status: 'Status',
      anyStatus: 'Alle statussen',
      category: 'Soort geneesmiddel',
      anyCategory: 'Voor mens en dier',
      sort: 'Sorteren op',
      submit: 'Toepassen',
      clear: 'Filters wissen',
    },
    columns: {
      name: 'Geneesmiddel',
      inn: 'Werkzame stof (INN)',
      status: 'Status',
      therapeuticAreas: 'Therapeutisch gebied',
      authorised: 'Toegelaten',
      updated: 'Laatst bijgewerkt',
    },
    sortedAscending: 'oplopend gesorteerd',
    sortedDescending: 'aflopend gesorteerd',
    sortBy: 'sorteren op {column}',
  },

  sort: {
    name: 'Naam (A tot Z)',
    '-name': 'Naam (Z tot A)',
    authorised: 'Datum van toelating (oudste eerst)',
    '-authorised': 'Datum van toelating (nieuwste eerst)',
    updated: 'Laatst bijgewerkt (oudste eerst)',
    '-updated': 'Laatst bijgewerkt (nieuwste eerst)',
  },

  pagination: {
    label: "Pagina's",
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    page: 'Pagina {page}',
  },

  home: {
    title: 'Informatie over geneesmiddelen die in de Europese Unie zijn beoordeeld',
    lede: 'OpenEPAR publiceert elk Europees openbaar beoordelingsrapport (EPAR) van het Europees Geneesmiddelenbureau (EMA): waarvoor elk geneesmiddel dient, of het is toegelaten, de productinformatie in elke EU-taal en de documenten waarop het besluit is gebaseerd.',
    audiences: {
      heading: 'Voor wie is OpenEPAR bedoeld?',
      patients: {
        title: 'Patiënten en mantelzorgers',
        text: "Lees in uw eigen taal een overzicht in begrijpelijke taal van een geneesmiddel: waarvoor het wordt gebruikt en wat de risico's zijn.",
      },
      prescribers: {
        title: 'Voorschrijvers en apothekers',
        text: 'Open de actuele productinformatie en controleer de status en de laatste procedure die erop van invloed was.',
      },
      researchers: {
        title: 'Onderzoekers en ontwikkelaars',
        text: 'Gebruik dezelfde gegevens als open data via een JSON-API die met OpenAPI is beschreven.',
      },
    },
    search: {
      label: 'Een geneesmiddel zoeken',
      hint: 'Voer de naam van een geneesmiddel of een werkzame stof in, bijvoorbeeld sotorasib',
      button: 'Zoeken',
    },
    sample:
      'Dit portaal bevat slechts een selectie van de Europese openbare beoordelingsrapporten (EPAR’s) van het Europees Geneesmiddelenbureau, met hun geschiedenis uit de gegevenstabellen van het EMA. Aantal geneesmiddelen: {count}. Importeer het volledige corpus met {command} om ze allemaal te publiceren.',
    browseAll: { one: 'Bekijk {count} geneesmiddel', other: 'Bekijk alle {count} geneesmiddelen' },
    byStatus: {
      heading: 'Geneesmiddelen per status',
      caption: 'Aantal geneesmiddelen per status',
      status: 'Status',
      count: 'Aantal geneesmiddelen',
      link: { one: '{count} geneesmiddel: {status}', other: '{count} geneesmiddelen: {status}' },
    },
    recent: {
      heading: 'Onlangs bijgewerkt',
      none: 'Er zijn onlangs geen geneesmiddelen bijgewerkt.',
      updated: 'Bijgewerkt op {date}',
    },
    openData: {
      heading: 'Open data',
      text: 'Elke pagina van OpenEPAR is ook beschikbaar als data, vrij te hergebruiken met bronvermelding.',
    },
  },

  errors: {
    status: 'Fout {status}',
    notFound: {
      title: 'Pagina niet gevonden',
      message:
        'Als u het webadres hebt getypt, controleer dan of het juist is. Als u het webadres hebt geplakt, controleer dan of u het volledige adres hebt gekopieerd.',
    },
    badRequest: {
      title: 'Er is een probleem met dit verzoek',
      message: 'Het adres bevat iets wat deze dienst niet begrijpt. Controleer het en probeer het opnieuw.',
    },
    serverError: {
      title: 'Excuses, er is een probleem met de dienst',
      message: 'Probeer het later opnieuw.',
    },
    unavailable: {
      title: 'Excuses, de dienst is niet beschikbaar',
      message: 'U kunt de dienst later weer gebruiken.',
    },
    home: 'Naar de startpagina',
    browse: 'Alle geneesmiddelen bekijken',
  },
};
