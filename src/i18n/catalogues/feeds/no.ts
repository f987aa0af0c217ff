/** Norwegian (Bokmål) feed interface strings. */
import type { FeedMessages } from './en.ts';

export const no: FeedMessages = {
  medicineTitle: '{medicine}: endringer',
  medicineDescription: 'Endringer i opplysningene om {medicine}: status, dokumenter, produktinformasjon med mer, nyeste først.',
  whatsNewTitle: 'Nytt: endringer i legemidler',
  whatsNewDescription: 'Endringer i legemidler som Det europeiske legemiddelkontoret har vurdert, nyeste først.',
  searchTitle: 'Endringer i legemidler som samsvarer med «{query}»',
  searchTitleAll: 'Endringer i legemidlene i et søk',
  searchDescription: 'Endringer i legemidlene et søk finner, nyeste først.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Følg endringer i dette legemiddelet:',
  subscribeSearch: 'Følg endringer i legemidlene som ble funnet:',
  subscribeChanges: 'Følg disse endringene:',
};
