/**
 * Interface text of the RSS and Atom feeds (channel titles and descriptions) and of the links
 * to them on pages. Conventions as in `src/i18n/messages/en.ts`: `{name}` placeholders; data
 * (medicine names, what was searched for, EMA's text) never appears here. The item summaries
 * come from the history feature, so a feed reads the same as the history page.
 */
import type { LanguageCode } from '../../domain/languages.ts';

export interface FeedMessages {
  /** Channel title of one medicine's feed: "Lumykras: changes". */
  medicineTitle: string;
  medicineDescription: string;
  /** Channel title of the what's-new feed. */
  whatsNewTitle: string;
  whatsNewDescription: string;
  /** Channel title of a search's feed: "Changes to medicines matching “sotorasib”". */
  searchTitle: string;
  /** The same for a search with filters but no text. */
  searchTitleAll: string;
  searchDescription: string;
  /** One item: "Lumykras: status changed to withdrawn". */
  itemTitle: string;
  /** Before the RSS and Atom links on a medicine page. */
  subscribeMedicine: string;
  /** Before the RSS and Atom links on a search page. */
  subscribeSearch: string;
  /** Before the RSS and Atom links of a list of changes (what's new, a medicine's history). */
  subscribeChanges: string;
}

export const en: FeedMessages = {
  medicineTitle: '{medicine}: changes',
  medicineDescription: 'Changes to the record of {medicine}: status, documents, product information and more, newest first.',
  whatsNewTitle: 'What’s new: changes to medicines',
  whatsNewDescription: 'Changes to medicines evaluated by the European Medicines Agency, newest first.',
  searchTitle: 'Changes to medicines matching “{query}”',
  searchTitleAll: 'Changes to the medicines in a search',
  searchDescription: 'Changes to the medicines a search finds, newest first.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Follow changes to this medicine:',
  subscribeSearch: 'Follow changes to the medicines found:',
  subscribeChanges: 'Follow these changes:',
};

const bg: FeedMessages = {
  medicineTitle: '{medicine}: промени',
  medicineDescription: 'Промени в данните за {medicine}: статус, документи, информация за продукта и други, най-новите първо.',
  whatsNewTitle: 'Новости: промени в лекарствата',
  whatsNewDescription: 'Промени в лекарствата, оценени от Европейската агенция по лекарствата, най-новите първо.',
  searchTitle: 'Промени в лекарствата, отговарящи на „{query}“',
  searchTitleAll: 'Промени в лекарствата от търсене',
  searchDescription: 'Промени в лекарствата, намерени при търсене, най-новите първо.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Следете промените в това лекарство:',
  subscribeSearch: 'Следете промените в намерените лекарства:',
  subscribeChanges: 'Следете тези промени:',
};

const cs: FeedMessages = {
  medicineTitle: '{medicine}: změny',
  medicineDescription: 'Změny v záznamu přípravku {medicine}: stav, dokumenty, informace o přípravku a další, od nejnovějších.',
  whatsNewTitle: 'Novinky: změny léčivých přípravků',
  whatsNewDescription: 'Změny léčivých přípravků hodnocených Evropskou agenturou pro léčivé přípravky, od nejnovějších.',
  searchTitle: 'Změny léčivých přípravků odpovídajících „{query}“',
  searchTitleAll: 'Změny léčivých přípravků ve vyhledávání',
  searchDescription: 'Změny léčivých přípravků nalezených vyhledáváním, od nejnovějších.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Sledovat změny tohoto přípravku:',
  subscribeSearch: 'Sledovat změny nalezených přípravků:',
  subscribeChanges: 'Sledovat tyto změny:',
};

const da: FeedMessages = {
  medicineTitle: '{medicine}: ændringer',
  medicineDescription: 'Ændringer i oplysningerne om {medicine}: status, dokumenter, produktinformation med mere, nyeste først.',
  whatsNewTitle: 'Nyheder: ændringer i lægemidler',
  whatsNewDescription: 'Ændringer i lægemidler, som Det Europæiske Lægemiddelagentur har vurderet, nyeste først.',
  searchTitle: 'Ændringer i lægemidler, der matcher »{query}«',
  searchTitleAll: 'Ændringer i lægemidlerne i en søgning',
  searchDescription: 'Ændringer i de lægemidler, en søgning finder, nyeste først.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Følg ændringer i dette lægemiddel:',
  subscribeSearch: 'Følg ændringer i de fundne lægemidler:',
  subscribeChanges: 'Følg disse ændringer:',
};

