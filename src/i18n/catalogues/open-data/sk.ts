/** Slovak open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const sk: OpenDataMessages = {
  footerLink: 'O otvorených údajoch',
  apiReference: 'Referenčná príručka API',
  title: 'Otvorené údaje',
  description: 'Všetky záznamy OpenEPAR ako otvorené údaje: JSON API opísané v OpenAPI, kanály RSS a Atom, podpísané webhooky a úplné exporty, s príkladmi.',
  lede: 'Všetko na tejto stránke je k dispozícii aj ako údaje na ďalšie použitie: na ich čítanie nie je potrebná registrácia.',
  api: {
    heading: 'JSON API',
    text: 'Každý liek, jeho úplná história a vyhľadávanie sú k dispozícii vo formáte JSON. Referenčná príručka API uvádza každý koncový bod s parametrami a odpoveďami a môžete ich vyskúšať v prehliadači.',
    reference: 'Prečítať referenčnú príručku API',
    openApi: 'Opis OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Kanály',
    text: 'Sledujte zmeny v ľubovoľnej čítačke kanálov: každý liek, každé vyhľadávanie a stránka Novinky majú kanál RSS a Atom, na ktorý stránka odkazuje.',
  },
  webhooks: {
    heading: 'Webhooky',
    text: 'Dostanete podpísanú požiadavku HTTP hneď, ako sa liek zmení, pre jeden liek alebo pre vyhľadávanie. Odbery vyžadujú kľúč API, ktorý vydáva prevádzkovateľ portálu.',
  },
  exports: {
    heading: 'Exporty',
    text: 'Stiahnite celý katalóg tak, že budete nasledovať odkaz „next“ na každej stránke zoznamu liekov, a udržujte ho aktuálny dopytom na zmeny od posledného stiahnutia.',
  },
  example: 'Príklad',
  notFound: {
    searchLabel: 'Vyhľadať liek',
    searchButton: 'Hľadať',
    suggestions: 'Môžete skúsiť',
    searchFor: 'Hľadať „{words}“',
    apiReference: 'Referenčná príručka API pre vývojárov',
  },
  descriptions: {
    catalogue: 'Všetky lieky hodnotené Európskou agentúrou pre lieky s ich stavom, spoločnosťou a terapeutickou oblasťou.',
    browse: 'Prezerajte lieky hodnotené Európskou agentúrou pre lieky podľa terapeutickej oblasti, spoločnosti alebo kódu ATC.',
    notFound: 'Táto stránka neexistuje. Vyhľadajte liek alebo prezerajte katalóg.',
  },
};
