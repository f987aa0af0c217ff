/** Slovenian feed interface strings. */
import type { FeedMessages } from './en.ts';

export const sl: FeedMessages = {
  medicineTitle: '{medicine}: spremembe',
  medicineDescription: 'Spremembe podatkov o zdravilu {medicine}: status, dokumenti, informacije o zdravilu in drugo, najnovejše najprej.',
  whatsNewTitle: 'Novosti: spremembe zdravil',
  whatsNewDescription: 'Spremembe zdravil, ki jih je ocenila Evropska agencija za zdravila, najnovejše najprej.',
  searchTitle: 'Spremembe zdravil, ki ustrezajo »{query}«',
  searchTitleAll: 'Spremembe zdravil iz iskanja',
  searchDescription: 'Spremembe zdravil, ki jih najde iskanje, najnovejše najprej.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Spremljajte spremembe tega zdravila:',
  subscribeSearch: 'Spremljajte spremembe najdenih zdravil:',
  subscribeChanges: 'Spremljajte te spremembe:',
};