const de: FeedMessages = {
  medicineTitle: '{medicine}: Änderungen',
  medicineDescription: 'Änderungen an den Angaben zu {medicine}: Status, Dokumente, Produktinformation und mehr, die neuesten zuerst.',
  whatsNewTitle: 'Neuigkeiten: Änderungen an Arzneimitteln',
  whatsNewDescription: 'Änderungen an Arzneimitteln, die von der Europäischen Arzneimittel-Agentur bewertet wurden, die neuesten zuerst.',
  searchTitle: 'Änderungen an Arzneimitteln zu „{query}“',
  searchTitleAll: 'Änderungen an den Arzneimitteln einer Suche',
  searchDescription: 'Änderungen an den Arzneimitteln, die eine Suche findet, die neuesten zuerst.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Änderungen an diesem Arzneimittel verfolgen:',
  subscribeSearch: 'Änderungen an den gefundenen Arzneimitteln verfolgen:',
  subscribeChanges: 'Diese Änderungen verfolgen:',
};

const el: FeedMessages = {
  medicineTitle: '{medicine}: αλλαγές',
  medicineDescription: 'Αλλαγές στα στοιχεία του {medicine}: καθεστώς, έγγραφα, πληροφορίες προϊόντος και άλλα, με τις νεότερες πρώτα.',
  whatsNewTitle: 'Τι νέο υπάρχει: αλλαγές σε φάρμακα',
  whatsNewDescription: 'Αλλαγές σε φάρμακα που αξιολόγησε ο Ευρωπαϊκός Οργανισμός Φαρμάκων, με τις νεότερες πρώτα.',
  searchTitle: 'Αλλαγές σε φάρμακα που αντιστοιχούν σε «{query}»',
  searchTitleAll: 'Αλλαγές στα φάρμακα μιας αναζήτησης',
  searchDescription: 'Αλλαγές στα φάρμακα που βρίσκει μια αναζήτηση, με τις νεότερες πρώτα.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Παρακολουθήστε τις αλλαγές σε αυτό το φάρμακο:',
  subscribeSearch: 'Παρακολουθήστε τις αλλαγές στα φάρμακα που βρέθηκαν:',
  subscribeChanges: 'Παρακολουθήστε αυτές τις αλλαγές:',
};

const es: FeedMessages = {
  medicineTitle: '{medicine}: cambios',
  medicineDescription: 'Cambios en la ficha de {medicine}: situación, documentos, información del producto y más, los más recientes primero.',
  whatsNewTitle: 'Novedades: cambios en los medicamentos',
  whatsNewDescription: 'Cambios en los medicamentos evaluados por la Agencia Europea de Medicamentos, los más recientes primero.',
  searchTitle: 'Cambios en los medicamentos que coinciden con «{query}»',
  searchTitleAll: 'Cambios en los medicamentos de una búsqueda',
  searchDescription: 'Cambios en los medicamentos que encuentra una búsqueda, los más recientes primero.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Siga los cambios de este medicamento:',
  subscribeSearch: 'Siga los cambios de los medicamentos encontrados:',
  subscribeChanges: 'Siga estos cambios:',
};

const et: FeedMessages = {
  medicineTitle: '{medicine}: muudatused',
  medicineDescription: 'Ravimi {medicine} andmete muudatused: staatus, dokumendid, ravimiteave ja muu, uusimad eespool.',
  whatsNewTitle: 'Uudised: ravimite muudatused',
  whatsNewDescription: 'Euroopa Ravimiameti hinnatud ravimite muudatused, uusimad eespool.',
  searchTitle: 'Päringule „{query}“ vastavate ravimite muudatused',
  searchTitleAll: 'Otsingu ravimite muudatused',
  searchDescription: 'Otsinguga leitud ravimite muudatused, uusimad eespool.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Jälgi selle ravimi muudatusi:',
  subscribeSearch: 'Jälgi leitud ravimite muudatusi:',
  subscribeChanges: 'Jälgi neid muudatusi:',
};

