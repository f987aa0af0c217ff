/**
 * Lighthouse on the portal as `npm start` serves it: the sample catalogue in an in-memory
 * PGlite, the real app on a loopback port, and Debian's Chromium. For the home, Lumykras and
 * search pages, on mobile (Lighthouse's default: a mid-range phone on a throttled network) and
 * desktop, it prints the four category scores and, below, every audit that scored under 1 in
 * those categories. Not a test: scores move with the machine's load.
 *
 *   npm run lighthouse
 *   LIGHTHOUSE_PAGES=/en,/el/medicines/human/EPAR/lumykras npm run lighthouse
 *   CHROMIUM=/usr/bin/chromium LIGHTHOUSE_JSON=/tmp/lh npm run lighthouse   # also keep each report
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { importRecords, SAMPLE_DIR } from '../src/ingest/sample/import-sample.ts';
import { createServices } from '../src/services.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const pages = (process.env.LIGHTHOUSE_PAGES ?? '/en,/en/medicines/human/EPAR/lumykras,/en/search?q=lumykras').split(',').map((p) => p.trim()).filter(Boolean);
const chromePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const jsonDir = process.env.LIGHTHOUSE_JSON;

const database = await openDatabase({ databaseUrl: null, dataDir: 'memory://' });
const services = await createServices(loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT: '0' }), { database });
const summary = await importRecords(services.writer, [SAMPLE_DIR], { progress: null });
if (summary.failed > 0) throw new Error(`the sample catalogue did not import: ${JSON.stringify(summary.errors)}`);
const app = await createApp(services, { logger: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
// Chromium's trace recording now and then misses the navigation (NO_NAVSTART) on a busy
// machine; Lighthouse itself says to run again, so a run that failed that way is retried.
async function audit(url: string, formFactor: 'mobile' | 'desktop') {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (!lhr.runtimeError) return lhr;
    if (attempt >= 3) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    console.error(`${url} ${formFactor}: ${lhr.runtimeError.code}, running again`);
  }
}

const rows: string[][] = [];
const findings: string[] = [];
let worst = 100;
try {
  for (const page of pages) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const url = `${origin}${page}`;
      const lhr = await audit(url, formFactor);
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      worst = Math.min(worst, ...scores);
      rows.push([page, formFactor, ...scores.map(String)]);
      if (jsonDir) {
        mkdirSync(jsonDir, { recursive: true });
        writeFileSync(path.join(jsonDir, `${page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.${formFactor}.json`), JSON.stringify(lhr));
      }
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
          const value = audit.displayValue ? ` (${audit.displayValue})` : '';
          findings.push(`${page} ${formFactor} ${c}: ${audit.title}${value}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  await app.close();
  await services.close();
}

const widths = [44, 8, 12, 14, 15, 4];
const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} on ${chromePath}, the sample catalogue`);
console.log(line(['page', 'form', 'performance', 'accessibility', 'best practices', 'SEO']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
console.log('');
if (findings.length === 0) console.log('Every weighted audit passed.');
else {
  console.log('Audits below full marks:');
  for (const f of findings) console.log(`  ${f}`);
}
if (worst < 100) process.exitCode = 1;
