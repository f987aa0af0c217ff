/** Estonian feed interface strings. */
import type { FeedMessages } from './en.ts';

export const et: FeedMessages = {
  medicineTitle: '{medicine}: muudatused',
  medicineDescription: 'Ravimi {medicine} andmete muudatused: staatus, dokumendid, ravimiteave ja muu, uusimad eespool.',
  whatsNewTitle: 'Uudised: ravimite muudatused',
  whatsNewDescription: 'Euroopa Ravimiameti hinnatud ravimite muudatused, uusimad eespool.',
  searchTitle: 'Päringule „{query}“ vastavate ravimite muudatused',
  searchTitleAll: 'Otsingu ravimite muudatused',
  searchDescription: 'Otsinguga leitud ravimite muudatused, uusimad eespool.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Jälgi selle ravimi muudatusi:',
  subscribeSearch: 'Jälgi leitud ravimite muudatusi:',
  subscribeChanges: 'Jälgi neid muudatusi:',
};
