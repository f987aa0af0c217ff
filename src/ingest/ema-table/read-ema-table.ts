/**
 * Reads EMA's "medicines output" table (the list of every EPAR that EMA publishes as xlsx) into
 * typed rows. Two layouts exist: the 30-column EPAR export (the 2022 and 2023 snapshots) and the
 * 39-column "medicines report" (2025 on), which adds non-authorised medicines and more dates. The layout is recognised from the header row, wherever it sits,
 * never from the file name. A csv with the same columns reads the same way.
 *
 * EMA's exports are messy and change without notice, so cells are read leniently (`../cells/`):
 * yes/no in any EU language, a date among stray separators, date-times as calendar dates in EMA's
 * time zone, lists in either separator. A cell that still cannot be read is a `warnings` entry
 * naming its row, column and value, and its field is left empty for other sources to fill; the
 * row is kept. Only a row without the product number or the name that identify it is left out,
 * as an `errors` entry. Nothing is thrown but for a file that is not an EMA table at all.
 */
import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { ImportError } from '../../domain/errors.ts';
import { checkTableFileSize, checkXlsxArchive, TABLE_FILE_LIMITS, type TableFileLimits } from './table-file-limits.ts';
import { productCategory, type AtcCode, type ProductNumber } from '../../domain/identifiers.ts';
import { readAtcCodes, recogniseOpinionStatus, type AtcReading } from '../source-vocabulary.ts';
import { FLAG_KEYS, emptyFlags, parseStatus, type Category, type Dates, type Flags, type IsoDate, type Status } from '../../domain/medicine.ts';
import { readDateText } from '../cells/calendar-date.ts';
import { cellValue, foldText, isBlankCell, unreadable, type CellResult } from '../cells/cell-result.ts';
import { calendarDateOf, dateFromSerial, judgeDateTimeForm, readDateCell, type DateTimeForm } from '../cells/excel-date.ts';
import { splitList } from '../cells/list-cell.ts';
import { readProductNumberCell } from '../cells/product-number.ts';
import { isYesMark, readYesNo } from '../cells/yes-no.ts';

export type EmaTableLayout = '30-column' | '39-column';

/**
 * Date columns of the table that have no counterpart in `Dates`. `commissionDecision` is the latest
 * European Commission decision on the product, not the first authorisation; `authorisationEnded` is
 * EMA's combined "withdrawal / expiry / revocation / lapse" column as given.
 */
export type ExtraDateKey = 'commissionDecision' | 'rollingReviewStarted' | 'evaluationStarted' | 'authorisationEnded';

/**
 * A key is present when the layout carries the information and `null` when the cell is empty;
 * a key is absent when the layout has no such column.
 */
export type EmaTableDates = Partial<Dates> & Partial<Record<ExtraDateKey, IsoDate | null>>;

export interface EmaTableRow {
  /** The spreadsheet row number (for csv: the record number, banner rows included). */
  line: number;
  category: Category;
  name: string;
  productNumber: ProductNumber;
  /** Null when the cell could not be read (a warning says so): other sources decide. */
  status: Status | null;
  /** CHMP's opinion while a medicine is in status "opinion"; 39-column layout only. */
  opinionStatus: 'positive' | 'negative' | null;
  inn: string | null;
  activeSubstance: string | null;
  therapeuticAreas: string[];
  /** ATC codes, or ATCvet codes for veterinary medicines. */
  atcCodes: AtcCode[];
  /** `true` when the ATC cells say "not yet assigned" (in any EU language), `false` when they give codes, `null` when empty. */
  atcNotYetAssigned: boolean | null;
  /** What the ATC cells hold that is not a code, verbatim ("VO4D"): never corrected into one. */
  malformedAtcCodes: string[];
  species: string[];
  pharmacotherapeuticGroup: string | null;
  therapeuticIndication: string | null;
  flags: Flags;
  /** EMA's "Patient safety" marker; it is not one of the medicine's flags. */
  patientSafety: boolean | null;
  marketingAuthorisationHolder: string | null;
  dates: EmaTableDates;
  revision: number | null;
  /** As printed ("II/0010/G", "VR/0000246587", even "WS2707"): EMA's numbering here is too loose to parse. */
  latestProcedure: string | null;
  firstPublished: IsoDate | null;
  lastUpdated: IsoDate | null;
  url: string | null;
  /** The last segment of EMA's URL, which is EMA's own slug for the medicine. */
  slug: string | null;
}

