/**
 * Who may do what in the back office: one rule per action, and for each action the roles
 * allowed it. Every route under `/admin` names its action in its route config
 * (`{ config: { access: 'users:manage' } }`); one hook (`src/http/admin-access.ts`) checks it
 * before the handler runs, and a route under `/admin` without a known action is refused to
 * everyone and fails `admin-access-matrix.int.test.ts`, which sends every admin route of the
 * app as anonymous, editor, publisher and admin and expects exactly what this table says.
 *
 * Adding a back-office route (for D2's drafts, review, publish, schedule and lifecycle forms):
 *   1. add its action here if none fits, with the roles allowed it;
 *   2. register the route with `config: { access: '<action>' }` (TypeScript checks the name);
 *   3. read the signed-in person from `request.staff` (typed in `src/http/admin-access.ts`);
 *   4. record what it did with `services.audit.record({ staff, request, action, subject, details })`;
 *   5. forms include `csrfField(reply)` (src/http/admin-access.ts): posts without the token,
 *      or from another site, are refused before the handler runs.
 * The matrix test then covers the route without being told about it.
 */
export const STAFF_ROLES = ['editor', 'publisher', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/** Who is signed in, as every back-office handler sees them (`request.staff`). */
export interface Staff {
  id: number;
  email: string;
  displayName: string;
  role: StaffRole;
}

/** `anyone`: no sign-in needed (the sign-in page itself). Otherwise the roles allowed. */
export type AccessRule = 'anyone' | readonly StaffRole[];

const ALL_STAFF = STAFF_ROLES;

export const ACCESS_RULES = {
  /** The sign-in form and its post. */
  'session:start': 'anyone',
  /** The back office's start page, signing out, changing one's own password. */
  'session:own': ALL_STAFF,
  /** Create, disable, reset accounts and change roles. */
  'users:manage': ['admin'],
  /** Read and search the audit trail. */
  'audit:read': ['admin'],
  /** Download the audit trail as CSV (itself recorded in the trail). */
  'audit:export': ['admin'],
  // The drafts workflow (D2's part of issue 17). Editors write; publishers review and publish;
  // admins may do both (an admin's override of the two-person rule needs a recorded reason).
  'draft:read': ALL_STAFF,
  'draft:edit': ['editor', 'publisher', 'admin'],
  'document:upload': ['editor', 'publisher', 'admin'],
  'draft:review': ['publisher', 'admin'],
  'draft:publish': ['publisher', 'admin'],
  'draft:schedule': ['publisher', 'admin'],
  'medicine:unpublish': ['publisher', 'admin'],
} as const satisfies Record<string, AccessRule>;

export type AccessAction = keyof typeof ACCESS_RULES;

export function isAccessAction(value: unknown): value is AccessAction {
  return typeof value === 'string' && Object.hasOwn(ACCESS_RULES, value);
}

/** Whether `who` (null: nobody signed in) may do `action`. An unknown action is nobody's. */
export function mayDo(action: unknown, who: Pick<Staff, 'role'> | null): boolean {
  if (!isAccessAction(action)) return false;
  const rule: AccessRule = ACCESS_RULES[action];
  if (rule === 'anyone') return true;
  return who !== null && rule.includes(who.role);
}
