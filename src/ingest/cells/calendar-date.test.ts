import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, seededRandom } from '../../../test/support/seeded-random.ts';
import { calendarDate, readDateText, zonedCalendarDate } from './calendar-date.ts';

const read = (text: string) => {
  const r = readDateText(text);
  return r.ok ? r.value : `unreadable: ${r.message}`;
};

test('reads one date among stray separators, times of day and weekdays', () => {
  const cases: [string, string][] = [
    [', , 02/07/2018, ,', '2018-07-02'],
    ['02/07/2018', '2018-07-02'],
    ['2/7/2018', '2018-07-02'],
    ['02/07/2018 00:00', '2018-07-02'],
    ['02/07/2018 - 14:35:10', '2018-07-02'],
    ['02.07.2018', '2018-07-02'],
    ['02-07-2018', '2018-07-02'],
    ['2018-07-02', '2018-07-02'],
    ['2018-07-02T00:00:00', '2018-07-02'],
    ['2018-07-02 23:30', '2018-07-02'],
    ['2018/07/02', '2018-07-02'],
    ['2 July 2018', '2018-07-02'],
    ['2nd of July, 2018', '2018-07-02'],
    ['02-Jul-2018', '2018-07-02'],
    ['July 2, 2018', '2018-07-02'],
    ['Sept 30 2018', '2018-09-30'],
    ['Thu, 17/11/2022 - 07:45', '2022-11-17'],
    ['Monday 2 July 2018 at 09:00', '2018-07-02'],
    ['"02/07/2018"', '2018-07-02'],
    ['[02/07/2018]', '2018-07-02'],
    ['02/07/2018; 02/07/2018', '2018-07-02'],
    ['\u00a002/07/2018\u00a0', '2018-07-02'],
  ];
  for (const [text, iso] of cases) assert.equal(read(text), iso, text);
});

test('an instant with its time zone is the day it falls on in Amsterdam', () => {
  assert.equal(read('2018-07-01T22:00:00Z'), '2018-07-02', 'local midnight in summer');
  assert.equal(read('2018-12-31T23:00:00.000Z'), '2019-01-01', 'local midnight in winter');
  assert.equal(read('2018-07-02T00:00:00+02:00'), '2018-07-02');
  assert.equal(read('2018-07-02T12:00:00Z'), '2018-07-02');
});

test('blank cells and words for "none" are empty, not unreadable', () => {
  for (const text of ['', '  ', ', , ,', '-', '—', 'n/a', 'N/A', 'none']) assert.equal(read(text), null, JSON.stringify(text));
});

test('what would need a guess is unreadable', () => {
  const cases: [string, RegExp][] = [
    ['07/31/2018', /not a day-first date/],
    ['31/02/2022', /not a day-first date/],
    ['02/07/18', /two-digit year/],
    ['02/07/2018, 03/07/2018', /2 different dates/],
    ['2018-07-02 or 2018-07-03', /2 different dates|not a date/],
    ['July 2018', /month without a day/],
    ['Q3 2018', /not a date/],
    ['pending', /not a date/],
    ['02/07/2018 (corrected)', /"corrected" besides the date/],
    ['02.07', /not a date/],
    ['02/07/2018 5', /not a date/],
    ['2018-13-01', /not a valid date/],
    ['02/07/0218', /not a day-first date/],
  ];
  for (const [text, why] of cases) assert.match(String(read(text)), new RegExp(`^unreadable: .*${why.source}`), text);
});

test('calendarDate refuses days that do not exist and implausible years', () => {
  assert.equal(calendarDate(2024, 2, 29), '2024-02-29');
  assert.equal(calendarDate(2023, 2, 29), null);
  assert.equal(calendarDate(2023, 4, 31), null);
  assert.equal(calendarDate(218, 7, 2), null);
});

test('zonedCalendarDate gives the Amsterdam day across both changes of clock', () => {
  assert.equal(zonedCalendarDate(new Date('2018-03-24T23:00:00Z')), '2018-03-25', 'CET midnight before the spring change');
  assert.equal(zonedCalendarDate(new Date('2018-03-25T22:00:00Z')), '2018-03-26', 'CEST midnight after it');
  assert.equal(zonedCalendarDate(new Date('2018-10-27T22:00:00Z')), '2018-10-28');
  assert.equal(zonedCalendarDate(new Date('2018-10-28T23:00:00Z')), '2018-10-29');
  assert.equal(zonedCalendarDate(new Date('2018-10-28T21:59:59Z')), '2018-10-28');
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const two = (n: number) => String(n).padStart(2, '0');

test('any date, in any of the forms EMA or a spreadsheet writes, inside any separators noise, reads as itself (property)', () => {
  const rnd = seededRandom(180702);
  const forms: ((y: number, m: number, d: number) => string)[] = [
    (y, m, d) => `${two(d)}/${two(m)}/${y}`,
    (y, m, d) => `${d}/${m}/${y}`,
    (y, m, d) => `${two(d)}.${two(m)}.${y}`,
    (y, m, d) => `${y}-${two(m)}-${two(d)}`,
    (y, m, d) => `${y}-${two(m)}-${two(d)}T00:00:00`,
    (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
    (y, m, d) => `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`,
    (y, m, d) => `${MONTHS[m - 1]} ${d}, ${y}`,
    (y, m, d) => `${two(d)}/${two(m)}/${y} ${two(Math.floor(rnd() * 24))}:${two(Math.floor(rnd() * 60))}`,
  ];
  const noise = ['', ' ', ', ', ' , , ', ';', '"', "'", ' - ', '\u00a0', '\n', '|', '(', ')', '[', ']'];
  for (let i = 0; i < 3000; i++) {
    const start = Date.UTC(1995, 0, 1);
    const day = new Date(start + Math.floor(rnd() * 40 * 365) * 86_400_000);
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const iso = day.toISOString().slice(0, 10);
    const text = pick(rnd, noise) + pick(rnd, noise) + pick(rnd, forms)(y, m, d) + pick(rnd, noise) + pick(rnd, noise);
    assert.equal(read(text), iso, JSON.stringify(text));
  }
});

test('two different dates in one cell are never read as either (property)', () => {
  const rnd = seededRandom(42);
  for (let i = 0; i < 500; i++) {
    const a = new Date(Date.UTC(2000, 0, 1) + Math.floor(rnd() * 9000) * 86_400_000);
    const b = new Date(a.getTime() + (1 + Math.floor(rnd() * 900)) * 86_400_000);
    const f = (x: Date) => `${two(x.getUTCDate())}/${two(x.getUTCMonth() + 1)}/${x.getUTCFullYear()}`;
    const text = `${f(a)}${pick(rnd, [', ', '; ', ' ', ' - '])}${f(b)}`;
    assert.match(String(read(text)), /^unreadable: /, text);
  }
});