export interface EmaTableProblem {
  line: number;
  /** The field of `EmaTableRow` concerned (`flags.orphan`, `dates.refusal`). */
  field: string;
  /** The column's header as the file spells it. */
  column: string;
  /** The cell as given ('' when empty). */
  value: string;
  message: string;
}

export interface EmaTable {
  layout: EmaTableLayout;
  /** The "output generated" date from the banner rows above the header; `null` when absent. */
  snapshotDate: IsoDate | null;
  rows: EmaTableRow[];
  /** Rows left out because the product number or name that identify them is missing or unreadable. */
  errors: EmaTableProblem[];
  /** Cells left empty in kept rows because they could not be read, and placeholder rows without a status that were left out. */
  warnings: EmaTableProblem[];
}

/** Thrown when no header row matches a known layout; lists what was found and what is missing. */
export class UnknownLayoutError extends ImportError {
  readonly found: string[];
  readonly missing: string[];
  readonly closestLayout: EmaTableLayout;

  constructor(file: string, found: string[], missing: string[], closestLayout: EmaTableLayout) {
    super(
      file,
      `not an EMA medicines table: no header row matches a known layout. Closest is the ${closestLayout} layout, ` +
        `which is missing ${missing.map((m) => `"${m}"`).join(', ')}. Columns found: ${found.map((f) => `"${f}"`).join(', ') || '(none)'}`,
    );
    this.found = found;
    this.missing = missing;
    this.closestLayout = closestLayout;
  }
}

type Column =
  | 'category' | 'name' | 'productNumber' | 'status' | 'opinionStatus' | 'latestProcedure'
  | 'inn' | 'activeSubstance' | 'therapeuticAreas' | 'species' | 'patientSafety'
  | 'atcHuman' | 'atcVet' | 'groupHuman' | 'groupVet' | 'therapeuticIndication'
  | (typeof FLAG_KEYS)[number]
  | 'holder'
  | 'opinionAdopted' | 'marketingAuthorisationIssued' | 'refusal' | 'applicationWithdrawn' | 'suspension'
  | ExtraDateKey
  | 'revision' | 'firstPublished' | 'lastUpdated' | 'url';

/** Each layout's columns in the file's order; a column may have several accepted headers. */
export const LAYOUTS: Readonly<Record<EmaTableLayout, Readonly<Partial<Record<Column, readonly string[]>>>>> = {
  '30-column': {
    category: ['Category'],
    name: ['Medicine name'],
    therapeuticAreas: ['Therapeutic area'],
    inn: ['International non-proprietary name (INN) / common name'],
    activeSubstance: ['Active substance'],
    productNumber: ['Product number'],
    patientSafety: ['Patient safety'],
    status: ['Authorisation status'],
    atcHuman: ['ATC code'],
    additionalMonitoring: ['Additional monitoring'],
    generic: ['Generic'],
    biosimilar: ['Biosimilar'],
    conditionalApproval: ['Conditional approval'],
    exceptionalCircumstances: ['Exceptional circumstances'],
    acceleratedAssessment: ['Accelerated assessment'],
    orphan: ['Orphan medicine'],
    marketingAuthorisationIssued: ['Marketing authorisation date'],
    refusal: ['Date of refusal of marketing authorisation'],
    holder: ['Marketing authorisation holder/company name'],
    groupHuman: ['Human pharmacotherapeutic group'],
    groupVet: ['Vet pharmacotherapeutic group'],
    opinionAdopted: ['Date of opinion'],
    commissionDecision: ['Decision date'],
    revision: ['Revision number'],
    therapeuticIndication: ['Condition / indication'],
    species: ['Species'],
    atcVet: ['ATCvet code'],
    firstPublished: ['First published'],
    lastUpdated: ['Revision date'],
    url: ['URL'],
  },
  '39-column': {
    category: ['Category'],
    name: ['Name of medicine'],
    productNumber: ['EMA product number'],
    status: ['Medicine status'],
    opinionStatus: ['Opinion status'],
    latestProcedure: ['Latest procedure affecting product information'],
    inn: ['International non-proprietary name (INN) / common name'],
    activeSubstance: ['Active substance'],
    therapeuticAreas: ['Therapeutic area (MeSH)'],
    species: ['Species (veterinary)'],
    patientSafety: ['Patient safety'],
    atcHuman: ['ATC code (human)'],
    atcVet: ['ATCvet code (veterinary)'],
    groupHuman: ['Pharmacotherapeutic group (human)'],
    groupVet: ['Pharmacotherapeutic group (veterinary)'],
    therapeuticIndication: ['Therapeutic indication'],
    acceleratedAssessment: ['Accelerated assessment'],
    additionalMonitoring: ['Additional monitoring'],
    advancedTherapy: ['Advanced therapy'],
    biosimilar: ['Biosimilar'],
    conditionalApproval: ['Conditional approval'],
    exceptionalCircumstances: ['Exceptional circumstances'],
    // Renamed to plain "Generic" in the 2026 file.
    generic: ['Generic or hybrid', 'Generic'],
    orphan: ['Orphan medicine'],
    prime: ['PRIME: priority medicine'],
    holder: ['Marketing authorisation developer / applicant / holder'],
    commissionDecision: ['European Commission decision date'],
    rollingReviewStarted: ['Start of rolling review date'],
    evaluationStarted: ['Start of evaluation date'],
    opinionAdopted: ['Opinion adopted date'],
    applicationWithdrawn: ['Withdrawal of application date'],
    marketingAuthorisationIssued: ['Marketing authorisation date'],
    refusal: ['Refusal of marketing authorisation date'],
    authorisationEnded: ['Withdrawal / expiry / revocation / lapse of marketing authorisation date'],
    suspension: ['Suspension of marketing authorisation date'],
    revision: ['Revision number'],
    firstPublished: ['First published date'],
    lastUpdated: ['Last updated date'],
    url: ['Medicine URL'],
  },
};

