/** Slovenian export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const sl: ExportsMessages = {
  heading: 'Množični izvozi',
  text: 'Prenesite celoten katalog ali rezultate katerega koli iskanja (z enakimi parametri kot API za iskanje) kot CSV (UTF-8, za preglednice), Excel, JSON Lines ali Parquet (za DuckDB, pandas in Spark) ali v lastni 39-stolpčni obliki Evropske agencije za zdravila, ki jo njen uvoz tabel prebere nazaj brez sprememb.',
  asOf: 'Izvozu, seznamu zdravil ali zapisu zdravila dodajte asOf=LLLL-MM-DD in dobili boste katalog, kakršen je bil ob koncu tistega dne, glede na zgodovino vsakega zdravila.',
  dictionaryHeading: 'Slovar podatkov',
  dictionaryText: 'Vsak izvoz razen oblike EMA ima eno vrstico na zdravilo in te stolpce; seznami so ločeni z »; «, datumi so LLLL-MM-DD, prazno pa pomeni neznano.',
  schemaLink: 'Enako kot JSON Table Schema',
  column: 'Stolpec',
  type: 'Vrsta',
  meaning: 'Pomen',
  dumpHeading: 'Najnovejši celotni izvoz',
  dumpIntro: 'Izdelano {date}, s katalogom na dan {asOf}. Prenos preverite z njegovo kontrolno vsoto SHA-256.',
  noDump: 'Na tem portalu še ni bil objavljen noben celotni izvoz.',
  file: 'Datoteka',
  rows: 'Vrstice',
  size: 'Velikost',
  checksum: 'Kontrolna vsota SHA-256',
  manifestLink: 'Manifest (JSON)',
};
