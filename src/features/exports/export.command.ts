/**
 * `openepar export --format <f> [search parameters] [--as-of YYYY-MM-DD] --out <file>` and
 * `openepar export all --out <dir> [--as-of YYYY-MM-DD]`: the same exports as the API, written to
 * disk. Search parameters are the API's, as options (`--status authorised --atc L01`), each
 * repeatable where the API's is.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { parseAsOf } from '../../domain/as-of.ts';
import { AppError } from '../../domain/errors.ts';
import { isLanguageCode } from '../../domain/languages.ts';
import { cleanQuery, parseFilters } from '../../domain/search-query.ts';
import { EXPORT_FORMATS, type ExportFormat, type ExportService } from './exports.service.ts';

export const EXPORT_USAGE = `openepar export --format ${EXPORT_FORMATS.join('|')} [--q <text>] [--lang <code>] [--status <s>]... [--category <c>]... [--area <a>]... [--atc <code>]... [--holder <h>]... [--flag <f>]... [--year <y>]... [--as-of YYYY-MM-DD] --out <file>
  openepar export all --out <dir> [--as-of YYYY-MM-DD]   (every format, the Table Schema and manifest.json)`;

export class ExportUsageError extends Error {}

export interface ExportCommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Resolves a path the user typed against their working directory. */
  resolve: (input: string) => string;
}

export async function runExportCommand(exports: ExportService, args: string[], io: ExportCommandIo): Promise<number> {
  const many = { type: 'string', multiple: true } as const;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean', default: false },
      q: { type: 'string' },
      lang: { type: 'string' },
      category: many, status: many, area: many, atc: many, holder: many, flag: many, year: many,
    },
  });
  if (!values.out) throw new ExportUsageError('export needs --out');
  try {
    const asOf = values['as-of'] === undefined ? null : parseAsOf(values['as-of'], '--as-of');
    const started = performance.now();
    const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
    if (positionals[0] === 'all') {
      if (positionals.length > 1 || values.format) throw new ExportUsageError('export all takes only --out and --as-of');
      const manifest = await exports.dump(io.resolve(values.out), asOf);
      if (values.json) io.out(JSON.stringify(manifest));
      for (const f of manifest.files) io.err(`${f.file}: ${f.rows === null ? '' : `${f.rows} rows, `}${f.bytes} bytes, sha256 ${f.sha256}`);
      io.err(`manifest.json written (${seconds()} s)`);
      return 0;
    }
    if (positionals.length > 0) throw new ExportUsageError(`export takes no arguments but "all" (got "${positionals.join(' ')}")`);
    const format = values.format as ExportFormat | undefined;
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw new ExportUsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const lang = values.lang ?? 'en';
    if (!isLanguageCode(lang)) throw new ExportUsageError(`--lang "${lang}" is not a language code of the portal`);
    const search = { text: cleanQuery(values.q), lang, filters: parseFilters(values) };
    const out = createWriteStream(io.resolve(values.out));
    let rows: number;
    try {
      rows = await exports.write(format, { search, asOf }, out);
    } finally {
      out.end();
      await finished(out);
    }
    if (values.json) io.out(JSON.stringify({ format, rows, file: values.out }));
    io.err(`${values.out}: ${rows} medicines (${seconds()} s)`);
    return 0;
  } catch (error) {
    // A bad search parameter or date reads as the API's 400 would.
    if (error instanceof AppError) throw new ExportUsageError(error.message);
    throw error;
  }
}
