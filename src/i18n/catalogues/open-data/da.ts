/** Danish open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const da: OpenDataMessages = {
  footerLink: 'Om de åbne data',
  apiReference: 'API-reference',
  title: 'Åbne data',
  description: 'Alle oplysninger i OpenEPAR som åbne data: et JSON-API beskrevet med OpenAPI, RSS- og Atom-feeds, signerede webhooks og komplette eksporter, med eksempler.',
  lede: 'Alt på dette websted findes også som data, du kan genbruge: der kræves ingen registrering for at læse dem.',
  api: {
    heading: 'JSON-API',
    text: 'Hvert lægemiddel, dets fulde historik og søgningen findes som JSON. API-referencen viser hvert endepunkt med parametre og svar, og du kan prøve dem i din browser.',
    reference: 'Læs API-referencen',
    openApi: 'OpenAPI-beskrivelse (JSON)',
  },
  feeds: {
    heading: 'Feeds',
    text: 'Følg ændringer i enhver feedlæser: hvert lægemiddel, hver søgning og siden Nyheder har et RSS- og et Atom-feed, som siden linker til.',
  },
  webhooks: {
    heading: 'Webhooks',
    text: 'Modtag en signeret HTTP-anmodning, så snart et lægemiddel ændres, for ét lægemiddel eller for en søgning. Abonnementer kræver en API-nøgle, som portalens operatør udsteder.',
  },
  exports: {
    heading: 'Eksporter',
    text: 'Hent hele kataloget ved at følge linket “next” på hver side af lægemiddellisten, og hold det opdateret ved at hente ændringerne siden din seneste hentning.',
  },
  example: 'Eksempel',
  notFound: {
    searchLabel: 'Søg efter et lægemiddel',
    searchButton: 'Søg',
    suggestions: 'Du kan prøve',
    searchFor: 'Søge efter “{words}”',
    apiReference: 'API-referencen, for udviklere',
  },
  descriptions: {
    catalogue: 'Alle lægemidler vurderet af Det Europæiske Lægemiddelagentur med status, virksomhed og terapeutisk område.',
    browse: 'Gennemse lægemidler vurderet af Det Europæiske Lægemiddelagentur efter terapeutisk område, virksomhed eller ATC-kode.',
    notFound: 'Siden findes ikke. Søg efter et lægemiddel, eller gennemse kataloget.',
  },
};
