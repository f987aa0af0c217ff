/** Irish interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const ga: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Cógais a ndearna an Ghníomhaireacht Leigheasra Eorpach meastóireacht orthu, mar shonraí oscailte',
  },

  common: {
    skipLink: 'Léim chuig an bpríomhábhar',
    notStated: 'Níor sonraíodh',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'osclaítear i gcluaisín nua é',
    backToTop: 'Ar ais go barr',
  },

  nav: {
    label: 'Príomh-nascleanúint',
    home: 'Baile',
    medicines: 'Cógais',
    search: 'Cuardach',
    whatsNew: 'Cad atá nua',
    breadcrumb: 'Conair nascleanúna',
  },

  languageSwitcher: {
    label: 'Teanga',
    summary: 'Teanga: {language}',
    current: 'an teanga reatha',
  },

  footer: {
    heading: 'Maidir leis an tseirbhís seo',
    source: 'Ábhar ón nGníomhaireacht Leigheasra Eorpach (EMA), atáirgthe agus aitheantas á thabhairt don fhoinse',
    emaWebsite: 'Suíomh gréasáin na Gníomhaireachta Leigheasra Eorpaí',
    openData: 'Sonraí oscailte',
    api: 'API JSON',
    openApi: 'Cur síos OpenAPI',
    openSource: 'Is bogearraí foinse oscailte é OpenEPAR.',
  },

  categories: {
    human: 'Daonna',
    veterinary: 'Tréidliachta',
  },

  categoryMedicine: {
    human: 'Cógas lena úsáid ag an duine',
    veterinary: 'Cógas tréidliachta',
  },

  statuses: {
    'under-evaluation': { label: 'Á mheas', description: 'Tá EMA ag measúnú an iarratais ar an leigheas seo' },
    authorised: { label: 'Údaraithe', description: 'Tá an cógas seo údaraithe lena úsáid san Aontas Eorpach' },
    opinion: { label: 'Tuairim', description: 'Tá tuairim eisithe ag EMA maidir leis an gcógas seo' },
    'opinion-under-re-examination': {
      label: 'Tuairim faoi athscrúdú',
      description: "Tá an tuairim a d'eisigh EMA maidir leis an gcógas seo á hathscrúdú",
    },
    refused: { label: 'Diúltaithe', description: 'Diúltaíodh údarú don chógas seo' },
    'application-withdrawn': { label: 'Iarratas tarraingthe siar', description: 'Tarraingíodh siar an t-iarratas ar an gcógas seo' },
    'withdrawn-from-rolling-review': {
      label: 'Tarraingthe siar ón athbhreithniú rollach',
      description: 'Tarraingíodh siar an cógas seo ón meastóireacht faoi athbhreithniú rollach',
    },
    withdrawn: { label: 'Tarraingthe siar', description: 'Tarraingíodh siar údarú an chógais seo' },
    suspended: { label: 'Ar fionraí', description: 'Tá úsáid an chógais seo ar fionraí san Aontas Eorpach faoi láthair' },
    lapsed: { label: 'Imithe i léig', description: 'Tá údarú an chógais seo imithe i léig' },
    expired: { label: 'Dulta in éag', description: 'Tá údarú an chógais seo dulta in éag' },
    revoked: { label: 'Cúlghairthe', description: 'Cúlghaireadh údarú an chógais seo' },
  },

  lifecycle: {
    label: 'Céimeanna na meastóireachta',
    steps: {
      human: {
        application: 'Iarratas faoi mheastóireacht',
        opinion: 'Tuairim ón CHMP',
        decision: 'Cinneadh ón gCoimisiún Eorpach',
      },
      veterinary: {
        application: 'Iarratas faoi mheastóireacht',
        opinion: 'Tuairim ón CVMP',
        decision: 'Cinneadh ón gCoimisiún Eorpach',
      },
    },
    states: {
      done: 'Críochnaithe',
      current: 'An chéim reatha',
      stopped: 'Stoptha',
      upcoming: 'Níor sroicheadh fós',
    },
  },

  flags: {
    moreInfo: 'Le haghaidh tuilleadh faisnéise, féach {link}.',
    additionalMonitoring: {
      name: 'Faireachán breise',
      description:
        'Tá an cógas seo faoi réir faireacháin bhreise, rud a chiallaíonn go ndéantar faireachán níos déine fós air ná mar a dhéantar ar chógais eile.',
      symbol:
        'Bíonn triantán dubh inbhéartaithe (▼) ar taispeáint sa bhileog phacáiste agus san achoimre ar shaintréithe an táirge a ghabhann le cógais atá faoi réir faireacháin bhreise.',
      moreInfo: 'Cógais atá faoi réir faireacháin bhreise',
    },
    conditionalApproval: {
      name: 'Formheas coinníollach',
      description:
        'Fuair an cógas seo údarú margaíochta coinníollach. Deonaíodh é ar mhaithe le sláinte an phobail toisc go dtugann an cógas aghaidh ar riachtanas míochaine nach bhfuil freastal air agus go bhfuil an tairbhe a bhaineann le hinfhaighteacht láithreach an chógais níos mó ná an riosca a bhaineann le sonraí nach bhfuil chomh cuimsitheach leis na sonraí a éilítear de ghnáth.',
      moreInfo: 'Údarú margaíochta coinníollach',
    },
    exceptionalCircumstances: {
      name: 'Imthosca eisceachtúla',
      description:
        'Údaraíodh an cógas seo faoi imthosca eisceachtúla, toisc nárbh fhéidir leis an iarratasóir sonraí cuimsitheacha a sholáthar maidir le héifeachtúlacht agus sábháilteacht an chógais faoi ghnáthchoinníollacha úsáide. Féadfaidh sé sin tarlú toisc gur annamh an riocht atá le cóireáil nó toisc nach féidir faisnéis iomlán a bhailiú nó gur mí-eiticiúil é sin a dhéanamh.',
      moreInfo: 'Treoir réamhúdaraithe',
    },
    acceleratedAssessment: {
      name: 'Measúnú luathaithe',
      description:
        'Rinneadh measúnú luathaithe ar an gcógas seo. Ciallaíonn sé sin gur cógas é a bhfuil tábhacht mhór ag baint leis do shláinte an phobail, agus mar sin ba é 150 lá meastóireachta an tréimhse athbhreithnithe seachas 210.',
      moreInfo: 'Measúnú luathaithe',
    },
    orphan: {
      name: 'Dílleachta',
      description:
        'Ainmníodh an cógas seo mar chógas dílleachta. Ciallaíonn sé sin gur forbraíodh é lena úsáid i gcoinne riocht atá annamh, atá bagrach don bheatha nó atá díobhálach go hainsealach nó, ar chúiseanna eacnamaíocha, nach dócha go bhforbrófaí é gan dreasachtaí.',
      moreInfo: 'Ainmniú dílleachta',
    },
    generic: {
      name: 'Cineálach',
      description:
        'Is cógas cineálach é seo, a fhorbraítear le bheith mar an gcéanna le cógas atá údaraithe cheana féin, ar a dtugtar an cógas tagartha. Tá an tsubstaint ghníomhach (na substaintí gníomhacha) chéanna i gcógas cineálach agus atá sa chógas tagartha, agus úsáidtear é ag an dáileog (na dáileoga) chéanna chun an galar (na galair) chéanna a chóireáil.',
      moreInfo: 'Cógais chineálacha agus hibrideacha',
    },
    biosimilar: {
      name: 'Bithchosúil',
      description:
        "Is cógas bithchosúil é seo, is é sin cógas bitheolaíoch atá an-chosúil le cógas bitheolaíoch eile atá formheasta cheana féin ar a dtugtar an 'cógas tagartha'.",
      moreInfo: 'Cógais bhithchosúla',
    },
    advancedTherapy: {
      name: 'Ardteiripe',
      description:
        'Rangaítear an cógas seo mar tháirge íocshláinte ardteiripe (ATMP): cógas lena úsáid ag an duine atá bunaithe ar ghéinte, ar fhíocháin nó ar chealla. Cuireann sé deiseanna nua ceannródaíocha ar fáil chun galair agus gortuithe a chóireáil.',
      moreInfo: 'Táirgí íocshláinte ardteiripe: Forléargas',
    },
    prime: {
      name: 'PRIME: cógas tosaíochta',
      description:
        'Ligeadh an cógas seo isteach i scéim Cógas Tosaíochta (PRIME) EMA le linn a fhorbartha. Is scéim é PRIME a sheol EMA chun tacaíocht níos fearr a thabhairt d’fhorbairt cógas a dhíríonn ar riachtanas míochaine nach bhfuil freastal air. Tá an scéim dheonach seo bunaithe ar idirghníomhaíocht fheabhsaithe agus ar idirphlé luath le forbróirí cógas a bhfuil gealladh fúthu, chun pleananna forbartha a bharrfheabhsú agus chun an mheastóireacht a bhrostú ionas gur féidir leis na cógais sin na hothair a bhaint amach níos luaithe.',
      moreInfo: 'PRIME: cógais tosaíochta',
    },
  },

  dates: {
    opinionAdopted: 'Tuairim glactha',
    marketingAuthorisationIssued: 'Údarú margaíochta eisithe',
    refusal: 'Diúltú údaraithe margaíochta',
    applicationWithdrawn: 'Tarraingt siar iarratais',
    withdrawal: 'Tarraingt siar údaraithe margaíochta',
    suspension: 'Fionraí údaraithe margaíochta',
    lapse: 'Dul i léig údaraithe margaíochta',
    expiry: 'Dul in éag údaraithe margaíochta',
    revocation: 'Cúlghairm údaraithe margaíochta',
    pageLastUpdated: 'An uair dheireanach a nuashonraigh EMA a leathanach:',
  },

  documentTypes: {
    overview: 'Forléargas ar an gcógas',
    'product-information': 'Faisnéis an táirge',
    'product-information-tracked-changes': 'Faisnéis an táirge le hathruithe rianaithe',
    'amended-product-information': 'Faisnéis leasaithe an táirge',
    'all-authorised-presentations': 'Gach cur i láthair údaraithe',
    leaflet: 'Bileog phacáiste',
    rmp: 'Plean bainistíochta riosca',
    'rmp-summary': 'Achoimre ar an bplean bainistíochta riosca',
    'assessment-report': 'Tuarascáil mheasúnaithe phoiblí',
    'variation-report': 'Tuarascáil mheasúnaithe ar athrú ar an údarú margaíochta',
    'scientific-conclusion': 'Conclúidí eolaíocha',
    'scientific-discussion': 'Plé eolaíoch',
    'scientific-discussion-variation': 'Plé eolaíoch ar athrú ar an údarú margaíochta',
    'procedural-steps': 'Céimeanna nós imeachta a glacadh roimh údarú',
    'procedural-steps-after': 'Céimeanna nós imeachta a glacadh agus faisnéis eolaíoch tar éis údaraithe',
    'steps-after-cutoff': 'Céimeanna nós imeachta a glacadh tar éis údaraithe (cartlann)',
    'smop-initial': 'Achoimre ar an tuairim',
    smop: 'Achoimre ar an tuairim maidir le hathrú ar an údarú margaíochta',
    'medicine-qa': 'Ceisteanna agus freagraí',
    'withdrawal-letter': 'Litir tarraingthe siar',
    'withdrawal-report': 'Tuarascáil mheasúnaithe ar an tarraingt siar',
    'orphan-maintenance-report': 'Tuarascáil mheasúnaithe ar choinneáil an ainmniúcháin dílleachta',
    'orphan-maintenance-report-post': 'Tuarascáil mheasúnaithe ar choinneáil an ainmniúcháin dílleachta tar éis údaraithe',
    'pip-compliance': 'Seiceáil chomhlíonta ar an bplean imscrúdaithe péidiatraice',
    'conditions-member-states': 'Coinníollacha nó srianta do Bhallstáit an Aontais Eorpaigh',
    'covid-19-vaccine-safety-update': 'Nuashonrú ar shábháilteacht vacsaín COVID-19',
    'medication-error': 'Faisnéis faoi earráidí cógais',
    'prac-recommendation': 'Moladh ón PRAC',
    'opinion-any-scientific-matter': 'Tuairim ar ábhar eolaíoch',
    'public-statement': 'Ráiteas poiblí',
    'press-release': 'Preaseisiúint',
    referral: 'Doiciméad atreoraithe',
    other: 'Doiciméad',
  },

  documents: {
    referenceNumber: 'Uimhir thagartha',
    firstPublished: 'Foilsithe den chéad uair',
    lastUpdated: 'Nuashonraithe go deireanach',
    languages: {
      one: 'Ar fáil in {count} teanga',
      two: 'Ar fáil in {count} theanga',
      few: 'Ar fáil in {count} theanga',
      many: 'Ar fáil in {count} dteanga',
      other: 'Ar fáil in {count} teanga',
    },
    viewIn: 'Féach ar {title} – teanga: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'níl sé ar fáil ar líne',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Pleananna imscrúdaithe péidiatraice' },
    'post-authorisation-study': { heading: 'Staidéir iarúdaraithe' },
    'orphan-designation': { heading: 'Ainmniúcháin dílleachta' },
    referral: { heading: 'Atreoruithe' },
    other: { heading: 'Faisnéis eile' },
  },

  medicine: {
    previousNames: 'Ar a dtugtaí {names} roimhe seo',
    activeSubstance: 'Substaint ghníomhach',
    statusHeading: 'Stádas',
    flagsLabel: 'Gnéithe rialála',
    contents: 'Clár an leathanaigh',
    sections: {
      overview: 'Forléargas',
      productInformation: 'Faisnéis an táirge',
      productDetails: 'Sonraí an táirge',
      authorisationDetails: 'Sonraí an údaraithe',
      applicationDetails: 'Sonraí an iarratais',
      assessmentHistory: 'Stair an mheasúnaithe',
      otherDocuments: 'Doiciméid eile',
      news: 'Nuacht faoi {name}',
      related: 'Tuilleadh faisnéise faoi {name}',
      patientSafety: 'Faisnéis maidir le sábháilteacht othar',
      withdrawalInformation: 'Faisnéis ghaolmhar maidir le tarraingtí siar',
      topics: 'Ábhair',
    },
    overview: {
      fallback: 'Níl an forléargas seo ar fáil sa teanga seo: {language}. Taispeántar é sa teanga seo: {fallback}.',
      fallbackDocument: 'Foilsíonn EMA é i {language} mar dhoiciméad: {link}.',
    },
    productInformation: {
      allLanguages: 'Tá faisnéis an táirge don chógas seo ar fáil i ngach ceann de theangacha oifigiúla an Aontais Eorpaigh.',
      contentsIntro: 'Tá an méid seo a leanas i ndoiciméid faisnéise an táirge:',
      contents: [
        'achoimre ar shaintréithe an táirge (iarscríbhinn I);',
        'sealbhóir an údaraithe monaraíochta atá freagrach as scaoileadh baisce (iarscríbhinn IIA);',
        'coinníollacha an údaraithe margaíochta (iarscríbhinn IIB);',
        'lipéadú (iarscríbhinn IIIA);',
        'bileog phacáiste (iarscríbhinn IIIB).',
      ],
      latestProcedure: 'An nós imeachta is déanaí a bhain le faisnéis an táirge',
    },
    productDetails: {
      name: 'Ainm an chógais',
      activeSubstance: 'Substaint ghníomhach',
      inn: 'Ainm neamhdhílseánaigh idirnáisiúnta (INN) nó ainm coiteann',
      therapeuticArea: 'Réimse teiripeach (MeSH)',
      atcCode: 'Cód anatamaíoch teiripeach ceimiceach (ATC)',
      pharmacotherapeuticGroup: 'Grúpa cógasteiripeach',
      therapeuticIndication: 'Tásc teiripeach',
      species: 'Speicis',
      atcNotYetAssigned: 'Níl sé sannta fós',
      atcMalformed: 'ní cód ATC bailí é: taispeántar é mar a chlónn EMA é',
    },
    authorisation: {
      productNumber: 'Uimhir táirge EMA',
      holder: 'Sealbhóir an údaraithe margaíochta',
      applicant: 'Iarratasóir ar an údarú margaíochta',
      revision: 'Uimhir athbhreithnithe EMA',
      developer: 'Forbróir',
      opinionStatus: 'Stádas na tuairime',
      opinionStatuses: { positive: 'Dearfach', negative: 'Diúltach' },
    },
    news: {
      published: 'Foilsithe: {date}',
      patientSafetyMarker: 'D’fhoilsigh EMA faisnéis maidir le sábháilteacht othar faoin leigheas seo.',
    },
    source: {
      heading: 'Foinse agus sonraí',
      ema: 'Féach ar an gcógas seo ar shuíomh gréasáin EMA',
      json: 'Faigh an taifead seo i bhformáid JSON',
    },
  },

  catalogue: {
    title: 'Cógais',
    description:
      'Gach cógas a bhfuil tuarascáil mheasúnaithe phoiblí Eorpach (EPAR) ann dó, mar aon lena stádas agus lena réimse teiripeach.',
    tableCaption: 'Cógais',
    showing: {
      one: 'Á dtaispeáint: {from}–{to} as {count} chógas',
      two: 'Á dtaispeáint: {from}–{to} as {count} chógas',
      few: 'Á dtaispeáint: {from}–{to} as {count} chógas',
      many: 'Á dtaispeáint: {from}–{to} as {count} gcógas',
      other: 'Á dtaispeáint: {from}–{to} as {count} cógas',
    },
    empty: 'Níl aon chógas ann a fhreagraíonn do na scagairí seo.',
    pageOutOfRange: 'Níl aon chógas ar an leathanach seo.',
    filters: {
      heading: 'Scag na cógais',
      status: 'Stádas',
      anyStatus: 'Gach stádas',
      category: 'Cineál cógais',
      anyCategory: 'Daonna agus tréidliachta',
      sort: 'Sórtáil de réir',
      submit: 'Cuir i bhfeidhm',
      clear: 'Glan na scagairí',
    },
    columns: {
      name: 'Cógas',
      inn: 'Substaint ghníomhach (INN)',
      status: 'Stádas',
      therapeuticAreas: 'Réimse teiripeach',
      authorised: 'Údaraithe',
      updated: 'Nuashonraithe go deireanach',
    },
    sortedAscending: 'sórtáilte in ord ardaitheach',
    sortedDescending: 'sórtáilte in ord íslitheach',
    sortBy: 'sórtáil de réir {column}',
  },

  sort: {
    name: 'Ainm (A go Z)',
    '-name': 'Ainm (Z go A)',
    authorised: 'Dáta údaraithe (an ceann is sine ar dtús)',
    '-authorised': 'Dáta údaraithe (an ceann is nuaí ar dtús)',
    updated: 'Nuashonraithe go deireanach (an ceann is sine ar dtús)',
    '-updated': 'Nuashonraithe go deireanach (an ceann is nuaí ar dtús)',
  },

  pagination: {
    label: 'Leathanaigh',
    previous: 'An leathanach roimhe seo',
    next: 'An chéad leathanach eile',
    page: 'Leathanach {page}',
  },

  home: {
    title: 'Aimsigh faisnéis faoi chógais a ndearnadh meastóireacht orthu san Aontas Eorpach',
    lede: 'Foilsíonn OpenEPAR gach tuarascáil mheasúnaithe phoiblí Eorpach (EPAR) ón nGníomhaireacht Leigheasra Eorpach (EMA): cad chuige a n-úsáidtear gach cógas, cé acu atá sé údaraithe nó nach bhfuil, faisnéis an táirge i ngach teanga de chuid an Aontais Eorpaigh agus na doiciméid ar a bhfuil an cinneadh bunaithe.',
    audiences: {
      heading: 'Cé dó a bhfuil OpenEPAR ceaptha',
      patients: {
        title: 'Othair agus cúramóirí',
        text: 'Léigh forléargas i dteanga shimplí ar chógas, cad chuige a n-úsáidtear é agus cad iad na rioscaí a bhaineann leis, i do theanga féin.',
      },
      prescribers: {
        title: 'Oideasóirí agus cógaiseoirí',
        text: 'Oscail faisnéis reatha an táirge, agus seiceáil an stádas agus an nós imeachta is déanaí a bhain léi.',
      },
      researchers: {
        title: 'Taighdeoirí agus forbróirí',
        text: 'Úsáid na sonraí céanna mar shonraí oscailte trí API JSON a bhfuil cur síos air le OpenAPI.',
      },
    },
    search: {
      label: 'Cuardaigh cógas',
      hint: 'Cuir isteach ainm cógais nó substainte gníomhaí, mar shampla sotorasib',
      button: 'Cuardaigh',
    },
    sample:
      'Níl sa tairseach seo ach sampla de thuarascálacha measúnaithe poiblí Eorpacha (EPAR) na Gníomhaireachta Leigheasra Eorpaí, lena stair ó tháblaí sonraí EMA. Líon na gcógas: {count}. Chun iad go léir a fhoilsiú, iompórtáil an corpas iomlán le {command}.',
    browseAll: {
      one: 'Brabhsáil an cógas ({count})',
      two: 'Brabhsáil na cógais go léir ({count})',
      few: 'Brabhsáil na cógais go léir ({count})',
      many: 'Brabhsáil na cógais go léir ({count})',
      other: 'Brabhsáil na cógais go léir ({count})',
    },
    byStatus: {
      heading: 'Cógais de réir stádais',
      caption: 'Líon na gcógas de réir stádais',
      status: 'Stádas',
      count: 'Líon na gcógas',
      link: {
        one: '{count} chógas: {status}',
        two: '{count} chógas: {status}',
        few: '{count} chógas: {status}',
        many: '{count} gcógas: {status}',
        other: '{count} cógas: {status}',
      },
    },
    recent: {
      heading: 'Nuashonraithe le déanaí',
      none: 'Níor nuashonraíodh aon chógas le déanaí.',
      updated: 'Nuashonraithe: {date}',
    },
    openData: {
      heading: 'Sonraí oscailte',
      text: 'Tá gach leathanach ar OpenEPAR ar fáil mar shonraí freisin, agus is féidir iad a athúsáid saor in aisce ach aitheantas a thabhairt don fhoinse.',
    },
  },

  errors: {
    status: 'Earráid {status}',
    notFound: {
      title: 'Níor aimsíodh an leathanach',
      message:
        'Má chlóscríobh tú an seoladh gréasáin, seiceáil go bhfuil sé ceart. Má ghreamaigh tú an seoladh gréasáin, seiceáil gur chóipeáil tú an seoladh ar fad.',
    },
    badRequest: {
      title: 'Tá fadhb leis an iarratas seo',
      message: 'Tá rud éigin sa seoladh nach dtuigeann an tseirbhís seo. Seiceáil é agus bain triail eile as.',
    },
    serverError: {
      title: 'Ár leithscéal, tá fadhb leis an tseirbhís',
      message: 'Bain triail eile as ar ball.',
    },
    unavailable: {
      title: 'Ár leithscéal, níl an tseirbhís ar fáil',
      message: 'Beidh tú in ann an tseirbhís a úsáid ar ball.',
    },
    home: 'Téigh go dtí an leathanach baile',
    browse: 'Brabhsáil na cógais go léir',
  },
};
