/** Slovak feed interface strings. */
import type { FeedMessages } from './en.ts';

export const sk: FeedMessages = {
  medicineTitle: '{medicine}: zmeny',
  medicineDescription: 'Zmeny v údajoch o lieku {medicine}: stav, dokumenty, informácie o lieku a ďalšie, od najnovších.',
  whatsNewTitle: 'Novinky: zmeny liekov',
  whatsNewDescription: 'Zmeny liekov hodnotených Európskou agentúrou pre lieky, od najnovších.',
  searchTitle: 'Zmeny liekov zodpovedajúcich „{query}“',
  searchTitleAll: 'Zmeny liekov vo vyhľadávaní',
  searchDescription: 'Zmeny liekov nájdených vyhľadávaním, od najnovších.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Sledujte zmeny tohto lieku:',
  subscribeSearch: 'Sledujte zmeny nájdených liekov:',
  subscribeChanges: 'Sledujte tieto zmeny:',
};
