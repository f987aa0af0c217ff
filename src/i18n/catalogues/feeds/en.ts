/**
 * Interface text of the RSS and Atom feeds (channel titles and descriptions) and of the links
 * to them on pages: the type every language is typed against, and English. Data (medicine names,
 * what was searched for, EMA's text) never appears here. The item summaries come from the
 * history catalogue, so a feed reads the same as the history page.
 */

export interface FeedMessages {
  /** Channel title of one medicine's feed: "Lumykras: changes". */
  medicineTitle: string;
  medicineDescription: string;
  /** Channel title of the what's-new feed. */
  whatsNewTitle: string;
  whatsNewDescription: string;
  /** Channel title of a search's feed: "Changes to medicines matching “sotorasib”". */
  searchTitle: string;
  /** The same for a search with filters but no text. */
  searchTitleAll: string;
  searchDescription: string;
  /** One item: "Lumykras: status changed to withdrawn". */
  itemTitle: string;
  /** Before the RSS and Atom links on a medicine page. */
  subscribeMedicine: string;
  /** Before the RSS and Atom links on a search page. */
  subscribeSearch: string;
  /** Before the RSS and Atom links of a list of changes (what's new, a medicine's history). */
  subscribeChanges: string;
}

export const en: FeedMessages = {
  medicineTitle: '{medicine}: changes',
  medicineDescription: 'Changes to the record of {medicine}: status, documents, product information and more, newest first.',
  whatsNewTitle: 'What’s new: changes to medicines',
  whatsNewDescription: 'Changes to medicines evaluated by the European Medicines Agency, newest first.',
  searchTitle: 'Changes to medicines matching “{query}”',
  searchTitleAll: 'Changes to the medicines in a search',
  searchDescription: 'Changes to the medicines a search finds, newest first.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Follow changes to this medicine:',
  subscribeSearch: 'Follow changes to the medicines found:',
  subscribeChanges: 'Follow these changes:',
};
