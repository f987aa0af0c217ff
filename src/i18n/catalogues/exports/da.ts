/** Danish export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const da: ExportsMessages = {
  heading: 'Masseeksport',
  text: 'Hent hele kataloget eller resultaterne af en vilkårlig søgning (samme parametre som søge-API’et) som CSV (UTF-8, til regneark), Excel, JSON Lines eller Parquet (til DuckDB, pandas og Spark), eller i Det Europæiske Lægemiddelagenturs eget format med 39 kolonner, som dets tabelimport læser tilbage uændret.',
  asOf: 'Tilføj asOf=ÅÅÅÅ-MM-DD til en eksport, til lægemiddellisten eller til et lægemiddels post for at få kataloget, som det så ud ved udgangen af den dag, ud fra hvert lægemiddels historik.',
  dictionaryHeading: 'Dataordbog',
  dictionaryText: 'Alle eksporter undtagen EMA’s format har én række pr. lægemiddel og disse kolonner; lister er adskilt af “; ”, datoer er ÅÅÅÅ-MM-DD, og tom betyder ukendt.',
  schemaLink: 'Det samme som JSON Table Schema',
  column: 'Kolonne',
  type: 'Type',
  meaning: 'Betydning',
  dumpHeading: 'Seneste fulde eksport',
  dumpIntro: 'Lavet den {date} med kataloget pr. {asOf}. Kontrollér en download mod dens SHA-256-kontrolsum.',
  noDump: 'Der er endnu ikke offentliggjort en fuld eksport på denne portal.',
  file: 'Fil',
  rows: 'Rækker',
  size: 'Størrelse',
  checksum: 'SHA-256-kontrolsum',
  manifestLink: 'Manifest (JSON)',
};
