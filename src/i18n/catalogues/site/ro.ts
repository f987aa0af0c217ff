/** Romanian interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const ro: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Medicamente evaluate de Agenția Europeană pentru Medicamente, ca date deschise',
  },

  common: {
    skipLink: 'Salt la conținutul principal',
    notStated: 'Nespecificat',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'se deschide într-o filă nouă',
    backToTop: 'Înapoi la începutul paginii',
  },

  nav: {
    label: 'Meniu principal',
    home: 'Pagina principală',
    medicines: 'Medicamente',
    search: 'Căutare',
    whatsNew: 'Noutăți',
    breadcrumb: 'Traseu de navigare',
  },

  languageSwitcher: {
    label: 'Limba',
    summary: 'Limba: {language}',
    current: 'limba curentă',
  },

  footer: {
    heading: 'Despre acest serviciu',
    source: 'Conținut preluat de la Agenția Europeană pentru Medicamente (EMA), reprodus cu menționarea sursei',
    emaWebsite: 'Site-ul Agenției Europene pentru Medicamente',
    openData: 'Date deschise',
    api: 'API JSON',
    openApi: 'Descriere OpenAPI',
    openSource: 'OpenEPAR este un software cu sursă deschisă.',
  },

  categories: {
    human: 'Uz uman',
    veterinary: 'Uz veterinar',
  },

  categoryMedicine: {
    human: 'Medicament de uz uman',
    veterinary: 'Medicament de uz veterinar',
  },

  statuses: {
    'under-evaluation': { label: 'În evaluare', description: 'EMA evaluează cererea pentru acest medicament' },
    authorised: { label: 'Autorizat', description: 'Acest medicament este autorizat pentru utilizare în Uniunea Europeană' },
    opinion: { label: 'Aviz', description: 'EMA a emis un aviz privind acest medicament' },
    'opinion-under-re-examination': {
      label: 'Aviz în curs de reexaminare',
      description: 'Avizul emis de EMA privind acest medicament este în curs de reexaminare',
    },
    refused: { label: 'Refuzat', description: 'Autorizarea acestui medicament a fost refuzată' },
    'application-withdrawn': { label: 'Cerere retrasă', description: 'Cererea pentru acest medicament a fost retrasă' },
    'withdrawn-from-rolling-review': {
      label: 'Retras din evaluarea continuă',
      description: 'Acest medicament a fost retras din evaluarea în cadrul procedurii de evaluare continuă',
    },
    withdrawn: { label: 'Retras', description: 'Autorizația acestui medicament a fost retrasă' },
    suspended: { label: 'Suspendat', description: 'Utilizarea acestui medicament în Uniunea Europeană este în prezent suspendată' },
    lapsed: { label: 'Încetat', description: 'Autorizația acestui medicament și-a încetat valabilitatea' },
    expired: { label: 'Expirat', description: 'Autorizația acestui medicament a expirat' },
    revoked: { label: 'Revocat', description: 'Autorizația acestui medicament a fost revocată' },
  },

  lifecycle: {
    label: 'Etapele evaluării',
    steps: {
      human: {
        application: 'Cerere în curs de evaluare',
        opinion: 'Avizul CHMP',
        decision: 'Decizia Comisiei Europene',
      },
      veterinary: {
        application: 'Cerere în curs de evaluare',
        opinion: 'Avizul CVMP',
        decision: 'Decizia Comisiei Europene',
      },
    },
    states: {
      done: 'Finalizată',
      current: 'Etapa curentă',
      stopped: 'Oprită',
      upcoming: 'Neatinsă',
    },
  },

  flags: {
    moreInfo: 'Pentru mai multe informații, consultați {link}.',
    additionalMonitoring: {
      name: 'Monitorizare suplimentară',
      description:
        'Acest medicament face obiectul unei monitorizări suplimentare, ceea ce înseamnă că este monitorizat și mai intens decât alte medicamente.',
      symbol:
        'Medicamentele care fac obiectul unei monitorizări suplimentare au un triunghi negru inversat (▼) afișat în prospect și în rezumatul caracteristicilor produsului.',
      moreInfo: 'Medicamente care fac obiectul unei monitorizări suplimentare',
    },
    conditionalApproval: {
      name: 'Autorizare condiționată',
      description:
        'Acest medicament a primit o autorizație condiționată de punere pe piață. Aceasta a fost acordată în interesul sănătății publice, deoarece medicamentul răspunde unei nevoi medicale nesatisfăcute, iar beneficiul disponibilității imediate depășește riscul generat de date mai puțin cuprinzătoare decât cele necesare în mod normal.',
      moreInfo: 'Autorizație condiționată de punere pe piață',
    },
    exceptionalCircumstances: {
      name: 'Circumstanțe excepționale',
      description:
        'Acest medicament a fost autorizat în circumstanțe excepționale, deoarece solicitantul nu a putut furniza date complete privind eficacitatea și siguranța medicamentului în condiții normale de utilizare. Acest lucru se poate întâmpla deoarece afecțiunea care trebuie tratată este rară sau deoarece colectarea de informații complete nu este posibilă sau nu este etică.',
      moreInfo: 'Îndrumări anterioare autorizării',
    },
    acceleratedAssessment: {
      name: 'Evaluare accelerată',
      description:
        'Acest medicament a beneficiat de o evaluare accelerată. Aceasta înseamnă că este un medicament de interes major pentru sănătatea publică, astfel încât termenul de evaluare a fost de 150 de zile de evaluare în loc de 210.',
      moreInfo: 'Evaluare accelerată',
    },
    orphan: {
      name: 'Medicament orfan',
      description:
        'Acest medicament a fost desemnat medicament orfan. Aceasta înseamnă că a fost dezvoltat pentru utilizare împotriva unei afecțiuni rare, care pune viața în pericol sau este cronic debilitantă, sau că, din motive economice, ar fi fost puțin probabil să fie dezvoltat fără stimulente.',
      moreInfo: 'Desemnarea ca medicament orfan',
    },
    generic: {
      name: 'Medicament generic',
      description:
        'Acesta este un medicament generic, dezvoltat pentru a fi identic cu un medicament deja autorizat, numit medicament de referință. Un medicament generic conține aceeași (aceleași) substanță (substanțe) activă (active) ca medicamentul de referință și se utilizează în aceeași (aceleași) doză (doze) pentru tratarea aceleiași (acelorași) boli.',
      moreInfo: 'Medicamente generice și hibride',
    },
    biosimilar: {
      name: 'Medicament biosimilar',
      description:
        'Acesta este un medicament biosimilar, adică un medicament biologic foarte asemănător cu un alt medicament biologic deja aprobat, numit „medicament de referință”.',
      moreInfo: 'Medicamente biosimilare',
    },
    advancedTherapy: {
      name: 'Terapie avansată',
      description:
        'Acest medicament este clasificat drept medicament pentru terapie avansată (ATMP): un medicament de uz uman care se bazează pe gene, țesuturi sau celule. Acesta oferă oportunități noi și revoluționare pentru tratamentul bolilor și al leziunilor.',
      moreInfo: 'Medicamente pentru terapie avansată: prezentare generală',
    },
    prime: {
      name: 'PRIME: medicament prioritar',
      description:
        'În cursul dezvoltării sale, acest medicament a fost admis în sistemul EMA pentru medicamente prioritare (PRIME). PRIME este un sistem lansat de EMA pentru a consolida sprijinul acordat dezvoltării medicamentelor care răspund unei nevoi medicale nesatisfăcute. Acest sistem voluntar se bazează pe o interacțiune consolidată și pe un dialog timpuriu cu dezvoltatorii de medicamente promițătoare, pentru a optimiza planurile de dezvoltare și a accelera evaluarea, astfel încât aceste medicamente să ajungă mai repede la pacienți.',
      moreInfo: 'PRIME: medicamente prioritare',
    },
  },

  dates: {
    opinionAdopted: 'Aviz adoptat',
    marketingAuthorisationIssued: 'Autorizație de punere pe piață acordată',
    refusal: 'Refuzul autorizației de punere pe piață',
    applicationWithdrawn: 'Retragerea cererii',
    withdrawal: 'Retragerea autorizației de punere pe piață',
    suspension: 'Suspendarea autorizației de punere pe piață',
    lapse: 'Încetarea valabilității autorizației de punere pe piață',
    expiry: 'Expirarea autorizației de punere pe piață',
    revocation: 'Revocarea autorizației de punere pe piață',
    pageLastUpdated: 'EMA și-a actualizat ultima dată pagina la',
  },

  documentTypes: {
    overview: 'Prezentare generală a medicamentului',
    'product-information': 'Informații despre produs',
    'product-information-tracked-changes': 'Informații despre produs cu modificările marcate',
    'amended-product-information': 'Informații despre produs modificate',
    'all-authorised-presentations': 'Toate formele de prezentare autorizate',
    leaflet: 'Prospect',
    rmp: 'Plan de management al riscului',
    'rmp-summary': 'Rezumatul planului de management al riscului',
    'assessment-report': 'Raport public de evaluare',
    'variation-report': 'Raport de evaluare pentru o modificare a autorizației de punere pe piață',
    'scientific-conclusion': 'Concluzii științifice',
    'scientific-discussion': 'Discuție științifică',
    'scientific-discussion-variation': 'Discuție științifică privind o modificare a autorizației de punere pe piață',
    'procedural-steps': 'Etapele procedurale parcurse înainte de autorizare',
    'procedural-steps-after': 'Etapele procedurale parcurse și informații științifice după autorizare',
    'steps-after-cutoff': 'Etapele procedurale parcurse după autorizare (arhivă)',
    'smop-initial': 'Rezumatul avizului',
    smop: 'Rezumatul avizului privind o modificare a autorizației de punere pe piață',
    'medicine-qa': 'Întrebări și răspunsuri',
    'withdrawal-letter': 'Scrisoare de retragere',
    'withdrawal-report': 'Raport de evaluare privind retragerea',
    'orphan-maintenance-report': 'Raport de evaluare privind menținerea statutului de medicament orfan',
    'orphan-maintenance-report-post': 'Raport de evaluare privind menținerea statutului de medicament orfan după autorizare',
    'pip-compliance': 'Verificarea conformității cu planul de investigație pediatrică',
    'conditions-member-states': 'Condiții sau restricții pentru statele membre ale UE',
    'covid-19-vaccine-safety-update': 'Actualizare privind siguranța vaccinului împotriva COVID-19',
    'medication-error': 'Informații privind erorile de medicație',
    'prac-recommendation': 'Recomandarea PRAC',
    'opinion-any-scientific-matter': 'Aviz privind o chestiune științifică',
    'public-statement': 'Declarație publică',
    'press-release': 'Comunicat de presă',
    referral: 'Document privind procedura de sesizare',
    other: 'Document',
  },

  documents: {
    referenceNumber: 'Număr de referință',
    firstPublished: 'Prima publicare',
    lastUpdated: 'Ultima actualizare',
    languages: {
      one: 'Disponibil în {count} limbă',
      few: 'Disponibil în {count} limbi',
      other: 'Disponibil în {count} de limbi',
    },
    viewIn: 'Vizualizați {title} în {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'nu este disponibil online',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Planuri de investigație pediatrică' },
    'post-authorisation-study': { heading: 'Studii ulterioare autorizării' },
    'orphan-designation': { heading: 'Desemnări ca medicament orfan' },
    referral: { heading: 'Proceduri de sesizare' },
    other: { heading: 'Alte informații' },
  },

  medicine: {
    previousNames: 'Denumit anterior {names}',
    activeSubstance: 'Substanța activă',
    statusHeading: 'Statut',
    flagsLabel: 'Caracteristici de reglementare',
    contents: 'Cuprinsul paginii',
    sections: {
      overview: 'Prezentare generală',
      productInformation: 'Informații despre produs',
      productDetails: 'Detalii despre produs',
      authorisationDetails: 'Detalii privind autorizarea',
      applicationDetails: 'Detalii privind cererea',
      assessmentHistory: 'Istoricul evaluării',
      otherDocuments: 'Alte documente',
      news: 'Știri despre {name}',
      related: 'Mai multe informații despre {name}',
      patientSafety: 'Informații privind siguranța pacienților',
      withdrawalInformation: 'Informații conexe privind retragerile',
      topics: 'Subiecte',
    },
    overview: {
      fallback: 'Această prezentare generală nu este disponibilă în {language}. Este afișată în {fallback}.',
      fallbackDocument: 'EMA îl publică în {language} ca document: {link}.',
    },
    productInformation: {
      allLanguages: 'Informațiile despre produs ale acestui medicament sunt disponibile în toate limbile oficiale ale UE.',
      contentsIntro: 'Documentele cu informații despre produs cuprind:',
      contents: [
        'rezumatul caracteristicilor produsului (anexa I);',
        'deținătorul autorizației de fabricație responsabil pentru eliberarea seriei (anexa IIA);',
        'condițiile autorizației de punere pe piață (anexa IIB);',
        'etichetarea (anexa IIIA);',
        'prospectul (anexa IIIB).',
      ],
      latestProcedure: 'Cea mai recentă procedură care afectează informațiile despre produs',
    },
    productDetails: {
      name: 'Denumirea medicamentului',
      activeSubstance: 'Substanța activă',
      inn: 'Denumirea comună internațională (DCI) sau denumirea comună',
      therapeuticArea: 'Aria terapeutică (MeSH)',
      atcCode: 'Codul anatomic terapeutic chimic (ATC)',
      pharmacotherapeuticGroup: 'Grupa farmacoterapeutică',
      therapeuticIndication: 'Indicația terapeutică',
      species: 'Specii',
      atcNotYetAssigned: 'Încă neatribuit',
      atcMalformed: 'cod ATC nevalid: afișat așa cum îl publică EMA',
    },
    authorisation: {
      productNumber: 'Numărul de produs EMA',
      holder: 'Deținătorul autorizației de punere pe piață',
      applicant: 'Solicitantul autorizației de punere pe piață',
      revision: 'Numărul reviziei EMA',
      developer: 'Dezvoltator',
      opinionStatus: 'Rezultatul avizului',
      opinionStatuses: { positive: 'Pozitiv', negative: 'Negativ' },
    },
    news: {
      published: 'Publicat la {date}',
      patientSafetyMarker: 'EMA a publicat informații privind siguranța pacienților pentru acest medicament.',
    },
    source: {
      heading: 'Sursă și date',
      ema: 'Vizualizați acest medicament pe site-ul EMA',
      json: 'Obțineți această înregistrare în format JSON',
    },
  },

  catalogue: {
    title: 'Medicamente',
    description: 'Toate medicamentele care au un raport public european de evaluare (EPAR), cu statutul și aria lor terapeutică.',
    tableCaption: 'Medicamente',
    showing: {
      one: 'Se afișează {from}–{to} din {count} medicament',
      few: 'Se afișează {from}–{to} din {count} medicamente',
      other: 'Se afișează {from}–{to} din {count} de medicamente',
    },
    empty: 'Niciun medicament nu corespunde acestor filtre.',
    pageOutOfRange: 'Nu există medicamente pe această pagină.',
    filters: {
      heading: 'Filtrați medicamentele',
      status: 'Statut',
      anyStatus: 'Toate statuturile',
      category: 'Tipul de medicament',
      anyCategory: 'De uz uman și veterinar',
      sort: 'Sortare după',
      submit: 'Aplicați',
      clear: 'Ștergeți filtrele',
    },
    columns: {
      name: 'Medicament',
      inn: 'Substanța activă (DCI)',
      status: 'Statut',
      therapeuticAreas: 'Aria terapeutică',
      authorised: 'Autorizat',
      updated: 'Ultima actualizare',
    },
    sortedAscending: 'sortat în ordine crescătoare',
    sortedDescending: 'sortat în ordine descrescătoare',
    sortBy: 'sortare după {column}',
  },

  sort: {
    name: 'Denumire (A–Z)',
    '-name': 'Denumire (Z–A)',
    authorised: 'Data autorizării (cele mai vechi primele)',
    '-authorised': 'Data autorizării (cele mai noi primele)',
    updated: 'Ultima actualizare (cele mai vechi primele)',
    '-updated': 'Ultima actualizare (cele mai noi primele)',
  },

  pagination: {
    label: 'Pagini',
    previous: 'Pagina anterioară',
    next: 'Pagina următoare',
    page: 'Pagina {page}',
  },

  home: {
    title: 'Găsiți informații despre medicamentele evaluate în Uniunea Europeană',
    lede: 'OpenEPAR publică toate rapoartele publice europene de evaluare (EPAR) ale Agenției Europene pentru Medicamente (EMA): pentru ce se utilizează fiecare medicament, dacă este autorizat, informațiile despre produs în toate limbile UE și documentele care stau la baza deciziei.',
    audiences: {
      heading: 'Cui se adresează OpenEPAR',
      patients: {
        title: 'Pacienți și îngrijitori',
        text: 'Citiți, în limba dumneavoastră, o prezentare generală pe înțelesul tuturor a unui medicament, pentru ce se utilizează și care sunt riscurile sale.',
      },
      prescribers: {
        title: 'Medici prescriptori și farmaciști',
        text: 'Deschideți informațiile actuale despre produs, verificați statutul și cea mai recentă procedură care le afectează.',
      },
      researchers: {
        title: 'Cercetători și dezvoltatori',
        text: 'Utilizați aceleași date ca date deschise, printr-un API JSON descris cu OpenAPI.',
      },
    },
    search: {
      label: 'Căutați un medicament',
      hint: 'Introduceți denumirea unui medicament sau o substanță activă, de exemplu sotorasib',
      button: 'Căutare',
    },
    sample:
      'Acest portal conține doar un eșantion din rapoartele publice europene de evaluare (EPAR) ale Agenției Europene pentru Medicamente, cu istoricul lor din tabelele de date ale EMA. Număr de medicamente: {count}. Pentru a le publica pe toate, importați întregul corpus cu {command}.',
    browseAll: {
      one: 'Consultați {count} medicament',
      few: 'Consultați toate cele {count} medicamente',
      other: 'Consultați toate cele {count} de medicamente',
    },
    byStatus: {
      heading: 'Medicamente după statut',
      caption: 'Numărul de medicamente după statut',
      status: 'Statut',
      count: 'Numărul de medicamente',
      link: {
        one: '{count} medicament: {status}',
        few: '{count} medicamente: {status}',
        other: '{count} de medicamente: {status}',
      },
    },
    recent: {
      heading: 'Actualizate recent',
      none: 'Niciun medicament nu a fost actualizat recent.',
      updated: 'Actualizat la {date}',
    },
    openData: {
      heading: 'Date deschise',
      text: 'Fiecare pagină OpenEPAR este disponibilă și sub formă de date, care pot fi reutilizate gratuit cu menționarea sursei.',
    },
  },

  errors: {
    status: 'Eroare {status}',
    notFound: {
      title: 'Pagina nu a fost găsită',
      message:
        'Dacă ați tastat adresa web, verificați dacă este corectă. Dacă ați lipit adresa web, verificați dacă ați copiat adresa completă.',
    },
    badRequest: {
      title: 'Există o problemă cu această solicitare',
      message: 'Adresa conține un element pe care acest serviciu nu îl înțelege. Verificați-o și încercați din nou.',
    },
    serverError: {
      title: 'Ne pare rău, există o problemă cu serviciul',
      message: 'Încercați din nou mai târziu.',
    },
    unavailable: {
      title: 'Ne pare rău, serviciul nu este disponibil',
      message: 'Veți putea utiliza serviciul mai târziu.',
    },
    home: 'Mergeți la pagina principală',
    browse: 'Consultați toate medicamentele',
  },
};
