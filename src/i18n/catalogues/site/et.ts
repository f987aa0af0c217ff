/** Estonian interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const et: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Euroopa Ravimiameti hinnatud ravimid avaandmetena',
  },

  common: {
    skipLink: 'Liigu põhisisu juurde',
    notStated: 'Ei ole märgitud',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'avaneb uuel vahekaardil',
    backToTop: 'Tagasi üles',
  },

  nav: {
    label: 'Peamenüü',
    home: 'Avaleht',
    medicines: 'Ravimid',
    search: 'Otsing',
    whatsNew: 'Mis on uut',
    breadcrumb: 'Navigeerimisrada',
  },

  languageSwitcher: {
    label: 'Keel',
    summary: 'Keel: {language}',
    current: 'praegune keel',
  },

  footer: {
    heading: 'Teenuse kohta',
    source: 'Sisu pärineb Euroopa Ravimiametilt (EMA) ja seda on reprodutseeritud allikale viidates',
    emaWebsite: 'Euroopa Ravimiameti veebisait',
    openData: 'Avaandmed',
    api: 'JSON API',
    openApi: 'OpenAPI kirjeldus',
    openSource: 'OpenEPAR on avatud lähtekoodiga tarkvara.',
  },

  categories: {
    human: 'Inimravimid',
    veterinary: 'Veterinaarravimid',
  },

  categoryMedicine: {
    human: 'Inimravim',
    veterinary: 'Veterinaarravim',
  },

  statuses: {
    'under-evaluation': { label: 'Hindamisel', description: 'EMA hindab selle ravimi taotlust' },
    authorised: { label: 'Müügiloaga', description: 'Sellel ravimil on müügiluba kasutamiseks Euroopa Liidus' },
    opinion: { label: 'Arvamus', description: 'EMA on selle ravimi kohta arvamuse esitanud' },
    'opinion-under-re-examination': {
      label: 'Arvamus uuesti läbivaatamisel',
      description: 'EMA poolt selle ravimi kohta esitatud arvamus vaadatakse uuesti läbi',
    },
    refused: { label: 'Müügiloast keeldutud', description: 'Selle ravimi müügiloa andmisest on keeldutud' },
    'application-withdrawn': { label: 'Taotlus tagasi võetud', description: 'Selle ravimi taotlus on tagasi võetud' },
    'withdrawn-from-rolling-review': {
      label: 'Jooksvast hindamisest tagasi võetud',
      description: 'See ravim on jooksva hindamise raames toimuvast hindamisest tagasi võetud',
    },
    withdrawn: { label: 'Tagasi võetud', description: 'Selle ravimi müügiluba on tagasi võetud' },
    suspended: { label: 'Peatatud', description: 'Selle ravimi kasutamine Euroopa Liidus on praegu peatatud' },
    lapsed: { label: 'Kehtivuse kaotanud', description: 'Selle ravimi müügiluba on kaotanud kehtivuse' },
    expired: { label: 'Aegunud', description: 'Selle ravimi müügiluba on aegunud' },
    revoked: { label: 'Kehtetuks tunnistatud', description: 'Selle ravimi müügiluba on kehtetuks tunnistatud' },
  },

  lifecycle: {
    label: 'Hindamise etapid',
    steps: {
      human: {
        application: 'Taotlus hindamisel',
        opinion: 'CHMP arvamus',
        decision: 'Euroopa Komisjoni otsus',
      },
      veterinary: {
        application: 'Taotlus hindamisel',
        opinion: 'CVMP arvamus',
        decision: 'Euroopa Komisjoni otsus',
      },
    },
    states: {
      done: 'Lõpetatud',
      current: 'Praegune etapp',
      stopped: 'Katkestatud',
      upcoming: 'Pole veel jõutud',
    },
  },

  flags: {
    moreInfo: 'Lisateave: {link}.',
    additionalMonitoring: {
      name: 'Täiendav järelevalve',
      description:
        'Selle ravimi suhtes kohaldatakse täiendavat järelevalvet, mis tähendab, et seda jälgitakse veelgi intensiivsemalt kui teisi ravimeid.',
      symbol:
        'Täiendava järelevalve all olevate ravimite pakendi infolehel ja ravimi omaduste kokkuvõttes on must tagurpidi kolmnurk (▼).',
      moreInfo: 'Täiendava järelevalve all olevad ravimid',
    },
    conditionalApproval: {
      name: 'Tingimuslik heakskiit',
      description:
        'Sellele ravimile on antud tingimuslik müügiluba. See anti rahvatervise huvides, sest ravim vastab rahuldamata meditsiinilisele vajadusele ja selle kohese kättesaadavuse kasu kaalub üles riski, mis tuleneb tavapärasest vähem põhjalikest andmetest.',
      moreInfo: 'Tingimuslik müügiluba',
    },
    exceptionalCircumstances: {
      name: 'Erandlikud asjaolud',
      description:
        'Sellele ravimile on antud müügiluba erandlikel asjaoludel, sest taotleja ei saanud esitada põhjalikke andmeid ravimi efektiivsuse ja ohutuse kohta tavapärastes kasutustingimustes. See võib juhtuda, sest ravitav haigus on harvaesinev või täieliku teabe kogumine ei ole võimalik või on ebaeetiline.',
      moreInfo: 'Müügiloa-eelsed juhised',
    },
    acceleratedAssessment: {
      name: 'Kiirendatud hindamine',
      description:
        'Seda ravimit hinnati kiirendatud korras. See tähendab, et tegemist on rahvatervise seisukohast väga olulise ravimiga, mistõttu oli selle läbivaatamise ajakava 210 hindamispäeva asemel 150 hindamispäeva.',
      moreInfo: 'Kiirendatud hindamine',
    },
    orphan: {
      name: 'Harvikravim',
      description:
        'See ravim on määratud harvikravimiks. See tähendab, et see on välja töötatud kasutamiseks harvaesineva, eluohtliku või kroonilist invaliidsust põhjustava haiguse vastu või et majanduslikel põhjustel ei oleks seda ilma stiimuliteta tõenäoliselt välja töötatud.',
      moreInfo: 'Harvikravimiks määramine',
    },
    generic: {
      name: 'Geneeriline ravim',
      description:
        'See on geneeriline ravim, mis on välja töötatud nii, et see oleks sama mis juba müügiloa saanud ravim, mida nimetatakse võrdlusravimiks. Geneeriline ravim sisaldab sama toimeainet või samu toimeaineid kui võrdlusravim ning seda kasutatakse samas annuses või samades annustes sama haiguse või samade haiguste raviks.',
      moreInfo: 'Geneerilised ja hübriidravimid',
    },
    biosimilar: {
      name: 'Bioloogiliselt sarnane ravim',
      description:
        'See on bioloogiliselt sarnane ravim ehk bioloogiline ravim, mis on väga sarnane teise, juba heakskiidetud bioloogilise ravimiga, mida nimetatakse „võrdlusravimiks“.',
      moreInfo: 'Bioloogiliselt sarnased ravimid',
    },
    advancedTherapy: {
      name: 'Uudne ravi',
      description:
        'See ravim on klassifitseeritud uudse ravi ravimiks (ATMP): see on inimtervishoius kasutatav ravim, mis põhineb geenidel, kudedel või rakkudel. See pakub murrangulisi uusi võimalusi haiguste ja vigastuste raviks.',
      moreInfo: 'Uudse ravi ravimid: ülevaade',
    },
    prime: {
      name: 'PRIME: prioriteetne ravim',
      description:
        'See ravim võeti väljatöötamise ajal EMA prioriteetsete ravimite kavasse (PRIME). PRIME on EMA algatatud kava, mille eesmärk on suurendada toetust rahuldamata meditsiinilisele vajadusele suunatud ravimite väljatöötamisele. See vabatahtlik kava põhineb tihedamal suhtlusel ja varajasel dialoogil paljutõotavate ravimite arendajatega, et optimeerida arendusplaane ja kiirendada hindamist, nii et need ravimid jõuaksid patsientideni varem.',
      moreInfo: 'PRIME: prioriteetsed ravimid',
    },
  },

  dates: {
    opinionAdopted: 'Arvamuse vastuvõtmine',
    marketingAuthorisationIssued: 'Müügiloa väljastamine',
    refusal: 'Müügiloast keeldumine',
    applicationWithdrawn: 'Taotluse tagasivõtmine',
    withdrawal: 'Müügiloa tagasivõtmine',
    suspension: 'Müügiloa peatamine',
    lapse: 'Müügiloa kehtivuse kaotamine',
    expiry: 'Müügiloa aegumine',
    revocation: 'Müügiloa kehtetuks tunnistamine',
    pageLastUpdated: 'EMA uuendas oma lehte viimati',
  },

  documentTypes: {
    overview: 'Ravimi ülevaade',
    'product-information': 'Ravimiteave',
    'product-information-tracked-changes': 'Ravimiteave koos jälgitavate muudatustega',
    'amended-product-information': 'Muudetud ravimiteave',
    'all-authorised-presentations': 'Kõik müügiloaga pakendid',
    leaflet: 'Pakendi infoleht',
    rmp: 'Riskijuhtimiskava',
    'rmp-summary': 'Riskijuhtimiskava kokkuvõte',
    'assessment-report': 'Avalik hindamisaruanne',
    'variation-report': 'Müügiloa muudatuse hindamisaruanne',
    'scientific-conclusion': 'Teaduslikud järeldused',
    'scientific-discussion': 'Teaduslik arutelu',
    'scientific-discussion-variation': 'Müügiloa muudatuse teaduslik arutelu',
    'procedural-steps': 'Müügiloa-eelsed menetlusetapid',
    'procedural-steps-after': 'Müügiloa-järgsed menetlusetapid ja teaduslik teave',
    'steps-after-cutoff': 'Müügiloa-järgsed menetlusetapid (arhiiv)',
    'smop-initial': 'Arvamuse kokkuvõte',
    smop: 'Müügiloa muudatust käsitleva arvamuse kokkuvõte',
    'medicine-qa': 'Küsimused ja vastused',
    'withdrawal-letter': 'Tagasivõtmise kiri',
    'withdrawal-report': 'Tagasivõtmise hindamisaruanne',
    'orphan-maintenance-report': 'Harvikravimi staatuse säilitamise hindamisaruanne',
    'orphan-maintenance-report-post': 'Harvikravimi staatuse säilitamise hindamisaruanne pärast müügiloa andmist',
    'pip-compliance': 'Pediaatrilise uuringu plaani järgimise kontroll',
    'conditions-member-states': 'ELi liikmesriikidele kehtivad tingimused või piirangud',
    'covid-19-vaccine-safety-update': 'COVID-19 vaktsiinide ohutusalane ajakohastatud teave',
    'medication-error': 'Teave ravimivigade kohta',
    'prac-recommendation': 'PRACi soovitus',
    'opinion-any-scientific-matter': 'Arvamus teadusliku küsimuse kohta',
    'public-statement': 'Avalik avaldus',
    'press-release': 'Pressiteade',
    referral: 'Esildismenetluse dokument',
    other: 'Dokument',
  },

  documents: {
    referenceNumber: 'Viitenumber',
    firstPublished: 'Esmakordselt avaldatud',
    lastUpdated: 'Viimati uuendatud',
    languages: { one: 'Saadaval {count} keeles', other: 'Saadaval {count} keeles' },
    viewIn: 'Kuva {title}, keel: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'ei ole internetis kättesaadav',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Pediaatrilise uuringu plaanid' },
    'post-authorisation-study': { heading: 'Müügiloa saamise järgsed uuringud' },
    'orphan-designation': { heading: 'Harvikravimiks määramised' },
    referral: { heading: 'Esildismenetlused' },
    other: { heading: 'Muu teave' },
  },

  medicine: {
    previousNames: 'Varasem nimetus: {names}',
    activeSubstance: 'Toimeaine',
    statusHeading: 'Staatus',
    flagsLabel: 'Regulatiivsed tunnused',
    contents: 'Lehe sisu',
    sections: {
      overview: 'Ülevaade',
      productInformation: 'Ravimiteave',
      productDetails: 'Ravimi andmed',
      authorisationDetails: 'Müügiloa andmed',
      applicationDetails: 'Taotluse andmed',
      assessmentHistory: 'Hindamise ajalugu',
      otherDocuments: 'Muud dokumendid',
      news: 'Uudised: {name}',
      related: 'Lisateave: {name}',
      patientSafety: 'Patsiendiohutuse teave',
      withdrawalInformation: 'Seotud teave tagasivõtmise kohta',
      topics: 'Teemad',
    },
    overview: {
      fallback: 'See ülevaade ei ole {language} keeles kättesaadav. Seda näidatakse {fallback} keeles.',
      fallbackDocument: 'EMA avaldab selle keeles {language} dokumendina: {link}.',
    },
    productInformation: {
      allLanguages: 'Selle ravimi ravimiteave on kättesaadav kõigis ELi ametlikes keeltes.',
      contentsIntro: 'Ravimiteabe dokumendid sisaldavad järgmist:',
      contents: [
        'ravimi omaduste kokkuvõte (I lisa);',
        'ravimipartii vabastamise eest vastutav tootmisloa hoidja (II A lisa);',
        'müügiloa tingimused (II B lisa);',
        'märgistus (III A lisa);',
        'pakendi infoleht (III B lisa).',
      ],
      latestProcedure: 'Viimane ravimiteavet mõjutanud menetlus',
    },
    productDetails: {
      name: 'Ravimi nimetus',
      activeSubstance: 'Toimeaine',
      inn: 'Rahvusvaheline mittekaubanduslik nimetus (INN) või üldnimetus',
      therapeuticArea: 'Ravivaldkond (MeSH)',
      atcCode: 'Anatoomilis-terapeutilis-keemiline (ATC) kood',
      pharmacotherapeuticGroup: 'Farmakoterapeutiline rühm',
      therapeuticIndication: 'Näidustus',
      species: 'Loomaliigid',
      atcNotYetAssigned: 'Veel määramata',
      atcMalformed: 'ei ole kehtiv ATC-kood: esitatud nii, nagu EMA selle avaldab',
    },
    authorisation: {
      productNumber: 'EMA ravimi number',
      holder: 'Müügiloa hoidja',
      applicant: 'Müügiloa taotleja',
      revision: 'EMA redaktsiooni number',
      developer: 'Arendaja',
      opinionStatus: 'Arvamuse seisund',
      opinionStatuses: { positive: 'Pooldav', negative: 'Mittepooldav' },
    },
    news: {
      published: 'Avaldatud {date}',
      patientSafetyMarker: 'EMA on avaldanud selle ravimi kohta patsiendiohutuse teavet.',
    },
    source: {
      heading: 'Allikas ja andmed',
      ema: 'Vaadake seda ravimit EMA veebisaidil',
      json: 'Laadige see kirje alla JSON-vormingus',
    },
  },

  catalogue: {
    title: 'Ravimid',
    description: 'Kõik ravimid, millel on Euroopa avalik hindamisaruanne (EPAR), koos nende staatuse ja ravivaldkonnaga.',
    tableCaption: 'Ravimid',
    showing: {
      one: 'Kuvatakse {from}–{to}, kokku {count} ravim',
      other: 'Kuvatakse {from}–{to}, kokku {count} ravimit',
    },
    empty: 'Nendele filtritele ei vasta ükski ravim.',
    pageOutOfRange: 'Sellel lehel ei ole ravimeid.',
    filters: {
      heading: 'Ravimite filtreerimine',
      status: 'Staatus',
      anyStatus: 'Kõik staatused',
      category: 'Ravimi liik',
      anyCategory: 'Inim- ja veterinaarravimid',
      sort: 'Sortimisalus',
      submit: 'Rakenda',
      clear: 'Tühjenda filtrid',
    },
    columns: {
      name: 'Ravim',
      inn: 'Toimeaine (INN)',
      status: 'Staatus',
      therapeuticAreas: 'Ravivaldkond',
      authorised: 'Müügiluba',
      updated: 'Viimati uuendatud',
    },
    sortedAscending: 'sorditud kasvavas järjekorras',
    sortedDescending: 'sorditud kahanevas järjekorras',
    sortBy: 'sordi veeru „{column}“ järgi',
  },

  sort: {
    name: 'Nimi (A–Z)',
    '-name': 'Nimi (Z–A)',
    authorised: 'Müügiloa kuupäev (vanimad eespool)',
    '-authorised': 'Müügiloa kuupäev (uusimad eespool)',
    updated: 'Viimati uuendatud (vanimad eespool)',
    '-updated': 'Viimati uuendatud (uusimad eespool)',
  },

  pagination: {
    label: 'Lehed',
    previous: 'Eelmine leht',
    next: 'Järgmine leht',
    page: 'Leht {page}',
  },

  home: {
    title: 'Leidke teavet Euroopa Liidus hinnatud ravimite kohta',
    lede: 'OpenEPAR avaldab kõik Euroopa Ravimiameti (EMA) Euroopa avalikud hindamisaruanded (EPAR): milleks iga ravimit kasutatakse, kas sellel on müügiluba, selle ravimiteabe kõigis ELi keeltes ja otsuse aluseks olevad dokumendid.',
    audiences: {
      heading: 'Kellele OpenEPAR on mõeldud',
      patients: {
        title: 'Patsiendid ja hooldajad',
        text: 'Lugege oma keeles arusaadavat ülevaadet ravimist: milleks seda kasutatakse ja millised on selle riskid.',
      },
      prescribers: {
        title: 'Ravimite väljakirjutajad ja proviisorid',
        text: 'Avage kehtiv ravimiteave ning kontrollige ravimi staatust ja viimast ravimiteavet mõjutanud menetlust.',
      },
      researchers: {
        title: 'Teadlased ja arendajad',
        text: 'Kasutage samu andmeid avaandmetena OpenAPI abil kirjeldatud JSON API kaudu.',
      },
    },
    search: {
      label: 'Otsige ravimit',
      hint: 'Sisestage ravimi nimetus või toimeaine, näiteks sotorasib',
      button: 'Otsi',
    },
    sample:
      'See portaal sisaldab ainult valimit Euroopa Ravimiameti Euroopa avalikest hindamisaruannetest (EPAR) koos nende ajalooga EMA andmetabelitest. Ravimite arv: {count}. Kõigi avaldamiseks importige kogu korpus käsuga {command}.',
    browseAll: { one: 'Sirvige {count} ravimit', other: 'Sirvige kõiki {count} ravimit' },
    byStatus: {
      heading: 'Ravimid staatuse järgi',
      caption: 'Ravimite arv staatuse järgi',
      status: 'Staatus',
      count: 'Ravimite arv',
      link: { one: '{count} ravim: {status}', other: '{count} ravimit: {status}' },
    },
    recent: {
      heading: 'Hiljuti uuendatud',
      none: 'Hiljuti ei ole ühtegi ravimit uuendatud.',
      updated: 'Uuendatud {date}',
    },
    openData: {
      heading: 'Avaandmed',
      text: 'Iga OpenEPARi leht on kättesaadav ka andmetena, mida võib allikale viidates vabalt taaskasutada.',
    },
  },

  errors: {
    status: 'Viga {status}',
    notFound: {
      title: 'Lehte ei leitud',
      message:
        'Kui sisestasite veebiaadressi käsitsi, kontrollige, kas see on õige. Kui kleepisite veebiaadressi, kontrollige, kas kopeerisite kogu aadressi.',
    },
    badRequest: {
      title: 'Selle päringuga on probleem',
      message: 'Aadress sisaldab midagi, millest see teenus aru ei saa. Kontrollige aadressi ja proovige uuesti.',
    },
    serverError: {
      title: 'Vabandame, teenusega on probleem',
      message: 'Proovige hiljem uuesti.',
    },
    unavailable: {
      title: 'Vabandame, teenus ei ole kättesaadav',
      message: 'Saate teenust hiljem kasutada.',
    },
    home: 'Avalehele',
    browse: 'Sirvige kõiki ravimeid',
  },
};
