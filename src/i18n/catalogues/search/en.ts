/**
 * Interface text of search and browse: the type every language is typed against, and English.
 * Data (names, areas, companies) never appears here.
 */
import type { MatchField } from '../../../domain/search-query.ts';
import type { PluralMessage } from '../../catalogue.ts';

export interface SearchMessages {
  title: string;
  /** The page title once something was searched for. */
  titleWithQuery: string;
  description: string;
  form: {
    label: string;
    hint: string;
    button: string;
    sort: string;
    /** The button beside the sort order. */
    sortButton: string;
    apply: string;
    clear: string;
    /** The field that narrows a search to one section of the product information. */
    sectionLabel: string;
    sectionHint: string;
  };
  /** The sort only a search has; the others are the catalogue's (`ctx.t.sort`). */
  sortRelevance: string;
  facets: {
    heading: string;
    category: string;
    status: string;
    area: string;
    atc: string;
    holder: string;
    flag: string;
    year: string;
    /** Read after a value's count by screen readers: "Authorised 1,100 results". */
    count: PluralMessage;
    /** Links under the facets that list only the most frequent values, to the browse page with all. */
    browseAll: { area: string; holder: string; atc: string };
  };
  results: {
    heading: string;
    count: PluralMessage;
    /** "Results 21–40 of 213". */
    range: string;
    none: string;
    noneHelp: readonly string[];
    pageOutOfRange: string;
    didYouMean: string;
    /** Where a result matched, before the place: "Found in: medicine overview (Swedish)". */
    foundIn: string;
    match: Readonly<Record<MatchField, string>>;
    /** A document match: "{document}, page {page}". */
    documentPage: string;
    /** A match in a text whose language is not the page's: "{place} ({language})". */
    inLanguage: string;
  };
  pagination: {
    label: string;
    previous: string;
    next: string;
    first: string;
    /** "Page 2 of 11". */
    position: string;
  };
  error: {
    heading: string;
  };
  browse: {
    title: string;
    description: string;
    byAtc: { title: string; description: string; more: string };
    byArea: { title: string; description: string };
    byHolder: { title: string; description: string };
    byStatus: { title: string; description: string };
    /** "Medicines: 12" next to each value; the number is visible, the words read out. */
    count: PluralMessage;
    lettersLabel: string;
    noLabel: string;
    /** Heading of one ATC code's page: "ATC code L01". */
    atcCode: string;
  };
  suggest: {
    /** What kind of thing each suggestion is, after its name. */
    medicine: string;
    substance: string;
    area: string;
  };
}

export const en: SearchMessages = {
  title: 'Search medicines',
  titleWithQuery: 'Search results for “{query}”',
  description: 'Search every medicine EMA has evaluated by name, active substance, disease, company or code, in any EU language.',
  form: {
    label: 'Search medicines',
    hint: 'A medicine or active substance, a disease, a company, or an ATC code, for example sotorasib, lung cancer or L01',
    button: 'Search',
    sort: 'Sort by',
    sortButton: 'Sort',
    apply: 'Apply filters',
    clear: 'Clear filters',
    sectionLabel: 'Only in this section of the product information',
    sectionHint: 'Its number, for example 4.3 for contraindications or 4.8 for undesirable effects',
  },
  sortRelevance: 'Best match',
  facets: {
    heading: 'Filter results',
    category: 'Type of medicine',
    status: 'Status',
    area: 'Therapeutic area',
    atc: 'ATC code',
    holder: 'Company (holder or applicant)',
    flag: 'Regulatory features',
    year: 'Year of authorisation',
    count: { one: '{count} result', other: '{count} results' },
    browseAll: { area: 'All therapeutic areas', holder: 'All companies', atc: 'All ATC codes' },
  },
  results: {
    heading: 'Results',
    count: { one: '{count} medicine found', other: '{count} medicines found' },
    range: 'Results {from}–{to} of {count}',
    none: 'No medicines match your search.',
    noneHelp: ['Check the spelling.', 'Use fewer or more general words.', 'Remove some filters.'],
    pageOutOfRange: 'There are no results on this page any more.',
    didYouMean: 'Did you mean {suggestion}?',
    foundIn: 'Found in: {place}',
    match: {
      name: 'name or active substance',
      facts: 'indication, therapeutic area, company or code',
      overview: 'medicine overview',
      document: 'product information',
    },
    documentPage: '{document}, page {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Result pages',
    previous: 'Previous page',
    next: 'Next page',
    first: 'First page',
    position: 'Page {page} of {pages}',
  },
  error: {
    heading: 'There is a problem',
  },
  browse: {
    title: 'Browse medicines',
    description: 'Every medicine, grouped in the ways EMA classifies them. Each number leads to those medicines.',
    byAtc: {
      title: 'By ATC code',
      description: 'Anatomical therapeutic chemical (ATC) codes, labelled with the pharmacotherapeutic groups EMA gives its medicines.',
      more: 'Codes under {code}',
    },
    byArea: { title: 'By therapeutic area', description: 'Therapeutic areas (MeSH headings) as EMA assigns them.' },
    byHolder: { title: 'By company', description: 'Marketing authorisation holders, or applicants for medicines never authorised.' },
    byStatus: { title: 'By status', description: 'Where each medicine stands in its authorisation.' },
    count: { one: '{count} medicine', other: '{count} medicines' },
    lettersLabel: 'Jump to a letter',
    noLabel: 'No group stated',
    atcCode: 'ATC code {code}',
  },
  suggest: {
    medicine: 'Medicine',
    substance: 'Active substance',
    area: 'Therapeutic area',
  },
};
