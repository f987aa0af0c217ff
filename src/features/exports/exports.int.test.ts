import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parquetReadObjects } from 'hyparquet';
import type { Services } from '../../services.ts';
import { importRecords, SAMPLE_DIR } from '../../ingest/sample/import-sample.ts';
import { importEmaTables } from '../../ingest/ema-table/import-ema-table.ts';
import { parseCsv } from '../../ingest/ema-table/read-ema-table.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runCommand } from '../../cli/commands.ts';
import { Writable } from 'node:stream';
import { EXPORT_COLUMNS } from './export-layout.ts';

const DUMPS = path.join(os.tmpdir(), `openepar-exports-test-${process.pid}`);

async function exportOf(t: { app: { inject: (o: { url: string }) => Promise<{ statusCode: number; headers: Record<string, unknown>; rawPayload: Buffer; body: string }> } }, query: string) {
  const response = await t.app.inject({ url: `/api/v1/export?${query}` });
  assert.equal(response.statusCode, 200, response.body.slice(0, 300));
  return response;
}

describe('exports of the sample catalogue', () => {
  const t = useTestApp({ OPENEPAR_DUMPS_DIR: DUMPS }, async (services: Services) => {
    const summary = await importRecords(services.writer, [SAMPLE_DIR]);
    assert.equal(summary.failed, 0);
  });

  const jsonLines = async (query: string) =>
    (await exportOf(t, query)).body
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  test('the CSV starts with a byte-order mark, has the layout’s header and one row per medicine, CRLF-terminated', async () => {
    const response = await exportOf(t, 'format=csv');
    assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="openepar-\d{4}-\d\d-\d\d\.csv"$/);
    const bytes = response.rawPayload;
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    assert.ok(text.endsWith('\r\n'));
    const [header, ...rows] = parseCsv(text.slice(0, -2));
    assert.deepEqual(header, EXPORT_COLUMNS.map((c) => c.name));
    assert.equal(rows.length, 10);
    const lumykras = rows.find((r) => r[header!.indexOf('slug')] === 'lumykras')!;
    assert.equal(lumykras[header!.indexOf('product_number')], 'EMEA/H/C/005522');
    assert.equal(lumykras[header!.indexOf('openepar_url')], 'http://localhost:3000/en/medicines/human/EPAR/lumykras');
  });

  test('JSON Lines, XLSX and Parquet hold the same rows and values as each other', async () => {
    const lines = await jsonLines('format=jsonl');
    assert.equal(lines.length, 10);
    assert.deepEqual(Object.keys(lines[0]!), EXPORT_COLUMNS.map((c) => c.name));

    const parquet = await parquetReadObjects({ file: new Uint8Array((await exportOf(t, 'format=parquet')).rawPayload).buffer });
    assert.equal(parquet.length, 10);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportOf(t, 'format=xlsx')).rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.rowCount, 11);
    lines.forEach((line, i) => {
      const xlsxRow = sheet.getRow(i + 2);
      EXPORT_COLUMNS.forEach((c, j) => {
        const want = line[c.name] ?? null;
        const cell = xlsxRow.getCell(j + 1).value;
        assert.deepEqual(cell instanceof Date ? cell.toISOString().slice(0, 10) : (cell ?? null), want, `xlsx ${line.slug} ${c.name}`);
        const p = parquet[i]![c.name];
        assert.deepEqual(p instanceof Date ? p.toISOString().slice(0, 10) : (p ?? null), want, `parquet ${line.slug} ${c.name}`);
      });
    });
  });

  test('the search parameters narrow an export as they narrow a search', async () => {
    const search = await t.app.inject({ url: '/api/v1/search?q=cancer&status=authorised&limit=100' });
    const expected = (search.json() as { results: { slug: string }[] }).results.map((r) => r.slug).sort();
    assert.ok(expected.length > 0 && expected.length < 10);
    const exported = (await jsonLines('format=jsonl&q=cancer&status=authorised')).map((r) => r.slug).sort();
    assert.deepEqual(exported, expected);
  });

  test('a HEAD request answers the export’s headers without its body', async () => {
    for (const format of ['csv', 'xlsx', 'parquet']) {
      const response = await t.app.inject({ method: 'HEAD', url: `/api/v1/export?format=${format}` });
      assert.equal(response.statusCode, 200, format);
      assert.match(String(response.headers['content-disposition']), /^attachment/);
      assert.equal(response.body, '');
    }
    // The exports a HEAD started stopped: the next export is whole.
    assert.equal((await jsonLines('format=jsonl')).length, 10);
  });

  test('a bad format, date or filter is a 400 naming the parameter', async () => {
    const cases: [string, string][] = [['format=pdf', 'format'], ['', 'format'], ['format=csv&asOf=2023-02-30', 'asOf'], ['format=csv&asOf=yesterday', 'asOf'], ['format=csv&status=approved', 'status']];
    for (const [query, named] of cases) {
      const response = await t.app.inject({ url: `/api/v1/export?${query}` });
      assert.equal(response.statusCode, 400, query);
      assert.match((response.json() as { message: string }).message, new RegExp(named), query);
    }
  });

  test('EMA’s layout has EMA’s 39 columns and importing it back changes nothing', async () => {
    const response = await exportOf(t, 'format=ema-xlsx');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-ema-'));
    try {
      const file = path.join(dir, 'export.xlsx');
      await writeFile(file, response.rawPayload);
      const summary = await importEmaTables(t.services.writer, [file]);
      assert.deepEqual(summary.errors, []);
      assert.deepEqual({ imported: summary.imported, updated: summary.updated, unchanged: summary.unchanged }, { imported: 0, updated: 0, unchanged: 10 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('as of a date, a record, the list and an export are the catalogue as its history had it then', async () => {
    const revisions = (await t.app.inject({ url: '/api/v1/medicines/lumykras/revisions' })).json() as { items: { number: number; asOf: string }[] };
    assert.ok(revisions.items.length > 1);
    const first = revisions.items.at(-1)!;
    const day = first.asOf.slice(0, 10);
    const then = ((await t.app.inject({ url: `/api/v1/medicines/lumykras/revisions/${first.number}` })).json() as { record: { status: string; revision: number | null } }).record;
    const now = (await t.app.inject({ url: '/api/v1/medicines/lumykras' })).json() as { revision: number | null };
    assert.notEqual(then.revision, now.revision, 'the sample changed Lumykras since');
    const record = await t.app.inject({ url: `/api/v1/medicines/lumykras?asOf=${day}` });
    assert.equal(record.statusCode, 200);
    assert.equal((record.json() as { status: string }).status, then.status);
    assert.equal((record.json() as { revision: number | null }).revision, then.revision);

    const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    assert.equal((await t.app.inject({ url: `/api/v1/medicines/lumykras?asOf=${before}` })).statusCode, 404);
    assert.equal((await t.app.inject({ url: '/api/v1/medicines/lumykras?asOf=2023-13-01' })).statusCode, 400);

    const list = (await t.app.inject({ url: `/api/v1/medicines?asOf=${day}` })).json() as { items: { slug: string }[] };
    assert.ok(list.items.some((m) => m.slug === 'lumykras'));
    const exported = await jsonLines(`format=jsonl&asOf=${day}`);
    assert.deepEqual(exported.map((r) => r.slug).sort(), list.items.map((m) => m.slug).sort());
    assert.equal(exported.find((r) => r.slug === 'lumykras')!.status, then.status);
    assert.deepEqual(await jsonLines('format=jsonl&asOf=1999-12-31'), []);
  });

  test('a search as of a date finds the records as they stood then, filters on what they said and pages in name order', async () => {
    const revisions = (await t.app.inject({ url: '/api/v1/medicines/lumykras/revisions' })).json() as { items: { number: number; asOf: string }[] };
    const first = revisions.items.at(-1)!;
    const day = first.asOf.slice(0, 10);
    const then = ((await t.app.inject({ url: `/api/v1/medicines/lumykras/revisions/${first.number}` })).json() as { record: { status: string } }).record;
    type Page = { total: number; results: { slug: string; name: string; status: string }[]; facets: { status: { value: string; count: number }[] }; next: string | null };
    const search = async (query: string): Promise<Page> => {
      const res = await t.app.inject({ url: `/api/v1/search?${query}` });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as Page;
    };

    const list = (await t.app.inject({ url: `/api/v1/medicines?asOf=${day}&limit=50` })).json() as { items: { slug: string; status: string }[]; next: string | null };
    assert.equal(list.next, null, "the sample fits one page of the list");
    const seen: Page['results'] = [];
    let page = await search(`asOf=${day}&limit=2`);
    assert.equal(page.total, list.items.length);
    for (;;) {
      seen.push(...page.results);
      if (page.next === null) break;
      page = await search(`asOf=${day}&limit=2&cursor=${page.next}`);
    }
    assert.deepEqual(seen.map((r) => r.slug).sort(), list.items.map((m) => m.slug).sort());
    assert.deepEqual(seen.map((r) => r.name), seen.map((r) => r.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'name order');
    assert.equal(seen.find((r) => r.slug === 'lumykras')!.status, then.status);
    const statuses = new Map(list.items.map((m) => [m.slug, m.status]));
    assert.ok(seen.every((r) => r.status === statuses.get(r.slug)), 'each result has the status the list as of that day gives');

    const filtered = await search(`asOf=${day}&status=${then.status}`);
    assert.ok(filtered.results.some((r) => r.slug === 'lumykras'));
    assert.ok(filtered.results.every((r) => r.status === then.status));
    assert.equal(filtered.facets.status.find((f) => f.value === then.status)?.count, filtered.total);
    const other = (await search(`asOf=${day}`)).facets.status.find((f) => f.value !== then.status);
    if (other) assert.ok(!(await search(`asOf=${day}&status=${other.value}`)).results.some((r) => r.slug === 'lumykras'));
    assert.ok((await search(`asOf=${day}&q=sotorasib`)).results.some((r) => r.slug === 'lumykras'), 'text matches today’s index');
    assert.equal((await search('asOf=1999-12-31')).total, 0);
    assert.equal((await t.app.inject({ url: '/api/v1/search?asOf=2023-02-30' })).statusCode, 400);
    assert.equal((await t.app.inject({ url: `/api/v1/search?asOf=${day}&sort=updated` })).statusCode, 400);
  });

  test('openepar export writes the same file as the API, and refuses a bad date or format with usage', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-cli-export-'));
    const text: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _e, done) => (text.push(chunk.toString()), done()) });
    const io = { stdout: sink, stderr: sink, cwd: process.cwd(), signal: new AbortController().signal };
    try {
      const file = path.join(dir, 'authorised.jsonl');
      assert.equal(await runCommand(t.services, ['export', '--format', 'jsonl', '--status', 'authorised', '--out', file], io), 0, text.join(''));
      const fromCli = (await readFile(file, 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as { slug: string }).slug);
      assert.deepEqual(fromCli, (await jsonLines('format=jsonl&status=authorised')).map((r) => r.slug));
      assert.equal(await runCommand(t.services, ['export', '--format', 'csv', '--as-of', '2023-02-30', '--out', file], io), 2);
      assert.match(text.join(''), /--as-of "2023-02-30" is not a date/);
      assert.equal(await runCommand(t.services, ['export', '--format', 'pdf', '--out', file], io), 2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the OpenAPI description documents the export, its formats and asOf on exports, the list, a record and a search', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, { get: { parameters: { name: string; schema?: { enum?: string[] } }[] } }> };
    const exportOp = doc.paths['/api/v1/export']!.get;
    assert.deepEqual(exportOp.parameters.find((p) => p.name === 'format')?.schema?.enum, ['csv', 'xlsx', 'jsonl', 'parquet', 'ema-xlsx']);
    for (const name of ['asOf', 'q', 'status', 'atc', 'holder']) assert.ok(exportOp.parameters.some((p) => p.name === name), name);
    assert.ok(doc.paths['/api/v1/export/schema.json']);
    assert.ok(doc.paths['/api/v1/export/dumps/{file}']);
    const record = Object.entries(doc.paths).find(([k]) => /^\/api\/v1\/medicines\/\{[^}]+\}$/.test(k));
    assert.ok(record?.[1].get.parameters.some((p) => p.name === 'asOf'), 'asOf on a medicine’s record');
    assert.ok(doc.paths['/api/v1/medicines']!.get.parameters.some((p) => p.name === 'asOf'), 'asOf on the list');
    assert.ok(doc.paths['/api/v1/search']!.get.parameters.some((p) => p.name === 'asOf'), 'asOf on a search');
  });

  test('the JSON Table Schema names every column of the layout with its type', async () => {
    const schema = (await t.app.inject({ url: '/api/v1/export/schema.json' })).json() as { fields: { name: string; type: string }[] };
    assert.deepEqual(schema.fields.map((f) => [f.name, f.type]), EXPORT_COLUMNS.map((c) => [c.name, c.type]));
  });

  test('a dump writes every format with a manifest whose counts and checksums are the files’, and the open-data page links it', async () => {
    const dir = path.join(DUMPS, '2026-12-06');
    try {
      const manifest = await t.services.exports.dump(dir);
      assert.deepEqual(manifest.files.map((f) => f.format), ['csv', 'xlsx', 'jsonl', 'parquet', 'ema-xlsx', 'schema']);
      for (const f of manifest.files) {
        const bytes = await readFile(path.join(dir, f.file));
        assert.equal(f.sha256, createHash('sha256').update(bytes).digest('hex'), f.file);
        assert.equal(f.bytes, bytes.length);
        if (f.format !== 'schema') assert.equal(f.rows, 10, f.file);
      }
      const served = await t.app.inject({ url: `/api/v1/export/dumps/${manifest.files[0]!.file}` });
      assert.equal(served.statusCode, 200);
      assert.equal(createHash('sha256').update(served.rawPayload).digest('hex'), manifest.files[0]!.sha256);
      assert.equal((await t.app.inject({ url: '/api/v1/export/dumps/passwd' })).statusCode, 404);
      const page = (await t.app.inject({ url: '/en/open-data' })).body;
      for (const f of manifest.files) {
        assert.ok(page.includes(`href="/api/v1/export/dumps/${f.file}"`), f.file);
        assert.ok(page.includes(f.sha256), f.file);
      }
    } finally {
      await rm(DUMPS, { recursive: true, force: true });
    }
  });
});
