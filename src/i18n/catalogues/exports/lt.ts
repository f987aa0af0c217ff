/** Lithuanian export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const lt: ExportsMessages = {
  heading: 'Masinis eksportas',
  text: 'Atsisiųskite visą katalogą arba bet kurios paieškos rezultatus (su tais pačiais parametrais kaip paieškos API) CSV (UTF-8, skaičiuoklėms), Excel, JSON Lines arba Parquet (DuckDB, pandas ir Spark) formatu, arba pačios Europos vaistų agentūros 39 stulpelių formatu, kurį jos lentelių importas nuskaito atgal be pakeitimų.',
  asOf: 'Pridėkite asOf=MMMM-MM-DD prie eksporto, vaistų sąrašo ar vaisto įrašo ir gausite katalogą tokį, koks jis buvo tos dienos pabaigoje, pagal kiekvieno vaisto istoriją.',
  dictionaryHeading: 'Duomenų žodynas',
  dictionaryText: 'Kiekviename eksporte, išskyrus EMA formatą, yra po vieną eilutę kiekvienam vaistui ir šie stulpeliai; sąrašai atskirti „; “, datos yra MMMM-MM-DD, o tuščia reiškia nežinoma.',
  schemaLink: 'Tas pats kaip JSON Table Schema',
  column: 'Stulpelis',
  type: 'Tipas',
  meaning: 'Reikšmė',
  dumpHeading: 'Naujausias visas eksportas',
  dumpIntro: 'Sukurta {date}, katalogas {asOf} dienos būklės. Patikrinkite atsisiųstą failą pagal jo SHA-256 kontrolinę sumą.',
  noDump: 'Šiame portale dar nepaskelbtas nė vienas visas eksportas.',
  file: 'Failas',
  rows: 'Eilutės',
  size: 'Dydis',
  checksum: 'SHA-256 kontrolinė suma',
  manifestLink: 'Manifestas (JSON)',
};
