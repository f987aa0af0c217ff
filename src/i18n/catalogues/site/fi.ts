/** Finnish interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const fi: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Euroopan lääkeviraston arvioimat lääkkeet avoimena datana',
  },

  common: {
    skipLink: 'Siirry pääsisältöön',
    notStated: 'Ei ilmoitettu',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'avautuu uuteen välilehteen',
    backToTop: 'Takaisin ylös',
  },

  nav: {
    label: 'Päävalikko',
    home: 'Etusivu',
    medicines: 'Lääkkeet',
    search: 'Haku',
    whatsNew: 'Mitä uutta',
    breadcrumb: 'Murupolku',
  },

  languageSwitcher: {
    label: 'Kieli',
    summary: 'Kieli: {language}',
    current: 'nykyinen kieli',
  },

  footer: {
    heading: 'Tietoa palvelusta',
    source: 'Sisältö on peräisin Euroopan lääkevirastolta (EMA), ja se on julkaistu lähde mainiten',
    emaWebsite: 'Euroopan lääkeviraston verkkosivusto',
    openData: 'Avoin data',
    api: 'JSON-rajapinta',
    openApi: 'OpenAPI-kuvaus',
    openSource: 'OpenEPAR on avoimen lähdekoodin ohjelmisto.',
  },

  categories: {
    human: 'Ihmislääkkeet',
    veterinary: 'Eläinlääkkeet',
  },

  categoryMedicine: {
    human: 'Ihmislääke',
    veterinary: 'Eläinlääke',
  },

  statuses: {
    'under-evaluation': { label: 'Arvioitavana', description: 'EMA arvioi tätä lääkettä koskevaa hakemusta' },
    authorised: { label: 'Hyväksytty', description: 'Tällä lääkkeellä on myyntilupa Euroopan unionissa' },
    opinion: { label: 'Lausunto', description: 'EMA on antanut lausunnon tästä lääkkeestä' },
    'opinion-under-re-examination': {
      label: 'Lausunto uudelleentarkastelussa',
      description: 'EMAn tästä lääkkeestä antamaa lausuntoa tarkastellaan uudelleen',
    },
    refused: { label: 'Hylätty', description: 'Tämän lääkkeen myyntilupa on evätty' },
    'application-withdrawn': { label: 'Hakemus peruttu', description: 'Tätä lääkettä koskeva hakemus on peruttu' },
    'withdrawn-from-rolling-review': {
      label: 'Vedetty pois jatkuvasta arvioinnista',
      description: 'Tämä lääke on vedetty pois jatkuvan arvioinnin menettelystä',
    },
    withdrawn: { label: 'Vedetty pois', description: 'Tämän lääkkeen myyntilupa on vedetty pois' },
    suspended: { label: 'Keskeytetty', description: 'Tämän lääkkeen käyttö Euroopan unionissa on tällä hetkellä keskeytetty' },
    lapsed: { label: 'Rauennut', description: 'Tämän lääkkeen myyntilupa on rauennut' },
    expired: { label: 'Päättynyt', description: 'Tämän lääkkeen myyntilupa on päättynyt' },
    revoked: { label: 'Peruutettu', description: 'Tämän lääkkeen myyntilupa on peruutettu' },
  },

  lifecycle: {
    label: 'Arvioinnin vaiheet',
    steps: {
      human: {
        application: 'Hakemus arvioitavana',
        opinion: 'CHMP:n lausunto',
        decision: 'Euroopan komission päätös',
      },
      veterinary: {
        application: 'Hakemus arvioitavana',
        opinion: 'CVMP:n lausunto',
        decision: 'Euroopan komission päätös',
      },
    },
    states: {
      done: 'Valmis',
      current: 'Nykyinen vaihe',
      stopped: 'Keskeytynyt',
      upcoming: 'Ei vielä saavutettu',
    },
  },

  flags: {
    moreInfo: 'Lisätietoja: {link}.',
    additionalMonitoring: {
      name: 'Lisäseuranta',
      description:
        'Tähän lääkkeeseen kohdistuu lisäseuranta, mikä tarkoittaa, että sitä seurataan vielä tarkemmin kuin muita lääkkeitä.',
      symbol:
        'Lisäseurannassa olevien lääkkeiden pakkausselosteessa ja valmisteyhteenvedossa on musta kärjellään seisova kolmio (▼).',
      moreInfo: 'Lisäseurannassa olevat lääkkeet',
    },
    conditionalApproval: {
      name: 'Ehdollinen hyväksyntä',
      description:
        'Tälle lääkkeelle on myönnetty ehdollinen myyntilupa. Se myönnettiin kansanterveyden vuoksi, koska lääke vastaa täyttymättömään lääketieteelliseen tarpeeseen ja sen välittömästä saatavuudesta saatava hyöty on suurempi kuin riski, joka aiheutuu tavanomaista suppeammista tiedoista.',
      moreInfo: 'Ehdollinen myyntilupa',
    },
    exceptionalCircumstances: {
      name: 'Poikkeukselliset olosuhteet',
      description:
        'Tälle lääkkeelle on myönnetty myyntilupa poikkeuksellisin perustein, koska hakija ei pystynyt toimittamaan kattavia tietoja lääkkeen tehosta ja turvallisuudesta tavanomaisissa käyttöolosuhteissa. Näin voi käydä, koska hoidettava sairaus on harvinainen tai koska kattavien tietojen kerääminen ei ole mahdollista tai on epäeettistä.',
      moreInfo: 'Myyntilupaa edeltävät ohjeet',
    },
    acceleratedAssessment: {
      name: 'Nopeutettu arviointi',
      description:
        'Tämä lääke arvioitiin nopeutetusti. Tämä tarkoittaa, että lääke on kansanterveyden kannalta erittäin merkittävä, joten sen arviointiaika oli 150 arviointipäivää tavanomaisen 210 päivän sijaan.',
      moreInfo: 'Nopeutettu arviointi',
    },
    orphan: {
      name: 'Harvinaislääke',
      description:
        'Tämä lääke on nimetty harvinaislääkkeeksi. Tämä tarkoittaa, että se on kehitetty harvinaisen, henkeä uhkaavan tai kroonisesti vammauttavan sairauden hoitoon tai että sitä ei taloudellisista syistä todennäköisesti olisi kehitetty ilman kannustimia.',
      moreInfo: 'Harvinaislääkkeeksi nimeäminen',
    },
    generic: {
      name: 'Geneerinen lääke',
      description:
        'Tämä on geneerinen lääke, joka on kehitetty vastaamaan jo hyväksyttyä lääkettä, jota kutsutaan viitevalmisteeksi. Geneerinen lääke sisältää samaa vaikuttavaa ainetta tai samoja vaikuttavia aineita kuin viitevalmiste, ja sitä käytetään samana annoksena tai samoina annoksina saman sairauden tai samojen sairauksien hoitoon.',
      moreInfo: 'Geneeriset lääkkeet ja hybridilääkkeet',
    },
    biosimilar: {
      name: 'Biosimilaari',
      description:
        'Tämä on biosimilaari eli biologinen lääke, joka on hyvin samankaltainen kuin toinen, jo hyväksytty biologinen lääke, jota kutsutaan ”viitevalmisteeksi”.',
      moreInfo: 'Biosimilaarit',
    },
    advancedTherapy: {
      name: 'Pitkälle kehitetty terapia',
      description:
        'Tämä lääke on luokiteltu pitkälle kehitetyssä terapiassa käytettäväksi lääkkeeksi (ATMP): se on ihmisille tarkoitettu lääke, joka perustuu geeneihin, kudoksiin tai soluihin. Se tarjoaa uraauurtavia uusia mahdollisuuksia sairauksien ja vammojen hoitoon.',
      moreInfo: 'Pitkälle kehitetyssä terapiassa käytettävät lääkkeet: yleiskatsaus',
    },
    prime: {
      name: 'PRIME: ensisijainen lääke',
      description:
        'Tämä lääke hyväksyttiin kehitysvaiheessaan EMAn ensisijaisten lääkkeiden ohjelmaan (PRIME). PRIME on EMAn käynnistämä ohjelma, jonka tarkoituksena on tehostaa tukea sellaisten lääkkeiden kehittämiselle, jotka vastaavat täyttymättömään lääketieteelliseen tarpeeseen. Tämä vapaaehtoinen ohjelma perustuu tiiviimpään vuorovaikutukseen ja varhaiseen vuoropuheluun lupaavien lääkkeiden kehittäjien kanssa. Tavoitteena on optimoida kehityssuunnitelmat ja nopeuttaa arviointia, jotta nämä lääkkeet saataisiin potilaiden käyttöön aiemmin.',
      moreInfo: 'PRIME: ensisijaiset lääkkeet',
    },
  },

  dates: {
    opinionAdopted: 'Lausunnon antaminen',
    marketingAuthorisationIssued: 'Myyntiluvan myöntäminen',
    refusal: 'Myyntiluvan epääminen',
    applicationWithdrawn: 'Hakemuksen peruminen',
    withdrawal: 'Myyntiluvan poisvetäminen',
    suspension: 'Myyntiluvan keskeyttäminen',
    lapse: 'Myyntiluvan raukeaminen',
    expiry: 'Myyntiluvan päättyminen',
    revocation: 'Myyntiluvan peruuttaminen',
    pageLastUpdated: 'EMA päivitti sivuaan viimeksi',
  },

  documentTypes: {
    overview: 'Lääkkeen yleiskatsaus',
    'product-information': 'Valmistetiedot',
    'product-information-tracked-changes': 'Valmistetiedot, muutokset näkyvissä',
    'amended-product-information': 'Muutetut valmistetiedot',
    'all-authorised-presentations': 'Kaikki hyväksytyt pakkaukset',
    leaflet: 'Pakkausseloste',
    rmp: 'Riskienhallintasuunnitelma',
    'rmp-summary': 'Riskienhallintasuunnitelman yhteenveto',
    'assessment-report': 'Julkinen arviointilausunto',
    'variation-report': 'Myyntiluvan muutosta koskeva arviointilausunto',
    'scientific-conclusion': 'Tieteelliset päätelmät',
    'scientific-discussion': 'Tieteellinen keskustelu',
    'scientific-discussion-variation': 'Myyntiluvan muutosta koskeva tieteellinen keskustelu',
    'procedural-steps': 'Ennen myyntilupaa toteutetut menettelyvaiheet',
    'procedural-steps-after': 'Myyntiluvan jälkeen toteutetut menettelyvaiheet ja tieteelliset tiedot',
    'steps-after-cutoff': 'Myyntiluvan jälkeen toteutetut menettelyvaiheet (arkisto)',
    'smop-initial': 'Lausunnon tiivistelmä',
    smop: 'Myyntiluvan muutosta koskevan lausunnon tiivistelmä',
    'medicine-qa': 'Kysymyksiä ja vastauksia',
    'withdrawal-letter': 'Perumiskirje',
    'withdrawal-report': 'Perumista koskeva arviointilausunto',
    'orphan-maintenance-report': 'Harvinaislääkeaseman säilyttämistä koskeva arviointilausunto',
    'orphan-maintenance-report-post': 'Harvinaislääkeaseman säilyttämistä koskeva arviointilausunto myyntiluvan myöntämisen jälkeen',
    'pip-compliance': 'Lasten lääketutkimusohjelman noudattamisen tarkastus',
    'conditions-member-states': 'EU:n jäsenvaltioita koskevat ehdot tai rajoitukset',
    'covid-19-vaccine-safety-update': 'Covid-19-rokotteiden turvallisuutta koskeva päivitys',
    'medication-error': 'Tietoa lääkityspoikkeamista',
    'prac-recommendation': 'PRAC:n suositus',
    'opinion-any-scientific-matter': 'Lausunto tieteellisestä kysymyksestä',
    'public-statement': 'Julkinen lausuma',
    'press-release': 'Lehdistötiedote',
    referral: 'Lausuntomenettelyn asiakirja',
    other: 'Asiakirja',
  },

  documents: {
    referenceNumber: 'Viitenumero',
    firstPublished: 'Julkaistu ensimmäisen kerran',
    lastUpdated: 'Päivitetty viimeksi',
    languages: { one: 'Saatavilla {count} kielellä', other: 'Saatavilla {count} kielellä' },
    viewIn: 'Näytä {title}, kieli: {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'ei saatavilla verkossa',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Lasten lääketutkimusohjelmat' },
    'post-authorisation-study': { heading: 'Myyntiluvan myöntämisen jälkeiset tutkimukset' },
    'orphan-designation': { heading: 'Harvinaislääkkeeksi nimeämiset' },
    referral: { heading: 'Lausuntomenettelyt' },
    other: { heading: 'Muut tiedot' },
  },

  medicine: {
    previousNames: 'Aiempi nimi: {names}',
    activeSubstance: 'Vaikuttava aine',
    statusHeading: 'Tila',
    flagsLabel: 'Sääntelyyn liittyvät ominaisuudet',
    contents: 'Sivun sisältö',
    sections: {
      overview: 'Yleiskatsaus',
      productInformation: 'Valmistetiedot',
      productDetails: 'Valmisteen tiedot',
      authorisationDetails: 'Myyntiluvan tiedot',
      applicationDetails: 'Hakemuksen tiedot',
      assessmentHistory: 'Arviointihistoria',
      otherDocuments: 'Muut asiakirjat',
      news: 'Uutisia: {name}',
      related: 'Lisätietoja: {name}',
      patientSafety: 'Potilasturvallisuutta koskevat tiedot',
      withdrawalInformation: 'Peruuttamisia koskevat lisätiedot',
      topics: 'Aiheet',
    },
    overview: {
      fallback: 'Tätä yleiskatsausta ei ole saatavilla valitulla kielellä ({language}). Se näytetään seuraavalla kielellä: {fallback}.',
      fallbackDocument: 'EMA julkaisee sen kielellä {language} asiakirjana: {link}.',
    },
    productInformation: {
      allLanguages: 'Tämän lääkkeen valmistetiedot ovat saatavilla kaikilla EU:n virallisilla kielillä.',
      contentsIntro: 'Valmistetietoasiakirjat sisältävät seuraavat osat:',
      contents: [
        'valmisteyhteenveto (liite I);',
        'erän vapauttamisesta vastaava valmistusluvan haltija (liite II A);',
        'myyntiluvan ehdot (liite II B);',
        'myyntipäällysmerkinnät (liite III A);',
        'pakkausseloste (liite III B).',
      ],
      latestProcedure: 'Viimeisin valmistetietoihin vaikuttanut menettely',
    },
    productDetails: {
      name: 'Lääkkeen nimi',
      activeSubstance: 'Vaikuttava aine',
      inn: 'Kansainvälinen yleisnimi (INN) tai yleinen nimi',
      therapeuticArea: 'Terapia-alue (MeSH)',
      atcCode: 'Anatomis-terapeuttis-kemiallinen (ATC) koodi',
      pharmacotherapeuticGroup: 'Farmakoterapeuttinen ryhmä',
      therapeuticIndication: 'Käyttöaihe',
      species: 'Eläinlajit',
      atcNotYetAssigned: 'Ei vielä määritetty',
      atcMalformed: 'ei kelvollinen ATC-koodi: näytetään EMA:n ilmoittamassa muodossa',
    },
    authorisation: {
      productNumber: 'EMAn valmistenumero',
      holder: 'Myyntiluvan haltija',
      applicant: 'Myyntiluvan hakija',
      revision: 'EMAn versionumero',
      developer: 'Kehittäjä',
      opinionStatus: 'Lausunnon tulos',
      opinionStatuses: { positive: 'Myönteinen', negative: 'Kielteinen' },
    },
    news: {
      published: 'Julkaistu {date}',
      patientSafetyMarker: 'EMA on julkaissut tätä lääkettä koskevia potilasturvallisuustietoja.',
    },
    source: {
      heading: 'Lähde ja tiedot',
      ema: 'Näytä tämä lääke EMAn verkkosivustolla',
      json: 'Hae tämä tietue JSON-muodossa',
    },
  },

  catalogue: {
    title: 'Lääkkeet',
    description:
      'Kaikki lääkkeet, joista on laadittu eurooppalainen julkinen arviointilausunto (EPAR), sekä niiden tila ja terapia-alue.',
    tableCaption: 'Lääkkeet',
    showing: {
      one: 'Näytetään {from}–{to}, yhteensä {count} lääke',
      other: 'Näytetään {from}–{to}, yhteensä {count} lääkettä',
    },
    empty: 'Näitä suodattimia vastaavia lääkkeitä ei ole.',
    pageOutOfRange: 'Tällä sivulla ei ole lääkkeitä.',
    filters: {
      heading: 'Suodata lääkkeitä',
      status: 'Tila',
      anyStatus: 'Kaikki tilat',
      category: 'Lääkkeen tyyppi',
      anyCategory: 'Ihmis- ja eläinlääkkeet',
      sort: 'Lajitteluperuste',
      submit: 'Käytä',
      clear: 'Tyhjennä suodattimet',
    },
    columns: {
      name: 'Lääke',
      inn: 'Vaikuttava aine (INN)',
      status: 'Tila',
      therapeuticAreas: 'Terapia-alue',
      authorised: 'Myyntilupa',
      updated: 'Päivitetty viimeksi',
    },
    sortedAscending: 'lajiteltu nousevaan järjestykseen',
    sortedDescending: 'lajiteltu laskevaan järjestykseen',
    sortBy: 'lajittele sarakkeen {column} mukaan',
  },

  sort: {
    name: 'Nimi (A–Z)',
    '-name': 'Nimi (Z–A)',
    authorised: 'Myyntiluvan päivämäärä (vanhimmat ensin)',
    '-authorised': 'Myyntiluvan päivämäärä (uusimmat ensin)',
    updated: 'Päivitetty viimeksi (vanhimmat ensin)',
    '-updated': 'Päivitetty viimeksi (uusimmat ensin)',
  },

  pagination: {
    label: 'Sivut',
    previous: 'Edellinen sivu',
    next: 'Seuraava sivu',
    page: 'Sivu {page}',
  },

  home: {
    title: 'Hae tietoja Euroopan unionissa arvioiduista lääkkeistä',
    lede: 'OpenEPAR julkaisee kaikki Euroopan lääkeviraston (EMA) eurooppalaiset julkiset arviointilausunnot (EPAR): mihin kutakin lääkettä käytetään, onko sillä myyntilupa, sen valmistetiedot kaikilla EU:n kielillä sekä asiakirjat, joihin päätös perustuu.',
    audiences: {
      heading: 'Kenelle OpenEPAR on tarkoitettu',
      patients: {
        title: 'Potilaat ja omaishoitajat',
        text: 'Lue omalla kielelläsi selkeä yleiskatsaus lääkkeestä: mihin sitä käytetään ja mitä riskejä siihen liittyy.',
      },
      prescribers: {
        title: 'Lääkkeen määrääjät ja farmaseutit',
        text: 'Avaa voimassa olevat valmistetiedot ja tarkista lääkkeen tila sekä viimeisin valmistetietoihin vaikuttanut menettely.',
      },
      researchers: {
        title: 'Tutkijat ja kehittäjät',
        text: 'Käytä samoja tietoja avoimena datana OpenAPI-kuvauksella kuvatun JSON-rajapinnan kautta.',
      },
    },
    search: {
      label: 'Hae lääkettä',
      hint: 'Kirjoita lääkkeen nimi tai vaikuttava aine, esimerkiksi sotorasib',
      button: 'Hae',
    },
    sample:
      'Tämä portaali sisältää vain otoksen Euroopan lääkeviraston julkisista arviointilausunnoista (EPAR) ja niiden historian EMAn datataulukoista. Lääkkeiden määrä: {count}. Jos haluat julkaista ne kaikki, tuo koko aineisto komennolla {command}.',
    browseAll: { one: 'Näytä {count} lääke', other: 'Selaa kaikkia {count} lääkettä' },
    byStatus: {
      heading: 'Lääkkeet tilan mukaan',
      caption: 'Lääkkeiden määrä tilan mukaan',
      status: 'Tila',
      count: 'Lääkkeiden määrä',
      link: { one: '{count} lääke: {status}', other: '{count} lääkettä: {status}' },
    },
    recent: {
      heading: 'Äskettäin päivitetyt',
      none: 'Lääkkeitä ei ole päivitetty viime aikoina.',
      updated: 'Päivitetty {date}',
    },
    openData: {
      heading: 'Avoin data',
      text: 'Kaikki OpenEPARin sivut ovat saatavilla myös datana, jota voi käyttää vapaasti uudelleen lähde mainiten.',
    },
  },

  errors: {
    status: 'Virhe {status}',
    notFound: {
      title: 'Sivua ei löytynyt',
      message:
        'Jos kirjoitit verkko-osoitteen, tarkista, että se on oikein. Jos liitit verkko-osoitteen, tarkista, että kopioit koko osoitteen.',
    },
    badRequest: {
      title: 'Pyynnössä on ongelma',
      message: 'Osoite sisältää jotain, mitä tämä palvelu ei ymmärrä. Tarkista osoite ja yritä uudelleen.',
    },
    serverError: {
      title: 'Palvelussa on valitettavasti ongelma',
      message: 'Yritä myöhemmin uudelleen.',
    },
    unavailable: {
      title: 'Palvelu ei valitettavasti ole käytettävissä',
      message: 'Voit käyttää palvelua myöhemmin.',
    },
    home: 'Siirry etusivulle',
    browse: 'Selaa kaikkia lääkkeitä',
  },
};
