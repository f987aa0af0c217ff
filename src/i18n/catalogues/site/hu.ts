/** Hungarian interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const hu: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Az Európai Gyógyszerügynökség által értékelt gyógyszerek nyílt adatként',
  },

  common: {
    skipLink: 'Ugrás a fő tartalomhoz',
    notStated: 'Nincs megadva',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'új lapon nyílik meg',
    backToTop: 'Vissza az oldal tetejére',
  },

  nav: {
    label: 'Fő navigáció',
    home: 'Kezdőlap',
    medicines: 'Gyógyszerek',
    search: 'Keresés',
    whatsNew: 'Újdonságok',
    breadcrumb: 'Morzsamenü',
  },

  languageSwitcher: {
    label: 'Nyelv',
    summary: 'Nyelv: {language}',
    current: 'jelenlegi nyelv',
  },

  footer: {
    heading: 'A szolgáltatásról',
    source: 'Az Európai Gyógyszerügynökség (EMA) tartalma, a forrás megjelölésével közölve',
    emaWebsite: 'Az Európai Gyógyszerügynökség honlapja',
    openData: 'Nyílt adatok',
    api: 'JSON API',
    openApi: 'OpenAPI-leírás',
    openSource: 'Az OpenEPAR nyílt forráskódú szoftver.',
  },

  categories: {
    human: 'Humán',
    veterinary: 'Állatgyógyászati',
  },

  categoryMedicine: {
    human: 'Humán gyógyszer',
    veterinary: 'Állatgyógyászati készítmény',
  },

  statuses: {
    'under-evaluation': { label: 'Értékelés alatt', description: 'Az EMA értékeli a gyógyszerre vonatkozó kérelmet' },
    authorised: { label: 'Engedélyezett', description: 'Ez a gyógyszer engedélyezett az Európai Unióban' },
    opinion: { label: 'Vélemény', description: 'Az EMA véleményt adott ki erről a gyógyszerről' },
    'opinion-under-re-examination': {
      label: 'Felülvizsgálat alatt álló vélemény',
      description: 'Az EMA által erről a gyógyszerről kiadott vélemény felülvizsgálata folyamatban van',
    },
    refused: { label: 'Elutasítva', description: 'E gyógyszer engedélyezését elutasították' },
    'application-withdrawn': { label: 'Kérelem visszavonva', description: 'Az e gyógyszerre vonatkozó kérelmet visszavonták' },
    'withdrawn-from-rolling-review': {
      label: 'Visszavonva a folyamatos értékelésből',
      description: 'Ezt a gyógyszert visszavonták a folyamatos értékelés (rolling review) keretében zajló értékelésből',
    },
    withdrawn: { label: 'Visszavonva', description: 'E gyógyszer forgalomba hozatali engedélyét visszavonták' },
    suspended: { label: 'Felfüggesztve', description: 'E gyógyszer alkalmazása jelenleg fel van függesztve az Európai Unióban' },
    lapsed: { label: 'Hatályát vesztette', description: 'E gyógyszer forgalomba hozatali engedélye hatályát vesztette' },
    expired: { label: 'Lejárt', description: 'E gyógyszer forgalomba hozatali engedélye lejárt' },
    revoked: { label: 'Hatóságilag visszavonva', description: 'E gyógyszer forgalomba hozatali engedélyét hatóságilag visszavonták' },
  },

  lifecycle: {
    label: 'Az értékelés szakaszai',
    steps: {
      human: {
        application: 'Értékelés alatt álló kérelem',
        opinion: 'A CHMP véleménye',
        decision: 'Az Európai Bizottság határozata',
      },
      veterinary: {
        application: 'Értékelés alatt álló kérelem',
        opinion: 'A CVMP véleménye',
        decision: 'Az Európai Bizottság határozata',
      },
    },
    states: {
      done: 'Befejezve',
      current: 'Jelenlegi szakasz',
      stopped: 'Leállítva',
      upcoming: 'Még nem kezdődött el',
    },
  },

  flags: {
    moreInfo: 'További információ: {link}.',
    additionalMonitoring: {
      name: 'Fokozott felügyelet',
      description:
        'Ez a gyógyszer fokozott felügyelet alatt áll, ami azt jelenti, hogy még intenzívebben figyelik, mint más gyógyszereket.',
      symbol:
        'A fokozott felügyelet alatt álló gyógyszerek betegtájékoztatójában és alkalmazási előírásában fekete, lefelé mutató háromszög (▼) szerepel.',
      moreInfo: 'Fokozott felügyelet alatt álló gyógyszerek',
    },
    conditionalApproval: {
      name: 'Feltételes engedélyezés',
      description:
        'Ez a gyógyszer feltételes forgalomba hozatali engedélyt kapott. Az engedélyt a népegészségügy érdekében adták meg, mert a gyógyszer kielégítetlen orvosi szükségletre ad választ, és az azonnali hozzáférhetőség előnye meghaladja a szokásosnál kevésbé átfogó adatokból eredő kockázatot.',
      moreInfo: 'Feltételes forgalomba hozatali engedély',
    },
    exceptionalCircumstances: {
      name: 'Kivételes körülmények',
      description:
        'Ezt a gyógyszert kivételes körülmények között engedélyezték, mivel a kérelmező nem tudott átfogó adatokat szolgáltatni a gyógyszer hatásosságáról és biztonságosságáról a szokásos alkalmazási feltételek mellett. Ez előfordulhat azért, mert a kezelendő betegség ritka, vagy mert a teljes körű információk gyűjtése nem lehetséges vagy etikátlan.',
      moreInfo: 'Útmutató az engedélyezés előtti szakaszhoz',
    },
    acceleratedAssessment: {
      name: 'Gyorsított értékelés',
      description:
        'Ez a gyógyszer gyorsított értékelésben részesült. Ez azt jelenti, hogy népegészségügyi szempontból kiemelt jelentőségű gyógyszerről van szó, ezért értékelése 210 helyett 150 értékelési napig tartott.',
      moreInfo: 'Gyorsított értékelés',
    },
    orphan: {
      name: 'Ritka betegségek gyógyszere',
      description:
        'Ezt a gyógyszert ritka betegségek gyógyszerévé minősítették. Ez azt jelenti, hogy ritka, életveszélyes vagy krónikusan legyengítő betegség elleni alkalmazásra fejlesztették ki, vagy gazdasági okokból ösztönzők nélkül valószínűleg nem fejlesztették volna ki.',
      moreInfo: 'Ritka betegségek gyógyszerévé minősítés',
    },
    generic: {
      name: 'Generikus gyógyszer',
      description:
        'Ez egy generikus gyógyszer, amelyet úgy fejlesztettek ki, hogy megegyezzen egy már engedélyezett gyógyszerrel, az úgynevezett referencia-gyógyszerrel. A generikus gyógyszer ugyanazt a hatóanyagot (ugyanazokat a hatóanyagokat) tartalmazza, mint a referencia-gyógyszer, és ugyanabban az adagban (adagokban) alkalmazzák ugyanannak a betegségnek (betegségeknek) a kezelésére.',
      moreInfo: 'Generikus és hibrid gyógyszerek',
    },
    biosimilar: {
      name: 'Biohasonló gyógyszer',
      description:
        'Ez egy biohasonló gyógyszer, vagyis olyan biológiai gyógyszer, amely nagymértékben hasonlít egy másik, már jóváhagyott biológiai gyógyszerhez, az úgynevezett „referencia-gyógyszerhez”.',
      moreInfo: 'Biohasonló gyógyszerek',
    },
    advancedTherapy: {
      name: 'Fejlett terápia',
      description:
        'Ez a gyógyszer fejlett terápiás gyógyszerkészítménynek (ATMP) minősül: olyan humán felhasználásra szánt gyógyszer, amely géneken, szöveteken vagy sejteken alapul. Úttörő új lehetőségeket kínál a betegségek és sérülések kezelésére.',
      moreInfo: 'Fejlett terápiás gyógyszerkészítmények: áttekintés',
    },
    prime: {
      name: 'PRIME: kiemelt gyógyszer',
      description:
        'Ez a gyógyszer a fejlesztése során bekerült az EMA kiemelt gyógyszerekre vonatkozó programjába (PRIME). A PRIME az EMA által indított program, amelynek célja, hogy fokozottabb támogatást nyújtson a kielégítetlen orvosi szükségletre választ adó gyógyszerek fejlesztéséhez. Ez az önkéntes program az ígéretes gyógyszerek fejlesztőivel folytatott szorosabb együttműködésen és korai párbeszéden alapul, a fejlesztési tervek optimalizálása és az értékelés felgyorsítása érdekében, hogy ezek a gyógyszerek hamarabb eljuthassanak a betegekhez.',
      moreInfo: 'PRIME: kiemelt gyógyszerek',
    },
  },

  dates: {
    opinionAdopted: 'Vélemény elfogadása',
    marketingAuthorisationIssued: 'Forgalomba hozatali engedély kiadása',
    refusal: 'Forgalomba hozatali engedély elutasítása',
    applicationWithdrawn: 'Kérelem visszavonása',
    withdrawal: 'Forgalomba hozatali engedély visszavonása',
    suspension: 'Forgalomba hozatali engedély felfüggesztése',
    lapse: 'Forgalomba hozatali engedély hatályvesztése',
    expiry: 'Forgalomba hozatali engedély lejárata',
    revocation: 'Forgalomba hozatali engedély hatósági visszavonása',
    pageLastUpdated: 'Az EMA legutóbb ekkor frissítette az oldalát:',
  },

  documentTypes: {
    overview: 'A gyógyszer áttekintése',
    'product-information': 'Termékinformáció',
    'product-information-tracked-changes': 'Termékinformáció a változtatások jelölésével',
    'amended-product-information': 'Módosított termékinformáció',
    'all-authorised-presentations': 'Az összes engedélyezett kiszerelés',
    leaflet: 'Betegtájékoztató',
    rmp: 'Kockázatkezelési terv',
    'rmp-summary': 'A kockázatkezelési terv összefoglalója',
    'assessment-report': 'Nyilvános értékelő jelentés',
    'variation-report': 'Értékelő jelentés a forgalomba hozatali engedély módosításáról',
    'scientific-conclusion': 'Tudományos következtetések',
    'scientific-discussion': 'Tudományos megvitatás',
    'scientific-discussion-variation': 'Tudományos megvitatás a forgalomba hozatali engedély módosításáról',
    'procedural-steps': 'Az engedélyezés előtti eljárási lépések',
    'procedural-steps-after': 'Az engedélyezés utáni eljárási lépések és tudományos információk',
    'steps-after-cutoff': 'Az engedélyezés utáni eljárási lépések (archívum)',
    'smop-initial': 'A vélemény összefoglalója',
    smop: 'Összefoglaló a forgalomba hozatali engedély módosításáról szóló véleményről',
    'medicine-qa': 'Kérdések és válaszok',
    'withdrawal-letter': 'Visszavonási levél',
    'withdrawal-report': 'Értékelő jelentés a visszavonáskor',
    'orphan-maintenance-report': 'Értékelő jelentés a ritka betegségek gyógyszere minősítés fenntartásáról',
    'orphan-maintenance-report-post':
      'Értékelő jelentés a ritka betegségek gyógyszere minősítés fenntartásáról az engedélyezést követően',
    'pip-compliance': 'A gyermekgyógyászati vizsgálati tervnek való megfelelés ellenőrzése',
    'conditions-member-states': 'Feltételek vagy korlátozások az uniós tagállamok számára',
    'covid-19-vaccine-safety-update': 'Friss információk a COVID-19 elleni vakcina biztonságosságáról',
    'medication-error': 'Tájékoztatás a gyógyszerelési hibákról',
    'prac-recommendation': 'A PRAC ajánlása',
    'opinion-any-scientific-matter': 'Vélemény tudományos kérdésben',
    'public-statement': 'Nyilvános nyilatkozat',
    'press-release': 'Sajtóközlemény',
    referral: 'Beterjesztési eljárással kapcsolatos dokumentum',
    other: 'Dokumentum',
  },

  documents: {
    referenceNumber: 'Hivatkozási szám',
    firstPublished: 'Első közzététel',
    lastUpdated: 'Utolsó frissítés',
    languages: { one: '{count} nyelven érhető el', other: '{count} nyelven érhető el' },
    viewIn: '{title} megtekintése – nyelv: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'online nem érhető el',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Gyermekgyógyászati vizsgálati tervek' },
    'post-authorisation-study': { heading: 'Engedélyezés utáni vizsgálatok' },
    'orphan-designation': { heading: 'Ritka betegségek gyógyszerévé minősítések' },
    referral: { heading: 'Beterjesztési eljárások' },
    other: { heading: 'Egyéb információk' },
  },

  medicine: {
    previousNames: 'Korábbi neve: {names}',
    activeSubstance: 'Hatóanyag',
    statusHeading: 'Státusz',
    flagsLabel: 'Szabályozási jellemzők',
    contents: 'Az oldal tartalma',
    sections: {
      overview: 'Áttekintés',
      productInformation: 'Termékinformáció',
      productDetails: 'A termék adatai',
      authorisationDetails: 'Az engedélyezés adatai',
      applicationDetails: 'A kérelem adatai',
      assessmentHistory: 'Az értékelés története',
      otherDocuments: 'Egyéb dokumentumok',
      news: 'Hírek – {name}',
      related: 'További információk – {name}',
      patientSafety: 'Betegbiztonsági információk',
      withdrawalInformation: 'A visszavonásokkal kapcsolatos információk',
      topics: 'Témák',
    },
    overview: {
      fallback: 'Ez az áttekintés nem érhető el {language} nyelven, ezért {fallback} nyelven jelenik meg.',
      fallbackDocument: 'Az EMA dokumentumként közzéteszi {language} nyelven: {link}.',
    },
    productInformation: {
      allLanguages: 'A gyógyszer termékinformációja az EU összes hivatalos nyelvén elérhető.',
      contentsIntro: 'A termékinformációs dokumentumok tartalma:',
      contents: [
        'alkalmazási előírás (I. melléklet);',
        'a gyártási tételek felszabadításáért felelős gyártási engedély jogosultja (II.A melléklet);',
        'a forgalomba hozatali engedély feltételei (II.B melléklet);',
        'címkeszöveg (III.A melléklet);',
        'betegtájékoztató (III.B melléklet).',
      ],
      latestProcedure: 'A termékinformációt érintő legutóbbi eljárás',
    },
    productDetails: {
      name: 'A gyógyszer neve',
      activeSubstance: 'Hatóanyag',
      inn: 'Nemzetközi szabadnév (INN) vagy közönséges név',
      therapeuticArea: 'Terápiás terület (MeSH)',
      atcCode: 'Anatómiai-terápiás-kémiai (ATC) kód',
      pharmacotherapeuticGroup: 'Farmakoterápiás csoport',
      therapeuticIndication: 'Terápiás javallat',
      species: 'Állatfajok',
      atcNotYetAssigned: 'Még nincs hozzárendelve',
      atcMalformed: 'nem érvényes ATC-kód: az EMA által közölt formában látható',
    },
    authorisation: {
      productNumber: 'EMA-termékszám',
      holder: 'A forgalomba hozatali engedély jogosultja',
      applicant: 'A forgalomba hozatali engedély kérelmezője',
      revision: 'EMA revíziószám',
      developer: 'Fejlesztő',
      opinionStatus: 'A vélemény eredménye',
      opinionStatuses: { positive: 'Kedvező', negative: 'Kedvezőtlen' },
    },
    news: {
      published: 'Közzétéve: {date}',
      patientSafetyMarker: 'Az EMA betegbiztonsági információkat tett közzé erről a gyógyszerről.',
    },
    source: {
      heading: 'Forrás és adatok',
      ema: 'A gyógyszer megtekintése az EMA honlapján',
      json: 'A rekord lekérése JSON formátumban',
    },
  },

  catalogue: {
    title: 'Gyógyszerek',
    description:
      'Az összes gyógyszer, amelyről európai nyilvános értékelő jelentés (EPAR) készült, státuszukkal és terápiás területükkel együtt.',
    tableCaption: 'Gyógyszerek',
    showing: {
      one: 'Megjelenítve: {from}–{to}, összesen {count} gyógyszer',
      other: 'Megjelenítve: {from}–{to}, összesen {count} gyógyszer',
    },
    empty: 'Egyetlen gyógyszer sem felel meg ezeknek a szűrőknek.',
    pageOutOfRange: 'Ezen az oldalon nincsenek gyógyszerek.',
    filters: {
      heading: 'Gyógyszerek szűrése',
      status: 'Státusz',
      anyStatus: 'Minden státusz',
      category: 'A gyógyszer típusa',
      anyCategory: 'Humán és állatgyógyászati',
      sort: 'Rendezés',
      submit: 'Alkalmaz',
      clear: 'Szűrők törlése',
    },
    columns: {
      name: 'Gyógyszer',
      inn: 'Hatóanyag (INN)',
      status: 'Státusz',
      therapeuticAreas: 'Terápiás terület',
      authorised: 'Engedélyezés',
      updated: 'Utolsó frissítés',
    },
    sortedAscending: 'növekvő sorrendbe rendezve',
    sortedDescending: 'csökkenő sorrendbe rendezve',
    sortBy: 'rendezés e szerint: {column}',
  },

  sort: {
    name: 'Név (A–Z)',
    '-name': 'Név (Z–A)',
    authorised: 'Engedélyezés dátuma (a legrégebbi elöl)',
    '-authorised': 'Engedélyezés dátuma (a legújabb elöl)',
    updated: 'Utolsó frissítés (a legrégebbi elöl)',
    '-updated': 'Utolsó frissítés (a legújabb elöl)',
  },

  pagination: {
    label: 'Oldalak',
    previous: 'Előző oldal',
    next: 'Következő oldal',
    page: '{page}. oldal',
  },

  home: {
    title: 'Információk az Európai Unióban értékelt gyógyszerekről',
    lede: 'Az OpenEPAR közzéteszi az Európai Gyógyszerügynökség (EMA) valamennyi európai nyilvános értékelő jelentését (EPAR): mire szolgál az adott gyógyszer, engedélyezték-e, a termékinformációt az EU összes nyelvén, valamint a döntés alapjául szolgáló dokumentumokat.',
    audiences: {
      heading: 'Kinek szól az OpenEPAR?',
      patients: {
        title: 'Betegek és gondozóik',
        text: 'Olvasson közérthető áttekintést egy gyógyszerről – mire alkalmazzák és milyen kockázatai vannak – a saját nyelvén.',
      },
      prescribers: {
        title: 'Gyógyszert rendelő orvosok és gyógyszerészek',
        text: 'Nyissa meg a hatályos termékinformációt, ellenőrizze a státuszt és az azt érintő legutóbbi eljárást.',
      },
      researchers: {
        title: 'Kutatók és fejlesztők',
        text: 'Használja ugyanezeket az adatokat nyílt adatként, egy OpenAPI-val leírt JSON API-n keresztül.',
      },
    },
    search: {
      label: 'Gyógyszer keresése',
      hint: 'Adja meg egy gyógyszer vagy hatóanyag nevét, például: sotorasib',
      button: 'Keresés',
    },
    sample:
      'Ez a portál csak egy mintát tartalmaz az Európai Gyógyszerügynökség európai nyilvános értékelő jelentéseiből (EPAR), az EMA adattábláiból származó előzményeikkel. Gyógyszerek száma: {count}. Az összes közzétételéhez importálja a teljes korpuszt ezzel: {command}.',
    browseAll: { one: '{count} gyógyszer böngészése', other: 'Az összes ({count}) gyógyszer böngészése' },
    byStatus: {
      heading: 'Gyógyszerek státusz szerint',
      caption: 'A gyógyszerek száma státusz szerint',
      status: 'Státusz',
      count: 'Gyógyszerek száma',
      link: { one: '{count} gyógyszer: {status}', other: '{count} gyógyszer: {status}' },
    },
    recent: {
      heading: 'Nemrég frissítve',
      none: 'Az utóbbi időben egyetlen gyógyszer adatai sem frissültek.',
      updated: 'Frissítve: {date}',
    },
    openData: {
      heading: 'Nyílt adatok',
      text: 'Az OpenEPAR minden oldala adatként is elérhető, és a forrás megjelölésével szabadon újrafelhasználható.',
    },
  },

  errors: {
    status: 'Hibakód: {status}',
    notFound: {
      title: 'Az oldal nem található',
      message:
        'Ha begépelte a webcímet, ellenőrizze, hogy helyes-e. Ha beillesztette a webcímet, ellenőrizze, hogy a teljes címet másolta-e ki.',
    },
    badRequest: {
      title: 'Probléma van ezzel a kéréssel',
      message: 'A cím olyasmit tartalmaz, amit ez a szolgáltatás nem tud értelmezni. Ellenőrizze, és próbálja újra.',
    },
    serverError: {
      title: 'Sajnáljuk, probléma lépett fel a szolgáltatásban',
      message: 'Próbálkozzon később.',
    },
    unavailable: {
      title: 'Sajnáljuk, a szolgáltatás nem érhető el',
      message: 'A szolgáltatás később ismét használható lesz.',
    },
    home: 'Ugrás a kezdőlapra',
    browse: 'Az összes gyógyszer böngészése',
  },
};
