/** Irish search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

// Nouns after a numeral stay singular and take its mutation: lenition after 1 (but not of d, t
// or s, hence "1 toradh" beside "1 chógas") and after 2 to 6, eclipsis after 7 to 10.
export const ga: SearchMessages = {
  title: 'Cuardaigh cógais',
  titleWithQuery: 'Torthaí cuardaigh do “{query}”',
  description:
    'Cuardaigh gach cógas a mheas EMA de réir ainm, substainte gníomhaí, galair, cuideachta nó cóid, in aon teanga de chuid an AE.',
  form: {
    label: 'Cuardaigh cógais',
    hint: 'Cógas nó substaint ghníomhach, galar, cuideachta nó cód ATC, mar shampla sotorasib, ailse scamhóg nó L01',
    button: 'Cuardaigh',
    sort: 'Sórtáil de réir',
    sortButton: 'Sórtáil',
    apply: 'Cuir na scagairí i bhfeidhm',
    clear: 'Glan na scagairí',
    sectionLabel: 'Sa chuid seo d’fhaisnéis an táirge amháin',
    sectionHint: 'A huimhir, mar shampla 4.3 do fhrithléiriú nó 4.8 d’éifeachtaí díobhálacha',
  },
  sortRelevance: 'Ábharthacht',
  facets: {
    heading: 'Scag na torthaí',
    category: 'Cineál cógais',
    status: 'Stádas',
    area: 'Réimse teiripeach',
    atc: 'Cód ATC',
    holder: 'Cuideachta (sealbhóir nó iarratasóir)',
    flag: 'Gnéithe rialála',
    year: 'Bliain an údaraithe',
    count: {
      one: '{count} toradh',
      two: '{count} thoradh',
      few: '{count} thoradh',
      many: '{count} dtoradh',
      other: '{count} toradh',
    },
    browseAll: { area: 'Gach réimse teiripeach', holder: 'Gach cuideachta', atc: 'Gach cód ATC' },
  },
  results: {
    heading: 'Torthaí',
    count: {
      one: 'Fuarthas {count} chógas',
      two: 'Fuarthas {count} chógas',
      few: 'Fuarthas {count} chógas',
      many: 'Fuarthas {count} gcógas',
      other: 'Fuarthas {count} cógas',
    },
    range: 'Torthaí {from}–{to} as {count}',
    none: 'Níl aon chógas ann a fhreagraíonn do do chuardach.',
    noneHelp: ['Seiceáil an litriú.', 'Úsáid níos lú focal nó focail níos ginearálta.', 'Bain roinnt de na scagairí.'],
    pageOutOfRange: 'Níl aon torthaí ar an leathanach seo a thuilleadh.',
    didYouMean: 'An raibh {suggestion} i gceist agat?',
    foundIn: 'Aimsíodh anseo: {place}',
    match: {
      name: 'ainm nó substaint ghníomhach',
      facts: 'tásc, réimse teiripeach, cuideachta nó cód',
      overview: 'forléargas ar an gcógas',
      document: 'faisnéis an táirge',
    },
    documentPage: '{document}, leathanach {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Leathanaigh torthaí',
    previous: 'An leathanach roimhe seo',
    next: 'An chéad leathanach eile',
    first: 'An chéad leathanach',
    position: 'Leathanach {page} as {pages}',
  },
  error: {
    heading: 'Tá fadhb ann',
  },
  browse: {
    title: 'Brabhsáil na cógais',
    description: 'Gach cógas, grúpáilte mar a rangaíonn EMA iad. Tugann gach uimhir chuig na cógais sin thú.',
    byAtc: {
      title: 'De réir cóid ATC',
      description:
        'Cóid anatamaíocha teiripeacha ceimiceacha (ATC), lipéadaithe leis na grúpaí cógasteiripeacha a thugann EMA dá cógais.',
      more: 'Cóid faoi {code}',
    },
    byArea: { title: 'De réir réimse teiripigh', description: 'Réimsí teiripeacha (ceannteidil MeSH) mar a shannann EMA iad.' },
    byHolder: {
      title: 'De réir cuideachta',
      description: 'Sealbhóirí údaraithe margaíochta, nó iarratasóirí i gcás cógas nár údaraíodh riamh.',
    },
    byStatus: { title: 'De réir stádais', description: 'An áit ina bhfuil gach cógas ó thaobh a údaraithe de.' },
    count: {
      one: '{count} chógas',
      two: '{count} chógas',
      few: '{count} chógas',
      many: '{count} gcógas',
      other: '{count} cógas',
    },
    lettersLabel: 'Léim chuig litir',
    noLabel: 'Níor sonraíodh grúpa',
    atcCode: 'Cód ATC {code}',
  },
  suggest: {
    medicine: 'Cógas',
    substance: 'Substaint ghníomhach',
    area: 'Réimse teiripeach',
  },
};
