import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LANGUAGES } from '../domain/languages.ts';
import { CATALOGUES_DIR, catalogueFolders, loadAllCatalogues } from '../../test/support/all-catalogues.ts';
import { catalogueLanguage, formattersFor, localeOf } from './i18n.ts';

/** Every registered catalogue: each test below holds for all of them, whichever they are. */
const CATALOGUES = await loadAllCatalogues();

const root = fileURLToPath(new URL('../../', import.meta.url));

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, at = ''): Leaf[] {
  if (typeof value !== 'object' || value === null || isPlural(value)) return [{ path: at, value }];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
}

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

function isPlural(value: object): boolean {
  return 'other' in value && Object.entries(value).every(([k, v]) => PLURAL_CATEGORIES.has(k) && typeof v === 'string');
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

test('each catalogue folder registers one catalogue, named after the folder', async () => {
  assert.deepEqual(CATALOGUES.map((c) => c.name), await catalogueFolders());
  for (const name of ['site', 'search', 'history', 'feeds', 'medicine-data']) assert.ok(CATALOGUES.some((c) => c.name === name), name);
});

test('each catalogue folder holds en.ts, index.ts and one file per language, and nothing else', async () => {
  const expected = [...LANGUAGES.map((lang) => `${lang}.ts`), 'index.ts'].sort();
  for (const folder of await catalogueFolders()) {
    assert.deepEqual((await readdir(new URL(`${folder}/`, CATALOGUES_DIR))).sort(), expected, folder);
  }
});

test('every language has its own translation in every catalogue', () => {
  for (const catalogue of CATALOGUES) {
    const missing = LANGUAGES.filter((lang) => !catalogue.has(lang));
    assert.deepEqual(missing, [], catalogue.name);
  }
  const missing = LANGUAGES.filter((lang) => catalogueLanguage(lang) !== lang);
  assert.deepEqual(missing, []);
});

test('every catalogue has exactly the English keys, no empty string, and the same placeholders', () => {
  for (const catalogue of CATALOGUES) {
    const english = new Map(leaves(catalogue.english).map((l) => [l.path, l.value]));
    for (const lang of LANGUAGES) {
      const own = leaves(catalogue.get(lang));
      assert.deepEqual(own.map((l) => l.path).sort(), [...english.keys()].sort(), `${catalogue.name} ${lang}`);
      for (const { path: p, value } of own) {
        const reference = english.get(p);
        const forms = typeof value === 'string' ? [value] : Object.values(value as object);
        for (const form of forms) assert.ok(typeof form === 'string' && form.trim() !== '', `${catalogue.name} ${lang} ${p} is empty`);
        const expected = typeof reference === 'string' ? placeholders(reference) : placeholders((reference as { other: string }).other);
        for (const form of forms as string[]) assert.equal(placeholders(form), expected, `${catalogue.name} ${lang} ${p}: "${form}" changes the placeholders`);
      }
    }
  }
});

test("plural messages have every form the language's plural rules use for the counts a page shows", () => {
  for (const lang of LANGUAGES) {
    // Counts of medicines, languages and documents: whole numbers well below a million (French
    // and others have a "many" form only for numbers like 1 000 000).
    const rules = new Intl.PluralRules(localeOf(lang));
    const categories = new Set(Array.from({ length: 10001 }, (_, n) => rules.select(n)));
    for (const catalogue of CATALOGUES) {
      for (const { path: p, value } of leaves(catalogue.get(lang))) {
        if (typeof value !== 'object' || value === null) continue;
        for (const c of categories) assert.ok(c in value, `${catalogue.name} ${lang} ${p} lacks the "${c}" form`);
      }
    }
  }
});

test('dates, numbers and file sizes follow the page language', () => {
  assert.equal(formattersFor('sv').date('2022-01-06'), '6 januari 2022');
  assert.equal(formattersFor('de').date('2022-01-06'), '6. Januar 2022');
  assert.equal(formattersFor('en').date('2022-01-06'), '6 January 2022');
  assert.equal(formattersFor('sv').fileSize(Math.round(136.1 * 1024)), '136,1 kB');
  assert.equal(formattersFor('en').fileSize(Math.round(136.1 * 1024)), '136.1 KB');
});

test('the type check fails when a key is removed from any catalogue', async () => {
  // A copy of each catalogue's Swedish file with its first leaf string removed, checked against the real types.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-i18n-'));
  try {
    const files: string[] = [];
    for (const { name } of CATALOGUES) {
      const folder = path.join(root, 'src/i18n/catalogues', name);
      const lines = (await readFile(path.join(folder, 'sv.ts'), 'utf8')).split('\n');
      const index = lines.findIndex((l) => /^\s+[\w']+: '.*',$/.test(l));
      assert.ok(index > 0, `found a leaf to remove in ${name}`);
      lines.splice(index, 1);
      const file = path.join(dir, `${name}-sv-missing.ts`);
      await writeFile(file, lines.join('\n').replace(/from '\.\/en\.ts'/g, `from '${path.join(folder, 'en.ts')}'`));
      files.push(file);
    }
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: path.join(root, 'tsconfig.json'), include: files, compilerOptions: { typeRoots: [path.join(root, 'node_modules/@types')] } }));
    const result = await promisify(execFile)(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir]).then(
      () => ({ code: 0, stdout: '' }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    assert.notEqual(result.code, 0, 'tsc accepted catalogues with a missing key');
    for (const { name } of CATALOGUES) assert.match(result.stdout, new RegExp(`${name}-sv-missing\\.ts\\(\\d+,\\d+\\): error TS\\d+: .*(is missing|missing the following)`), name);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
