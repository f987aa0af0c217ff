/**
 * `asOf`: a calendar date at whose end the catalogue is read from its history. Parsed once here
 * for every route and command that takes one, so they all refuse the same way.
 */
import { ValidationError } from './errors.ts';
import type { IsoDate } from './medicine.ts';

/** `YYYY-MM-DD` that names a real day (no 2023-02-30); anything else is a 400 naming `name`. */
export function parseAsOf(raw: string, name = 'asOf'): IsoDate {
  const time = /^\d{4}-\d\d-\d\d$/.test(raw) ? Date.parse(`${raw}T00:00:00Z`) : Number.NaN;
  const valid = Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === raw;
  if (!valid) throw new ValidationError(`${name} "${raw}" is not a date: give one as YYYY-MM-DD, e.g. 2023-12-31`);
  return raw;
}
