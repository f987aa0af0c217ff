/**
 * For tests: every catalogue, found from the folders under `src/i18n/catalogues/` rather than from
 * a list, so a catalogue added there is checked without anyone remembering to add it to a test.
 */
import { readdir } from 'node:fs/promises';
import { registeredCatalogues, type Catalogue } from '../../src/i18n/catalogue.ts';

export const CATALOGUES_DIR = new URL('../../src/i18n/catalogues/', import.meta.url);

export async function catalogueFolders(): Promise<string[]> {
  const entries = await readdir(CATALOGUES_DIR, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Imports each folder's `index.ts`, which registers its catalogue, and returns them all, by name. */
export async function loadAllCatalogues(): Promise<readonly Catalogue<unknown>[]> {
  for (const folder of await catalogueFolders()) await import(new URL(`${folder}/index.ts`, CATALOGUES_DIR).href);
  return [...registeredCatalogues()].sort((a, b) => a.name.localeCompare(b.name));
}
