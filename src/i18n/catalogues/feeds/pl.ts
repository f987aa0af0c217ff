/** Polish feed interface strings. */
import type { FeedMessages } from './en.ts';

export const pl: FeedMessages = {
  medicineTitle: '{medicine}: zmiany',
  medicineDescription: 'Zmiany w danych produktu {medicine}: status, dokumenty, informacje o produkcie i inne, od najnowszych.',
  whatsNewTitle: 'Nowości: zmiany w lekach',
  whatsNewDescription: 'Zmiany w lekach ocenionych przez Europejską Agencję Leków, od najnowszych.',
  searchTitle: 'Zmiany w lekach pasujących do „{query}”',
  searchTitleAll: 'Zmiany w lekach z wyszukiwania',
  searchDescription: 'Zmiany w lekach znalezionych w wyszukiwaniu, od najnowszych.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Obserwuj zmiany tego leku:',
  subscribeSearch: 'Obserwuj zmiany znalezionych leków:',
  subscribeChanges: 'Obserwuj te zmiany:',
};
