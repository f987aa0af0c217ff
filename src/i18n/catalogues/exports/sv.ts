/** Swedish export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const sv: ExportsMessages = {
  heading: 'Massexport',
  text: 'Ladda ned hela katalogen, eller resultatet av vilken sökning som helst (samma parametrar som sök-API:et), som CSV (UTF-8, för kalkylark), Excel, JSON Lines eller Parquet (för DuckDB, pandas och Spark), eller i Europeiska läkemedelsmyndighetens eget format med 39 kolumner, som dess tabellimport läser tillbaka oförändrat.',
  asOf: 'Lägg till asOf=ÅÅÅÅ-MM-DD i en export, i läkemedelslistan eller i ett läkemedels post för att få katalogen som den såg ut vid slutet av den dagen, utifrån varje läkemedels historik.',
  dictionaryHeading: 'Dataordlista',
  dictionaryText: 'Alla exporter utom EMA:s format har en rad per läkemedel och dessa kolumner; listor skiljs åt med ”; ”, datum är ÅÅÅÅ-MM-DD och tomt betyder okänt.',
  schemaLink: 'Samma sak som JSON Table Schema',
  column: 'Kolumn',
  type: 'Typ',
  meaning: 'Betydelse',
  dumpHeading: 'Senaste fullständiga export',
  dumpIntro: 'Skapad {date}, med katalogen per {asOf}. Kontrollera en nedladdning mot dess SHA-256-kontrollsumma.',
  noDump: 'Ingen fullständig export har publicerats på den här portalen ännu.',
  file: 'Fil',
  rows: 'Rader',
  size: 'Storlek',
  checksum: 'SHA-256-kontrollsumma',
  manifestLink: 'Manifest (JSON)',
};
