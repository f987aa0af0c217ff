/** Icelandic interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const is: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Lyf sem Lyfjastofnun Evrópu hefur metið, sem opin gögn',
  },

  common: {
    skipLink: 'Fara beint í meginmál',
    notStated: 'Ekki tilgreint',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'opnast í nýjum flipa',
    backToTop: 'Efst á síðu',
  },

  nav: {
    label: 'Aðalvalmynd',
    home: 'Forsíða',
    medicines: 'Lyf',
    search: 'Leit',
    whatsNew: 'Hvað er nýtt',
    breadcrumb: 'Brauðmolaslóð',
  },

  languageSwitcher: {
    label: 'Tungumál',
    summary: 'Tungumál: {language}',
    current: 'núverandi tungumál',
  },

  footer: {
    heading: 'Um þessa þjónustu',
    source: 'Efni frá Lyfjastofnun Evrópu (EMA), birt með tilvísun í heimild',
    emaWebsite: 'Vefsvæði Lyfjastofnunar Evrópu',
    openData: 'Opin gögn',
    api: 'JSON-forritaskil',
    openApi: 'OpenAPI-lýsing',
    openSource: 'OpenEPAR er opinn hugbúnaður.',
  },

  categories: {
    human: 'Lyf fyrir menn',
    veterinary: 'Dýralyf',
  },

  categoryMedicine: {
    human: 'Lyf fyrir menn',
    veterinary: 'Dýralyf',
  },

  statuses: {
    'under-evaluation': { label: 'Í mati', description: 'EMA metur umsóknina um þetta lyf' },
    authorised: { label: 'Með markaðsleyfi', description: 'Þetta lyf hefur markaðsleyfi til notkunar í Evrópusambandinu' },
    opinion: { label: 'Álit', description: 'EMA hefur gefið út álit um þetta lyf' },
    'opinion-under-re-examination': {
      label: 'Álit í endurskoðun',
      description: 'Álitið sem EMA gaf út um þetta lyf er í endurskoðun',
    },
    refused: { label: 'Synjað', description: 'Markaðsleyfi fyrir þetta lyf hefur verið synjað' },
    'application-withdrawn': { label: 'Umsókn dregin til baka', description: 'Umsókn um markaðsleyfi fyrir þetta lyf hefur verið dregin til baka' },
    'withdrawn-from-rolling-review': {
      label: 'Dregið til baka úr áfangamati',
      description: 'Þetta lyf hefur verið dregið til baka úr mati sem fór fram sem áfangamat',
    },
    withdrawn: { label: 'Markaðsleyfi fellt niður', description: 'Markaðsleyfi þessa lyfs hefur verið fellt niður' },
    suspended: { label: 'Tímabundið fellt úr gildi', description: 'Markaðsleyfi þessa lyfs í Evrópusambandinu hefur tímabundið verið fellt úr gildi' },
    lapsed: { label: 'Fallið úr gildi', description: 'Markaðsleyfi þessa lyfs er fallið úr gildi' },
    expired: { label: 'Útrunnið', description: 'Gildistími markaðsleyfis þessa lyfs er runninn út' },
    revoked: { label: 'Afturkallað', description: 'Markaðsleyfi þessa lyfs hefur verið afturkallað' },
  },

  lifecycle: {
    label: 'Stig matsins',
    steps: {
      human: {
        application: 'Umsókn í mati',
        opinion: 'Álit CHMP',
        decision: 'Ákvörðun framkvæmdastjórnar Evrópusambandsins',
      },
      veterinary: {
        application: 'Umsókn í mati',
        opinion: 'Álit CVMP',
        decision: 'Ákvörðun framkvæmdastjórnar Evrópusambandsins',
      },
    },
    states: {
      done: 'Lokið',
      current: 'Núverandi stig',
      stopped: 'Stöðvað',
      upcoming: 'Ekki hafið',
    },
  },

  flags: {
    moreInfo: 'Frekari upplýsingar: {link}.',
    additionalMonitoring: {
      name: 'Sérstakt eftirlit',
      description:
        'Þetta lyf er undir sérstöku eftirliti, sem þýðir að fylgst er með því enn nánar en öðrum lyfjum.',
      symbol:
        'Lyf sem eru undir sérstöku eftirliti eru merkt með svörtum þríhyrningi á hvolfi (▼) í fylgiseðli og samantekt á eiginleikum lyfs.',
      moreInfo: 'Lyf undir sérstöku eftirliti',
    },
    conditionalApproval: {
      name: 'Skilyrt markaðsleyfi',
      description:
        'Þetta lyf fékk skilyrt markaðsleyfi. Það var veitt með hagsmuni lýðheilsu í huga vegna þess að lyfið uppfyllir óuppfyllta læknisfræðilega þörf og ávinningurinn af því að lyfið verði strax fáanlegt vegur þyngra en áhættan sem fylgir því að gögn eru ekki eins ítarleg og venjulega er krafist.',
      moreInfo: 'Skilyrt markaðsleyfi',
    },
    exceptionalCircumstances: {
      name: 'Sérstakar aðstæður',
      description:
        'Þetta lyf fékk markaðsleyfi við sérstakar aðstæður, vegna þess að umsækjandi gat ekki lagt fram ítarleg gögn um verkun og öryggi lyfsins við venjulegar notkunaraðstæður. Þetta getur gerst vegna þess að sjúkdómurinn sem á að meðhöndla er sjaldgæfur eða vegna þess að ekki er mögulegt eða siðferðilega verjandi að safna fullnægjandi upplýsingum.',
      moreInfo: 'Leiðbeiningar fyrir veitingu markaðsleyfis',
    },
    acceleratedAssessment: {
      name: 'Flýtimat',
      description:
        'Þetta lyf fór í flýtimat. Það þýðir að lyfið skiptir miklu máli fyrir lýðheilsu og því var tímaramminn fyrir matið 150 matsdagar í stað 210.',
      moreInfo: 'Flýtimat',
    },
    orphan: {
      name: 'Lyf við sjaldgæfum sjúkdómi',
      description:
        'Þetta lyf var útnefnt sem lyf við sjaldgæfum sjúkdómi. Það þýðir að það var þróað til notkunar gegn sjaldgæfum, lífshættulegum eða langvinnum og alvarlega hamlandi sjúkdómi eða að ólíklegt er, af fjárhagslegum ástæðum, að það hefði verið þróað án hvata.',
      moreInfo: 'Útnefning sem lyf við sjaldgæfum sjúkdómi',
    },
    generic: {
      name: 'Samheitalyf',
      description:
        'Þetta er samheitalyf, sem er þróað til að vera eins og lyf sem þegar hefur fengið markaðsleyfi, svokallað viðmiðunarlyf. Samheitalyf inniheldur sama virka efnið (sömu virku efnin) og viðmiðunarlyfið og er notað í sama skammti (sömu skömmtum) til að meðhöndla sama sjúkdóm (sömu sjúkdóma).',
      moreInfo: 'Samheitalyf og blendingslyf',
    },
    biosimilar: {
      name: 'Líftæknilyfshliðstæða',
      description:
        'Þetta er líftæknilyfshliðstæða, þ.e. líffræðilegt lyf sem er mjög líkt öðru líffræðilegu lyfi sem þegar hefur verið samþykkt, svokölluðu „viðmiðunarlyfi“.',
      moreInfo: 'Líftæknilyfshliðstæður',
    },
    advancedTherapy: {
      name: 'Háþróuð meðferð',
      description:
        'Þetta lyf er flokkað sem lyf til háþróaðrar meðferðar (ATMP): lyf fyrir menn sem byggist á genum, vefjum eða frumum. Slík lyf bjóða upp á byltingarkennda nýja möguleika til meðferðar á sjúkdómum og áverkum.',
      moreInfo: 'Lyf til háþróaðrar meðferðar: yfirlit',
    },
    prime: {
      name: 'PRIME: forgangslyf',
      description:
        'Þetta lyf var tekið inn í forgangslyfjaáætlun EMA (PRIME) á þróunarstigi. PRIME er áætlun sem EMA kom á fót til að efla stuðning við þróun lyfja sem mæta óuppfylltri læknisfræðilegri þörf. Þessi valfrjálsa áætlun byggist á auknum samskiptum og snemmbúnu samráði við þróunaraðila lyfja sem lofa góðu, til að bæta þróunaráætlanir og flýta matinu svo að lyfin nái fyrr til sjúklinga.',
      moreInfo: 'PRIME: forgangslyf',
    },
  },

  dates: {
    opinionAdopted: 'Álit samþykkt',
    marketingAuthorisationIssued: 'Markaðsleyfi veitt',
    refusal: 'Synjun markaðsleyfis',
    applicationWithdrawn: 'Umsókn dregin til baka',
    withdrawal: 'Niðurfelling markaðsleyfis',
    suspension: 'Tímabundin niðurfelling markaðsleyfis',
    lapse: 'Markaðsleyfi fellur úr gildi',
    expiry: 'Gildistími markaðsleyfis rennur út',
    revocation: 'Afturköllun markaðsleyfis',
    pageLastUpdated: 'EMA uppfærði síðu sína síðast',
  },

  documentTypes: {
    overview: 'Yfirlit yfir lyfið',
    'product-information': 'Lyfjaupplýsingar',
    'product-information-tracked-changes': 'Lyfjaupplýsingar með sýnilegum breytingum',
    'amended-product-information': 'Breyttar lyfjaupplýsingar',
    'all-authorised-presentations': 'Allar pakkningar með markaðsleyfi',
    leaflet: 'Fylgiseðill',
    rmp: 'Áætlun um áhættustjórnun',
    'rmp-summary': 'Samantekt áætlunar um áhættustjórnun',
    'assessment-report': 'Opinber matsskýrsla',
    'variation-report': 'Matsskýrsla vegna breytingar á markaðsleyfi',
    'scientific-conclusion': 'Vísindalegar niðurstöður',
    'scientific-discussion': 'Vísindaleg umræða',
    'scientific-discussion-variation': 'Vísindaleg umræða um breytingu á markaðsleyfi',
    'procedural-steps': 'Málsmeðferð fyrir veitingu markaðsleyfis',
    'procedural-steps-after': 'Málsmeðferð og vísindalegar upplýsingar eftir veitingu markaðsleyfis',
    'steps-after-cutoff': 'Málsmeðferð eftir veitingu markaðsleyfis (safn)',
    'smop-initial': 'Samantekt álits',
    smop: 'Samantekt álits um breytingu á markaðsleyfi',
    'medicine-qa': 'Spurningar og svör',
    'withdrawal-letter': 'Bréf um afturköllun',
    'withdrawal-report': 'Matsskýrsla við afturköllun',
    'orphan-maintenance-report': 'Matsskýrsla um viðhald útnefningar sem lyf við sjaldgæfum sjúkdómi',
    'orphan-maintenance-report-post': 'Matsskýrsla um viðhald útnefningar sem lyf við sjaldgæfum sjúkdómi eftir veitingu markaðsleyfis',
    'pip-compliance': 'Athugun á samræmi við áætlun um rannsóknir á börnum',
    'conditions-member-states': 'Skilyrði eða takmarkanir fyrir aðildarríki ESB',
    'covid-19-vaccine-safety-update': 'Uppfærðar öryggisupplýsingar um bóluefni gegn COVID-19',
    'medication-error': 'Upplýsingar um mistök við lyfjagjöf',
    'prac-recommendation': 'Tilmæli PRAC',
    'opinion-any-scientific-matter': 'Álit um vísindalegt málefni',
    'public-statement': 'Opinber yfirlýsing',
    'press-release': 'Fréttatilkynning',
    referral: 'Skjal um málskot',
    other: 'Skjal',
  },

  documents: {
    referenceNumber: 'Tilvísunarnúmer',
    firstPublished: 'Fyrst birt',
    lastUpdated: 'Síðast uppfært',
    languages: { one: 'Fáanlegt á {count} tungumáli', other: 'Fáanlegt á {count} tungumálum' },
    viewIn: 'Skoða {title} – tungumál: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'ekki aðgengilegt á netinu',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Áætlanir um rannsóknir á börnum' },
    'post-authorisation-study': { heading: 'Rannsóknir eftir veitingu markaðsleyfis' },
    'orphan-designation': { heading: 'Útnefningar sem lyf við sjaldgæfum sjúkdómi' },
    referral: { heading: 'Málskot' },
    other: { heading: 'Aðrar upplýsingar' },
  },

  medicine: {
    previousNames: 'Áður þekkt sem {names}',
    activeSubstance: 'Virkt efni',
    statusHeading: 'Staða',
    flagsLabel: 'Sérkenni samkvæmt regluverki',
    contents: 'Efni síðunnar',
    sections: {
      overview: 'Yfirlit',
      productInformation: 'Lyfjaupplýsingar',
      productDetails: 'Upplýsingar um lyfið',
      authorisationDetails: 'Upplýsingar um markaðsleyfi',
      applicationDetails: 'Upplýsingar um umsókn',
      assessmentHistory: 'Matsferill',
      otherDocuments: 'Önnur skjöl',
      news: 'Fréttir um {name}',
      related: 'Frekari upplýsingar um {name}',
      patientSafety: 'Upplýsingar um öryggi sjúklinga',
      withdrawalInformation: 'Tengdar upplýsingar um afturkallanir',
      topics: 'Efnisflokkar',
    },
    overview: {
      fallback: 'Þetta yfirlit er ekki fáanlegt á þessu tungumáli: {language}. Það er birt á eftirfarandi tungumáli: {fallback}.',
      fallbackDocument: 'EMA birtir það á {language} sem skjal: {link}.',
    },
    productInformation: {
      allLanguages: 'Lyfjaupplýsingar þessa lyfs eru fáanlegar á öllum opinberum tungumálum ESB.',
      contentsIntro: 'Lyfjaupplýsingar innihalda:',
      contents: [
        'samantekt á eiginleikum lyfs (viðauki I);',
        'handhafa framleiðsluleyfis sem ber ábyrgð á lokasamþykkt (viðauki IIA);',
        'skilyrði markaðsleyfis (viðauki IIB);',
        'áletranir (viðauki IIIA);',
        'fylgiseðil (viðauki IIIB).',
      ],
      latestProcedure: 'Nýjasta málsmeðferð sem hefur áhrif á lyfjaupplýsingar',
    },
    productDetails: {
      name: 'Heiti lyfs',
      activeSubstance: 'Virkt efni',
      inn: 'Alþjóðlegt samheiti (INN) eða almennt heiti',
      therapeuticArea: 'Meðferðarsvið (MeSH)',
      atcCode: 'ATC-flokkur (líffæra-, verkunar- og efnaflokkun)',
      pharmacotherapeuticGroup: 'Flokkun eftir verkun',
      therapeuticIndication: 'Ábending',
      species: 'Dýrategundir',
      atcNotYetAssigned: 'Ekki enn úthlutað',
      atcMalformed: 'ekki gildur ATC-kóði: sýndur eins og EMA birtir hann',
    },
    authorisation: {
      productNumber: 'Vörunúmer EMA',
      holder: 'Markaðsleyfishafi',
      applicant: 'Umsækjandi um markaðsleyfi',
      revision: 'Endurskoðunarnúmer EMA',
      developer: 'Þróunaraðili',
      opinionStatus: 'Niðurstaða álits',
      opinionStatuses: { positive: 'Jákvætt', negative: 'Neikvætt' },
    },
    news: {
      published: 'Birt {date}',
      patientSafetyMarker: 'EMA hefur birt upplýsingar um öryggi sjúklinga varðandi þetta lyf.',
    },
    source: {
      heading: 'Heimild og gögn',
      ema: 'Skoða þetta lyf á vef EMA',
      json: 'Sækja þessa færslu sem JSON',
    },
  },

  catalogue: {
    title: 'Lyf',
    description: 'Öll lyf sem hafa evrópska opinbera matsskýrslu (EPAR), ásamt stöðu þeirra og meðferðarsviði.',
    tableCaption: 'Lyf',
    showing: {
      one: 'Sýni {from}–{to} af {count} lyfi',
      other: 'Sýni {from}–{to} af {count} lyfjum',
    },
    empty: 'Engin lyf samsvara þessum síum.',
    pageOutOfRange: 'Engin lyf eru á þessari síðu.',
    filters: {
      heading: 'Sía lyf',
      status: 'Staða',
      anyStatus: 'Allar stöður',
      category: 'Tegund lyfs',
      anyCategory: 'Lyf fyrir menn og dýralyf',
      sort: 'Raða eftir',
      submit: 'Nota',
      clear: 'Hreinsa síur',
    },
    columns: {
      name: 'Lyf',
      inn: 'Virkt efni (INN)',
      status: 'Staða',
      therapeuticAreas: 'Meðferðarsvið',
      authorised: 'Markaðsleyfi veitt',
      updated: 'Síðast uppfært',
    },
    sortedAscending: 'raðað í hækkandi röð',
    sortedDescending: 'raðað í lækkandi röð',
    sortBy: 'raða eftir {column}',
  },

  sort: {
    name: 'Heiti (A til Ö)',
    '-name': 'Heiti (Ö til A)',
    authorised: 'Dagsetning markaðsleyfis (elst fyrst)',
    '-authorised': 'Dagsetning markaðsleyfis (nýjast fyrst)',
    updated: 'Síðast uppfært (elst fyrst)',
    '-updated': 'Síðast uppfært (nýjast fyrst)',
  },

  pagination: {
    label: 'Síður',
    previous: 'Fyrri síða',
    next: 'Næsta síða',
    page: 'Síða {page}',
  },

  home: {
    title: 'Finndu upplýsingar um lyf sem hafa verið metin í Evrópusambandinu',
    lede: 'OpenEPAR birtir allar evrópskar opinberar matsskýrslur (EPAR) frá Lyfjastofnun Evrópu (EMA): við hverju hvert lyf er notað, hvort það hefur markaðsleyfi, lyfjaupplýsingar þess á öllum tungumálum ESB og skjölin sem liggja til grundvallar ákvörðuninni.',
    audiences: {
      heading: 'Fyrir hverja OpenEPAR er',
      patients: {
        title: 'Sjúklingar og umönnunaraðilar',
        text: 'Lestu auðskiljanlegt yfirlit yfir lyf, við hverju það er notað og hverjar áhættur þess eru, á þínu tungumáli.',
      },
      prescribers: {
        title: 'Læknar og lyfjafræðingar',
        text: 'Opnaðu gildandi lyfjaupplýsingar og kannaðu stöðuna og nýjustu málsmeðferð sem hefur áhrif á þær.',
      },
      researchers: {
        title: 'Rannsakendur og forritarar',
        text: 'Notaðu sömu gögn sem opin gögn í gegnum JSON-forritaskil sem lýst er með OpenAPI.',
      },
    },
    search: {
      label: 'Leita að lyfi',
      hint: 'Sláðu inn heiti lyfs eða virkt efni, til dæmis sotorasib',
      button: 'Leita',
    },
    sample:
      'Þessi gátt geymir aðeins sýnishorn af evrópskum opinberum matsskýrslum (EPAR) Lyfjastofnunar Evrópu, með sögu þeirra úr gagnatöflum EMA. Fjöldi lyfja: {count}. Til að birta þær allar skaltu flytja inn allt safnið með {command}.',
    browseAll: { one: 'Skoða {count} lyf', other: 'Skoða öll {count} lyfin' },
    byStatus: {
      heading: 'Lyf eftir stöðu',
      caption: 'Fjöldi lyfja eftir stöðu',
      status: 'Staða',
      count: 'Fjöldi lyfja',
      link: { one: '{count} lyf: {status}', other: '{count} lyf: {status}' },
    },
    recent: {
      heading: 'Nýlega uppfært',
      none: 'Engin lyf hafa verið uppfærð nýlega.',
      updated: 'Uppfært {date}',
    },
    openData: {
      heading: 'Opin gögn',
      text: 'Allar síður á OpenEPAR eru einnig aðgengilegar sem gögn sem frjálst er að endurnota, að því tilskildu að heimildar sé getið.',
    },
  },

  errors: {
    status: 'Villa {status}',
    notFound: {
      title: 'Síða fannst ekki',
      message:
        'Ef þú slóst inn veffangið skaltu athuga hvort það sé rétt. Ef þú límdir veffangið inn skaltu athuga hvort þú afritaðir allt veffangið.',
    },
    badRequest: {
      title: 'Vandamál er með þessa beiðni',
      message: 'Veffangið inniheldur eitthvað sem þessi þjónusta skilur ekki. Athugaðu það og reyndu aftur.',
    },
    serverError: {
      title: 'Því miður er vandamál með þjónustuna',
      message: 'Reyndu aftur síðar.',
    },
    unavailable: {
      title: 'Því miður er þjónustan ekki tiltæk',
      message: 'Þú getur notað þjónustuna síðar.',
    },
    home: 'Fara á forsíðu',
    browse: 'Skoða öll lyf',
  },
};
