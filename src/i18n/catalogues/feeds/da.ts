/** Danish feed interface strings. */
import type { FeedMessages } from './en.ts';

export const da: FeedMessages = {
  medicineTitle: '{medicine}: ændringer',
  medicineDescription: 'Ændringer i oplysningerne om {medicine}: status, dokumenter, produktinformation med mere, nyeste først.',
  whatsNewTitle: 'Nyheder: ændringer i lægemidler',
  whatsNewDescription: 'Ændringer i lægemidler, som Det Europæiske Lægemiddelagentur har vurderet, nyeste først.',
  searchTitle: 'Ændringer i lægemidler, der matcher »{query}«',
  searchTitleAll: 'Ændringer i lægemidlerne i en søgning',
  searchDescription: 'Ændringer i de lægemidler, en søgning finder, nyeste først.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Følg ændringer i dette lægemiddel:',
  subscribeSearch: 'Følg ændringer i de fundne lægemidler:',
  subscribeChanges: 'Følg disse ændringer:',
};
