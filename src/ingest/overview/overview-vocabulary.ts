/**
 * The little language knowledge the overview parser needs, for the 23 languages EMA publishes
 * overviews in. Questions are deliberately absent: headings are recognised by their shape, so a
 * reworded template or a new question does not break parsing. What is here is the boilerplate
 * that has no shape of its own (running footers, EMA's address block, the copyright line) and
 * the wording of the one heading that is not a question ("Other information about X").
 *
 * Wordings follow EMA's templates, old (London, "EPAR summary for the public") and new
 * (Amsterdam, "medicine overview"), with variants where translations differ between template
 * versions. Every entry is tried on every document (EMA prints its address block in English in
 * all languages, and old documents mix), and matching is lenient (case and punctuation are
 * ignored; copyright sentences need only share words), because a wording slightly off here must
 * not let boilerplate leak into a section. The parser never relies on this table alone: footers
 * are also recognised by their position next to page numbers and reference numbers.
 */
import type { LanguageCode } from '../../domain/languages.ts';

export type OverviewLanguage = Exclude<LanguageCode, 'ga' | 'is' | 'no'>;

export interface OverviewVocabulary {
  /** The word printed before (Hungarian: after) the page number, "Page 2/3". */
  page: readonly string[];
  /** "An agency of the European Union", as printed under EMA's address. */
  agency: readonly string[];
  /** The sentence after "© European Medicines Agency, 2022.". */
  reproduction: readonly string[];
  /** How the last, non-question heading starts: "Other information about Lumykras". */
  moreInformation: readonly string[];
}

