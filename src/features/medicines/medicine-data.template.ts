/**
 * The data sections of a medicine's page: EMA's "All authorised presentations" (packs with their EU
 * numbers) and the post-authorisation procedures from the procedural-steps documents. The values
 * are EMA's English text, printed as given and marked `lang="en"` on pages in other languages; the
 * interface text of these two sections lives in the catalogue below, one entry per language.
 */
import type { LanguageCode } from '../../domain/languages.ts';
import type { Medicine } from '../../domain/medicine.ts';
import type { Presentation } from '../../domain/presentation.ts';
import type { Procedure, ProcedureType } from '../../domain/procedure.ts';
import { html, type SafeHtml } from '../../http/html.ts';
import { englishText, timeTag } from '../../http/layout.ts';
import type { PageContext } from '../../i18n/i18n.ts';

export interface DataMessages {
  /** Read out in place of the dash shown for an empty cell. */
  notStated: string;
  presentations: {
    heading: string;
    caption: string;
    columns: {
      euNumber: string;
      inventedName: string;
      strength: string;
      pharmaceuticalForm: string;
      routeOfAdministration: string;
      immediatePackaging: string;
      content: string;
      packSize: string;
    };
  };
  procedures: {
    heading: string;
    caption: string;
    columns: {
      number: string;
      type: string;
      scope: string;
      opinionDate: string;
      commissionDecisionDate: string;
      productInformationAffected: string;
      summary: string;
    };
    /** Visually hidden label before a procedure's other numbers. */
    otherNumbers: string;
    types: Record<ProcedureType, string>;
  };
}