const DATE_COLUMNS = [
  'opinionAdopted', 'marketingAuthorisationIssued', 'refusal', 'applicationWithdrawn', 'suspension',
  'commissionDecision', 'rollingReviewStarted', 'evaluationStarted', 'authorisationEnded',
] as const satisfies readonly (keyof EmaTableDates & Column)[];

/**
 * Which `Dates` key the combined end-of-authorisation column belongs under, by status. For a
 * withdrawn rolling review it holds the end of the review, which no `Dates` key describes.
 */
const END_DATE_BY_STATUS: Partial<Record<Status, keyof Dates>> = {
  withdrawn: 'withdrawal',
  expired: 'expiry',
  revoked: 'revocation',
  lapsed: 'lapse',
};

// How far down the sheet a header row may sit; EMA's banner takes eight rows.
const HEADER_SEARCH_ROWS = 50;

type Cell = string | number | boolean | Date | null;
interface GridRow {
  line: number;
  cells: Cell[];
}
interface Grid {
  rows: GridRow[];
  /** Workbooks made on old Macs count serial dates from 1904. */
  date1904: boolean;
}

export async function readEmaTable(path: string, limits: TableFileLimits = TABLE_FILE_LIMITS): Promise<EmaTable> {
  checkTableFileSize(path, (await stat(path)).size, limits);
  const bytes = await readFile(path);
  // A file that grew between the two looks is held to the same limit.
  checkTableFileSize(path, bytes.length, limits);
  // Sniff rather than trust the extension: an xlsx is a zip archive.
  const isZip = bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) checkXlsxArchive(path, bytes, limits);
  const grids = isZip ? await xlsxGrids(bytes) : csvGrids(bytes.toString('utf8'));
  return readGrid(grids, path);
}

async function xlsxGrids(bytes: Buffer): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings predate Node's generic Buffer.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const date1904 = workbook.properties.date1904 === true;
  return workbook.worksheets.map((sheet) => {
    const rows: GridRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // A merged range repeats its value in every cell; only the top-left one holds it.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        cells[col - 1] = plainValue(cell.value);
      });
      rows.push({ line, cells: Array.from(cells, (c) => c ?? null) });
    });
    return { rows, date1904 };
  });
}

function plainValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

/** One grid per plausible delimiter; the header search picks the one that makes sense. */
function csvGrids(text: string): Grid[] {
  const body = text.replace(/^\uFEFF/, '');
  return [',', ';', '\t'].map((delimiter) => ({
    rows: parseCsv(body, delimiter).map((cells, i) => ({ line: i + 1, cells: cells.map((c) => (c === '' ? null : c)) })),
    date1904: false,
  }));
}

/** RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === delimiter) {
      endField();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

const headerKey = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

interface HeaderMatch {
  grid: Grid;
  headerIndex: number;
  layout: EmaTableLayout;
  columns: Map<Column, number>;
  missing: string[];
  found: string[];
}

function matchHeader(grid: Grid, headerIndex: number, layout: EmaTableLayout): HeaderMatch {
  const cells = grid.rows[headerIndex]?.cells ?? [];
  const positions = new Map<string, number>();
  cells.forEach((cell, i) => {
    if (typeof cell === 'string' && !positions.has(headerKey(cell))) positions.set(headerKey(cell), i);
  });
  const columns = new Map<Column, number>();
  const missing: string[] = [];
  for (const [column, names] of Object.entries(LAYOUTS[layout]) as [Column, readonly string[]][]) {
    const at = names.map((n) => positions.get(headerKey(n))).find((p) => p !== undefined);
    if (at === undefined) missing.push(names.join('" or "'));
    else columns.set(column, at);
  }
  const found = cells.filter((c): c is string => typeof c === 'string').map((c) => c.replace(/\s+/g, ' ').trim());
  return { grid, headerIndex, layout, columns, missing, found };
}

function findHeader(grids: Grid[], file: string): HeaderMatch {
  let best: HeaderMatch | null = null;
  for (const grid of grids) {
    const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
    for (let i = 0; i < limit; i++) {
      for (const layout of Object.keys(LAYOUTS) as EmaTableLayout[]) {
        const match = matchHeader(grid, i, layout);
        if (!best || match.columns.size > best.columns.size) best = match;
      }
    }
  }
  if (best && best.columns.size > 0 && best.missing.length === 0) return best;
  if (best && best.columns.size > 0) throw new UnknownLayoutError(file, best.found, best.missing, best.layout);
  const widest = grids.flatMap((g) => g.rows.slice(0, HEADER_SEARCH_ROWS)).reduce<GridRow | null>((a, r) => (!a || r.cells.length > a.cells.length ? r : a), null);
  const found = (widest?.cells ?? []).filter((c) => c !== null).map((c) => String(c));
  throw new UnknownLayoutError(file, found, Object.values(LAYOUTS['39-column']).map((n) => n.join('" or "')), '39-column');
}

/** What every row of one sheet is read with: where the columns are and how each is written. */
interface SheetContext {
  columns: Map<Column, number>;
  /** Each column's header as the file spells it, for warnings. */
  headers: Map<Column, string>;
  date1904: boolean;
  /** The form of each date column's date-time cells (see `judgeDateTimeForm`). */
  dateForms: Map<Column, DateTimeForm>;
  /** The form of the sheet's date-time cells taken together. */
  sheetForm: DateTimeForm;
  /** Yes/no columns written as ticks ("x"), where an empty cell means "no". */
  tickColumns: Set<Column>;
}

const YES_NO_COLUMNS = [...FLAG_KEYS, 'patientSafety'] as const satisfies readonly Column[];
const ALL_DATE_COLUMNS = [...DATE_COLUMNS, 'firstPublished', 'lastUpdated'] as const satisfies readonly Column[];
// Below this many cells on one midnight or the other, a column's own form is not trusted and
// the sheet's (all date columns together) decides.
const FORM_EVIDENCE = 10;

function readGrid(grids: Grid[], file: string): EmaTable {
  const header = findHeader(grids, file);
  const { grid, headerIndex, layout, columns } = header;
  const body = grid.rows
    .slice(headerIndex + 1)
    .filter((r) => !r.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === '')));
  const context = sheetContext(grid, headerIndex, columns, body);
  const banner = grid.rows.slice(0, headerIndex);
  const table: EmaTable = { layout, snapshotDate: snapshotDate(banner, context), rows: [], errors: [], warnings: [] };
  for (const gridRow of body) readRow(gridRow, context, table);
  return table;
}

