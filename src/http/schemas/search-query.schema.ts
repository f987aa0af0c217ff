/**
 * The parameters of a search, shared by everything that takes one: the search API and page,
 * search feeds, webhook subscriptions and exports. Declared once with TypeBox so they validate,
 * and document themselves in OpenAPI, the same everywhere.
 */
import { Type, type Static } from 'typebox';
import { CATEGORIES, FLAG_KEYS, STATUSES } from '../../domain/medicine.ts';
import { MAX_QUERY_LENGTH, SEARCH_SORTS } from '../../domain/search-query.ts';
import { LangParam } from '../lang-param.ts';

/** A facet parameter may be repeated: `status=authorised&status=withdrawn` means either. */
const Values = (description: string) =>
  Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())], { description }));

export const SearchQuerySchema = Type.Object({
  q: Type.Optional(
    Type.String({
      description: `Search text, at most ${MAX_QUERY_LENGTH} characters. Words must all match; "quoted words" match as a phrase, "or" between words matches either, and -word excludes. Names and substances also match with small spelling mistakes. Omit to browse.`,
    }),
  ),
  lang: Type.Optional({ ...LangParam, description: 'The language the text is written in, which decides word stemming (default en). Names and substances match in any.' }),
  category: Values(`One of ${CATEGORIES.join(', ')}`),
  status: Values(`One of ${STATUSES.join(', ')} (or EMA's label, e.g. "Authorised")`),
  area: Values('Therapeutic area (MeSH heading), exactly as in the `area` facet'),
  atc: Values('An ATC code or its start, at any level: L, L01, L01X, L01XX, L01XX73'),
  holder: Values('Marketing authorisation holder (or, before authorisation, applicant), exactly as in the `holder` facet'),
  flag: Values(`Each flag given must hold: ${FLAG_KEYS.join(', ')}`),
  year: Values('Year of the marketing authorisation, e.g. 2022'),
  sort: Type.Optional(Type.Union([Type.Enum(SEARCH_SORTS), Type.Literal('')], { description: 'relevance (the default with text), name (the default without), authorised or updated; a leading - reverses' })),
  cursor: Type.Optional(Type.String({ description: 'The `next` (or `prev`) value of a previous response, with the same parameters otherwise' })),
  section: Type.Optional(Type.String({ maxLength: 12, description: 'Search only this section of the product information, by its number (4.3 contraindications, 4.8 undesirable effects), with its subsections, in every annex and language' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
export type SearchQuery = Static<typeof SearchQuerySchema>;
