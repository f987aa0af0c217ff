/** Slovak interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const sk: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Lieky hodnotené Európskou agentúrou pre lieky vo forme otvorených údajov',
  },

  common: {
    skipLink: 'Preskočiť na hlavný obsah',
    notStated: 'Neuvádza sa',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'otvorí sa na novej karte',
    backToTop: 'Späť na začiatok',
  },

  nav: {
    label: 'Hlavná navigácia',
    home: 'Domov',
    medicines: 'Lieky',
    search: 'Vyhľadávanie',
    whatsNew: 'Čo je nové',
    breadcrumb: 'Navigačná cesta',
  },

  languageSwitcher: {
    label: 'Jazyk',
    summary: 'Jazyk: {language}',
    current: 'aktuálny jazyk',
  },

  footer: {
    heading: 'O tejto službe',
    source: 'Obsah pochádza od Európskej agentúry pre lieky (EMA) a je reprodukovaný s uvedením zdroja',
    emaWebsite: 'Webové sídlo Európskej agentúry pre lieky',
    openData: 'Otvorené údaje',
    api: 'JSON API',
    openApi: 'Opis OpenAPI',
    openSource: 'OpenEPAR je softvér s otvoreným zdrojovým kódom.',
  },

  categories: {
    human: 'Humánne',
    veterinary: 'Veterinárne',
  },

  categoryMedicine: {
    human: 'Humánny liek',
    veterinary: 'Veterinárny liek',
  },

  statuses: {
    'under-evaluation': { label: 'V procese hodnotenia', description: 'Agentúra EMA posudzuje žiadosť o registráciu tohto lieku' },
    authorised: { label: 'Registrovaný', description: 'Tento liek je registrovaný na použitie v Európskej únii' },
    opinion: { label: 'Stanovisko', description: 'Agentúra EMA vydala k tomuto lieku stanovisko' },
    'opinion-under-re-examination': {
      label: 'Stanovisko v procese opätovného preskúmania',
      description: 'Stanovisko, ktoré agentúra EMA vydala k tomuto lieku, sa opätovne preskúmava',
    },
    refused: { label: 'Zamietnutý', description: 'Registrácia tohto lieku bola zamietnutá' },
    'application-withdrawn': { label: 'Žiadosť stiahnutá', description: 'Žiadosť o registráciu tohto lieku bola stiahnutá' },
    'withdrawn-from-rolling-review': {
      label: 'Stiahnutý z priebežného preskúmania',
      description: 'Tento liek bol stiahnutý z hodnotenia v rámci priebežného preskúmania',
    },
    withdrawn: { label: 'Stiahnutý', description: 'Registrácia tohto lieku bola stiahnutá' },
    suspended: { label: 'Pozastavený', description: 'Používanie tohto lieku v Európskej únii je v súčasnosti pozastavené' },
    lapsed: { label: 'Registrácia zanikla', description: 'Registrácia tohto lieku zanikla' },
    expired: { label: 'Platnosť uplynula', description: 'Platnosť registrácie tohto lieku uplynula' },
    revoked: { label: 'Zrušený', description: 'Registrácia tohto lieku bola zrušená' },
  },

  lifecycle: {
    label: 'Fázy hodnotenia',
    steps: {
      human: {
        application: 'Hodnotenie žiadosti',
        opinion: 'Stanovisko výboru CHMP',
        decision: 'Rozhodnutie Európskej komisie',
      },
      veterinary: {
        application: 'Hodnotenie žiadosti',
        opinion: 'Stanovisko výboru CVMP',
        decision: 'Rozhodnutie Európskej komisie',
      },
    },
    states: {
      done: 'Dokončené',
      current: 'Aktuálna fáza',
      stopped: 'Zastavené',
      upcoming: 'Nedosiahnuté',
    },
  },

  flags: {
    moreInfo: 'Ďalšie informácie nájdete na stránke {link}.',
    additionalMonitoring: {
      name: 'Ďalšie monitorovanie',
      description:
        'Tento liek je predmetom ďalšieho monitorovania, čo znamená, že sa monitoruje ešte intenzívnejšie ako iné lieky.',
      symbol:
        'Lieky, ktoré sú predmetom ďalšieho monitorovania, majú v písomnej informácii pre používateľa a v súhrne charakteristických vlastností lieku uvedený čierny obrátený trojuholník (▼).',
      moreInfo: 'Lieky, ktoré sú predmetom ďalšieho monitorovania',
    },
    conditionalApproval: {
      name: 'Podmienečná registrácia',
      description:
        'Tento liek získal podmienečnú registráciu. Bola udelená v záujme verejného zdravia, pretože liek rieši nesplnenú medicínsku potrebu a prínos jeho okamžitej dostupnosti prevyšuje riziko vyplývajúce z menej komplexných údajov, než sa bežne vyžaduje.',
      moreInfo: 'Podmienečná registrácia',
    },
    exceptionalCircumstances: {
      name: 'Výnimočné okolnosti',
      description:
        'Tento liek bol registrovaný za výnimočných okolností, pretože žiadateľ nemohol poskytnúť úplné údaje o účinnosti a bezpečnosti lieku za normálnych podmienok používania. Môže k tomu dôjsť preto, že ochorenie, ktoré sa má liečiť, je zriedkavé, alebo preto, že zhromaždenie úplných informácií nie je možné alebo je neetické.',
      moreInfo: 'Usmernenia pred registráciou',
    },
    acceleratedAssessment: {
      name: 'Zrýchlené hodnotenie',
      description:
        'Tento liek prešiel zrýchleným hodnotením. Znamená to, že ide o liek, ktorý má veľký význam pre verejné zdravie, a preto lehota na jeho posúdenie bola 150 dní hodnotenia namiesto 210.',
      moreInfo: 'Zrýchlené hodnotenie',
    },
    orphan: {
      name: 'Liek na ojedinelé ochorenia',
      description:
        'Tento liek bol označený za liek na ojedinelé ochorenia. Znamená to, že bol vyvinutý na použitie proti zriedkavému, život ohrozujúcemu alebo chronicky invalidizujúcemu ochoreniu alebo že by z ekonomických dôvodov pravdepodobne nebol vyvinutý bez stimulov.',
      moreInfo: 'Označenie za liek na ojedinelé ochorenia',
    },
    generic: {
      name: 'Generický liek',
      description:
        'Toto je generický liek, ktorý bol vyvinutý tak, aby bol rovnaký ako už registrovaný liek, nazývaný referenčný liek. Generický liek obsahuje rovnakú liečivú látku (rovnaké liečivé látky) ako referenčný liek a používa sa v rovnakej dávke (rovnakých dávkach) na liečbu rovnakého ochorenia (rovnakých ochorení).',
      moreInfo: 'Generické a hybridné lieky',
    },
    biosimilar: {
      name: 'Biologicky podobný liek',
      description:
        'Toto je biologicky podobný liek, t. j. biologický liek, ktorý je veľmi podobný inému, už schválenému biologickému lieku nazývanému „referenčný liek“.',
      moreInfo: 'Biologicky podobné lieky',
    },
    advancedTherapy: {
      name: 'Inovatívna liečba',
      description:
        'Tento liek je klasifikovaný ako liek na inovatívnu liečbu (ATMP): liek na humánne použitie založený na génoch, tkanivách alebo bunkách. Ponúka prelomové nové možnosti liečby ochorení a poranení.',
      moreInfo: 'Lieky na inovatívnu liečbu: prehľad',
    },
    prime: {
      name: 'PRIME: prioritný liek',
      description:
        'Tento liek bol počas svojho vývoja zaradený do systému prioritných liekov (PRIME) agentúry EMA. PRIME je systém, ktorý agentúra EMA zaviedla na posilnenie podpory vývoja liekov zameraných na nesplnenú medicínsku potrebu. Tento dobrovoľný systém je založený na posilnenej interakcii a včasnom dialógu s vývojármi sľubných liekov s cieľom optimalizovať plány vývoja a urýchliť hodnotenie, aby sa tieto lieky dostali k pacientom skôr.',
      moreInfo: 'PRIME: prioritné lieky',
    },
  },

  dates: {
    opinionAdopted: 'Prijatie stanoviska',
    marketingAuthorisationIssued: 'Vydanie rozhodnutia o registrácii',
    refusal: 'Zamietnutie registrácie',
    applicationWithdrawn: 'Stiahnutie žiadosti',
    withdrawal: 'Stiahnutie registrácie',
    suspension: 'Pozastavenie registrácie',
    lapse: 'Zánik registrácie',
    expiry: 'Uplynutie platnosti registrácie',
    revocation: 'Zrušenie registrácie',
    pageLastUpdated: 'EMA naposledy aktualizovala svoju stránku',
  },

  documentTypes: {
    overview: 'Prehľad o lieku',
    'product-information': 'Informácie o lieku',
    'product-information-tracked-changes': 'Informácie o lieku so sledovanými zmenami',
    'amended-product-information': 'Zmenené informácie o lieku',
    'all-authorised-presentations': 'Všetky registrované balenia',
    leaflet: 'Písomná informácia pre používateľa',
    rmp: 'Plán riadenia rizík',
    'rmp-summary': 'Súhrn plánu riadenia rizík',
    'assessment-report': 'Verejná hodnotiaca správa',
    'variation-report': 'Hodnotiaca správa o zmene registrácie',
    'scientific-conclusion': 'Vedecké závery',
    'scientific-discussion': 'Vedecká diskusia',
    'scientific-discussion-variation': 'Vedecká diskusia o zmene registrácie',
    'procedural-steps': 'Procesné kroky pred registráciou',
    'procedural-steps-after': 'Procesné kroky a vedecké informácie po registrácii',
    'steps-after-cutoff': 'Procesné kroky po registrácii (archív)',
    'smop-initial': 'Súhrn stanoviska',
    smop: 'Súhrn stanoviska k zmene registrácie',
    'medicine-qa': 'Otázky a odpovede',
    'withdrawal-letter': 'List o stiahnutí',
    'withdrawal-report': 'Hodnotiaca správa o stiahnutí',
    'orphan-maintenance-report': 'Hodnotiaca správa o zachovaní označenia za liek na ojedinelé ochorenia',
    'orphan-maintenance-report-post': 'Hodnotiaca správa o zachovaní označenia za liek na ojedinelé ochorenia po registrácii',
    'pip-compliance': 'Kontrola súladu s plánom pediatrického výskumu',
    'conditions-member-states': 'Podmienky alebo obmedzenia pre členské štáty EÚ',
    'covid-19-vaccine-safety-update': 'Aktualizované informácie o bezpečnosti očkovacej látky proti ochoreniu COVID-19',
    'medication-error': 'Informácie o chybách pri podávaní lieku',
    'prac-recommendation': 'Odporúčanie výboru PRAC',
    'opinion-any-scientific-matter': 'Stanovisko k vedeckej otázke',
    'public-statement': 'Verejné vyhlásenie',
    'press-release': 'Tlačová správa',
    referral: 'Dokument o konaní o postúpení',
    other: 'Dokument',
  },

  documents: {
    referenceNumber: 'Referenčné číslo',
    firstPublished: 'Prvé uverejnenie',
    lastUpdated: 'Posledná aktualizácia',
    languages: {
      one: 'K dispozícii v {count} jazyku',
      few: 'K dispozícii v {count} jazykoch',
      many: 'K dispozícii v {count} jazyka',
      other: 'K dispozícii v {count} jazykoch',
    },
    viewIn: 'Zobraziť {title} v jazyku: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'nie je k dispozícii online',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Plány pediatrického výskumu' },
    'post-authorisation-study': { heading: 'Štúdie po registrácii' },
    'orphan-designation': { heading: 'Označenia za liek na ojedinelé ochorenia' },
    referral: { heading: 'Konania o postúpení' },
    other: { heading: 'Ďalšie informácie' },
  },

  medicine: {
    previousNames: 'Predtým známy ako {names}',
    activeSubstance: 'Liečivo',
    statusHeading: 'Stav',
    flagsLabel: 'Regulačné charakteristiky',
    contents: 'Obsah stránky',
    sections: {
      overview: 'Prehľad',
      productInformation: 'Informácie o lieku',
      productDetails: 'Údaje o lieku',
      authorisationDetails: 'Údaje o registrácii',
      applicationDetails: 'Údaje o žiadosti',
      assessmentHistory: 'História hodnotenia',
      otherDocuments: 'Ďalšie dokumenty',
      news: 'Správy o lieku {name}',
      related: 'Ďalšie informácie o lieku {name}',
      patientSafety: 'Informácie o bezpečnosti pacientov',
      withdrawalInformation: 'Súvisiace informácie o stiahnutiach',
      topics: 'Témy',
    },
    overview: {
      fallback: 'Tento prehľad nie je k dispozícii v jazyku: {language}. Zobrazuje sa v jazyku: {fallback}.',
      fallbackDocument: 'EMA ho zverejňuje v jazyku {language} ako dokument: {link}.',
    },
    productInformation: {
      allLanguages: 'Informácie o tomto lieku sú k dispozícii vo všetkých úradných jazykoch EÚ.',
      contentsIntro: 'Dokumenty s informáciami o lieku obsahujú:',
      contents: [
        'súhrn charakteristických vlastností lieku (príloha I);',
        'držiteľa povolenia na výrobu zodpovedného za uvoľnenie šarže (príloha IIA);',
        'podmienky registrácie (príloha IIB);',
        'označenie obalu (príloha IIIA);',
        'písomnú informáciu pre používateľa (príloha IIIB).',
      ],
      latestProcedure: 'Posledné konanie, ktoré sa týka informácií o lieku',
    },
    productDetails: {
      name: 'Názov lieku',
      activeSubstance: 'Liečivo',
      inn: 'Medzinárodný nechránený názov (INN) alebo bežný názov',
      therapeuticArea: 'Terapeutická oblasť (MeSH)',
      atcCode: 'Anatomicko-terapeuticko-chemický kód (ATC)',
      pharmacotherapeuticGroup: 'Farmakoterapeutická skupina',
      therapeuticIndication: 'Terapeutická indikácia',
      species: 'Druhy zvierat',
      atcNotYetAssigned: 'Zatiaľ nepridelený',
      atcMalformed: 'neplatný kód ATC: uvedený tak, ako ho uvádza EMA',
    },
    authorisation: {
      productNumber: 'Číslo lieku v agentúre EMA',
      holder: 'Držiteľ rozhodnutia o registrácii',
      applicant: 'Žiadateľ o registráciu',
      revision: 'Číslo revízie EMA',
      developer: 'Vývojár',
      opinionStatus: 'Výsledok stanoviska',
      opinionStatuses: { positive: 'Kladné', negative: 'Záporné' },
    },
    news: {
      published: 'Uverejnené {date}',
      patientSafetyMarker: 'Agentúra EMA zverejnila informácie o bezpečnosti pacientov týkajúce sa tohto lieku.',
    },
    source: {
      heading: 'Zdroj a údaje',
      ema: 'Zobraziť tento liek na webovom sídle agentúry EMA',
      json: 'Získať tento záznam vo formáte JSON',
    },
  },

  catalogue: {
    title: 'Lieky',
    description: 'Všetky lieky s európskou verejnou hodnotiacou správou (EPAR) s ich stavom a terapeutickou oblasťou.',
    tableCaption: 'Lieky',
    showing: {
      one: 'Zobrazené {from} – {to} z {count} lieku',
      few: 'Zobrazené {from} – {to} z {count} liekov',
      many: 'Zobrazené {from} – {to} z {count} lieku',
      other: 'Zobrazené {from} – {to} z {count} liekov',
    },
    empty: 'Týmto filtrom nezodpovedajú žiadne lieky.',
    pageOutOfRange: 'Na tejto stránke nie sú žiadne lieky.',
    filters: {
      heading: 'Filtrovať lieky',
      status: 'Stav',
      anyStatus: 'Všetky stavy',
      category: 'Druh lieku',
      anyCategory: 'Humánne aj veterinárne',
      sort: 'Zoradiť podľa',
      submit: 'Použiť',
      clear: 'Zrušiť filtre',
    },
    columns: {
      name: 'Liek',
      inn: 'Liečivo (INN)',
      status: 'Stav',
      therapeuticAreas: 'Terapeutická oblasť',
      authorised: 'Registrovaný',
      updated: 'Posledná aktualizácia',
    },
    sortedAscending: 'zoradené vzostupne',
    sortedDescending: 'zoradené zostupne',
    sortBy: 'zoradiť podľa stĺpca {column}',
  },

  sort: {
    name: 'Názov (A – Z)',
    '-name': 'Názov (Z – A)',
    authorised: 'Dátum registrácie (od najstaršieho)',
    '-authorised': 'Dátum registrácie (od najnovšieho)',
    updated: 'Posledná aktualizácia (od najstaršej)',
    '-updated': 'Posledná aktualizácia (od najnovšej)',
  },

  pagination: {
    label: 'Strany',
    previous: 'Predchádzajúca strana',
    next: 'Nasledujúca strana',
    page: 'Strana {page}',
  },

  home: {
    title: 'Vyhľadajte informácie o liekoch hodnotených v Európskej únii',
    lede: 'OpenEPAR zverejňuje všetky európske verejné hodnotiace správy (EPAR) Európskej agentúry pre lieky (EMA): na čo sa jednotlivé lieky používajú, či sú registrované, informácie o lieku vo všetkých jazykoch EÚ a dokumenty, na ktorých je založené rozhodnutie.',
    audiences: {
      heading: 'Pre koho je OpenEPAR určený',
      patients: {
        title: 'Pacienti a opatrovatelia',
        text: 'Prečítajte si vo svojom jazyku zrozumiteľný prehľad o lieku, na čo sa používa a aké sú jeho riziká.',
      },
      prescribers: {
        title: 'Predpisujúci lekári a lekárnici',
        text: 'Otvorte aktuálne informácie o lieku, overte si jeho stav a posledné konanie, ktoré sa ich týka.',
      },
      researchers: {
        title: 'Výskumníci a vývojári',
        text: 'Používajte tie isté údaje ako otvorené údaje prostredníctvom rozhrania JSON API opísaného pomocou OpenAPI.',
      },
    },
    search: {
      label: 'Vyhľadať liek',
      hint: 'Zadajte názov lieku alebo liečiva, napríklad sotorasib',
      button: 'Vyhľadať',
    },
    sample:
      'Tento portál obsahuje iba vzorku európskych verejných hodnotiacich správ (EPAR) Európskej agentúry pre lieky s ich históriou z dátových tabuliek EMA. Počet liekov: {count}. Ak chcete zverejniť všetky, importujte celý korpus príkazom {command}.',
    browseAll: {
      one: 'Prehľadávať {count} liek',
      few: 'Prehľadávať všetky {count} lieky',
      many: 'Prehľadávať všetkých {count} lieku',
      other: 'Prehľadávať všetkých {count} liekov',
    },
    byStatus: {
      heading: 'Lieky podľa stavu',
      caption: 'Počet liekov podľa stavu',
      status: 'Stav',
      count: 'Počet liekov',
      link: {
        one: '{count} liek: {status}',
        few: '{count} lieky: {status}',
        many: '{count} lieku: {status}',
        other: '{count} liekov: {status}',
      },
    },
    recent: {
      heading: 'Nedávno aktualizované',
      none: 'V poslednom čase neboli aktualizované žiadne lieky.',
      updated: 'Aktualizované {date}',
    },
    openData: {
      heading: 'Otvorené údaje',
      text: 'Každá stránka OpenEPAR je k dispozícii aj vo forme údajov, ktoré možno voľne opätovne použiť s uvedením zdroja.',
    },
  },

  errors: {
    status: 'Chyba {status}',
    notFound: {
      title: 'Stránka sa nenašla',
      message:
        'Ak ste webovú adresu zadali ručne, skontrolujte, či je správna. Ak ste webovú adresu vložili, skontrolujte, či ste skopírovali celú adresu.',
    },
    badRequest: {
      title: 'Vyskytol sa problém s touto požiadavkou',
      message: 'Adresa obsahuje niečo, čomu táto služba nerozumie. Skontrolujte ju a skúste to znova.',
    },
    serverError: {
      title: 'Ľutujeme, vyskytol sa problém so službou',
      message: 'Skúste to znova neskôr.',
    },
    unavailable: {
      title: 'Ľutujeme, služba nie je dostupná',
      message: 'Službu budete môcť použiť neskôr.',
    },
    home: 'Prejsť na domovskú stránku',
    browse: 'Prehľadávať všetky lieky',
  },
};
