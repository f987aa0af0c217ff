/**
 * The public JSON of search and autocomplete (API v1), declared once with TypeBox: Fastify
 * validates and serialises with it and the OpenAPI description is generated from it.
 */
import { Type, type Static } from 'typebox';
export { SearchQuerySchema, type SearchQuery } from '../../http/schemas/search-query.schema.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { CATEGORIES, STATUSES } from '../../domain/medicine.ts';
import { LangParam } from '../../http/lang-param.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);


const FacetValueSchema = Type.Object({
  value: Type.String({ description: 'The parameter value that selects it' }),
  count: Type.Integer({ description: 'Results there would be with this value selected (and, for flags, added)' }),
  selected: Type.Boolean(),
});

const AtcFacetValueSchema = Type.Object({
  ...FacetValueSchema.properties,
  level: Type.Integer({ description: 'Length of the code: 1, 3, 4, 5 or 7' }),
  label: Nullable(Type.String({ description: "From EMA's pharmacotherapeutic group texts (or, for a full code, its substances); never WHO's ATC names" })),
});

export const SearchResponseSchema = Type.Object({
  total: Type.Integer(),
  offset: Type.Integer({ description: 'How many results come before the first one in `results`' }),
  results: Type.Array(
    Type.Object({
      slug: Type.String(),
      name: Type.String(),
      productNumber: Nullable(Type.String()),
      status: Type.Enum(STATUSES),
      category: Type.Enum(CATEGORIES),
      inn: Nullable(Type.String()),
      snippet: Type.String({ description: 'HTML: an extract of where the text matched, escaped, matched words in <mark>' }),
      score: Type.Number({ description: 'Relevance, higher first; comparable within one search only. 0 without text' }),
      match: Nullable(
        Type.Object({
          field: Type.Union([Type.Literal('name'), Type.Literal('facts'), Type.Literal('overview'), Type.Literal('document')], {
            description: 'name (name, INN, substance), facts (indication, therapeutic area, group, company, ATC), overview, or document (product information text)',
          }),
          lang: Nullable(Type.Enum(LANGUAGES)),
          documentType: Nullable(Type.String()),
          page: Nullable(Type.Integer()),
          section: Type.Optional(
            Nullable(
              Type.Object(
                { annex: Type.String(), key: Type.String(), label: Type.String(), anchor: Type.String() },
                { description: 'The section of the product information that matched (label "4.8 Undesirable effects"), and its anchor on the product-information page' },
              ),
            ),
          ),
        }),
      ),
      links: Type.Object({ self: Type.String(), html: Type.String() }),
    }),
  ),
  facets: Type.Object(
    {
      category: Type.Array(FacetValueSchema),
      status: Type.Array(FacetValueSchema),
      area: Type.Array(FacetValueSchema, { description: 'The 20 most frequent, and any selected' }),
      atc: Type.Array(AtcFacetValueSchema, { description: 'First-level groups, and under each selected code the next level' }),
      holder: Type.Array(FacetValueSchema, { description: 'The 20 most frequent, and any selected' }),
      flag: Type.Array(FacetValueSchema),
      year: Type.Array(FacetValueSchema),
    },
    { description: "Counts for each value: a facet's counts take every other facet's selection into account, not its own (flags: all)" },
  ),
  next: Nullable(Type.String({ description: 'Cursor of the following page; null on the last' })),
  prev: Nullable(Type.String({ description: 'Cursor of the preceding page; null on the first' })),
  didYouMean: Nullable(Type.String({ description: 'With few results, or results found despite a typo: the spelling that finds them or more' })),
});
export type SearchResponse = Static<typeof SearchResponseSchema>;

export const SuggestQuerySchema = Type.Object({
  q: Type.String({ description: 'What the reader has typed so far' }),
  lang: Type.Optional({ ...LangParam, description: 'Language of the links (default en)' }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, default: 10 })),
});

export const SuggestResponseSchema = Type.Object({
  suggestions: Type.Array(
    Type.Object({
      kind: Type.Union([Type.Literal('medicine'), Type.Literal('substance'), Type.Literal('area')]),
      label: Type.String(),
      href: Type.String({ description: "The medicine's page, or a search for the substance or area" }),
      count: Type.Integer({ description: 'Medicines with this substance or area (1 for a medicine)' }),
    }),
  ),
});
