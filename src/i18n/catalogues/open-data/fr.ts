/** French open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const fr: OpenDataMessages = {
  footerLink: 'À propos des données ouvertes',
  apiReference: 'Référence de l’API',
  title: 'Données ouvertes',
  description: 'Toutes les fiches d’OpenEPAR en données ouvertes : une API JSON décrite en OpenAPI, des flux RSS et Atom, des webhooks signés et des exports complets, avec des exemples.',
  lede: 'Tout ce qui figure sur ce site est aussi disponible sous forme de données réutilisables : aucune inscription n’est nécessaire pour les lire.',
  api: {
    heading: 'API JSON',
    text: 'Chaque médicament, son historique complet et la recherche sont disponibles en JSON. La référence de l’API décrit chaque point d’accès, ses paramètres et ses réponses, et vous pouvez les essayer dans votre navigateur.',
    reference: 'Lire la référence de l’API',
    openApi: 'Description OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Flux',
    text: 'Suivez les changements dans n’importe quel lecteur de flux : chaque médicament, chaque recherche et la page des nouveautés ont un flux RSS et un flux Atom, liés depuis la page.',
  },
  webhooks: {
    heading: 'Webhooks',
    text: 'Recevez une requête HTTP signée dès qu’un médicament change, pour un médicament ou pour une recherche. Les abonnements nécessitent une clé d’API, délivrée par l’exploitant de ce portail.',
  },
  exports: {
    heading: 'Exports',
    text: 'Téléchargez tout le catalogue en suivant le lien « next » de chaque page de la liste des médicaments, et tenez-le à jour en interrogeant les changements depuis votre dernier téléchargement.',
  },
  example: 'Exemple',
  notFound: {
    searchLabel: 'Rechercher un médicament',
    searchButton: 'Rechercher',
    suggestions: 'Vous pouvez essayer',
    searchFor: 'Rechercher « {words} »',
    apiReference: 'La référence de l’API, pour les développeurs',
  },
  descriptions: {
    catalogue: 'Tous les médicaments évalués par l’Agence européenne des médicaments, avec leur statut, leur entreprise et leur domaine thérapeutique.',
    browse: 'Parcourir les médicaments évalués par l’Agence européenne des médicaments par domaine thérapeutique, entreprise ou code ATC.',
    notFound: 'Cette page n’existe pas. Recherchez un médicament ou parcourez le catalogue.',
  },
};
