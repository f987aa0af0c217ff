/** Icelandic feed interface strings. */
import type { FeedMessages } from './en.ts';

export const is: FeedMessages = {
  medicineTitle: '{medicine}: breytingar',
  medicineDescription: 'Breytingar á upplýsingum um {medicine}: staða, skjöl, lyfjaupplýsingar og fleira, nýjustu fyrst.',
  whatsNewTitle: 'Nýtt: breytingar á lyfjum',
  whatsNewDescription: 'Breytingar á lyfjum sem Lyfjastofnun Evrópu hefur metið, nýjustu fyrst.',
  searchTitle: 'Breytingar á lyfjum sem passa við „{query}“',
  searchTitleAll: 'Breytingar á lyfjum í leit',
  searchDescription: 'Breytingar á lyfjunum sem leit finnur, nýjustu fyrst.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Fylgstu með breytingum á þessu lyfi:',
  subscribeSearch: 'Fylgstu með breytingum á lyfjunum sem fundust:',
  subscribeChanges: 'Fylgstu með þessum breytingum:',
};