export const OVERVIEW_VOCABULARY: Readonly<Record<OverviewLanguage, OverviewVocabulary>> = {
  bg: {
    page: ['Страница', 'Стр'],
    agency: ['Агенция на Европейския съюз'],
    reproduction: ['Възпроизвеждането е разрешено при позоваване на източника'],
    moreInformation: ['Допълнителна информация за', 'Друга информация за'],
  },
  cs: {
    page: ['Strana', 'Stránka'],
    agency: ['Agentura Evropské unie'],
    reproduction: ['Reprodukce je povolena pouze s uvedením zdroje'],
    moreInformation: ['Další informace o', 'Další informace k', 'Ostatní informace o'],
  },
  da: {
    page: ['Side'],
    agency: ['Et agentur under Den Europæiske Union', 'Et EU-agentur'],
    reproduction: ['Gengivelse er tilladt med kildeangivelse', 'Gengivelse tilladt med kildeangivelse'],
    moreInformation: ['Andre oplysninger om', 'Yderligere oplysninger om', 'Mere information om'],
  },
  de: {
    page: ['Seite'],
    agency: ['Eine Agentur der Europäischen Union'],
    reproduction: ['Nachdruck mit Quellenangabe gestattet', 'Vervielfältigung mit Quellenangabe gestattet'],
    moreInformation: ['Weitere Informationen über', 'Weitere Informationen zu', 'Sonstige Informationen über'],
  },
  el: {
    page: ['Σελίδα'],
    agency: ['Οργανισμός της Ευρωπαϊκής Ένωσης'],
    reproduction: ['Επιτρέπεται η αναπαραγωγή υπό την προϋπόθεση ότι αναφέρεται η πηγή'],
    moreInformation: ['Άλλες πληροφορίες για', 'Λοιπές πληροφορίες για', 'Περισσότερες πληροφορίες για'],
  },
  en: {
    page: ['Page'],
    agency: ['An agency of the European Union'],
    reproduction: ['Reproduction is authorised provided the source is acknowledged'],
    moreInformation: ['Other information about', 'More information about', 'More information on'],
  },
  es: {
    page: ['Página'],
    agency: ['Una agencia de la Unión Europea', 'Agencia de la Unión Europea'],
    reproduction: ['Se autoriza la reproducción siempre que se cite la fuente'],
    moreInformation: ['Otra información sobre', 'Otras informaciones sobre', 'Más información sobre'],
  },
  et: {
    page: ['Lehekülg', 'Lk'],
    agency: ['Euroopa Liidu asutus'],
    reproduction: ['Reprodutseerimine on lubatud, kui viidatakse allikale'],
    moreInformation: ['Muu teave', 'Lisateave'],
  },
  fi: {
    page: ['Sivu'],
    agency: ['Euroopan unionin virasto'],
    reproduction: ['Jäljentäminen on sallittua, kunhan lähde mainitaan'],
    moreInformation: ['Muuta tietoa', 'Muita tietoja', 'Lisätietoa', 'Lisätietoja'],
  },
  fr: {
    page: ['Page'],
    agency: ["Une agence de l'Union européenne"],
    reproduction: ['Reproduction autorisée moyennant mention de la source'],
    moreInformation: ['Autres informations relatives', 'Autres informations sur', "Plus d'informations sur"],
  },
  hr: {
    page: ['Stranica', 'Str'],
    agency: ['Agencija Europske unije'],
    reproduction: ['Reproduciranje je dopušteno uz navođenje izvora', 'Reprodukcija je dopuštena uz navođenje izvora'],
    moreInformation: ['Ostale informacije o', 'Dodatne informacije o'],
  },
  hu: {
    page: ['Oldal'],
    agency: ['Az Európai Unió ügynöksége'],
    reproduction: ['A forrás megjelölése mellett a kiadvány szabadon felhasználható', 'Reprodukálás engedélyezett a forrás megjelölése esetén'],
    moreInformation: ['Egyéb információ', 'További információ'],
  },
  it: {
    page: ['Pagina'],
    agency: ["Un'agenzia dell'Unione europea"],
    reproduction: ['Riproduzione autorizzata con citazione della fonte'],
    moreInformation: ['Altre informazioni su', 'Ulteriori informazioni su'],
  },
  lt: {
    page: ['Puslapis', 'Psl'],
    agency: ['Europos Sąjungos agentūra'],
    reproduction: ['Leidžiama atgaminti, jei nurodomas šaltinis', 'Atgaminti leidžiama, jei nurodomas šaltinis'],
    moreInformation: ['Kita informacija apie', 'Daugiau informacijos apie'],
  },
  lv: {
    page: ['Lappuse', 'Lpp'],
    agency: ['Eiropas Savienības aģentūra'],
    reproduction: ['Reproducēšana ir atļauta, ja ir norādīts avots'],
    moreInformation: ['Cita informācija par', 'Papildu informācija par'],
  },
  mt: {
    page: ['Paġna'],
    agency: ["Aġenzija tal-Unjoni Ewropea"],
    reproduction: ['Ir-riproduzzjoni hija awtorizzata sakemm jissemma s-sors'],
    moreInformation: ['Informazzjoni oħra dwar', 'Aktar informazzjoni dwar'],
  },
  nl: {
    page: ['Pagina'],
    agency: ['Een agentschap van de Europese Unie'],
    reproduction: ['Overneming is toegestaan mits de bron wordt vermeld', 'Reproductie is toegestaan mits de bron wordt vermeld'],
    moreInformation: ['Overige informatie over', 'Meer informatie over'],
  },
  pl: {
    page: ['Strona'],
    agency: ['Agencja Unii Europejskiej'],
    reproduction: ['Powielanie jest dozwolone pod warunkiem podania źródła'],
    moreInformation: ['Inne informacje dotyczące', 'Inne informacje o', 'Więcej informacji o'],
  },
  pt: {
    page: ['Página'],
    agency: ['Uma agência da União Europeia'],
    reproduction: ['Reprodução autorizada desde que a fonte seja identificada', 'Reprodução autorizada mediante indicação da fonte'],
    moreInformation: ['Outras informações sobre', 'Mais informações sobre'],
  },
  ro: {
    page: ['Pagina', 'Pagină'],
    agency: ['O agenție a Uniunii Europene'],
    reproduction: ['Reproducerea este autorizată cu condiția menționării sursei'],
    moreInformation: ['Alte informații despre', 'Mai multe informații despre'],
  },
  sk: {
    page: ['Strana'],
    agency: ['Agentúra Európskej únie'],
    reproduction: ['Reprodukcia je povolená len s uvedením zdroja'],
    moreInformation: ['Ďalšie informácie o', 'Iné informácie o'],
  },
  sl: {
    page: ['Stran'],
    agency: ['Agencija Evropske unije'],
    reproduction: ['Razmnoževanje je dovoljeno ob navedbi vira', 'Reprodukcija je dovoljena ob navedbi vira'],
    moreInformation: ['Druge informacije o', 'Več informacij o'],
  },
  sv: {
    page: ['Sida'],
    agency: ['En EU-myndighet', 'Ett organ inom Europeiska unionen'],
    reproduction: ['Reproduktion är tillåten med angivande av källan', 'Återgivning är tillåten förutsatt att källan anges'],
    moreInformation: ['Mer information om', 'Övrig information om', 'Ytterligare information om'],
  },
};

export const OVERVIEW_LANGUAGES = Object.keys(OVERVIEW_VOCABULARY) as OverviewLanguage[];

/** Lower case, letters and digits only, single spaces: how phrases are compared. */
export function foldPhrase(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’'`´-]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
