/** Dutch feed interface strings. */
import type { FeedMessages } from './en.ts';

export const nl: FeedMessages = {
  medicineTitle: '{medicine}: wijzigingen',
  medicineDescription: 'Wijzigingen in de gegevens van {medicine}: status, documenten, productinformatie en meer, nieuwste eerst.',
  whatsNewTitle: 'Nieuw: wijzigingen in geneesmiddelen',
  whatsNewDescription: 'Wijzigingen in geneesmiddelen die het Europees Geneesmiddelenbureau heeft beoordeeld, nieuwste eerst.',
  searchTitle: 'Wijzigingen in geneesmiddelen die overeenkomen met ‘{query}’',
  searchTitleAll: 'Wijzigingen in de geneesmiddelen van een zoekopdracht',
  searchDescription: 'Wijzigingen in de geneesmiddelen die een zoekopdracht vindt, nieuwste eerst.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Volg wijzigingen in dit geneesmiddel:',
  subscribeSearch: 'Volg wijzigingen in de gevonden geneesmiddelen:',
  subscribeChanges: 'Volg deze wijzigingen:',
};
