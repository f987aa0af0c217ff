/** Irish open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const ga: OpenDataMessages = {
  footerLink: 'Maidir leis na sonraí oscailte',
  apiReference: 'Tagairt an API',
  title: 'Sonraí oscailte',
  description: 'Gach taifead de chuid OpenEPAR mar shonraí oscailte: API JSON arna chur síos le OpenAPI, fothaí RSS agus Atom, crúcaí gréasáin sínithe agus easpórtálacha iomlána, le samplaí.',
  lede: 'Tá gach rud ar an suíomh seo ar fáil freisin mar shonraí is féidir leat a athúsáid: níl gá le clárú chun iad a léamh.',
  api: {
    heading: 'API JSON',
    text: 'Tá gach cógas, a stair iomlán agus an cuardach ar fáil mar JSON. Liostaíonn tagairt an API gach críochphointe lena pharaiméadair agus a fhreagraí, agus is féidir leat iad a thriail i do bhrabhsálaí.',
    reference: 'Léigh tagairt an API',
    openApi: 'Cur síos OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Fothaí',
    text: 'Lean na hathruithe in aon léitheoir fothaí: tá fotha RSS agus Atom ag gach cógas, gach cuardach agus an leathanach Nuacht, nasctha ón leathanach.',
  },
  webhooks: {
    heading: 'Crúcaí gréasáin',
    text: 'Faigh iarratas HTTP sínithe chomh luath agus a athraíonn cógas, do chógas amháin nó do chuardach. Teastaíonn eochair API le haghaidh síntiús, a eisíonn oibreoir na tairsí seo.',
  },
  exports: {
    heading: 'Easpórtálacha',
    text: 'Íoslódáil an catalóg iomlán tríd an nasc “next” de gach leathanach de liosta na gcógas a leanúint, agus coinnigh cothrom le dáta é trí na hathruithe ó d’íoslódáil dheireanach a iarraidh.',
  },
  example: 'Sampla',
  notFound: {
    searchLabel: 'Cuardaigh cógas',
    searchButton: 'Cuardaigh',
    suggestions: 'D’fhéadfá triail a bhaint as',
    searchFor: 'Cuardach a dhéanamh ar “{words}”',
    apiReference: 'Tagairt an API, d’fhorbróirí',
  },
  descriptions: {
    catalogue: 'Gach cógas a ndearna Gníomhaireacht Leigheasra na hEorpa measúnú air, lena stádas, a chuideachta agus a réimse teiripeach.',
    browse: 'Brabhsáil cógais a ndearna Gníomhaireacht Leigheasra na hEorpa measúnú orthu de réir réimse teiripeach, cuideachta nó cód ATC.',
    notFound: 'Níl an leathanach seo ann. Cuardaigh cógas nó brabhsáil an catalóg.',
  },
};
