/**
 * Date cells of spreadsheets, read as the calendar dates they mean in EMA's time zone.
 *
 * A spreadsheet stores a date-time as a serial number of days with no time zone; exceljs hands it
 * over as the JS Date whose UTC reading is the serial's wall-clock reading (serial 43283 is
 * 2018-07-02T00:00Z). What that reading means depends on what wrote the file:
 * - "wall-clock": the serial is the date as a person in Amsterdam reads it (EMA's own exports;
 *   their plain dates sit at 00:00, 01:00 or 02:00). The UTC calendar day is the date.
 * - "instant": the writer turned Amsterdam's local midnight into UTC before storing it, so
 *   2 July 2018 is stored as 2018-07-01 22:00. The date is the day that instant falls on in
 *   Amsterdam.
 * One cell cannot tell the two apart (22:00 may be a real time of day), so a column's form is
 * judged from all its cells: which midnight its plain dates sit on.
 */
import { EMA_TIME_ZONE, calendarDate, readDateText, zonedCalendarDate, type IsoDate } from './calendar-date.ts';
import { cellValue, unreadable, type CellResult } from './cell-result.ts';

export type DateTimeForm = 'wall-clock' | 'instant';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);
// Serials below 61 fall before Excel's phantom 29 February 1900; no EMA date is that old.
const FIRST_SERIAL = 61;

/** The Date exceljs would give for a serial: its wall-clock reading as UTC. Null when no serial. */
export function dateFromSerial(serial: number, date1904 = false): Date | null {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial > 2_958_465) return null;
  return new Date((date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900) + Math.round(serial * DAY_MS));
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

function isZonedMidnight(d: Date, timeZone: string): boolean {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    clockFormats.set(timeZone, format);
  }
  return d.getUTCMilliseconds() === 0 && format.format(d) === '00:00:00';
}

const isUtcMidnight = (d: Date) => d.getTime() % DAY_MS === 0;

export interface FormEvidence {
  form: DateTimeForm;
  /** How many cells sat on one midnight or the other: how much the judgement rests on. */
  evidence: number;
}

/**
 * Judges which form a set of date cells is in: instants when more of them sit on Amsterdam's
 * midnight than on the wall clock's, wall-clock otherwise (EMA's own form, and the safe reading
 * when nothing tells).
 */
export function judgeDateTimeForm(dates: Iterable<Date>, timeZone: string = EMA_TIME_ZONE): FormEvidence {
  let wallClock = 0;
  let instant = 0;
  for (const d of dates) {
    if (Number.isNaN(d.getTime())) continue;
    if (isUtcMidnight(d)) wallClock++;
    else if (isZonedMidnight(d, timeZone)) instant++;
  }
  return { form: instant > wallClock ? 'instant' : 'wall-clock', evidence: Math.max(instant, wallClock) };
}

/** The calendar date a date cell means, given the form its column is in. */
export function calendarDateOf(d: Date, form: DateTimeForm, timeZone: string = EMA_TIME_ZONE): IsoDate | null {
  if (Number.isNaN(d.getTime())) return null;
  const iso = form === 'instant' ? zonedCalendarDate(d, timeZone) : d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  return calendarDate(y, m, day);
}

export interface DateCellOptions {
  /** Workbooks made on old Macs count serials from 1904. */
  date1904?: boolean;
  /** The form of the cell's column; see `judgeDateTimeForm`. */
  form?: DateTimeForm;
}

/**
 * Any cell of a date column: a date cell, a serial number (as a number or as text), or text with
 * one date in it (`readDateText`).
 */
export function readDateCell(cell: string | number | boolean | Date | null | undefined, options: DateCellOptions = {}): CellResult<IsoDate> {
  const form = options.form ?? 'wall-clock';
  if (cell === null || cell === undefined) return cellValue(null);
  if (cell instanceof Date) {
    const iso = calendarDateOf(cell, form);
    return iso ? cellValue(iso) : unreadable(Number.isNaN(cell.getTime()) ? 'an invalid date' : `${cell.toISOString()} is not a plausible date`);
  }
  if (typeof cell === 'boolean') return unreadable(`${cell} is not a date`);
  const serialText = typeof cell === 'string' ? /^\s*(\d+(?:[.,]\d+)?)\s*$/.exec(cell)?.[1]?.replace(',', '.') : undefined;
  if (typeof cell === 'number' || serialText !== undefined) {
    const serial = typeof cell === 'number' ? cell : Number(serialText);
    const d = dateFromSerial(serial, options.date1904);
    const iso = d && calendarDateOf(d, form);
    return iso ? cellValue(iso) : unreadable(`${String(cell).trim()} is not an Excel date`);
  }
  return readDateText(cell);
}
