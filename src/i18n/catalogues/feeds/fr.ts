/** French feed interface strings. */
import type { FeedMessages } from './en.ts';

export const fr: FeedMessages = {
  medicineTitle: '{medicine} : modifications',
  medicineDescription: 'Modifications de la fiche de {medicine} : statut, documents, informations sur le produit et plus, les plus récentes d’abord.',
  whatsNewTitle: 'Nouveautés : modifications des médicaments',
  whatsNewDescription: 'Modifications des médicaments évalués par l’Agence européenne des médicaments, les plus récentes d’abord.',
  searchTitle: 'Modifications des médicaments correspondant à « {query} »',
  searchTitleAll: 'Modifications des médicaments d’une recherche',
  searchDescription: 'Modifications des médicaments trouvés par une recherche, les plus récentes d’abord.',
  itemTitle: '{medicine} : {summary}',
  subscribeMedicine: 'Suivre les modifications de ce médicament :',
  subscribeSearch: 'Suivre les modifications des médicaments trouvés :',
  subscribeChanges: 'Suivre ces modifications :',
};
