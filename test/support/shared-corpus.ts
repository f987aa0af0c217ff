/**
 * Where the reference corpus is: `../shared` beside the project, or OPENEPAR_SHARED. Corpus
 * tests call `sharedPath()` and skip, visibly, when it returns null.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = process.env.OPENEPAR_SHARED ? path.resolve(process.env.OPENEPAR_SHARED) : path.resolve(PROJECT_ROOT, '../shared');

export const SKIP_MESSAGE = `reference corpus not found at ${SHARED} (set OPENEPAR_SHARED): corpus test skipped`;

/** The absolute path of `relative` inside the shared folder, or null (with a visible note) if absent. */
export function sharedPath(relative: string): string | null {
  const p = path.join(SHARED, relative);
  if (existsSync(p)) return p;
  console.log(`# ${SKIP_MESSAGE}`);
  return null;
}

export { PROJECT_ROOT };
