/** Swedish feed interface strings. */
import type { FeedMessages } from './en.ts';

export const sv: FeedMessages = {
  medicineTitle: '{medicine}: ändringar',
  medicineDescription: 'Ändringar i uppgifterna om {medicine}: status, dokument, produktinformation med mera, nyaste först.',
  whatsNewTitle: 'Nyheter: ändringar av läkemedel',
  whatsNewDescription: 'Ändringar av läkemedel som Europeiska läkemedelsmyndigheten har utvärderat, nyaste först.',
  searchTitle: 'Ändringar av läkemedel som matchar ”{query}”',
  searchTitleAll: 'Ändringar av läkemedlen i en sökning',
  searchDescription: 'Ändringar av läkemedlen som en sökning hittar, nyaste först.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Följ ändringar av detta läkemedel:',
  subscribeSearch: 'Följ ändringar av de läkemedel som hittades:',
  subscribeChanges: 'Följ dessa ändringar:',
};
