import type { Status } from './medicine.ts';

/**
 * EMA's three-step lifecycle stepper (application under evaluation, CHMP opinion, European
 * Commission decision) and where a medicine stands on it. Statuses after a decision
 * (withdrawn, suspended, lapsed, ...) have completed all three steps; `outcome` says what
 * happened since.
 */
export const LIFECYCLE_STEPS = ['application', 'opinion', 'decision'] as const;
export type LifecycleStep = (typeof LIFECYCLE_STEPS)[number];
export type StepState = 'done' | 'current' | 'stopped' | 'upcoming';

export interface Lifecycle {
  steps: { step: LifecycleStep; state: StepState }[];
  /** The step reached; `null` only if unknown. */
  stage: LifecycleStep;
  /** How the procedure ended or what happened after authorisation, if anything. */
  outcome: 'ongoing' | 'authorised' | 'refused' | 'withdrawn-before-decision' | 'ended-after-authorisation' | 'suspended';
}

export function lifecycleOf(status: Status): Lifecycle {
  const build = (reached: number, last: StepState, outcome: Lifecycle['outcome']): Lifecycle => ({
    steps: LIFECYCLE_STEPS.map((step, i) => ({
      step,
      state: i < reached ? 'done' : i === reached ? last : 'upcoming',
    })),
    stage: LIFECYCLE_STEPS[Math.min(reached, 2)]!,
    outcome,
  });
  switch (status) {
    case 'under-evaluation':
      return build(0, 'current', 'ongoing');
    case 'opinion':
    case 'opinion-under-re-examination':
      return build(1, 'current', 'ongoing');
    case 'application-withdrawn':
    case 'withdrawn-from-rolling-review':
      return build(0, 'stopped', 'withdrawn-before-decision');
    case 'refused':
      return build(2, 'done', 'refused');
    case 'authorised':
      return build(2, 'done', 'authorised');
    case 'suspended':
      return build(2, 'done', 'suspended');
    case 'withdrawn':
    case 'lapsed':
    case 'expired':
    case 'revoked':
      return build(2, 'done', 'ended-after-authorisation');
  }
}

/**
 * What EMA calls the company behind a medicine at a given status. EMA's tables carry one column
 * "Marketing authorisation developer / applicant / holder": it names the developer of a
 * rolling review that never became an application, the applicant of a medicine never
 * authorised (under evaluation, refused, application withdrawn), and the holder from
 * authorisation on (also once the authorisation has ended). A refused medicine has no holder.
 */
export type CompanyRole = 'developer' | 'applicant' | 'holder';

export function companyRoleOf(status: Status): CompanyRole {
  switch (status) {
    case 'withdrawn-from-rolling-review':
      return 'developer';
    case 'under-evaluation':
    case 'opinion':
    case 'opinion-under-re-examination':
    case 'refused':
    case 'application-withdrawn':
      return 'applicant';
    case 'authorised':
    case 'withdrawn':
    case 'suspended':
    case 'lapsed':
    case 'expired':
    case 'revoked':
      return 'holder';
  }
}

/**
 * The rules a record must keep through its lifecycle, as the back office checks every draft
 * before it is saved or published: each step needs the one before it (no decision without an
 * opinion, no opinion without an application), each date follows the dates it depends on, and a
 * status after authorisation needs its date. Imports are not checked: EMA's published record is
 * what it is, gaps and all; an editor's record is held to the rules.
 */
export const LIFECYCLE_RULES = [
  'applicant-required',
  'opinion-date-required',
  'opinion-required',
  'positive-opinion-required',
  'negative-opinion-required',
  'decision-date-required',
  'holder-required',
  'decision-before-opinion',
  'status-date-required',
  'date-before-authorisation',
  'procedure-number-required',
  'procedure-decision-without-opinion',
  'procedure-decision-before-opinion',
  'procedure-before-authorisation',
  'status-transition',
] as const;
export type LifecycleRule = (typeof LIFECYCLE_RULES)[number];

export interface LifecycleProblem {
  rule: LifecycleRule;
  /** The field the problem is in (`dates.marketingAuthorisationIssued`, `procedures[2]`). */
  field: string;
}

/** The statuses after authorisation, each with the date that says when it began. */
const END_DATES = { withdrawn: 'withdrawal', suspended: 'suspension', lapsed: 'lapse', expired: 'expiry', revoked: 'revocation' } as const;

