/** Estonian open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const et: OpenDataMessages = {
  footerLink: 'Avaandmetest',
  apiReference: 'API teatmik',
  title: 'Avaandmed',
  description: 'Kõik OpenEPARi andmed avaandmetena: OpenAPI-ga kirjeldatud JSON API, RSS- ja Atom-vood, allkirjastatud veebikonksud ja täielikud ekspordid koos näidetega.',
  lede: 'Kõik sellel saidil on saadaval ka taaskasutatavate andmetena: nende lugemiseks ei ole vaja registreeruda.',
  api: {
    heading: 'JSON API',
    text: 'Iga ravim, selle täielik ajalugu ja otsing on saadaval JSON-vormingus. API teatmik loetleb iga lõpp-punkti koos parameetrite ja vastustega ning neid saab brauseris proovida.',
    reference: 'Loe API teatmikku',
    openApi: 'OpenAPI kirjeldus (JSON)',
  },
  feeds: {
    heading: 'Vood',
    text: 'Jälgige muudatusi mis tahes voolugejas: igal ravimil, igal otsingul ja lehel „Mis on uut“ on RSS- ja Atom-voog, millele leht viitab.',
  },
  webhooks: {
    heading: 'Veebikonksud',
    text: 'Saage allkirjastatud HTTP-päring kohe, kui ravim muutub, ühe ravimi või otsingu kohta. Tellimuseks on vaja API-võtit, mille väljastab portaali haldaja.',
  },
  exports: {
    heading: 'Ekspordid',
    text: 'Laadige kogu kataloog alla, järgides ravimiloendi iga lehe linki „next“, ning hoidke see ajakohasena, küsides muudatusi alates viimasest allalaadimisest.',
  },
  example: 'Näide',
  notFound: {
    searchLabel: 'Otsi ravimit',
    searchButton: 'Otsi',
    suggestions: 'Võite proovida',
    searchFor: 'Otsida „{words}“',
    apiReference: 'API teatmik arendajatele',
  },
  descriptions: {
    catalogue: 'Kõik Euroopa Ravimiameti hinnatud ravimid koos staatuse, ettevõtte ja ravivaldkonnaga.',
    browse: 'Sirvige Euroopa Ravimiameti hinnatud ravimeid ravivaldkonna, ettevõtte või ATC-koodi järgi.',
    notFound: 'Seda lehte ei ole. Otsige ravimit või sirvige kataloogi.',
  },
};
