/**
 * Kinds of change: the handful of categories people filter history by ("tell me when the
 * status of an oncology medicine changes", "show product-information updates"). A revision's
 * kinds are derived from the field paths of its changes, so history pages, the what's-new
 * filter, feeds and webhook subscriptions all agree on what a "status change" is.
 */
import type { Change } from './medicine-diff.ts';

export const CHANGE_KINDS = [
  /** Seen for the first time. */
  'created',
  'status',
  'name',
  'holder',
  'indication',
  'substance',
  'dates',
  'flags',
  'overview',
  'documents',
  /** A new version of the product information (SmPC, leaflet …): which sections changed. */
  'product-information',
  'procedures',
  'presentations',
  'news',
  'other',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export function isChangeKind(value: string): value is ChangeKind {
  return (CHANGE_KINDS as readonly string[]).includes(value);
}

// First match wins; paths are those of `diffMedicine` (`documents[...]…`, `flags.orphan`, …).
const RULES: readonly [RegExp, ChangeKind][] = [
  [/^(status|opinionStatus)$/, 'status'],
  [/^(name|previousNames|slug)$/, 'name'],
  [/^(marketingAuthorisationHolder\.|applicant$|developer$)/, 'holder'],
  [/^(therapeuticIndication|therapeuticAreas|pharmacotherapeuticGroup|atcCodes|atcNotYetAssigned|malformedAtcCodes|species)$/, 'indication'],
  [/^(inn|activeSubstance)$/, 'substance'],
  [/^dates\./, 'dates'],
  [/^flags\./, 'flags'],
  [/^overview\./, 'overview'],
  [/^(documents|files)\[/, 'documents'],
  [/^productInformation\./, 'product-information'],
  [/^(procedures\[|latestProcedure$)/, 'procedures'],
  [/^presentations\[/, 'presentations'],
  [/^(news|related|patientSafetyNews)\[|^patientSafety$/, 'news'],
];

export function changeKind(field: string): ChangeKind {
  for (const [pattern, kind] of RULES) if (pattern.test(field)) return kind;
  return 'other';
}

/**
 * The kinds of one revision, in CHANGE_KINDS order. The first revision of a medicine is
 * `created` only: listing every field it filled in as a change of that kind says nothing.
 */
export function changeKinds(changes: readonly Change[], firstRevision: boolean): ChangeKind[] {
  if (firstRevision) return ['created'];
  const found = new Set(changes.map((c) => changeKind(c.field)));
  return CHANGE_KINDS.filter((k) => found.has(k));
}
