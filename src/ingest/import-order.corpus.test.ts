/**
 * History never depends on the order of imports. EMA's four data tables and the EPAR pages of
 * the same medicines are imported into empty databases in three orders (tables oldest first then
 * pages; pages then tables newest first; every file shuffled), and every medicine's record and
 * history must come out the same. To keep the suite quick, the medicines are those whose name
 * starts with "a" or "l" (a sixth of the catalogue, Lumykras among them); the table copies hold
 * just their rows and are written to a temporary folder, never kept. `ORDER_TEST_SCOPE=all`
 * takes every table row and every page instead (about three times the corpus import; on the
 * PostgreSQL server of `TEST_DATABASE_URL` when there is one).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../config.ts';
import { createServices, type Services } from '../services.ts';
import { sourceName } from '../domain/observations.ts';
import { sharedPath } from '../../test/support/shared-corpus.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../test/support/test-database.ts';
import { dataRows, headerText, loadSheet, plain, writeSheet } from '../../test/support/ema-sheet.ts';
import { seededRandom, shuffled } from '../../test/support/seeded-random.ts';
import { importEmaTables } from './ema-table/import-ema-table.ts';
import { importEparPages } from './epar-pages/import-epar-pages.ts';
import type { ImportSummary } from './import-runner.ts';

const ema = sharedPath('ema');
const WHOLE = process.env.ORDER_TEST_SCOPE === 'all';
const IN_SUBSET = WHOLE ? /./ : /^[al]/i;
const KIND = WHOLE ? (testDatabaseKinds().at(-1) ?? 'pglite') : 'pglite';

interface Input {
  kind: 'table' | 'page';
  file: string;
}

/** Everything that must not depend on the order: each medicine's record and its history. */
async function dump(services: Services): Promise<Map<string, unknown>> {
  const db = services.database.db;
  const rows = await sql<{ product_number: string | null; slug: string; number: number; as_of: Date; source_kind: string; source_reference: string; changes: unknown; kinds: string[] }>`
    select m.product_number, m.slug, r.number, r.as_of, r.source_kind, r.source_reference, r.changes, r.kinds
    from revisions r join medicines m on m.id = r.medicine_id order by m.product_number, m.slug, r.number`.execute(db);
  const out = new Map<string, unknown>();
  for (const r of rows.rows) {
    const key = r.product_number ?? r.slug;
    if (!out.has(key)) out.set(key, { record: await services.medicines.get(r.slug), history: [] as unknown[] });
    (out.get(key) as { history: unknown[] }).history.push([r.number, new Date(r.as_of).toISOString(), r.source_kind, sourceName(r.source_reference), r.changes, r.kinds]);
  }
  return out;
}

describe('importing in any order gives the same records and histories', { skip: !ema }, () => {
  let dir: string;
  let tables: Input[];
  let pages: Input[];
  const dumps: Map<string, unknown>[] = [];
  const summaries: ImportSummary[] = [];
  const opened: TestDatabase[] = [];

  async function importIn(order: Input[]): Promise<Services> {
    const database = await openTestDatabase(KIND);
    opened.push(database);
    const services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
    for (const input of order) {
      const summary = input.kind === 'table' ? await importEmaTables(services.writer, [input.file]) : await importEparPages(services.writer, [input.file]);
      summaries.push(summary);
    }
    return services;
  }

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-order-'));
    const tableDir = path.join(ema!, 'tables');
    tables = [];
    for (const name of (await readdir(tableDir)).filter((f) => f.endsWith('.xlsx')).sort()) {
      const sheet = await loadSheet(path.join(tableDir, name));
      const nameColumn = [...sheet.columns].find(([h]) => /^(medicine )?name( of medicine)?$/i.test(headerText(h)))?.[1];
      assert.ok(nameColumn !== undefined, `${name}: a name column`);
      const keep = dataRows(sheet).filter((row) => IN_SUBSET.test(plain(row[nameColumn] ?? null).trim()));
      assert.ok(keep.length > 200, `${name}: ${keep.length} rows of the subset`);
      sheet.rows = [...sheet.rows.slice(0, sheet.headerIndex + 1), ...keep];
      // Same file name, so each copy keeps its snapshot date (read from the name).
      const copy = path.join(dir, name);
      await writeSheet(sheet, copy);
      tables.push({ kind: 'table', file: copy });
    }
    assert.equal(tables.length, 4);
    pages = (await readdir(path.join(ema!, 'epar-pages')))
      .filter((f) => f.endsWith('.md') && IN_SUBSET.test(f))
      .sort()
      .map((f) => ({ kind: 'page' as const, file: path.join(ema!, 'epar-pages', f) }));
    assert.ok(pages.length > 150, `${pages.length} pages`);

    const orders: Input[][] = [
      [...tables, ...pages],
      [...pages, ...[...tables].reverse()],
      shuffled(seededRandom(20261205), [...tables, ...pages]),
    ];
    for (const order of orders) {
      const started = performance.now();
      const services = await importIn(order);
      dumps.push(await dump(services));
      console.log(`# ${order.length} files imported in ${((performance.now() - started) / 1000).toFixed(1)} s (${KIND}, ${WHOLE ? 'every medicine' : 'names starting a or l'})`);
    }
  });

  after(async () => {
    for (const d of opened) await d.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('no row and no page is rejected, and every warning is one of the kinds EMA’s files are known for', () => {
    for (const s of summaries) assert.deepEqual(s.errors, []);
    const warnings = summaries.flatMap((s) => s.warnings ?? []);
    for (const w of warnings) assert.match(w.message, /is not an ATC code|row left out as a placeholder/, JSON.stringify(w));
  });

  test('tables oldest first then pages, pages then tables newest first, and a shuffle agree on every medicine', () => {
    const [a, b, c] = dumps as [Map<string, unknown>, Map<string, unknown>, Map<string, unknown>];
    assert.ok(a.size > 300, `${a.size} medicines`);
    assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
    assert.deepEqual([...c.keys()].sort(), [...a.keys()].sort());
    for (const [key, value] of a) {
      assert.deepEqual(b.get(key), value, `${key}: pages first, tables newest first`);
      assert.deepEqual(c.get(key), value, `${key}: shuffled`);
    }
  });

  test('Lumykras has the same history whatever the order: three tables that changed it, then its page', () => {
    const lumykras = dumps[0]!.get('EMEA/H/C/005522') as { history: [number, string, string, string][] };
    assert.deepEqual(lumykras.history.map(([n, asOf, kind]) => `${n} ${asOf.slice(0, 10)} ${kind}`), [
      '1 2022-11-17 ema-table',
      '2 2023-12-05 ema-table',
      '3 2025-02-12 ema-table',
      '4 2026-07-22 epar-page',
    ]);
  });

  test('importing everything again changes nothing', async () => {
    const database = opened[0]!;
    const services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
    const again = [await importEmaTables(services.writer, tables.map((t) => t.file)), await importEparPages(services.writer, pages.map((p) => p.file))];
    for (const s of again) {
      assert.equal(s.imported, 0);
      assert.equal(s.updated, 0);
    }
    assert.deepEqual(await dump(services), dumps[0]);
  });

  test('no revision changes only whitespace, letter case or markup', async () => {
    const { rows } = await sql<{ changes: { from: unknown; to: unknown }[] }>`select changes from revisions where number > 1`.execute(opened[0]!.db);
    const { sameWords } = await import('../domain/observations.ts');
    for (const r of rows) assert.ok(r.changes.some((c) => !sameWords(c.from, c.to)), JSON.stringify(r.changes).slice(0, 300));
  });
});
