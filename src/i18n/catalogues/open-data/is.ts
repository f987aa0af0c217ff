/** Icelandic open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const is: OpenDataMessages = {
  footerLink: 'Um opnu gögnin',
  apiReference: 'API-tilvísun',
  title: 'Opin gögn',
  description: 'Allar færslur OpenEPAR sem opin gögn: JSON-API lýst með OpenAPI, RSS- og Atom-straumar, undirritaðir vefkrókar og heildarútflutningur, með dæmum.',
  lede: 'Allt á þessum vef er einnig aðgengilegt sem gögn sem þú getur endurnýtt: engin skráning er nauðsynleg til að lesa þau.',
  api: {
    heading: 'JSON-API',
    text: 'Hvert lyf, öll saga þess og leitin eru aðgengileg sem JSON. API-tilvísunin telur upp hvern endapunkt með færibreytum og svörum, og þú getur prófað þá í vafranum.',
    reference: 'Lesa API-tilvísunina',
    openApi: 'OpenAPI-lýsing (JSON)',
  },
  feeds: {
    heading: 'Straumar',
    text: 'Fylgstu með breytingum í hvaða straumlesara sem er: hvert lyf, hver leit og síðan Hvað er nýtt hafa RSS- og Atom-straum sem síðan tengir á.',
  },
  webhooks: {
    heading: 'Vefkrókar',
    text: 'Fáðu undirritaða HTTP-beiðni um leið og lyf breytist, fyrir eitt lyf eða fyrir leit. Áskriftir krefjast API-lykils sem rekstraraðili gáttarinnar gefur út.',
  },
  exports: {
    heading: 'Útflutningur',
    text: 'Sæktu alla skrána með því að fylgja tenglinum „next“ á hverri síðu lyfjalistans og haltu henni uppfærðri með því að sækja breytingarnar frá síðasta niðurhali.',
  },
  example: 'Dæmi',
  notFound: {
    searchLabel: 'Leita að lyfi',
    searchButton: 'Leita',
    suggestions: 'Þú getur prófað',
    searchFor: 'Leita að „{words}“',
    apiReference: 'API-tilvísunin, fyrir forritara',
  },
  descriptions: {
    catalogue: 'Öll lyf sem Lyfjastofnun Evrópu hefur metið, með stöðu, fyrirtæki og meðferðarsviði.',
    browse: 'Skoðaðu lyf sem Lyfjastofnun Evrópu hefur metið eftir meðferðarsviði, fyrirtæki eða ATC-flokki.',
    notFound: 'Þessi síða er ekki til. Leitaðu að lyfi eða skoðaðu skrána.',
  },
};
