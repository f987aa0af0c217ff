/**
 * Test code stays out of what ships: helpers live in test/support, and nothing under src/ that
 * is not itself a test imports a test, a helper or a package installed only for the tests
 * (`npm ci --omit=dev` would leave the portal unable to start).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? tsFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

// Static imports and re-exports (one or many lines), side-effect imports and literal dynamic imports.
const IMPORT = /^\s*(import|export)\s([^;]*?)\sfrom\s+(['"])([^'"]+)\3|^\s*import\s+(['"])([^'"]+)\5|import\(\s*(['"])([^'"]+)\7\s*\)/gm;

export interface ImportOf {
  /** Project-relative for a relative specifier, else the package specifier as written. */
  target: string;
  /** `import type` / `export type`: erased when the code runs. */
  typeOnly: boolean;
}

export function importsOf(rel: string, text: string): ImportOf[] {
  const found: ImportOf[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[4] ?? m[6] ?? m[8] ?? '';
    const typeOnly = m[2] !== undefined && /^type\s/.test(m[2]);
    const target = spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec)) : spec;
    found.push({ target, typeOnly });
  }
  return found;
}

const isTest = (rel: string) => /\.test\.ts$/.test(rel);
const isTestHelper = (rel: string) => /\.test-support\.ts$/.test(rel) || /(^|\/)test-support\//.test(rel) || rel.startsWith('test/');
const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** Every import from production code (src/, not a test) of test code or a development-only package. */
export function violations(files: { rel: string; text: string }[], devPackages: Set<string>): string[] {
  const problems: string[] = [];
  for (const { rel, text } of files) {
    if (isTest(rel)) continue;
    if (isTestHelper(rel)) problems.push(`${rel} is a test helper under src/: it belongs in test/support/`);
    for (const { target, typeOnly } of importsOf(rel, text)) {
      if (isTest(target) || isTestHelper(target)) problems.push(`${rel} imports test code: ${target}`);
      else if (!target.startsWith('src/') && !typeOnly && devPackages.has(packageOf(target))) problems.push(`${rel} imports ${target}, a devDependency`);
    }
  }
  return problems;
}

test('nothing under src/ but the tests imports test code or a development-only package, and no helper lives there', () => {
  const files = tsFiles(path.join(ROOT, 'src')).map((file) => {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    return { rel, text: readFileSync(file, 'utf8') };
  });
  assert.ok(files.filter((f) => !isTest(f.rel)).length > 100, 'the walk found the production files');
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  assert.deepEqual(violations(files, new Set(Object.keys(pkg.devDependencies ?? {}))), []);
});

test('the check catches imports of test/, of a test, of a test-support file, of a dev package, and a helper under src/', () => {
  const dev = new Set(['fast-xml-parser', '@rowanmanning/feed-parser']);
  const found = violations(
    [
      { rel: 'src/features/medicines/fixtures/lumykras.ts', text: "import { buildMedicine } from '../../../../test/support/medicine-builder.ts';" },
      { rel: 'src/features/feeds/feed-document.ts', text: "import {\n  checkFeed,\n} from './feeds.int.test.ts';\nimport { parseFeed } from '@rowanmanning/feed-parser/lib';" },
      { rel: 'src/app.ts', text: "export { x } from './test-support/x.ts';\nconst m = await import('fast-xml-parser');" },
      { rel: 'src/i18n/all-catalogues.test-support.ts', text: "import type { XMLParser } from 'fast-xml-parser';" },
      // Tests may import anything; production code may import production code.
      { rel: 'src/features/feeds/feeds.int.test.ts', text: "import { checkFeed } from '../../../test/support/feed-checks.ts';" },
      { rel: 'src/services.ts', text: "import { openDatabase } from './db/database.ts';\nimport pg from 'pg';" },
    ],
    dev,
  );
  assert.deepEqual(found, [
    'src/features/medicines/fixtures/lumykras.ts imports test code: test/support/medicine-builder.ts',
    'src/features/feeds/feed-document.ts imports test code: src/features/feeds/feeds.int.test.ts',
    'src/features/feeds/feed-document.ts imports @rowanmanning/feed-parser/lib, a devDependency',
    'src/app.ts imports test code: src/test-support/x.ts',
    'src/app.ts imports fast-xml-parser, a devDependency',
    'src/i18n/all-catalogues.test-support.ts is a test helper under src/: it belongs in test/support/',
  ]);
});
