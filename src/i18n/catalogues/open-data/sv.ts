/** Swedish open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const sv: OpenDataMessages = {
  footerLink: 'Om öppna data',
  apiReference: 'API-referens',
  title: 'Öppna data',
  description: 'Alla uppgifter i OpenEPAR som öppna data: ett JSON-API beskrivet med OpenAPI, RSS- och Atom-flöden, signerade webhooks och fullständiga exporter, med exempel.',
  lede: 'Allt på den här webbplatsen finns också som data du kan återanvända: ingen registrering behövs för att läsa dem.',
  api: {
    heading: 'JSON-API',
    text: 'Alla läkemedel, deras fullständiga historik och sökningen finns som JSON. API-referensen listar varje slutpunkt med parametrar och svar, och du kan prova dem i webbläsaren.',
    reference: 'Läs API-referensen',
    openApi: 'OpenAPI-beskrivning (JSON)',
  },
  feeds: {
    heading: 'Flöden',
    text: 'Följ ändringar i valfri flödesläsare: varje läkemedel, varje sökning och sidan Vad är nytt har ett RSS- och ett Atom-flöde, länkat från sidan.',
  },
  webhooks: {
    heading: 'Webhooks',
    text: 'Få en signerad HTTP-begäran så snart ett läkemedel ändras, för ett läkemedel eller för en sökning. Prenumerationer kräver en API-nyckel som portalens operatör utfärdar.',
  },
  exports: {
    heading: 'Exporter',
    text: 'Hämta hela katalogen genom att följa länken ”next” på varje sida i läkemedelslistan, och håll den aktuell genom att hämta ändringarna sedan din senaste hämtning.',
  },
  example: 'Exempel',
  notFound: {
    searchLabel: 'Sök efter ett läkemedel',
    searchButton: 'Sök',
    suggestions: 'Du kan prova',
    searchFor: 'Söka efter ”{words}”',
    apiReference: 'API-referensen, för utvecklare',
  },
  descriptions: {
    catalogue: 'Alla läkemedel som utvärderats av Europeiska läkemedelsmyndigheten, med status, företag och terapiområde.',
    browse: 'Bläddra bland läkemedel som utvärderats av Europeiska läkemedelsmyndigheten efter terapiområde, företag eller ATC-kod.',
    notFound: 'Sidan finns inte. Sök efter ett läkemedel eller bläddra i katalogen.',
  },
};
