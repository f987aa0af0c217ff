/** Hungarian search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

// After a numeral Hungarian nouns stay singular, so both plural forms read alike.
export const hu: SearchMessages = {
  title: 'Gyógyszerek keresése',
  titleWithQuery: 'Keresési találatok: „{query}”',
  description:
    'Keressen az EMA által értékelt összes gyógyszer között név, hatóanyag, betegség, vállalat vagy kód alapján, bármely uniós nyelven.',
  form: {
    label: 'Gyógyszerek keresése',
    hint: 'Gyógyszer vagy hatóanyag, betegség, vállalat vagy ATC kód, például sotorasib, tüdőrák vagy L01',
    button: 'Keresés',
    sort: 'Rendezés alapja',
    sortButton: 'Rendezés',
    apply: 'Szűrők alkalmazása',
    clear: 'Szűrők törlése',
    sectionLabel: 'Csak a termékinformáció ezen pontjában',
    sectionHint: 'A száma, például 4.3 az ellenjavallatokhoz vagy 4.8 a nemkívánatos hatásokhoz',
  },
  sortRelevance: 'Legjobb egyezés',
  facets: {
    heading: 'Találatok szűrése',
    category: 'A gyógyszer típusa',
    status: 'Státusz',
    area: 'Terápiás terület',
    atc: 'ATC kód',
    holder: 'Vállalat (jogosult vagy kérelmező)',
    flag: 'Szabályozási jellemzők',
    year: 'Az engedélyezés éve',
    count: { one: '{count} találat', other: '{count} találat' },
    browseAll: { area: 'Összes terápiás terület', holder: 'Összes vállalat', atc: 'Összes ATC kód' },
  },
  results: {
    heading: 'Találatok',
    count: { one: '{count} gyógyszert találtunk', other: '{count} gyógyszert találtunk' },
    range: 'Találatok: {from}–{to}, összesen {count}',
    none: 'Egyetlen gyógyszer sem felel meg a keresésnek.',
    noneHelp: ['Ellenőrizze a helyesírást.', 'Használjon kevesebb vagy általánosabb szót.', 'Távolítson el néhány szűrőt.'],
    pageOutOfRange: 'Ezen az oldalon már nincsenek találatok.',
    didYouMean: 'Erre gondolt: {suggestion}?',
    foundIn: 'Találat helye: {place}',
    match: {
      name: 'név vagy hatóanyag',
      facts: 'javallat, terápiás terület, vállalat vagy kód',
      overview: 'a gyógyszer áttekintése',
      document: 'termékinformáció',
    },
    documentPage: '{document}, {page}. oldal',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Találati oldalak',
    previous: 'Előző oldal',
    next: 'Következő oldal',
    first: 'Első oldal',
    position: '{page}. oldal, összesen {pages}',
  },
  error: {
    heading: 'Probléma merült fel',
  },
  browse: {
    title: 'Gyógyszerek böngészése',
    description: 'Az összes gyógyszer az EMA besorolásai szerint csoportosítva. Mindegyik szám az adott gyógyszerekhez vezet.',
    byAtc: {
      title: 'ATC kód szerint',
      description:
        'Anatómiai-terápiás-kémiai (ATC) kódok azokkal a farmakoterápiás csoportokkal, amelyeket az EMA a gyógyszereinél feltüntet.',
      more: '{code} alá tartozó kódok',
    },
    byArea: { title: 'Terápiás terület szerint', description: 'Terápiás területek (MeSH-tárgyszavak), ahogyan az EMA besorolja őket.' },
    byHolder: {
      title: 'Vállalat szerint',
      description:
        'A forgalomba hozatali engedélyek jogosultjai, illetve a soha nem engedélyezett gyógyszerek esetében a kérelmezők.',
    },
    byStatus: { title: 'Státusz szerint', description: 'Hol tart az egyes gyógyszerek engedélyezése.' },
    count: { one: '{count} gyógyszer', other: '{count} gyógyszer' },
    lettersLabel: 'Ugrás betűhöz',
    noLabel: 'Nincs megadott csoport',
    atcCode: 'ATC kód: {code}',
  },
  suggest: {
    medicine: 'Gyógyszer',
    substance: 'Hatóanyag',
    area: 'Terápiás terület',
  },
};
