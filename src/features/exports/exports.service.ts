/**
 * Exports of the catalogue, or of any search, in the flat layout (CSV, XLSX, JSON Lines,
 * Parquet) or in EMA's own 39-column layout, streamed page by page; the catalogue as of a past
 * date comes from the history service; and dumps: every format in one folder with a manifest
 * of row counts and SHA-256 checksums.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate, Medicine } from '../../domain/medicine.ts';
import { ValidationError } from '../../domain/errors.ts';
import type { FacetValue, Facets, SearchFilters, SearchPage, SearchRequest, SearchResult } from '../../domain/search-query.ts';
import type { HistoryService } from '../history/history.service.ts';
import type { SearchService } from '../search/search.service.ts';
import { EXPORT_COLUMNS, tableSchema, toExportRow, type ExportColumn, type ExportedMedicine } from './export-layout.ts';

export type { ExportColumn } from './export-layout.ts';
import { FLAT_WRITERS } from './export-writers.ts';
import { writeEmaXlsx } from './ema-layout.ts';
import { currentRecords } from './exports.repository.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'jsonl', 'parquet', 'ema-xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_FILES: Readonly<Record<ExportFormat, { extension: string; mediaType: string }>> = {
  csv: { extension: 'csv', mediaType: 'text/csv; charset=utf-8; header=present' },
  xlsx: { extension: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  jsonl: { extension: 'jsonl', mediaType: 'application/jsonl; charset=utf-8' },
  parquet: { extension: 'parquet', mediaType: 'application/vnd.apache.parquet' },
  'ema-xlsx': { extension: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};

export interface ExportRequest {
  /** The search whose results are exported; no text and no filters: the whole catalogue. */
  search: Pick<SearchRequest, 'text' | 'lang' | 'filters'>;
  /** The catalogue as it stood at the end of this day, from the history; null: as it is now. */
  asOf: IsoDate | null;
}

export interface DumpFile {
  format: ExportFormat | 'schema';
  file: string;
  mediaType: string;
  rows: number | null;
  bytes: number;
  sha256: string;
}

export interface DumpManifest {
  generatedAt: string;
  /** The date the catalogue is as of (the day of the dump unless `--as-of` was given). */
  asOf: IsoDate;
  files: DumpFile[];
}

/** Records read per query: small enough that memory stays flat, large enough that paging costs little. */
const PAGE_SIZE = 500;

export class ExportService {
  readonly #db: Kysely<DB>;
  readonly #history: HistoryService;
  readonly #search: SearchService;
  readonly #origin: string;
  readonly #dumpsDir: string;

  constructor(deps: { db: Kysely<DB>; history: HistoryService; search: SearchService }, options: { origin: string; dumpsDir: string }) {
    this.#db = deps.db;
    this.#history = deps.history;
    this.#search = deps.search;
    this.#origin = options.origin;
    this.#dumpsDir = options.dumpsDir;
  }

  /** The flat layout's columns, for the data dictionary. */
  dictionary(): readonly ExportColumn[] {
    return EXPORT_COLUMNS;
  }

  /** Writes the export to `out` (which it does not end) and answers the number of medicines in it. */
  async write(format: ExportFormat, request: ExportRequest, out: Writable): Promise<number> {
    const records = this.records(request);
    if (format === 'ema-xlsx') return writeEmaXlsx(records, out, request.asOf ?? today());
    const origin = this.#origin;
    async function* rows() {
      for await (const page of records) yield page.map((m) => toExportRow(m, origin));
    }
    return FLAT_WRITERS[format](rows(), out);
  }

