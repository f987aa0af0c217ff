/** Croatian export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const hr: ExportsMessages = {
  heading: 'Skupni izvozi',
  text: 'Preuzmite cijeli katalog ili rezultate bilo kojeg pretraživanja (s istim parametrima kao API za pretraživanje) kao CSV (UTF-8, za proračunske tablice), Excel, JSON Lines ili Parquet (za DuckDB, pandas i Spark), ili u vlastitom formatu Europske agencije za lijekove s 39 stupaca, koji njezin uvoz tablica čita natrag bez promjena.',
  asOf: 'Dodajte asOf=GGGG-MM-DD izvozu, popisu lijekova ili zapisu lijeka da biste dobili katalog kakav je bio na kraju tog dana, prema povijesti svakog lijeka.',
  dictionaryHeading: 'Rječnik podataka',
  dictionaryText: 'Svaki izvoz osim formata EMA-e ima jedan redak po lijeku i ove stupce; popisi su odvojeni znakom „; “, datumi su GGGG-MM-DD, a prazno znači nepoznato.',
  schemaLink: 'Isto kao JSON Table Schema',
  column: 'Stupac',
  type: 'Vrsta',
  meaning: 'Značenje',
  dumpHeading: 'Najnoviji potpuni izvoz',
  dumpIntro: 'Izrađeno {date}, s katalogom na dan {asOf}. Provjerite preuzetu datoteku pomoću njezina kontrolnog zbroja SHA-256.',
  noDump: 'Na ovom portalu još nije objavljen nijedan potpuni izvoz.',
  file: 'Datoteka',
  rows: 'Retci',
  size: 'Veličina',
  checksum: 'Kontrolni zbroj SHA-256',
  manifestLink: 'Manifest (JSON)',
};
