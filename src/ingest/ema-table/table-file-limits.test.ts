import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { ImportError } from '../../domain/errors.ts';
import { readEmaTable } from './read-ema-table.ts';
import { checkXlsxArchive } from './table-file-limits.ts';

interface Entry {
  name: string;
  content: Buffer;
  /** What the archive claims the entry unpacks to; the truth when absent. */
  declaredSize?: number;
}

/** A zip archive (deflate), written here so the test carries no big or binary file. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.content, { level: 9 });
    const size = entry.declaredSize ?? entry.content.length;
    const crc = crc32(entry.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a workbook exceljs needs, around a sheet of `rows` copies of one row. */
function workbook(sheetRows: number, declaredSheetSize?: number): Buffer {
  const row = '<row><c t="inlineStr"><is><t>Medicine name</t></is></c><c t="inlineStr"><is><t>Product number</t></is></c></row>';
  const sheet = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row.repeat(sheetRows)}</sheetData></worksheet>`);
  return zip([
    { name: '[Content_Types].xml', content: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'xl/workbook.xml', content: Buffer.from('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>') },
    { name: 'xl/worksheets/sheet1.xml', content: sheet, declaredSize: declaredSheetSize },
  ]);
}

describe('size and unpacking limits on imported tables', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-table-limits-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a crafted xlsx that unpacks to a thousand times its size is refused, naming the file and the entry', async () => {
    // About 24 MB of one repeated row packs into some 30 KB: the shape of a zip bomb.
    const file = path.join(dir, 'bomb.xlsx');
    await writeFile(file, workbook(200_000));
    await assert.rejects(readEmaTable(file), (error: unknown) => {
      assert.ok(error instanceof ImportError);
      assert.equal(error.file, file);
      assert.match(error.message, /bomb\.xlsx: xl\/worksheets\/sheet1\.xml unpacks to \d+ MB from [\d.]+ MB, \d+ times its packed size/);
      assert.match(error.message, /zip bomb/);
      return true;
    });
  });

  test('an entry that unpacks to more than its header declares is refused without unpacking the rest', () => {
    const bytes = workbook(20_000, 1000);
    assert.throws(() => checkXlsxArchive('lying.xlsx', bytes), /lying\.xlsx: xl\/worksheets\/sheet1\.xml unpacks to more than the 0\.00 MB it declares/);
  });

  test('a workbook whose entries together unpack past the limit is refused', () => {
    const bytes = workbook(20_000);
    assert.throws(() => checkXlsxArchive('big.xlsx', bytes, { fileBytes: 1e9, unpackedBytes: 1024 * 1024, ratio: 1e9, ratioFloorBytes: 0, entries: 10 }), /big\.xlsx: the workbook unpacks to more than 1 MB/);
  });

  test('a table file over the size limit is refused before it is read', async () => {
    // Sparse: 40 MB long on paper, nothing written to the disk.
    const file = path.join(dir, 'huge.csv');
    await writeFile(file, '');
    await truncate(file, 40 * 1024 * 1024);
    await assert.rejects(readEmaTable(file), /huge\.csv: the file is 40 MB, over the 32 MB a table may be/);
  });

  test('a real workbook within the limits passes the check and is read as before', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').addRow(['Category', 'Medicine name']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    assert.doesNotThrow(() => checkXlsxArchive('real.xlsx', bytes));
    const file = path.join(dir, 'real.xlsx');
    await writeFile(file, bytes);
    // Not an EMA table, but read far enough to say so: the limits let it through.
    await assert.rejects(readEmaTable(file), /not an EMA medicines table/);
  });
});
