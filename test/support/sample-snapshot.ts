/**
 * A sample file (the format of `sample/medicines/*.json`) with one newer snapshot of Lumykras's
 * page naming another holder: what a test imports from another process to see a change arrive.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface SampleFile {
  productNumber: string | null;
  slug: string;
  snapshots: { asOf: string; source: string; from: string; says: { marketingAuthorisationHolder?: { name: string; address?: string | null } } }[];
}

export async function lumykrasWithHolder(sampleDir: string, holder: string, asOf: string): Promise<string> {
  const sample = JSON.parse(await readFile(path.join(sampleDir, '01-lumykras.json'), 'utf8')) as SampleFile;
  const page = sample.snapshots.findLast((s) => s.source === 'epar-page');
  if (!page?.says.marketingAuthorisationHolder) throw new Error('the Lumykras sample has no page snapshot naming its holder');
  const says = { marketingAuthorisationHolder: { ...page.says.marketingAuthorisationHolder, name: holder } };
  return JSON.stringify({ productNumber: sample.productNumber, slug: sample.slug, snapshots: [{ asOf, source: 'epar-page', from: `lumykras-${asOf}.md`, says }] } satisfies SampleFile);
}
