/** Romanian feed interface strings. */
import type { FeedMessages } from './en.ts';

export const ro: FeedMessages = {
  medicineTitle: '{medicine}: modificări',
  medicineDescription: 'Modificări ale datelor despre {medicine}: statut, documente, informații despre produs și altele, cele mai recente întâi.',
  whatsNewTitle: 'Noutăți: modificări ale medicamentelor',
  whatsNewDescription: 'Modificări ale medicamentelor evaluate de Agenția Europeană pentru Medicamente, cele mai recente întâi.',
  searchTitle: 'Modificări ale medicamentelor care corespund „{query}”',
  searchTitleAll: 'Modificări ale medicamentelor dintr-o căutare',
  searchDescription: 'Modificări ale medicamentelor găsite de o căutare, cele mai recente întâi.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Urmăriți modificările acestui medicament:',
  subscribeSearch: 'Urmăriți modificările medicamentelor găsite:',
  subscribeChanges: 'Urmăriți aceste modificări:',
};
