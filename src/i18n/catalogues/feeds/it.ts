/** Italian feed interface strings. */
import type { FeedMessages } from './en.ts';

export const it: FeedMessages = {
  medicineTitle: '{medicine}: modifiche',
  medicineDescription: 'Modifiche alla scheda di {medicine}: stato, documenti, informazioni sul prodotto e altro, dalle più recenti.',
  whatsNewTitle: 'Novità: modifiche ai medicinali',
  whatsNewDescription: 'Modifiche ai medicinali valutati dall’Agenzia europea per i medicinali, dalle più recenti.',
  searchTitle: 'Modifiche ai medicinali corrispondenti a «{query}»',
  searchTitleAll: 'Modifiche ai medicinali di una ricerca',
  searchDescription: 'Modifiche ai medicinali trovati da una ricerca, dalle più recenti.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Segui le modifiche a questo medicinale:',
  subscribeSearch: 'Segui le modifiche ai medicinali trovati:',
  subscribeChanges: 'Segui queste modifiche:',
};
