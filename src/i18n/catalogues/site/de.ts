/** German interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const de: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Von der Europäischen Arzneimittel-Agentur beurteilte Arzneimittel als offene Daten',
  },

  common: {
    skipLink: 'Zum Hauptinhalt springen',
    notStated: 'Nicht angegeben',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'wird in einem neuen Tab geöffnet',
    backToTop: 'Nach oben',
  },

  nav: {
    label: 'Hauptnavigation',
    home: 'Startseite',
    medicines: 'Arzneimittel',
    search: 'Suche',
    whatsNew: 'Was ist neu',
    breadcrumb: 'Brotkrümelnavigation',
  },

  languageSwitcher: {
    label: 'Sprache',
    summary: 'Sprache: {language}',
    current: 'aktuelle Sprache',
  },

  footer: {
    heading: 'Über diesen Dienst',
    source: 'Inhalte der Europäischen Arzneimittel-Agentur (EMA), wiedergegeben mit Quellenangabe',
    emaWebsite: 'Website der Europäischen Arzneimittel-Agentur',
    openData: 'Offene Daten',
    api: 'JSON-API',
    openApi: 'OpenAPI-Beschreibung',
    openSource: 'OpenEPAR ist Open-Source-Software.',
  },

  categories: {
    human: 'Humanarzneimittel',
    veterinary: 'Tierarzneimittel',
  },

  categoryMedicine: {
    human: 'Humanarzneimittel',
    veterinary: 'Tierarzneimittel',
  },

  statuses: {
    'under-evaluation': { label: 'In Beurteilung', description: 'Die EMA beurteilt den Antrag für dieses Arzneimittel' },
    authorised: { label: 'Zugelassen', description: 'Dieses Arzneimittel ist für die Anwendung in der Europäischen Union zugelassen' },
    opinion: { label: 'Gutachten', description: 'Die EMA hat ein Gutachten zu diesem Arzneimittel abgegeben' },
    'opinion-under-re-examination': {
      label: 'Gutachten in Überprüfung',
      description: 'Das Gutachten der EMA zu diesem Arzneimittel wird überprüft',
    },
    refused: { label: 'Versagt', description: 'Die Zulassung dieses Arzneimittels wurde versagt' },
    'application-withdrawn': { label: 'Antrag zurückgezogen', description: 'Der Antrag für dieses Arzneimittel wurde zurückgezogen' },
    'withdrawn-from-rolling-review': {
      label: 'Aus dem Rolling Review zurückgezogen',
      description: 'Dieses Arzneimittel wurde aus der Beurteilung im Rahmen eines Rolling Review zurückgezogen',
    },
    withdrawn: { label: 'Zurückgenommen', description: 'Die Zulassung dieses Arzneimittels wurde zurückgenommen' },
    suspended: { label: 'Ausgesetzt', description: 'Die Anwendung dieses Arzneimittels in der Europäischen Union ist derzeit ausgesetzt' },
    lapsed: { label: 'Erloschen', description: 'Die Zulassung dieses Arzneimittels ist erloschen' },
    expired: { label: 'Abgelaufen', description: 'Die Zulassung dieses Arzneimittels ist abgelaufen' },
    revoked: { label: 'Widerrufen', description: 'Die Zulassung dieses Arzneimittels wurde widerrufen' },
  },

  lifecycle: {
    label: 'Phasen der Beurteilung',
    steps: {
      human: {
        application: 'Antrag in Beurteilung',
        opinion: 'Gutachten des CHMP',
        decision: 'Beschluss der Europäischen Kommission',
      },
      veterinary: {
        application: 'Antrag in Beurteilung',
        opinion: 'Gutachten des CVMP',
        decision: 'Beschluss der Europäischen Kommission',
      },
    },
    states: {
      done: 'Abgeschlossen',
      current: 'Aktuelle Phase',
      stopped: 'Abgebrochen',
      upcoming: 'Noch nicht erreicht',
    },
  },

  flags: {
    moreInfo: 'Weitere Informationen finden Sie unter {link}.',
    additionalMonitoring: {
      name: 'Zusätzliche Überwachung',
      description:
        'Dieses Arzneimittel unterliegt einer zusätzlichen Überwachung, d. h., es wird noch intensiver überwacht als andere Arzneimittel.',
      symbol:
        'Arzneimittel, die einer zusätzlichen Überwachung unterliegen, sind in der Packungsbeilage und in der Zusammenfassung der Merkmale des Arzneimittels mit einem auf der Spitze stehenden schwarzen Dreieck (▼) gekennzeichnet.',
      moreInfo: 'Arzneimittel unter zusätzlicher Überwachung',
    },
    conditionalApproval: {
      name: 'Bedingte Zulassung',
      description:
        'Für dieses Arzneimittel wurde eine bedingte Zulassung erteilt. Sie wurde im Interesse der öffentlichen Gesundheit erteilt, weil das Arzneimittel einen ungedeckten medizinischen Bedarf deckt und der Nutzen seiner sofortigen Verfügbarkeit das Risiko aufgrund weniger umfassender Daten als normalerweise erforderlich überwiegt.',
      moreInfo: 'Bedingte Zulassung',
    },
    exceptionalCircumstances: {
      name: 'Außergewöhnliche Umstände',
      description:
        'Dieses Arzneimittel wurde unter „außergewöhnlichen Umständen“ zugelassen, da der Antragsteller keine umfassenden Daten zur Wirksamkeit und Sicherheit des Arzneimittels unter normalen Anwendungsbedingungen vorlegen konnte. Dies kann der Fall sein, weil die zu behandelnde Erkrankung selten ist oder weil die Erhebung vollständiger Informationen nicht möglich oder unethisch ist.',
      moreInfo: 'Leitlinien für die Zeit vor der Zulassung',
    },
    acceleratedAssessment: {
      name: 'Beschleunigte Beurteilung',
      description:
        'Dieses Arzneimittel wurde einer beschleunigten Beurteilung unterzogen. Das bedeutet, dass es von großem Interesse für die öffentliche Gesundheit ist und der Zeitrahmen für seine Prüfung daher 150 statt 210 Beurteilungstage betrug.',
      moreInfo: 'Beschleunigte Beurteilung',
    },
    orphan: {
      name: 'Arzneimittel für seltene Leiden',
      description:
        'Dieses Arzneimittel wurde als Arzneimittel für seltene Leiden ausgewiesen. Das bedeutet, dass es für die Anwendung bei einer seltenen, lebensbedrohlichen oder chronisch invalidisierenden Erkrankung entwickelt wurde oder dass es aus wirtschaftlichen Gründen ohne Anreize wahrscheinlich nicht entwickelt worden wäre.',
      moreInfo: 'Ausweisung als Arzneimittel für seltene Leiden',
    },
    generic: {
      name: 'Generikum',
      description:
        'Dies ist ein Generikum, das so entwickelt wurde, dass es einem bereits zugelassenen Arzneimittel, dem sogenannten Referenzarzneimittel, entspricht. Ein Generikum enthält denselben Wirkstoff bzw. dieselben Wirkstoffe wie das Referenzarzneimittel und wird in derselben Dosis bzw. denselben Dosen zur Behandlung derselben Erkrankung(en) angewendet.',
      moreInfo: 'Generika und Hybridarzneimittel',
    },
    biosimilar: {
      name: 'Biosimilar',
      description:
        'Dies ist ein Biosimilar, d. h. ein biologisches Arzneimittel, das einem anderen, bereits zugelassenen biologischen Arzneimittel, dem sogenannten „Referenzarzneimittel“, sehr ähnlich ist.',
      moreInfo: 'Biosimilars',
    },
    advancedTherapy: {
      name: 'Arzneimittel für neuartige Therapien',
      description:
        'Dieses Arzneimittel ist als Arzneimittel für neuartige Therapien (ATMP) eingestuft: ein Humanarzneimittel, das auf Genen, Geweben oder Zellen beruht. Es eröffnet bahnbrechende neue Möglichkeiten für die Behandlung von Krankheiten und Verletzungen.',
      moreInfo: 'Arzneimittel für neuartige Therapien: Überblick',
    },
    prime: {
      name: 'PRIME: prioritäres Arzneimittel',
      description:
        'Dieses Arzneimittel wurde während seiner Entwicklung in das Programm der EMA für prioritäre Arzneimittel (PRIME) aufgenommen. PRIME ist ein von der EMA eingeführtes Programm zur verstärkten Unterstützung der Entwicklung von Arzneimitteln, die auf einen ungedeckten medizinischen Bedarf abzielen. Dieses freiwillige Programm beruht auf einer intensiveren Interaktion und einem frühzeitigen Dialog mit den Entwicklern vielversprechender Arzneimittel, um die Entwicklungspläne zu optimieren und die Beurteilung zu beschleunigen, damit diese Arzneimittel Patienten früher erreichen.',
      moreInfo: 'PRIME: prioritäre Arzneimittel',
    },
  },

  dates: {
    opinionAdopted: 'Annahme des Gutachtens',
    marketingAuthorisationIssued: 'Erteilung der Zulassung',
    refusal: 'Versagung der Zulassung',
    applicationWithdrawn: 'Rücknahme des Antrags',
    withdrawal: 'Rücknahme der Zulassung',
    suspension: 'Aussetzung der Zulassung',
    lapse: 'Erlöschen der Zulassung',
    expiry: 'Ablauf der Zulassung',
    revocation: 'Widerruf der Zulassung',
    pageLastUpdated: 'Die EMA hat ihre Seite zuletzt aktualisiert am',
  },

  documentTypes: {
    overview: 'Übersicht über das Arzneimittel',
    'product-information': 'Produktinformation',
    'product-information-tracked-changes': 'Produktinformation mit Änderungsmarkierungen',
    'amended-product-information': 'Geänderte Produktinformation',
    'all-authorised-presentations': 'Alle zugelassenen Aufmachungen',
    leaflet: 'Packungsbeilage',
    rmp: 'Risikomanagement-Plan',
    'rmp-summary': 'Zusammenfassung des Risikomanagement-Plans',
    'assessment-report': 'Öffentlicher Beurteilungsbericht',
    'variation-report': 'Beurteilungsbericht zu einer Änderung der Zulassung',
    'scientific-conclusion': 'Wissenschaftliche Schlussfolgerungen',
    'scientific-discussion': 'Wissenschaftliche Diskussion',
    'scientific-discussion-variation': 'Wissenschaftliche Diskussion zu einer Änderung der Zulassung',
    'procedural-steps': 'Verfahrensschritte vor der Zulassung',
    'procedural-steps-after': 'Verfahrensschritte und wissenschaftliche Informationen nach der Zulassung',
    'steps-after-cutoff': 'Verfahrensschritte nach der Zulassung (Archiv)',
    'smop-initial': 'Zusammenfassung des Gutachtens',
    smop: 'Zusammenfassung des Gutachtens zu einer Änderung der Zulassung',
    'medicine-qa': 'Fragen und Antworten',
    'withdrawal-letter': 'Rücknahmeschreiben',
    'withdrawal-report': 'Beurteilungsbericht zur Rücknahme',
    'orphan-maintenance-report': 'Beurteilungsbericht zur Aufrechterhaltung der Ausweisung als Arzneimittel für seltene Leiden',
    'orphan-maintenance-report-post':
      'Beurteilungsbericht zur Aufrechterhaltung der Ausweisung als Arzneimittel für seltene Leiden nach der Zulassung',
    'pip-compliance': 'Prüfung der Einhaltung des pädiatrischen Prüfkonzepts',
    'conditions-member-states': 'Bedingungen oder Einschränkungen für die EU-Mitgliedstaaten',
    'covid-19-vaccine-safety-update': 'Aktuelle Sicherheitsinformationen zu COVID-19-Impfstoffen',
    'medication-error': 'Informationen zu Medikationsfehlern',
    'prac-recommendation': 'Empfehlung des PRAC',
    'opinion-any-scientific-matter': 'Gutachten zu einer wissenschaftlichen Frage',
    'public-statement': 'Öffentliche Erklärung',
    'press-release': 'Pressemitteilung',
    referral: 'Dokument zum Befassungsverfahren',
    other: 'Dokument',
  },

  documents: {
    referenceNumber: 'Referenznummer',
    firstPublished: 'Erstveröffentlichung',
    lastUpdated: 'Letzte Aktualisierung',
    languages: { one: 'In {count} Sprache verfügbar', other: 'In {count} Sprachen verfügbar' },
    viewIn: '{title} auf {language} anzeigen',
    fileDetails: '{format}, {size}',
    notOnline: 'nicht online verfügbar',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Pädiatrische Prüfkonzepte' },
    'post-authorisation-study': { heading: 'Studien nach der Zulassung' },
    'orphan-designation': { heading: 'Ausweisungen als Arzneimittel für seltene Leiden' },
    referral: { heading: 'Befassungsverfahren' },
    other: { heading: 'Weitere Informationen' },
  },

  medicine: {
    previousNames: 'Früher bekannt als {names}',
    activeSubstance: 'Wirkstoff',
    statusHeading: 'Status',
    flagsLabel: 'Regulatorische Merkmale',
    contents: 'Inhalt dieser Seite',
    sections: {
      overview: 'Übersicht',
      productInformation: 'Produktinformation',
      productDetails: 'Angaben zum Arzneimittel',
      authorisationDetails: 'Angaben zur Zulassung',
      applicationDetails: 'Angaben zum Antrag',
      assessmentHistory: 'Verlauf der Beurteilung',
      otherDocuments: 'Weitere Dokumente',
      news: 'Neuigkeiten zu {name}',
      related: 'Weitere Informationen zu {name}',
      patientSafety: 'Informationen zur Patientensicherheit',
      withdrawalInformation: 'Weitere Informationen zu Rücknahmen',
      topics: 'Themen',
    },
    overview: {
      fallback: 'Diese Übersicht ist nicht auf {language} verfügbar. Sie wird auf {fallback} angezeigt.',
      fallbackDocument: 'Die EMA veröffentlicht sie auf {language} als Dokument: {link}.',
    },
    productInformation: {
      allLanguages: 'Die Produktinformation dieses Arzneimittels ist in allen Amtssprachen der EU verfügbar.',
      contentsIntro: 'Die Produktinformation umfasst:',
      contents: [
        'die Zusammenfassung der Merkmale des Arzneimittels (Anhang I);',
        'den Inhaber der Herstellungserlaubnis, der für die Chargenfreigabe verantwortlich ist (Anhang II A);',
        'die Bedingungen der Zulassung (Anhang II B);',
        'die Etikettierung (Anhang III A);',
        'die Packungsbeilage (Anhang III B).',
      ],
      latestProcedure: 'Letztes Verfahren mit Auswirkung auf die Produktinformation',
    },
    productDetails: {
      name: 'Name des Arzneimittels',
      activeSubstance: 'Wirkstoff',
      inn: 'Internationaler Freiname (INN) oder gebräuchlicher Name',
      therapeuticArea: 'Therapeutisches Gebiet (MeSH)',
      atcCode: 'Anatomisch-therapeutisch-chemischer Code (ATC-Code)',
      pharmacotherapeuticGroup: 'Pharmakotherapeutische Gruppe',
      therapeuticIndication: 'Anwendungsgebiet',
      species: 'Tierarten',
      atcNotYetAssigned: 'Noch nicht zugewiesen',
      atcMalformed: 'kein gültiger ATC-Code: so angezeigt, wie die EMA ihn angibt',
    },
    authorisation: {
      productNumber: 'EMA-Produktnummer',
      holder: 'Inhaber der Zulassung',
      applicant: 'Antragsteller',
      revision: 'Revisionsnummer der EMA',
      developer: 'Entwickler',
      opinionStatus: 'Ergebnis des Gutachtens',
      opinionStatuses: { positive: 'Positiv', negative: 'Negativ' },
    },
    news: {
      published: 'Veröffentlicht am {date}',
      patientSafetyMarker: 'Die EMA hat Informationen zur Patientensicherheit für dieses Arzneimittel veröffentlicht.',
    },
    source: {
      heading: 'Quelle und Daten',
      ema: 'Dieses Arzneimittel auf der Website der EMA ansehen',
      json: 'Diesen Datensatz als JSON abrufen',
    },
  },

  catalogue: {
    title: 'Arzneimittel',
    description:
      'Alle Arzneimittel mit einem Europäischen öffentlichen Beurteilungsbericht (EPAR), mit ihrem Status und ihrem therapeutischen Gebiet.',
    tableCaption: 'Arzneimittel',
    showing: {
      one: 'Anzeige: {from}–{to} von {count} Arzneimittel',
      other: 'Anzeige: {from}–{to} von {count} Arzneimitteln',
    },
    empty: 'Keine Arzneimittel entsprechen diesen Filtern.',
    pageOutOfRange: 'Auf dieser Seite gibt es keine Arzneimittel.',
    filters: {
      heading: 'Arzneimittel filtern',
      status: 'Status',
      anyStatus: 'Alle Status',
      category: 'Art des Arzneimittels',
      anyCategory: 'Human- und Tierarzneimittel',
      sort: 'Sortieren nach',
      submit: 'Anwenden',
      clear: 'Filter zurücksetzen',
    },
    columns: {
      name: 'Arzneimittel',
      inn: 'Wirkstoff (INN)',
      status: 'Status',
      therapeuticAreas: 'Therapeutisches Gebiet',
      authorised: 'Zugelassen',
      updated: 'Zuletzt aktualisiert',
    },
    sortedAscending: 'aufsteigend sortiert',
    sortedDescending: 'absteigend sortiert',
    sortBy: 'nach {column} sortieren',
  },

  sort: {
    name: 'Name (A bis Z)',
    '-name': 'Name (Z bis A)',
    authorised: 'Zulassungsdatum (älteste zuerst)',
    '-authorised': 'Zulassungsdatum (neueste zuerst)',
    updated: 'Letzte Aktualisierung (älteste zuerst)',
    '-updated': 'Letzte Aktualisierung (neueste zuerst)',
  },

  pagination: {
    label: 'Seiten',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    page: 'Seite {page}',
  },

  home: {
    title: 'Informationen über in der Europäischen Union beurteilte Arzneimittel finden',
    lede: 'OpenEPAR veröffentlicht alle Europäischen öffentlichen Beurteilungsberichte (EPAR) der Europäischen Arzneimittel-Agentur (EMA): wofür die einzelnen Arzneimittel angewendet werden, ob sie zugelassen sind, ihre Produktinformation in allen EU-Sprachen und die Dokumente, auf denen die Entscheidung beruht.',
    audiences: {
      heading: 'Für wen OpenEPAR gedacht ist',
      patients: {
        title: 'Patienten und Pflegepersonen',
        text: 'Lesen Sie in Ihrer Sprache eine leicht verständliche Übersicht über ein Arzneimittel: wofür es angewendet wird und welche Risiken es birgt.',
      },
      prescribers: {
        title: 'Verschreibende Ärzte und Apotheker',
        text: 'Öffnen Sie die aktuelle Produktinformation und prüfen Sie den Status sowie das letzte Verfahren mit Auswirkung darauf.',
      },
      researchers: {
        title: 'Forschende und Entwickler',
        text: 'Nutzen Sie dieselben Daten als offene Daten über eine mit OpenAPI beschriebene JSON-API.',
      },
    },
    search: {
      label: 'Nach einem Arzneimittel suchen',
      hint: 'Geben Sie den Namen eines Arzneimittels oder einen Wirkstoff ein, zum Beispiel sotorasib',
      button: 'Suchen',
    },
    sample:
      'Dieses Portal enthält nur eine Auswahl der Europäischen Öffentlichen Beurteilungsberichte (EPAR) der Europäischen Arzneimittel-Agentur, mit ihrer Geschichte aus den Datentabellen der EMA. Anzahl der Arzneimittel: {count}. Um alle zu veröffentlichen, importieren Sie den gesamten Bestand mit {command}.',
    browseAll: { one: '{count} Arzneimittel anzeigen', other: 'Alle {count} Arzneimittel anzeigen' },
    byStatus: {
      heading: 'Arzneimittel nach Status',
      caption: 'Anzahl der Arzneimittel nach Status',
      status: 'Status',
      count: 'Anzahl der Arzneimittel',
      link: { one: '{count} Arzneimittel: {status}', other: '{count} Arzneimittel: {status}' },
    },
    recent: {
      heading: 'Kürzlich aktualisiert',
      none: 'In letzter Zeit wurden keine Arzneimittel aktualisiert.',
      updated: 'Aktualisiert am {date}',
    },
    openData: {
      heading: 'Offene Daten',
      text: 'Jede Seite von OpenEPAR ist auch als Daten verfügbar, die mit Quellenangabe frei weiterverwendet werden können.',
    },
  },

  errors: {
    status: 'Fehler {status}',
    notFound: {
      title: 'Seite nicht gefunden',
      message:
        'Wenn Sie die Webadresse eingegeben haben, prüfen Sie bitte, ob sie korrekt ist. Wenn Sie die Webadresse eingefügt haben, prüfen Sie bitte, ob Sie die vollständige Adresse kopiert haben.',
    },
    badRequest: {
      title: 'Bei dieser Anfrage ist ein Problem aufgetreten',
      message: 'Die Adresse enthält etwas, das dieser Dienst nicht versteht. Bitte prüfen Sie sie und versuchen Sie es erneut.',
    },
    serverError: {
      title: 'Leider ist ein Problem mit dem Dienst aufgetreten',
      message: 'Bitte versuchen Sie es später erneut.',
    },
    unavailable: {
      title: 'Der Dienst ist leider nicht verfügbar',
      message: 'Sie können den Dienst später wieder nutzen.',
    },
    home: 'Zur Startseite',
    browse: 'Alle Arzneimittel anzeigen',
  },
};
