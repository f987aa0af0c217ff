/** Finnish open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const fi: OpenDataMessages = {
  footerLink: 'Tietoa avoimesta datasta',
  apiReference: 'API-ohje',
  title: 'Avoin data',
  description: 'Kaikki OpenEPARin tiedot avoimena datana: OpenAPI-kuvattu JSON-rajapinta, RSS- ja Atom-syötteet, allekirjoitetut webhookit ja täydelliset viennit esimerkkeineen.',
  lede: 'Kaikki tämän sivuston sisältö on saatavilla myös uudelleenkäytettävänä datana: lukeminen ei vaadi rekisteröitymistä.',
  api: {
    heading: 'JSON-rajapinta',
    text: 'Jokainen lääke, sen koko historia ja haku ovat saatavilla JSON-muodossa. API-ohje luettelee jokaisen päätepisteen parametreineen ja vastauksineen, ja voit kokeilla niitä selaimessa.',
    reference: 'Lue API-ohje',
    openApi: 'OpenAPI-kuvaus (JSON)',
  },
  feeds: {
    heading: 'Syötteet',
    text: 'Seuraa muutoksia millä tahansa syötteenlukijalla: jokaisella lääkkeellä, haulla ja Uutta-sivulla on RSS- ja Atom-syöte, johon sivu linkittää.',
  },
  webhooks: {
    heading: 'Webhookit',
    text: 'Saat allekirjoitetun HTTP-pyynnön heti, kun lääke muuttuu, yhden lääkkeen tai haun osalta. Tilaukset edellyttävät API-avainta, jonka portaalin ylläpitäjä myöntää.',
  },
  exports: {
    heading: 'Viennit',
    text: 'Lataa koko luettelo seuraamalla lääkeluettelon jokaisen sivun ”next”-linkkiä, ja pidä se ajan tasalla hakemalla muutokset edellisen latauksen jälkeen.',
  },
  example: 'Esimerkki',
  notFound: {
    searchLabel: 'Hae lääkettä',
    searchButton: 'Hae',
    suggestions: 'Voit kokeilla',
    searchFor: 'Hae ”{words}”',
    apiReference: 'API-ohje kehittäjille',
  },
  descriptions: {
    catalogue: 'Kaikki Euroopan lääkeviraston arvioimat lääkkeet tiloineen, yrityksineen ja hoitoalueineen.',
    browse: 'Selaa Euroopan lääkeviraston arvioimia lääkkeitä hoitoalueen, yrityksen tai ATC-koodin mukaan.',
    notFound: 'Sivua ei ole. Hae lääkettä tai selaa luetteloa.',
  },
};
