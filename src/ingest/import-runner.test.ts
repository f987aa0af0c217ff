import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptySummary, formatSummary, WARNINGS_SHOWN } from './import-runner.ts';

test('the printed summary lists the warnings up to a cap, then says how many more there are', () => {
  const summary = { ...emptySummary(), imported: 23 };
  for (let i = 0; i < 23; i++) {
    summary.warnings.push({ file: 'many.xlsx', row: 5 + i, column: 'Patient safety', value: `maybe ${i}`, message: `"maybe ${i}" is not yes or no; left empty` });
  }
  const lines = formatSummary(summary).split('\n');
  assert.equal(lines[0], 'imported 23, updated 0, unchanged 0, failed 0, 23 warnings');
  assert.equal(lines.filter((l) => l.startsWith('  ! ')).length, WARNINGS_SHOWN);
  assert.equal(lines[1], '  ! many.xlsx:5 Patient safety "maybe 0": "maybe 0" is not yes or no; left empty');
  assert.equal(lines.at(-1), `  ... and ${23 - WARNINGS_SHOWN} more warnings (--json lists them all)`);
});

test('a long value is shortened in the printed summary, and a summary without warnings prints none', () => {
  const summary = { ...emptySummary(), imported: 1 };
  summary.warnings.push({ file: 'a.xlsx', row: null, column: 'Therapeutic indication', value: 'x'.repeat(200), message: 'odd' });
  assert.match(formatSummary(summary), /^ {2}! a\.xlsx Therapeutic indication "x{57}\.\.\.": odd$/m);
  assert.equal(formatSummary({ imported: 2, updated: 0, unchanged: 1, failed: 0, errors: [] }), 'imported 2, updated 0, unchanged 1, failed 0');
});
