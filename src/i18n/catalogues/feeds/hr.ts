/** Croatian feed interface strings. */
import type { FeedMessages } from './en.ts';

export const hr: FeedMessages = {
  medicineTitle: '{medicine}: promjene',
  medicineDescription: 'Promjene podataka o lijeku {medicine}: status, dokumenti, informacije o lijeku i drugo, najnovije prve.',
  whatsNewTitle: 'Novosti: promjene lijekova',
  whatsNewDescription: 'Promjene lijekova koje je ocijenila Europska agencija za lijekove, najnovije prve.',
  searchTitle: 'Promjene lijekova koji odgovaraju upitu „{query}”',
  searchTitleAll: 'Promjene lijekova iz pretraživanja',
  searchDescription: 'Promjene lijekova koje pronalazi pretraživanje, najnovije prve.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Pratite promjene ovog lijeka:',
  subscribeSearch: 'Pratite promjene pronađenih lijekova:',
  subscribeChanges: 'Pratite ove promjene:',
};
