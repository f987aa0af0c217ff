import { test } from 'node:test';
import assert from 'node:assert/strict';
import { companyRoleOf, lifecycleOf, lifecycleProblems } from './lifecycle.ts';

const base = {
  status: 'under-evaluation' as const,
  applicant: 'Example Pharma B.V.',
  opinionStatus: null,
  marketingAuthorisationHolder: null,
  dates: {} as Record<string, string | null>,
  procedures: [],
};
const rules = (r: Parameters<typeof lifecycleProblems>[0], previous: Parameters<typeof lifecycleProblems>[1] = null) => lifecycleProblems(r, previous).map((p) => p.rule);

test('an application under evaluation stands at the first step with its applicant', () => {
  assert.deepEqual(lifecycleOf('under-evaluation').steps.map((s) => s.state), ['current', 'upcoming', 'upcoming']);
  assert.equal(companyRoleOf('under-evaluation'), 'applicant');
  assert.deepEqual(rules(base), []);
  assert.deepEqual(rules({ ...base, applicant: ' ' }), ['applicant-required']);
});

test('an authorisation needs a positive opinion dated before the decision, and a holder', () => {
  const authorised = { ...base, status: 'authorised' as const, opinionStatus: 'positive', marketingAuthorisationHolder: { name: 'Example Pharma B.V.' }, dates: { opinionAdopted: '2026-10-16', marketingAuthorisationIssued: '2026-11-20' } };
  assert.deepEqual(rules(authorised), []);
  assert.deepEqual(rules({ ...authorised, opinionStatus: null, dates: { marketingAuthorisationIssued: '2026-11-20' } }), ['opinion-required', 'opinion-date-required', 'decision-before-opinion']);
  assert.deepEqual(rules({ ...authorised, dates: { opinionAdopted: '2026-12-01', marketingAuthorisationIssued: '2026-11-20' } }), ['decision-before-opinion']);
  assert.deepEqual(rules({ ...authorised, opinionStatus: 'negative' }), ['positive-opinion-required']);
  assert.deepEqual(rules({ ...authorised, marketingAuthorisationHolder: null }), ['holder-required']);
});

test('a status after authorisation needs its date, on or after the decision', () => {
  const authorised = { ...base, status: 'authorised' as const, opinionStatus: 'positive', marketingAuthorisationHolder: { name: 'X' }, dates: { opinionAdopted: '2020-10-16', marketingAuthorisationIssued: '2020-11-20' } };
  assert.deepEqual(rules({ ...authorised, status: 'withdrawn' }), ['status-date-required']);
  assert.deepEqual(rules({ ...authorised, status: 'withdrawn', dates: { ...authorised.dates, withdrawal: '2019-01-01' } }), ['date-before-authorisation']);
  assert.deepEqual(rules({ ...authorised, status: 'lapsed', dates: { ...authorised.dates, lapse: '2024-01-01' } }), []);
});

test('a refusal follows a negative opinion and is dated after it', () => {
  const refused = { ...base, status: 'refused' as const, opinionStatus: 'negative', dates: { opinionAdopted: '2026-10-16', refusal: '2026-12-01' } };
  assert.deepEqual(rules(refused), []);
  assert.deepEqual(rules({ ...refused, dates: { opinionAdopted: '2026-10-16', refusal: '2026-01-01' } }), ['decision-before-opinion']);
  assert.deepEqual(rules({ ...refused, opinionStatus: 'positive' }), ['negative-opinion-required']);
});

test('a procedure needs its number, an opinion before its decision, and comes after the authorisation', () => {
  const authorised = { ...base, status: 'authorised' as const, opinionStatus: 'positive', marketingAuthorisationHolder: { name: 'X' }, dates: { opinionAdopted: '2020-10-16', marketingAuthorisationIssued: '2020-11-20' } };
  const p = { number: 'II/0001', opinionDate: '2021-03-01', commissionDecisionDate: '2021-04-01' };
  assert.deepEqual(rules({ ...authorised, procedures: [p] }), []);
  assert.deepEqual(rules({ ...authorised, procedures: [{ ...p, number: '' }] }), ['procedure-number-required']);
  assert.deepEqual(rules({ ...authorised, procedures: [{ ...p, opinionDate: null }] }), ['procedure-decision-without-opinion']);
  assert.deepEqual(rules({ ...authorised, procedures: [{ ...p, commissionDecisionDate: '2021-02-01' }] }), ['procedure-decision-before-opinion']);
  assert.deepEqual(rules({ ...authorised, procedures: [{ ...p, opinionDate: '2019-01-01' }] }), ['procedure-before-authorisation']);
});

test('a status moves only along the lifecycle: an authorised medicine is not under evaluation again', () => {
  const authorised = { ...base, status: 'authorised' as const };
  assert.deepEqual(rules(base, authorised), ['status-transition']);
  assert.ok(!rules({ ...base, status: 'opinion', opinionStatus: 'positive', dates: { opinionAdopted: '2026-01-01' } }, base).includes('status-transition'));
});