/** Every language EMA publishes in; a missing language or key is a type error. */
export const MESSAGES: Record<LanguageCode, DataMessages> = {
  bg: {
    notStated: 'не е посочено',
    presentations: {
      heading: 'Разрешени опаковки',
      caption: 'Всички разрешени опаковки',
      columns: { euNumber: 'Номер в ЕС', inventedName: 'Търговско име', strength: 'Концентрация', pharmaceuticalForm: 'Лекарствена форма', routeOfAdministration: 'Път на въвеждане', immediatePackaging: 'Първична опаковка', content: 'Съдържание (концентрация)', packSize: 'Брой в опаковка' },
    },
    procedures: {
      heading: 'Процедури след разрешаването за употреба',
      caption: 'Процедури след разрешаването за употреба, като най-новите са първи',
      columns: { number: 'Номер на процедурата', type: 'Вид', scope: 'Обхват', opinionDate: 'Становище или уведомление', commissionDecisionDate: 'Решение на Комисията', productInformationAffected: 'Засегната продуктова информация', summary: 'Резюме' },
      otherNumbers: 'Други номера',
      types: { 'variation-ia': 'Промяна тип IA', 'variation-ib': 'Промяна тип IB', 'variation-ii': 'Промяна тип II', extension: 'Разширение', renewal: 'Подновяване', 'annual-reassessment': 'Ежегодна повторна оценка', psur: 'Периодичен актуализиран доклад за безопасност (ПАДБ)', transfer: 'Прехвърляне', referral: 'Сезиране', 'post-authorisation-measure': 'Мярка след разрешаването за употреба', other: 'Друго' },
    },
  },
  cs: {
    notStated: 'neuvedeno',
    presentations: {
      heading: 'Registrovaná balení',
      caption: 'Všechna registrovaná balení',
      columns: { euNumber: 'Registrační číslo EU', inventedName: 'Smyšlený název', strength: 'Síla', pharmaceuticalForm: 'Léková forma', routeOfAdministration: 'Cesta podání', immediatePackaging: 'Vnitřní obal', content: 'Obsah (koncentrace)', packSize: 'Velikost balení' },
    },
    procedures: {
      heading: 'Postupy po registraci',
      caption: 'Postupy po registraci, od nejnovějších',
      columns: { number: 'Číslo postupu', type: 'Typ', scope: 'Rozsah', opinionDate: 'Stanovisko nebo oznámení', commissionDecisionDate: 'Rozhodnutí Komise', productInformationAffected: 'Dotčené informace o přípravku', summary: 'Shrnutí' },
      otherNumbers: 'Další čísla',
      types: { 'variation-ia': 'Změna typu IA', 'variation-ib': 'Změna typu IB', 'variation-ii': 'Změna typu II', extension: 'Rozšíření', renewal: 'Prodloužení', 'annual-reassessment': 'Každoroční přehodnocení', psur: 'Pravidelně aktualizovaná zpráva o bezpečnosti (PSUR)', transfer: 'Převod', referral: 'Postup přezkoumání', 'post-authorisation-measure': 'Opatření po registraci', other: 'Jiné' },
    },
  },
  da: {
    notStated: 'ikke angivet',
    presentations: {
      heading: 'Godkendte pakninger',
      caption: 'Alle godkendte pakninger',
      columns: { euNumber: 'EU-nummer', inventedName: 'Særnavn', strength: 'Styrke', pharmaceuticalForm: 'Lægemiddelform', routeOfAdministration: 'Administrationsvej', immediatePackaging: 'Indre emballage', content: 'Indhold (koncentration)', packSize: 'Pakningsstørrelse' },
    },
    procedures: {
      heading: 'Procedurer efter godkendelsen',
      caption: 'Procedurer efter godkendelsen, nyeste først',
      columns: { number: 'Procedurenummer', type: 'Type', scope: 'Omfang', opinionDate: 'Udtalelse eller meddelelse', commissionDecisionDate: 'Kommissionens afgørelse', productInformationAffected: 'Berørt produktinformation', summary: 'Resumé' },
      otherNumbers: 'Andre numre',
      types: { 'variation-ia': 'Ændring type IA', 'variation-ib': 'Ændring type IB', 'variation-ii': 'Ændring type II', extension: 'Udvidelse', renewal: 'Fornyelse', 'annual-reassessment': 'Årlig revurdering', psur: 'Periodisk sikkerhedsopdatering (PSUR)', transfer: 'Overdragelse', referral: 'Indbringelse', 'post-authorisation-measure': 'Foranstaltning efter godkendelsen', other: 'Andet' },
    },
  },
  de: {
    notStated: 'nicht angegeben',
    presentations: {
      heading: 'Zugelassene Packungen',
      caption: 'Alle zugelassenen Packungen',
      columns: { euNumber: 'EU-Nummer', inventedName: 'Phantasiebezeichnung', strength: 'Stärke', pharmaceuticalForm: 'Darreichungsform', routeOfAdministration: 'Art der Anwendung', immediatePackaging: 'Primärverpackung', content: 'Inhalt (Konzentration)', packSize: 'Packungsgröße' },
    },
    procedures: {
      heading: 'Verfahren nach der Zulassung',
      caption: 'Verfahren nach der Zulassung, neueste zuerst',
      columns: { number: 'Verfahrensnummer', type: 'Art', scope: 'Gegenstand', opinionDate: 'Gutachten oder Mitteilung', commissionDecisionDate: 'Entscheidung der Kommission', productInformationAffected: 'Betroffene Produktinformation', summary: 'Zusammenfassung' },
      otherNumbers: 'Weitere Nummern',
      types: { 'variation-ia': 'Änderung Typ IA', 'variation-ib': 'Änderung Typ IB', 'variation-ii': 'Änderung Typ II', extension: 'Erweiterung', renewal: 'Verlängerung', 'annual-reassessment': 'Jährliche Neubeurteilung', psur: 'Regelmäßig aktualisierter Unbedenklichkeitsbericht (PSUR)', transfer: 'Übertragung', referral: 'Befassungsverfahren', 'post-authorisation-measure': 'Auflage nach der Zulassung', other: 'Sonstiges' },
    },
  },
  el: {
    notStated: 'δεν αναφέρεται',
    presentations: {
      heading: 'Εγκεκριμένες συσκευασίες',
      caption: 'Όλες οι εγκεκριμένες συσκευασίες',
      columns: { euNumber: 'Αριθμός ΕΕ', inventedName: 'Επινοηθείσα ονομασία', strength: 'Περιεκτικότητα', pharmaceuticalForm: 'Φαρμακοτεχνική μορφή', routeOfAdministration: 'Οδός χορήγησης', immediatePackaging: 'Στοιχειώδης συσκευασία', content: 'Περιεχόμενο (συγκέντρωση)', packSize: 'Μέγεθος συσκευασίας' },
    },
    procedures: {
      heading: 'Διαδικασίες μετά την έγκριση',
      caption: 'Διαδικασίες μετά την έγκριση, με πρώτες τις πιο πρόσφατες',
      columns: { number: 'Αριθμός διαδικασίας', type: 'Τύπος', scope: 'Αντικείμενο', opinionDate: 'Γνώμη ή κοινοποίηση', commissionDecisionDate: 'Απόφαση της Επιτροπής', productInformationAffected: 'Επηρεαζόμενες πληροφορίες προϊόντος', summary: 'Περίληψη' },
      otherNumbers: 'Άλλοι αριθμοί',
      types: { 'variation-ia': 'Τροποποίηση τύπου IA', 'variation-ib': 'Τροποποίηση τύπου IB', 'variation-ii': 'Τροποποίηση τύπου II', extension: 'Επέκταση', renewal: 'Ανανέωση', 'annual-reassessment': 'Ετήσια επανεκτίμηση', psur: 'Έκθεση περιοδικής παρακολούθησης της ασφάλειας (ΕΠΠΑ)', transfer: 'Μεταβίβαση', referral: 'Παραπομπή', 'post-authorisation-measure': 'Μέτρο μετά την έγκριση', other: 'Άλλο' },
    },
  },
  en: {
    notStated: 'not stated',
    presentations: {
      heading: 'Authorised presentations',
      caption: 'All authorised presentations',
      columns: { euNumber: 'EU number', inventedName: 'Invented name', strength: 'Strength', pharmaceuticalForm: 'Pharmaceutical form', routeOfAdministration: 'Route of administration', immediatePackaging: 'Immediate packaging', content: 'Content (concentration)', packSize: 'Pack size' },
    },
    procedures: {
      heading: 'Post-authorisation procedures',
      caption: 'Post-authorisation procedures, newest first',
      columns: { number: 'Procedure number', type: 'Type', scope: 'Scope', opinionDate: 'Opinion or notification', commissionDecisionDate: 'Commission decision', productInformationAffected: 'Product information affected', summary: 'Summary' },
      otherNumbers: 'Other numbers',
      types: { 'variation-ia': 'Variation type IA', 'variation-ib': 'Variation type IB', 'variation-ii': 'Variation type II', extension: 'Extension', renewal: 'Renewal', 'annual-reassessment': 'Annual reassessment', psur: 'Periodic safety update report (PSUR)', transfer: 'Transfer', referral: 'Referral', 'post-authorisation-measure': 'Post-authorisation measure', other: 'Other' },
    },
  },
  es: {
    notStated: 'no consta',
    presentations: {
      heading: 'Presentaciones autorizadas',
      caption: 'Todas las presentaciones autorizadas',
      columns: { euNumber: 'Número UE', inventedName: 'Nombre de fantasía', strength: 'Dosis', pharmaceuticalForm: 'Forma farmacéutica', routeOfAdministration: 'Vía de administración', immediatePackaging: 'Acondicionamiento primario', content: 'Contenido (concentración)', packSize: 'Tamaño del envase' },
    },
    procedures: {
      heading: 'Procedimientos posteriores a la autorización',
      caption: 'Procedimientos posteriores a la autorización, del más reciente al más antiguo',
      columns: { number: 'Número de procedimiento', type: 'Tipo', scope: 'Alcance', opinionDate: 'Dictamen o notificación', commissionDecisionDate: 'Decisión de la Comisión', productInformationAffected: 'Información del producto afectada', summary: 'Resumen' },
      otherNumbers: 'Otros números',
      types: { 'variation-ia': 'Modificación de tipo IA', 'variation-ib': 'Modificación de tipo IB', 'variation-ii': 'Modificación de tipo II', extension: 'Extensión', renewal: 'Renovación', 'annual-reassessment': 'Reevaluación anual', psur: 'Informe periódico de seguridad (IPS)', transfer: 'Transferencia', referral: 'Procedimiento de arbitraje', 'post-authorisation-measure': 'Medida posautorización', other: 'Otro' },
    },
  },
  et: {
    notStated: 'ei ole märgitud',
    presentations: {
      heading: 'Müügiloaga pakendid',
      caption: 'Kõik müügiloaga pakendid',
      columns: { euNumber: 'ELi number', inventedName: 'Väljamõeldud nimetus', strength: 'Tugevus', pharmaceuticalForm: 'Ravimvorm', routeOfAdministration: 'Manustamisviis', immediatePackaging: 'Sisepakend', content: 'Sisu (kontsentratsioon)', packSize: 'Pakendi suurus' },
    },
    procedures: {
      heading: 'Müügiloa järgsed menetlused',
      caption: 'Müügiloa järgsed menetlused, uuemad eespool',
      columns: { number: 'Menetluse number', type: 'Liik', scope: 'Ulatus', opinionDate: 'Arvamus või teatis', commissionDecisionDate: 'Komisjoni otsus', productInformationAffected: 'Muudetud ravimiteave', summary: 'Kokkuvõte' },
      otherNumbers: 'Muud numbrid',
      types: { 'variation-ia': 'IA tüüpi muudatus', 'variation-ib': 'IB tüüpi muudatus', 'variation-ii': 'II tüüpi muudatus', extension: 'Laiendamine', renewal: 'Uuendamine', 'annual-reassessment': 'Iga-aastane uuesti hindamine', psur: 'Perioodiline ohutusaruanne (PSUR)', transfer: 'Üleandmine', referral: 'Esildismenetlus', 'post-authorisation-measure': 'Müügiloa järgne meede', other: 'Muu' },
    },
  },
  fi: {
    notStated: 'ei ilmoitettu',
    presentations: {
      heading: 'Hyväksytyt pakkaukset',
      caption: 'Kaikki hyväksytyt pakkaukset',
      columns: { euNumber: 'EU-numero', inventedName: 'Kauppanimi', strength: 'Vahvuus', pharmaceuticalForm: 'Lääkemuoto', routeOfAdministration: 'Antoreitti', immediatePackaging: 'Sisäpakkaus', content: 'Sisältö (pitoisuus)', packSize: 'Pakkauskoko' },
    },
    procedures: {
      heading: 'Myyntiluvan myöntämisen jälkeiset menettelyt',
      caption: 'Myyntiluvan myöntämisen jälkeiset menettelyt, uusin ensin',
      columns: { number: 'Menettelyn numero', type: 'Tyyppi', scope: 'Laajuus', opinionDate: 'Lausunto tai ilmoitus', commissionDecisionDate: 'Komission päätös', productInformationAffected: 'Muutokset valmistetietoihin', summary: 'Yhteenveto' },
      otherNumbers: 'Muut numerot',
      types: { 'variation-ia': 'Tyypin IA muutos', 'variation-ib': 'Tyypin IB muutos', 'variation-ii': 'Tyypin II muutos', extension: 'Laajennus', renewal: 'Uudistaminen', 'annual-reassessment': 'Vuotuinen uudelleenarviointi', psur: 'Määräaikainen turvallisuuskatsaus (PSUR)', transfer: 'Siirto', referral: 'Lausuntopyyntömenettely', 'post-authorisation-measure': 'Myyntiluvan myöntämisen jälkeinen toimenpide', other: 'Muu' },
    },
  },
  fr: {
    notStated: 'non précisé',
    presentations: {
      heading: 'Présentations autorisées',
      caption: 'Toutes les présentations autorisées',
      columns: { euNumber: 'Numéro UE', inventedName: 'Nom de fantaisie', strength: 'Dosage', pharmaceuticalForm: 'Forme pharmaceutique', routeOfAdministration: "Voie d'administration", immediatePackaging: 'Conditionnement primaire', content: 'Contenu (concentration)', packSize: 'Taille du conditionnement' },
    },
    procedures: {
      heading: "Procédures postérieures à l'autorisation",
      caption: "Procédures postérieures à l'autorisation, des plus récentes aux plus anciennes",
      columns: { number: 'Numéro de procédure', type: 'Type', scope: 'Portée', opinionDate: 'Avis ou notification', commissionDecisionDate: 'Décision de la Commission', productInformationAffected: 'Informations sur le produit modifiées', summary: 'Résumé' },
      otherNumbers: 'Autres numéros',
      types: { 'variation-ia': 'Modification de type IA', 'variation-ib': 'Modification de type IB', 'variation-ii': 'Modification de type II', extension: 'Extension', renewal: 'Renouvellement', 'annual-reassessment': 'Réévaluation annuelle', psur: 'Rapport périodique actualisé de sécurité (PSUR)', transfer: 'Transfert', referral: 'Saisine', 'post-authorisation-measure': "Mesure postérieure à l'autorisation", other: 'Autre' },
    },
  },
  ga: {
    notStated: 'níl sé luaite',
    presentations: {
      heading: 'Pacáistí údaraithe',
      caption: 'Gach pacáiste údaraithe',
      columns: { euNumber: 'Uimhir AE', inventedName: 'Ainm ceaptha', strength: 'Neart', pharmaceuticalForm: 'Foirm chógaisíochta', routeOfAdministration: 'Bealach riaracháin', immediatePackaging: 'Pacáistiú láithreach', content: 'Ábhar (tiúchan)', packSize: 'Méid an phacáiste' },
    },
    procedures: {
      heading: 'Nósanna imeachta iar-údaraithe',
      caption: 'Nósanna imeachta iar-údaraithe, an ceann is déanaí ar dtús',
      columns: { number: 'Uimhir an nós imeachta', type: 'Cineál', scope: 'Raon feidhme', opinionDate: 'Tuairim nó fógra', commissionDecisionDate: 'Cinneadh ón gCoimisiún', productInformationAffected: 'Faisnéis faoin táirge a ndearnadh difear di', summary: 'Achoimre' },
      otherNumbers: 'Uimhreacha eile',
      types: { 'variation-ia': 'Athrú de chineál IA', 'variation-ib': 'Athrú de chineál IB', 'variation-ii': 'Athrú de chineál II', extension: 'Síneadh', renewal: 'Athnuachan', 'annual-reassessment': 'Athmheasúnú bliantúil', psur: 'Tuarascáil thréimhsiúil nuashonraithe sábháilteachta (PSUR)', transfer: 'Aistriú', referral: 'Atreorú', 'post-authorisation-measure': 'Beart iar-údaraithe', other: 'Eile' },
    },
  },
  hr: {
    notStated: 'nije navedeno',
    presentations: {
      heading: 'Odobrena pakiranja',
      caption: 'Sva odobrena pakiranja',
      columns: { euNumber: 'Broj EU-a', inventedName: 'Izmišljeni naziv', strength: 'Jačina', pharmaceuticalForm: 'Farmaceutski oblik', routeOfAdministration: 'Put primjene', immediatePackaging: 'Unutarnje pakiranje', content: 'Sadržaj (koncentracija)', packSize: 'Veličina pakiranja' },
    },
    procedures: {
      heading: 'Postupci nakon odobrenja',
      caption: 'Postupci nakon odobrenja, od najnovijih',
      columns: { number: 'Broj postupka', type: 'Vrsta', scope: 'Opseg', opinionDate: 'Mišljenje ili obavijest', commissionDecisionDate: 'Odluka Komisije', productInformationAffected: 'Izmijenjene informacije o lijeku', summary: 'Sažetak' },
      otherNumbers: 'Drugi brojevi',
      types: { 'variation-ia': 'Izmjena tipa IA', 'variation-ib': 'Izmjena tipa IB', 'variation-ii': 'Izmjena tipa II', extension: 'Proširenje', renewal: 'Obnova', 'annual-reassessment': 'Godišnja ponovna procjena', psur: 'Periodičko izvješće o neškodljivosti (PSUR)', transfer: 'Prijenos', referral: 'Postupak upućivanja', 'post-authorisation-measure': 'Mjera nakon odobrenja', other: 'Ostalo' },
    },
  },
  hu: {
    notStated: 'nincs megadva',
    presentations: {
      heading: 'Engedélyezett kiszerelések',
      caption: 'Az összes engedélyezett kiszerelés',
      columns: { euNumber: 'EU-szám', inventedName: 'Törzskönyvezett megnevezés', strength: 'Hatáserősség', pharmaceuticalForm: 'Gyógyszerforma', routeOfAdministration: 'Alkalmazási mód', immediatePackaging: 'Közvetlen csomagolás', content: 'Tartalom (koncentráció)', packSize: 'Kiszerelési egység' },
    },
    procedures: {
      heading: 'Engedélyezés utáni eljárások',
      caption: 'Engedélyezés utáni eljárások, a legújabbal kezdve',
      columns: { number: 'Eljárási szám', type: 'Típus', scope: 'Tárgy', opinionDate: 'Vélemény vagy értesítés', commissionDecisionDate: 'Bizottsági határozat', productInformationAffected: 'Érintett kísérőiratok', summary: 'Összefoglaló' },
      otherNumbers: 'További számok',
      types: { 'variation-ia': 'IA típusú módosítás', 'variation-ib': 'IB típusú módosítás', 'variation-ii': 'II típusú módosítás', extension: 'Kiterjesztés', renewal: 'Megújítás', 'annual-reassessment': 'Éves újraértékelés', psur: 'Időszakos gyógyszerbiztonsági jelentés (PSUR)', transfer: 'Átruházás', referral: 'Beterjesztési eljárás', 'post-authorisation-measure': 'Engedélyezés utáni intézkedés', other: 'Egyéb' },
    },
  },
  it: {
    notStated: 'non indicato',
    presentations: {
      heading: 'Confezioni autorizzate',
      caption: 'Tutte le confezioni autorizzate',
      columns: { euNumber: 'Numero UE', inventedName: 'Denominazione di fantasia', strength: 'Dosaggio', pharmaceuticalForm: 'Forma farmaceutica', routeOfAdministration: 'Via di somministrazione', immediatePackaging: 'Confezionamento primario', content: 'Contenuto (concentrazione)', packSize: 'Confezione' },
    },
    procedures: {
      heading: "Procedure successive all'autorizzazione",
      caption: "Procedure successive all'autorizzazione, dalla più recente",
      columns: { number: 'Numero della procedura', type: 'Tipo', scope: 'Ambito', opinionDate: 'Parere o notifica', commissionDecisionDate: 'Decisione della Commissione', productInformationAffected: 'Informazioni sul prodotto interessate', summary: 'Sintesi' },
      otherNumbers: 'Altri numeri',
      types: { 'variation-ia': 'Variazione di tipo IA', 'variation-ib': 'Variazione di tipo IB', 'variation-ii': 'Variazione di tipo II', extension: 'Estensione', renewal: 'Rinnovo', 'annual-reassessment': 'Rivalutazione annuale', psur: 'Rapporto periodico di aggiornamento sulla sicurezza (PSUR)', transfer: 'Trasferimento', referral: 'Deferimento', 'post-authorisation-measure': "Misura successiva all'autorizzazione", other: 'Altro' },
    },
  },
  lt: {
    notStated: 'nenurodyta',
    presentations: {
      heading: 'Registruotos pakuotės',
      caption: 'Visos registruotos pakuotės',
      columns: { euNumber: 'ES numeris', inventedName: 'Sugalvotas pavadinimas', strength: 'Stiprumas', pharmaceuticalForm: 'Farmacinė forma', routeOfAdministration: 'Vartojimo būdas', immediatePackaging: 'Vidinė pakuotė', content: 'Turinys (koncentracija)', packSize: 'Pakuotės dydis' },
    },
    procedures: {
      heading: 'Poregistracinės procedūros',
      caption: 'Poregistracinės procedūros, naujausios pirmiau',
      columns: { number: 'Procedūros numeris', type: 'Tipas', scope: 'Apimtis', opinionDate: 'Nuomonė arba pranešimas', commissionDecisionDate: 'Komisijos sprendimas', productInformationAffected: 'Pakeista informacija apie vaistinį preparatą', summary: 'Santrauka' },
      otherNumbers: 'Kiti numeriai',
      types: { 'variation-ia': 'IA tipo keitimas', 'variation-ib': 'IB tipo keitimas', 'variation-ii': 'II tipo keitimas', extension: 'Išplėtimas', renewal: 'Perregistravimas', 'annual-reassessment': 'Kasmetinis pakartotinis vertinimas', psur: 'Periodiškai atnaujinamas saugumo protokolas (PASP)', transfer: 'Perdavimas', referral: 'Kreipimosi procedūra', 'post-authorisation-measure': 'Poregistracinė priemonė', other: 'Kita' },
    },
  },
  lv: {
    notStated: 'nav norādīts',
    presentations: {
      heading: 'Reģistrētie iepakojumi',
      caption: 'Visi reģistrētie iepakojumi',
      columns: { euNumber: 'ES numurs', inventedName: 'Izdomātais nosaukums', strength: 'Stiprums', pharmaceuticalForm: 'Zāļu forma', routeOfAdministration: 'Ievadīšanas veids', immediatePackaging: 'Tiešais iepakojums', content: 'Saturs (koncentrācija)', packSize: 'Iepakojuma lielums' },
    },
    procedures: {
      heading: 'Pēcreģistrācijas procedūras',
      caption: 'Pēcreģistrācijas procedūras, jaunākās vispirms',
      columns: { number: 'Procedūras numurs', type: 'Veids', scope: 'Tvērums', opinionDate: 'Atzinums vai paziņojums', commissionDecisionDate: 'Komisijas lēmums', productInformationAffected: 'Skartā zāļu informācija', summary: 'Kopsavilkums' },
      otherNumbers: 'Citi numuri',
      types: { 'variation-ia': 'IA tipa izmaiņas', 'variation-ib': 'IB tipa izmaiņas', 'variation-ii': 'II tipa izmaiņas', extension: 'Paplašināšana', renewal: 'Pārreģistrācija', 'annual-reassessment': 'Ikgadēja atkārtota novērtēšana', psur: 'Periodiski atjaunojams drošuma ziņojums (PSUR)', transfer: 'Nodošana', referral: 'Pārskatīšanas procedūra', 'post-authorisation-measure': 'Pēcreģistrācijas pasākums', other: 'Cits' },
    },
  },
  mt: {
    notStated: 'mhux iddikjarat',
    presentations: {
      heading: 'Pakketti awtorizzati',
      caption: 'Il-pakketti awtorizzati kollha',
      columns: { euNumber: 'Numru tal-UE', inventedName: 'Isem ivvintat', strength: 'Qawwa', pharmaceuticalForm: 'Għamla farmaċewtika', routeOfAdministration: "Mod ta' kif jingħata", immediatePackaging: 'Ippakkjar immedjat', content: 'Kontenut (konċentrazzjoni)', packSize: 'Daqs tal-pakkett' },
    },
    procedures: {
      heading: "Proċeduri ta' wara l-awtorizzazzjoni",
      caption: "Proċeduri ta' wara l-awtorizzazzjoni, l-aktar riċenti l-ewwel",
      columns: { number: 'Numru tal-proċedura', type: 'Tip', scope: 'Ambitu', opinionDate: 'Opinjoni jew notifika', commissionDecisionDate: 'Deċiżjoni tal-Kummissjoni', productInformationAffected: 'Informazzjoni dwar il-prodott affettwata', summary: 'Sommarju' },
      otherNumbers: 'Numri oħra',
      types: { 'variation-ia': 'Varjazzjoni tat-tip IA', 'variation-ib': 'Varjazzjoni tat-tip IB', 'variation-ii': 'Varjazzjoni tat-tip II', extension: 'Estensjoni', renewal: 'Tiġdid', 'annual-reassessment': 'Evalwazzjoni mill-ġdid annwali', psur: 'Rapport perjodiku aġġornat dwar is-sigurtà (PSUR)', transfer: 'Trasferiment', referral: 'Riferiment', 'post-authorisation-measure': "Miżura ta' wara l-awtorizzazzjoni", other: 'Oħrajn' },
    },
  },
  nl: {
    notStated: 'niet vermeld',
    presentations: {
      heading: 'Toegelaten verpakkingen',
      caption: 'Alle toegelaten verpakkingen',
      columns: { euNumber: 'EU-nummer', inventedName: 'Fantasienaam', strength: 'Sterkte', pharmaceuticalForm: 'Farmaceutische vorm', routeOfAdministration: 'Toedieningsweg', immediatePackaging: 'Primaire verpakking', content: 'Inhoud (concentratie)', packSize: 'Verpakkingsgrootte' },
    },
    procedures: {
      heading: 'Procedures na vergunningverlening',
      caption: 'Procedures na vergunningverlening, nieuwste eerst',
      columns: { number: 'Procedurenummer', type: 'Type', scope: 'Reikwijdte', opinionDate: 'Advies of kennisgeving', commissionDecisionDate: 'Besluit van de Commissie', productInformationAffected: 'Gewijzigde productinformatie', summary: 'Samenvatting' },
      otherNumbers: 'Andere nummers',
      types: { 'variation-ia': 'Wijziging type IA', 'variation-ib': 'Wijziging type IB', 'variation-ii': 'Wijziging type II', extension: 'Uitbreiding', renewal: 'Verlenging', 'annual-reassessment': 'Jaarlijkse herbeoordeling', psur: 'Periodiek veiligheidsverslag (PSUR)', transfer: 'Overdracht', referral: 'Verwijzing', 'post-authorisation-measure': 'Maatregel na vergunningverlening', other: 'Overig' },
    },
  },
  pl: {
    notStated: 'nie podano',
    presentations: {
      heading: 'Dopuszczone opakowania',
      caption: 'Wszystkie dopuszczone opakowania',
      columns: { euNumber: 'Numer UE', inventedName: 'Nazwa własna', strength: 'Moc', pharmaceuticalForm: 'Postać farmaceutyczna', routeOfAdministration: 'Droga podania', immediatePackaging: 'Opakowanie bezpośrednie', content: 'Zawartość (stężenie)', packSize: 'Wielkość opakowania' },
    },
    procedures: {
      heading: 'Procedury po dopuszczeniu do obrotu',
      caption: 'Procedury po dopuszczeniu do obrotu, od najnowszych',
      columns: { number: 'Numer procedury', type: 'Rodzaj', scope: 'Zakres', opinionDate: 'Opinia lub powiadomienie', commissionDecisionDate: 'Decyzja Komisji', productInformationAffected: 'Zmieniona informacja o produkcie', summary: 'Streszczenie' },
      otherNumbers: 'Inne numery',
      types: { 'variation-ia': 'Zmiana typu IA', 'variation-ib': 'Zmiana typu IB', 'variation-ii': 'Zmiana typu II', extension: 'Rozszerzenie', renewal: 'Przedłużenie', 'annual-reassessment': 'Coroczna ponowna ocena', psur: 'Okresowy raport o bezpieczeństwie (PSUR)', transfer: 'Przeniesienie', referral: 'Procedura wyjaśniająca', 'post-authorisation-measure': 'Środek po dopuszczeniu do obrotu', other: 'Inne' },
    },
  },
  pt: {
    notStated: 'não indicado',
    presentations: {
      heading: 'Apresentações autorizadas',
      caption: 'Todas as apresentações autorizadas',
      columns: { euNumber: 'Número UE', inventedName: 'Nome de fantasia', strength: 'Dosagem', pharmaceuticalForm: 'Forma farmacêutica', routeOfAdministration: 'Via de administração', immediatePackaging: 'Acondicionamento primário', content: 'Conteúdo (concentração)', packSize: 'Tamanho da embalagem' },
    },
    procedures: {
      heading: 'Procedimentos pós-autorização',
      caption: 'Procedimentos pós-autorização, do mais recente para o mais antigo',
      columns: { number: 'Número do procedimento', type: 'Tipo', scope: 'Âmbito', opinionDate: 'Parecer ou notificação', commissionDecisionDate: 'Decisão da Comissão', productInformationAffected: 'Informação do medicamento afetada', summary: 'Resumo' },
      otherNumbers: 'Outros números',
      types: { 'variation-ia': 'Alteração do tipo IA', 'variation-ib': 'Alteração do tipo IB', 'variation-ii': 'Alteração do tipo II', extension: 'Extensão', renewal: 'Renovação', 'annual-reassessment': 'Reavaliação anual', psur: 'Relatório periódico de segurança (RPS)', transfer: 'Transferência', referral: 'Procedimento de consulta', 'post-authorisation-measure': 'Medida pós-autorização', other: 'Outro' },
    },
  },
  ro: {
    notStated: 'nu este precizat',
    presentations: {
      heading: 'Ambalaje autorizate',
      caption: 'Toate ambalajele autorizate',
      columns: { euNumber: 'Număr UE', inventedName: 'Denumire inventată', strength: 'Concentrație', pharmaceuticalForm: 'Formă farmaceutică', routeOfAdministration: 'Calea de administrare', immediatePackaging: 'Ambalaj primar', content: 'Conținut (concentrație)', packSize: 'Mărimea ambalajului' },
    },
    procedures: {
      heading: 'Proceduri ulterioare autorizării',
      caption: 'Proceduri ulterioare autorizării, începând cu cea mai recentă',
      columns: { number: 'Numărul procedurii', type: 'Tip', scope: 'Domeniu de aplicare', opinionDate: 'Aviz sau notificare', commissionDecisionDate: 'Decizia Comisiei', productInformationAffected: 'Informații despre produs modificate', summary: 'Rezumat' },
      otherNumbers: 'Alte numere',
      types: { 'variation-ia': 'Variație de tip IA', 'variation-ib': 'Variație de tip IB', 'variation-ii': 'Variație de tip II', extension: 'Extensie', renewal: 'Reînnoire', 'annual-reassessment': 'Reevaluare anuală', psur: 'Raport periodic actualizat privind siguranța (RPAS)', transfer: 'Transfer', referral: 'Sesizare', 'post-authorisation-measure': 'Măsură ulterioară autorizării', other: 'Altele' },
    },
  },
  sk: {
    notStated: 'neuvedené',
    presentations: {
      heading: 'Registrované balenia',
      caption: 'Všetky registrované balenia',
      columns: { euNumber: 'Číslo EÚ', inventedName: 'Vymyslený názov', strength: 'Sila', pharmaceuticalForm: 'Lieková forma', routeOfAdministration: 'Spôsob podávania', immediatePackaging: 'Vnútorný obal', content: 'Obsah (koncentrácia)', packSize: 'Veľkosť balenia' },
    },
    procedures: {
      heading: 'Postupy po registrácii',
      caption: 'Postupy po registrácii, od najnovších',
      columns: { number: 'Číslo postupu', type: 'Typ', scope: 'Rozsah', opinionDate: 'Stanovisko alebo oznámenie', commissionDecisionDate: 'Rozhodnutie Komisie', productInformationAffected: 'Dotknuté informácie o lieku', summary: 'Zhrnutie' },
      otherNumbers: 'Ďalšie čísla',
      types: { 'variation-ia': 'Zmena typu IA', 'variation-ib': 'Zmena typu IB', 'variation-ii': 'Zmena typu II', extension: 'Rozšírenie', renewal: 'Predĺženie', 'annual-reassessment': 'Každoročné prehodnotenie', psur: 'Periodicky aktualizovaná správa o bezpečnosti (PSUR)', transfer: 'Prevod', referral: 'Postúpenie veci', 'post-authorisation-measure': 'Opatrenie po registrácii', other: 'Iné' },
    },
  },
  sl: {
    notStated: 'ni navedeno',
    presentations: {
      heading: 'Odobrena pakiranja',
      caption: 'Vsa odobrena pakiranja',
      columns: { euNumber: 'Številka EU', inventedName: 'Izmišljeno ime', strength: 'Jakost', pharmaceuticalForm: 'Farmacevtska oblika', routeOfAdministration: 'Pot uporabe', immediatePackaging: 'Stična ovojnina', content: 'Vsebina (koncentracija)', packSize: 'Velikost pakiranja' },
    },
    procedures: {
      heading: 'Postopki po pridobitvi dovoljenja',
      caption: 'Postopki po pridobitvi dovoljenja, od najnovejšega',
      columns: { number: 'Številka postopka', type: 'Vrsta', scope: 'Obseg', opinionDate: 'Mnenje ali obvestilo', commissionDecisionDate: 'Odločba Komisije', productInformationAffected: 'Spremenjene informacije o zdravilu', summary: 'Povzetek' },
      otherNumbers: 'Druge številke',
      types: { 'variation-ia': 'Sprememba tipa IA', 'variation-ib': 'Sprememba tipa IB', 'variation-ii': 'Sprememba tipa II', extension: 'Razširitev', renewal: 'Podaljšanje', 'annual-reassessment': 'Letna ponovna ocena', psur: 'Redno posodobljeno poročilo o varnosti zdravila (PSUR)', transfer: 'Prenos', referral: 'Napotitveni postopek', 'post-authorisation-measure': 'Ukrep po pridobitvi dovoljenja', other: 'Drugo' },
    },
  },
  sv: {
    notStated: 'ej angivet',
    presentations: {
      heading: 'Godkända förpackningar',
      caption: 'Alla godkända förpackningar',
      columns: { euNumber: 'EU-nummer', inventedName: 'Fantasinamn', strength: 'Styrka', pharmaceuticalForm: 'Läkemedelsform', routeOfAdministration: 'Administreringsväg', immediatePackaging: 'Innerförpackning', content: 'Innehåll (koncentration)', packSize: 'Förpackningsstorlek' },
    },
    procedures: {
      heading: 'Förfaranden efter godkännandet',
      caption: 'Förfaranden efter godkännandet, nyaste först',
      columns: { number: 'Förfarandenummer', type: 'Typ', scope: 'Omfattning', opinionDate: 'Yttrande eller meddelande', commissionDecisionDate: 'Kommissionens beslut', productInformationAffected: 'Berörd produktinformation', summary: 'Sammanfattning' },
      otherNumbers: 'Andra nummer',
      types: { 'variation-ia': 'Ändring typ IA', 'variation-ib': 'Ändring typ IB', 'variation-ii': 'Ändring typ II', extension: 'Utvidgning', renewal: 'Förnyelse', 'annual-reassessment': 'Årlig omprövning', psur: 'Periodisk säkerhetsrapport (PSUR)', transfer: 'Överlåtelse', referral: 'Hänskjutningsförfarande', 'post-authorisation-measure': 'Åtgärd efter godkännandet', other: 'Övrigt' },
    },
  },
  is: {
    notStated: 'ekki tilgreint',
    presentations: {
      heading: 'Samþykktar pakkningar',
      caption: 'Allar samþykktar pakkningar',
      columns: { euNumber: 'ESB-númer', inventedName: 'Sérheiti', strength: 'Styrkleiki', pharmaceuticalForm: 'Lyfjaform', routeOfAdministration: 'Íkomuleið', immediatePackaging: 'Innri umbúðir', content: 'Innihald (styrkur)', packSize: 'Pakkningastærð' },
    },
    procedures: {
      heading: 'Ferli eftir veitingu markaðsleyfis',
      caption: 'Ferli eftir veitingu markaðsleyfis, nýjustu fyrst',
      columns: { number: 'Númer ferlis', type: 'Tegund', scope: 'Umfang', opinionDate: 'Álit eða tilkynning', commissionDecisionDate: 'Ákvörðun framkvæmdastjórnarinnar', productInformationAffected: 'Lyfjaupplýsingar sem breytast', summary: 'Samantekt' },
      otherNumbers: 'Önnur númer',
      types: { 'variation-ia': 'Breyting af tegund IA', 'variation-ib': 'Breyting af tegund IB', 'variation-ii': 'Breyting af tegund II', extension: 'Rýmkun', renewal: 'Endurnýjun', 'annual-reassessment': 'Árlegt endurmat', psur: 'Samantekt um öryggi lyfsins (PSUR)', transfer: 'Framsal', referral: 'Málskot', 'post-authorisation-measure': 'Ráðstöfun eftir veitingu markaðsleyfis', other: 'Annað' },
    },
  },
  no: {
    notStated: 'ikke oppgitt',
    presentations: {
      heading: 'Godkjente pakninger',
      caption: 'Alle godkjente pakninger',
      columns: { euNumber: 'EU-nummer', inventedName: 'Preparatnavn', strength: 'Styrke', pharmaceuticalForm: 'Legemiddelform', routeOfAdministration: 'Administrasjonsvei', immediatePackaging: 'Indre emballasje', content: 'Innhold (konsentrasjon)', packSize: 'Pakningsstørrelse' },
    },
    procedures: {
      heading: 'Prosedyrer etter godkjenning',
      caption: 'Prosedyrer etter godkjenning, nyeste først',
      columns: { number: 'Prosedyrenummer', type: 'Type', scope: 'Omfang', opinionDate: 'Uttalelse eller melding', commissionDecisionDate: 'Kommisjonens vedtak', productInformationAffected: 'Berørt produktinformasjon', summary: 'Sammendrag' },
      otherNumbers: 'Andre numre',
      types: { 'variation-ia': 'Endring type IA', 'variation-ib': 'Endring type IB', 'variation-ii': 'Endring type II', extension: 'Utvidelse', renewal: 'Fornyelse', 'annual-reassessment': 'Årlig revurdering', psur: 'Periodisk sikkerhetsoppdateringsrapport (PSUR)', transfer: 'Overdragelse', referral: 'Henvisningsprosedyre', 'post-authorisation-measure': 'Tiltak etter godkjenning', other: 'Annet' },
    },
  },
};

