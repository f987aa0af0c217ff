/**
 * Limits on a table file before anything parses it. An xlsx is a zip archive that exceljs unpacks
 * whole into memory: a crafted 1.7 MB workbook once took 3.6 GB and 80 s. Here the archive's
 * directory is read first (entries, sizes, packing ratios) and every entry is unpacked with a
 * ceiling of the size it declares, so a lying header cannot smuggle more past the check; only
 * then does exceljs see it. EMA's own tables are under 1 MB packed and about 6 MB unpacked, with
 * ratios near 9.
 */
import { inflateRawSync } from 'node:zlib';
import { ImportError } from '../../domain/errors.ts';

export interface TableFileLimits {
  /** The largest table file read at all, packed or plain CSV. */
  readonly fileBytes: number;
  /** The most an xlsx may unpack to, all entries together. */
  readonly unpackedBytes: number;
  /** The most any entry of over `ratioFloorBytes` may unpack to, per packed byte. */
  readonly ratio: number;
  readonly ratioFloorBytes: number;
  /** Entries in the archive. */
  readonly entries: number;
}

export const TABLE_FILE_LIMITS: TableFileLimits = Object.freeze({
  fileBytes: 32 * 1024 * 1024,
  unpackedBytes: 64 * 1024 * 1024,
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
  entries: 1000,
});

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;

/** Refuses a file over the size limit, before it is read. */
export function checkTableFileSize(file: string, size: number, limits: TableFileLimits = TABLE_FILE_LIMITS): void {
  if (size > limits.fileBytes) throw new ImportError(file, `the file is ${mb(size)}, over the ${mb(limits.fileBytes)} a table may be (EMA's are under 1 MB); refused unread`);
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Checks an xlsx archive against `limits`, unpacking each entry no further than it declares.
 * Throws an `ImportError` naming the file and what was over; returns when exceljs may read it.
 */
export function checkXlsxArchive(file: string, bytes: Buffer, limits: TableFileLimits = TABLE_FILE_LIMITS): void {
  const refuse = (reason: string): never => {
    throw new ImportError(file, `${reason}; refused unread as a possible zip bomb`);
  };
  // The directory's end record sits in the last 22 bytes, plus a comment of up to 64 KB.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) refuse('the workbook is not a readable zip archive (no central directory)');
  const count = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  // ZIP64 marks its sizes this way; a spreadsheet small enough to import never needs it.
  if (count === 0xffff || directoryOffset === 0xffffffff) refuse('the workbook is a ZIP64 archive');
  if (count > limits.entries) refuse(`the workbook holds ${count} files, over the ${limits.entries} allowed`);
  let at = directoryOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) refuse('the workbook\'s zip directory is damaged');
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const declared = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    total += declared;
    if (total > limits.unpackedBytes) refuse(`the workbook unpacks to more than ${mb(limits.unpackedBytes)} (${name} alone declares ${mb(declared)}; EMA's tables unpack to about 6 MB)`);
    if (declared > limits.ratioFloorBytes && declared > packed * limits.ratio) {
      refuse(`${name} unpacks to ${mb(declared)} from ${mb(packed)}, ${Math.round(declared / Math.max(1, packed))} times its packed size (the limit is ${limits.ratio})`);
    }
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL) refuse(`the workbook's entry ${name} is damaged`);
    const dataStart = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    const data = bytes.subarray(dataStart, dataStart + packed);
    if (method === 0) {
      if (packed !== declared) refuse(`the workbook's entry ${name} is damaged`);
    } else if (method === 8) {
      let unpacked: Buffer;
      try {
        // One byte over what it declares is enough to know it lied.
        unpacked = inflateRawSync(data, { maxOutputLength: declared + 1 });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') refuse(`${name} unpacks to more than the ${mb(declared)} it declares`);
        refuse(`the workbook's entry ${name} cannot be unpacked (${(error as Error).message})`);
      }
      if (unpacked!.length !== declared) refuse(`${name} unpacks to ${unpacked!.length} bytes, not the ${declared} it declares`);
    } else {
      refuse(`the workbook's entry ${name} is packed with method ${method}, which xlsx files do not use`);
    }
  }
}
