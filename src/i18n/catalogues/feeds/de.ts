/** German feed interface strings. */
import type { FeedMessages } from './en.ts';

export const de: FeedMessages = {
  medicineTitle: '{medicine}: Änderungen',
  medicineDescription: 'Änderungen an den Angaben zu {medicine}: Status, Dokumente, Produktinformation und mehr, die neuesten zuerst.',
  whatsNewTitle: 'Neuigkeiten: Änderungen an Arzneimitteln',
  whatsNewDescription: 'Änderungen an Arzneimitteln, die von der Europäischen Arzneimittel-Agentur bewertet wurden, die neuesten zuerst.',
  searchTitle: 'Änderungen an Arzneimitteln zu „{query}“',
  searchTitleAll: 'Änderungen an den Arzneimitteln einer Suche',
  searchDescription: 'Änderungen an den Arzneimitteln, die eine Suche findet, die neuesten zuerst.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Änderungen an diesem Arzneimittel verfolgen:',
  subscribeSearch: 'Änderungen an den gefundenen Arzneimitteln verfolgen:',
  subscribeChanges: 'Diese Änderungen verfolgen:',
};
