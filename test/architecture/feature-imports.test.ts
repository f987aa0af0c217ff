/**
 * The import rules of ARCHITECTURE.md, checked on the code as it is: features sit above the
 * shared layers and below the app; a feature uses another only through its service module
 * (`*.service.ts`), never its repository, templates or routes; and no two feature folders
 * import each other, directly or around a circle.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/gm;

/** Relative imports of each production file, resolved to paths below the project root. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? '';
    if (spec.startsWith('.')) found.push(path.relative(ROOT, path.resolve(path.dirname(file), spec)));
  }
  return found;
}

const featureOf = (rel: string): string | null => /^src\/features\/([^/]+)\//.exec(rel)?.[1] ?? null;

/** Lower layers may not import upward: domain < db, i18n, http < features < app, services. */
const LAYER_RULES: { from: RegExp; forbidden: RegExp; why: string }[] = [
  { from: /^src\/domain\//, forbidden: /^src\/(?!domain\/)/, why: 'the domain imports nothing of the application' },
  { from: /^src\/(db|http|i18n)\//, forbidden: /^src\/(features|ingest|cli)\/|^src\/(app|services|server)\.ts$/, why: 'shared layers sit below the features' },
  { from: /^src\/features\//, forbidden: /^src\/(ingest|cli)\/|^src\/(app|services|server)\.ts$/, why: 'features do not reach up into importers, the app or the CLI' },
];

export function violations(files: { rel: string; imports: string[] }[]): string[] {
  const problems: string[] = [];
  const edges = new Map<string, Set<string>>();
  for (const { rel, imports } of files) {
    const from = featureOf(rel);
    for (const target of imports) {
      for (const rule of LAYER_RULES) {
        if (rule.from.test(rel) && rule.forbidden.test(target)) problems.push(`${rel} imports ${target}: ${rule.why}`);
      }
      const to = featureOf(target);
      if (!from || !to || from === to) continue;
      if (!/\.service\.ts$/.test(target)) problems.push(`${rel} imports ${target}: another feature is used only through its *.service.ts`);
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  // Circles between feature folders, found by a depth-first walk.
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of edges.get(f) ?? []) {
      if (state.get(g) === 'open') problems.push(`feature folders import each other in a circle: ${[...stack.slice(stack.indexOf(g)), g].join(' → ')}`);
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of [...edges.keys()].sort()) if (!state.has(f)) visit(f);
  return problems;
}

test('production code follows the import rules: layers downward, features through services, no circles', () => {
  const files = sourceFiles(SRC).map((file) => ({ rel: path.relative(ROOT, file), imports: importsOf(file) }));
  assert.ok(files.length > 100, 'the walk found the source files');
  assert.deepEqual(violations(files), []);
});

test('the check catches a template import, a repository import and a circle between features', () => {
  const found = violations([
    { rel: 'src/features/feeds/feeds.service.ts', imports: ['src/features/history/history-page.template.ts'] },
    { rel: 'src/features/history/history.service.ts', imports: ['src/features/search/search.repository.ts', 'src/features/feeds/feeds.service.ts'] },
    { rel: 'src/http/layout.ts', imports: ['src/features/search/search.service.ts'] },
  ]);
  assert.ok(found.some((p) => p.includes('history-page.template.ts') && p.includes('only through its *.service.ts')));
  assert.ok(found.some((p) => p.includes('search.repository.ts')));
  assert.ok(found.some((p) => p.includes('circle') && p.includes('feeds') && p.includes('history')));
  assert.ok(found.some((p) => p.startsWith('src/http/layout.ts') && p.includes('below the features')));
});
