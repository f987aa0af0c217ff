import { readFileSync, readdirSync } from 'node:fs';
import { parseEparPage } from './src/ingest/epar-pages/parse-epar-page.ts';
import { readEmaTable } from './src/ingest/ema-table/read-ema-table.ts';
const dir = '../shared/ema/epar-pages/';
const pages = new Map<string, any>();
for (const f of readdirSync(dir)) { const r = parseEparPage(readFileSync(dir + f, 'utf8'), { fileName: f }); if (r.ok && r.medicine.productNumber) pages.set(r.medicine.productNumber, r.medicine); }
const t = await readEmaTable('../shared/ema/tables/' + readdirSync('../shared/ema/tables').sort().at(-1));
let n = 0, bad = 0; const byField: Record<string, number> = {}; const ex: string[] = [];
const norm = (s: any) => (s ?? '').toString().toLowerCase().replace(/&amp;/g,'&').replace(/\s+/g, ' ').trim();
for (const row of t.rows) {
  const m = pages.get(row.productNumber); if (!m) continue;
  const cmp: [string, any, any][] = [
    ['status', m.status, row.status], ['inn', norm(m.inn), norm(row.inn)], ['atc', [...m.atcCodes].sort().join(','), [...row.atcCodes].sort().join(',')],
    ['holder', norm(m.marketingAuthorisationHolder?.name ?? m.applicant), norm(row.marketingAuthorisationHolder)], ['maDate', m.dates.marketingAuthorisationIssued, row.dates.marketingAuthorisationIssued ?? null],
    ...Object.keys(row.flags).filter(k => row.flags[k] !== null).map(k => ['flag.' + k, m.flags[k], row.flags[k]] as [string, any, any]),
  ];
  for (const [f, a, b] of cmp) { n++; if (a !== b) { bad++; byField[f] = (byField[f] ?? 0) + 1; if (ex.length < 400) ex.push(`${row.productNumber} ${m.slug} ${f}: page=${JSON.stringify(a)} table=${JSON.stringify(b)}`); } }
}
console.log(t.rows.length, pages.size, n, bad, (1 - bad / n) * 100, byField);
console.log(ex.join('\n'));
