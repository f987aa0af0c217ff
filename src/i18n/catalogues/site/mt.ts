/** Maltese interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const mt: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: "Mediċini evalwati mill-Aġenzija Ewropea għall-Mediċini, bħala data miftuħa",
  },

  common: {
    skipLink: 'Aqbeż għall-kontenut ewlieni',
    notStated: 'Mhux iddikjarat',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: "jinfetaħ f'tab ġdida",
    backToTop: 'Lura fil-quċċata',
  },

  nav: {
    label: 'Navigazzjoni ewlenija',
    home: 'Paġna ewlenija',
    medicines: 'Mediċini',
    search: 'Fittex',
    whatsNew: "X'hemm ġdid",
    breadcrumb: 'Mogħdija tan-navigazzjoni',
  },

  languageSwitcher: {
    label: 'Lingwa',
    summary: 'Lingwa: {language}',
    current: 'lingwa attwali',
  },

  footer: {
    heading: 'Dwar dan is-servizz',
    source: "Kontenut mill-Aġenzija Ewropea għall-Mediċini (EMA), riprodott b'rikonoxximent tas-sors",
    emaWebsite: "Is-sit web tal-Aġenzija Ewropea għall-Mediċini",
    openData: 'Data miftuħa',
    api: 'API JSON',
    openApi: 'Deskrizzjoni OpenAPI',
    openSource: "OpenEPAR huwa softwer b'sors miftuħ.",
  },

  categories: {
    human: 'Għall-użu mill-bniedem',
    veterinary: 'Veterinarji',
  },

  categoryMedicine: {
    human: 'Mediċina għall-użu mill-bniedem',
    veterinary: 'Mediċina veterinarja',
  },

  statuses: {
    'under-evaluation': { label: 'Taħt evalwazzjoni', description: 'L-EMA qed tevalwa l-applikazzjoni għal din il-mediċina' },
    authorised: { label: 'Awtorizzata', description: "Din il-mediċina hija awtorizzata għall-użu fl-Unjoni Ewropea" },
    opinion: { label: 'Opinjoni', description: "L-EMA ħarġet opinjoni dwar din il-mediċina" },
    'opinion-under-re-examination': {
      label: 'Opinjoni taħt eżami mill-ġdid',
      description: "L-opinjoni li ħarġet l-EMA dwar din il-mediċina qed tiġi eżaminata mill-ġdid",
    },
    refused: { label: 'Miċħuda', description: "L-awtorizzazzjoni ta' din il-mediċina ġiet miċħuda" },
    'application-withdrawn': { label: 'Applikazzjoni rtirata', description: "L-applikazzjoni għal din il-mediċina ġiet irtirata" },
    'withdrawn-from-rolling-review': {
      label: 'Irtirata mir-reviżjoni kontinwa',
      description: "Din il-mediċina ġiet irtirata mill-evalwazzjoni taħt reviżjoni kontinwa",
    },
    withdrawn: { label: 'Irtirata', description: "L-awtorizzazzjoni ta' din il-mediċina ġiet irtirata" },
    suspended: { label: 'Sospiża', description: "L-użu ta' din il-mediċina bħalissa huwa sospiż fl-Unjoni Ewropea" },
    lapsed: { label: 'Ma għadhiex valida', description: "L-awtorizzazzjoni ta' din il-mediċina waqfet milli tkun valida" },
    expired: { label: 'Skaduta', description: "L-awtorizzazzjoni ta' din il-mediċina skadiet" },
    revoked: { label: 'Revokata', description: "L-awtorizzazzjoni ta' din il-mediċina ġiet revokata" },
  },

  lifecycle: {
    label: 'Stadji tal-evalwazzjoni',
    steps: {
      human: {
        application: 'Applikazzjoni taħt evalwazzjoni',
        opinion: 'Opinjoni tas-CHMP',
        decision: 'Deċiżjoni tal-Kummissjoni Ewropea',
      },
      veterinary: {
        application: 'Applikazzjoni taħt evalwazzjoni',
        opinion: 'Opinjoni tas-CVMP',
        decision: 'Deċiżjoni tal-Kummissjoni Ewropea',
      },
    },
    states: {
      done: 'Komplut',
      current: 'Stadju attwali',
      stopped: 'Imwaqqaf',
      upcoming: 'Għadu ma ntlaħaqx',
    },
  },

  flags: {
    moreInfo: 'Għal aktar informazzjoni, ara {link}.',
    additionalMonitoring: {
      name: 'Monitoraġġ addizzjonali',
      description:
        "Din il-mediċina hija suġġetta għal monitoraġġ addizzjonali, jiġifieri hija ssorveljata b'mod saħansitra aktar intensiv minn mediċini oħra.",
      symbol:
        "Il-mediċini suġġetti għal monitoraġġ addizzjonali għandhom trijangolu iswed rovexxjat (▼) muri fil-fuljett ta' tagħrif u fis-sommarju tal-karatteristiċi tal-prodott tagħhom.",
      moreInfo: 'Mediċini suġġetti għal monitoraġġ addizzjonali',
    },
    conditionalApproval: {
      name: 'Approvazzjoni kondizzjonali',
      description:
        "Din il-mediċina rċeviet awtorizzazzjoni kondizzjonali għat-tqegħid fis-suq. Din ingħatat fl-interess tas-saħħa pubblika għaliex il-mediċina tindirizza ħtieġa medika mhux issodisfata u l-benefiċċju tad-disponibbiltà immedjata tagħha jegħleb ir-riskju ta' data inqas komprensiva minn dik normalment meħtieġa.",
      moreInfo: 'Awtorizzazzjoni kondizzjonali għat-tqegħid fis-suq',
    },
    exceptionalCircumstances: {
      name: 'Ċirkostanzi eċċezzjonali',
      description:
        "Din il-mediċina ġiet awtorizzata taħt ċirkostanzi eċċezzjonali, għaliex l-applikant ma setax jipprovdi data komprensiva dwar l-effikaċja u s-sigurtà tal-mediċina taħt kondizzjonijiet normali ta' użu. Dan jista' jiġri għaliex il-kondizzjoni li għandha tiġi kkurata hija rari jew għaliex il-ġbir ta' informazzjoni sħiħa mhuwiex possibbli jew mhuwiex etiku.",
      moreInfo: 'Gwida qabel l-awtorizzazzjoni',
    },
    acceleratedAssessment: {
      name: 'Valutazzjoni aċċellerata',
      description:
        "Din il-mediċina kellha valutazzjoni aċċellerata. Dan ifisser li hija mediċina ta' interess kbir għas-saħħa pubblika, u għalhekk iż-żmien għar-reviżjoni tagħha kien ta' 150 jum ta' evalwazzjoni minflok 210.",
      moreInfo: 'Valutazzjoni aċċellerata',
    },
    orphan: {
      name: 'Orfni',
      description:
        "Din il-mediċina ġiet deżinjata bħala mediċina orfni. Dan ifisser li ġiet żviluppata għall-użu kontra kondizzjoni rari, ta' periklu għall-ħajja jew kronikament debilitanti jew li, għal raġunijiet ekonomiċi, x'aktarx ma kinitx tiġi żviluppata mingħajr inċentivi.",
      moreInfo: 'Deżinjazzjoni orfni',
    },
    generic: {
      name: 'Ġenerika',
      description:
        "Din hija mediċina ġenerika, li hija żviluppata biex tkun l-istess bħal mediċina li diġà ġiet awtorizzata, imsejħa l-mediċina ta' referenza. Mediċina ġenerika fiha l-istess sustanza/i attiva/i bħall-mediċina ta' referenza, u tintuża fl-istess doża/i biex tikkura l-istess marda/mard.",
      moreInfo: 'Mediċini ġeneriċi u ibridi',
    },
    biosimilar: {
      name: 'Bijosimili',
      description:
        "Din hija mediċina bijosimili, jiġifieri mediċina bijoloġika simili ħafna għal mediċina bijoloġika oħra diġà approvata msejħa l-\"mediċina ta' referenza\".",
      moreInfo: 'Mediċini bijosimili',
    },
    advancedTherapy: {
      name: 'Terapija avvanzata',
      description:
        "Din il-mediċina hija kklassifikata bħala prodott mediċinali ta' terapija avvanzata (ATMP): mediċina għall-użu mill-bniedem ibbażata fuq ġeni, tessuti jew ċelloli. Toffri opportunitajiet ġodda u innovattivi għall-kura ta' mard u ta' korrimenti.",
      moreInfo: "Prodotti mediċinali ta' terapija avvanzata: Ħarsa ġenerali",
    },
    prime: {
      name: 'PRIME: mediċina prijoritarja',
      description:
        "Din il-mediċina ngħatat aċċess għall-iskema tal-Mediċini Prijoritarji (PRIME) tal-EMA matul l-iżvilupp tagħha. PRIME hija skema mnedija mill-EMA biex issaħħaħ l-appoġġ għall-iżvilupp ta' mediċini li jindirizzaw ħtieġa medika mhux issodisfata. Din l-iskema volontarja hija bbażata fuq interazzjoni msaħħa u djalogu bikri mal-iżviluppaturi ta' mediċini promettenti, biex jiġu ottimizzati l-pjanijiet ta' żvilupp u titħaffef l-evalwazzjoni ħalli dawn il-mediċini jkunu jistgħu jilħqu lill-pazjenti aktar kmieni.",
      moreInfo: 'PRIME: mediċini prijoritarji',
    },
  },

  dates: {
    opinionAdopted: 'Opinjoni adottata',
    marketingAuthorisationIssued: 'Awtorizzazzjoni għat-tqegħid fis-suq maħruġa',
    refusal: 'Rifjut tal-awtorizzazzjoni għat-tqegħid fis-suq',
    applicationWithdrawn: 'Irtirar tal-applikazzjoni',
    withdrawal: 'Irtirar tal-awtorizzazzjoni għat-tqegħid fis-suq',
    suspension: 'Sospensjoni tal-awtorizzazzjoni għat-tqegħid fis-suq',
    lapse: 'Tmiem il-validità tal-awtorizzazzjoni għat-tqegħid fis-suq',
    expiry: 'Skadenza tal-awtorizzazzjoni għat-tqegħid fis-suq',
    revocation: 'Revoka tal-awtorizzazzjoni għat-tqegħid fis-suq',
    pageLastUpdated: 'L-EMA aġġornat il-paġna tagħha l-aħħar darba fil-',
  },

  documentTypes: {
    overview: 'Ħarsa ġenerali lejn il-mediċina',
    'product-information': 'Informazzjoni dwar il-prodott',
    'product-information-tracked-changes': "Informazzjoni dwar il-prodott b'bidliet immarkati",
    'amended-product-information': 'Informazzjoni emendata dwar il-prodott',
    'all-authorised-presentations': 'Il-preżentazzjonijiet awtorizzati kollha',
    leaflet: "Fuljett ta' tagħrif",
    rmp: "Pjan ta' ġestjoni tar-riskju",
    'rmp-summary': "Sommarju tal-pjan ta' ġestjoni tar-riskju",
    'assessment-report': "Rapport pubbliku ta' valutazzjoni",
    'variation-report': "Rapport ta' valutazzjoni għal bidla fl-awtorizzazzjoni għat-tqegħid fis-suq",
    'scientific-conclusion': 'Konklużjonijiet xjentifiċi',
    'scientific-discussion': 'Diskussjoni xjentifika',
    'scientific-discussion-variation': 'Diskussjoni xjentifika għal bidla fl-awtorizzazzjoni għat-tqegħid fis-suq',
    'procedural-steps': 'Passi proċedurali meħuda qabel l-awtorizzazzjoni',
    'procedural-steps-after': 'Passi proċedurali meħuda u informazzjoni xjentifika wara l-awtorizzazzjoni',
    'steps-after-cutoff': 'Passi proċedurali meħuda wara l-awtorizzazzjoni (arkivju)',
    'smop-initial': 'Sommarju tal-opinjoni',
    smop: 'Sommarju tal-opinjoni dwar bidla fl-awtorizzazzjoni għat-tqegħid fis-suq',
    'medicine-qa': 'Mistoqsijiet u tweġibiet',
    'withdrawal-letter': "Ittra ta' rtirar",
    'withdrawal-report': "Rapport ta' valutazzjoni tal-irtirar",
    'orphan-maintenance-report': "Rapport ta' valutazzjoni dwar iż-żamma tad-deżinjazzjoni orfni",
    'orphan-maintenance-report-post': "Rapport ta' valutazzjoni dwar iż-żamma tad-deżinjazzjoni orfni wara l-awtorizzazzjoni",
    'pip-compliance': "Verifika tal-konformità mal-pjan ta' investigazzjoni pedjatrika",
    'conditions-member-states': 'Kondizzjonijiet jew restrizzjonijiet għall-Istati Membri tal-UE',
    'covid-19-vaccine-safety-update': 'Aġġornament dwar is-sigurtà tal-vaċċin kontra l-COVID-19',
    'medication-error': 'Informazzjoni dwar żbalji fil-medikazzjoni',
    'prac-recommendation': 'Rakkomandazzjoni tal-PRAC',
    'opinion-any-scientific-matter': 'Opinjoni dwar kwistjoni xjentifika',
    'public-statement': 'Dikjarazzjoni pubblika',
    'press-release': 'Stqarrija għall-istampa',
    referral: "Dokument dwar proċedura ta' riferiment",
    other: 'Dokument',
  },

  documents: {
    referenceNumber: "Numru ta' referenza",
    firstPublished: 'L-ewwel pubblikazzjoni',
    lastUpdated: 'L-aħħar aġġornament',
    languages: {
      one: "Disponibbli f'{count} lingwa",
      two: "Disponibbli f'{count} lingwi",
      few: "Disponibbli f'{count} lingwi",
      many: "Disponibbli f'{count} lingwa",
      other: "Disponibbli f'{count} lingwa",
    },
    viewIn: 'Ara {title} – lingwa: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'mhux disponibbli online',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: "Pjanijiet ta' investigazzjoni pedjatrika" },
    'post-authorisation-study': { heading: "Studji ta' wara l-awtorizzazzjoni" },
    'orphan-designation': { heading: 'Deżinjazzjonijiet orfni' },
    referral: { heading: "Proċeduri ta' riferiment" },
    other: { heading: 'Informazzjoni oħra' },
  },

  medicine: {
    previousNames: 'Qabel kienet magħrufa bħala {names}',
    activeSubstance: 'Sustanza attiva',
    statusHeading: 'Status',
    flagsLabel: 'Karatteristiċi regolatorji',
    contents: 'Kontenut tal-paġna',
    sections: {
      overview: 'Ħarsa ġenerali',
      productInformation: 'Informazzjoni dwar il-prodott',
      productDetails: 'Dettalji tal-prodott',
      authorisationDetails: 'Dettalji tal-awtorizzazzjoni',
      applicationDetails: 'Dettalji tal-applikazzjoni',
      assessmentHistory: 'Storja tal-valutazzjoni',
      otherDocuments: 'Dokumenti oħra',
      news: 'Aħbarijiet dwar {name}',
      related: 'Aktar informazzjoni dwar {name}',
      patientSafety: 'Informazzjoni dwar is-sikurezza tal-pazjenti',
      withdrawalInformation: 'Informazzjoni relatata dwar l-irtirar',
      topics: 'Suġġetti',
    },
    overview: {
      fallback: 'Din il-ħarsa ġenerali mhijiex disponibbli bil-lingwa: {language}. Qed tintwera bil-lingwa: {fallback}.',
      fallbackDocument: 'L-EMA tippubblikaha bil-{language} bħala dokument: {link}.',
    },
    productInformation: {
      allLanguages: "L-informazzjoni dwar il-prodott ta' din il-mediċina hija disponibbli bil-lingwi uffiċjali kollha tal-UE.",
      contentsIntro: "Id-dokumenti tal-informazzjoni dwar il-prodott fihom:",
      contents: [
        'sommarju tal-karatteristiċi tal-prodott (anness I);',
        'detentur tal-awtorizzazzjoni tal-manifattura responsabbli għall-ħruġ tal-lott (anness IIA);',
        'kondizzjonijiet tal-awtorizzazzjoni għat-tqegħid fis-suq (anness IIB);',
        'tikkettar (anness IIIA);',
        "fuljett ta' tagħrif (anness IIIB).",
      ],
      latestProcedure: "L-aħħar proċedura li affettwat l-informazzjoni dwar il-prodott",
    },
    productDetails: {
      name: 'Isem il-mediċina',
      activeSubstance: 'Sustanza attiva',
      inn: 'Isem internazzjonali mhux proprjetarju (INN) jew isem komuni',
      therapeuticArea: 'Qasam terapewtiku (MeSH)',
      atcCode: 'Kodiċi anatomiku terapewtiku kimiku (ATC)',
      pharmacotherapeuticGroup: 'Grupp farmakoterapewtiku',
      therapeuticIndication: 'Indikazzjoni terapewtika',
      species: 'Speċijiet',
      atcNotYetAssigned: 'Għadu mhux assenjat',
      atcMalformed: 'mhuwiex kodiċi ATC validu: muri kif jippubblikah l-EMA',
    },
    authorisation: {
      productNumber: 'Numru tal-prodott tal-EMA',
      holder: 'Detentur tal-awtorizzazzjoni għat-tqegħid fis-suq',
      applicant: 'Applikant għall-awtorizzazzjoni għat-tqegħid fis-suq',
      revision: 'Numru tar-reviżjoni tal-EMA',
      developer: 'Żviluppatur',
      opinionStatus: 'Status tal-opinjoni',
      opinionStatuses: { positive: 'Pożittiva', negative: 'Negattiva' },
    },
    news: {
      published: 'Ippubblikat: {date}',
      patientSafetyMarker: 'L-EMA ppubblikat informazzjoni dwar is-sikurezza tal-pazjenti għal din il-mediċina.',
    },
    source: {
      heading: 'Sors u data',
      ema: 'Ara din il-mediċina fuq is-sit web tal-EMA',
      json: "Ikseb dan ir-rekord f'format JSON",
    },
  },

  catalogue: {
    title: 'Mediċini',
    description:
      "Il-mediċini kollha li għandhom rapport pubbliku Ewropew ta' valutazzjoni (EPAR), bl-istatus u l-qasam terapewtiku tagħhom.",
    tableCaption: 'Mediċini',
    showing: {
      one: 'Qed jintwerew {from}–{to} minn {count} mediċina',
      two: 'Qed jintwerew {from}–{to} minn {count} mediċini',
      few: 'Qed jintwerew {from}–{to} minn {count} mediċini',
      many: 'Qed jintwerew {from}–{to} minn {count} mediċina',
      other: 'Qed jintwerew {from}–{to} minn {count} mediċina',
    },
    empty: "L-ebda mediċina ma taqbel ma' dawn il-filtri.",
    pageOutOfRange: "M'hemm l-ebda mediċina f'din il-paġna.",
    filters: {
      heading: 'Iffiltra l-mediċini',
      status: 'Status',
      anyStatus: 'L-istatus kollha',
      category: "Tip ta' mediċina",
      anyCategory: 'Għall-użu mill-bniedem u veterinarji',
      sort: 'Issortja skont',
      submit: 'Applika',
      clear: 'Neħħi l-filtri',
    },
    columns: {
      name: 'Mediċina',
      inn: 'Sustanza attiva (INN)',
      status: 'Status',
      therapeuticAreas: 'Qasam terapewtiku',
      authorised: 'Awtorizzata',
      updated: 'L-aħħar aġġornament',
    },
    sortedAscending: "issortjat f'ordni axxendenti",
    sortedDescending: "issortjat f'ordni dixxendenti",
    sortBy: 'issortja skont {column}',
  },

  sort: {
    name: 'Isem (A sa Ż)',
    '-name': 'Isem (Ż sa A)',
    authorised: 'Data tal-awtorizzazzjoni (l-eqdem l-ewwel)',
    '-authorised': 'Data tal-awtorizzazzjoni (l-aktar reċenti l-ewwel)',
    updated: 'L-aħħar aġġornament (l-eqdem l-ewwel)',
    '-updated': 'L-aħħar aġġornament (l-aktar reċenti l-ewwel)',
  },

  pagination: {
    label: 'Paġni',
    previous: 'Paġna preċedenti',
    next: 'Paġna li jmiss',
    page: 'Paġna {page}',
  },

  home: {
    title: "Sib informazzjoni dwar mediċini evalwati fl-Unjoni Ewropea",
    lede: "OpenEPAR jippubblika kull rapport pubbliku Ewropew ta' valutazzjoni (EPAR) tal-Aġenzija Ewropea għall-Mediċini (EMA): għal xiex tintuża kull mediċina, jekk hijiex awtorizzata, l-informazzjoni dwar il-prodott tagħha b'kull lingwa tal-UE u d-dokumenti li fuqhom hija bbażata d-deċiżjoni.",
    audiences: {
      heading: 'Għal min hu OpenEPAR',
      patients: {
        title: 'Pazjenti u persuni li jindukrawhom',
        text: "Aqra ħarsa ġenerali b'lingwaġġ sempliċi dwar mediċina, għal xiex tintuża u x'inhuma r-riskji tagħha, bil-lingwa tiegħek.",
      },
      prescribers: {
        title: 'Dawk li jippreskrivu u spiżjara',
        text: "Iftaħ l-informazzjoni attwali dwar il-prodott, iċċekkja l-istatus u l-aħħar proċedura li affettwatha.",
      },
      researchers: {
        title: 'Riċerkaturi u żviluppaturi',
        text: "Uża l-istess data bħala data miftuħa permezz ta' API JSON deskritta b'OpenAPI.",
      },
    },
    search: {
      label: 'Fittex mediċina',
      hint: "Daħħal l-isem ta' mediċina jew ta' sustanza attiva, pereżempju sotorasib",
      button: 'Fittex',
    },
    sample:
      'Dan il-portal fih biss kampjun tar-rapporti pubbliċi Ewropej ta’ valutazzjoni (EPAR) tal-Aġenzija Ewropea għall-Mediċini, bl-istorja tagħhom mit-tabelli tad-data tal-EMA. Numru ta’ mediċini: {count}. Biex tippubblikahom kollha, importa l-korpus kollu b’{command}.',
    browseAll: {
      one: 'Ara {count} mediċina',
      two: 'Ara l-mediċini kollha ({count})',
      few: 'Ara l-mediċini kollha ({count})',
      many: 'Ara l-mediċini kollha ({count})',
      other: 'Ara l-mediċini kollha ({count})',
    },
    byStatus: {
      heading: 'Mediċini skont l-istatus',
      caption: "Numru ta' mediċini skont l-istatus",
      status: 'Status',
      count: "Numru ta' mediċini",
      link: {
        one: '{count} mediċina: {status}',
        two: '{count} mediċini: {status}',
        few: '{count} mediċini: {status}',
        many: '{count} mediċina: {status}',
        other: '{count} mediċina: {status}',
      },
    },
    recent: {
      heading: 'Aġġornati reċentement',
      none: 'L-ebda mediċina ma ġiet aġġornata reċentement.',
      updated: 'Aġġornata: {date}',
    },
    openData: {
      heading: 'Data miftuħa',
      text: "Kull paġna fuq OpenEPAR hija disponibbli wkoll bħala data, li tista' terġa' tintuża liberament b'rikonoxximent tas-sors.",
    },
  },

  errors: {
    status: 'Żball {status}',
    notFound: {
      title: 'Il-paġna ma nstabitx',
      message:
        "Jekk ittajpjajt l-indirizz tal-web, iċċekkja li huwa korrett. Jekk ippejstjajt l-indirizz tal-web, iċċekkja li kkupjajt l-indirizz kollu.",
    },
    badRequest: {
      title: "Hemm problema b'din it-talba",
      message: "L-indirizz fih xi ħaġa li dan is-servizz ma jifhimx. Iċċekkjah u erġa' pprova.",
    },
    serverError: {
      title: 'Skużana, hemm problema bis-servizz',
      message: "Erġa' pprova aktar tard.",
    },
    unavailable: {
      title: 'Skużana, is-servizz mhuwiex disponibbli',
      message: "Tkun tista' tuża s-servizz aktar tard.",
    },
    home: 'Mur il-paġna ewlenija',
    browse: 'Ara l-mediċini kollha',
  },
};
