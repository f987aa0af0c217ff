/**
 * Interface text of the open-data page, the 404 page's suggestions and the descriptions search
 * engines show for pages that have no text of their own to summarise them.
 */

export interface OpenDataMessages {
  /** The footer link to the open-data page. */
  footerLink: string;
  /** The footer link to the human-readable API reference. */
  apiReference: string;
  title: string;
  /** The page's meta description. */
  description: string;
  lede: string;
  api: { heading: string; text: string; reference: string; openApi: string };
  feeds: { heading: string; text: string };
  webhooks: { heading: string; text: string };
  exports: { heading: string; text: string };
  /** The caption above each command, for screen readers and sighted readers alike. */
  example: string;
  notFound: {
    /** Label of the search box on the 404 page. */
    searchLabel: string;
    searchButton: string;
    suggestions: string;
    /** A link that searches for the words of the missing address: "Search for “lumykras tablets”". */
    searchFor: string;
    apiReference: string;
  };
  /** Meta descriptions of pages whose own text does not say what they are. */
  descriptions: { catalogue: string; browse: string; notFound: string };
}

export const en: OpenDataMessages = {
  footerLink: 'About the open data',
  apiReference: 'API reference',
  title: 'Open data',
  description: 'Every record of OpenEPAR as open data: a JSON API described by OpenAPI, RSS and Atom feeds, signed webhooks and complete exports, with examples.',
  lede: 'Everything on this site is also available as data you can reuse: no registration is needed to read it.',
  api: {
    heading: 'JSON API',
    text: 'Every medicine, its full history and the search are available as JSON. The API reference lists every endpoint with its parameters and answers, and you can try them in your browser.',
    reference: 'Read the API reference',
    openApi: 'OpenAPI description (JSON)',
  },
  feeds: {
    heading: 'Feeds',
    text: 'Follow changes in any feed reader: every medicine, every search and the what’s-new page have an RSS and an Atom feed, linked from the page.',
  },
  webhooks: {
    heading: 'Webhooks',
    text: 'Receive a signed HTTP request as soon as a medicine changes, for one medicine or for a search. Subscriptions need an API key, which the operator of this portal issues.',
  },
  exports: {
    heading: 'Exports',
    text: 'Download the whole catalogue by following the “next” link of each page of the medicines list, and keep it current by polling the changes since your last download.',
  },
  example: 'Example',
  notFound: {
    searchLabel: 'Search for a medicine',
    searchButton: 'Search',
    suggestions: 'You could try',
    searchFor: 'Searching for “{words}”',
    apiReference: 'The API reference, for developers',
  },
  descriptions: {
    catalogue: 'All medicines evaluated by the European Medicines Agency, with their status, company and therapeutic area.',
    browse: 'Browse medicines evaluated by the European Medicines Agency by therapeutic area, company or ATC code.',
    notFound: 'This page does not exist. Search for a medicine or browse the catalogue.',
  },
};
