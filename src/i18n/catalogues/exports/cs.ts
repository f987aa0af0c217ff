/** Czech export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const cs: ExportsMessages = {
  heading: 'Hromadné exporty',
  text: 'Stáhněte si celý katalog nebo výsledky libovolného vyhledávání (se stejnými parametry jako vyhledávací API) jako CSV (UTF-8, pro tabulkové procesory), Excel, JSON Lines nebo Parquet (pro DuckDB, pandas a Spark), nebo ve vlastním 39sloupcovém formátu Evropské agentury pro léčivé přípravky, který její import tabulek načte zpět beze změn.',
  asOf: 'Přidejte asOf=RRRR-MM-DD k exportu, k seznamu léčivých přípravků nebo k záznamu přípravku a získáte katalog, jak vypadal na konci toho dne, podle historie každého přípravku.',
  dictionaryHeading: 'Datový slovník',
  dictionaryText: 'Každý export kromě formátu EMA má jeden řádek na léčivý přípravek a tyto sloupce; seznamy jsou odděleny „; “, data mají tvar RRRR-MM-DD a prázdná hodnota znamená neznámé.',
  schemaLink: 'Totéž jako JSON Table Schema',
  column: 'Sloupec',
  type: 'Typ',
  meaning: 'Význam',
  dumpHeading: 'Poslední úplný export',
  dumpIntro: 'Vytvořeno {date}, katalog ke dni {asOf}. Stažený soubor ověřte podle jeho kontrolního součtu SHA-256.',
  noDump: 'Na tomto portálu zatím nebyl zveřejněn žádný úplný export.',
  file: 'Soubor',
  rows: 'Řádky',
  size: 'Velikost',
  checksum: 'Kontrolní součet SHA-256',
  manifestLink: 'Manifest (JSON)',
};
