/** French search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const fr: SearchMessages = {
  title: 'Rechercher des médicaments',
  titleWithQuery: 'Résultats de recherche pour «\u00a0{query}\u00a0»',
  description:
    'Recherchez tous les médicaments évalués par l’EMA par nom, substance active, maladie, entreprise ou code, dans n’importe quelle langue de l’UE.',
  form: {
    label: 'Rechercher des médicaments',
    hint: 'Un médicament ou une substance active, une maladie, une entreprise ou un code ATC, par exemple sotorasib, cancer du poumon ou L01',
    button: 'Rechercher',
    sort: 'Trier par',
    sortButton: 'Trier',
    apply: 'Appliquer les filtres',
    clear: 'Effacer les filtres',
    sectionLabel: 'Uniquement dans cette rubrique des informations sur le produit',
    sectionHint: 'Son numéro, par exemple 4.3 pour les contre-indications ou 4.8 pour les effets indésirables',
  },
  sortRelevance: 'Pertinence',
  facets: {
    heading: 'Filtrer les résultats',
    category: 'Type de médicament',
    status: 'Statut',
    area: 'Domaine thérapeutique',
    atc: 'Code ATC',
    holder: 'Entreprise (titulaire ou demandeur)',
    flag: 'Caractéristiques réglementaires',
    year: 'Année d’autorisation',
    count: { one: '{count} résultat', many: '{count} résultats', other: '{count} résultats' },
    browseAll: { area: 'Tous les domaines thérapeutiques', holder: 'Toutes les entreprises', atc: 'Tous les codes ATC' },
  },
  results: {
    heading: 'Résultats',
    count: {
      one: '{count} médicament trouvé',
      many: '{count} médicaments trouvés',
      other: '{count} médicaments trouvés',
    },
    range: 'Résultats {from}–{to} sur {count}',
    none: 'Aucun médicament ne correspond à votre recherche.',
    noneHelp: ['Vérifiez l’orthographe.', 'Utilisez moins de mots ou des mots plus généraux.', 'Retirez certains filtres.'],
    pageOutOfRange: 'Il n’y a plus de résultats sur cette page.',
    didYouMean: 'Vouliez-vous dire {suggestion}\u00a0?',
    foundIn: 'Trouvé dans\u00a0: {place}',
    match: {
      name: 'nom ou substance active',
      facts: 'indication, domaine thérapeutique, entreprise ou code',
      overview: 'aperçu du médicament',
      document: 'informations sur le produit',
    },
    documentPage: '{document}, page {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Pages de résultats',
    previous: 'Page précédente',
    next: 'Page suivante',
    first: 'Première page',
    position: 'Page {page} sur {pages}',
  },
  error: {
    heading: 'Il y a un problème',
  },
  browse: {
    title: 'Parcourir les médicaments',
    description: 'Tous les médicaments, regroupés selon les classifications de l’EMA. Chaque nombre mène aux médicaments concernés.',
    byAtc: {
      title: 'Par code ATC',
      description:
        'Codes de la classification anatomique, thérapeutique et chimique (ATC), accompagnés des classes pharmacothérapeutiques que l’EMA indique pour ses médicaments.',
      more: 'Sous-codes de {code}',
    },
    byArea: { title: 'Par domaine thérapeutique', description: 'Domaines thérapeutiques (descripteurs MeSH) tels que l’EMA les attribue.' },
    byHolder: {
      title: 'Par entreprise',
      description: 'Titulaires de l’autorisation de mise sur le marché ou, pour les médicaments jamais autorisés, demandeurs.',
    },
    byStatus: { title: 'Par statut', description: 'La situation de chaque médicament au regard de son autorisation.' },
    count: { one: '{count} médicament', many: '{count} médicaments', other: '{count} médicaments' },
    lettersLabel: 'Aller à une lettre',
    noLabel: 'Aucun groupe indiqué',
    atcCode: 'Code ATC {code}',
  },
  suggest: {
    medicine: 'Médicament',
    substance: 'Substance active',
    area: 'Domaine thérapeutique',
  },
};
