/** Bulgarian feed interface strings. */
import type { FeedMessages } from './en.ts';

export const bg: FeedMessages = {
  medicineTitle: '{medicine}: промени',
  medicineDescription: 'Промени в данните за {medicine}: статус, документи, информация за продукта и други, най-новите първо.',
  whatsNewTitle: 'Новости: промени в лекарствата',
  whatsNewDescription: 'Промени в лекарствата, оценени от Европейската агенция по лекарствата, най-новите първо.',
  searchTitle: 'Промени в лекарствата, отговарящи на „{query}“',
  searchTitleAll: 'Промени в лекарствата от търсене',
  searchDescription: 'Промени в лекарствата, намерени при търсене, най-новите първо.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Следете промените в това лекарство:',
  subscribeSearch: 'Следете промените в намерените лекарства:',
  subscribeChanges: 'Следете тези промени:',
};
