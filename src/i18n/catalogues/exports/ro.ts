/** Romanian export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const ro: ExportsMessages = {
  heading: 'Exporturi complete',
  text: 'Descărcați întregul catalog sau rezultatele oricărei căutări (cu aceiași parametri ca API-ul de căutare) ca CSV (UTF-8, pentru foi de calcul), Excel, JSON Lines sau Parquet (pentru DuckDB, pandas și Spark), ori în formatul propriu cu 39 de coloane al Agenției Europene pentru Medicamente, pe care importatorul său de tabele îl recitește fără modificări.',
  asOf: 'Adăugați asOf=AAAA-LL-ZZ la un export, la lista de medicamente sau la fișa unui medicament pentru a obține catalogul așa cum era la sfârșitul acelei zile, din istoricul fiecărui medicament.',
  dictionaryHeading: 'Dicționar de date',
  dictionaryText: 'Fiecare export, cu excepția formatului EMA, are un rând pentru fiecare medicament și aceste coloane; listele sunt separate prin „; ”, datele sunt AAAA-LL-ZZ, iar gol înseamnă necunoscut.',
  schemaLink: 'Același lucru ca JSON Table Schema',
  column: 'Coloană',
  type: 'Tip',
  meaning: 'Semnificație',
  dumpHeading: 'Cel mai recent export complet',
  dumpIntro: 'Creat la {date}, cu catalogul la data de {asOf}. Verificați fiecare descărcare cu suma sa de control SHA-256.',
  noDump: 'Pe acest portal nu a fost publicat încă niciun export complet.',
  file: 'Fișier',
  rows: 'Rânduri',
  size: 'Dimensiune',
  checksum: 'Sumă de control SHA-256',
  manifestLink: 'Manifest (JSON)',
};
