/**
 * EMA's data tables as rows of cell values, for tests that write altered copies of them (a
 * subset of rows, localised flags, dates in noise) and import those copies as EMA's own.
 */
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';

export type Value = ExcelJS.CellValue;

/** A worksheet as values, the header row found, rows after it being data. */
export interface Sheet {
  rows: Value[][];
  headerIndex: number;
  /** Column index by header text (whitespace collapsed). */
  columns: Map<string, number>;
}

export const plain = (v: Value): string =>
  v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v);
export const headerText = (v: Value) => plain(v).replace(/\s+/g, ' ').trim();

export async function loadSheet(file: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const rows: Value[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: Value[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      values[col - 1] = cell.value;
    });
    rows.push(Array.from(values, (v) => v ?? null));
  }
  const headerIndex = rows.findIndex((r) => r.some((v) => headerText(v) === 'Category'));
  assert.ok(headerIndex >= 0, `${file}: no header row`);
  const columns = new Map<string, number>();
  rows[headerIndex]!.forEach((v, i) => columns.set(headerText(v), i));
  return { rows, headerIndex, columns };
}

export async function writeSheet(sheet: Sheet, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const out = workbook.addWorksheet('Medicine');
  sheet.rows.forEach((values, r) => {
    const row = out.getRow(r + 1);
    values.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy hh:mm';
    });
  });
  await workbook.xlsx.writeFile(file);
}

export const copy = (sheet: Sheet): Sheet => ({ ...sheet, rows: sheet.rows.map((r) => [...r]) });
export const dataRows = (sheet: Sheet) => sheet.rows.slice(sheet.headerIndex + 1);

