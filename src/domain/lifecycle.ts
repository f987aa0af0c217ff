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
