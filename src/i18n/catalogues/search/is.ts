/** Icelandic search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const is: SearchMessages = {
  title: 'Leita að lyfjum',
  titleWithQuery: 'Leitarniðurstöður fyrir „{query}“',
  description:
    'Leitaðu í öllum lyfjum sem EMA hefur metið eftir heiti, virku efni, sjúkdómi, fyrirtæki eða kóða, á hvaða tungumáli ESB sem er.',
  form: {
    label: 'Leita að lyfjum',
    hint: 'Lyf eða virkt efni, sjúkdómur, fyrirtæki eða ATC-flokkur, til dæmis sotorasib, lungnakrabbamein eða L01',
    button: 'Leita',
    sort: 'Raða eftir',
    sortButton: 'Raða',
    apply: 'Nota síur',
    clear: 'Hreinsa síur',
  },
  sortRelevance: 'Mest viðeigandi',
  facets: {
    heading: 'Sía niðurstöður',
    category: 'Tegund lyfs',
    status: 'Staða',
    area: 'Meðferðarsvið',
    atc: 'ATC-flokkur',
    holder: 'Fyrirtæki (markaðsleyfishafi eða umsækjandi)',
    flag: 'Sérkenni samkvæmt regluverki',
    year: 'Ár markaðsleyfis',
    count: { one: '{count} niðurstaða', other: '{count} niðurstöður' },
    browseAll: { area: 'Öll meðferðarsvið', holder: 'Öll fyrirtæki', atc: 'Allir ATC-flokkar' },
  },
  results: {
    heading: 'Niðurstöður',
    count: { one: '{count} lyf fannst', other: '{count} lyf fundust' },
    range: 'Niðurstöður {from}–{to} af {count}',
    none: 'Engin lyf samsvara leitinni.',
    noneHelp: ['Athugaðu stafsetninguna.', 'Notaðu færri eða almennari orð.', 'Fjarlægðu einhverjar síur.'],
    pageOutOfRange: 'Engar niðurstöður eru lengur á þessari síðu.',
    didYouMean: 'Áttirðu við {suggestion}?',
    foundIn: 'Fannst í: {place}',
    match: {
      name: 'heiti eða virkt efni',
      facts: 'ábending, meðferðarsvið, fyrirtæki eða kóði',
      overview: 'yfirlit yfir lyfið',
      document: 'lyfjaupplýsingar',
    },
    documentPage: '{document}, síða {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Niðurstöðusíður',
    previous: 'Fyrri síða',
    next: 'Næsta síða',
    first: 'Fyrsta síða',
    position: 'Síða {page} af {pages}',
  },
  error: {
    heading: 'Upp kom vandamál',
  },
  browse: {
    title: 'Skoða lyf',
    description: 'Öll lyf, flokkuð á þann hátt sem EMA flokkar þau. Hver tala vísar á viðkomandi lyf.',
    byAtc: {
      title: 'Eftir ATC-flokki',
      description: 'ATC-flokkar (líffæra-, verkunar- og efnaflokkun), merktir með þeirri flokkun eftir verkun sem EMA gefur lyfjunum.',
      more: 'Flokkar undir {code}',
    },
    byArea: { title: 'Eftir meðferðarsviði', description: 'Meðferðarsvið (MeSH-efnisorð) eins og EMA skráir þau.' },
    byHolder: {
      title: 'Eftir fyrirtæki',
      description: 'Markaðsleyfishafar, eða umsækjendur þegar lyf hefur aldrei fengið markaðsleyfi.',
    },
    byStatus: { title: 'Eftir stöðu', description: 'Hvar hvert lyf stendur varðandi markaðsleyfi.' },
    count: { one: '{count} lyf', other: '{count} lyf' },
    lettersLabel: 'Fara á bókstaf',
    noLabel: 'Enginn flokkur tilgreindur',
    atcCode: 'ATC-flokkur {code}',
  },
  suggest: {
    medicine: 'Lyf',
    substance: 'Virkt efni',
    area: 'Meðferðarsvið',
  },
};
