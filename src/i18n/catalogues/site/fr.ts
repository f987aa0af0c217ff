/** French interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

// French typography: a no-break space (\u00a0) before ":" and a narrow no-break space (\u202f)
// before ";" and inside guillemets, written as escapes so that they stay visible in review.
export const fr: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Les médicaments évalués par l’Agence européenne des médicaments, en données ouvertes',
  },

  common: {
    skipLink: 'Aller au contenu principal',
    notStated: 'Non précisé',
    listSeparator: ', ',
    labelled: '{label}\u00a0: {value}',
    opensInNewWindow: 's’ouvre dans un nouvel onglet',
    backToTop: 'Retour en haut de page',
  },

  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    medicines: 'Médicaments',
    search: 'Recherche',
    whatsNew: 'Quoi de neuf',
    breadcrumb: 'Fil d’Ariane',
  },

  languageSwitcher: {
    label: 'Langue',
    summary: 'Langue\u00a0: {language}',
    current: 'langue actuelle',
  },

  footer: {
    heading: 'À propos de ce service',
    source: 'Contenu provenant de l’Agence européenne des médicaments (EMA), reproduit avec mention de la source',
    emaWebsite: 'Site web de l’Agence européenne des médicaments',
    openData: 'Données ouvertes',
    api: 'API JSON',
    openApi: 'Description OpenAPI',
    openSource: 'OpenEPAR est un logiciel libre.',
  },

  categories: {
    human: 'Usage humain',
    veterinary: 'Usage vétérinaire',
  },

  categoryMedicine: {
    human: 'Médicament à usage humain',
    veterinary: 'Médicament vétérinaire',
  },

  statuses: {
    'under-evaluation': { label: 'En cours d’évaluation', description: 'L’EMA évalue la demande relative à ce médicament' },
    authorised: { label: 'Autorisé', description: 'Ce médicament est autorisé dans l’Union européenne' },
    opinion: { label: 'Avis', description: 'L’EMA a rendu un avis sur ce médicament' },
    'opinion-under-re-examination': {
      label: 'Avis en cours de réexamen',
      description: 'L’avis rendu par l’EMA sur ce médicament est en cours de réexamen',
    },
    refused: { label: 'Refusé', description: 'L’autorisation de ce médicament a été refusée' },
    'application-withdrawn': { label: 'Demande retirée', description: 'La demande concernant ce médicament a été retirée' },
    'withdrawn-from-rolling-review': {
      label: 'Retiré de l’examen en continu',
      description: 'Ce médicament a été retiré de l’évaluation menée dans le cadre d’un examen en continu',
    },
    withdrawn: { label: 'Retiré', description: 'L’autorisation de ce médicament a été retirée' },
    suspended: { label: 'Suspendu', description: 'L’utilisation de ce médicament est actuellement suspendue dans l’Union européenne' },
    lapsed: { label: 'Caduc', description: 'L’autorisation de ce médicament est devenue caduque' },
    expired: { label: 'Expiré', description: 'L’autorisation de ce médicament a expiré' },
    revoked: { label: 'Révoqué', description: 'L’autorisation de ce médicament a été révoquée' },
  },

  lifecycle: {
    label: 'Étapes de l’évaluation',
    steps: {
      human: {
        application: 'Demande en cours d’évaluation',
        opinion: 'Avis du CHMP',
        decision: 'Décision de la Commission européenne',
      },
      veterinary: {
        application: 'Demande en cours d’évaluation',
        opinion: 'Avis du CVMP',
        decision: 'Décision de la Commission européenne',
      },
    },
    states: {
      done: 'Terminée',
      current: 'Étape en cours',
      stopped: 'Interrompue',
      upcoming: 'Non atteinte',
    },
  },

  flags: {
    moreInfo: 'Pour plus d’informations, voir {link}.',
    additionalMonitoring: {
      name: 'Surveillance supplémentaire',
      description:
        'Ce médicament fait l’objet d’une surveillance supplémentaire, ce qui signifie qu’il est surveillé de manière encore plus intensive que les autres médicaments.',
      symbol:
        'Les médicaments faisant l’objet d’une surveillance supplémentaire sont signalés par un triangle noir inversé (▼) dans leur notice et leur résumé des caractéristiques du produit.',
      moreInfo: 'Médicaments faisant l’objet d’une surveillance supplémentaire',
    },
    conditionalApproval: {
      name: 'Autorisation conditionnelle',
      description:
        'Ce médicament a reçu une autorisation de mise sur le marché conditionnelle. Celle-ci a été accordée dans l’intérêt de la santé publique, car le médicament répond à un besoin médical non satisfait et le bénéfice de sa mise à disposition immédiate l’emporte sur le risque lié à des données moins complètes que celles normalement requises.',
      moreInfo: 'Autorisation de mise sur le marché conditionnelle',
    },
    exceptionalCircumstances: {
      name: 'Circonstances exceptionnelles',
      description:
        'Ce médicament a été autorisé dans des circonstances exceptionnelles, car le demandeur n’a pas été en mesure de fournir des données complètes sur l’efficacité et la sécurité du médicament dans des conditions normales d’utilisation. Cela peut se produire parce que la maladie à traiter est rare ou parce que la collecte d’informations complètes n’est pas possible ou n’est pas éthique.',
      moreInfo: 'Orientations préalables à l’autorisation',
    },
    acceleratedAssessment: {
      name: 'Évaluation accélérée',
      description:
        'Ce médicament a fait l’objet d’une évaluation accélérée. Cela signifie qu’il présente un intérêt majeur pour la santé publique, de sorte que le délai de son examen a été de 150 jours d’évaluation au lieu de 210.',
      moreInfo: 'Évaluation accélérée',
    },
    orphan: {
      name: 'Médicament orphelin',
      description:
        'Ce médicament a été désigné comme médicament orphelin. Cela signifie qu’il a été mis au point pour être utilisé contre une maladie rare, potentiellement mortelle ou chroniquement invalidante ou que, pour des raisons économiques, il n’aurait probablement pas été mis au point sans mesures d’incitation.',
      moreInfo: 'Désignation de médicament orphelin',
    },
    generic: {
      name: 'Générique',
      description:
        'Il s’agit d’un médicament générique, mis au point pour être identique à un médicament déjà autorisé, appelé médicament de référence. Un médicament générique contient la ou les mêmes substances actives que le médicament de référence et est utilisé à la ou aux mêmes doses pour traiter la ou les mêmes maladies.',
      moreInfo: 'Médicaments génériques et hybrides',
    },
    biosimilar: {
      name: 'Biosimilaire',
      description:
        'Il s’agit d’un médicament biosimilaire, c’est-à-dire d’un médicament biologique très similaire à un autre médicament biologique déjà approuvé, appelé «\u202fmédicament de référence\u202f».',
      moreInfo: 'Médicaments biosimilaires',
    },
    advancedTherapy: {
      name: 'Thérapie innovante',
      description:
        'Ce médicament est classé comme médicament de thérapie innovante (ATMP)\u00a0: un médicament à usage humain à base de gènes, de tissus ou de cellules. Il offre de nouvelles possibilités révolutionnaires pour le traitement des maladies et des lésions.',
      moreInfo: 'Médicaments de thérapie innovante\u00a0: présentation',
    },
    prime: {
      name: 'PRIME\u00a0: médicament prioritaire',
      description:
        'Au cours de son développement, ce médicament a été admis au programme des médicaments prioritaires (PRIME) de l’EMA. PRIME est un programme lancé par l’EMA pour renforcer le soutien au développement de médicaments qui répondent à un besoin médical non satisfait. Ce programme facultatif repose sur une interaction renforcée et un dialogue précoce avec les développeurs de médicaments prometteurs, afin d’optimiser les plans de développement et d’accélérer l’évaluation, pour que ces médicaments parviennent plus tôt aux patients.',
      moreInfo: 'PRIME\u00a0: médicaments prioritaires',
    },
  },

  dates: {
    opinionAdopted: 'Adoption de l’avis',
    marketingAuthorisationIssued: 'Délivrance de l’autorisation de mise sur le marché',
    refusal: 'Refus de l’autorisation de mise sur le marché',
    applicationWithdrawn: 'Retrait de la demande',
    withdrawal: 'Retrait de l’autorisation de mise sur le marché',
    suspension: 'Suspension de l’autorisation de mise sur le marché',
    lapse: 'Caducité de l’autorisation de mise sur le marché',
    expiry: 'Expiration de l’autorisation de mise sur le marché',
    revocation: 'Révocation de l’autorisation de mise sur le marché',
    pageLastUpdated: 'L’EMA a mis à jour sa page pour la dernière fois le',
  },

  documentTypes: {
    overview: 'Aperçu du médicament',
    'product-information': 'Informations sur le produit',
    'product-information-tracked-changes': 'Informations sur le produit avec suivi des modifications',
    'amended-product-information': 'Informations sur le produit modifiées',
    'all-authorised-presentations': 'Toutes les présentations autorisées',
    leaflet: 'Notice',
    rmp: 'Plan de gestion des risques',
    'rmp-summary': 'Résumé du plan de gestion des risques',
    'assessment-report': 'Rapport public d’évaluation',
    'variation-report': 'Rapport d’évaluation d’une modification de l’autorisation de mise sur le marché',
    'scientific-conclusion': 'Conclusions scientifiques',
    'scientific-discussion': 'Discussion scientifique',
    'scientific-discussion-variation': 'Discussion scientifique d’une modification de l’autorisation de mise sur le marché',
    'procedural-steps': 'Étapes de la procédure avant l’autorisation',
    'procedural-steps-after': 'Étapes de la procédure et informations scientifiques après l’autorisation',
    'steps-after-cutoff': 'Étapes de la procédure après l’autorisation (archives)',
    'smop-initial': 'Résumé de l’avis',
    smop: 'Résumé de l’avis sur une modification de l’autorisation de mise sur le marché',
    'medicine-qa': 'Questions et réponses',
    'withdrawal-letter': 'Lettre de retrait',
    'withdrawal-report': 'Rapport d’évaluation du retrait',
    'orphan-maintenance-report': 'Rapport d’évaluation du maintien de la désignation de médicament orphelin',
    'orphan-maintenance-report-post': 'Rapport d’évaluation du maintien de la désignation de médicament orphelin après l’autorisation',
    'pip-compliance': 'Vérification de la conformité au plan d’investigation pédiatrique',
    'conditions-member-states': 'Conditions ou restrictions applicables aux États membres de l’UE',
    'covid-19-vaccine-safety-update': 'Mise à jour sur la sécurité des vaccins contre la COVID-19',
    'medication-error': 'Informations sur les erreurs médicamenteuses',
    'prac-recommendation': 'Recommandation du PRAC',
    'opinion-any-scientific-matter': 'Avis sur une question scientifique',
    'public-statement': 'Déclaration publique',
    'press-release': 'Communiqué de presse',
    referral: 'Document de saisine',
    other: 'Document',
  },

  documents: {
    referenceNumber: 'Numéro de référence',
    firstPublished: 'Première publication',
    lastUpdated: 'Dernière mise à jour',
    languages: {
      one: 'Disponible en {count} langue',
      many: 'Disponible en {count} langues',
      other: 'Disponible en {count} langues',
    },
    viewIn: 'Afficher {title} en {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'non disponible en ligne',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Plans d’investigation pédiatrique' },
    'post-authorisation-study': { heading: 'Études post-autorisation' },
    'orphan-designation': { heading: 'Désignations de médicament orphelin' },
    referral: { heading: 'Saisines' },
    other: { heading: 'Autres informations' },
  },

  medicine: {
    previousNames: 'Anciennement dénommé {names}',
    activeSubstance: 'Substance active',
    statusHeading: 'Statut',
    flagsLabel: 'Caractéristiques réglementaires',
    contents: 'Contenu de la page',
    sections: {
      overview: 'Aperçu',
      productInformation: 'Informations sur le produit',
      productDetails: 'Détails du produit',
      authorisationDetails: 'Détails de l’autorisation',
      applicationDetails: 'Détails de la demande',
      assessmentHistory: 'Historique de l’évaluation',
      otherDocuments: 'Autres documents',
      news: 'Actualités sur {name}',
      related: 'Plus d’informations sur {name}',
      patientSafety: 'Informations sur la sécurité des patients',
      withdrawalInformation: 'Informations sur les retraits',
      topics: 'Thèmes',
    },
    overview: {
      fallback: 'Cet aperçu n’est pas disponible en {language}. Il est affiché en {fallback}.',
      fallbackDocument: 'L’EMA le publie en {language} sous forme de document : {link}.',
    },
    productInformation: {
      allLanguages: 'Les informations sur le produit de ce médicament sont disponibles dans toutes les langues officielles de l’UE.',
      contentsIntro: 'Les documents d’informations sur le produit contiennent\u00a0:',
      contents: [
        'le résumé des caractéristiques du produit (annexe I)\u202f;',
        'le titulaire de l’autorisation de fabrication responsable de la libération des lots (annexe II.A)\u202f;',
        'les conditions de l’autorisation de mise sur le marché (annexe II.B)\u202f;',
        'l’étiquetage (annexe III.A)\u202f;',
        'la notice (annexe III.B).',
      ],
      latestProcedure: 'Dernière procédure ayant une incidence sur les informations sur le produit',
    },
    productDetails: {
      name: 'Nom du médicament',
      activeSubstance: 'Substance active',
      inn: 'Dénomination commune internationale (DCI) ou nom commun',
      therapeuticArea: 'Domaine thérapeutique (MeSH)',
      atcCode: 'Code anatomique, thérapeutique et chimique (ATC)',
      pharmacotherapeuticGroup: 'Classe pharmacothérapeutique',
      therapeuticIndication: 'Indication thérapeutique',
      species: 'Espèces',
      atcNotYetAssigned: 'Pas encore attribué',
      atcMalformed: 'code ATC non valide : affiché tel que l’EMA l’indique',
    },
    authorisation: {
      productNumber: 'Numéro de produit EMA',
      holder: 'Titulaire de l’autorisation de mise sur le marché',
      applicant: 'Demandeur de l’autorisation de mise sur le marché',
      revision: 'Numéro de révision de l’EMA',
      developer: 'Développeur',
      opinionStatus: 'Sens de l’avis',
      opinionStatuses: { positive: 'Positif', negative: 'Négatif' },
    },
    news: {
      published: 'Publié le {date}',
      patientSafetyMarker: 'L’EMA a publié des informations sur la sécurité des patients concernant ce médicament.',
    },
    source: {
      heading: 'Source et données',
      ema: 'Voir ce médicament sur le site web de l’EMA',
      json: 'Obtenir cette fiche au format JSON',
    },
  },

  catalogue: {
    title: 'Médicaments',
    description:
      'Tous les médicaments faisant l’objet d’un rapport européen public d’évaluation (EPAR), avec leur statut et leur domaine thérapeutique.',
    tableCaption: 'Médicaments',
    showing: {
      one: 'Affichage de {from}–{to} sur {count} médicament',
      many: 'Affichage de {from}–{to} sur {count} médicaments',
      other: 'Affichage de {from}–{to} sur {count} médicaments',
    },
    empty: 'Aucun médicament ne correspond à ces filtres.',
    pageOutOfRange: 'Il n’y a aucun médicament sur cette page.',
    filters: {
      heading: 'Filtrer les médicaments',
      status: 'Statut',
      anyStatus: 'Tous les statuts',
      category: 'Type de médicament',
      anyCategory: 'Usage humain et vétérinaire',
      sort: 'Trier par',
      submit: 'Appliquer',
      clear: 'Effacer les filtres',
    },
    columns: {
      name: 'Médicament',
      inn: 'Substance active (DCI)',
      status: 'Statut',
      therapeuticAreas: 'Domaine thérapeutique',
      authorised: 'Autorisation',
      updated: 'Dernière mise à jour',
    },
    sortedAscending: 'trié par ordre croissant',
    sortedDescending: 'trié par ordre décroissant',
    sortBy: 'trier par {column}',
  },

  sort: {
    name: 'Nom (de A à Z)',
    '-name': 'Nom (de Z à A)',
    authorised: 'Date d’autorisation (plus ancienne d’abord)',
    '-authorised': 'Date d’autorisation (plus récente d’abord)',
    updated: 'Dernière mise à jour (plus ancienne d’abord)',
    '-updated': 'Dernière mise à jour (plus récente d’abord)',
  },

  pagination: {
    label: 'Pages',
    previous: 'Page précédente',
    next: 'Page suivante',
    page: 'Page {page}',
  },

  home: {
    title: 'Trouver des informations sur les médicaments évalués dans l’Union européenne',
    lede: 'OpenEPAR publie chaque rapport européen public d’évaluation (EPAR) de l’Agence européenne des médicaments (EMA)\u00a0: à quoi sert chaque médicament, s’il est autorisé, ses informations sur le produit dans toutes les langues de l’UE et les documents sur lesquels repose la décision.',
    audiences: {
      heading: 'À qui s’adresse OpenEPAR',
      patients: {
        title: 'Patients et aidants',
        text: 'Lisez dans votre langue une présentation en langage clair d’un médicament\u00a0: à quoi il sert et quels sont ses risques.',
      },
      prescribers: {
        title: 'Prescripteurs et pharmaciens',
        text: 'Ouvrez les informations sur le produit en vigueur, vérifiez le statut et la dernière procédure les concernant.',
      },
      researchers: {
        title: 'Chercheurs et développeurs',
        text: 'Utilisez les mêmes données en tant que données ouvertes au moyen d’une API JSON décrite avec OpenAPI.',
      },
    },
    search: {
      label: 'Rechercher un médicament',
      hint: 'Saisissez le nom d’un médicament ou d’une substance active, par exemple sotorasib',
      button: 'Rechercher',
    },
    sample:
      'Ce portail ne contient qu’un échantillon des rapports européens publics d’évaluation (EPAR) de l’Agence européenne des médicaments, avec leur historique issu des tableaux de données de l’EMA. Nombre de médicaments : {count}. Pour les publier tous, importez le corpus complet avec {command}.',
    browseAll: {
      one: 'Parcourir {count} médicament',
      many: 'Parcourir les {count} médicaments',
      other: 'Parcourir les {count} médicaments',
    },
    byStatus: {
      heading: 'Médicaments par statut',
      caption: 'Nombre de médicaments par statut',
      status: 'Statut',
      count: 'Nombre de médicaments',
      link: {
        one: '{count} médicament\u00a0: {status}',
        many: '{count} médicaments\u00a0: {status}',
        other: '{count} médicaments\u00a0: {status}',
      },
    },
    recent: {
      heading: 'Mis à jour récemment',
      none: 'Aucun médicament n’a été mis à jour récemment.',
      updated: 'Mis à jour le {date}',
    },
    openData: {
      heading: 'Données ouvertes',
      text: 'Chaque page d’OpenEPAR est également disponible sous forme de données, librement réutilisables avec mention de la source.',
    },
  },

  errors: {
    status: 'Erreur {status}',
    notFound: {
      title: 'Page introuvable',
      message:
        'Si vous avez saisi l’adresse web, vérifiez qu’elle est correcte. Si vous avez collé l’adresse web, vérifiez que vous avez copié l’adresse complète.',
    },
    badRequest: {
      title: 'Cette requête pose problème',
      message: 'L’adresse contient un élément que ce service ne comprend pas. Vérifiez-la et réessayez.',
    },
    serverError: {
      title: 'Désolés, le service rencontre un problème',
      message: 'Veuillez réessayer plus tard.',
    },
    unavailable: {
      title: 'Désolés, le service est indisponible',
      message: 'Vous pourrez utiliser le service ultérieurement.',
    },
    home: 'Aller à la page d’accueil',
    browse: 'Parcourir tous les médicaments',
  },
};
