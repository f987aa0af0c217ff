/** Latvian export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const lv: ExportsMessages = {
  heading: 'Lielapjoma eksports',
  text: 'Lejupielādējiet visu katalogu vai jebkuras meklēšanas rezultātus (ar tiem pašiem parametriem kā meklēšanas API) CSV (UTF-8, izklājlapām), Excel, JSON Lines vai Parquet (DuckDB, pandas un Spark) formātā, vai Eiropas Zāļu aģentūras pašas 39 kolonnu formātā, ko tās tabulu imports nolasa atpakaļ bez izmaiņām.',
  asOf: 'Pievienojiet asOf=GGGG-MM-DD eksportam, zāļu sarakstam vai zāļu ierakstam, lai iegūtu katalogu tādu, kāds tas bija šīs dienas beigās, pēc katru zāļu vēstures.',
  dictionaryHeading: 'Datu vārdnīca',
  dictionaryText: 'Katrā eksportā, izņemot EMA formātu, ir viena rinda katrām zālēm un šīs kolonnas; saraksti ir atdalīti ar “; ”, datumi ir GGGG-MM-DD, un tukšs nozīmē nezināms.',
  schemaLink: 'Tas pats kā JSON Table Schema',
  column: 'Kolonna',
  type: 'Tips',
  meaning: 'Nozīme',
  dumpHeading: 'Jaunākais pilnais eksports',
  dumpIntro: 'Izveidots {date}, katalogs uz {asOf}. Pārbaudiet lejupielādi ar tās SHA-256 kontrolsummu.',
  noDump: 'Šajā portālā vēl nav publicēts neviens pilnais eksports.',
  file: 'Fails',
  rows: 'Rindas',
  size: 'Izmērs',
  checksum: 'SHA-256 kontrolsumma',
  manifestLink: 'Manifests (JSON)',
};
