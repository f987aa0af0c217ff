/** Hungarian open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const hu: OpenDataMessages = {
  footerLink: 'A nyílt adatokról',
  apiReference: 'API-referencia',
  title: 'Nyílt adatok',
  description: 'Az OpenEPAR minden adata nyílt adatként: OpenAPI-val leírt JSON API, RSS- és Atom-hírcsatornák, aláírt webhookok és teljes exportok, példákkal.',
  lede: 'A webhely minden tartalma újrafelhasználható adatként is elérhető: az olvasásukhoz nem kell regisztrálni.',
  api: {
    heading: 'JSON API',
    text: 'Minden gyógyszer, teljes előzményei és a keresés JSON formátumban érhető el. Az API-referencia minden végpontot felsorol paramétereivel és válaszaival, és a böngészőben ki is próbálhatja őket.',
    reference: 'Az API-referencia megnyitása',
    openApi: 'OpenAPI-leírás (JSON)',
  },
  feeds: {
    heading: 'Hírcsatornák',
    text: 'Kövesse a változásokat bármely hírcsatorna-olvasóban: minden gyógyszernek, keresésnek és az Újdonságok oldalnak van RSS- és Atom-csatornája, amelyre az oldal hivatkozik.',
  },
  webhooks: {
    heading: 'Webhookok',
    text: 'Kapjon aláírt HTTP-kérést, amint egy gyógyszer megváltozik, egy gyógyszerre vagy egy keresésre. Az előfizetéshez API-kulcs kell, amelyet a portál üzemeltetője ad ki.',
  },
  exports: {
    heading: 'Exportok',
    text: 'Töltse le a teljes katalógust a gyógyszerlista minden oldalának „next” hivatkozását követve, és tartsa naprakészen a legutóbbi letöltés óta történt változások lekérdezésével.',
  },
  example: 'Példa',
  notFound: {
    searchLabel: 'Gyógyszer keresése',
    searchButton: 'Keresés',
    suggestions: 'Próbálja ki',
    searchFor: '„{words}” keresése',
    apiReference: 'Az API-referencia fejlesztőknek',
  },
  descriptions: {
    catalogue: 'Az Európai Gyógyszerügynökség által értékelt összes gyógyszer státuszukkal, cégükkel és terápiás területükkel.',
    browse: 'Böngésszen az Európai Gyógyszerügynökség által értékelt gyógyszerek között terápiás terület, cég vagy ATC-kód szerint.',
    notFound: 'Ez az oldal nem létezik. Keressen egy gyógyszert, vagy böngésszen a katalógusban.',
  },
};
