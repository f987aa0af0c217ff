/** Dutch export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const nl: ExportsMessages = {
  heading: 'Bulkexports',
  text: 'Download de hele catalogus, of de resultaten van elke zoekopdracht (met dezelfde parameters als de zoek-API), als CSV (UTF-8, voor spreadsheets), Excel, JSON Lines of Parquet (voor DuckDB, pandas en Spark), of in de eigen indeling met 39 kolommen van het Europees Geneesmiddelenbureau, die zijn tabelimport ongewijzigd terugleest.',
  asOf: 'Voeg asOf=JJJJ-MM-DD toe aan een export, de lijst met geneesmiddelen of het record van een geneesmiddel om de catalogus te krijgen zoals die aan het einde van die dag was, volgens de geschiedenis van elk geneesmiddel.',
  dictionaryHeading: 'Gegevenswoordenboek',
  dictionaryText: 'Elke export behalve de EMA-indeling heeft één rij per geneesmiddel en deze kolommen; lijsten zijn gescheiden door ‘; ’, datums zijn JJJJ-MM-DD en leeg betekent onbekend.',
  schemaLink: 'Hetzelfde als JSON Table Schema',
  column: 'Kolom',
  type: 'Type',
  meaning: 'Betekenis',
  dumpHeading: 'Nieuwste volledige export',
  dumpIntro: 'Gemaakt op {date}, met de catalogus per {asOf}. Controleer een download met de SHA-256-controlesom.',
  noDump: 'Op dit portaal is nog geen volledige export gepubliceerd.',
  file: 'Bestand',
  rows: 'Rijen',
  size: 'Grootte',
  checksum: 'SHA-256-controlesom',
  manifestLink: 'Manifest (JSON)',
};
