/** Slovenian interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const sl: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Zdravila, ki jih je ocenila Evropska agencija za zdravila, v obliki odprtih podatkov',
  },

  common: {
    skipLink: 'Preskoči na glavno vsebino',
    notStated: 'Ni navedeno',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'odpre se v novem zavihku',
    backToTop: 'Nazaj na vrh',
  },

  nav: {
    label: 'Glavni meni',
    home: 'Domov',
    medicines: 'Zdravila',
    search: 'Iskanje',
    whatsNew: 'Novosti',
    breadcrumb: 'Drobtinice',
  },

  languageSwitcher: {
    label: 'Jezik',
    summary: 'Jezik: {language}',
    current: 'trenutni jezik',
  },

  footer: {
    heading: 'O tej storitvi',
    source: 'Vsebina Evropske agencije za zdravila (EMA), reproducirana z navedbo vira',
    emaWebsite: 'Spletišče Evropske agencije za zdravila',
    openData: 'Odprti podatki',
    api: 'JSON API',
    openApi: 'Opis OpenAPI',
    openSource: 'OpenEPAR je odprtokodna programska oprema.',
  },

  categories: {
    human: 'Za uporabo v humani medicini',
    veterinary: 'Za uporabo v veterinarski medicini',
  },

  categoryMedicine: {
    human: 'Zdravilo za uporabo v humani medicini',
    veterinary: 'Zdravilo za uporabo v veterinarski medicini',
  },

  statuses: {
    'under-evaluation': { label: 'V ocenjevanju', description: 'EMA ocenjuje vlogo za to zdravilo' },
    authorised: { label: 'Odobreno', description: 'To zdravilo je odobreno za uporabo v Evropski uniji' },
    opinion: { label: 'Mnenje', description: 'Agencija EMA je izdala mnenje o tem zdravilu' },
    'opinion-under-re-examination': {
      label: 'Mnenje v ponovni presoji',
      description: 'Mnenje, ki ga je agencija EMA izdala o tem zdravilu, je v ponovni presoji',
    },
    refused: { label: 'Zavrnjeno', description: 'Dovoljenje za promet s tem zdravilom je bilo zavrnjeno' },
    'application-withdrawn': { label: 'Vloga umaknjena', description: 'Vloga za to zdravilo je bila umaknjena' },
    'withdrawn-from-rolling-review': {
      label: 'Umaknjeno iz sprotnega pregleda',
      description: 'To zdravilo je bilo umaknjeno iz ocenjevanja v okviru sprotnega pregleda',
    },
    withdrawn: { label: 'Umaknjeno', description: 'Dovoljenje za promet s tem zdravilom je bilo umaknjeno' },
    suspended: { label: 'Začasno odvzeto', description: 'Dovoljenje za promet s tem zdravilom v Evropski uniji je trenutno začasno odvzeto' },
    lapsed: { label: 'Prenehalo veljati', description: 'Dovoljenje za promet s tem zdravilom je prenehalo veljati' },
    expired: { label: 'Poteklo', description: 'Veljavnost dovoljenja za promet s tem zdravilom je potekla' },
    revoked: { label: 'Odvzeto', description: 'Dovoljenje za promet s tem zdravilom je bilo odvzeto' },
  },

  lifecycle: {
    label: 'Faze ocenjevanja',
    steps: {
      human: {
        application: 'Vloga v ocenjevanju',
        opinion: 'Mnenje odbora CHMP',
        decision: 'Sklep Evropske komisije',
      },
      veterinary: {
        application: 'Vloga v ocenjevanju',
        opinion: 'Mnenje odbora CVMP',
        decision: 'Sklep Evropske komisije',
      },
    },
    states: {
      done: 'Zaključeno',
      current: 'Trenutna faza',
      stopped: 'Ustavljeno',
      upcoming: 'Ni doseženo',
    },
  },

  flags: {
    moreInfo: 'Za več informacij glejte {link}.',
    additionalMonitoring: {
      name: 'Dodatno spremljanje',
      description:
        'Za to zdravilo se izvaja dodatno spremljanje, kar pomeni, da se spremlja še intenzivneje kot druga zdravila.',
      symbol:
        'Zdravila, za katera se izvaja dodatno spremljanje, imajo v navodilu za uporabo in povzetku glavnih značilnosti zdravila prikazan obrnjen črn trikotnik (▼).',
      moreInfo: 'Zdravila, za katera se izvaja dodatno spremljanje',
    },
    conditionalApproval: {
      name: 'Pogojno dovoljenje',
      description:
        'To zdravilo je prejelo pogojno dovoljenje za promet. To je bilo izdano v interesu javnega zdravja, ker zdravilo zadovoljuje neizpolnjeno zdravstveno potrebo, korist njegove takojšnje razpoložljivosti pa odtehta tveganje, ki izhaja iz manj izčrpnih podatkov, kot se običajno zahtevajo.',
      moreInfo: 'Pogojno dovoljenje za promet z zdravilom',
    },
    exceptionalCircumstances: {
      name: 'Izjemne okoliščine',
      description:
        'To zdravilo je bilo odobreno v izjemnih okoliščinah, ker predlagatelj ni mogel predložiti izčrpnih podatkov o učinkovitosti in varnosti zdravila pri običajnih pogojih uporabe. To se lahko zgodi, ker je bolezen, ki jo je treba zdraviti, redka, ali ker zbiranje popolnih informacij ni mogoče ali ni etično.',
      moreInfo: 'Smernice pred izdajo dovoljenja za promet',
    },
    acceleratedAssessment: {
      name: 'Pospešena ocena',
      description:
        'To zdravilo je bilo ocenjeno po pospešenem postopku. To pomeni, da gre za zdravilo, ki je zelo pomembno za javno zdravje, zato je bil rok za njegov pregled 150 dni ocenjevanja namesto 210.',
      moreInfo: 'Pospešena ocena',
    },
    orphan: {
      name: 'Zdravilo sirota',
      description:
        'To zdravilo je pridobilo status zdravila sirote. To pomeni, da je bilo razvito za uporabo pri redki, življenjsko nevarni ali kronično izčrpavajoči bolezni ali da ga iz ekonomskih razlogov verjetno ne bi razvili brez spodbud.',
      moreInfo: 'Dodelitev statusa zdravila sirote',
    },
    generic: {
      name: 'Generično zdravilo',
      description:
        'To je generično zdravilo, ki je razvito tako, da je enako zdravilu, ki je že odobreno, tako imenovanemu referenčnemu zdravilu. Generično zdravilo vsebuje isto učinkovino (iste učinkovine) kot referenčno zdravilo in se uporablja v enakem odmerku (enakih odmerkih) za zdravljenje iste bolezni (istih bolezni).',
      moreInfo: 'Generična in hibridna zdravila',
    },
    biosimilar: {
      name: 'Podobno biološko zdravilo',
      description:
        'To je podobno biološko zdravilo, tj. biološko zdravilo, ki je zelo podobno drugemu, že odobrenemu biološkemu zdravilu, imenovanemu „referenčno zdravilo“.',
      moreInfo: 'Podobna biološka zdravila',
    },
    advancedTherapy: {
      name: 'Napredno zdravljenje',
      description:
        'To zdravilo je razvrščeno kot zdravilo za napredno zdravljenje (ATMP): zdravilo za uporabo v humani medicini, ki temelji na genih, tkivih ali celicah. Ponuja prelomne nove možnosti za zdravljenje bolezni in poškodb.',
      moreInfo: 'Zdravila za napredno zdravljenje: pregled',
    },
    prime: {
      name: 'PRIME: prednostno zdravilo',
      description:
        'To zdravilo je bilo med razvojem vključeno v shemo agencije EMA za prednostna zdravila (PRIME). PRIME je shema, ki jo je agencija EMA uvedla za okrepitev podpore razvoju zdravil, namenjenih neizpolnjenim zdravstvenim potrebam. Ta prostovoljna shema temelji na okrepljenem sodelovanju in zgodnjem dialogu z razvijalci obetavnih zdravil, da se optimizirajo načrti razvoja in pospeši ocenjevanje, tako da bi ta zdravila prej prišla do bolnikov.',
      moreInfo: 'PRIME: prednostna zdravila',
    },
  },

  dates: {
    opinionAdopted: 'Sprejetje mnenja',
    marketingAuthorisationIssued: 'Izdaja dovoljenja za promet z zdravilom',
    refusal: 'Zavrnitev dovoljenja za promet z zdravilom',
    applicationWithdrawn: 'Umik vloge',
    withdrawal: 'Umik dovoljenja za promet z zdravilom',
    suspension: 'Začasni odvzem dovoljenja za promet z zdravilom',
    lapse: 'Prenehanje veljavnosti dovoljenja za promet z zdravilom',
    expiry: 'Potek veljavnosti dovoljenja za promet z zdravilom',
    revocation: 'Odvzem dovoljenja za promet z zdravilom',
    pageLastUpdated: 'EMA je svojo stran nazadnje posodobila',
  },

  documentTypes: {
    overview: 'Pregled zdravila',
    'product-information': 'Informacije o zdravilu',
    'product-information-tracked-changes': 'Informacije o zdravilu s sledenimi spremembami',
    'amended-product-information': 'Spremenjene informacije o zdravilu',
    'all-authorised-presentations': 'Vse odobrene oblike zdravila',
    leaflet: 'Navodilo za uporabo',
    rmp: 'Načrt za obvladovanje tveganj',
    'rmp-summary': 'Povzetek načrta za obvladovanje tveganj',
    'assessment-report': 'Javno poročilo o oceni zdravila',
    'variation-report': 'Poročilo o oceni spremembe dovoljenja za promet z zdravilom',
    'scientific-conclusion': 'Znanstveni zaključki',
    'scientific-discussion': 'Znanstvena razprava',
    'scientific-discussion-variation': 'Znanstvena razprava o spremembi dovoljenja za promet z zdravilom',
    'procedural-steps': 'Postopkovni koraki pred izdajo dovoljenja za promet',
    'procedural-steps-after': 'Postopkovni koraki in znanstvene informacije po izdaji dovoljenja za promet',
    'steps-after-cutoff': 'Postopkovni koraki po izdaji dovoljenja za promet (arhiv)',
    'smop-initial': 'Povzetek mnenja',
    smop: 'Povzetek mnenja o spremembi dovoljenja za promet z zdravilom',
    'medicine-qa': 'Vprašanja in odgovori',
    'withdrawal-letter': 'Dopis o umiku',
    'withdrawal-report': 'Poročilo o oceni ob umiku',
    'orphan-maintenance-report': 'Poročilo o oceni ohranitve statusa zdravila sirote',
    'orphan-maintenance-report-post': 'Poročilo o oceni ohranitve statusa zdravila sirote po izdaji dovoljenja za promet',
    'pip-compliance': 'Preverjanje skladnosti z načrtom pediatričnih raziskav',
    'conditions-member-states': 'Pogoji ali omejitve za države članice EU',
    'covid-19-vaccine-safety-update': 'Posodobljene informacije o varnosti cepiva proti covidu-19',
    'medication-error': 'Informacije o napakah pri uporabi zdravila',
    'prac-recommendation': 'Priporočilo odbora PRAC',
    'opinion-any-scientific-matter': 'Mnenje o znanstvenem vprašanju',
    'public-statement': 'Javna izjava',
    'press-release': 'Sporočilo za javnost',
    referral: 'Dokument o napotitvenem postopku',
    other: 'Dokument',
  },

  documents: {
    referenceNumber: 'Referenčna številka',
    firstPublished: 'Prvič objavljeno',
    lastUpdated: 'Zadnja posodobitev',
    languages: {
      one: 'Na voljo v {count} jeziku',
      two: 'Na voljo v {count} jezikih',
      few: 'Na voljo v {count} jezikih',
      other: 'Na voljo v {count} jezikih',
    },
    viewIn: 'Prikaži {title} v jeziku: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'ni na voljo na spletu',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Načrti pediatričnih raziskav' },
    'post-authorisation-study': { heading: 'Študije po izdaji dovoljenja za promet' },
    'orphan-designation': { heading: 'Dodelitve statusa zdravila sirote' },
    referral: { heading: 'Napotitveni postopki' },
    other: { heading: 'Druge informacije' },
  },

  medicine: {
    previousNames: 'Prej znano kot {names}',
    activeSubstance: 'Učinkovina',
    statusHeading: 'Status',
    flagsLabel: 'Regulativne značilnosti',
    contents: 'Vsebina strani',
    sections: {
      overview: 'Pregled',
      productInformation: 'Informacije o zdravilu',
      productDetails: 'Podatki o zdravilu',
      authorisationDetails: 'Podatki o dovoljenju za promet',
      applicationDetails: 'Podatki o vlogi',
      assessmentHistory: 'Zgodovina ocenjevanja',
      otherDocuments: 'Drugi dokumenti',
      news: 'Novice o zdravilu {name}',
      related: 'Več informacij o zdravilu {name}',
      patientSafety: 'Informacije o varnosti bolnikov',
      withdrawalInformation: 'Povezane informacije o umikih',
      topics: 'Teme',
    },
    overview: {
      fallback: 'Ta pregled ni na voljo v jeziku: {language}. Prikazan je v jeziku: {fallback}.',
      fallbackDocument: 'EMA ga objavlja v jeziku {language} kot dokument: {link}.',
    },
    productInformation: {
      allLanguages: 'Informacije o tem zdravilu so na voljo v vseh uradnih jezikih EU.',
      contentsIntro: 'Dokumenti z informacijami o zdravilu vsebujejo:',
      contents: [
        'povzetek glavnih značilnosti zdravila (priloga I);',
        'imetnika dovoljenja za proizvodnjo, odgovornega za sproščanje serij (priloga IIA);',
        'pogoje dovoljenja za promet z zdravilom (priloga IIB);',
        'označevanje (priloga IIIA);',
        'navodilo za uporabo (priloga IIIB).',
      ],
      latestProcedure: 'Zadnji postopek, ki vpliva na informacije o zdravilu',
    },
    productDetails: {
      name: 'Ime zdravila',
      activeSubstance: 'Učinkovina',
      inn: 'Mednarodno nelastniško ime (INN) ali splošno ime',
      therapeuticArea: 'Terapevtsko področje (MeSH)',
      atcCode: 'Anatomsko-terapevtsko-kemična (ATC) oznaka',
      pharmacotherapeuticGroup: 'Farmakoterapevtska skupina',
      therapeuticIndication: 'Terapevtska indikacija',
      species: 'Živalske vrste',
      atcNotYetAssigned: 'Še ni dodeljena',
      atcMalformed: 'ni veljavna oznaka ATC: prikazana, kot jo navaja EMA',
    },
    authorisation: {
      productNumber: 'Številka zdravila pri agenciji EMA',
      holder: 'Imetnik dovoljenja za promet z zdravilom',
      applicant: 'Predlagatelj za pridobitev dovoljenja za promet z zdravilom',
      revision: 'Številka revizije EMA',
      developer: 'Razvijalec',
      opinionStatus: 'Izid mnenja',
      opinionStatuses: { positive: 'Pozitivno', negative: 'Negativno' },
    },
    news: {
      published: 'Objavljeno {date}',
      patientSafetyMarker: 'EMA je objavila informacije o varnosti bolnikov za to zdravilo.',
    },
    source: {
      heading: 'Vir in podatki',
      ema: 'Prikaži to zdravilo na spletišču agencije EMA',
      json: 'Pridobi ta zapis v obliki JSON',
    },
  },

  catalogue: {
    title: 'Zdravila',
    description: 'Vsa zdravila z evropskim javnim poročilom o oceni zdravila (EPAR), z njihovim statusom in terapevtskim področjem.',
    tableCaption: 'Zdravila',
    showing: {
      one: 'Prikazano {from}–{to} od {count} zdravila',
      two: 'Prikazano {from}–{to} od {count} zdravil',
      few: 'Prikazano {from}–{to} od {count} zdravil',
      other: 'Prikazano {from}–{to} od {count} zdravil',
    },
    empty: 'Nobeno zdravilo ne ustreza tem filtrom.',
    pageOutOfRange: 'Na tej strani ni zdravil.',
    filters: {
      heading: 'Filtriranje zdravil',
      status: 'Status',
      anyStatus: 'Vsi statusi',
      category: 'Vrsta zdravila',
      anyCategory: 'Za uporabo v humani in veterinarski medicini',
      sort: 'Razvrsti po',
      submit: 'Uporabi',
      clear: 'Počisti filtre',
    },
    columns: {
      name: 'Zdravilo',
      inn: 'Učinkovina (INN)',
      status: 'Status',
      therapeuticAreas: 'Terapevtsko področje',
      authorised: 'Odobreno',
      updated: 'Zadnja posodobitev',
    },
    sortedAscending: 'razvrščeno naraščajoče',
    sortedDescending: 'razvrščeno padajoče',
    sortBy: 'razvrsti po stolpcu {column}',
  },

  sort: {
    name: 'Ime (od A do Ž)',
    '-name': 'Ime (od Ž do A)',
    authorised: 'Datum odobritve (najprej najstarejša)',
    '-authorised': 'Datum odobritve (najprej najnovejša)',
    updated: 'Zadnja posodobitev (najprej najstarejša)',
    '-updated': 'Zadnja posodobitev (najprej najnovejša)',
  },

  pagination: {
    label: 'Strani',
    previous: 'Prejšnja stran',
    next: 'Naslednja stran',
    page: 'Stran {page}',
  },

  home: {
    title: 'Poiščite informacije o zdravilih, ocenjenih v Evropski uniji',
    lede: 'OpenEPAR objavlja vsa evropska javna poročila o oceni zdravila (EPAR) Evropske agencije za zdravila (EMA): za kaj se posamezno zdravilo uporablja, ali je odobreno, informacije o zdravilu v vseh jezikih EU in dokumente, na katerih temelji odločitev.',
    audiences: {
      heading: 'Komu je OpenEPAR namenjen',
      patients: {
        title: 'Bolniki in njihovi skrbniki',
        text: 'V svojem jeziku preberite poljuden pregled zdravila, za kaj se uporablja in kakšna so njegova tveganja.',
      },
      prescribers: {
        title: 'Predpisovalci in farmacevti',
        text: 'Odprite veljavne informacije o zdravilu ter preverite status in zadnji postopek, ki vpliva nanje.',
      },
      researchers: {
        title: 'Raziskovalci in razvijalci',
        text: 'Uporabite iste podatke kot odprte podatke prek vmesnika JSON API, opisanega z OpenAPI.',
      },
    },
    search: {
      label: 'Iskanje zdravila',
      hint: 'Vnesite ime zdravila ali učinkovino, na primer sotorasib',
      button: 'Išči',
    },
    sample:
      'Ta portal vsebuje le vzorec evropskih javnih poročil o oceni zdravila (EPAR) Evropske agencije za zdravila z njihovo zgodovino iz podatkovnih tabel EMA. Število zdravil: {count}. Če želite objaviti vsa, uvozite celoten korpus z ukazom {command}.',
    browseAll: {
      one: 'Prebrskajte {count} zdravilo',
      two: 'Prebrskajte {count} zdravili',
      few: 'Prebrskajte {count} zdravila',
      other: 'Prebrskajte vseh {count} zdravil',
    },
    byStatus: {
      heading: 'Zdravila po statusu',
      caption: 'Število zdravil po statusu',
      status: 'Status',
      count: 'Število zdravil',
      link: {
        one: '{count} zdravilo: {status}',
        two: '{count} zdravili: {status}',
        few: '{count} zdravila: {status}',
        other: '{count} zdravil: {status}',
      },
    },
    recent: {
      heading: 'Nedavno posodobljeno',
      none: 'Nobeno zdravilo ni bilo nedavno posodobljeno.',
      updated: 'Posodobljeno {date}',
    },
    openData: {
      heading: 'Odprti podatki',
      text: 'Vsaka stran OpenEPAR je na voljo tudi v obliki podatkov, ki jih je mogoče prosto ponovno uporabiti z navedbo vira.',
    },
  },

  errors: {
    status: 'Napaka {status}',
    notFound: {
      title: 'Strani ni mogoče najti',
      message:
        'Če ste spletni naslov vnesli ročno, preverite, ali je pravilen. Če ste spletni naslov prilepili, preverite, ali ste kopirali celoten naslov.',
    },
    badRequest: {
      title: 'Pri tej zahtevi je prišlo do težave',
      message: 'Naslov vsebuje nekaj, česar ta storitev ne razume. Preverite ga in poskusite znova.',
    },
    serverError: {
      title: 'Žal je prišlo do težave s storitvijo',
      message: 'Poskusite znova pozneje.',
    },
    unavailable: {
      title: 'Žal storitev ni na voljo',
      message: 'Storitev boste lahko uporabili pozneje.',
    },
    home: 'Pojdi na domačo stran',
    browse: 'Prebrskajte vsa zdravila',
  },
};
