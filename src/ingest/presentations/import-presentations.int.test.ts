/**
 * Which medicine a presentations file goes to when its name says none we know, and what a bad
 * row does to the file: it is a warning, and the rest imports.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database.ts';
import { loadConfig } from '../../config.ts';
import { must, parseProductNumber } from '../../domain/identifiers.ts';
import { createServices, type Services } from '../../services.ts';
import { importPresentations } from './import-presentations.ts';

const HEADER = `| MA (EU) number | (Invented) name | Strength | Pharmaceutical Form | Route of Administration | Immediate Packaging | Content (concentration) | Pack size |
|---|---|---|---|---|---|---|---|`;

function document(slug: string, body: string): string {
  return `---
document_pathfilename: www.ema.europa.eu/en/documents/all-authorised-presentations/${slug}-epar-all-authorised-presentations_en.pdf
---
${body}`;
}

describe('importing presentations', () => {
  let database: TestDatabase;
  let services: Services;
  let dir = '';

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-presentations-'));
    database = await openTestDatabase('pglite');
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), { database });
    for (const [number, name, slug] of [
      ['EMEA/H/C/002779', 'Vimizim', 'vimizim'],
      ['EMEA/H/C/001603', 'Zorvex', 'zorvex'],
      ['EMEA/H/C/001604', 'Zorvex Duo', 'zorvex-duo'],
    ] as const) {
      const productNumber = must(parseProductNumber(number));
      await services.writer.assert({ productNumber, slug }, { productNumber, name, slug, category: 'human', status: 'authorised' }, { kind: 'editor', reference: 'test' });
    }
  });
  after(async () => {
    await database.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  test('a file whose name names no medicine goes to the one whose product number it prints, and a bad row is a warning', async () => {
    const file = path.join(dir, 'elosulfase-alfa-epar-all-authorised-presentations_en.md');
    await writeFile(
      file,
      document(
        'elosulfase-alfa',
        `Procedure No. EMEA/H/C/002779/0000

${HEADER}
| EU/1/14/914/001 | Vimizim | 1 mg/ml | Concentrate for solution for infusion | Intravenous use | vial (glass) | 5 ml | 1 vial |
| EU/1/914/002 | Vimizim | 1 mg/ml | Concentrate for solution for infusion | Intravenous use | vial (glass) | 5 ml | 10 vials |
`,
      ),
    );
    const summary = await importPresentations(services, [file]);
    assert.deepEqual(summary.errors, []);
    assert.equal(summary.updated, 1);
    assert.deepEqual(summary.warnings, [
      {
        file,
        row: 9,
        column: 'EU number',
        value: 'EU/1/914/002',
        message: '"EU/1/914/002" is not an EU number (expected e.g. EU/1/21/1603/001); row left out',
      },
    ]);
    const vimizim = await services.medicines.get('vimizim');
    assert.deepEqual(vimizim?.presentations.map((p) => p.euNumber), ['EU/1/14/914/001']);
  });

  test('the file name decides first; product numbers that point at two medicines, or at none, do not', async () => {
    const byName = path.join(dir, 'zorvex-epar-all-authorised-presentations_en.md');
    await writeFile(byName, document('zorvex', `Procedure No. EMEA/H/C/001604/0000\n\n${HEADER}\n| EU/1/21/1603/001 | Zorvex | 1 mg | Tablet | Oral use | blister | | 7 tablets |\n`));
    const two = path.join(dir, 'zorvex-combined-epar-all-authorised-presentations_en.md');
    await writeFile(two, document('zorvex-combined', `EMEA/H/C/001603 and EMEA/H/C/001604\n\n${HEADER}\n| EU/1/21/1603/002 | Zorvex | 1 mg | Tablet | Oral use | blister | | 7 tablets |\n`));
    const unknown = path.join(dir, 'nemo-epar-all-authorised-presentations_en.md');
    await writeFile(unknown, document('nemo', `Procedure No. EMEA/H/C/009999/0000\n\n${HEADER}\n| EU/1/21/1999/001 | Nemo | 1 mg | Tablet | Oral use | blister | | 7 tablets |\n`));

    const summary = await importPresentations(services, [byName, two, unknown]);
    assert.equal(summary.updated, 1);
    assert.deepEqual((await services.medicines.get('zorvex'))?.presentations.map((p) => p.euNumber), ['EU/1/21/1603/001']);
    assert.deepEqual((await services.medicines.get('zorvex-duo'))?.presentations, []);
    const reasons = Object.fromEntries(summary.errors.map((e) => [path.basename(e.file), e.message]));
    assert.match(reasons[path.basename(two)]!, /EMEA\/H\/C\/001603, EMEA\/H\/C\/001604\) belong to 2 medicines/);
    assert.match(reasons[path.basename(unknown)]!, /^no medicine "nemo" in the catalogue, nor of the product numbers inside it \(EMEA\/H\/C\/009999\)/);
    assert.equal(summary.failed, 2);
  });
});
