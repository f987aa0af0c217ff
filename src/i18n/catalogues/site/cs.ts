/** Czech interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const cs: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Léčivé přípravky hodnocené Evropskou agenturou pro léčivé přípravky jako otevřená data',
  },

  common: {
    skipLink: 'Přejít na hlavní obsah',
    notStated: 'Neuvedeno',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'otevře se na nové kartě',
    backToTop: 'Zpět nahoru',
  },

  nav: {
    label: 'Hlavní navigace',
    home: 'Úvod',
    medicines: 'Léčivé přípravky',
    search: 'Vyhledávání',
    whatsNew: 'Co je nového',
    breadcrumb: 'Drobečková navigace',
  },

  languageSwitcher: {
    label: 'Jazyk',
    summary: 'Jazyk: {language}',
    current: 'aktuální jazyk',
  },

  footer: {
    heading: 'O této službě',
    source: 'Obsah pochází od Evropské agentury pro léčivé přípravky (EMA) a je reprodukován s uvedením zdroje',
    emaWebsite: 'Internetové stránky Evropské agentury pro léčivé přípravky',
    openData: 'Otevřená data',
    api: 'JSON API',
    openApi: 'Popis OpenAPI',
    openSource: 'OpenEPAR je software s otevřeným zdrojovým kódem.',
  },

  categories: {
    human: 'Humánní',
    veterinary: 'Veterinární',
  },

  categoryMedicine: {
    human: 'Humánní léčivý přípravek',
    veterinary: 'Veterinární léčivý přípravek',
  },

  statuses: {
    'under-evaluation': { label: 'Probíhá hodnocení', description: 'Agentura EMA posuzuje žádost o registraci tohoto léčivého přípravku' },
    authorised: { label: 'Registrováno', description: 'Tento léčivý přípravek je registrován pro použití v Evropské unii' },
    opinion: { label: 'Stanovisko', description: 'Agentura EMA vydala k tomuto léčivému přípravku stanovisko' },
    'opinion-under-re-examination': {
      label: 'Stanovisko v přezkumu',
      description: 'Stanovisko, které agentura EMA k tomuto léčivému přípravku vydala, je přezkoumáváno',
    },
    refused: { label: 'Zamítnuto', description: 'Registrace tohoto léčivého přípravku byla zamítnuta' },
    'application-withdrawn': { label: 'Žádost stažena', description: 'Žádost týkající se tohoto léčivého přípravku byla stažena' },
    'withdrawn-from-rolling-review': {
      label: 'Staženo z průběžného hodnocení',
      description: 'Tento léčivý přípravek byl stažen z hodnocení v rámci průběžného hodnocení',
    },
    withdrawn: { label: 'Staženo', description: 'Registrace tohoto léčivého přípravku byla stažena' },
    suspended: { label: 'Pozastaveno', description: 'Používání tohoto léčivého přípravku v Evropské unii je v současné době pozastaveno' },
    lapsed: { label: 'Pozbylo platnosti', description: 'Registrace tohoto léčivého přípravku pozbyla platnosti' },
    expired: { label: 'Platnost skončila', description: 'Platnost registrace tohoto léčivého přípravku skončila' },
    revoked: { label: 'Zrušeno', description: 'Registrace tohoto léčivého přípravku byla zrušena' },
  },

  lifecycle: {
    label: 'Fáze hodnocení',
    steps: {
      human: {
        application: 'Žádost v hodnocení',
        opinion: 'Stanovisko výboru CHMP',
        decision: 'Rozhodnutí Evropské komise',
      },
      veterinary: {
        application: 'Žádost v hodnocení',
        opinion: 'Stanovisko výboru CVMP',
        decision: 'Rozhodnutí Evropské komise',
      },
    },
    states: {
      done: 'Dokončeno',
      current: 'Aktuální fáze',
      stopped: 'Zastaveno',
      upcoming: 'Dosud nedosaženo',
    },
  },

  flags: {
    moreInfo: 'Další informace naleznete zde: {link}.',
    additionalMonitoring: {
      name: 'Další sledování',
      description:
        'Tento léčivý přípravek podléhá dalšímu sledování, což znamená, že je sledován ještě intenzivněji než ostatní léčivé přípravky.',
      symbol:
        'Léčivé přípravky podléhající dalšímu sledování jsou v příbalové informaci a v souhrnu údajů o přípravku označeny černým obráceným trojúhelníkem (▼).',
      moreInfo: 'Léčivé přípravky podléhající dalšímu sledování',
    },
    conditionalApproval: {
      name: 'Podmínečné schválení',
      description:
        'Tomuto léčivému přípravku bylo uděleno podmínečné rozhodnutí o registraci. Bylo uděleno v zájmu veřejného zdraví, protože léčivý přípravek řeší dosud nenaplněnou léčebnou potřebu a přínos jeho okamžité dostupnosti převažuje nad rizikem vyplývajícím z méně úplných údajů, než je obvykle požadováno.',
      moreInfo: 'Podmínečná registrace',
    },
    exceptionalCircumstances: {
      name: 'Výjimečné okolnosti',
      description:
        'Tento léčivý přípravek byl registrován za výjimečných okolností, protože žadatel nemohl poskytnout úplné údaje o účinnosti a bezpečnosti léčivého přípravku za běžných podmínek použití. K tomu může dojít, protože léčené onemocnění je vzácné nebo protože shromáždění úplných informací není možné nebo je neetické.',
      moreInfo: 'Pokyny pro období před registrací',
    },
    acceleratedAssessment: {
      name: 'Zrychlené posouzení',
      description:
        'Tento léčivý přípravek prošel zrychleným posouzením. To znamená, že jde o léčivý přípravek velkého významu pro veřejné zdraví, a lhůta pro jeho hodnocení proto činila 150 dní hodnocení namísto 210.',
      moreInfo: 'Zrychlené posouzení',
    },
    orphan: {
      name: 'Léčivý přípravek pro vzácná onemocnění',
      description:
        'Tento léčivý přípravek byl označen jako léčivý přípravek pro vzácná onemocnění. To znamená, že byl vyvinut k použití proti vzácnému, život ohrožujícímu nebo chronicky invalidizujícímu onemocnění, nebo že by z ekonomických důvodů bez pobídek pravděpodobně nebyl vyvinut.',
      moreInfo: 'Označení léčivých přípravků pro vzácná onemocnění',
    },
    generic: {
      name: 'Generikum',
      description:
        'Jedná se o generický léčivý přípravek, který byl vyvinut tak, aby byl shodný s již registrovaným léčivým přípravkem, tzv. referenčním léčivým přípravkem. Generikum obsahuje stejnou léčivou látku či látky jako referenční léčivý přípravek a používá se ve stejné dávce či dávkách k léčbě stejného onemocnění či onemocnění.',
      moreInfo: 'Generické a hybridní léčivé přípravky',
    },
    biosimilar: {
      name: 'Biologicky podobný léčivý přípravek',
      description:
        'Jedná se o biologicky podobný léčivý přípravek, tj. biologický léčivý přípravek vysoce podobný jinému, již schválenému biologickému léčivému přípravku, tzv. „referenčnímu léčivému přípravku“.',
      moreInfo: 'Biologicky podobné léčivé přípravky',
    },
    advancedTherapy: {
      name: 'Moderní terapie',
      description:
        'Tento léčivý přípravek je klasifikován jako léčivý přípravek pro moderní terapii (ATMP): humánní léčivý přípravek založený na genech, tkáních nebo buňkách. Nabízí převratné nové možnosti léčby onemocnění a poranění.',
      moreInfo: 'Léčivé přípravky pro moderní terapii: přehled',
    },
    prime: {
      name: 'PRIME: prioritní léčivý přípravek',
      description:
        'Tento léčivý přípravek byl během svého vývoje zařazen do programu agentury EMA pro prioritní léčivé přípravky (PRIME). PRIME je program zavedený agenturou EMA s cílem posílit podporu vývoje léčivých přípravků zaměřených na dosud nenaplněnou léčebnou potřebu. Tento dobrovolný program je založen na užší spolupráci a včasném dialogu s vývojáři slibných léčivých přípravků, jejichž cílem je optimalizovat plány vývoje a urychlit hodnocení, aby se tyto léčivé přípravky dostaly k pacientům dříve.',
      moreInfo: 'PRIME: prioritní léčivé přípravky',
    },
  },

  dates: {
    opinionAdopted: 'Přijetí stanoviska',
    marketingAuthorisationIssued: 'Vydání rozhodnutí o registraci',
    refusal: 'Zamítnutí registrace',
    applicationWithdrawn: 'Stažení žádosti',
    withdrawal: 'Stažení registrace',
    suspension: 'Pozastavení registrace',
    lapse: 'Pozbytí platnosti registrace',
    expiry: 'Skončení platnosti registrace',
    revocation: 'Zrušení registrace',
    pageLastUpdated: 'EMA naposledy aktualizovala svou stránku dne',
  },

  documentTypes: {
    overview: 'Přehled léčivého přípravku',
    'product-information': 'Informace o přípravku',
    'product-information-tracked-changes': 'Informace o přípravku se zobrazenými změnami',
    'amended-product-information': 'Změněné informace o přípravku',
    'all-authorised-presentations': 'Všechny registrované varianty přípravku',
    leaflet: 'Příbalová informace',
    rmp: 'Plán řízení rizik',
    'rmp-summary': 'Souhrn plánu řízení rizik',
    'assessment-report': 'Veřejná zpráva o hodnocení',
    'variation-report': 'Zpráva o hodnocení změny registrace',
    'scientific-conclusion': 'Vědecké závěry',
    'scientific-discussion': 'Vědecká diskuse',
    'scientific-discussion-variation': 'Vědecká diskuse ke změně registrace',
    'procedural-steps': 'Procedurální kroky před registrací',
    'procedural-steps-after': 'Procedurální kroky a vědecké informace po registraci',
    'steps-after-cutoff': 'Procedurální kroky po registraci (archiv)',
    'smop-initial': 'Shrnutí stanoviska',
    smop: 'Shrnutí stanoviska ke změně registrace',
    'medicine-qa': 'Otázky a odpovědi',
    'withdrawal-letter': 'Dopis o stažení',
    'withdrawal-report': 'Zpráva o hodnocení ke stažení žádosti',
    'orphan-maintenance-report': 'Zpráva o hodnocení zachování označení léčivého přípravku pro vzácná onemocnění',
    'orphan-maintenance-report-post': 'Zpráva o hodnocení zachování označení léčivého přípravku pro vzácná onemocnění po registraci',
    'pip-compliance': 'Kontrola souladu s plánem pediatrického výzkumu',
    'conditions-member-states': 'Podmínky nebo omezení pro členské státy EU',
    'covid-19-vaccine-safety-update': 'Aktualizace informací o bezpečnosti vakcín proti onemocnění COVID-19',
    'medication-error': 'Informace o chybách v medikaci',
    'prac-recommendation': 'Doporučení výboru PRAC',
    'opinion-any-scientific-matter': 'Stanovisko k vědecké otázce',
    'public-statement': 'Veřejné prohlášení',
    'press-release': 'Tisková zpráva',
    referral: 'Dokument k postupu přezkoumání',
    other: 'Dokument',
  },

  documents: {
    referenceNumber: 'Referenční číslo',
    firstPublished: 'První zveřejnění',
    lastUpdated: 'Poslední aktualizace',
    languages: {
      one: 'K dispozici v {count} jazyce',
      few: 'K dispozici v {count} jazycích',
      many: 'K dispozici v {count} jazyce',
      other: 'K dispozici v {count} jazycích',
    },
    viewIn: 'Zobrazit {title}, jazyk: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'není k dispozici online',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Plány pediatrického výzkumu' },
    'post-authorisation-study': { heading: 'Poregistrační studie' },
    'orphan-designation': { heading: 'Označení léčivých přípravků pro vzácná onemocnění' },
    referral: { heading: 'Postupy přezkoumání' },
    other: { heading: 'Další informace' },
  },

  medicine: {
    previousNames: 'Dříve známý jako {names}',
    activeSubstance: 'Léčivá látka',
    statusHeading: 'Stav',
    flagsLabel: 'Regulační charakteristiky',
    contents: 'Obsah stránky',
    sections: {
      overview: 'Přehled',
      productInformation: 'Informace o přípravku',
      productDetails: 'Údaje o přípravku',
      authorisationDetails: 'Údaje o registraci',
      applicationDetails: 'Údaje o žádosti',
      assessmentHistory: 'Historie hodnocení',
      otherDocuments: 'Další dokumenty',
      news: 'Novinky k přípravku {name}',
      related: 'Další informace o přípravku {name}',
      patientSafety: 'Informace o bezpečnosti pacientů',
      withdrawalInformation: 'Související informace o stažení',
      topics: 'Témata',
    },
    overview: {
      fallback: 'Tento přehled není k dispozici v požadovaném jazyce ({language}). Zobrazuje se jazyková verze: {fallback}.',
      fallbackDocument: 'EMA ho zveřejňuje v jazyce {language} jako dokument: {link}.',
    },
    productInformation: {
      allLanguages: 'Informace o tomto léčivém přípravku jsou k dispozici ve všech úředních jazycích EU.',
      contentsIntro: 'Dokumenty s informacemi o přípravku obsahují:',
      contents: [
        'souhrn údajů o přípravku (příloha I);',
        'držitele povolení k výrobě odpovědného za propouštění šarží (příloha IIA);',
        'podmínky registrace (příloha IIB);',
        'označení na obalu (příloha IIIA);',
        'příbalovou informaci (příloha IIIB).',
      ],
      latestProcedure: 'Poslední postup, který se týkal informací o přípravku',
    },
    productDetails: {
      name: 'Název léčivého přípravku',
      activeSubstance: 'Léčivá látka',
      inn: 'Mezinárodní nechráněný název (INN) nebo běžný název',
      therapeuticArea: 'Terapeutická oblast (MeSH)',
      atcCode: 'Anatomicko-terapeuticko-chemický (ATC) kód',
      pharmacotherapeuticGroup: 'Farmakoterapeutická skupina',
      therapeuticIndication: 'Terapeutická indikace',
      species: 'Druhy zvířat',
      atcNotYetAssigned: 'Dosud nepřiřazen',
      atcMalformed: 'neplatný kód ATC: uveden tak, jak jej uvádí EMA',
    },
    authorisation: {
      productNumber: 'Číslo přípravku EMA',
      holder: 'Držitel rozhodnutí o registraci',
      applicant: 'Žadatel o registraci',
      revision: 'Číslo revize EMA',
      developer: 'Vývojář',
      opinionStatus: 'Výsledek stanoviska',
      opinionStatuses: { positive: 'Kladné', negative: 'Záporné' },
    },
    news: {
      published: 'Zveřejněno {date}',
      patientSafetyMarker: 'Agentura EMA zveřejnila k tomuto léčivému přípravku informace o bezpečnosti pacientů.',
    },
    source: {
      heading: 'Zdroj a data',
      ema: 'Zobrazit tento léčivý přípravek na internetových stránkách agentury EMA',
      json: 'Stáhnout tento záznam ve formátu JSON',
    },
  },

  catalogue: {
    title: 'Léčivé přípravky',
    description:
      'Všechny léčivé přípravky s evropskou veřejnou zprávou o hodnocení (EPAR), s jejich stavem a terapeutickou oblastí.',
    tableCaption: 'Léčivé přípravky',
    showing: {
      one: 'Zobrazeno {from}–{to} z {count} léčivého přípravku',
      few: 'Zobrazeno {from}–{to} z {count} léčivých přípravků',
      many: 'Zobrazeno {from}–{to} z {count} léčivého přípravku',
      other: 'Zobrazeno {from}–{to} z {count} léčivých přípravků',
    },
    empty: 'Těmto filtrům neodpovídají žádné léčivé přípravky.',
    pageOutOfRange: 'Na této stránce nejsou žádné léčivé přípravky.',
    filters: {
      heading: 'Filtrovat léčivé přípravky',
      status: 'Stav',
      anyStatus: 'Všechny stavy',
      category: 'Typ léčivého přípravku',
      anyCategory: 'Humánní i veterinární',
      sort: 'Seřadit podle',
      submit: 'Použít',
      clear: 'Zrušit filtry',
    },
    columns: {
      name: 'Léčivý přípravek',
      inn: 'Léčivá látka (INN)',
      status: 'Stav',
      therapeuticAreas: 'Terapeutická oblast',
      authorised: 'Registrace',
      updated: 'Poslední aktualizace',
    },
    sortedAscending: 'seřazeno vzestupně',
    sortedDescending: 'seřazeno sestupně',
    sortBy: 'seřadit podle sloupce {column}',
  },

  sort: {
    name: 'Název (A–Z)',
    '-name': 'Název (Z–A)',
    authorised: 'Datum registrace (od nejstaršího)',
    '-authorised': 'Datum registrace (od nejnovějšího)',
    updated: 'Poslední aktualizace (od nejstarší)',
    '-updated': 'Poslední aktualizace (od nejnovější)',
  },

  pagination: {
    label: 'Stránky',
    previous: 'Předchozí stránka',
    next: 'Další stránka',
    page: 'Stránka {page}',
  },

  home: {
    title: 'Vyhledejte informace o léčivých přípravcích hodnocených v Evropské unii',
    lede: 'OpenEPAR zveřejňuje všechny evropské veřejné zprávy o hodnocení (EPAR) Evropské agentury pro léčivé přípravky (EMA): k čemu jednotlivé léčivé přípravky slouží, zda jsou registrovány, informace o přípravku ve všech jazycích EU a dokumenty, na nichž je rozhodnutí založeno.',
    audiences: {
      heading: 'Pro koho je OpenEPAR určen',
      patients: {
        title: 'Pacienti a pečovatelé',
        text: 'Přečtěte si ve svém jazyce srozumitelný přehled o léčivém přípravku: k čemu se používá a jaká jsou jeho rizika.',
      },
      prescribers: {
        title: 'Předepisující lékaři a lékárníci',
        text: 'Otevřete aktuální informace o přípravku, zkontrolujte jeho stav a poslední postup, který se jich týkal.',
      },
      researchers: {
        title: 'Výzkumní pracovníci a vývojáři',
        text: 'Využijte stejné údaje jako otevřená data prostřednictvím rozhraní JSON API popsaného ve formátu OpenAPI.',
      },
    },
    search: {
      label: 'Vyhledat léčivý přípravek',
      hint: 'Zadejte název léčivého přípravku nebo léčivé látky, například sotorasib',
      button: 'Hledat',
    },
    sample:
      'Tento portál obsahuje pouze vzorek evropských veřejných zpráv o hodnocení (EPAR) Evropské agentury pro léčivé přípravky s jejich historií z datových tabulek EMA. Počet léčivých přípravků: {count}. Chcete-li zveřejnit všechny, importujte celý korpus příkazem {command}.',
    browseAll: {
      one: 'Procházet {count} léčivý přípravek',
      few: 'Procházet všechny {count} léčivé přípravky',
      many: 'Procházet všech {count} léčivého přípravku',
      other: 'Procházet všech {count} léčivých přípravků',
    },
    byStatus: {
      heading: 'Léčivé přípravky podle stavu',
      caption: 'Počet léčivých přípravků podle stavu',
      status: 'Stav',
      count: 'Počet léčivých přípravků',
      link: {
        one: '{count} léčivý přípravek: {status}',
        few: '{count} léčivé přípravky: {status}',
        many: '{count} léčivého přípravku: {status}',
        other: '{count} léčivých přípravků: {status}',
      },
    },
    recent: {
      heading: 'Nedávno aktualizované',
      none: 'V poslední době nebyly aktualizovány žádné léčivé přípravky.',
      updated: 'Aktualizováno {date}',
    },
    openData: {
      heading: 'Otevřená data',
      text: 'Každá stránka OpenEPAR je k dispozici také jako data, která lze volně opakovaně použít s uvedením zdroje.',
    },
  },

  errors: {
    status: 'Chyba {status}',
    notFound: {
      title: 'Stránka nebyla nalezena',
      message:
        'Pokud jste webovou adresu zadali ručně, zkontrolujte, zda je správná. Pokud jste ji vložili, zkontrolujte, zda jste zkopírovali celou adresu.',
    },
    badRequest: {
      title: 'S tímto požadavkem je problém',
      message: 'Adresa obsahuje něco, čemu tato služba nerozumí. Zkontrolujte ji a zkuste to znovu.',
    },
    serverError: {
      title: 'Omlouváme se, ve službě došlo k problému',
      message: 'Zkuste to prosím později.',
    },
    unavailable: {
      title: 'Omlouváme se, služba je nedostupná',
      message: 'Službu budete moci použít později.',
    },
    home: 'Přejít na úvodní stránku',
    browse: 'Procházet všechny léčivé přípravky',
  },
};
