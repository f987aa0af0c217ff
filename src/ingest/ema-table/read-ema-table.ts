/**
 * Reads EMA's "medicines output" table (the list of every EPAR that EMA publishes as xlsx) into
 * typed rows. Two layouts exist: the 30-column EPAR export (the 2022 and 2023 snapshots) and the
 * 39-column "medicines report" (2025 on), which adds non-authorised medicines and more dates. The layout is recognised from the header row, wherever it sits,
 * never from the file name. A csv with the same columns reads the same way.
 *
 * Problems are reported, not thrown: a cell that cannot be read makes an `errors` entry and the
 * row is left out; a value EMA got slightly wrong in a secondary column (an ATC typo) makes a
 * `warnings` entry and the row is kept without that value.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { ImportError } from '../../domain/errors.ts';
import { parseAtcCode, parseProductNumber, productCategory, type AtcCode, type ProductNumber } from '../../domain/identifiers.ts';
import { FLAG_KEYS, emptyFlags, parseStatus, type Category, type Dates, type Flags, type IsoDate, type Status } from '../../domain/medicine.ts';

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
  status: Status;
  /** CHMP's opinion while a medicine is in status "opinion"; 39-column layout only. */
  opinionStatus: 'positive' | 'negative' | null;
  inn: string | null;
  activeSubstance: string | null;
  therapeuticAreas: string[];
  /** ATC codes, or ATCvet codes for veterinary medicines. */
  atcCodes: AtcCode[];
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
  field: string;
  message: string;
}

