/** Irish feed interface strings. */
import type { FeedMessages } from './en.ts';

export const ga: FeedMessages = {
  medicineTitle: '{medicine}: athruithe',
  medicineDescription: 'Athruithe ar thaifead {medicine}: stádas, doiciméid, faisnéis an táirge agus tuilleadh, na cinn is déanaí ar dtús.',
  whatsNewTitle: 'Nuacht: athruithe ar chógais',
  whatsNewDescription: 'Athruithe ar chógais a mheas an Ghníomhaireacht Leigheasra Eorpach, na cinn is déanaí ar dtús.',
  searchTitle: 'Athruithe ar chógais a fhreagraíonn do “{query}”',
  searchTitleAll: 'Athruithe ar chógais i gcuardach',
  searchDescription: 'Athruithe ar na cógais a aimsíonn cuardach, na cinn is déanaí ar dtús.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Lean na hathruithe ar an gcógas seo:',
  subscribeSearch: 'Lean na hathruithe ar na cógais a aimsíodh:',
  subscribeChanges: 'Lean na hathruithe seo:',
};
