import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LANGUAGES } from '../domain/languages.ts';
import { catalogueLanguage, formattersFor, getMessages, localeOf } from './i18n.ts';
import { en } from './messages/en.ts';
import { en as searchEn, searchMessages } from '../features/search/search-messages.ts';
import { en as historyEn, historyMessages } from '../features/history/history-messages.ts';
import { en as feedEn, feedMessages } from '../features/feeds/feed-messages.ts';

/** The main catalogue and the feature catalogues typed like it: every test below holds for each. */
const CATALOGUES: readonly { name: string; english: object; of: (lang: (typeof LANGUAGES)[number]) => object }[] = [
  { name: 'main', english: en, of: getMessages },
  { name: 'search', english: searchEn, of: searchMessages },
  { name: 'history', english: historyEn, of: historyMessages },
  { name: 'feeds', english: feedEn, of: feedMessages },
];

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

test('every language has its own catalogue', () => {
  const missing = LANGUAGES.filter((lang) => catalogueLanguage(lang) !== lang);
  assert.deepEqual(missing, []);
});

test('every catalogue has exactly the English keys, no empty string, and the same placeholders', () => {
  for (const catalogue of CATALOGUES) {
    const english = new Map(leaves(catalogue.english).map((l) => [l.path, l.value]));
    for (const lang of LANGUAGES) {
      const own = leaves(catalogue.of(lang));
      assert.deepEqual(own.map((l) => l.path).sort(), [...english.keys()].sort(), `${catalogue.name} ${lang}`);
      for (const { path: p, value } of own) {
        const reference = english.get(p);
        const forms = typeof value === 'string' ? [value] : Object.values(value as object);
        for (const form of forms) assert.ok(typeof form === 'string' && form.trim() !== '', `${lang} ${p} is empty`);
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
    for (const { path: p, value } of CATALOGUES.flatMap((c) => leaves(c.of(lang)))) {
      if (typeof value !== 'object' || value === null) continue;
      for (const c of categories) assert.ok(c in value, `${lang} ${p} lacks the "${c}" form`);
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

test('the type check fails when a key is removed from a catalogue', async () => {
  // A copy of the Swedish catalogue with its first leaf string removed, checked against the real types.
  const source = await readFile(path.join(root, 'src/i18n/messages/sv.ts'), 'utf8');
  const lines = source.split('\n');
  const index = lines.findIndex((l) => /^\s+[\w']+: '.*',$/.test(l));
  assert.ok(index > 0, 'found a leaf to remove');
  lines.splice(index, 1);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-i18n-'));
  try {
    const file = path.join(dir, 'sv-missing.ts');
    await writeFile(file, lines.join('\n').replace(/from '\.\/(en)\.ts'/g, `from '${path.join(root, 'src/i18n/messages/en.ts')}'`));
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: path.join(root, 'tsconfig.json'), include: [file], compilerOptions: { typeRoots: [path.join(root, 'node_modules/@types')] } }));
    const result = await promisify(execFile)(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir]).then(
      () => ({ code: 0, stdout: '' }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    assert.notEqual(result.code, 0, 'tsc accepted a catalogue with a missing key');
    assert.match(result.stdout, /sv-missing\.ts.*(is missing|missing the following)/s);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