/** Scope text longer than this is folded into a `<details>` whose summary is its first sentence. */
const LONG_SCOPE = 300;

/** The dash shown for an empty cell; screen readers hear "not stated" instead. */
function notStated(t: DataMessages): SafeHtml {
  return html`<span aria-hidden="true">–</span><span class="visually-hidden">${t.notStated}</span>`;
}

/** A cell holding EMA's English text, or the dash when the value is missing or blank. */
function englishCell(ctx: PageContext, t: DataMessages, value: string | null, format: (text: string) => SafeHtml | string = (x) => x): SafeHtml {
  const text = value?.trim();
  if (!text) return html`<td class="table__cell">${notStated(t)}</td>`;
  return html`<td class="table__cell"${englishText(ctx)}>${format(text)}</td>`;
}

function dateCell(ctx: PageContext, t: DataMessages, iso: string | null): SafeHtml {
  return html`<td class="table__cell table__cell--date">${iso ? timeTag(ctx, iso) : notStated(t)}</td>`;
}

/** The section shell the medicine page uses: a labelled `<section>` with its `h2` as the anchor. */
/** A page section as the medicine page lays it out (and lists it in its table of contents). */
export interface DataSection {
  id: string;
  title: string;
  content: SafeHtml;
}

function section(id: string, title: string, content: SafeHtml): DataSection {
  return { id, title, content };
}

