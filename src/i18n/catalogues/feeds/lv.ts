/** Latvian feed interface strings. */
import type { FeedMessages } from './en.ts';

export const lv: FeedMessages = {
  medicineTitle: '{medicine}: izmaiņas',
  medicineDescription: 'Izmaiņas zāļu {medicine} datos: statuss, dokumenti, zāļu informācija un cits, jaunākās vispirms.',
  whatsNewTitle: 'Jaunumi: zāļu izmaiņas',
  whatsNewDescription: 'Eiropas Zāļu aģentūras vērtēto zāļu izmaiņas, jaunākās vispirms.',
  searchTitle: 'Izmaiņas zālēs, kas atbilst “{query}”',
  searchTitleAll: 'Meklēšanā atrasto zāļu izmaiņas',
  searchDescription: 'Meklēšanā atrasto zāļu izmaiņas, jaunākās vispirms.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Sekojiet šo zāļu izmaiņām:',
  subscribeSearch: 'Sekojiet atrasto zāļu izmaiņām:',
  subscribeChanges: 'Sekojiet šīm izmaiņām:',
};
