/** Italian export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const it: ExportsMessages = {
  heading: 'Esportazioni complete',
  text: 'Scarica l’intero catalogo, o i risultati di qualsiasi ricerca (con gli stessi parametri dell’API di ricerca), in CSV (UTF-8, per i fogli di calcolo), Excel, JSON Lines o Parquet (per DuckDB, pandas e Spark), oppure nel formato a 39 colonne proprio dell’Agenzia europea per i medicinali, che il suo importatore di tabelle rilegge senza modifiche.',
  asOf: 'Aggiungi asOf=AAAA-MM-GG a un’esportazione, all’elenco dei medicinali o alla scheda di un medicinale per ottenere il catalogo com’era alla fine di quel giorno, in base alla cronologia di ciascun medicinale.',
  dictionaryHeading: 'Dizionario dei dati',
  dictionaryText: 'Ogni esportazione tranne il formato dell’EMA ha una riga per medicinale e queste colonne; gli elenchi sono separati da «; », le date sono AAAA-MM-GG e un valore vuoto significa sconosciuto.',
  schemaLink: 'Lo stesso come JSON Table Schema',
  column: 'Colonna',
  type: 'Tipo',
  meaning: 'Significato',
  dumpHeading: 'Ultima esportazione completa',
  dumpIntro: 'Creata il {date}, con il catalogo al {asOf}. Verifica ogni download con la sua somma di controllo SHA-256.',
  noDump: 'Su questo portale non è ancora stata pubblicata alcuna esportazione completa.',
  file: 'File',
  rows: 'Righe',
  size: 'Dimensione',
  checksum: 'Somma di controllo SHA-256',
  manifestLink: 'Manifesto (JSON)',
};
