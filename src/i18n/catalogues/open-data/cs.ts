/** Czech open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const cs: OpenDataMessages = {
  footerLink: 'O otevřených datech',
  apiReference: 'Referenční příručka API',
  title: 'Otevřená data',
  description: 'Všechny záznamy OpenEPAR jako otevřená data: JSON API popsané v OpenAPI, kanály RSS a Atom, podepsané webhooky a úplné exporty, s příklady.',
  lede: 'Vše na tomto webu je k dispozici také jako data k dalšímu použití: ke čtení není nutná registrace.',
  api: {
    heading: 'JSON API',
    text: 'Každý léčivý přípravek, jeho úplná historie a vyhledávání jsou k dispozici ve formátu JSON. Referenční příručka API uvádí každý koncový bod s parametry a odpověďmi a můžete je vyzkoušet v prohlížeči.',
    reference: 'Přečíst referenční příručku API',
    openApi: 'Popis OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Kanály',
    text: 'Sledujte změny v libovolné čtečce kanálů: každý přípravek, každé vyhledávání a stránka Novinky mají kanál RSS a Atom, odkázaný ze stránky.',
  },
  webhooks: {
    heading: 'Webhooky',
    text: 'Dostanete podepsaný požadavek HTTP, jakmile se přípravek změní, pro jeden přípravek nebo pro vyhledávání. Odběry vyžadují klíč API, který vydává provozovatel portálu.',
  },
  exports: {
    heading: 'Exporty',
    text: 'Stáhněte celý katalog tak, že budete následovat odkaz „next“ na každé stránce seznamu přípravků, a udržujte jej aktuální dotazem na změny od posledního stažení.',
  },
  example: 'Příklad',
  notFound: {
    searchLabel: 'Vyhledat léčivý přípravek',
    searchButton: 'Hledat',
    suggestions: 'Můžete zkusit',
    searchFor: 'Hledat „{words}“',
    apiReference: 'Referenční příručka API pro vývojáře',
  },
  descriptions: {
    catalogue: 'Všechny léčivé přípravky hodnocené Evropskou agenturou pro léčivé přípravky s jejich stavem, společností a terapeutickou oblastí.',
    browse: 'Procházejte léčivé přípravky hodnocené Evropskou agenturou pro léčivé přípravky podle terapeutické oblasti, společnosti nebo kódu ATC.',
    notFound: 'Tato stránka neexistuje. Vyhledejte léčivý přípravek nebo procházejte katalog.',
  },
};
