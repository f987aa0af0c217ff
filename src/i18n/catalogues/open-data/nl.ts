/** Dutch open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const nl: OpenDataMessages = {
  footerLink: 'Over de open data',
  apiReference: 'API-referentie',
  title: 'Open data',
  description: 'Alle gegevens van OpenEPAR als open data: een JSON-API beschreven met OpenAPI, RSS- en Atom-feeds, ondertekende webhooks en volledige exports, met voorbeelden.',
  lede: 'Alles op deze website is ook beschikbaar als gegevens die u kunt hergebruiken: u hoeft zich niet te registreren om ze te lezen.',
  api: {
    heading: 'JSON-API',
    text: 'Elk geneesmiddel, de volledige geschiedenis ervan en de zoekfunctie zijn beschikbaar als JSON. De API-referentie noemt elk eindpunt met zijn parameters en antwoorden, en u kunt ze in uw browser uitproberen.',
    reference: 'Lees de API-referentie',
    openApi: 'OpenAPI-beschrijving (JSON)',
  },
  feeds: {
    heading: 'Feeds',
    text: 'Volg wijzigingen in elke feedlezer: elk geneesmiddel, elke zoekopdracht en de pagina Wat is er nieuw hebben een RSS- en een Atom-feed, gelinkt vanaf de pagina.',
  },
  webhooks: {
    heading: 'Webhooks',
    text: 'Ontvang een ondertekend HTTP-verzoek zodra een geneesmiddel verandert, voor één geneesmiddel of voor een zoekopdracht. Abonnementen vereisen een API-sleutel, die de beheerder van dit portaal uitgeeft.',
  },
  exports: {
    heading: 'Exports',
    text: 'Download de hele catalogus door de link ‘next’ van elke pagina van de geneesmiddelenlijst te volgen, en houd hem actueel door de wijzigingen sinds uw laatste download op te vragen.',
  },
  example: 'Voorbeeld',
  notFound: {
    searchLabel: 'Zoek een geneesmiddel',
    searchButton: 'Zoeken',
    suggestions: 'U kunt proberen',
    searchFor: 'Zoeken naar ‘{words}’',
    apiReference: 'De API-referentie, voor ontwikkelaars',
  },
  descriptions: {
    catalogue: 'Alle geneesmiddelen die het Europees Geneesmiddelenbureau heeft beoordeeld, met status, bedrijf en therapeutisch gebied.',
    browse: 'Blader door geneesmiddelen die het Europees Geneesmiddelenbureau heeft beoordeeld, per therapeutisch gebied, bedrijf of ATC-code.',
    notFound: 'Deze pagina bestaat niet. Zoek een geneesmiddel of blader door de catalogus.',
  },
};
