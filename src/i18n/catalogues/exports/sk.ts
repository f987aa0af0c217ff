/** Slovak export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const sk: ExportsMessages = {
  heading: 'Hromadné exporty',
  text: 'Stiahnite si celý katalóg alebo výsledky ľubovoľného vyhľadávania (s rovnakými parametrami ako vyhľadávacie API) ako CSV (UTF-8, pre tabuľkové procesory), Excel, JSON Lines alebo Parquet (pre DuckDB, pandas a Spark), alebo vo vlastnom 39-stĺpcovom formáte Európskej agentúry pre lieky, ktorý jej import tabuliek načíta späť bez zmien.',
  asOf: 'Pridajte asOf=RRRR-MM-DD k exportu, k zoznamu liekov alebo k záznamu lieku a dostanete katalóg, ako vyzeral na konci toho dňa, podľa histórie každého lieku.',
  dictionaryHeading: 'Dátový slovník',
  dictionaryText: 'Každý export okrem formátu EMA má jeden riadok na liek a tieto stĺpce; zoznamy sú oddelené „; “, dátumy majú tvar RRRR-MM-DD a prázdna hodnota znamená neznáme.',
  schemaLink: 'To isté ako JSON Table Schema',
  column: 'Stĺpec',
  type: 'Typ',
  meaning: 'Význam',
  dumpHeading: 'Posledný úplný export',
  dumpIntro: 'Vytvorené {date}, katalóg k {asOf}. Stiahnutý súbor overte podľa jeho kontrolného súčtu SHA-256.',
  noDump: 'Na tomto portáli zatiaľ nebol zverejnený žiadny úplný export.',
  file: 'Súbor',
  rows: 'Riadky',
  size: 'Veľkosť',
  checksum: 'Kontrolný súčet SHA-256',
  manifestLink: 'Manifest (JSON)',
};
