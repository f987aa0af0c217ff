/** Latvian interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const lv: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Eiropas Zāļu aģentūras izvērtētās zāles atvērto datu veidā',
  },

  common: {
    skipLink: 'Pāriet uz pamatsaturu',
    notStated: 'Nav norādīts',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'atveras jaunā cilnē',
    backToTop: 'Atpakaļ uz lapas sākumu',
  },

  nav: {
    label: 'Galvenā navigācija',
    home: 'Sākumlapa',
    medicines: 'Zāles',
    search: 'Meklēšana',
    whatsNew: 'Kas jauns',
    breadcrumb: 'Navigācijas ceļš',
  },

  languageSwitcher: {
    label: 'Valoda',
    summary: 'Valoda: {language}',
    current: 'pašreizējā valoda',
  },

  footer: {
    heading: 'Par šo pakalpojumu',
    source: 'Eiropas Zāļu aģentūras (EMA) saturs, reproducēts, norādot avotu',
    emaWebsite: 'Eiropas Zāļu aģentūras tīmekļvietne',
    openData: 'Atvērtie dati',
    api: 'JSON API',
    openApi: 'OpenAPI apraksts',
    openSource: 'OpenEPAR ir atvērtā pirmkoda programmatūra.',
  },

  categories: {
    human: 'Cilvēkiem paredzētās',
    veterinary: 'Veterinārās',
  },

  categoryMedicine: {
    human: 'Cilvēkiem paredzētas zāles',
    veterinary: 'Veterinārās zāles',
  },

  statuses: {
    'under-evaluation': { label: 'Tiek vērtēts', description: 'EMA vērtē šo zāļu pieteikumu' },
    authorised: { label: 'Reģistrētas', description: 'Šīs zāles ir reģistrētas lietošanai Eiropas Savienībā' },
    opinion: { label: 'Atzinums', description: 'EMA ir sniegusi atzinumu par šīm zālēm' },
    'opinion-under-re-examination': {
      label: 'Atzinums tiek atkārtoti pārskatīts',
      description: 'EMA sniegtais atzinums par šīm zālēm tiek atkārtoti pārskatīts',
    },
    refused: { label: 'Reģistrācija atteikta', description: 'Šo zāļu reģistrācija ir atteikta' },
    'application-withdrawn': { label: 'Pieteikums atsaukts', description: 'Šo zāļu reģistrācijas pieteikums ir atsaukts' },
    'withdrawn-from-rolling-review': {
      label: 'Atsauktas no pakāpeniskās pārskatīšanas',
      description: 'Šīs zāles ir atsauktas no izvērtēšanas pakāpeniskās pārskatīšanas ietvaros',
    },
    withdrawn: { label: 'Atsauktas', description: 'Šo zāļu reģistrācijas apliecība ir atsaukta' },
    suspended: { label: 'Apturētas', description: 'Šo zāļu lietošana Eiropas Savienībā pašlaik ir apturēta' },
    lapsed: { label: 'Reģistrācija zaudējusi spēku', description: 'Šo zāļu reģistrācijas apliecība ir zaudējusi spēku' },
    expired: { label: 'Reģistrācijas derīgums beidzies', description: 'Šo zāļu reģistrācijas apliecības derīguma termiņš ir beidzies' },
    revoked: { label: 'Reģistrācija anulēta', description: 'Šo zāļu reģistrācijas apliecība ir anulēta' },
  },

  lifecycle: {
    label: 'Izvērtēšanas posmi',
    steps: {
      human: {
        application: 'Pieteikums tiek izvērtēts',
        opinion: 'CHMP atzinums',
        decision: 'Eiropas Komisijas lēmums',
      },
      veterinary: {
        application: 'Pieteikums tiek izvērtēts',
        opinion: 'CVMP atzinums',
        decision: 'Eiropas Komisijas lēmums',
      },
    },
    states: {
      done: 'Pabeigts',
      current: 'Pašreizējais posms',
      stopped: 'Pārtraukts',
      upcoming: 'Nav sasniegts',
    },
  },

  flags: {
    moreInfo: 'Plašāka informācija: {link}.',
    additionalMonitoring: {
      name: 'Papildu uzraudzība',
      description:
        'Šīm zālēm tiek piemērota papildu uzraudzība, proti, tās tiek uzraudzītas vēl intensīvāk nekā citas zāles.',
      symbol:
        'Zālēm, kurām tiek piemērota papildu uzraudzība, lietošanas instrukcijā un zāļu aprakstā ir attēlots melns apgriezts trīsstūris (▼).',
      moreInfo: 'Zāles, kurām tiek piemērota papildu uzraudzība',
    },
    conditionalApproval: {
      name: 'Reģistrācija ar nosacījumiem',
      description:
        'Šīs zāles ir reģistrētas ar nosacījumiem. Reģistrācija piešķirta sabiedrības veselības interesēs, jo zāles atbilst neapmierinātai medicīniskai vajadzībai un ieguvums no to tūlītējas pieejamības atsver risku, kas saistīts ar mazāk visaptverošiem datiem, nekā parasti prasīts.',
      moreInfo: 'Reģistrācija ar nosacījumiem',
    },
    exceptionalCircumstances: {
      name: 'Izņēmuma apstākļi',
      description:
        'Šīs zāles ir reģistrētas izņēmuma apstākļos, jo pieteikuma iesniedzējs nevarēja sniegt visaptverošus datus par zāļu efektivitāti un drošumu parastos lietošanas apstākļos. Tā var notikt tāpēc, ka ārstējamā slimība ir reta, vai tāpēc, ka pilnīgas informācijas iegūšana nav iespējama vai nav ētiska.',
      moreInfo: 'Norādījumi pirmsreģistrācijas posmam',
    },
    acceleratedAssessment: {
      name: 'Paātrināta izvērtēšana',
      description:
        'Šīs zāles tika izvērtētas paātrināti. Tas nozīmē, ka tās ir zāles ar lielu nozīmi sabiedrības veselībai, tāpēc to izvērtēšana ilga 150, nevis 210 izvērtēšanas dienas.',
      moreInfo: 'Paātrināta izvērtēšana',
    },
    orphan: {
      name: 'Zāles retu slimību ārstēšanai',
      description:
        'Šīm zālēm ir piešķirts retu slimību ārstēšanai paredzētu zāļu statuss. Tas nozīmē, ka tās ir izstrādātas lietošanai pret retu, dzīvībai bīstamu vai hroniski novājinošu slimību vai ka ekonomisku iemeslu dēļ bez stimuliem tās, visticamāk, netiktu izstrādātas.',
      moreInfo: 'Retu slimību ārstēšanai paredzētu zāļu statusa piešķiršana',
    },
    generic: {
      name: 'Ģenēriskās zāles',
      description:
        'Šīs ir ģenēriskās zāles, kas izstrādātas tā, lai būtu tādas pašas kā jau reģistrētas zāles, ko sauc par atsauces zālēm. Ģenēriskās zāles satur to pašu aktīvo vielu (vielas), ko atsauces zāles, un tās lieto tajā pašā devā (devās), lai ārstētu to pašu slimību (slimības).',
      moreInfo: 'Ģenēriskās un hibrīdās zāles',
    },
    biosimilar: {
      name: 'Bioloģiski līdzīgas zāles',
      description:
        'Šīs ir bioloģiski līdzīgas zāles, proti, bioloģiskas zāles, kas ir ļoti līdzīgas citām, jau apstiprinātām bioloģiskām zālēm, ko sauc par atsauces zālēm.',
      moreInfo: 'Bioloģiski līdzīgas zāles',
    },
    advancedTherapy: {
      name: 'Uzlabotas terapijas zāles',
      description:
        'Šīs zāles ir klasificētas kā uzlabotas terapijas zāles (ATMP): cilvēkiem paredzētas zāles, kuru pamatā ir gēni, audi vai šūnas. Tās sniedz novatoriskas jaunas iespējas slimību un traumu ārstēšanā.',
      moreInfo: 'Uzlabotas terapijas zāles: pārskats',
    },
    prime: {
      name: 'PRIME: prioritāras zāles',
      description:
        'Izstrādes laikā šīs zāles tika iekļautas EMA prioritāro zāļu (PRIME) shēmā. PRIME ir EMA izveidota shēma, kuras mērķis ir pastiprināt atbalstu tādu zāļu izstrādei, kas vērstas uz neapmierinātu medicīnisku vajadzību. Šīs brīvprātīgās shēmas pamatā ir ciešāka mijiedarbība un agrīns dialogs ar daudzsološu zāļu izstrādātājiem, lai optimizētu izstrādes plānus un paātrinātu izvērtēšanu, tādējādi ļaujot šīm zālēm ātrāk sasniegt pacientus.',
      moreInfo: 'PRIME: prioritāras zāles',
    },
  },

  dates: {
    opinionAdopted: 'Atzinums pieņemts',
    marketingAuthorisationIssued: 'Reģistrācijas apliecība izsniegta',
    refusal: 'Reģistrācijas atteikums',
    applicationWithdrawn: 'Pieteikuma atsaukšana',
    withdrawal: 'Reģistrācijas apliecības atsaukšana',
    suspension: 'Reģistrācijas apliecības darbības apturēšana',
    lapse: 'Reģistrācijas apliecības spēka zaudēšana',
    expiry: 'Reģistrācijas apliecības derīguma termiņa beigas',
    revocation: 'Reģistrācijas apliecības anulēšana',
    pageLastUpdated: 'EMA pēdējo reizi atjaunināja savu lapu',
  },

  documentTypes: {
    overview: 'Zāļu pārskats',
    'product-information': 'Informācija par zālēm',
    'product-information-tracked-changes': 'Informācija par zālēm ar izsekotām izmaiņām',
    'amended-product-information': 'Grozīta informācija par zālēm',
    'all-authorised-presentations': 'Visi reģistrētie iepakojumi',
    leaflet: 'Lietošanas instrukcija',
    rmp: 'Riska pārvaldības plāns',
    'rmp-summary': 'Riska pārvaldības plāna kopsavilkums',
    'assessment-report': 'Publisks novērtējuma ziņojums',
    'variation-report': 'Novērtējuma ziņojums par reģistrācijas apliecības izmaiņām',
    'scientific-conclusion': 'Zinātniskie secinājumi',
    'scientific-discussion': 'Zinātniskā diskusija',
    'scientific-discussion-variation': 'Zinātniskā diskusija par reģistrācijas apliecības izmaiņām',
    'procedural-steps': 'Procedūras posmi pirms reģistrācijas',
    'procedural-steps-after': 'Procedūras posmi un zinātniskā informācija pēc reģistrācijas',
    'steps-after-cutoff': 'Procedūras posmi pēc reģistrācijas (arhīvs)',
    'smop-initial': 'Atzinuma kopsavilkums',
    smop: 'Atzinuma kopsavilkums par reģistrācijas apliecības izmaiņām',
    'medicine-qa': 'Jautājumi un atbildes',
    'withdrawal-letter': 'Atsaukuma vēstule',
    'withdrawal-report': 'Novērtējuma ziņojums par atsaukumu',
    'orphan-maintenance-report': 'Novērtējuma ziņojums par retu slimību ārstēšanai paredzētu zāļu statusa saglabāšanu',
    'orphan-maintenance-report-post':
      'Novērtējuma ziņojums par retu slimību ārstēšanai paredzētu zāļu statusa saglabāšanu pēc reģistrācijas',
    'pip-compliance': 'Atbilstības pediatrisko pētījumu plānam pārbaude',
    'conditions-member-states': 'Nosacījumi vai ierobežojumi ES dalībvalstīm',
    'covid-19-vaccine-safety-update': 'Jaunākā informācija par Covid-19 vakcīnas drošumu',
    'medication-error': 'Informācija par medikācijas kļūdām',
    'prac-recommendation': 'PRAC ieteikums',
    'opinion-any-scientific-matter': 'Atzinums par zinātnisku jautājumu',
    'public-statement': 'Publisks paziņojums',
    'press-release': 'Paziņojums presei',
    referral: 'Ar pārskatīšanas procedūru saistīts dokuments',
    other: 'Dokuments',
  },

  documents: {
    referenceNumber: 'Atsauces numurs',
    firstPublished: 'Pirmoreiz publicēts',
    lastUpdated: 'Pēdējoreiz atjaunināts',
    languages: {
      zero: 'Pieejams {count} valodās',
      one: 'Pieejams {count} valodā',
      other: 'Pieejams {count} valodās',
    },
    viewIn: 'Skatīt {title} – valoda: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'nav pieejams tiešsaistē',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Pediatrisko pētījumu plāni' },
    'post-authorisation-study': { heading: 'Pēcreģistrācijas pētījumi' },
    'orphan-designation': { heading: 'Retu slimību ārstēšanai paredzētu zāļu statusa piešķiršana' },
    referral: { heading: 'Pārskatīšanas procedūras' },
    other: { heading: 'Cita informācija' },
  },

  medicine: {
    previousNames: 'Iepriekšējais nosaukums: {names}',
    activeSubstance: 'Aktīvā viela',
    statusHeading: 'Statuss',
    flagsLabel: 'Regulatīvās iezīmes',
    contents: 'Lapas saturs',
    sections: {
      overview: 'Pārskats',
      productInformation: 'Informācija par zālēm',
      productDetails: 'Zāļu dati',
      authorisationDetails: 'Reģistrācijas dati',
      applicationDetails: 'Pieteikuma dati',
      assessmentHistory: 'Izvērtēšanas vēsture',
      otherDocuments: 'Citi dokumenti',
      news: 'Jaunumi par {name}',
      related: 'Plašāka informācija par {name}',
      patientSafety: 'Informācija par pacientu drošumu',
      withdrawalInformation: 'Saistītā informācija par atsaukšanu',
      topics: 'Tēmas',
    },
    overview: {
      fallback: 'Šis pārskats nav pieejams {language} valodā. Tas ir parādīts {fallback} valodā.',
      fallbackDocument: 'EMA to publicē valodā {language} kā dokumentu: {link}.',
    },
    productInformation: {
      allLanguages: 'Informācija par šīm zālēm ir pieejama visās ES oficiālajās valodās.',
      contentsIntro: 'Informācijas par zālēm dokumentos ir iekļauts:',
      contents: [
        'zāļu apraksts (I pielikums);',
        'ražošanas atļaujas turētājs, kas atbild par sērijas izlaidi (IIA pielikums);',
        'reģistrācijas nosacījumi (IIB pielikums);',
        'marķējuma teksts (IIIA pielikums);',
        'lietošanas instrukcija (IIIB pielikums).',
      ],
      latestProcedure: 'Jaunākā procedūra, kas ietekmējusi informāciju par zālēm',
    },
    productDetails: {
      name: 'Zāļu nosaukums',
      activeSubstance: 'Aktīvā viela',
      inn: 'Starptautiskais nepatentētais nosaukums (INN) vai vispārpieņemtais nosaukums',
      therapeuticArea: 'Terapeitiskā joma (MeSH)',
      atcCode: 'Anatomiski terapeitiski ķīmiskās (ATĶ) klasifikācijas kods',
      pharmacotherapeuticGroup: 'Farmakoterapeitiskā grupa',
      therapeuticIndication: 'Terapeitiskā indikācija',
      species: 'Dzīvnieku sugas',
      atcNotYetAssigned: 'Vēl nav piešķirts',
      atcMalformed: 'nav derīgs ATĶ kods: parādīts tā, kā to publicē EMA',
    },
    authorisation: {
      productNumber: 'EMA zāļu numurs',
      holder: 'Reģistrācijas apliecības īpašnieks',
      applicant: 'Reģistrācijas pieteikuma iesniedzējs',
      revision: 'EMA pārskatījuma numurs',
      developer: 'Izstrādātājs',
      opinionStatus: 'Atzinuma statuss',
      opinionStatuses: { positive: 'Pozitīvs', negative: 'Negatīvs' },
    },
    news: {
      published: 'Publicēts: {date}',
      patientSafetyMarker: 'EMA ir publicējusi informāciju par pacientu drošumu saistībā ar šīm zālēm.',
    },
    source: {
      heading: 'Avots un dati',
      ema: 'Skatīt šīs zāles EMA tīmekļvietnē',
      json: 'Iegūt šo ierakstu JSON formātā',
    },
  },

  catalogue: {
    title: 'Zāles',
    description:
      'Visas zāles, par kurām ir Eiropas publiskais novērtējuma ziņojums (EPAR), ar to statusu un terapeitisko jomu.',
    tableCaption: 'Zāles',
    showing: {
      zero: 'Parādītas {from}–{to} no {count} zālēm',
      one: 'Parādītas {from}–{to} no {count} zālēm',
      other: 'Parādītas {from}–{to} no {count} zālēm',
    },
    empty: 'Šiem filtriem neatbilst neviens ieraksts.',
    pageOutOfRange: 'Šajā lapā nav zāļu.',
    filters: {
      heading: 'Filtrēt zāles',
      status: 'Statuss',
      anyStatus: 'Visi statusi',
      category: 'Zāļu veids',
      anyCategory: 'Cilvēkiem paredzētās un veterinārās',
      sort: 'Kārtot pēc',
      submit: 'Lietot',
      clear: 'Notīrīt filtrus',
    },
    columns: {
      name: 'Zāles',
      inn: 'Aktīvā viela (INN)',
      status: 'Statuss',
      therapeuticAreas: 'Terapeitiskā joma',
      authorised: 'Reģistrētas',
      updated: 'Pēdējoreiz atjaunināts',
    },
    sortedAscending: 'sakārtots augošā secībā',
    sortedDescending: 'sakārtots dilstošā secībā',
    sortBy: 'kārtot pēc kolonnas “{column}”',
  },

  sort: {
    name: 'Nosaukums (A–Z)',
    '-name': 'Nosaukums (Z–A)',
    authorised: 'Reģistrācijas datums (vispirms vecākās)',
    '-authorised': 'Reģistrācijas datums (vispirms jaunākās)',
    updated: 'Pēdējā atjaunināšana (vispirms vecākās)',
    '-updated': 'Pēdējā atjaunināšana (vispirms jaunākās)',
  },

  pagination: {
    label: 'Lapas',
    previous: 'Iepriekšējā lapa',
    next: 'Nākamā lapa',
    page: '{page}. lapa',
  },

  home: {
    title: 'Informācija par Eiropas Savienībā izvērtētām zālēm',
    lede: 'OpenEPAR publicē visus Eiropas Zāļu aģentūras (EMA) Eiropas publiskos novērtējuma ziņojumus (EPAR): kam paredzētas attiecīgās zāles, vai tās ir reģistrētas, informāciju par zālēm visās ES valodās un dokumentus, uz kuriem balstīts lēmums.',
    audiences: {
      heading: 'Kam paredzēts OpenEPAR',
      patients: {
        title: 'Pacienti un aprūpētāji',
        text: 'Izlasiet savā valodā vienkārši un saprotami sagatavotu zāļu pārskatu: kam zāles lieto un kādi ir to riski.',
      },
      prescribers: {
        title: 'Ārsti, kas izraksta zāles, un farmaceiti',
        text: 'Atveriet spēkā esošo informāciju par zālēm, pārbaudiet statusu un jaunāko procedūru, kas to ietekmējusi.',
      },
      researchers: {
        title: 'Pētnieki un izstrādātāji',
        text: 'Izmantojiet tos pašus datus kā atvērtos datus, izmantojot ar OpenAPI aprakstītu JSON API.',
      },
    },
    search: {
      label: 'Meklēt zāles',
      hint: 'Ievadiet zāļu vai aktīvās vielas nosaukumu, piemēram, sotorasib',
      button: 'Meklēt',
    },
    sample:
      'Šajā portālā ir tikai Eiropas Zāļu aģentūras Eiropas publisko novērtējuma ziņojumu (EPAR) paraugs ar to vēsturi no EMA datu tabulām. Zāļu skaits: {count}. Lai publicētu visus, importējiet visu korpusu ar {command}.',
    browseAll: {
      zero: 'Pārlūkot visas {count} zāles',
      one: 'Pārlūkot {count} zāles',
      other: 'Pārlūkot visas {count} zāles',
    },
    byStatus: {
      heading: 'Zāles pēc statusa',
      caption: 'Zāļu skaits pēc statusa',
      status: 'Statuss',
      count: 'Zāļu skaits',
      link: {
        zero: '{count} zāles: {status}',
        one: '{count} zāles: {status}',
        other: '{count} zāles: {status}',
      },
    },
    recent: {
      heading: 'Nesen atjauninātas',
      none: 'Pēdējā laikā informācija par zālēm nav atjaunināta.',
      updated: 'Atjaunināts: {date}',
    },
    openData: {
      heading: 'Atvērtie dati',
      text: 'Katra OpenEPAR lapa ir pieejama arī datu veidā, un šos datus var brīvi izmantot atkārtoti, norādot avotu.',
    },
  },

  errors: {
    status: 'Kļūda {status}',
    notFound: {
      title: 'Lapa nav atrasta',
      message:
        'Ja tīmekļa adresi ierakstījāt, pārbaudiet, vai tā ir pareiza. Ja tīmekļa adresi ielīmējāt, pārbaudiet, vai nokopējāt visu adresi.',
    },
    badRequest: {
      title: 'Ar šo pieprasījumu radās problēma',
      message: 'Adresē ir kaut kas, ko šis pakalpojums nesaprot. Pārbaudiet to un mēģiniet vēlreiz.',
    },
    serverError: {
      title: 'Atvainojiet, pakalpojumā radās problēma',
      message: 'Mēģiniet vēlreiz vēlāk.',
    },
    unavailable: {
      title: 'Atvainojiet, pakalpojums nav pieejams',
      message: 'Pakalpojumu varēsiet izmantot vēlāk.',
    },
    home: 'Doties uz sākumlapu',
    browse: 'Pārlūkot visas zāles',
  },
};
