/** Slovenian open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const sl: OpenDataMessages = {
  footerLink: 'O odprtih podatkih',
  apiReference: 'Referenca API',
  title: 'Odprti podatki',
  description: 'Vsi zapisi OpenEPAR kot odprti podatki: JSON API, opisan z OpenAPI, viri RSS in Atom, podpisani spletni kavlji in popolni izvozi, s primeri.',
  lede: 'Vse na tem spletnem mestu je na voljo tudi kot podatki za ponovno uporabo: za branje ni treba registracije.',
  api: {
    heading: 'JSON API',
    text: 'Vsako zdravilo, njegova celotna zgodovina in iskanje so na voljo v obliki JSON. Referenca API navaja vsako končno točko s parametri in odgovori, preizkusite pa jih lahko v brskalniku.',
    reference: 'Preberite referenco API',
    openApi: 'Opis OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Viri',
    text: 'Spremembe spremljajte v katerem koli bralniku virov: vsako zdravilo, vsako iskanje in stran Novosti imajo vir RSS in Atom, povezan s strani.',
  },
  webhooks: {
    heading: 'Spletni kavlji',
    text: 'Prejmite podpisano zahtevo HTTP takoj, ko se zdravilo spremeni, za eno zdravilo ali za iskanje. Naročnine zahtevajo ključ API, ki ga izda upravljavec portala.',
  },
  exports: {
    heading: 'Izvozi',
    text: 'Prenesite celoten katalog tako, da sledite povezavi »next« na vsaki strani seznama zdravil, in ga posodabljajte s poizvedbo po spremembah od zadnjega prenosa.',
  },
  example: 'Primer',
  notFound: {
    searchLabel: 'Poiščite zdravilo',
    searchButton: 'Išči',
    suggestions: 'Poskusite lahko',
    searchFor: 'Iskanje »{words}«',
    apiReference: 'Referenca API za razvijalce',
  },
  descriptions: {
    catalogue: 'Vsa zdravila, ki jih je ocenila Evropska agencija za zdravila, s statusom, podjetjem in terapevtskim področjem.',
    browse: 'Brskajte po zdravilih, ki jih je ocenila Evropska agencija za zdravila, po terapevtskem področju, podjetju ali kodi ATC.',
    notFound: 'Ta stran ne obstaja. Poiščite zdravilo ali brskajte po katalogu.',
  },
};
