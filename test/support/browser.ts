/**
 * What the browser tests share: the real app listening on an ephemeral loopback port over an
 * in-memory PGlite seeded with the sample catalogue, a headless Chromium (skipped visibly when
 * it is not installed), axe-core run inside a page, and the Nu Html Checker (vnu.jar) run on
 * the HTML exactly as the server sent it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { AxeResults, NodeResult, Result } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createServices, type Services } from '../../src/services.ts';
import { importRecords, SAMPLE_DIR } from '../../src/ingest/sample/import-sample.ts';
import { buildMedicine } from './medicine-builder.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';
import { PROJECT_ROOT } from './shared-corpus.ts';

const require = createRequire(import.meta.url);

/** Screenshots and other artefacts for humans to look at (gitignored). */
export const RESULTS_DIR = path.join(PROJECT_ROOT, 'test-results');

/* ---------- the app ---------- */

export interface TestServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly baseUrl: string;
  readonly app: FastifyInstance;
  readonly services: Services;
  close(): Promise<void>;
}

/**
 * Seeds the sample catalogue (`sample/medicines/*.json`). Until those files exist, it stores the
 * test builder's Lumykras instead and says so, so the browser tests still have a medicine to open.
 */
export async function seedSampleCatalogue(services: Services): Promise<void> {
  const files = existsSync(SAMPLE_DIR) ? (await readdir(SAMPLE_DIR)).filter((f) => f.endsWith('.json')) : [];
  if (files.length === 0) {
    console.log(`# sample catalogue not found at ${SAMPLE_DIR}: seeding the test builder's Lumykras instead`);
    await services.writer.apply({ productNumber: 'EMEA/H/C/005522', slug: 'lumykras' }, () => buildMedicine(), {
      kind: 'editor',
      reference: 'test',
    });
    return;
  }
  const summary = await importRecords(services.writer, [SAMPLE_DIR], { progress: null });
  if (summary.failed > 0 || summary.errors.length > 0) {
    throw new Error(`the sample catalogue did not import cleanly:\n${summary.errors.map((e) => `  ${e.file}: ${e.message}`).join('\n')}`);
  }
}

/** The app as production runs it (page cache on), over a fresh in-memory PGlite, listening on 127.0.0.1:<ephemeral>. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const database: TestDatabase = await openTestDatabase('pglite');
  let app: FastifyInstance | undefined;
  try {
    const services = await createServices(loadConfig({ LOG_LEVEL: 'silent', ...env }), { database: database });
    await seedSampleCatalogue(services);
    app = await createApp(services, { logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error(`unexpected server address ${String(address)}`);
    const started = app;
    return {
      baseUrl: `http://127.0.0.1:${address.port}`,
      app: started,
      services,
      async close() {
        await started.close();
        await database.dispose();
      },
    };
  } catch (e) {
    await app?.close();
    await database.dispose();
    throw e;
  }
}

/* ---------- Chromium ---------- */

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The executable to launch and whether it was asked for explicitly (CHROMIUM_PATH). */
export function chromiumExecutable(): { path: string; required: boolean } {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  return fromEnv ? { path: fromEnv, required: true } : { path: '/usr/bin/chromium', required: false };
}

/**
 * Launches headless Chromium, or returns a reason to skip when it is not installed and nobody
 * asked for it. CHROMIUM_PATH pointing nowhere is a failure (CI sets it): a browser suite that
 * silently skips in CI would prove nothing. Never downloads a browser.
 */
export async function launchChromium(): Promise<{ browser: Browser; skip: null } | { browser: null; skip: string }> {
  const exe = chromiumExecutable();
  if (!existsSync(exe.path)) {
    if (exe.required) throw new Error(`CHROMIUM_PATH=${exe.path} does not exist: cannot run the browser tests`);
    const skip = `chromium not found at ${exe.path} (set CHROMIUM_PATH): browser tests skipped`;
    console.log(`# ${skip}`);
    return { browser: null, skip };
  }
  const browser = await chromium.launch({ executablePath: exe.path, args: CHROMIUM_ARGS, headless: true });
  return { browser, skip: null };
}

/** For a test body: skips it, visibly, when there is no browser; otherwise returns the browser. */
export function requireBrowser(t: TestContext, launched: { browser: Browser | null; skip: string | null } | undefined): Browser | null {
  if (launched?.browser) return launched.browser;
  t.skip(launched?.skip ?? 'chromium was not launched: browser tests skipped');
  return null;
}

/* ---------- axe-core ---------- */

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

export interface AxeReport {
  violations: AxeFinding[];
  /** Checks axe could not decide (often colour contrast over images or gradients): for a human to look at, not failures. */
  incomplete: AxeFinding[];
}

let axeSource: string | undefined;