const fi: FeedMessages = {
  medicineTitle: '{medicine}: muutokset',
  medicineDescription: 'Muutokset lääkkeen {medicine} tietoihin: tila, asiakirjat, valmistetiedot ja muuta, uusimmat ensin.',
  whatsNewTitle: 'Uutta: lääkkeiden muutokset',
  whatsNewDescription: 'Muutokset Euroopan lääkeviraston arvioimiin lääkkeisiin, uusimmat ensin.',
  searchTitle: 'Muutokset lääkkeisiin, jotka vastaavat hakua ”{query}”',
  searchTitleAll: 'Muutokset haun lääkkeisiin',
  searchDescription: 'Muutokset haun löytämiin lääkkeisiin, uusimmat ensin.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Seuraa tämän lääkkeen muutoksia:',
  subscribeSearch: 'Seuraa löytyneiden lääkkeiden muutoksia:',
  subscribeChanges: 'Seuraa näitä muutoksia:',
};

const fr: FeedMessages = {
  medicineTitle: '{medicine} : modifications',
  medicineDescription: 'Modifications de la fiche de {medicine} : statut, documents, informations sur le produit et plus, les plus récentes d’abord.',
  whatsNewTitle: 'Nouveautés : modifications des médicaments',
  whatsNewDescription: 'Modifications des médicaments évalués par l’Agence européenne des médicaments, les plus récentes d’abord.',
  searchTitle: 'Modifications des médicaments correspondant à « {query} »',
  searchTitleAll: 'Modifications des médicaments d’une recherche',
  searchDescription: 'Modifications des médicaments trouvés par une recherche, les plus récentes d’abord.',
  itemTitle: '{medicine} : {summary}',
  subscribeMedicine: 'Suivre les modifications de ce médicament :',
  subscribeSearch: 'Suivre les modifications des médicaments trouvés :',
  subscribeChanges: 'Suivre ces modifications :',
};

const ga: FeedMessages = {
  medicineTitle: '{medicine}: athruithe',
  medicineDescription: 'Athruithe ar thaifead {medicine}: stádas, doiciméid, faisnéis an táirge agus tuilleadh, na cinn is déanaí ar dtús.',
  whatsNewTitle: 'Nuacht: athruithe ar chógais',
  whatsNewDescription: 'Athruithe ar chógais a mheas an Ghníomhaireacht Leigheasra Eorpach, na cinn is déanaí ar dtús.',
  searchTitle: 'Athruithe ar chógais a fhreagraíonn do “{query}”',
  searchTitleAll: 'Athruithe ar chógais i gcuardach',
  searchDescription: 'Athruithe ar na cógais a aimsíonn cuardach, na cinn is déanaí ar dtús.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Lean na hathruithe ar an gcógas seo:',
  subscribeSearch: 'Lean na hathruithe ar na cógais a aimsíodh:',
  subscribeChanges: 'Lean na hathruithe seo:',
};

const hr: FeedMessages = {
  medicineTitle: '{medicine}: promjene',
  medicineDescription: 'Promjene podataka o lijeku {medicine}: status, dokumenti, informacije o lijeku i drugo, najnovije prve.',
  whatsNewTitle: 'Novosti: promjene lijekova',
  whatsNewDescription: 'Promjene lijekova koje je ocijenila Europska agencija za lijekove, najnovije prve.',
  searchTitle: 'Promjene lijekova koji odgovaraju upitu „{query}”',
  searchTitleAll: 'Promjene lijekova iz pretraživanja',
  searchDescription: 'Promjene lijekova koje pronalazi pretraživanje, najnovije prve.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Pratite promjene ovog lijeka:',
  subscribeSearch: 'Pratite promjene pronađenih lijekova:',
  subscribeChanges: 'Pratite ove promjene:',
};

