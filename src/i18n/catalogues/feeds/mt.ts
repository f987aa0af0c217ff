/** Maltese feed interface strings. */
import type { FeedMessages } from './en.ts';

export const mt: FeedMessages = {
  medicineTitle: '{medicine}: bidliet',
  medicineDescription: 'Bidliet fir-rekord ta’ {medicine}: status, dokumenti, informazzjoni dwar il-prodott u aktar, l-aktar reċenti l-ewwel.',
  whatsNewTitle: 'X’hemm ġdid: bidliet fil-mediċini',
  whatsNewDescription: 'Bidliet fil-mediċini evalwati mill-Aġenzija Ewropea għall-Mediċini, l-aktar reċenti l-ewwel.',
  searchTitle: 'Bidliet fil-mediċini li jaqblu ma’ “{query}”',
  searchTitleAll: 'Bidliet fil-mediċini ta’ tfittxija',
  searchDescription: 'Bidliet fil-mediċini li ssib tfittxija, l-aktar reċenti l-ewwel.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Segwi l-bidliet f’din il-mediċina:',
  subscribeSearch: 'Segwi l-bidliet fil-mediċini misjuba:',
  subscribeChanges: 'Segwi dawn il-bidliet:',
};