/** Runs axe-core in the page's current document against WCAG 2.0/2.1 A and AA. */
export async function runAxe(page: Page): Promise<AxeReport> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol rather than added as a <script>: the pages' CSP
  // allows no inline script, and the test must not loosen the policy it runs under.
  await page.evaluate(axeSource);
  const results = await page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    const r = await axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    // Elements do not survive the trip out of the page; keep what a report needs.
    const strip = (list: Result[]) =>
      list.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n: NodeResult) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary ?? '' })) }));
    return { violations: strip(r.violations), incomplete: strip(r.incomplete) };
  }, [...AXE_TAGS]);
  const tidy = (list: typeof results.violations): AxeFinding[] =>
    list.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map((s) => (Array.isArray(s) ? s.join(' >>> ') : String(s))).join(' '), html: n.html, summary: n.failureSummary })),
    }));
  return { violations: tidy(results.violations), incomplete: tidy(results.incomplete) };
}

/** One block per rule: `[serious] color-contrast: Elements must meet ... (url)` then each element's selector, markup and reason. */
export function formatAxeFindings(findings: AxeFinding[]): string {
  return findings
    .map((v) =>
      [
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((n) => `    at ${n.target}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 300)}${n.summary ? `\n      ${n.summary.replace(/\n\s*/g, ' / ')}` : ''}`),
      ].join('\n'),
    )
    .join('\n');
}

/* ---------- the Nu Html Checker ---------- */

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  message: string;
  extract?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

export interface VnuReport {
  /** Errors (and fatal or I/O problems): the document is not valid HTML. */
  errors: VnuMessage[];
  /** Warnings and information: reported, not failures. */
  warnings: VnuMessage[];
}

/** `java` on PATH, or null (with a visible note). */
export async function findJava(): Promise<string | null> {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const ok = await new Promise<boolean>((resolve) => {
    const child = spawn(java, ['-version'], { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
  if (ok) return java;
  console.log('# java not found (install a Java runtime or set JAVA_HOME): HTML validation skipped');
  return null;
}

/** The path of vnu.jar inside the vnu-jar package (its main module exports it). */
export function vnuJarPath(): string {
  return String(require('vnu-jar'));
}

/**
 * Validates several documents in one run of vnu.jar (the JVM start is most of the cost), keyed by
 * a name of the caller's choosing. Returns null when there is no Java, after saying so.
 */
export async function validateHtml(documents: Record<string, string>): Promise<Record<string, VnuReport> | null> {
  const java = await findJava();
  if (!java) return null;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-vnu-'));
  try {
    const files = new Map<string, { file: string; name: string }>();
    let i = 0;
    for (const [name, content] of Object.entries(documents)) {
      const file = path.join(dir, `doc-${i++}.html`);
      await writeFile(file, content, 'utf8');
      files.set(path.basename(file), { file, name });
    }
    const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve, reject) => {
      const child = spawn(java, ['-jar', vnuJarPath(), '--format', 'json', ...[...files.values()].map((f) => f.file)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('error', reject);
      child.on('close', (c) => resolve({ stdout: out, stderr: err, code: c }));
    });
    // vnu writes its JSON report to stderr; exit status 1 only means "errors found".
    const json = [stderr, stdout].map((s) => s.trim()).find((s) => s.startsWith('{'));
    if (!json) throw new Error(`vnu.jar exited with ${code} and no JSON report:\n${stderr}\n${stdout}`);
    const report = JSON.parse(json) as { messages: (VnuMessage & { url?: string })[] };
    const byName: Record<string, VnuReport> = {};
    for (const name of Object.keys(documents)) byName[name] = { errors: [], warnings: [] };
    for (const m of report.messages) {
      // vnu names the file as `file:/tmp/...`; the file names are unique, so match on them.
      const name = m.url ? files.get(path.posix.basename(m.url))?.name : undefined;
      const { url: _url, ...message } = m;
      if (!name) throw new Error(`vnu.jar reported on something it was not given: ${JSON.stringify(m)}`);
      const isError = m.type === 'error' || m.type === 'non-document-error';
      byName[name]![isError ? 'errors' : 'warnings'].push(message);
    }
    return byName;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `line 12, col 5: <message>` then the extract, one message per block. */
export function formatVnuMessages(messages: VnuMessage[]): string {
  return messages
    .map((m) => {
      const where = m.lastLine !== undefined ? `line ${m.lastLine}${m.firstColumn !== undefined ? `, col ${m.firstColumn}` : ''}` : 'document';
      const kind = m.subType ? `${m.type}/${m.subType}` : m.type;
      return `  [${kind}] ${where}: ${m.message}${m.extract ? `\n      …${m.extract.replace(/\n/g, '⏎')}…` : ''}`;
    })
    .join('\n');
}
