/** Croatian interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const hr: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Lijekovi koje je ocijenila Europska agencija za lijekove, u obliku otvorenih podataka',
  },

  common: {
    skipLink: 'Preskoči na glavni sadržaj',
    notStated: 'Nije navedeno',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'otvara se u novoj kartici',
    backToTop: 'Povratak na vrh',
  },

  nav: {
    label: 'Glavna navigacija',
    home: 'Početna stranica',
    medicines: 'Lijekovi',
    search: 'Pretraživanje',
    whatsNew: 'Što je novo',
    breadcrumb: 'Navigacijski put',
  },

  languageSwitcher: {
    label: 'Jezik',
    summary: 'Jezik: {language}',
    current: 'trenutačni jezik',
  },

  footer: {
    heading: 'O ovoj usluzi',
    source: 'Sadržaj Europske agencije za lijekove (EMA), preuzet uz navođenje izvora',
    emaWebsite: 'Mrežne stranice Europske agencije za lijekove',
    openData: 'Otvoreni podaci',
    api: 'JSON API',
    openApi: 'Opis u formatu OpenAPI',
    openSource: 'OpenEPAR je softver otvorenog koda.',
  },

  categories: {
    human: 'Za humanu primjenu',
    veterinary: 'Za veterinarsku primjenu',
  },

  categoryMedicine: {
    human: 'Lijek za humanu primjenu',
    veterinary: 'Veterinarski lijek',
  },

  statuses: {
    'under-evaluation': { label: 'U postupku ocjene', description: 'EMA ocjenjuje zahtjev za ovaj lijek' },
    authorised: { label: 'Odobren', description: 'Ovaj je lijek odobren za primjenu u Europskoj uniji' },
    opinion: { label: 'Mišljenje', description: 'EMA je izdala mišljenje o ovom lijeku' },
    'opinion-under-re-examination': {
      label: 'Mišljenje u ponovnom razmatranju',
      description: 'Mišljenje koje je EMA izdala o ovom lijeku ponovno se razmatra',
    },
    refused: { label: 'Odbijen', description: 'Izdavanje odobrenja za ovaj lijek je odbijeno' },
    'application-withdrawn': { label: 'Zahtjev povučen', description: 'Zahtjev za ovaj lijek je povučen' },
    'withdrawn-from-rolling-review': {
      label: 'Povučen iz kontinuirane ocjene',
      description: 'Ovaj je lijek povučen iz ocjenjivanja u okviru kontinuirane ocjene (rolling review)',
    },
    withdrawn: { label: 'Povučen', description: 'Odobrenje za ovaj lijek je povučeno' },
    suspended: { label: 'Privremeno obustavljen', description: 'Primjena ovog lijeka u Europskoj uniji trenutačno je privremeno obustavljena' },
    lapsed: { label: 'Odobrenje prestalo važiti', description: 'Odobrenje za ovaj lijek prestalo je važiti' },
    expired: { label: 'Odobrenje isteklo', description: 'Odobrenje za ovaj lijek je isteklo' },
    revoked: { label: 'Odobrenje ukinuto', description: 'Odobrenje za ovaj lijek je ukinuto' },
  },

  lifecycle: {
    label: 'Faze ocjenjivanja',
    steps: {
      human: {
        application: 'Zahtjev u postupku ocjene',
        opinion: 'Mišljenje CHMP-a',
        decision: 'Odluka Europske komisije',
      },
      veterinary: {
        application: 'Zahtjev u postupku ocjene',
        opinion: 'Mišljenje CVMP-a',
        decision: 'Odluka Europske komisije',
      },
    },
    states: {
      done: 'Završeno',
      current: 'Trenutačna faza',
      stopped: 'Zaustavljeno',
      upcoming: 'Nije dosegnuto',
    },
  },

  flags: {
    moreInfo: 'Više informacija: {link}.',
    additionalMonitoring: {
      name: 'Dodatno praćenje',
      description:
        'Ovaj je lijek pod dodatnim praćenjem, što znači da se prati još intenzivnije od drugih lijekova.',
      symbol:
        'Lijekovi pod dodatnim praćenjem imaju crni obrnuti trokut (▼) prikazan u uputi o lijeku i u sažetku opisa svojstava lijeka.',
      moreInfo: 'Lijekovi pod dodatnim praćenjem',
    },
    conditionalApproval: {
      name: 'Uvjetno odobrenje',
      description:
        'Ovaj je lijek dobio uvjetno odobrenje za stavljanje u promet. Ono je izdano u interesu javnog zdravlja jer lijek odgovara na nezadovoljenu medicinsku potrebu, a korist od njegove trenutačne dostupnosti nadmašuje rizik zbog manje sveobuhvatnih podataka od onih koji se inače zahtijevaju.',
      moreInfo: 'Uvjetno odobrenje za stavljanje lijeka u promet',
    },
    exceptionalCircumstances: {
      name: 'Iznimne okolnosti',
      description:
        'Ovaj je lijek odobren u iznimnim okolnostima jer podnositelj zahtjeva nije mogao dostaviti sveobuhvatne podatke o djelotvornosti i sigurnosti lijeka u uobičajenim uvjetima primjene. To se može dogoditi zato što je bolest koja se liječi rijetka ili zato što prikupljanje potpunih informacija nije moguće ili nije etično.',
      moreInfo: 'Smjernice za razdoblje prije davanja odobrenja',
    },
    acceleratedAssessment: {
      name: 'Ubrzana ocjena',
      description:
        'Ovaj je lijek prošao ubrzanu ocjenu. To znači da je riječ o lijeku od velikog interesa za javno zdravlje pa je rok za njegovu ocjenu iznosio 150 dana ocjenjivanja umjesto 210.',
      moreInfo: 'Ubrzana ocjena',
    },
    orphan: {
      name: 'Lijek za rijetke bolesti',
      description:
        'Ovaj je lijek dobio status lijeka za rijetke bolesti. To znači da je razvijen za primjenu kod rijetke bolesti koja je opasna po život ili kronično iscrpljujuća ili da, iz ekonomskih razloga, vjerojatno ne bi bio razvijen bez poticaja.',
      moreInfo: 'Dodjela statusa lijeka za rijetke bolesti',
    },
    generic: {
      name: 'Generički lijek',
      description:
        'Ovo je generički lijek, razvijen da bude jednak lijeku koji je već odobren, takozvanom referentnom lijeku. Generički lijek sadržava istu djelatnu tvar (iste djelatne tvari) kao referentni lijek i primjenjuje se u istoj dozi (istim dozama) za liječenje iste bolesti (istih bolesti).',
      moreInfo: 'Generički i hibridni lijekovi',
    },
    biosimilar: {
      name: 'Biosličan lijek',
      description:
        'Ovo je biosličan lijek, odnosno biološki lijek vrlo sličan drugom, već odobrenom biološkom lijeku koji se naziva „referentni lijek”.',
      moreInfo: 'Bioslični lijekovi',
    },
    advancedTherapy: {
      name: 'Napredna terapija',
      description:
        'Ovaj je lijek razvrstan kao lijek za naprednu terapiju (ATMP): lijek za humanu primjenu koji se temelji na genima, tkivima ili stanicama. Pruža revolucionarne nove mogućnosti za liječenje bolesti i ozljeda.',
      moreInfo: 'Lijekovi za naprednu terapiju: pregled',
    },
    prime: {
      name: 'PRIME: prioritetni lijek',
      description:
        'Ovaj je lijek tijekom razvoja uključen u EMA-in program prioritetnih lijekova (PRIME). PRIME je program koji je pokrenula EMA kako bi pojačala potporu razvoju lijekova usmjerenih na nezadovoljene medicinske potrebe. Taj se dobrovoljni program temelji na pojačanoj interakciji i ranom dijalogu s razvojnim subjektima koji razvijaju obećavajuće lijekove, kako bi se optimizirali planovi razvoja i ubrzala ocjena te kako bi ti lijekovi ranije stigli do bolesnika.',
      moreInfo: 'PRIME: prioritetni lijekovi',
    },
  },

  dates: {
    opinionAdopted: 'Mišljenje doneseno',
    marketingAuthorisationIssued: 'Izdano odobrenje za stavljanje lijeka u promet',
    refusal: 'Odbijanje odobrenja za stavljanje lijeka u promet',
    applicationWithdrawn: 'Povlačenje zahtjeva',
    withdrawal: 'Povlačenje odobrenja za stavljanje lijeka u promet',
    suspension: 'Privremena obustava odobrenja za stavljanje lijeka u promet',
    lapse: 'Prestanak važenja odobrenja za stavljanje lijeka u promet',
    expiry: 'Istek odobrenja za stavljanje lijeka u promet',
    revocation: 'Ukidanje odobrenja za stavljanje lijeka u promet',
    pageLastUpdated: 'EMA je posljednji put ažurirala svoju stranicu',
  },

  documentTypes: {
    overview: 'Pregled lijeka',
    'product-information': 'Informacije o lijeku',
    'product-information-tracked-changes': 'Informacije o lijeku s praćenim promjenama',
    'amended-product-information': 'Izmijenjene informacije o lijeku',
    'all-authorised-presentations': 'Sva odobrena pakiranja',
    leaflet: 'Uputa o lijeku',
    rmp: 'Plan upravljanja rizikom',
    'rmp-summary': 'Sažetak plana upravljanja rizikom',
    'assessment-report': 'Javno izvješće o ocjeni',
    'variation-report': 'Izvješće o ocjeni izmjene odobrenja za stavljanje lijeka u promet',
    'scientific-conclusion': 'Znanstveni zaključci',
    'scientific-discussion': 'Znanstvena rasprava',
    'scientific-discussion-variation': 'Znanstvena rasprava o izmjeni odobrenja za stavljanje lijeka u promet',
    'procedural-steps': 'Koraci postupka prije davanja odobrenja',
    'procedural-steps-after': 'Koraci postupka i znanstvene informacije nakon davanja odobrenja',
    'steps-after-cutoff': 'Koraci postupka nakon davanja odobrenja (arhiva)',
    'smop-initial': 'Sažetak mišljenja',
    smop: 'Sažetak mišljenja o izmjeni odobrenja za stavljanje lijeka u promet',
    'medicine-qa': 'Pitanja i odgovori',
    'withdrawal-letter': 'Dopis o povlačenju',
    'withdrawal-report': 'Izvješće o ocjeni pri povlačenju',
    'orphan-maintenance-report': 'Izvješće o ocjeni zadržavanja statusa lijeka za rijetke bolesti',
    'orphan-maintenance-report-post': 'Izvješće o ocjeni zadržavanja statusa lijeka za rijetke bolesti nakon davanja odobrenja',
    'pip-compliance': 'Provjera usklađenosti s planom pedijatrijskog ispitivanja',
    'conditions-member-states': 'Uvjeti ili ograničenja za države članice EU-a',
    'covid-19-vaccine-safety-update': 'Najnovije informacije o sigurnosti cjepiva protiv bolesti COVID-19',
    'medication-error': 'Informacije o medikacijskim pogreškama',
    'prac-recommendation': 'Preporuka PRAC-a',
    'opinion-any-scientific-matter': 'Mišljenje o znanstvenom pitanju',
    'public-statement': 'Javna izjava',
    'press-release': 'Priopćenje za medije',
    referral: 'Dokument o postupku upućivanja',
    other: 'Dokument',
  },

  documents: {
    referenceNumber: 'Referentni broj',
    firstPublished: 'Prvi put objavljeno',
    lastUpdated: 'Posljednje ažuriranje',
    languages: {
      one: 'Dostupno na {count} jeziku',
      few: 'Dostupno na {count} jezika',
      other: 'Dostupno na {count} jezika',
    },
    viewIn: 'Prikaži {title} – jezik: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'nije dostupno na internetu',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Planovi pedijatrijskog ispitivanja' },
    'post-authorisation-study': { heading: 'Ispitivanja nakon davanja odobrenja' },
    'orphan-designation': { heading: 'Dodjele statusa lijeka za rijetke bolesti' },
    referral: { heading: 'Postupci upućivanja' },
    other: { heading: 'Ostale informacije' },
  },

  medicine: {
    previousNames: 'Prethodni naziv: {names}',
    activeSubstance: 'Djelatna tvar',
    statusHeading: 'Status',
    flagsLabel: 'Regulatorne značajke',
    contents: 'Sadržaj stranice',
    sections: {
      overview: 'Pregled',
      productInformation: 'Informacije o lijeku',
      productDetails: 'Pojedinosti o lijeku',
      authorisationDetails: 'Pojedinosti o odobrenju',
      applicationDetails: 'Pojedinosti o zahtjevu',
      assessmentHistory: 'Povijest ocjenjivanja',
      otherDocuments: 'Ostali dokumenti',
      news: 'Novosti o lijeku {name}',
      related: 'Više informacija o lijeku {name}',
      patientSafety: 'Informacije o sigurnosti bolesnika',
      withdrawalInformation: 'Povezane informacije o povlačenjima',
      topics: 'Teme',
    },
    overview: {
      fallback: 'Ovaj pregled nije dostupan na jeziku: {language}. Prikazan je na jeziku: {fallback}.',
      fallbackDocument: 'EMA ga objavljuje na jeziku {language} kao dokument: {link}.',
    },
    productInformation: {
      allLanguages: 'Informacije o ovom lijeku dostupne su na svim službenim jezicima EU-a.',
      contentsIntro: 'Dokumenti s informacijama o lijeku sadržavaju:',
      contents: [
        'sažetak opisa svojstava lijeka (Prilog I.);',
        'nositelja proizvodne dozvole odgovornog za puštanje serije lijeka u promet (Prilog II.A);',
        'uvjete odobrenja za stavljanje lijeka u promet (Prilog II.B);',
        'označivanje (Prilog III.A);',
        'uputu o lijeku (Prilog III.B).',
      ],
      latestProcedure: 'Posljednji postupak koji je utjecao na informacije o lijeku',
    },
    productDetails: {
      name: 'Naziv lijeka',
      activeSubstance: 'Djelatna tvar',
      inn: 'Međunarodni nezaštićeni naziv (INN) ili uobičajeni naziv',
      therapeuticArea: 'Terapijsko područje (MeSH)',
      atcCode: 'Anatomsko-terapijsko-kemijska oznaka (ATK)',
      pharmacotherapeuticGroup: 'Farmakoterapijska skupina',
      therapeuticIndication: 'Terapijska indikacija',
      species: 'Životinjske vrste',
      atcNotYetAssigned: 'Još nije dodijeljena',
      atcMalformed: 'nije valjana ATK oznaka: prikazana kako ju navodi EMA',
    },
    authorisation: {
      productNumber: 'EMA-in broj lijeka',
      holder: 'Nositelj odobrenja za stavljanje lijeka u promet',
      applicant: 'Podnositelj zahtjeva za odobrenje za stavljanje lijeka u promet',
      revision: 'Broj revizije EMA-e',
      developer: 'Razvojni subjekt',
      opinionStatus: 'Ishod mišljenja',
      opinionStatuses: { positive: 'Pozitivno', negative: 'Negativno' },
    },
    news: {
      published: 'Objavljeno {date}',
      patientSafetyMarker: 'EMA je objavila informacije o sigurnosti bolesnika za ovaj lijek.',
    },
    source: {
      heading: 'Izvor i podaci',
      ema: 'Prikaži ovaj lijek na mrežnim stranicama EMA-e',
      json: 'Preuzmi ovaj zapis u formatu JSON',
    },
  },

  catalogue: {
    title: 'Lijekovi',
    description:
      'Svi lijekovi za koje postoji europsko javno izvješće o ocjeni (EPAR), s njihovim statusom i terapijskim područjem.',
    tableCaption: 'Lijekovi',
    showing: {
      one: 'Prikazano {from}–{to} od {count} lijeka',
      few: 'Prikazano {from}–{to} od {count} lijeka',
      other: 'Prikazano {from}–{to} od {count} lijekova',
    },
    empty: 'Nijedan lijek ne odgovara ovim filtrima.',
    pageOutOfRange: 'Na ovoj stranici nema lijekova.',
    filters: {
      heading: 'Filtriranje lijekova',
      status: 'Status',
      anyStatus: 'Svi statusi',
      category: 'Vrsta lijeka',
      anyCategory: 'Za humanu i veterinarsku primjenu',
      sort: 'Poredaj po',
      submit: 'Primijeni',
      clear: 'Poništi filtre',
    },
    columns: {
      name: 'Lijek',
      inn: 'Djelatna tvar (INN)',
      status: 'Status',
      therapeuticAreas: 'Terapijsko područje',
      authorised: 'Odobren',
      updated: 'Posljednje ažuriranje',
    },
    sortedAscending: 'poredano uzlazno',
    sortedDescending: 'poredano silazno',
    sortBy: 'poredaj po stupcu {column}',
  },

  sort: {
    name: 'Naziv (od A do Ž)',
    '-name': 'Naziv (od Ž do A)',
    authorised: 'Datum odobrenja (najprije najstariji)',
    '-authorised': 'Datum odobrenja (najprije najnoviji)',
    updated: 'Posljednje ažuriranje (najprije najstarije)',
    '-updated': 'Posljednje ažuriranje (najprije najnovije)',
  },

  pagination: {
    label: 'Stranice',
    previous: 'Prethodna stranica',
    next: 'Sljedeća stranica',
    page: 'Stranica {page}',
  },

  home: {
    title: 'Pronađite informacije o lijekovima ocijenjenima u Europskoj uniji',
    lede: 'OpenEPAR objavljuje sva europska javna izvješća o ocjeni (EPAR) Europske agencije za lijekove (EMA): za što se pojedini lijek primjenjuje, je li odobren, informacije o lijeku na svim jezicima EU-a i dokumente na kojima se temelji odluka.',
    audiences: {
      heading: 'Kome je OpenEPAR namijenjen',
      patients: {
        title: 'Bolesnici i njegovatelji',
        text: 'Pročitajte na svojem jeziku pregled lijeka napisan jednostavnim riječima: za što se primjenjuje i koji su njegovi rizici.',
      },
      prescribers: {
        title: 'Liječnici koji propisuju lijekove i ljekarnici',
        text: 'Otvorite važeće informacije o lijeku, provjerite status i posljednji postupak koji je na njih utjecao.',
      },
      researchers: {
        title: 'Istraživači i razvojni programeri',
        text: 'Upotrebljavajte iste podatke kao otvorene podatke putem JSON API-ja opisanog standardom OpenAPI.',
      },
    },
    search: {
      label: 'Potražite lijek',
      hint: 'Unesite naziv lijeka ili djelatne tvari, na primjer sotorasib',
      button: 'Traži',
    },
    sample:
      'Ovaj portal sadrži samo uzorak europskih javnih izvješća o ocjeni dokumentacije o lijeku (EPAR) Europske agencije za lijekove, s njihovom poviješću iz podatkovnih tablica EMA-e. Broj lijekova: {count}. Da biste objavili sve, uvezite cijeli korpus naredbom {command}.',
    browseAll: {
      one: 'Pregledajte {count} lijek',
      few: 'Pregledajte sva {count} lijeka',
      other: 'Pregledajte svih {count} lijekova',
    },
    byStatus: {
      heading: 'Lijekovi prema statusu',
      caption: 'Broj lijekova prema statusu',
      status: 'Status',
      count: 'Broj lijekova',
      link: {
        one: '{count} lijek: {status}',
        few: '{count} lijeka: {status}',
        other: '{count} lijekova: {status}',
      },
    },
    recent: {
      heading: 'Nedavno ažurirano',
      none: 'Nijedan lijek nije nedavno ažuriran.',
      updated: 'Ažurirano {date}',
    },
    openData: {
      heading: 'Otvoreni podaci',
      text: 'Svaka stranica OpenEPAR-a dostupna je i u obliku podataka koje je moguće slobodno ponovno upotrijebiti uz navođenje izvora.',
    },
  },

  errors: {
    status: 'Pogreška {status}',
    notFound: {
      title: 'Stranica nije pronađena',
      message:
        'Ako ste upisali mrežnu adresu, provjerite je li točna. Ako ste zalijepili mrežnu adresu, provjerite jeste li kopirali cijelu adresu.',
    },
    badRequest: {
      title: 'Postoji problem s ovim zahtjevom',
      message: 'Adresa sadržava nešto što ova usluga ne razumije. Provjerite je i pokušajte ponovno.',
    },
    serverError: {
      title: 'Nažalost, došlo je do problema s uslugom',
      message: 'Pokušajte ponovno kasnije.',
    },
    unavailable: {
      title: 'Nažalost, usluga nije dostupna',
      message: 'Uslugu ćete moći upotrebljavati kasnije.',
    },
    home: 'Idi na početnu stranicu',
    browse: 'Pregledaj sve lijekove',
  },
};