export interface EmaTable {
  layout: EmaTableLayout;
  /** The "output generated" date from the banner rows above the header; `null` when absent. */
  snapshotDate: IsoDate | null;
  rows: EmaTableRow[];
  /** Rows left out because a cell could not be read. */
  errors: EmaTableProblem[];
  /** Values dropped from kept rows, and placeholder rows without a status that were left out. */
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

export async function readEmaTable(path: string): Promise<EmaTable> {
  const bytes = await readFile(path);
  // Sniff rather than trust the extension: an xlsx is a zip archive.
  const isZip = bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
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

function readGrid(grids: Grid[], file: string): EmaTable {
  const header = findHeader(grids, file);
  const { grid, headerIndex, layout, columns } = header;
  const table: EmaTable = { layout, snapshotDate: snapshotDate(grid.rows.slice(0, headerIndex)), rows: [], errors: [], warnings: [] };
  for (const gridRow of grid.rows.slice(headerIndex + 1)) {
    if (gridRow.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
    readRow(gridRow, columns, grid.date1904, table);
  }
  return table;
}

/** The date in a banner row such as "Output generated at: | Thu, 17/11/2022 - 07:45". */
function snapshotDate(banner: GridRow[]): IsoDate | null {
  for (const row of banner) {
    if (!row.cells.some((c) => typeof c === 'string' && /generated/i.test(c))) continue;
    for (const cell of row.cells) {
      if (cell instanceof Date) return isoFromExcelDate(cell);
      const m = typeof cell === 'string' ? /(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{4})-(\d{2})-(\d{2})/.exec(cell) : null;
      if (!m) continue;
      const iso = m[1] ? calendarDate(+m[3]!, +m[2]!, +m[1]) : calendarDate(+m[4]!, +m[5]!, +m[6]!);
      if (iso) return iso;
    }
  }
  return null;
}

class CellError extends Error {}

function readRow(gridRow: GridRow, columns: Map<Column, number>, date1904: boolean, table: EmaTable): void {
  const { line } = gridRow;
  const errors: EmaTableProblem[] = [];
  const warnings: EmaTableProblem[] = [];
  const has = (column: Column) => columns.has(column);
  const raw = (column: Column): Cell => {
    const at = columns.get(column);
    return at === undefined ? null : (gridRow.cells[at] ?? null);
  };
  // Runs one cell's parser; a failure is recorded against the field and yields null.
  const read = <T>(field: string, parse: () => T): T | null => {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      errors.push({ line, field, message: e.message });
      return null;
    }
  };
  const str = (column: Column) => text(raw(column));
  const date = (column: Column, field: string = column) => read(field, () => parseDate(raw(column), date1904));

  const category = read('category', () => parseCategory(raw('category')));
  const productNumber = read('productNumber', () => parseProductNumberCell(raw('productNumber')));
  if (category && productNumber && productCategory(productNumber) !== category) {
    errors.push({ line, field: 'category', message: `category "${str('category')}" does not match product number ${productNumber}` });
  }
  const name = read('name', () => required(str('name'), 'medicine name'));
  const statusText = str('status');
  if (statusText === null && errors.length === 0) {
    // EMA lists the odd product as a stub with no status, holder or dates (Aplidin in the 2022 and
    // 2023 files): a placeholder, not a damaged row, so it is noted rather than counted as an error.
    table.warnings.push({ line, field: 'status', message: `${productNumber} "${name}" has no status; row left out` });
    return;
  }
  const status = read('status', () => parseStatusCell(statusText));

  const flags = emptyFlags();
  for (const key of FLAG_KEYS) if (has(key)) flags[key] = read(`flags.${key}`, () => parseYesNo(raw(key)));

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
  const url = read('url', () => parseUrl(str('url')));
  const row = {
    line,
    category,
    name,
    productNumber,
    status,
    opinionStatus: read('opinionStatus', () => parseOpinionStatus(str('opinionStatus'))),
    inn: substanceText(raw('inn')),
    activeSubstance: substanceText(raw('activeSubstance')),
    therapeuticAreas: list(raw('therapeuticAreas'), /;/),
    // A veterinary row may repeat its ATCvet code in the human column (EMEA/V/C/005988).
    atcCodes: unique([...atcList(raw(ownAtc), line, ownAtc, warnings), ...atcList(raw(otherAtc), line, otherAtc, warnings)]),
    species: list(raw('species'), /;/),
    pharmacotherapeuticGroup: groupText(raw(ownGroup)) ?? groupText(raw(otherGroup)),
    therapeuticIndication: str('therapeuticIndication'),
    flags,
    patientSafety: read('patientSafety', () => parseYesNo(raw('patientSafety'))),
    marketingAuthorisationHolder: str('holder'),
    dates,
    revision: read('revision', () => parseRevision(raw('revision'))),
    latestProcedure: procedureText(str('latestProcedure')),
    firstPublished: date('firstPublished'),
    lastUpdated,
    url,
    slug: url ? (new URL(url).pathname.split('/').filter(Boolean).pop() ?? null) : null,
  };
  if (errors.length > 0 || !isComplete(row)) {
    table.errors.push(...errors);
    return;
  }
  table.rows.push(row);
  table.warnings.push(...warnings);
}

/** The required fields came through (a failed read leaves null and an error). */
function isComplete<R extends { category: unknown; name: unknown; productNumber: unknown; status: unknown }>(
  row: R,
): row is R & { category: Category; name: string; productNumber: ProductNumber; status: Status } {
  return row.category !== null && row.name !== null && row.productNumber !== null && row.status !== null;
}

// ---- cell parsers: each returns the typed value, `null` for an empty cell, or throws CellError.

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Trimmed text with whitespace collapsed; the 39-column export leaks HTML entities (&nbsp;, &lt;). */
function text(cell: Cell): string | null {
  if (cell === null) return null;
  const s = (cell instanceof Date ? isoFromExcelDate(cell) : String(cell))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return s === '' ? null : s;
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function list(cell: Cell, separator: RegExp): string[] {
  const s = text(cell);
  return s === null ? [] : unique(s.split(separator).map((p) => p.trim()).filter((p) => p !== ''));
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

function required(s: string | null, what: string): string {
  if (s === null) throw new CellError(`${what} is empty`);
  return s;
}

function parseCategory(cell: Cell): Category {
  const s = required(text(cell), 'category').toLowerCase();
  if (s === 'human' || s === 'veterinary') return s;
  throw new CellError(`"${text(cell)}" is not a category (expected Human or Veterinary)`);
}

function parseProductNumberCell(cell: Cell): ProductNumber {
  // EMA has typed "EMEA/H/C005201" (2026 file); put back the missing slash before parsing.
  const s = required(text(cell), 'product number').replace(/^(EMEA\s*\/\s*[HV]\s*\/\s*C)\s*(\d)/i, '$1/$2');
  const parsed = parseProductNumber(s);
  if (!parsed.ok) throw new CellError(parsed.error);
  return parsed.value;
}

function parseStatusCell(s: string | null): Status {
  const status = parseStatus(required(s, 'status'));
  if (!status) throw new CellError(`"${s}" is not an EMA status`);
  return status;
}

function parseOpinionStatus(s: string | null): 'positive' | 'negative' | null {
  if (s === null) return null;
  const v = s.toLowerCase();
  if (v === 'positive' || v === 'negative') return v;
  throw new CellError(`"${s}" is not an opinion status (expected Positive or Negative)`);
}

/** "yes"/"no" in the 30-column layout, "Yes"/"No" in the 39-column one. */
function parseYesNo(cell: Cell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  const s = text(cell);
  if (s === null) return null;
  const v = s.toLowerCase();
  if (v === 'yes') return true;
  if (v === 'no') return false;
  throw new CellError(`"${s}" is not yes or no`);
}

function parseRevision(cell: Cell): number | null {
  const s = text(cell);
  // Some 30-column rows hold the revision as the text "01".
  if (s === null) return null;
  if (!/^\d+$/.test(s)) throw new CellError(`"${s}" is not a revision number`);
  return Number(s);
}

function parseUrl(s: string | null): string | null {
  if (s === null) return null;
  if (!URL.canParse(s) || !/^https?:$/.test(new URL(s).protocol)) throw new CellError(`"${s}" is not a web address`);
  return s;
}

const ATC_PLACEHOLDER = /^not (yet )?assigned$/i;

/** Codes split by ";" (39 columns) or ", " (30 columns); an unreadable code is dropped with a warning. */
function atcList(cell: Cell, line: number, column: Column, warnings: EmaTableProblem[]): AtcCode[] {
  const codes: AtcCode[] = [];
  for (const part of list(cell, /[;,]/)) {
    if (ATC_PLACEHOLDER.test(part)) continue;
    // A letter O where ATC has digits is EMA's typo for zero ("VO4D" for V04D).
    const fixed = part.toUpperCase().replace(/^(Q?[A-Z])([0-9O]{2})/, (_, head: string, digits: string) => head + digits.replace(/O/g, '0'));
    const parsed = parseAtcCode(fixed);
    if (parsed.ok) codes.push(parsed.value);
    else warnings.push({ line, field: column === 'atcVet' ? 'atcCodes (ATCvet)' : 'atcCodes', message: `${parsed.error}; code dropped` });
  }
  return codes;
}

// ---- dates

const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

function calendarDate(year: number, month: number, day: number): IsoDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * exceljs turns a serial date into the UTC instant with the same wall-clock reading, so the UTC
 * calendar day is the day the sheet shows. EMA's serials carry a time of day (often 01:00 or 02:00
 * for plain dates, the real time for "First published"); the day is all that is kept.
 */
function isoFromExcelDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

function fromSerial(serial: number, date1904: boolean): IsoDate {
  // Serials before March 1900 fall into Excel's phantom 29 February; no EMA date is that old.
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) throw new CellError(`${serial} is not an Excel date`);
  return new Date((date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900) + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Excel dates or serials (30 columns), dd/mm/yyyy text (39 columns), or ISO text (csv). */
function parseDate(cell: Cell, date1904: boolean): IsoDate | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) throw new CellError('invalid date');
    return isoFromExcelDate(cell);
  }
  if (typeof cell === 'number') return fromSerial(cell, date1904);
  const s = text(cell);
  if (s === null) return null;
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso = m
    ? calendarDate(+m[3]!, +m[2]!, +m[1]!)
    : (m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(s))
      ? calendarDate(+m[1]!, +m[2]!, +m[3]!)
      : /^\d+(\.\d+)?$/.test(s)
        ? fromSerial(Number(s), date1904)
        : null;
  if (iso === null) throw new CellError(`"${s}" is not a date (expected dd/mm/yyyy)`);
  return iso;
}
