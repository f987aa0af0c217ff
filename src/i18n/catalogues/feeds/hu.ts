/** Hungarian feed interface strings. */
import type { FeedMessages } from './en.ts';

export const hu: FeedMessages = {
  medicineTitle: '{medicine}: változások',
  medicineDescription: 'A(z) {medicine} adatainak változásai: státusz, dokumentumok, termékinformáció és más, a legújabbak elöl.',
  whatsNewTitle: 'Újdonságok: a gyógyszerek változásai',
  whatsNewDescription: 'Az Európai Gyógyszerügynökség által értékelt gyógyszerek változásai, a legújabbak elöl.',
  searchTitle: 'A(z) „{query}” keresésnek megfelelő gyógyszerek változásai',
  searchTitleAll: 'Egy keresés gyógyszereinek változásai',
  searchDescription: 'A keresés által talált gyógyszerek változásai, a legújabbak elöl.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Kövesse a gyógyszer változásait:',
  subscribeSearch: 'Kövesse a talált gyógyszerek változásait:',
  subscribeChanges: 'Kövesse ezeket a változásokat:',
};
