import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { amsterdamMidnight } from '../../../test/support/amsterdam-midnight.ts';
import { seededRandom } from '../../../test/support/seeded-random.ts';
import { calendarDateOf, dateFromSerial, judgeDateTimeForm, readDateCell, type DateTimeForm } from './excel-date.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'openepar-excel-date-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (cell: Parameters<typeof readDateCell>[0], form?: DateTimeForm) => {
  const r = readDateCell(cell, { form });
  return r.ok ? r.value : `unreadable: ${r.message}`;
};

test('exceljs stores a date cell as its UTC reading and gives it back as that instant', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Dates');
  sheet.getCell('A1').value = new Date(Date.UTC(2018, 6, 2)); // a wall-clock date, as EMA's exports hold them
  sheet.getCell('A2').value = amsterdamMidnight('2018-07-02'); // local midnight converted to UTC first
  sheet.getCell('A3').value = 43283; // the serial of 2 July 2018, in a number cell
  sheet.getCell('A4').value = '43283'; // and as text
  for (const a of ['A1', 'A2']) sheet.getCell(a).numFmt = 'dd/mm/yyyy hh:mm';
  const file = join(dir, 'dates.xlsx');
  await workbook.xlsx.writeFile(file);

  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  const cells = back.worksheets[0]!;
  const [a1, a2, a3, a4] = ['A1', 'A2', 'A3', 'A4'].map((a) => cells.getCell(a).value);
  assert.ok(a1 instanceof Date && a2 instanceof Date);
  assert.equal(a1.toISOString(), '2018-07-02T00:00:00.000Z');
  // The local midnight comes back as the previous evening in UTC: read as UTC it would be 1 July.
  assert.equal(a2.toISOString(), '2018-07-01T22:00:00.000Z');
  assert.equal(a3, 43283);
  assert.equal(a4, '43283');

  assert.equal(read(a1, judgeDateTimeForm([a1]).form), '2018-07-02');
  assert.equal(read(a2, judgeDateTimeForm([a2]).form), '2018-07-02');
  assert.equal(read(a3 as number), '2018-07-02');
  assert.equal(read(a4 as string), '2018-07-02');
});

test("judges a column's form by the midnight its plain dates sit on", () => {
  // EMA's own: most plain dates at 00:00, some at 01:00 or 02:00, an evening time or two.
  const emaLike = [
    ...Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2018, 0, 1 + i))),
    new Date('2018-06-19T22:00:00Z'), // a real time of day that happens to be Amsterdam's midnight
    new Date('2018-04-23T23:09:00Z'),
    new Date('2019-01-01T01:00:00Z'),
  ];
  assert.deepEqual(judgeDateTimeForm(emaLike), { form: 'wall-clock', evidence: 40 });
  assert.equal(read(new Date('2018-06-19T22:00:00Z'), 'wall-clock'), '2018-06-19', 'the day EMA shows for it');

  const instants = ['2018-01-15', '2018-07-02', '2019-03-31', '2019-10-27', '2020-12-24'].map(amsterdamMidnight);
  assert.deepEqual(judgeDateTimeForm(instants), { form: 'instant', evidence: 5 });
  assert.deepEqual(judgeDateTimeForm([]), { form: 'wall-clock', evidence: 0 });
});

test('a date-time in an instant column is the day it falls on in Amsterdam, whatever its time', () => {
  assert.equal(read(new Date('2018-07-01T22:00:00Z'), 'instant'), '2018-07-02');
  assert.equal(read(new Date('2018-07-02T21:59:00Z'), 'instant'), '2018-07-02');
  assert.equal(read(new Date('2018-12-31T23:00:00Z'), 'instant'), '2019-01-01');
  assert.equal(read(new Date('2018-07-01T22:00:00Z'), 'wall-clock'), '2018-07-01', 'the same cell read as a wall-clock date');
});

test('reads serials as numbers or text, from 1900 or 1904, and refuses what is no date', () => {
  assert.equal(read(43283), '2018-07-02');
  assert.equal(read(43283.99), '2018-07-02', 'a time of day in the serial does not move the date');
  assert.equal(read(' 43283 '), '2018-07-02');
  assert.equal(read('43283,5'), '2018-07-02');
  assert.equal(dateFromSerial(41821, true)?.toISOString().slice(0, 10), '2018-07-02');
  assert.deepEqual(readDateCell(41821, { date1904: true }), { ok: true, value: '2018-07-02' });
  assert.match(String(read(6)), /^unreadable: 6 is not an Excel date/);
  assert.match(String(read(99_999_999)), /^unreadable: /);
  assert.match(String(read(true)), /^unreadable: /);
  assert.match(String(read(new Date(Number.NaN))), /^unreadable: /);
  assert.equal(read(null), null);
  assert.equal(read(', , 02/07/2018, ,'), '2018-07-02', 'text goes to the text reader');
});

test('every day of four decades reads as itself in either form, across the changes of clock (property)', () => {
  const rnd = seededRandom(2018);
  const first = Date.UTC(1995, 0, 1);
  for (let i = 0; i < 15_000; i++) {
    const day = new Date(first + i * 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    assert.equal(calendarDateOf(day, 'wall-clock'), iso);
    const midnight = amsterdamMidnight(iso);
    assert.equal(calendarDateOf(midnight, 'instant'), iso, `${iso} at Amsterdam midnight`);
    // Any time of that Amsterdam day, as an instant.
    const later = new Date(midnight.getTime() + Math.floor(rnd() * 23 * 3_600_000));
    assert.equal(calendarDateOf(later, 'instant'), iso, `${later.toISOString()} in Amsterdam`);
    // Any time of that wall-clock day, read as a wall-clock date.
    assert.equal(calendarDateOf(new Date(day.getTime() + Math.floor(rnd() * 86_399_999)), 'wall-clock'), iso);
  }
});
