/** Croatian open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const hr: OpenDataMessages = {
  footerLink: 'O otvorenim podacima',
  apiReference: 'Referenca API-ja',
  title: 'Otvoreni podaci',
  description: 'Svi zapisi OpenEPAR-a kao otvoreni podaci: JSON API opisan OpenAPI-jem, RSS i Atom kanali, potpisani webhookovi i potpuni izvozi, s primjerima.',
  lede: 'Sve na ovoj stranici dostupno je i kao podaci za ponovnu uporabu: za čitanje nije potrebna registracija.',
  api: {
    heading: 'JSON API',
    text: 'Svaki lijek, njegova potpuna povijest i pretraživanje dostupni su u obliku JSON. Referenca API-ja navodi svaku krajnju točku s parametrima i odgovorima, a možete ih isprobati u pregledniku.',
    reference: 'Pročitajte referencu API-ja',
    openApi: 'Opis OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Kanali',
    text: 'Pratite promjene u bilo kojem čitaču kanala: svaki lijek, svako pretraživanje i stranica Novosti imaju RSS i Atom kanal, povezan sa stranice.',
  },
  webhooks: {
    heading: 'Webhookovi',
    text: 'Primite potpisani HTTP zahtjev čim se lijek promijeni, za jedan lijek ili za pretraživanje. Pretplate zahtijevaju API ključ koji izdaje operater portala.',
  },
  exports: {
    heading: 'Izvozi',
    text: 'Preuzmite cijeli katalog prateći poveznicu „next” na svakoj stranici popisa lijekova i održavajte ga ažurnim dohvaćanjem promjena od zadnjeg preuzimanja.',
  },
  example: 'Primjer',
  notFound: {
    searchLabel: 'Pretražite lijek',
    searchButton: 'Traži',
    suggestions: 'Možete pokušati',
    searchFor: 'Pretraživanje „{words}”',
    apiReference: 'Referenca API-ja za razvojne programere',
  },
  descriptions: {
    catalogue: 'Svi lijekovi koje je ocijenila Europska agencija za lijekove, sa statusom, tvrtkom i terapijskim područjem.',
    browse: 'Pregledajte lijekove koje je ocijenila Europska agencija za lijekove po terapijskom području, tvrtki ili ATC šifri.',
    notFound: 'Ova stranica ne postoji. Pretražite lijek ili pregledajte katalog.',
  },
};
