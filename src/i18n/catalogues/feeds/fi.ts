/** Finnish feed interface strings. */
import type { FeedMessages } from './en.ts';

export const fi: FeedMessages = {
  medicineTitle: '{medicine}: muutokset',
  medicineDescription: 'Muutokset lääkkeen {medicine} tietoihin: tila, asiakirjat, valmistetiedot ja muuta, uusimmat ensin.',
  whatsNewTitle: 'Uutta: lääkkeiden muutokset',
  whatsNewDescription: 'Muutokset Euroopan lääkeviraston arvioimiin lääkkeisiin, uusimmat ensin.',
  searchTitle: 'Muutokset lääkkeisiin, jotka vastaavat hakua ”{query}”',
  searchTitleAll: 'Muutokset haun lääkkeisiin',
  searchDescription: 'Muutokset haun löytämiin lääkkeisiin, uusimmat ensin.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Seuraa tämän lääkkeen muutoksia:',
  subscribeSearch: 'Seuraa löytyneiden lääkkeiden muutoksia:',
  subscribeChanges: 'Seuraa näitä muutoksia:',
};
