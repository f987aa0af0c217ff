/** Norwegian export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const no: ExportsMessages = {
  heading: 'Masseeksport',
  text: 'Last ned hele katalogen, eller resultatene av et hvilket som helst søk (samme parametere som søke-API-et), som CSV (UTF-8, for regneark), Excel, JSON Lines eller Parquet (for DuckDB, pandas og Spark), eller i Det europeiske legemiddelkontorets eget format med 39 kolonner, som tabellimporten leser tilbake uendret.',
  asOf: 'Legg til asOf=ÅÅÅÅ-MM-DD på en eksport, legemiddellisten eller et legemiddels oppføring for å få katalogen slik den var ved slutten av den dagen, ut fra historikken til hvert legemiddel.',
  dictionaryHeading: 'Dataordbok',
  dictionaryText: 'Alle eksporter unntatt EMAs format har én rad per legemiddel og disse kolonnene; lister er skilt med «; », datoer er ÅÅÅÅ-MM-DD, og tomt betyr ukjent.',
  schemaLink: 'Det samme som JSON Table Schema',
  column: 'Kolonne',
  type: 'Type',
  meaning: 'Betydning',
  dumpHeading: 'Nyeste fullstendige eksport',
  dumpIntro: 'Laget {date}, med katalogen per {asOf}. Kontroller en nedlasting mot SHA-256-sjekksummen.',
  noDump: 'Ingen fullstendig eksport er publisert på denne portalen ennå.',
  file: 'Fil',
  rows: 'Rader',
  size: 'Størrelse',
  checksum: 'SHA-256-sjekksum',
  manifestLink: 'Manifest (JSON)',
};