/** Where each status may lead; a status not listed as a key may not be left by an editor. */
const TRANSITIONS: Readonly<Partial<Record<Status, readonly Status[]>>> = {
  'under-evaluation': ['opinion', 'application-withdrawn', 'refused'],
  opinion: ['authorised', 'refused', 'opinion-under-re-examination', 'application-withdrawn'],
  'opinion-under-re-examination': ['opinion', 'authorised', 'refused', 'application-withdrawn'],
  authorised: ['suspended', 'withdrawn', 'lapsed', 'expired', 'revoked'],
  suspended: ['authorised', 'withdrawn', 'lapsed', 'expired', 'revoked'],
};

interface RuleInput {
  status: Status;
  applicant: string | null;
  opinionStatus: string | null;
  marketingAuthorisationHolder: { name: string } | null;
  dates: Readonly<Record<string, string | null>>;
  procedures: readonly { number: string; opinionDate: string | null; commissionDecisionDate: string | null }[];
}

/** What is wrong with a record by the lifecycle's rules; `previous` (the published record) adds the rule on status changes. */
export function lifecycleProblems(record: RuleInput, previous: Pick<RuleInput, 'status'> | null = null): LifecycleProblem[] {
  const problems: LifecycleProblem[] = [];
  const add = (rule: LifecycleRule, field: string) => problems.push({ rule, field });
  const { status, dates } = record;
  const stage = lifecycleOf(status);
  const opinion = dates.opinionAdopted ?? null;
  const decision = dates.marketingAuthorisationIssued ?? null;

  if (previous && previous.status !== status && !(TRANSITIONS[previous.status] ?? []).includes(status)) add('status-transition', 'status');
  if (companyRoleOf(status) === 'applicant' && status !== 'refused' && !record.applicant?.trim()) add('applicant-required', 'applicant');

  const reachedOpinion = stage.stage !== 'application' && status !== 'withdrawn-from-rolling-review' && status !== 'application-withdrawn';
  if (reachedOpinion) {
    if (!record.opinionStatus) add('opinion-required', 'opinionStatus');
    if (!opinion) add('opinion-date-required', 'dates.opinionAdopted');
  }
  if (status === 'under-evaluation' && (record.opinionStatus || opinion)) add('status-transition', 'status');
  if (decision && !opinion) add('decision-before-opinion', 'dates.marketingAuthorisationIssued');
  if (decision && opinion && decision < opinion) add('decision-before-opinion', 'dates.marketingAuthorisationIssued');

  if (companyRoleOf(status) === 'holder') {
    if (record.opinionStatus && record.opinionStatus !== 'positive') add('positive-opinion-required', 'opinionStatus');
    if (!decision) add('decision-date-required', 'dates.marketingAuthorisationIssued');
    if (!record.marketingAuthorisationHolder?.name.trim()) add('holder-required', 'marketingAuthorisationHolder');
  }
  if (status === 'refused') {
    if (record.opinionStatus && record.opinionStatus !== 'negative') add('negative-opinion-required', 'opinionStatus');
    if (!dates.refusal) add('status-date-required', 'dates.refusal');
    else if (opinion && dates.refusal < opinion) add('decision-before-opinion', 'dates.refusal');
  }
  if (status in END_DATES) {
    const key = `${END_DATES[status as keyof typeof END_DATES]}`;
    if (!dates[key]) add('status-date-required', `dates.${key}`);
  }
  for (const key of Object.values(END_DATES)) {
    const date = dates[key];
    if (date && (!decision || date < decision)) add('date-before-authorisation', `dates.${key}`);
  }

  record.procedures.forEach((p, i) => {
    const field = `procedures[${i}]`;
    if (!p.number.trim()) add('procedure-number-required', field);
    if (p.commissionDecisionDate && !p.opinionDate) add('procedure-decision-without-opinion', field);
    if (p.commissionDecisionDate && p.opinionDate && p.commissionDecisionDate < p.opinionDate) add('procedure-decision-before-opinion', field);
    const first = p.opinionDate ?? p.commissionDecisionDate;
    if (first && decision && first < decision) add('procedure-before-authorisation', field);
  });
  return problems;
}
