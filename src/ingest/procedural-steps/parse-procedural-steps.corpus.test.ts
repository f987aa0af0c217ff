/**
 * Reads every "Procedural steps taken and scientific information after authorisation" document of
 * the shared corpus (`../shared/ema/procedural-steps`, or under `$OPENEPAR_SHARED`): current and
 * archive versions for several medicines, plus Xenical's older single document. Skips, saying so,
 * where the corpus is absent. Expected values were read from the documents themselves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProcedureNumber } from '../../domain/identifiers.ts';
import { PROCEDURE_TYPES, type Procedure } from '../../domain/procedure.ts';
import { SKIP_MESSAGE, sharedPath } from '../../../test/support/shared-corpus.ts';
import { parseProceduralSteps, type ParseProceduralStepsResult } from './parse-procedural-steps.ts';

const dir = sharedPath('ema/procedural-steps');

// A first cell that opens a procedure: an old number, or a type label (with or without its number);
// not the EU numbers a scope carried over to a new page can begin with.
const OPENS_PROCEDURE = /^\|\s*(?!EU\/)(?:(?:EMEA\/H\/C\/\d+\/)?[A-Z]{1,5}\d{0,2}\/\s?\d|(?:Variation type \w+|PSUR|Renewal[^|/]*|Article[^|/]*|Extension of marketing authorisation)\s*\/)/;

if (dir === null) {
  test('parses the real procedural steps documents', (t) => {
    t.skip(SKIP_MESSAGE);
  });
} else {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const results = new Map<string, ParseProceduralStepsResult>(files.map((f) => [f, parseProceduralSteps(texts.get(f)!, { fileName: f })]));

  function parsed(prefix: string) {
    const file = files.find((f) => f.startsWith(prefix));
    assert.ok(file, `no file ${prefix}`);
    const r = results.get(file)!;
    assert.ok(r.ok, r.ok ? '' : r.error);
    return r;
  }
  const lumykrasCurrent = () => parsed('lumykras-epar-procedural-steps-taken-scientific-information-after-authorisation_en');
  const lumykrasArchive = () => parsed('lumykras-epar-procedural-steps-taken-scientific-information-after-authorisation-archive_en');
  function find(procedures: Procedure[], number: string): Procedure {
    const p = procedures.find((x) => x.number === number);
    assert.ok(p, `no procedure ${number}`);
    return p;
  }

  test('parses every procedural steps document, every procedure with a valid number', () => {
    let procedures = 0;
    let warnings = 0;
    for (const [file, r] of results) {
      assert.ok(r.ok, `${file}: ${r.ok ? '' : r.error}`);
      procedures += r.procedures.length;
      warnings += r.warnings.length;
      console.log(`#   ${file.replace(/-epar-.*?(-archive)?_en\.md$/, '$1')}: ${r.procedures.length} procedures, ${r.warnings.length} warnings`);
      for (const p of r.procedures) {
        assert.notEqual(p.number.trim(), '', `${file}: a procedure without a number`);
        assert.ok(parseProcedureNumber(p.number).ok, `${file}: ${p.number}`);
        assert.ok(PROCEDURE_TYPES.includes(p.type));
        assert.notEqual(p.scope, '', `${file}: ${p.number} has no scope`);
        for (const d of [p.opinionDate, p.commissionDecisionDate]) assert.ok(d === null || /^\d{4}-\d{2}-\d{2}$/.test(d));
      }
    }
    console.log(`# procedural steps: ${files.length} files, ${procedures} procedures, ${warnings} warnings`);
    assert.equal(files.length, 19);
    assert.ok(procedures > 1200, `${procedures} procedures`);
  });

  test('loses no procedure silently: each row that opens one becomes one, or a warning says why not', () => {
    for (const [file, r] of results) {
      if (!r.ok) continue;
      const opened = texts.get(file)!.split('\n').filter((l) => OPENS_PROCEDURE.test(l)).length;
      const left = r.warnings.filter((w) => w.includes('left out a procedure')).length;
      const moved = r.warnings.filter((w) => w.includes('printed in a later column')).length;
      assert.equal(r.procedures.length + left, opened + moved, file);
    }
  });

  test('knows each file for what it is: slug, medicine, archive or current', () => {
    for (const [file, r] of results) {
      assert.ok(r.ok);
      assert.equal(r.slug, file.replace(/-epar-.*$/, ''), file);
      assert.equal(r.archive, file.includes('-archive_'), file);
      assert.ok(r.medicineName, file);
    }
    assert.equal(lumykrasCurrent().medicineName, 'LUMYKRAS');
  });

  test("reads Lumykras's variations, renewals and PSURs with their numbers and dates", () => {
    const all = [...lumykrasArchive().procedures, ...lumykrasCurrent().procedures];
    const numbers = (type: string) => all.filter((p) => p.type === type).map((p) => p.number);
    assert.deepEqual(numbers('variation-ii'), ['II/0010/G', 'II/0007', 'II/0011', 'II/0004', 'II/0003', 'EMA/VR/0000339051']);
    assert.deepEqual(numbers('renewal'), ['R/0018', 'R/0012', 'R/0002', 'EMA/R/0000285162']);
    assert.deepEqual(numbers('psur'), [
      'PSUSA/10970/202405',
      'PSUSA/10970/202311',
      'PSUSA/10970/202305',
      'PSUSA/10970/202211',
      'PSUSA/10970/202205',
      'EMA/PSUR/0000257886',
      'EMA/PSUR/0000296611',
      'EMA/PSUR/0000327925',
    ]);
    assert.deepEqual(numbers('extension'), ['X/0009']);

    const ii10 = find(all, 'II/0010/G');
    assert.equal(ii10.opinionDate, '2024-09-19');
    assert.equal(ii10.commissionDecisionDate, '2024-10-21');
    assert.equal(ii10.productInformationAffected, 'SmPC, Annex II and PL');
    assert.equal(ii10.typeLabel, null);
    assert.match(ii10.scope, /^This was an application for a group of variations\. Update of sections 4\.2, 4\.4, 4\.5, 4\.8 and 5\.2 of the SmPC/);
    assert.match(ii10.summary ?? '', /^SmPC new text: Results of the Codebreak 200 trial/);

    const renewal = find(all, 'EMA/R/0000285162');
    assert.equal(renewal.typeLabel, 'Renewal - 1 year');
    assert.equal(renewal.opinionDate, '2025-09-18');
    assert.equal(renewal.commissionDecisionDate, '2025-11-10');
    assert.equal(renewal.scope, 'Outcome: Renewal of marketing authorisation.');

    const r18 = find(all, 'R/0018');
    assert.equal(r18.opinionDate, '2024-09-19');
    assert.equal(r18.commissionDecisionDate, '2024-11-14');

    const psur = find(all, 'EMA/PSUR/0000257886');
    assert.equal(psur.typeLabel, 'PSUR');
    assert.equal(psur.opinionDate, '2025-07-10');
    assert.deepEqual(psur.otherNumbers, ['PSUSA/00010970/202411']);
    assert.equal(find(all, 'EMA/PSUR/0000327925').opinionDate, '2026-06-11');

    const psusa = find(all, 'PSUSA/10970/202405');
    assert.equal(psusa.opinionDate, '2025-01-16');
    assert.equal(psusa.commissionDecisionDate, null, '"n/a"');
    assert.equal(psusa.summary, 'PRAC Recommendation - maintenance');

    assert.equal(find(all, 'IAIN/0006').type, 'variation-ia');
    assert.equal(find(all, 'EMA/VR/0000304265').type, 'variation-ib');
  });

  test('brings back whole the Lumykras rows that page breaks split', () => {
    // Scope of the current type II variation: the words "a marketing" end page 1, "authorisation" opens page 2.
    const vr = find(lumykrasCurrent().procedures, 'EMA/VR/0000339051');
    assert.equal(
      vr.scope,
      'Outcome: C.9 Introduction of, or change(s) to, the obligations and conditions of a marketing authorisation, including the risk management plan - ' +
        'C.9.c) Implementation of change(s) which require to be further substantiated by new additional data to be submitted by the holder where significant ' +
        'assessment by the competent authority is required - Accepted To update Annex II and the RMP to request an 18-month extension of the due dates for ' +
        'the Specific Obligation (SOB) SOB2 related to the Phase 3 Study 20190341.',
    );
    assert.equal(vr.opinionDate, '2026-06-25');
    assert.equal(vr.productInformationAffected, 'SmPC and Annex II');

    // The summary of the 1-year renewal runs over a page break in a table of another width.
    const renewal = find(lumykrasCurrent().procedures, 'EMA/R/0000285162');
    assert.match(renewal.summary ?? '', /quality, safety and efficacy of this medicinal product continue to be adequately and sufficiently demonstrated/);
    assert.match(renewal.summary ?? '', /as laid down in Annex II to the opinion\.$/);

    const archive = lumykrasArchive().procedures;
    assert.match(find(archive, 'R/0018').summary ?? '', /continue to be adequately and sufficiently demonstrated and therefore recommends the renewal/);
    assert.match(find(archive, 'II/0010/G').scope, /replacement of the existing SOB C\.I\.4 - Change\(s\) in the SPC, Labelling or PL/);
    assert.match(find(archive, 'II/0011').summary ?? '', /co administration of repeat doses of omeprazole with a single dose of 960 mg sotorasib/);
    assert.equal(find(archive, 'IAIN/0006').scope.endsWith('the same pharmaceutical group as the currently approved manufacturer'), true);
  });

  test('finds numbers docling moved out of their column, and says which procedure it could not number', () => {
    const humira = find(parsed('humira-epar-procedural-steps-taken-scientific-information-after-authorisation-archive_en').procedures, 'IA/0211/G');
    assert.equal(humira.opinionDate, '2021-09-02');
    assert.equal(humira.commissionDecisionDate, '2021-12-16');
    assert.equal(humira.productInformationAffected, 'Annex II');

    const keytruda = parsed('keytruda-epar-procedural-steps-taken-scientific-information-after-authorisation_en');
    const fromLaterCell = find(keytruda.procedures, 'EMA/VR/0000318934');
    assert.equal(fromLaterCell.typeLabel, 'Variation type IA');
    assert.equal(fromLaterCell.opinionDate, '2025-12-16');
    assert.ok(keytruda.warnings.some((w) => w.includes('left out a procedure whose number docling lost ("Extension of marketing authorisation"')));
  });
}
