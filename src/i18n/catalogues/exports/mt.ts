/** Maltese export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const mt: ExportsMessages = {
  heading: 'Esportazzjonijiet sħaħ',
  text: 'Niżżel il-katalgu kollu, jew ir-riżultati ta’ kwalunkwe tfittxija (l-istess parametri tal-API tat-tfittxija), bħala CSV (UTF-8, għall-ispreadsheets), Excel, JSON Lines jew Parquet (għal DuckDB, pandas u Spark), jew fil-format ta’ 39 kolonna tal-Aġenzija Ewropea għall-Mediċini stess, li l-importatur tat-tabelli tagħha jerġa’ jaqrah mingħajr bidla.',
  asOf: 'Żid asOf=SSSS-XX-JJ ma’ esportazzjoni, mal-lista tal-mediċini jew mar-rekord ta’ mediċina biex tikseb il-katalgu kif kien fi tmiem dak il-jum, mill-istorja ta’ kull mediċina.',
  dictionaryHeading: 'Dizzjunarju tad-data',
  dictionaryText: 'Kull esportazzjoni ħlief il-format tal-EMA għandha ringiela waħda għal kull mediċina u dawn il-kolonni; il-listi huma separati b’“; ”, id-dati huma SSSS-XX-JJ u vojt ifisser mhux magħruf.',
  schemaLink: 'L-istess bħala JSON Table Schema',
  column: 'Kolonna',
  type: 'Tip',
  meaning: 'Tifsira',
  dumpHeading: 'L-aħħar esportazzjoni sħiħa',
  dumpIntro: 'Magħmula fl-{date}, bil-katalgu kif kien fl-{asOf}. Iċċekkja tniżżil mas-somma ta’ kontroll SHA-256 tiegħu.',
  noDump: 'Għadha ma ġiet ippubblikata l-ebda esportazzjoni sħiħa fuq dan il-portal.',
  file: 'Fajl',
  rows: 'Ringieli',
  size: 'Daqs',
  checksum: 'Somma ta’ kontroll SHA-256',
  manifestLink: 'Manifest (JSON)',
};
