/** Norwegian open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const no: OpenDataMessages = {
  footerLink: 'Om de åpne dataene',
  apiReference: 'API-referanse',
  title: 'Åpne data',
  description: 'Alle opplysninger i OpenEPAR som åpne data: et JSON-API beskrevet med OpenAPI, RSS- og Atom-strømmer, signerte webhooks og fullstendige eksporter, med eksempler.',
  lede: 'Alt på dette nettstedet finnes også som data du kan gjenbruke: det trengs ingen registrering for å lese dem.',
  api: {
    heading: 'JSON-API',
    text: 'Hvert legemiddel, hele historikken og søket finnes som JSON. API-referansen viser hvert endepunkt med parametere og svar, og du kan prøve dem i nettleseren.',
    reference: 'Les API-referansen',
    openApi: 'OpenAPI-beskrivelse (JSON)',
  },
  feeds: {
    heading: 'Strømmer',
    text: 'Følg endringer i en hvilken som helst nyhetsleser: hvert legemiddel, hvert søk og siden Hva er nytt har en RSS- og en Atom-strøm, lenket fra siden.',
  },
  webhooks: {
    heading: 'Webhooks',
    text: 'Motta en signert HTTP-forespørsel så snart et legemiddel endres, for ett legemiddel eller for et søk. Abonnementer krever en API-nøkkel som operatøren av portalen utsteder.',
  },
  exports: {
    heading: 'Eksporter',
    text: 'Last ned hele katalogen ved å følge lenken «next» på hver side av legemiddellisten, og hold den oppdatert ved å hente endringene siden forrige nedlasting.',
  },
  example: 'Eksempel',
  notFound: {
    searchLabel: 'Søk etter et legemiddel',
    searchButton: 'Søk',
    suggestions: 'Du kan prøve',
    searchFor: 'Søke etter «{words}»',
    apiReference: 'API-referansen, for utviklere',
  },
  descriptions: {
    catalogue: 'Alle legemidler vurdert av Det europeiske legemiddelkontoret, med status, firma og terapiområde.',
    browse: 'Bla gjennom legemidler vurdert av Det europeiske legemiddelkontoret etter terapiområde, firma eller ATC-kode.',
    notFound: 'Siden finnes ikke. Søk etter et legemiddel eller bla i katalogen.',
  },
};