const hu: FeedMessages = {
  medicineTitle: '{medicine}: változások',
  medicineDescription: 'A(z) {medicine} adatainak változásai: státusz, dokumentumok, termékinformáció és más, a legújabbak elöl.',
  whatsNewTitle: 'Újdonságok: a gyógyszerek változásai',
  whatsNewDescription: 'Az Európai Gyógyszerügynökség által értékelt gyógyszerek változásai, a legújabbak elöl.',
  searchTitle: 'A(z) „{query}” keresésnek megfelelő gyógyszerek változásai',
  searchTitleAll: 'Egy keresés gyógyszereinek változásai',
  searchDescription: 'A keresés által talált gyógyszerek változásai, a legújabbak elöl.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Kövesse a gyógyszer változásait:',
  subscribeSearch: 'Kövesse a talált gyógyszerek változásait:',
  subscribeChanges: 'Kövesse ezeket a változásokat:',
};

const it: FeedMessages = {
  medicineTitle: '{medicine}: modifiche',
  medicineDescription: 'Modifiche alla scheda di {medicine}: stato, documenti, informazioni sul prodotto e altro, dalle più recenti.',
  whatsNewTitle: 'Novità: modifiche ai medicinali',
  whatsNewDescription: 'Modifiche ai medicinali valutati dall’Agenzia europea per i medicinali, dalle più recenti.',
  searchTitle: 'Modifiche ai medicinali corrispondenti a «{query}»',
  searchTitleAll: 'Modifiche ai medicinali di una ricerca',
  searchDescription: 'Modifiche ai medicinali trovati da una ricerca, dalle più recenti.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Segui le modifiche a questo medicinale:',
  subscribeSearch: 'Segui le modifiche ai medicinali trovati:',
  subscribeChanges: 'Segui queste modifiche:',
};

const lt: FeedMessages = {
  medicineTitle: '{medicine}: pakeitimai',
  medicineDescription: 'Vaisto {medicine} duomenų pakeitimai: statusas, dokumentai, informacija apie vaistą ir kita, naujausi pirmi.',
  whatsNewTitle: 'Naujienos: vaistų pakeitimai',
  whatsNewDescription: 'Europos vaistų agentūros įvertintų vaistų pakeitimai, naujausi pirmi.',
  searchTitle: 'Vaistų, atitinkančių „{query}“, pakeitimai',
  searchTitleAll: 'Paieškos vaistų pakeitimai',
  searchDescription: 'Paieškos rastų vaistų pakeitimai, naujausi pirmi.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Sekite šio vaisto pakeitimus:',
  subscribeSearch: 'Sekite rastų vaistų pakeitimus:',
  subscribeChanges: 'Sekite šiuos pakeitimus:',
};

const lv: FeedMessages = {
  medicineTitle: '{medicine}: izmaiņas',
  medicineDescription: 'Izmaiņas zāļu {medicine} datos: statuss, dokumenti, zāļu informācija un cits, jaunākās vispirms.',
  whatsNewTitle: 'Jaunumi: zāļu izmaiņas',
  whatsNewDescription: 'Eiropas Zāļu aģentūras vērtēto zāļu izmaiņas, jaunākās vispirms.',
  searchTitle: 'Izmaiņas zālēs, kas atbilst “{query}”',
  searchTitleAll: 'Meklēšanā atrasto zāļu izmaiņas',
  searchDescription: 'Meklēšanā atrasto zāļu izmaiņas, jaunākās vispirms.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Sekojiet šo zāļu izmaiņām:',
  subscribeSearch: 'Sekojiet atrasto zāļu izmaiņām:',
  subscribeChanges: 'Sekojiet šīm izmaiņām:',
};

const mt: FeedMessages = {
  medicineTitle: '{medicine}: bidliet',
  medicineDescription: 'Bidliet fir-rekord ta’ {medicine}: status, dokumenti, informazzjoni dwar il-prodott u aktar, l-aktar reċenti l-ewwel.',
  whatsNewTitle: 'X’hemm ġdid: bidliet fil-mediċini',
  whatsNewDescription: 'Bidliet fil-mediċini evalwati mill-Aġenzija Ewropea għall-Mediċini, l-aktar reċenti l-ewwel.',
  searchTitle: 'Bidliet fil-mediċini li jaqblu ma’ “{query}”',
  searchTitleAll: 'Bidliet fil-mediċini ta’ tfittxija',
  searchDescription: 'Bidliet fil-mediċini li ssib tfittxija, l-aktar reċenti l-ewwel.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Segwi l-bidliet f’din il-mediċina:',
  subscribeSearch: 'Segwi l-bidliet fil-mediċini misjuba:',
  subscribeChanges: 'Segwi dawn il-bidliet:',
};

