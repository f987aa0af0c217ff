/** Interface text of the back office (`/admin`): sign-in, accounts, the audit trail. */

export interface AdminMessages {
  /** The back office's name, after the service's name in the header and titles. */
  backOffice: string;
  nav: { label: string; home: string; users: string; audit: string; password: string; signOut: string; signOutEverywhere: string };
  /** "{name} ({role})" beside the sign-out button. */
  signedInAs: string;
  roles: { editor: string; publisher: string; admin: string };
  login: {
    title: string;
    lede: string;
    email: string;
    password: string;
    code: string;
    codeHint: string;
    submit: string;
    refused: string;
    /** {seconds}: when a new try is allowed. */
    throttled: string;
    signedOut: string;
    signedOutEverywhere: string;
  };
  home: { title: string; lede: string };
  password: {
    title: string;
    mustChange: string;
    current: string;
    next: string;
    /** {min}: the shortest length allowed. */
    nextHint: string;
    repeat: string;
    submit: string;
    mismatch: string;
    wrong: string;
    changed: string;
    problems: { 'too-short': string; 'too-long': string; 'contains-email': string; 'too-simple': string };
  };
  users: {
    title: string;
    lede: string;
    email: string;
    name: string;
    role: string;
    status: string;
    active: string;
    disabled: string;
    mustChange: string;
    secondFactor: string;
    actions: string;
    createHeading: string;
    create: string;
    /** {email}, {password}. */
    created: string;
    disable: string;
    disabledDone: string;
    reset: string;
    /** {email}, {password}. */
    resetDone: string;
    changeRole: string;
    newRole: string;
    yourPassword: string;
    reauthHint: string;
    roleChanged: string;
    reauthFailed: string;
    you: string;
    yes: string;
    no: string;
    exists: string;
    invalidEmail: string;
    notYourself: string;
  };
  audit: {
    title: string;
    lede: string;
    filters: string;
    user: string;
    action: string;
    anyAction: string;
    from: string;
    to: string;
    dateHint: string;
    search: string;
    exportCsv: string;
    /** {limit}: rows at most in one export. */
    exportHint: string;
    when: string;
    who: string;
    what: string;
    subject: string;
    where: string;
    details: string;
    none: string;
    older: string;
    newest: string;
    /** Shown for events with no person (the command line). */
    system: string;
    invalidFilter: string;
  };
  /** What the back office's gate answers when it refuses a request (shown on the error page). */
  refusals: {
    crossSite: string;
    csrf: string;
    noRule: string;
    signIn: string;
    /** {role}: the person's role. */
    role: string;
  };
}

export const en: AdminMessages = {
  backOffice: 'Back office',
  nav: { label: 'Back office', home: 'Start', users: 'Accounts', audit: 'Audit trail', password: 'Change password', signOut: 'Sign out', signOutEverywhere: 'Sign out everywhere' },
  signedInAs: '{name} ({role})',
  roles: { editor: 'Editor', publisher: 'Publisher', admin: 'Administrator' },
  login: {
    title: 'Sign in',
    lede: 'The back office is for the staff who record and publish medicines. Sign in with the account an administrator gave you.',
    email: 'Email address',
    password: 'Password',
    code: 'One-time code (if you use two-step sign-in)',
    codeHint: 'The 6 digits your authenticator app shows. Leave empty if you have not set one up.',
    submit: 'Sign in',
    refused: 'The email address, password or code is not right.',
    throttled: 'Too many failed attempts. Try again in {seconds} seconds.',
    signedOut: 'You are signed out.',
    signedOutEverywhere: 'You are signed out on every device.',
  },
  home: { title: 'Back office', lede: 'Choose what to work on.' },
  password: {
    title: 'Change password',
    mustChange: 'You signed in with a one-time password. Choose your own password to continue.',
    current: 'Current password',
    next: 'New password',
    nextHint: 'At least {min} characters. A few unrelated words make a good password.',
    repeat: 'New password again',
    submit: 'Change password',
    mismatch: 'The two new passwords are not the same.',
    wrong: 'The current password is not right.',
    changed: 'Your password is changed. Your other sessions are signed out.',
    problems: {
      'too-short': 'The new password is too short.',
      'too-long': 'The new password is too long.',
      'contains-email': 'The new password must not contain your email address.',
      'too-simple': 'The new password is too simple.',
    },
  },
  users: {
    title: 'Accounts',
    lede: 'Who may use the back office, and what each may do. Editors write drafts, publishers review and publish them, administrators manage accounts and read the audit trail.',
    email: 'Email address',
    name: 'Name',
    role: 'Role',
    status: 'Status',
    active: 'Active',
    disabled: 'Disabled',
    mustChange: 'One-time password not yet changed',
    secondFactor: 'Two-step sign-in',
    actions: 'Actions',
    createHeading: 'Create an account',
    create: 'Create account',
    created: 'Account created for {email}. One-time password: {password}. Hand it over safely: it is shown only now.',
    disable: 'Disable',
    disabledDone: 'The account is disabled and signed out everywhere.',
    reset: 'New one-time password',
    resetDone: 'New one-time password for {email}: {password}. Hand it over safely: it is shown only now.',
    changeRole: 'Change role',
    newRole: 'New role',
    yourPassword: 'Your password',
    reauthHint: 'Changing a role needs your password again.',
    roleChanged: 'The role is changed.',
    reauthFailed: 'Your password was not right; nothing was changed.',
    you: 'you',
    yes: 'Yes',
    no: 'No',
    exists: 'There is already an account for this email address.',
    invalidEmail: 'This is not an email address.',
    notYourself: 'You cannot disable your own account or change your own role.',
  },
  audit: {
    title: 'Audit trail',
    lede: 'Every sign-in, change and publication in the back office, newest first. Entries cannot be changed or deleted.',
    filters: 'Search the trail',
    user: 'User (email or part of it)',
    action: 'Action',
    anyAction: 'Any action',
    from: 'From (day)',
    to: 'To (day)',
    dateHint: 'YYYY-MM-DD, in UTC',
    search: 'Search',
    exportCsv: 'Download as CSV',
    exportHint: 'The download holds at most {limit} entries matching the search.',
    when: 'When (UTC)',
    who: 'Who',
    what: 'Action',
    subject: 'Concerning',
    where: 'From',
    details: 'Details',
    none: 'No entries match.',
    older: 'Older entries',
    newest: 'Newest entries',
    system: 'command line',
    invalidFilter: 'The search cannot be run: dates are written YYYY-MM-DD and the first day comes before the last.',
  },
  refusals: {
    crossSite: 'This form was sent from another site, so it is refused. Open the page on this site and send it from there.',
    csrf: 'This form has expired or did not come from this site. Reload the page and send it again.',
    noRule: 'Nobody may use this address: it has no access rule.',
    signIn: 'Sign in to the back office first.',
    role: 'Your role ({role}) may not do this.',
  },
};
