/**
 * Interface text of the exports on the open-data page: the formats, the data dictionary's
 * headings and the latest dump. The dictionary's column descriptions are technical English, like
 * the column names, and are not translated.
 */

export interface ExportsMessages {
  heading: string;
  text: string;
  /** How to ask for the catalogue as of a date. */
  asOf: string;
  dictionaryHeading: string;
  dictionaryText: string;
  schemaLink: string;
  column: string;
  type: string;
  meaning: string;
  dumpHeading: string;
  /** Above the latest dump's files: {date} when it was made, {asOf} the date its catalogue is as of. */
  dumpIntro: string;
  /** When the operator has not published a dump. */
  noDump: string;
  file: string;
  rows: string;
  size: string;
  checksum: string;
  /** The link to the dump's manifest.json. */
  manifestLink: string;
}

export const en: ExportsMessages = {
  heading: 'Bulk exports',
  text: 'Download the whole catalogue, or the results of any search (the same parameters as the search API), as CSV (UTF-8, for spreadsheets), Excel, JSON Lines or Parquet (for DuckDB, pandas and Spark), or in the European Medicines Agency’s own 39-column layout, which its table importer reads back unchanged.',
  asOf: 'Add asOf=YYYY-MM-DD to an export, to the medicines list or to a medicine’s record to get the catalogue as it stood at the end of that day, from the history of each medicine.',
  dictionaryHeading: 'Data dictionary',
  dictionaryText: 'Every export but EMA’s layout has one row per medicine and these columns; lists are separated by “; ”, dates are YYYY-MM-DD and empty means unknown.',
  schemaLink: 'The same as a JSON Table Schema',
  column: 'Column',
  type: 'Type',
  meaning: 'Meaning',
  dumpHeading: 'Latest dump',
  dumpIntro: 'Made on {date}, with the catalogue as of {asOf}. Check a download against its SHA-256 checksum.',
  noDump: 'No dump has been published on this portal yet.',
  file: 'File',
  rows: 'Rows',
  size: 'Size',
  checksum: 'SHA-256 checksum',
  manifestLink: 'Manifest (JSON)',
};