function sheetContext(grid: Grid, headerIndex: number, columns: Map<Column, number>, body: GridRow[]): SheetContext {
  const headerCells = grid.rows[headerIndex]?.cells ?? [];
  const headers = new Map<Column, string>();
  for (const [column, at] of columns) headers.set(column, String(headerCells[at] ?? column).replace(/\s+/g, ' ').trim());
  const cellsOf = (column: Column): Cell[] => {
    const at = columns.get(column);
    return at === undefined ? [] : body.map((r) => r.cells[at] ?? null);
  };

  const datesOf = (column: Column): Date[] =>
    cellsOf(column).flatMap((c) => {
      if (c instanceof Date) return [c];
      const serial = typeof c === 'number' ? dateFromSerial(c, grid.date1904) : null;
      return serial ? [serial] : [];
    });
  const sheetForm = judgeDateTimeForm(ALL_DATE_COLUMNS.flatMap(datesOf)).form;
  const dateForms = new Map<Column, DateTimeForm>();
  for (const column of ALL_DATE_COLUMNS) {
    const own = judgeDateTimeForm(datesOf(column));
    dateForms.set(column, own.evidence >= FORM_EVIDENCE ? own.form : sheetForm);
  }

  const tickColumns = new Set<Column>();
  for (const column of YES_NO_COLUMNS) {
    const cells = cellsOf(column);
    const ticked = cells.some((c) => typeof c === 'string' && isYesMark(c));
    const saysNo = cells.some((c) => {
      const r = readYesNo(c);
      return r.ok && r.value === false;
    });
    if (ticked && !saysNo) tickColumns.add(column);
  }
  return { columns, headers, date1904: grid.date1904, dateForms, sheetForm, tickColumns };
}

/** The date in a banner row such as "Output generated at: | Thu, 17/11/2022 - 07:45". */
function snapshotDate(banner: GridRow[], context: SheetContext): IsoDate | null {
  for (const row of banner) {
    if (!row.cells.some((c) => typeof c === 'string' && /generated/i.test(c))) continue;
    for (const cell of row.cells) {
      if (cell instanceof Date) return calendarDateOf(cell, context.sheetForm);
      if (typeof cell !== 'string' || /generated/i.test(cell)) continue;
      const read = readDateText(cell);
      if (read.ok && read.value) return read.value;
    }
  }
  return null;
}

