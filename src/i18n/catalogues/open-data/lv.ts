/** Latvian open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const lv: OpenDataMessages = {
  footerLink: 'Par atvērtajiem datiem',
  apiReference: 'API rokasgrāmata',
  title: 'Atvērtie dati',
  description: 'Visi OpenEPAR ieraksti kā atvērtie dati: ar OpenAPI aprakstīta JSON API, RSS un Atom plūsmas, parakstīti tīmekļa āķi un pilnīgi eksporti ar piemēriem.',
  lede: 'Viss šajā vietnē ir pieejams arī kā atkalizmantojami dati: to lasīšanai nav nepieciešama reģistrācija.',
  api: {
    heading: 'JSON API',
    text: 'Katras zāles, to pilnā vēsture un meklēšana ir pieejama JSON formātā. API rokasgrāmatā ir uzskaitīts katrs galapunkts ar parametriem un atbildēm, un tos var izmēģināt pārlūkprogrammā.',
    reference: 'Lasīt API rokasgrāmatu',
    openApi: 'OpenAPI apraksts (JSON)',
  },
  feeds: {
    heading: 'Plūsmas',
    text: 'Sekojiet izmaiņām jebkurā plūsmu lasītājā: katrām zālēm, katrai meklēšanai un lapai “Jaunumi” ir RSS un Atom plūsma, uz ko lapa norāda.',
  },
  webhooks: {
    heading: 'Tīmekļa āķi',
    text: 'Saņemiet parakstītu HTTP pieprasījumu, tiklīdz zāles mainās, par vienām zālēm vai par meklēšanu. Abonementiem vajadzīga API atslēga, ko izsniedz portāla operators.',
  },
  exports: {
    heading: 'Eksporti',
    text: 'Lejupielādējiet visu katalogu, sekojot saitei “next” katrā zāļu saraksta lapā, un uzturiet to aktuālu, pieprasot izmaiņas kopš pēdējās lejupielādes.',
  },
  example: 'Piemērs',
  notFound: {
    searchLabel: 'Meklēt zāles',
    searchButton: 'Meklēt',
    suggestions: 'Varat mēģināt',
    searchFor: 'Meklēt “{words}”',
    apiReference: 'API rokasgrāmata izstrādātājiem',
  },
  descriptions: {
    catalogue: 'Visas Eiropas Zāļu aģentūras izvērtētās zāles ar to statusu, uzņēmumu un terapeitisko jomu.',
    browse: 'Pārlūkojiet Eiropas Zāļu aģentūras izvērtētās zāles pēc terapeitiskās jomas, uzņēmuma vai ATĶ koda.',
    notFound: 'Šīs lapas nav. Meklējiet zāles vai pārlūkojiet katalogu.',
  },
};
