/** Estonian export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const et: ExportsMessages = {
  heading: 'Hulgieksport',
  text: 'Laadige alla kogu kataloog või mis tahes otsingu tulemused (samade parameetritega nagu otsingu API) CSV-na (UTF-8, tabelarvutuseks), Exceli, JSON Linesi või Parqueti vormingus (DuckDB, pandase ja Sparki jaoks) või Euroopa Ravimiameti enda 39 veeruga vormingus, mille selle tabeliimport loeb muutmata tagasi.',
  asOf: 'Lisage ekspordile, ravimite loendile või ravimi kirjele asOf=AAAA-KK-PP, et saada kataloog sellisena, nagu see oli selle päeva lõpus, iga ravimi ajaloo põhjal.',
  dictionaryHeading: 'Andmesõnastik',
  dictionaryText: 'Igal ekspordil peale EMA vormingu on üks rida ravimi kohta ja need veerud; loendid on eraldatud märgiga „; “, kuupäevad on kujul AAAA-KK-PP ja tühi tähendab teadmata.',
  schemaLink: 'Sama JSON Table Schemana',
  column: 'Veerg',
  type: 'Tüüp',
  meaning: 'Tähendus',
  dumpHeading: 'Viimane täiseksport',
  dumpIntro: 'Koostatud {date}, kataloog seisuga {asOf}. Kontrollige allalaaditud faili SHA-256 kontrollsummaga.',
  noDump: 'Selles portaalis ei ole veel täiseksporti avaldatud.',
  file: 'Fail',
  rows: 'Read',
  size: 'Suurus',
  checksum: 'SHA-256 kontrollsumma',
  manifestLink: 'Manifest (JSON)',
};