const nl: FeedMessages = {
  medicineTitle: '{medicine}: wijzigingen',
  medicineDescription: 'Wijzigingen in de gegevens van {medicine}: status, documenten, productinformatie en meer, nieuwste eerst.',
  whatsNewTitle: 'Nieuw: wijzigingen in geneesmiddelen',
  whatsNewDescription: 'Wijzigingen in geneesmiddelen die het Europees Geneesmiddelenbureau heeft beoordeeld, nieuwste eerst.',
  searchTitle: 'Wijzigingen in geneesmiddelen die overeenkomen met ‘{query}’',
  searchTitleAll: 'Wijzigingen in de geneesmiddelen van een zoekopdracht',
  searchDescription: 'Wijzigingen in de geneesmiddelen die een zoekopdracht vindt, nieuwste eerst.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Volg wijzigingen in dit geneesmiddel:',
  subscribeSearch: 'Volg wijzigingen in de gevonden geneesmiddelen:',
  subscribeChanges: 'Volg deze wijzigingen:',
};

const pl: FeedMessages = {
  medicineTitle: '{medicine}: zmiany',
  medicineDescription: 'Zmiany w danych produktu {medicine}: status, dokumenty, informacje o produkcie i inne, od najnowszych.',
  whatsNewTitle: 'Nowości: zmiany w lekach',
  whatsNewDescription: 'Zmiany w lekach ocenionych przez Europejską Agencję Leków, od najnowszych.',
  searchTitle: 'Zmiany w lekach pasujących do „{query}”',
  searchTitleAll: 'Zmiany w lekach z wyszukiwania',
  searchDescription: 'Zmiany w lekach znalezionych w wyszukiwaniu, od najnowszych.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Obserwuj zmiany tego leku:',
  subscribeSearch: 'Obserwuj zmiany znalezionych leków:',
  subscribeChanges: 'Obserwuj te zmiany:',
};

const pt: FeedMessages = {
  medicineTitle: '{medicine}: alterações',
  medicineDescription: 'Alterações ao registo de {medicine}: estado, documentos, informação do produto e mais, as mais recentes primeiro.',
  whatsNewTitle: 'Novidades: alterações aos medicamentos',
  whatsNewDescription: 'Alterações aos medicamentos avaliados pela Agência Europeia de Medicamentos, as mais recentes primeiro.',
  searchTitle: 'Alterações aos medicamentos que correspondem a «{query}»',
  searchTitleAll: 'Alterações aos medicamentos de uma pesquisa',
  searchDescription: 'Alterações aos medicamentos que uma pesquisa encontra, as mais recentes primeiro.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Acompanhe as alterações a este medicamento:',
  subscribeSearch: 'Acompanhe as alterações aos medicamentos encontrados:',
  subscribeChanges: 'Acompanhe estas alterações:',
};

const ro: FeedMessages = {
  medicineTitle: '{medicine}: modificări',
  medicineDescription: 'Modificări ale datelor despre {medicine}: statut, documente, informații despre produs și altele, cele mai recente întâi.',
  whatsNewTitle: 'Noutăți: modificări ale medicamentelor',
  whatsNewDescription: 'Modificări ale medicamentelor evaluate de Agenția Europeană pentru Medicamente, cele mai recente întâi.',
  searchTitle: 'Modificări ale medicamentelor care corespund „{query}”',
  searchTitleAll: 'Modificări ale medicamentelor dintr-o căutare',
  searchDescription: 'Modificări ale medicamentelor găsite de o căutare, cele mai recente întâi.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Urmăriți modificările acestui medicament:',
  subscribeSearch: 'Urmăriți modificările medicamentelor găsite:',
  subscribeChanges: 'Urmăriți aceste modificări:',
};

const sk: FeedMessages = {
  medicineTitle: '{medicine}: zmeny',
  medicineDescription: 'Zmeny v údajoch o lieku {medicine}: stav, dokumenty, informácie o lieku a ďalšie, od najnovších.',
  whatsNewTitle: 'Novinky: zmeny liekov',
  whatsNewDescription: 'Zmeny liekov hodnotených Európskou agentúrou pre lieky, od najnovších.',
  searchTitle: 'Zmeny liekov zodpovedajúcich „{query}“',
  searchTitleAll: 'Zmeny liekov vo vyhľadávaní',
  searchDescription: 'Zmeny liekov nájdených vyhľadávaním, od najnovších.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Sledujte zmeny tohto lieku:',
  subscribeSearch: 'Sledujte zmeny nájdených liekov:',
  subscribeChanges: 'Sledujte tieto zmeny:',
};

