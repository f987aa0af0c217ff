/** Hungarian export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const hu: ExportsMessages = {
  heading: 'Tömeges exportálás',
  text: 'Töltse le a teljes katalógust vagy bármely keresés eredményét (a keresési API-val azonos paraméterekkel) CSV (UTF-8, táblázatkezelőkhöz), Excel, JSON Lines vagy Parquet (DuckDB, pandas és Spark számára) formátumban, vagy az Európai Gyógyszerügynökség saját, 39 oszlopos formátumában, amelyet a táblázatimportálója változatlanul visszaolvas.',
  asOf: 'Adja hozzá az asOf=ÉÉÉÉ-HH-NN paramétert egy exporthoz, a gyógyszerek listájához vagy egy gyógyszer adatlapjához, és a katalógust úgy kapja meg, ahogyan az adott nap végén állt, az egyes gyógyszerek előzményei alapján.',
  dictionaryHeading: 'Adatszótár',
  dictionaryText: 'Az EMA formátumán kívül minden exportban gyógyszerenként egy sor és ezek az oszlopok szerepelnek; a listákat „; ” választja el, a dátumok ÉÉÉÉ-HH-NN alakúak, az üres érték ismeretlent jelent.',
  schemaLink: 'Ugyanez JSON Table Schema formában',
  column: 'Oszlop',
  type: 'Típus',
  meaning: 'Jelentés',
  dumpHeading: 'Legutóbbi teljes export',
  dumpIntro: 'Készült: {date}, a katalógus {asOf} szerinti állapotával. Ellenőrizze a letöltést az SHA-256 ellenőrzőösszeggel.',
  noDump: 'Ezen a portálon még nem tettek közzé teljes exportot.',
  file: 'Fájl',
  rows: 'Sorok',
  size: 'Méret',
  checksum: 'SHA-256 ellenőrzőösszeg',
  manifestLink: 'Jegyzék (JSON)',
};
