/** Maltese open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const mt: OpenDataMessages = {
  footerLink: 'Dwar id-data miftuħa',
  apiReference: 'Referenza tal-API',
  title: 'Data miftuħa',
  description: 'Ir-rekords kollha ta’ OpenEPAR bħala data miftuħa: API JSON deskritta b’OpenAPI, feeds RSS u Atom, webhooks iffirmati u esportazzjonijiet sħaħ, b’eżempji.',
  lede: 'Kollox f’dan is-sit huwa disponibbli wkoll bħala data li tista’ terġa’ tuża: m’hemmx bżonn ta’ reġistrazzjoni biex taqraha.',
  api: {
    heading: 'API JSON',
    text: 'Kull mediċina, l-istorja sħiħa tagħha u t-tfittxija huma disponibbli bħala JSON. Ir-referenza tal-API telenka kull endpoint bil-parametri u t-tweġibiet tiegħu, u tista’ tippruvahom fil-browser.',
    reference: 'Aqra r-referenza tal-API',
    openApi: 'Deskrizzjoni OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Feeds',
    text: 'Segwi l-bidliet fi kwalunkwe qarrej tal-feeds: kull mediċina, kull tfittxija u l-paġna ta’ x’inhu ġdid għandhom feed RSS u Atom, marbut mill-paġna.',
  },
  webhooks: {
    heading: 'Webhooks',
    text: 'Irċievi talba HTTP iffirmata hekk kif tinbidel mediċina, għal mediċina waħda jew għal tfittxija. L-abbonamenti jeħtieġu ċavetta tal-API, li joħroġ l-operatur ta’ dan il-portal.',
  },
  exports: {
    heading: 'Esportazzjonijiet',
    text: 'Niżżel il-katalgu kollu billi ssegwi l-link “next” ta’ kull paġna tal-lista tal-mediċini, u żommu aġġornat billi titlob il-bidliet mill-aħħar tniżżil tiegħek.',
  },
  example: 'Eżempju',
  notFound: {
    searchLabel: 'Fittex mediċina',
    searchButton: 'Fittex',
    suggestions: 'Tista’ tipprova',
    searchFor: 'Tfittxija għal “{words}”',
    apiReference: 'Ir-referenza tal-API, għall-iżviluppaturi',
  },
  descriptions: {
    catalogue: 'Il-mediċini kollha evalwati mill-Aġenzija Ewropea għall-Mediċini, bl-istatus, il-kumpanija u l-qasam terapewtiku tagħhom.',
    browse: 'Ibbrawżja l-mediċini evalwati mill-Aġenzija Ewropea għall-Mediċini skont il-qasam terapewtiku, il-kumpanija jew il-kodiċi ATC.',
    notFound: 'Din il-paġna ma teżistix. Fittex mediċina jew ibbrawżja l-katalgu.',
  },
};
