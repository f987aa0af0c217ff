/** Slovak search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const sk: SearchMessages = {
  title: 'Vyhľadávanie liekov',
  titleWithQuery: 'Výsledky vyhľadávania pre „{query}“',
  description:
    'Vyhľadajte ktorýkoľvek liek, ktorý hodnotila agentúra EMA, podľa názvu, liečiva, ochorenia, spoločnosti alebo kódu v ktoromkoľvek jazyku EÚ.',
  form: {
    label: 'Vyhľadať lieky',
    hint: 'Liek alebo liečivo, ochorenie, spoločnosť alebo ATC kód, napríklad sotorasib, rakovina pľúc alebo L01',
    button: 'Vyhľadať',
    sort: 'Zoradiť podľa',
    sortButton: 'Zoradiť',
    apply: 'Použiť filtre',
    clear: 'Zrušiť filtre',
  },
  sortRelevance: 'Relevantnosť',
  facets: {
    heading: 'Filtrovať výsledky',
    category: 'Druh lieku',
    status: 'Stav',
    area: 'Terapeutická oblasť',
    atc: 'ATC kód',
    holder: 'Spoločnosť (držiteľ alebo žiadateľ)',
    flag: 'Regulačné charakteristiky',
    year: 'Rok registrácie',
    count: { one: '{count} výsledok', few: '{count} výsledky', many: '{count} výsledku', other: '{count} výsledkov' },
    browseAll: { area: 'Všetky terapeutické oblasti', holder: 'Všetky spoločnosti', atc: 'Všetky ATC kódy' },
  },
  results: {
    heading: 'Výsledky',
    count: { one: 'Našiel sa {count} liek', few: 'Našli sa {count} lieky', many: 'Našlo sa {count} lieku', other: 'Našlo sa {count} liekov' },
    range: 'Výsledky {from} – {to} z {count}',
    none: 'Vášmu vyhľadávaniu nezodpovedajú žiadne lieky.',
    noneHelp: ['Skontrolujte pravopis.', 'Použite menej slov alebo všeobecnejšie slová.', 'Odstráňte niektoré filtre.'],
    pageOutOfRange: 'Na tejto strane už nie sú žiadne výsledky.',
    didYouMean: 'Mali ste na mysli {suggestion}?',
    foundIn: 'Nájdené v: {place}',
    match: {
      name: 'názov alebo liečivo',
      facts: 'indikácia, terapeutická oblasť, spoločnosť alebo kód',
      overview: 'prehľad o lieku',
      document: 'informácie o lieku',
    },
    documentPage: '{document}, strana {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Strany výsledkov',
    previous: 'Predchádzajúca strana',
    next: 'Nasledujúca strana',
    first: 'Prvá strana',
    position: 'Strana {page} z {pages}',
  },
  error: {
    heading: 'Vyskytol sa problém',
  },
  browse: {
    title: 'Prehľadávať lieky',
    description: 'Všetky lieky zoskupené podľa klasifikácií agentúry EMA. Každé číslo vedie k príslušným liekom.',
    byAtc: {
      title: 'Podľa ATC kódu',
      description: 'Anatomicko-terapeuticko-chemické (ATC) kódy s farmakoterapeutickými skupinami, ktoré agentúra EMA priraďuje liekom.',
      more: 'Kódy v skupine {code}',
    },
    byArea: { title: 'Podľa terapeutickej oblasti', description: 'Terapeutické oblasti (deskriptory MeSH) tak, ako ich priraďuje agentúra EMA.' },
    byHolder: {
      title: 'Podľa spoločnosti',
      description: 'Držitelia rozhodnutia o registrácii alebo v prípade liekov, ktoré nikdy neboli registrované, žiadatelia o registráciu.',
    },
    byStatus: { title: 'Podľa stavu', description: 'V akom stave je registrácia jednotlivých liekov.' },
    count: { one: '{count} liek', few: '{count} lieky', many: '{count} lieku', other: '{count} liekov' },
    lettersLabel: 'Prejsť na písmeno',
    noLabel: 'Skupina sa neuvádza',
    atcCode: 'ATC kód {code}',
  },
  suggest: {
    medicine: 'Liek',
    substance: 'Liečivo',
    area: 'Terapeutická oblasť',
  },
};