function readRow(gridRow: GridRow, context: SheetContext, table: EmaTable): void {
  const { line } = gridRow;
  const { columns, headers } = context;
  const warnings: EmaTableProblem[] = [];
  const has = (column: Column) => columns.has(column);
  const raw = (column: Column): Cell => {
    const at = columns.get(column);
    return at === undefined ? null : (gridRow.cells[at] ?? null);
  };
  const problem = (column: Column, field: string, message: string): EmaTableProblem => ({
    line,
    field,
    column: headers.get(column) ?? column,
    value: shown(raw(column)),
    message,
  });
  // An unreadable cell is a warning and an empty field: the row goes on without it.
  const lenient = <T>(column: Column, field: string, result: CellResult<T>): T | null => {
    if (result.ok) return result.value;
    warnings.push(problem(column, field, `${result.message}; left empty`));
    return null;
  };
  const str = (column: Column) => text(raw(column));
  const date = (column: Column, field: string = column) =>
    lenient(column, field, readDateCell(raw(column), { date1904: context.date1904, form: context.dateForms.get(column) ?? 'wall-clock' }));

  // Identity: without the product number and name, the row cannot be told to belong to any medicine.
  const numberRead = readProductNumberCell(str('productNumber'));
  const name = str('name');
  const identityErrors: EmaTableProblem[] = [];
  if (!numberRead.ok || numberRead.value === null) {
    identityErrors.push(problem('productNumber', 'productNumber', `${numberRead.ok ? 'the product number is empty' : numberRead.message}; row left out`));
  }
  if (name === null) identityErrors.push(problem('name', 'name', 'the medicine name is empty; row left out'));
  if (!numberRead.ok || numberRead.value === null || name === null) {
    table.errors.push(...identityErrors);
    return;
  }
  const productNumber = numberRead.value;

  // The product number says the category (H or V); the column only confirms it.
  const category = productCategory(productNumber);
  const categoryText = str('category');
  if (categoryText !== null) {
    const stated = readCategory(categoryText);
    if (!stated.ok) warnings.push(problem('category', 'category', `${stated.message}; the product number's category (${category}) is used`));
    else if (stated.value !== null && stated.value !== category) {
      warnings.push(problem('category', 'category', `"${categoryText}" does not match product number ${productNumber}; the product number's category (${category}) is used`));
    }
  }

  const statusText = str('status');
  const holder = str('holder');
  if (statusText === null && holder === null && DATE_COLUMNS.every((c) => text(raw(c)) === null)) {
    // EMA lists the odd product as a stub with no status, holder or dates (Aplidin in the 2022 and
    // 2023 files): a placeholder, not a damaged row, so it is noted rather than counted as an error.
    table.warnings.push(problem('status', 'status', `${productNumber} "${name}" has no status, holder or dates; row left out as a placeholder`));
    return;
  }
  const status = statusText === null ? null : lenient('status', 'status', readStatus(statusText));

  const flags = emptyFlags();
  const yesNo = (column: (typeof YES_NO_COLUMNS)[number], field: string) => {
    const value = lenient(column, field, readYesNo(raw(column)));
    return value === null && context.tickColumns.has(column) && isBlankCell(str(column) ?? '') ? false : value;
  };
  for (const key of FLAG_KEYS) if (has(key)) flags[key] = yesNo(key, `flags.${key}`);

  const dates: EmaTableDates = {};
  for (const key of DATE_COLUMNS) if (has(key)) dates[key] = date(key, `dates.${key}`);
  if (has('authorisationEnded')) {
    for (const key of Object.values(END_DATE_BY_STATUS)) dates[key] = null;
    const key = status && END_DATE_BY_STATUS[status];
    if (key) dates[key] = dates.authorisationEnded ?? null;
  }
  const lastUpdated = date('lastUpdated');
  if (has('lastUpdated')) dates.pageLastUpdated = lastUpdated;

  const [ownAtc, otherAtc] = category === 'veterinary' ? (['atcVet', 'atcHuman'] as const) : (['atcHuman', 'atcVet'] as const);
  const [ownGroup, otherGroup] = category === 'veterinary' ? (['groupVet', 'groupHuman'] as const) : (['groupHuman', 'groupVet'] as const);
  const url = lenient('url', 'url', readUrl(str('url')));
  const atcCodes = (column: 'atcHuman' | 'atcVet') =>
    atcList(raw(column), (message) => warnings.push(problem(column, column === 'atcVet' ? 'atcCodes (ATCvet)' : 'atcCodes', message)));
  const [ownCodes, otherCodes] = [atcCodes(ownAtc), atcCodes(otherAtc)];
  const anyCodes = ownCodes.codes.length + otherCodes.codes.length + ownCodes.malformed.length + otherCodes.malformed.length > 0;
  table.rows.push({
    line,
    category,
    name,
    productNumber,
    status,
    opinionStatus: lenient('opinionStatus', 'opinionStatus', readOpinionStatus(str('opinionStatus'))),
    inn: substanceText(raw('inn')),
    activeSubstance: substanceText(raw('activeSubstance')),
    // MeSH terms hold commas ("Carcinoma, Non-Small-Cell Lung"): only the other separators split them.
    therapeuticAreas: list(raw('therapeuticAreas'), false),
    // A veterinary row may repeat its ATCvet code in the human column (EMEA/V/C/005988).
    atcCodes: unique([...ownCodes.codes, ...otherCodes.codes]),
    atcNotYetAssigned: anyCodes ? false : ownCodes.notYetAssigned || otherCodes.notYetAssigned ? true : null,
    malformedAtcCodes: unique([...ownCodes.malformed, ...otherCodes.malformed]),
    // Species are MeSH-like too ("Calves, newborn").
    species: list(raw('species'), false),
    pharmacotherapeuticGroup: groupText(raw(ownGroup)) ?? groupText(raw(otherGroup)),
    therapeuticIndication: str('therapeuticIndication'),
    flags,
    patientSafety: has('patientSafety') ? yesNo('patientSafety', 'patientSafety') : null,
    marketingAuthorisationHolder: holder,
    dates,
    revision: lenient('revision', 'revision', readRevision(raw('revision'))),
    latestProcedure: procedureText(str('latestProcedure')),
    firstPublished: date('firstPublished'),
    lastUpdated,
    url,
    slug: url ? (new URL(url).pathname.split('/').filter(Boolean).pop() ?? null) : null,
  });
  table.warnings.push(...warnings);
}

/** A cell as given, for a warning: dates in ISO form, empty as ''. */
function shown(cell: Cell): string {
  if (cell === null) return '';
  return cell instanceof Date ? (Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString()) : String(cell);
}

