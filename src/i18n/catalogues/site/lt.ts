/** Lithuanian interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const lt: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Europos vaistų agentūros įvertinti vaistai kaip atvirieji duomenys',
  },

  common: {
    skipLink: 'Pereiti prie pagrindinio turinio',
    notStated: 'Nenurodyta',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'atsidaro naujoje kortelėje',
    backToTop: 'Grįžti į puslapio viršų',
  },

  nav: {
    label: 'Pagrindinė navigacija',
    home: 'Pradžia',
    medicines: 'Vaistai',
    search: 'Paieška',
    whatsNew: 'Kas naujo',
    breadcrumb: 'Naršymo kelias',
  },

  languageSwitcher: {
    label: 'Kalba',
    summary: 'Kalba: {language}',
    current: 'dabartinė kalba',
  },

  footer: {
    heading: 'Apie šią paslaugą',
    source: 'Europos vaistų agentūros (EMA) turinys, atkuriamas nurodant šaltinį',
    emaWebsite: 'Europos vaistų agentūros svetainė',
    openData: 'Atvirieji duomenys',
    api: 'JSON API',
    openApi: 'OpenAPI aprašas',
    openSource: 'OpenEPAR yra atvirojo kodo programinė įranga.',
  },

  categories: {
    human: 'Žmonėms skirti',
    veterinary: 'Veterinariniai',
  },

  categoryMedicine: {
    human: 'Žmonėms skirtas vaistas',
    veterinary: 'Veterinarinis vaistas',
  },

  statuses: {
    'under-evaluation': { label: 'Vertinamas', description: 'EMA vertina šio vaisto paraišką' },
    authorised: { label: 'Registruotas', description: 'Šis vaistas registruotas vartoti Europos Sąjungoje' },
    opinion: { label: 'Nuomonė', description: 'EMA pateikė nuomonę dėl šio vaisto' },
    'opinion-under-re-examination': {
      label: 'Nuomonė persvarstoma',
      description: 'EMA pateikta nuomonė dėl šio vaisto yra persvarstoma',
    },
    refused: { label: 'Atsisakyta registruoti', description: 'Šį vaistą atsisakyta registruoti' },
    'application-withdrawn': { label: 'Paraiška atsiimta', description: 'Paraiška dėl šio vaisto atsiimta' },
    'withdrawn-from-rolling-review': {
      label: 'Atsiimtas iš nuolatinės peržiūros',
      description: 'Šis vaistas atsiimtas iš vertinimo, atliekamo taikant nuolatinę peržiūrą',
    },
    withdrawn: { label: 'Išregistruotas', description: 'Šio vaisto registracijos pažymėjimas atšauktas' },
    suspended: { label: 'Sustabdytas', description: 'Šio vaisto vartojimas Europos Sąjungoje šiuo metu sustabdytas' },
    lapsed: { label: 'Nustojo galioti', description: 'Šio vaisto registracijos pažymėjimas nustojo galioti' },
    expired: { label: 'Galiojimas baigėsi', description: 'Šio vaisto registracijos pažymėjimo galiojimas baigėsi' },
    revoked: { label: 'Panaikintas', description: 'Šio vaisto registracijos pažymėjimas panaikintas' },
  },

  lifecycle: {
    label: 'Vertinimo etapai',
    steps: {
      human: {
        application: 'Paraiška vertinama',
        opinion: 'CHMP nuomonė',
        decision: 'Europos Komisijos sprendimas',
      },
      veterinary: {
        application: 'Paraiška vertinama',
        opinion: 'CVMP nuomonė',
        decision: 'Europos Komisijos sprendimas',
      },
    },
    states: {
      done: 'Baigtas',
      current: 'Dabartinis etapas',
      stopped: 'Nutrauktas',
      upcoming: 'Nepasiektas',
    },
  },

  flags: {
    moreInfo: 'Daugiau informacijos: {link}.',
    additionalMonitoring: {
      name: 'Papildoma stebėsena',
      description:
        'Šiam vaistui taikoma papildoma stebėsena, t. y. jis stebimas dar intensyviau nei kiti vaistai.',
      symbol:
        'Vaistų, kuriems taikoma papildoma stebėsena, pakuotės lapelyje ir preparato charakteristikų santraukoje pateikiamas juodas apverstas trikampis (▼).',
      moreInfo: 'Vaistai, kuriems taikoma papildoma stebėsena',
    },
    conditionalApproval: {
      name: 'Sąlyginis registravimas',
      description:
        'Šiam vaistui išduotas sąlyginis registracijos pažymėjimas. Jis išduotas atsižvelgiant į visuomenės sveikatos interesus, nes vaistas atitinka nepatenkintą medicininį poreikį, o nauda, kurią teikia jo neatidėliotinas prieinamumas, yra didesnė už riziką, susijusią su mažiau išsamiais duomenimis, nei paprastai reikalaujama.',
      moreInfo: 'Sąlyginis registracijos pažymėjimas',
    },
    exceptionalCircumstances: {
      name: 'Išimtinės aplinkybės',
      description:
        'Šis vaistas registruotas išimtinėmis aplinkybėmis, nes pareiškėjas negalėjo pateikti išsamių duomenų apie vaisto veiksmingumą ir saugumą įprastomis vartojimo sąlygomis. Taip gali atsitikti todėl, kad gydoma liga yra reta, arba todėl, kad surinkti visą informaciją neįmanoma arba neetiška.',
      moreInfo: 'Rekomendacijos iki registracijos',
    },
    acceleratedAssessment: {
      name: 'Paspartintas vertinimas',
      description:
        'Šis vaistas buvo įvertintas paspartinta tvarka. Tai reiškia, kad jis labai svarbus visuomenės sveikatai, todėl jo vertinimas truko ne 210, o 150 vertinimo dienų.',
      moreInfo: 'Paspartintas vertinimas',
    },
    orphan: {
      name: 'Retasis vaistas',
      description:
        'Šis vaistas buvo priskirtas retiesiems vaistiniams preparatams. Tai reiškia, kad jis sukurtas retai, gyvybei pavojingai ar lėtinę negalią sukeliančiai ligai gydyti arba kad dėl ekonominių priežasčių be paskatų jis greičiausiai nebūtų sukurtas.',
      moreInfo: 'Priskyrimas retiesiems vaistiniams preparatams',
    },
    generic: {
      name: 'Generinis vaistas',
      description:
        'Tai generinis vaistas, sukurtas taip, kad būtų toks pat kaip jau registruotas vaistas, vadinamas referenciniu vaistu. Generiniame vaiste yra tos pačios veikliosios medžiagos (-ų) kaip ir referenciniame vaiste, ir jis vartojamas tokia pačia doze (-ėmis) tai pačiai ligai (-oms) gydyti.',
      moreInfo: 'Generiniai ir hibridiniai vaistai',
    },
    biosimilar: {
      name: 'Biologiškai panašus vaistas',
      description:
        'Tai biologiškai panašus vaistas, t. y. biologinis vaistas, labai panašus į kitą jau patvirtintą biologinį vaistą, vadinamą referenciniu vaistu.',
      moreInfo: 'Biologiškai panašūs vaistai',
    },
    advancedTherapy: {
      name: 'Pažangiosios terapijos vaistas',
      description:
        'Šis vaistas priskirtas pažangiosios terapijos vaistiniams preparatams (ATMP): tai žmonėms skirtas vaistas, kurio pagrindą sudaro genai, audiniai arba ląstelės. Jis atveria novatoriškų naujų ligų ir sužalojimų gydymo galimybių.',
      moreInfo: 'Pažangiosios terapijos vaistiniai preparatai. Apžvalga',
    },
    prime: {
      name: 'PRIME: prioritetinis vaistas',
      description:
        'Kuriant šį vaistą, jis buvo įtrauktas į EMA prioritetinių vaistų (PRIME) programą. PRIME – tai EMA inicijuota programa, kuria siekiama labiau remti vaistų, skirtų nepatenkintiems medicininiams poreikiams tenkinti, kūrimą. Ši savanoriška programa grindžiama glaudesne sąveika ir ankstyvu dialogu su perspektyvių vaistų kūrėjais, siekiant optimizuoti kūrimo planus ir paspartinti vertinimą, kad šie vaistai anksčiau pasiektų pacientus.',
      moreInfo: 'PRIME: prioritetiniai vaistai',
    },
  },

  dates: {
    opinionAdopted: 'Nuomonė priimta',
    marketingAuthorisationIssued: 'Registracijos pažymėjimas išduotas',
    refusal: 'Atsisakymas išduoti registracijos pažymėjimą',
    applicationWithdrawn: 'Paraiškos atsiėmimas',
    withdrawal: 'Registracijos pažymėjimo atšaukimas',
    suspension: 'Registracijos pažymėjimo galiojimo sustabdymas',
    lapse: 'Registracijos pažymėjimo galiojimo netekimas',
    expiry: 'Registracijos pažymėjimo galiojimo pabaiga',
    revocation: 'Registracijos pažymėjimo panaikinimas',
    pageLastUpdated: 'EMA paskutinį kartą atnaujino savo puslapį',
  },

  documentTypes: {
    overview: 'Vaisto apžvalga',
    'product-information': 'Informacija apie preparatą',
    'product-information-tracked-changes': 'Informacija apie preparatą su pažymėtais pakeitimais',
    'amended-product-information': 'Pakeista informacija apie preparatą',
    'all-authorised-presentations': 'Visos registruotos pakuotės',
    leaflet: 'Pakuotės lapelis',
    rmp: 'Rizikos valdymo planas',
    'rmp-summary': 'Rizikos valdymo plano santrauka',
    'assessment-report': 'Viešas vertinimo protokolas',
    'variation-report': 'Registracijos pažymėjimo keitimo vertinimo protokolas',
    'scientific-conclusion': 'Mokslinės išvados',
    'scientific-discussion': 'Mokslinis aptarimas',
    'scientific-discussion-variation': 'Registracijos pažymėjimo keitimo mokslinis aptarimas',
    'procedural-steps': 'Procedūriniai veiksmai iki registracijos',
    'procedural-steps-after': 'Procedūriniai veiksmai ir mokslinė informacija po registracijos',
    'steps-after-cutoff': 'Procedūriniai veiksmai po registracijos (archyvas)',
    'smop-initial': 'Nuomonės santrauka',
    smop: 'Nuomonės dėl registracijos pažymėjimo keitimo santrauka',
    'medicine-qa': 'Klausimai ir atsakymai',
    'withdrawal-letter': 'Raštas dėl atsiėmimo',
    'withdrawal-report': 'Atsiėmimo vertinimo protokolas',
    'orphan-maintenance-report': 'Retojo vaistinio preparato statuso išlaikymo vertinimo protokolas',
    'orphan-maintenance-report-post': 'Retojo vaistinio preparato statuso išlaikymo po registracijos vertinimo protokolas',
    'pip-compliance': 'Pediatrinių tyrimų plano laikymosi patikra',
    'conditions-member-states': 'Sąlygos arba apribojimai ES valstybėms narėms',
    'covid-19-vaccine-safety-update': 'Naujausia informacija apie COVID-19 vakcinos saugumą',
    'medication-error': 'Informacija apie medikacijos klaidas',
    'prac-recommendation': 'PRAC rekomendacija',
    'opinion-any-scientific-matter': 'Nuomonė mokslo klausimu',
    'public-statement': 'Viešas pareiškimas',
    'press-release': 'Pranešimas spaudai',
    referral: 'Su kreipimosi procedūra susijęs dokumentas',
    other: 'Dokumentas',
  },

  documents: {
    referenceNumber: 'Nuorodos numeris',
    firstPublished: 'Pirmą kartą paskelbta',
    lastUpdated: 'Paskutinį kartą atnaujinta',
    languages: {
      one: 'Prieinama {count} kalba',
      few: 'Prieinama {count} kalbomis',
      many: 'Prieinama {count} kalbos',
      other: 'Prieinama {count} kalbų',
    },
    viewIn: 'Peržiūrėti {title} – kalba: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'internete nepateikiama',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Pediatrinių tyrimų planai' },
    'post-authorisation-study': { heading: 'Poregistraciniai tyrimai' },
    'orphan-designation': { heading: 'Priskyrimas retiesiems vaistiniams preparatams' },
    referral: { heading: 'Kreipimosi procedūros' },
    other: { heading: 'Kita informacija' },
  },

  medicine: {
    previousNames: 'Ankstesnis pavadinimas: {names}',
    activeSubstance: 'Veiklioji medžiaga',
    statusHeading: 'Būsena',
    flagsLabel: 'Reguliavimo ypatumai',
    contents: 'Puslapio turinys',
    sections: {
      overview: 'Apžvalga',
      productInformation: 'Informacija apie preparatą',
      productDetails: 'Preparato duomenys',
      authorisationDetails: 'Registracijos duomenys',
      applicationDetails: 'Paraiškos duomenys',
      assessmentHistory: 'Vertinimo istorija',
      otherDocuments: 'Kiti dokumentai',
      news: 'Naujienos apie {name}',
      related: 'Daugiau informacijos apie {name}',
      patientSafety: 'Informacija apie pacientų saugumą',
      withdrawalInformation: 'Susijusi informacija apie atšaukimus',
      topics: 'Temos',
    },
    overview: {
      fallback: 'Ši apžvalga {language} kalba nepateikiama. Ji rodoma {fallback} kalba.',
      fallbackDocument: 'EMA ją skelbia kalba {language} kaip dokumentą: {link}.',
    },
    productInformation: {
      allLanguages: 'Šio vaisto informacija apie preparatą prieinama visomis oficialiosiomis ES kalbomis.',
      contentsIntro: 'Informacijos apie preparatą dokumentuose pateikiama:',
      contents: [
        'preparato charakteristikų santrauka (I priedas);',
        'gamybos leidimo turėtojas, atsakingas už serijų išleidimą (IIA priedas);',
        'registracijos pažymėjimo sąlygos (IIB priedas);',
        'ženklinimas (IIIA priedas);',
        'pakuotės lapelis (IIIB priedas).',
      ],
      latestProcedure: 'Naujausia procedūra, susijusi su informacija apie preparatą',
    },
    productDetails: {
      name: 'Vaisto pavadinimas',
      activeSubstance: 'Veiklioji medžiaga',
      inn: 'Tarptautinis nepatentuotas pavadinimas (INN) arba bendrinis pavadinimas',
      therapeuticArea: 'Terapinė sritis (MeSH)',
      atcCode: 'Anatominis terapinis cheminis (ATC) kodas',
      pharmacotherapeuticGroup: 'Farmakoterapinė grupė',
      therapeuticIndication: 'Terapinė indikacija',
      species: 'Gyvūnų rūšys',
      atcNotYetAssigned: 'Dar nepriskirtas',
      atcMalformed: 'netinkamas ATC kodas: rodomas taip, kaip jį skelbia EMA',
    },
    authorisation: {
      productNumber: 'EMA preparato numeris',
      holder: 'Registracijos pažymėjimo turėtojas',
      applicant: 'Registracijos pažymėjimo pareiškėjas',
      revision: 'EMA peržiūros numeris',
      developer: 'Kūrėjas',
      opinionStatus: 'Nuomonės rezultatas',
      opinionStatuses: { positive: 'Teigiama', negative: 'Neigiama' },
    },
    news: {
      published: 'Paskelbta {date}',
      patientSafetyMarker: 'EMA paskelbė informaciją apie šio vaisto pacientų saugumą.',
    },
    source: {
      heading: 'Šaltinis ir duomenys',
      ema: 'Peržiūrėti šį vaistą EMA svetainėje',
      json: 'Gauti šį įrašą JSON formatu',
    },
  },

  catalogue: {
    title: 'Vaistai',
    description:
      'Visi vaistai, dėl kurių parengtas Europos viešas vertinimo protokolas (EPAR), su jų būsena ir terapine sritimi.',
    tableCaption: 'Vaistai',
    showing: {
      one: 'Rodoma {from}–{to} iš {count} vaisto',
      few: 'Rodoma {from}–{to} iš {count} vaistų',
      many: 'Rodoma {from}–{to} iš {count} vaisto',
      other: 'Rodoma {from}–{to} iš {count} vaistų',
    },
    empty: 'Pagal šiuos filtrus vaistų nerasta.',
    pageOutOfRange: 'Šiame puslapyje vaistų nėra.',
    filters: {
      heading: 'Filtruoti vaistus',
      status: 'Būsena',
      anyStatus: 'Visos būsenos',
      category: 'Vaisto tipas',
      anyCategory: 'Žmonėms skirti ir veterinariniai',
      sort: 'Rikiuoti pagal',
      submit: 'Taikyti',
      clear: 'Išvalyti filtrus',
    },
    columns: {
      name: 'Vaistas',
      inn: 'Veiklioji medžiaga (INN)',
      status: 'Būsena',
      therapeuticAreas: 'Terapinė sritis',
      authorised: 'Registruotas',
      updated: 'Paskutinį kartą atnaujinta',
    },
    sortedAscending: 'surikiuota didėjimo tvarka',
    sortedDescending: 'surikiuota mažėjimo tvarka',
    sortBy: 'rikiuoti pagal stulpelį „{column}“',
  },

  sort: {
    name: 'Pavadinimas (nuo A iki Ž)',
    '-name': 'Pavadinimas (nuo Ž iki A)',
    authorised: 'Registracijos data (seniausi pirmiau)',
    '-authorised': 'Registracijos data (naujausi pirmiau)',
    updated: 'Paskutinis atnaujinimas (seniausi pirmiau)',
    '-updated': 'Paskutinis atnaujinimas (naujausi pirmiau)',
  },

  pagination: {
    label: 'Puslapiai',
    previous: 'Ankstesnis puslapis',
    next: 'Kitas puslapis',
    page: 'Puslapis {page}',
  },

  home: {
    title: 'Raskite informacijos apie Europos Sąjungoje įvertintus vaistus',
    lede: 'OpenEPAR skelbia visus Europos vaistų agentūros (EMA) Europos viešus vertinimo protokolus (EPAR): kam skirtas kiekvienas vaistas, ar jis registruotas, informaciją apie preparatą visomis ES kalbomis ir dokumentus, kuriais grindžiamas sprendimas.',
    audiences: {
      heading: 'Kam skirta OpenEPAR',
      patients: {
        title: 'Pacientai ir juos slaugantys asmenys',
        text: 'Perskaitykite suprantamai parašytą vaisto apžvalgą savo kalba: kam jis vartojamas ir kokia su juo susijusi rizika.',
      },
      prescribers: {
        title: 'Vaistus skiriantys gydytojai ir vaistininkai',
        text: 'Atverkite galiojančią informaciją apie preparatą, patikrinkite būseną ir naujausią su ja susijusią procedūrą.',
      },
      researchers: {
        title: 'Mokslininkai ir kūrėjai',
        text: 'Naudokite tuos pačius duomenis kaip atviruosius duomenis per OpenAPI aprašytą JSON API.',
      },
    },
    search: {
      label: 'Ieškoti vaisto',
      hint: 'Įveskite vaisto arba veikliosios medžiagos pavadinimą, pavyzdžiui, sotorasib',
      button: 'Ieškoti',
    },
    sample:
      'Šiame portale yra tik Europos vaistų agentūros Europos viešų vertinimo protokolų (EPAR) imtis su jų istorija iš EMA duomenų lentelių. Vaistų skaičius: {count}. Norėdami paskelbti visus, importuokite visą rinkinį komanda {command}.',
    browseAll: {
      one: 'Naršyti {count} vaistą',
      few: 'Naršyti visus {count} vaistus',
      many: 'Naršyti visus {count} vaisto',
      other: 'Naršyti visus {count} vaistų',
    },
    byStatus: {
      heading: 'Vaistai pagal būseną',
      caption: 'Vaistų skaičius pagal būseną',
      status: 'Būsena',
      count: 'Vaistų skaičius',
      link: {
        one: '{count} vaistas: {status}',
        few: '{count} vaistai: {status}',
        many: '{count} vaisto: {status}',
        other: '{count} vaistų: {status}',
      },
    },
    recent: {
      heading: 'Neseniai atnaujinta',
      none: 'Pastaruoju metu jokių vaistų informacija nebuvo atnaujinta.',
      updated: 'Atnaujinta {date}',
    },
    openData: {
      heading: 'Atvirieji duomenys',
      text: 'Kiekvienas OpenEPAR puslapis taip pat prieinamas kaip duomenys, kuriuos galima laisvai pakartotinai naudoti nurodant šaltinį.',
    },
  },

  errors: {
    status: 'Klaida {status}',
    notFound: {
      title: 'Puslapis nerastas',
      message:
        'Jei interneto adresą įvedėte patys, patikrinkite, ar jis teisingas. Jei interneto adresą įklijavote, patikrinkite, ar nukopijavote visą adresą.',
    },
    badRequest: {
      title: 'Su šia užklausa iškilo problema',
      message: 'Adrese yra kažkas, ko ši paslauga nesupranta. Patikrinkite jį ir bandykite dar kartą.',
    },
    serverError: {
      title: 'Atsiprašome, iškilo paslaugos problema',
      message: 'Bandykite vėliau.',
    },
    unavailable: {
      title: 'Atsiprašome, paslauga neprieinama',
      message: 'Paslauga galėsite naudotis vėliau.',
    },
    home: 'Eiti į pradžios puslapį',
    browse: 'Naršyti visus vaistus',
  },
};
