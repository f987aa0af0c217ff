/** German export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const de: ExportsMessages = {
  heading: 'Massenexporte',
  text: 'Laden Sie den ganzen Katalog oder die Ergebnisse jeder Suche (mit denselben Parametern wie die Such-API) als CSV (UTF-8, für Tabellenkalkulationen), Excel, JSON Lines oder Parquet (für DuckDB, pandas und Spark) herunter, oder im eigenen 39-spaltigen Format der Europäischen Arzneimittel-Agentur, das ihr Tabellenimport unverändert zurückliest.',
  asOf: 'Hängen Sie asOf=JJJJ-MM-TT an einen Export, die Arzneimittelliste oder den Datensatz eines Arzneimittels an, um den Katalog so zu erhalten, wie er am Ende dieses Tages war, aus der Historie jedes Arzneimittels.',
  dictionaryHeading: 'Datenwörterbuch',
  dictionaryText: 'Jeder Export außer dem EMA-Format hat eine Zeile pro Arzneimittel und diese Spalten; Listen sind durch „; “ getrennt, Daten haben die Form JJJJ-MM-TT, und leer bedeutet unbekannt.',
  schemaLink: 'Dasselbe als JSON Table Schema',
  column: 'Spalte',
  type: 'Typ',
  meaning: 'Bedeutung',
  dumpHeading: 'Neuester Gesamtexport',
  dumpIntro: 'Erstellt am {date}, mit dem Katalog zum {asOf}. Prüfen Sie einen Download anhand seiner SHA-256-Prüfsumme.',
  noDump: 'Auf diesem Portal wurde noch kein Gesamtexport veröffentlicht.',
  file: 'Datei',
  rows: 'Zeilen',
  size: 'Größe',
  checksum: 'SHA-256-Prüfsumme',
  manifestLink: 'Manifest (JSON)',
};
