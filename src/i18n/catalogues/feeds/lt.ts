/** Lithuanian feed interface strings. */
import type { FeedMessages } from './en.ts';

export const lt: FeedMessages = {
  medicineTitle: '{medicine}: pakeitimai',
  medicineDescription: 'Vaisto {medicine} duomenų pakeitimai: statusas, dokumentai, informacija apie vaistą ir kita, naujausi pirmi.',
  whatsNewTitle: 'Naujienos: vaistų pakeitimai',
  whatsNewDescription: 'Europos vaistų agentūros įvertintų vaistų pakeitimai, naujausi pirmi.',
  searchTitle: 'Vaistų, atitinkančių „{query}“, pakeitimai',
  searchTitleAll: 'Paieškos vaistų pakeitimai',
  searchDescription: 'Paieškos rastų vaistų pakeitimai, naujausi pirmi.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Sekite šio vaisto pakeitimus:',
  subscribeSearch: 'Sekite rastų vaistų pakeitimus:',
  subscribeChanges: 'Sekite šiuos pakeitimus:',
};