/** A keyboard-focusable, labelled region lets narrow screens scroll a wide table sideways. */
function scrollableTable(captionId: string, caption: string, head: SafeHtml, rows: SafeHtml[], modifier?: string): SafeHtml {
  return html`<div class="table-wrapper" role="region" aria-labelledby="${captionId}" tabindex="0">
<table class="table${modifier ? ` table--${modifier}` : ''}">
<caption class="table__caption" id="${captionId}">${caption}</caption>
<thead>
<tr>
${head}
</tr>
</thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}

function headers(labels: readonly string[]): SafeHtml {
  return html`${labels.map((label) => html`<th scope="col" class="table__header">${label}</th>\n`)}`;
}

/* ---------- authorised presentations ---------- */

export function presentationsSection(ctx: PageContext, m: Medicine): DataSection | null {
  if (m.presentations.length === 0) return null;
  const t = MESSAGES[ctx.lang];
  const c = t.presentations.columns;
  const head = headers([c.euNumber, c.inventedName, c.strength, c.pharmaceuticalForm, c.routeOfAdministration, c.immediatePackaging, c.content, c.packSize]);
  const rows = m.presentations.map((p) => presentationRow(ctx, t, p));
  return section('presentations', t.presentations.heading, scrollableTable('presentations-caption', t.presentations.caption, head, rows));
}

function presentationRow(ctx: PageContext, t: DataMessages, p: Presentation): SafeHtml {
  // The EU number identifies the pack, so it heads its row; it is a code, not English text, and
  // keeps to one line as dates do (`table__cell--date` is the nowrap cell).
  return html`<tr>
<th scope="row" class="table__cell table__cell--name table__cell--date">${p.euNumber}</th>
${englishCell(ctx, t, p.inventedName)}
${englishCell(ctx, t, p.strength)}
${englishCell(ctx, t, p.pharmaceuticalForm)}
${englishCell(ctx, t, p.routeOfAdministration)}
${englishCell(ctx, t, p.immediatePackaging)}
${englishCell(ctx, t, p.content)}
${englishCell(ctx, t, p.packSize)}
</tr>`;
}

/* ---------- post-authorisation procedures ---------- */

/** Procedures in the order given (the importer stores them newest first). */
export function proceduresSection(ctx: PageContext, m: Medicine): DataSection | null {
  if (m.procedures.length === 0) return null;
  const t = MESSAGES[ctx.lang];
  const c = t.procedures.columns;
  const head = headers([c.number, c.type, c.scope, c.opinionDate, c.commissionDecisionDate, c.productInformationAffected, c.summary]);
  const rows = m.procedures.map((p) => procedureRow(ctx, t, p));
  return section('procedures', t.procedures.heading, scrollableTable('procedures-caption', t.procedures.caption, head, rows, 'procedures'));
}

function procedureRow(ctx: PageContext, t: DataMessages, p: Procedure): SafeHtml {
  const others = p.otherNumbers.filter((n) => n.trim() !== '' && n !== p.number);
  return html`<tr>
<th scope="row" class="table__cell table__cell--name">${breakableCode(p.number)}${others.length > 0
    ? html`<br><small class="secondary-text"><span class="visually-hidden">${t.procedures.otherNumbers}: </span>${others.map((n, i) => html`${i > 0 ? ', ' : ''}${breakableCode(n)}`)}</small>`
    : ''}</th>
<td class="table__cell">${procedureType(ctx, t, p)}</td>
${scopeCell(ctx, t, p.scope)}
${dateCell(ctx, t, p.opinionDate)}
${dateCell(ctx, t, p.commissionDecisionDate)}
${englishCell(ctx, t, p.productInformationAffected, breakableCode)}
${englishCell(ctx, t, p.summary, breakableCode)}
</tr>`;
}

/**
 * Procedure numbers run to 25 characters with no space ("EMEA/H/C/005522/II/0010/G") and scopes
 * quote them; a break opportunity after each slash lets a column narrow instead of pushing the
 * table off-screen.
 */
function breakableCode(code: string): SafeHtml {
  return html`${code.split('/').map((part, i, all) => html`${part}${i < all.length - 1 ? html`/<wbr>` : ''}`)}`;
}

/** The translated type; for "other", EMA's own label says what it was. */
function procedureType(ctx: PageContext, t: DataMessages, p: Procedure): SafeHtml {
  const label = t.procedures.types[p.type];
  const emaLabel = p.typeLabel?.trim();
  if (p.type === 'other' && emaLabel) {
    return html`${label}<br><small class="secondary-text"${englishText(ctx)}>${emaLabel}</small>`;
  }
  return html`${label}`;
}

function scopeCell(ctx: PageContext, t: DataMessages, scope: string): SafeHtml {
  const text = scope.trim();
  if (!text) return html`<td class="table__cell">${notStated(t)}</td>`;
  if (text.length <= LONG_SCOPE) return html`<td class="table__cell"${englishText(ctx)}>${breakableCode(text)}</td>`;
  const [first, rest] = splitFirstSentence(text);
  return html`<td class="table__cell"${englishText(ctx)}><details>
<summary>${breakableCode(first)}</summary>
<p>${breakableCode(rest)}</p>
</details></td>`;
}

/**
 * Splits text after its first sentence: a full stop, question or exclamation mark followed by white
 * space and a capital, digit or opening bracket/quote, so "e.g. the" or "3.1 mg" does not end it.
 * Without such a break the summary is the first 200 characters, cut at a word, with an ellipsis.
 */
export function splitFirstSentence(text: string): [first: string, rest: string] {
  const end = /[.!?](?=\s+[\p{Lu}\p{N}("'‘“])/u.exec(text);
  if (end && end.index + 1 < text.length) {
    return [text.slice(0, end.index + 1), text.slice(end.index + 1).trim()];
  }
  const cut = text.lastIndexOf(' ', 200);
  const at = cut > 0 ? cut : 200;
  return [`${text.slice(0, at)}…`, text.slice(at).trim()];
}