  /**
   * The medicines an export holds, a page at a time. Now: the current records of the search's
   * results. As of a date: the records as they stood then, of the medicines whose text matches
   * today (the index holds today's text), filtered by what the records said then.
   */
  async *records(request: ExportRequest): AsyncGenerator<ExportedMedicine[]> {
    const { search, asOf } = request;
    const filtered = hasFilters(search.filters);
    let ids: number[] | null = null;
    if (asOf === null && (search.text !== null || filtered)) ids = await this.#search.matchingIds(search);
    if (asOf !== null && search.text !== null) ids = await this.#search.matchingIds({ ...search, filters: noFilters() });
    if (ids !== null && ids.length === 0) return;
    let afterId: number | null = null;
    for (;;) {
      const page: { id: number; record: Medicine }[] =
        asOf === null
          ? await currentRecords(this.#db, { afterId, limit: PAGE_SIZE, ids })
          : await this.#history.catalogueAsOf({ asOf, afterId, limit: PAGE_SIZE, ids, plain: true });
      if (page.length === 0) return;
      afterId = page.at(-1)!.id;
      const records = page.map((p) => p.record);
      yield asOf !== null && filtered ? records.filter((m) => matchesFilters(m, search.filters)) : records;
      if (page.length < PAGE_SIZE) return;
    }
  }

  /**
   * A search as of a date, for `/api/v1/search?asOf=`: the medicines whose text matches today
   * (the index holds today's text), as their records stood at the end of `asOf`, kept when what
   * they said then passes the filters. In name order, paged by cursors that count positions in
   * it; facet counts are those of the results. Reads the catalogue's history a page at a time,
   * keeping only each result's summary.
   */
  async searchAsOf(request: SearchRequest, asOf: IsoDate): Promise<SearchPage> {
    if (request.sort !== 'name' && request.sort !== 'relevance') throw new ValidationError('as of a date, results are in name order: leave sort out or give sort=name');
    if (request.section) throw new ValidationError('section cannot be combined with asOf: the product information is searched as it is today');
    const found: SearchResult[] = [];
    const facets = new FacetCounter(request.filters);
    for await (const page of this.records({ search: request, asOf })) {
      for (const m of page) {
        facets.add(m);
        found.push({
          slug: m.slug, name: m.name, productNumber: m.productNumber ?? null, category: m.category, status: m.status, inn: m.inn ?? null,
          activeSubstance: m.activeSubstance ?? null, therapeuticAreas: m.therapeuticAreas ?? [], holder: companyOf(m),
          marketingAuthorisationIssued: m.dates?.marketingAuthorisationIssued ?? null, pageLastUpdated: m.dates?.pageLastUpdated ?? null,
          score: 0, match: null, snippet: '', snippetLang: null,
        });
      }
    }
    // The ids the history pages by are not the medicines' slugs: the order is the name's, then the slug's.
    found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    // The cursor names a position in that order, in the shape the request's sort has (name, or
    // relevance with a score of 0), so the search's own cursor parsing accepts it back.
    const cursorAt = (position: number, direction: 'after' | 'before') => ({
      sort: request.sort,
      direction,
      keys: request.sort === 'relevance' ? [0, found[position]!.name, position] : [found[position]!.name, position],
    });
    const cursor = request.cursor;
    const position = cursor ? Number(cursor.keys.at(-1)) : 0;
    const start = cursor === null ? 0 : cursor.direction === 'after' ? position + 1 : Math.max(0, position - request.limit);
    const end = cursor?.direction === 'before' ? Math.min(position, start + request.limit) : start + request.limit;
    const results = found.slice(start, end);
    return {
      total: found.length,
      offset: start,
      results,
      facets: facets.result(),
      next: end < found.length && results.length > 0 ? cursorAt(end - 1, 'after') : null,
      prev: start > 0 && results.length > 0 ? cursorAt(start, 'before') : null,
      didYouMean: null,
    };
  }

  /**
   * Every format into `dir`, with the layout's Table Schema and a `manifest.json` giving each
   * file's row count, size and SHA-256, ready to publish as they are.
   */
  async dump(dir: string, asOf: IsoDate | null = null): Promise<DumpManifest> {
    await mkdir(dir, { recursive: true });
    const day = asOf ?? today();
    const files: DumpFile[] = [];
    for (const format of EXPORT_FORMATS) {
      const { extension, mediaType } = FORMAT_FILES[format];
      const file = `openepar-${format === 'ema-xlsx' ? 'ema-layout-' : ''}${day}.${extension}`;
      const out = createWriteStream(path.join(dir, file));
      let rows: number;
      try {
        rows = await this.write(format, { search: { text: null, lang: 'en', filters: noFilters() }, asOf }, out);
      } finally {
        out.end();
        await finished(out);
      }
      files.push({ format, file, mediaType, rows, ...(await fileFacts(path.join(dir, file))) });
    }
    const schemaFile = 'openepar-schema.json';
    await writeFile(path.join(dir, schemaFile), `${JSON.stringify(tableSchema(), null, 2)}\n`);
    files.push({ format: 'schema', file: schemaFile, mediaType: 'application/json', rows: null, ...(await fileFacts(path.join(dir, schemaFile))) });
    const manifest: DumpManifest = { generatedAt: new Date().toISOString(), asOf: day, files };
    await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  }

  /**
   * The newest dump in the configured folder (`OPENEPAR_DUMPS_DIR`): the folder itself when it
   * holds a manifest, else the sub-folder whose manifest is newest; null when there is none.
   */
  async latestDump(): Promise<{ dir: string; manifest: DumpManifest } | null> {
    const candidates = [this.#dumpsDir];
    try {
      for (const entry of await readdir(this.#dumpsDir, { withFileTypes: true })) if (entry.isDirectory()) candidates.push(path.join(this.#dumpsDir, entry.name));
    } catch {
      return null;
    }
    let latest: { dir: string; manifest: DumpManifest } | null = null;
    for (const dir of candidates) {
      const manifest = await readManifest(dir);
      if (manifest && (!latest || manifest.generatedAt > latest.manifest.generatedAt)) latest = { dir, manifest };
    }
    return latest;
  }

  /** A file of the latest dump, by the name its manifest gives it (no other name is ever opened). */
  async dumpFile(name: string): Promise<{ path: string; mediaType: string; bytes: number } | null> {
    const latest = await this.latestDump();
    if (!latest) return null;
    if (name === 'manifest.json') {
      const p = path.join(latest.dir, name);
      return { path: p, mediaType: 'application/json', bytes: (await stat(p)).size };
    }
    const file = latest.manifest.files.find((f) => f.file === name);
    return file ? { path: path.join(latest.dir, file.file), mediaType: file.mediaType, bytes: file.bytes } : null;
  }
}

async function readManifest(dir: string): Promise<DumpManifest | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as DumpManifest;
    const safe = Array.isArray(manifest.files) && manifest.files.every((f) => typeof f.file === 'string' && /^[\w.-]+$/.test(f.file));
    return safe && typeof manifest.generatedAt === 'string' ? manifest : null;
  } catch {
    return null;
  }
}

async function fileFacts(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

const today = (): IsoDate => new Date().toISOString().slice(0, 10);

function noFilters(): SearchFilters {
  return { category: [], status: [], area: [], atc: [], holder: [], flag: [], year: [] };
}

function hasFilters(f: SearchFilters): boolean {
  return Object.values(f).some((values: unknown[]) => values.length > 0);
}

/**
 * The search's facet filters applied to a record as it stood (the search index holds only the
 * present): the same rules as search's SQL, values within a facet either, facets all, flags each.
 */
export function matchesFilters(m: ExportedMedicine, f: SearchFilters): boolean {
  const company = m.marketingAuthorisationHolder?.name ?? m.applicant ?? null;
  const year = m.dates?.marketingAuthorisationIssued ? Number(m.dates.marketingAuthorisationIssued.slice(0, 4)) : null;
  return (
    (f.category.length === 0 || f.category.includes(m.category)) &&
    (f.status.length === 0 || f.status.includes(m.status)) &&
    (f.area.length === 0 || (m.therapeuticAreas ?? []).some((a) => f.area.includes(a))) &&
    (f.atc.length === 0 || (m.atcCodes ?? []).some((c) => f.atc.some((p) => c.startsWith(p)))) &&
    (f.holder.length === 0 || (company !== null && f.holder.includes(company))) &&
    (f.year.length === 0 || (year !== null && f.year.includes(year))) &&
    f.flag.every((k) => m.flags?.[k] === true)
  );
}

const companyOf = (m: ExportedMedicine): string | null => m.marketingAuthorisationHolder?.name ?? m.applicant ?? null;

/** Facet values counted over results, each marked selected when the search filters on it. */
class FacetCounter {
  readonly #counts: Record<keyof Facets, Map<string, number>> = { category: new Map(), status: new Map(), area: new Map(), atc: new Map(), holder: new Map(), flag: new Map(), year: new Map() };
  readonly #filters: SearchFilters;

  constructor(filters: SearchFilters) {
    this.#filters = filters;
  }

  add(m: ExportedMedicine): void {
    const count = (facet: keyof Facets, value: string | null | undefined) => {
      if (value) this.#counts[facet].set(value, (this.#counts[facet].get(value) ?? 0) + 1);
    };
    count('category', m.category);
    count('status', m.status);
    for (const a of new Set(m.therapeuticAreas ?? [])) count('area', a);
    for (const c of new Set(m.atcCodes ?? [])) count('atc', c);
    count('holder', companyOf(m));
    for (const [k, v] of Object.entries(m.flags ?? {})) if (v === true) count('flag', k);
    count('year', m.dates?.marketingAuthorisationIssued?.slice(0, 4));
  }

  result(): Facets {
    const selected = (facet: keyof Facets, value: string) => (this.#filters[facet] as readonly (string | number)[]).some((f) => String(f) === value);
    const values = (facet: keyof Facets): FacetValue[] =>
      [...this.#counts[facet]]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([value, count]) => ({ value, count, selected: selected(facet, value), ...(facet === 'atc' ? { level: value.length, label: null } : {}) }));
    return { category: values('category'), status: values('status'), area: values('area'), atc: values('atc'), holder: values('holder'), flag: values('flag'), year: values('year') };
  }
}
