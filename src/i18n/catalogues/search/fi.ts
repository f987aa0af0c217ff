/** Finnish search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const fi: SearchMessages = {
  title: 'Hae lääkkeitä',
  titleWithQuery: 'Hakutulokset: ”{query}”',
  description:
    'Hae mitä tahansa EMAn arvioimaa lääkettä nimen, vaikuttavan aineen, sairauden, yrityksen tai koodin perusteella millä tahansa EU:n kielellä.',
  form: {
    label: 'Hae lääkkeitä',
    hint: 'Lääke tai vaikuttava aine, sairaus, yritys tai ATC-koodi, esimerkiksi sotorasib, keuhkosyöpä tai L01',
    button: 'Hae',
    sort: 'Lajitteluperuste',
    sortButton: 'Lajittele',
    apply: 'Käytä suodattimia',
    clear: 'Tyhjennä suodattimet',
    sectionLabel: 'Vain tässä valmistetietojen kohdassa',
    sectionHint: 'Sen numero, esimerkiksi 4.3 vasta-aiheet tai 4.8 haittavaikutukset',
  },
  sortRelevance: 'Osuvimmat ensin',
  facets: {
    heading: 'Suodata tuloksia',
    category: 'Lääkkeen tyyppi',
    status: 'Tila',
    area: 'Terapia-alue',
    atc: 'ATC-koodi',
    holder: 'Yritys (myyntiluvan haltija tai hakija)',
    flag: 'Sääntelyyn liittyvät ominaisuudet',
    year: 'Myyntiluvan myöntämisvuosi',
    count: { one: '{count} tulos', other: '{count} tulosta' },
    browseAll: { area: 'Kaikki terapia-alueet', holder: 'Kaikki yritykset', atc: 'Kaikki ATC-koodit' },
  },
  results: {
    heading: 'Tulokset',
    count: { one: '{count} lääke löytyi', other: '{count} lääkettä löytyi' },
    range: 'Tulokset {from}–{to}, yhteensä {count}',
    none: 'Hakuasi vastaavia lääkkeitä ei löytynyt.',
    noneHelp: ['Tarkista kirjoitusasu.', 'Käytä vähemmän tai yleisempiä sanoja.', 'Poista joitakin suodattimia.'],
    pageOutOfRange: 'Tällä sivulla ei ole enää tuloksia.',
    didYouMean: 'Tarkoititko: {suggestion}?',
    foundIn: 'Löytyi kohdasta: {place}',
    match: {
      name: 'nimi tai vaikuttava aine',
      facts: 'käyttöaihe, terapia-alue, yritys tai koodi',
      overview: 'lääkkeen yleiskatsaus',
      document: 'valmistetiedot',
    },
    documentPage: '{document}, sivu {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Tulossivut',
    previous: 'Edellinen sivu',
    next: 'Seuraava sivu',
    first: 'Ensimmäinen sivu',
    position: 'Sivu {page}/{pages}',
  },
  error: {
    heading: 'Ilmeni ongelma',
  },
  browse: {
    title: 'Selaa lääkkeitä',
    description: 'Kaikki lääkkeet ryhmiteltyinä EMAn luokittelujen mukaan. Kukin luku johtaa kyseisiin lääkkeisiin.',
    byAtc: {
      title: 'ATC-koodin mukaan',
      description:
        'Anatomis-terapeuttis-kemialliset (ATC) koodit ja farmakoterapeuttiset ryhmät, jotka EMA on ilmoittanut lääkkeilleen.',
      more: 'Koodin {code} alakoodit',
    },
    byArea: { title: 'Terapia-alueen mukaan', description: 'Terapia-alueet (MeSH-asiasanat) EMAn määrittäminä.' },
    byHolder: {
      title: 'Yrityksen mukaan',
      description: 'Myyntiluvan haltijat tai, jos lääkkeelle ei ole koskaan myönnetty myyntilupaa, hakijat.',
    },
    byStatus: { title: 'Tilan mukaan', description: 'Missä vaiheessa kunkin lääkkeen myyntilupa on.' },
    count: { one: '{count} lääke', other: '{count} lääkettä' },
    lettersLabel: 'Siirry kirjaimeen',
    noLabel: 'Ryhmää ei ilmoitettu',
    atcCode: 'ATC-koodi {code}',
  },
  suggest: {
    medicine: 'Lääke',
    substance: 'Vaikuttava aine',
    area: 'Terapia-alue',
  },
};
