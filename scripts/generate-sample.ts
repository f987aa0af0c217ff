/**
 * Writes the dated snapshots of the sample catalogue (`sample/medicines/*.json`) from the
 * reference corpus: for each sample medicine, what each of EMA's "medicines output" tables said
 * about it (read by the importer's own reader), followed by the EPAR page snapshot the file
 * already holds. Importing the result gives each medicine the history a real import would.
 *
 *   node scripts/generate-sample.ts [path/to/shared]      (default ../shared or $OPENEPAR_SHARED)
 *
 * Run it again after the tables change; the page snapshots are kept as they are.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEmaTable } from '../src/ingest/ema-table/read-ema-table.ts';
import { rowAssertions } from '../src/ingest/ema-table/import-ema-table.ts';
import { isSampleSnapshots, type SampleFile, type SampleSnapshot } from '../src/ingest/sample/import-sample.ts';
import type { Medicine } from '../src/domain/medicine.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const shared = path.resolve(process.argv[2] ?? process.env.OPENEPAR_SHARED ?? path.join(root, '../shared'));
const sampleDir = path.join(root, 'sample/medicines');
const tableDir = path.join(shared, 'ema/tables');

const files = (await readdir(sampleDir)).filter((f) => f.endsWith('.json')).sort();
const samples = new Map<string, { file: string; page: SampleSnapshot }>();
for (const file of files) {
  const data = JSON.parse(await readFile(path.join(sampleDir, file), 'utf8')) as SampleFile | Medicine;
  const page: SampleSnapshot = isSampleSnapshots(data)
    ? data.snapshots.find((s) => s.source === 'epar-page')!
    : { asOf: data.dates.pageLastUpdated!, source: 'epar-page', from: `${data.slug}.md`, says: data };
  samples.set(page.says.slug!, { file, page });
}

const tables: { asOf: string; file: string; rows: Awaited<ReturnType<typeof readEmaTable>>['rows'] }[] = [];
for (const file of (await readdir(tableDir)).filter((f) => f.endsWith('.xlsx')).sort()) {
  const table = await readEmaTable(path.join(tableDir, file));
  if (!table.snapshotDate) throw new Error(`${file}: no snapshot date`);
  tables.push({ asOf: table.snapshotDate, file, rows: table.rows });
}

for (const [slug, { file, page }] of samples) {
  const snapshots: SampleSnapshot[] = [];
  for (const table of tables) {
    const row = table.rows.find((r) => r.slug === slug);
    if (row) snapshots.push({ asOf: table.asOf, source: 'ema-table', from: table.file, says: rowAssertions(row) });
  }
  snapshots.push(page);
  snapshots.sort((a, b) => a.asOf.localeCompare(b.asOf));
  const out: SampleFile = { productNumber: page.says.productNumber ?? null, slug, snapshots };
  await writeFile(path.join(sampleDir, file), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`${file}: ${snapshots.map((s) => `${s.asOf} ${s.source}`).join(', ')}\n`);
}