const sl: FeedMessages = {
  medicineTitle: '{medicine}: spremembe',
  medicineDescription: 'Spremembe podatkov o zdravilu {medicine}: status, dokumenti, informacije o zdravilu in drugo, najnovejše najprej.',
  whatsNewTitle: 'Novosti: spremembe zdravil',
  whatsNewDescription: 'Spremembe zdravil, ki jih je ocenila Evropska agencija za zdravila, najnovejše najprej.',
  searchTitle: 'Spremembe zdravil, ki ustrezajo »{query}«',
  searchTitleAll: 'Spremembe zdravil iz iskanja',
  searchDescription: 'Spremembe zdravil, ki jih najde iskanje, najnovejše najprej.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Spremljajte spremembe tega zdravila:',
  subscribeSearch: 'Spremljajte spremembe najdenih zdravil:',
  subscribeChanges: 'Spremljajte te spremembe:',
};

const sv: FeedMessages = {
  medicineTitle: '{medicine}: ändringar',
  medicineDescription: 'Ändringar i uppgifterna om {medicine}: status, dokument, produktinformation med mera, nyaste först.',
  whatsNewTitle: 'Nyheter: ändringar av läkemedel',
  whatsNewDescription: 'Ändringar av läkemedel som Europeiska läkemedelsmyndigheten har utvärderat, nyaste först.',
  searchTitle: 'Ändringar av läkemedel som matchar ”{query}”',
  searchTitleAll: 'Ändringar av läkemedlen i en sökning',
  searchDescription: 'Ändringar av läkemedlen som en sökning hittar, nyaste först.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Följ ändringar av detta läkemedel:',
  subscribeSearch: 'Följ ändringar av de läkemedel som hittades:',
  subscribeChanges: 'Följ dessa ändringar:',
};

const is: FeedMessages = {
  medicineTitle: '{medicine}: breytingar',
  medicineDescription: 'Breytingar á upplýsingum um {medicine}: staða, skjöl, lyfjaupplýsingar og fleira, nýjustu fyrst.',
  whatsNewTitle: 'Nýtt: breytingar á lyfjum',
  whatsNewDescription: 'Breytingar á lyfjum sem Lyfjastofnun Evrópu hefur metið, nýjustu fyrst.',
  searchTitle: 'Breytingar á lyfjum sem passa við „{query}“',
  searchTitleAll: 'Breytingar á lyfjum í leit',
  searchDescription: 'Breytingar á lyfjunum sem leit finnur, nýjustu fyrst.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Fylgstu með breytingum á þessu lyfi:',
  subscribeSearch: 'Fylgstu með breytingum á lyfjunum sem fundust:',
  subscribeChanges: 'Fylgstu með þessum breytingum:',
};

const no: FeedMessages = {
  medicineTitle: '{medicine}: endringer',
  medicineDescription: 'Endringer i opplysningene om {medicine}: status, dokumenter, produktinformasjon med mer, nyeste først.',
  whatsNewTitle: 'Nytt: endringer i legemidler',
  whatsNewDescription: 'Endringer i legemidler som Det europeiske legemiddelkontoret har vurdert, nyeste først.',
  searchTitle: 'Endringer i legemidler som samsvarer med «{query}»',
  searchTitleAll: 'Endringer i legemidlene i et søk',
  searchDescription: 'Endringer i legemidlene et søk finner, nyeste først.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Følg endringer i dette legemiddelet:',
  subscribeSearch: 'Følg endringer i legemidlene som ble funnet:',
  subscribeChanges: 'Følg disse endringene:',
};

// Every language, so a key missing from one fails the type check.
const CATALOGUES: Readonly<Record<LanguageCode, FeedMessages>> = {
  bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv, is, no,
};

export function feedMessages(lang: LanguageCode): FeedMessages {
  return CATALOGUES[lang];
}
