/** Czech feed interface strings. */
import type { FeedMessages } from './en.ts';

export const cs: FeedMessages = {
  medicineTitle: '{medicine}: změny',
  medicineDescription: 'Změny v záznamu přípravku {medicine}: stav, dokumenty, informace o přípravku a další, od nejnovějších.',
  whatsNewTitle: 'Novinky: změny léčivých přípravků',
  whatsNewDescription: 'Změny léčivých přípravků hodnocených Evropskou agenturou pro léčivé přípravky, od nejnovějších.',
  searchTitle: 'Změny léčivých přípravků odpovídajících „{query}“',
  searchTitleAll: 'Změny léčivých přípravků ve vyhledávání',
  searchDescription: 'Změny léčivých přípravků nalezených vyhledáváním, od nejnovějších.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Sledovat změny tohoto přípravku:',
  subscribeSearch: 'Sledovat změny nalezených přípravků:',
  subscribeChanges: 'Sledovat tyto změny:',
};
