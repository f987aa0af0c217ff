/** Polish export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const pl: ExportsMessages = {
  heading: 'Eksporty zbiorcze',
  text: 'Pobierz cały katalog lub wyniki dowolnego wyszukiwania (z tymi samymi parametrami co API wyszukiwania) jako CSV (UTF-8, do arkuszy kalkulacyjnych), Excel, JSON Lines lub Parquet (dla DuckDB, pandas i Spark), albo we własnym 39-kolumnowym formacie Europejskiej Agencji Leków, który jej import tabel odczytuje z powrotem bez zmian.',
  asOf: 'Dodaj asOf=RRRR-MM-DD do eksportu, listy leków lub rekordu leku, aby otrzymać katalog w stanie z końca tego dnia, według historii każdego leku.',
  dictionaryHeading: 'Słownik danych',
  dictionaryText: 'Każdy eksport poza formatem EMA ma jeden wiersz na lek i te kolumny; listy są rozdzielone znakami „; ”, daty mają postać RRRR-MM-DD, a puste pole oznacza brak danych.',
  schemaLink: 'To samo jako JSON Table Schema',
  column: 'Kolumna',
  type: 'Typ',
  meaning: 'Znaczenie',
  dumpHeading: 'Najnowszy pełny eksport',
  dumpIntro: 'Utworzony {date}, z katalogiem według stanu na {asOf}. Sprawdź pobrany plik za pomocą sumy kontrolnej SHA-256.',
  noDump: 'Na tym portalu nie opublikowano jeszcze żadnego pełnego eksportu.',
  file: 'Plik',
  rows: 'Wiersze',
  size: 'Rozmiar',
  checksum: 'Suma kontrolna SHA-256',
  manifestLink: 'Manifest (JSON)',
};