// ---- cell readers: each gives the typed value, null for an empty cell, or says why it cannot.

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The 39-column export leaks HTML entities (&nbsp;, &lt;). */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Trimmed text with whitespace collapsed and entities decoded; null when empty. */
function text(cell: Cell): string | null {
  if (cell === null) return null;
  // A date where text belongs reads as its day, as EMA's sheet shows it.
  const s = decodeEntities(cell instanceof Date ? (calendarDateOf(cell, 'wall-clock') ?? shown(cell)) : String(cell))
    .replace(/\s+/g, ' ')
    .trim();
  return s === '' ? null : s;
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** Split before whitespace is collapsed: a line break separates items too. */
function list(cell: Cell, commas: boolean): string[] {
  if (cell === null || cell instanceof Date) return [];
  return splitList(decodeEntities(String(cell)), { commas });
}

/** Substance lists come as "a;b" (39 columns) or "a; b": one spelling, "a; b", for both. */
function substanceText(cell: Cell): string | null {
  return text(cell)?.replace(/\s*;\s*/g, '; ') ?? null;
}

/** The 30-column export leaves a dangling ", " after the group ("Vaccines, "). */
function groupText(cell: Cell): string | null {
  const s = text(cell)?.replace(/\s*;\s*/g, '; ').replace(/[\s,;]+$/, '');
  return s ? s : null;
}

function procedureText(s: string | null): string | null {
  return s === null || /^-+$/.test(s) ? null : s;
}

/** The words of a cell folded for comparison: "  Human. " and "HUMAN" are "human". */
const words = (s: string) => foldText(s).replace(/[\p{P}\s]+/gu, ' ').trim();

function readCategory(s: string): CellResult<Category> {
  if (isBlankCell(s)) return cellValue(null);
  const w = words(s);
  if (/^human\b/.test(w)) return cellValue('human');
  if (/^vet(erinary)?\b/.test(w)) return cellValue('veterinary');
  return unreadable(`"${s}" is not a category (expected Human or Veterinary)`);
}

function readStatus(s: string): CellResult<Status> {
  if (isBlankCell(s)) return cellValue(null);
  // American spelling and stray punctuation aside, the status must be one EMA uses.
  const status = parseStatus(words(s).replace(/authoriz/g, 'authoris'));
  return status ? cellValue(status) : unreadable(`"${s}" is not an EMA status`);
}

function readOpinionStatus(s: string | null): CellResult<'positive' | 'negative'> {
  if (s === null || isBlankCell(s)) return cellValue(null);
  // In any EU language: a translated export says "Negativ" or "Positivo".
  const status = recogniseOpinionStatus(s);
  if (status) return cellValue(status);
  return unreadable(`"${s}" is not an opinion status (expected Positive or Negative)`);
}

/** A whole number; some 30-column rows hold it as the text "01", other exports as "6.0" or "Rev. 6". */
function readRevision(cell: Cell): CellResult<number> {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cellValue(cell) : unreadable(`${cell} is not a revision number`);
  const s = text(cell);
  if (s === null || isBlankCell(s)) return cellValue(null);
  const m = /^(?:rev(?:ision)?\.?\s*(?:no\.?\s*)?)?(\d+)(?:[.,]0+)?$/i.exec(s);
  return m ? cellValue(Number(m[1])) : unreadable(`"${s}" is not a revision number`);
}

/** A web address, also inside other text or without its scheme ("www.ema.europa.eu/..."). */
function readUrl(s: string | null): CellResult<string> {
  if (s === null || isBlankCell(s)) return cellValue(null);
  const candidates = unique([...s.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>"'()]+/gi)].map((m) => m[0].replace(/[.,;:!?]+$/, '')));
  if (candidates.length !== 1) {
    return unreadable(candidates.length === 0 ? `"${s}" is not a web address` : `"${s}" holds ${candidates.length} web addresses`);
  }
  const url = /^www\./i.test(candidates[0]!) ? `https://${candidates[0]}` : candidates[0]!;
  return URL.canParse(url) ? cellValue(url) : unreadable(`"${s}" is not a web address`);
}

/**
 * Codes split by ";" (39 columns) or ", " (30 columns), or by anything else no code contains
 * (blanks, "/"); "not yet assigned" in any EU language said as such. What is not a code ("VO4D",
 * EMA's O for a zero) is kept verbatim with a warning: the page shows it flagged, never corrected.
 */
function atcList(cell: Cell, warn: (message: string) => void): AtcReading {
  const reading = readAtcCodes(list(cell, true));
  for (const m of reading.malformed) warn(`"${m}" is not an ATC code; kept as printed, not as a code`);
  return reading;
}
