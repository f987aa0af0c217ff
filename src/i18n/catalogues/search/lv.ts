/** Latvian search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const lv: SearchMessages = {
  title: 'Zāļu meklēšana',
  titleWithQuery: 'Meklēšanas rezultāti: „{query}“',
  description:
    'Meklējiet jebkuras EMA izvērtētās zāles pēc nosaukuma, aktīvās vielas, slimības, uzņēmuma vai koda jebkurā ES valodā.',
  form: {
    label: 'Meklēt zāles',
    hint: 'Zāles vai aktīvā viela, slimība, uzņēmums vai ATĶ kods, piemēram, sotorasib, plaušu vēzis vai L01',
    button: 'Meklēt',
    sort: 'Kārtot pēc',
    sortButton: 'Kārtot',
    apply: 'Lietot filtrus',
    clear: 'Notīrīt filtrus',
    sectionLabel: 'Tikai šajā zāļu informācijas sadaļā',
    sectionHint: 'Tās numurs, piemēram, 4.3 kontrindikācijām vai 4.8 nevēlamajām blakusparādībām',
  },
  sortRelevance: 'Atbilstība',
  facets: {
    heading: 'Filtrēt rezultātus',
    category: 'Zāļu veids',
    status: 'Statuss',
    area: 'Terapeitiskā joma',
    atc: 'ATĶ kods',
    holder: 'Uzņēmums (apliecības īpašnieks vai pieteikuma iesniedzējs)',
    flag: 'Regulatīvās iezīmes',
    year: 'Reģistrācijas gads',
    count: { zero: '{count} rezultātu', one: '{count} rezultāts', other: '{count} rezultāti' },
    browseAll: { area: 'Visas terapeitiskās jomas', holder: 'Visi uzņēmumi', atc: 'Visi ATĶ kodi' },
  },
  results: {
    heading: 'Rezultāti',
    // "Zāles" has only plural forms ("vienas zāles"), so one wording fits every count.
    count: { zero: 'Atrastas {count} zāles', one: 'Atrastas {count} zāles', other: 'Atrastas {count} zāles' },
    range: 'Rezultāti {from}–{to} no {count}',
    none: 'Jūsu meklējumam neatbilst nekādas zāles.',
    noneHelp: ['Pārbaudiet pareizrakstību.', 'Izmantojiet mazāk vārdu vai vispārīgākus vārdus.', 'Noņemiet dažus filtrus.'],
    pageOutOfRange: 'Šajā lapā vairs nav rezultātu.',
    didYouMean: 'Vai domājāt {suggestion}?',
    foundIn: 'Atrasts: {place}',
    match: {
      name: 'nosaukums vai aktīvā viela',
      facts: 'indikācija, terapeitiskā joma, uzņēmums vai kods',
      overview: 'zāļu pārskats',
      document: 'informācija par zālēm',
    },
    documentPage: '{document}, {page}. lappuse',
    inLanguage: '{place} ({language} valodā)',
  },
  pagination: {
    label: 'Rezultātu lapas',
    previous: 'Iepriekšējā lapa',
    next: 'Nākamā lapa',
    first: 'Pirmā lapa',
    position: '{page}. lapa no {pages}',
  },
  error: {
    heading: 'Radās problēma',
  },
  browse: {
    title: 'Pārlūkot zāles',
    description: 'Visas zāles, sagrupētas tā, kā tās klasificē EMA. Katrs skaitlis ved uz attiecīgajām zālēm.',
    byAtc: {
      title: 'Pēc ATĶ koda',
      description: 'Anatomiski terapeitiski ķīmiskās (ATĶ) klasifikācijas kodi ar farmakoterapeitiskajām grupām, ko EMA piešķir zālēm.',
      more: 'Kodi grupā {code}',
    },
    byArea: { title: 'Pēc terapeitiskās jomas', description: 'Terapeitiskās jomas (MeSH termini), kā tās piešķir EMA.' },
    byHolder: {
      title: 'Pēc uzņēmuma',
      description: 'Reģistrācijas apliecību īpašnieki vai, ja zāles nekad nav reģistrētas, reģistrācijas pieteikuma iesniedzēji.',
    },
    byStatus: { title: 'Pēc statusa', description: 'Katru zāļu stāvoklis reģistrācijas procesā.' },
    count: { zero: '{count} zāles', one: '{count} zāles', other: '{count} zāles' },
    lettersLabel: 'Pāriet uz burtu',
    noLabel: 'Grupa nav norādīta',
    atcCode: 'ATĶ kods {code}',
  },
  suggest: {
    medicine: 'Zāles',
    substance: 'Aktīvā viela',
    area: 'Terapeitiskā joma',
  },
};
