/**
 * EMA's 39-column data table written from records, for tests that import tables they make: a
 * row per medicine, each cell as EMA prints it (localised flags and noisy dates included).
 */
import ExcelJS from 'exceljs';
import { LAYOUTS } from '../../src/ingest/ema-table/read-ema-table.ts';

const HEADERS = Object.values(LAYOUTS['39-column']).map((names) => names[0]!);

export type TableRecord = Record<string, string | null>;

/** A 39-column medicine row; `n` makes the product number and name. */
export function tableRecord(n: number, overrides: TableRecord = {}): TableRecord {
  const number = String(n).padStart(6, '0');
  return {
    Category: 'Human',
    'Name of medicine': `Testex ${n}`,
    'EMA product number': `EMEA/H/C/${number}`,
    'Medicine status': 'Authorised',
    'Active substance': 'testexin',
    'Patient safety': 'No',
    'Accelerated assessment': 'Nein',
    'Additional monitoring': 'Sì',
    'Orphan medicine': 'Όχι',
    'Marketing authorisation developer / applicant / holder': 'Testex Pharma B.V.',
    'Marketing authorisation date': ', , 06/01/2022, ,',
    'First published date': '10/11/2021 00:00',
    'Medicine URL': `https://www.ema.europa.eu/en/medicines/human/EPAR/testex-${n}`,
    ...overrides,
  };
}

/**
 * Writes the table as EMA's export does: a banner saying when it was generated (`generated`,
 * EMA's `dd/mm/yyyy - hh:mm`), two blank rows, the header row, then the records.
 */
export async function writeEmaTable(file: string, records: TableRecord[], generated = '14/03/2026 - 06:00'): Promise<string> {
  const banner = [['Content type:', 'Medicine', 'Output automatically generated from content on www.ema.europa.eu on:', generated], [], []];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Medicine');
  const rows = [...banner, HEADERS, ...records.map((r) => HEADERS.map((h) => r[h] ?? null))];
  rows.forEach((values, i) => values.forEach((v, c) => v !== null && (sheet.getRow(i + 1).getCell(c + 1).value = v)));
  await workbook.xlsx.writeFile(file);
  return file;
}
