/** Interface text of the back office's drafts: lifecycle forms, field edits, uploads, review, publication. */
import type { LifecycleRule } from '../../../domain/lifecycle.ts';

export interface EditorialMessages {
  nav: string;
  list: {
    title: string;
    lede: string;
    open: string;
    published: string;
    none: string;
    newMedicine: string;
    editHeading: string;
    editSlug: string;
    editSlugHint: string;
    editKind: string;
    reason: string;
    reasonHint: string;
    start: string;
    medicine: string;
    kind: string;
    state: string;
    editors: string;
    updated: string;
  };
  kinds: { new: string; update: string; correction: string; unpublish: string };
  states: { draft: string; scheduled: string; published: string; discarded: string };
  application: {
    title: string;
    lede: string;
    name: string;
    productNumber: string;
    productNumberHint: string;
    category: string;
    applicant: string;
    inn: string;
    activeSubstance: string;
    indication: string;
    submit: string;
  };
  draft: {
    /** {name}. */
    title: string;
    /** {version}, {editors}. */
    summary: string;
    status: string;
    editFields: string;
    editOverview: string;
    upload: string;
    preview: string;
    review: string;
    discard: string;
    /** {date}, {name}. */
    scheduledFor: string;
    /** {date}, {name}, {revision}. */
    publishedOn: string;
    /** {error}. */
    publishFailed: string;
    saved: string;
    eventsHeading: string;
    filesHeading: string;
    noFiles: string;
  };
  events: {
    opinion: string;
    outcome: string;
    positive: string;
    negative: string;
    date: string;
    decision: string;
    holder: string;
    holderHint: string;
    holderAddress: string;
    procedure: string;
    number: string;
    type: string;
    scope: string;
    opinionDate: string;
    decisionDate: string;
    outcomeText: string;
    transfer: string;
    newHolder: string;
    endHeading: string;
    endKind: string;
    ends: { suspension: string; 'lifting-suspension': string; withdrawal: string; lapse: string; expiry: string; revocation: string; 'application-withdrawn': string };
    record: string;
    dateHint: string;
  };
  fields: {
    title: string;
    name: string;
    inn: string;
    activeSubstance: string;
    therapeuticIndication: string;
    pharmacotherapeuticGroup: string;
    applicant: string;
    withdrawalInformation: string;
    holder: string;
    holderAddress: string;
    therapeuticAreas: string;
    atcCodes: string;
    onePerLine: string;
    previousNames: string;
    listHint: string;
    itemTitle: string;
    itemUrl: string;
    documents: string;
    documentsHint: string;
    documentSection: string;
    documentGroup: string;
    documentStatus: string;
    remove: string;
    reason: string;
    save: string;
    yes: string;
    no: string;
  };
  overview: {
    title: string;
    language: string;
    choose: string;
    text: string;
    textHint: string;
    save: string;
  };
  upload: {
    title: string;
    lede: string;
    file: string;
    fileHint: string;
    type: string;
    language: string;
    docTitle: string;
    submit: string;
    /** {limit}: megabytes. */
    refused: string;
  };
  conflict: {
    title: string;
    /** {name}. */
    lede: string;
    theirs: string;
    both: string;
    yours: string;
    kept: string;
    confirm: string;
    choose: string;
    mine: string;
    theirsChoice: string;
  };
  problems: { title: string; rules: Record<LifecycleRule, string>; invalid: string };
  review: {
    title: string;
    lede: string;
    changes: string;
    noChanges: string;
    newMedicine: string;
    publishHeading: string;
    publishNow: string;
    scheduleHeading: string;
    at: string;
    atHint: string;
    schedule: string;
    unschedule: string;
    ownEdit: string;
    override: string;
    overrideHint: string;
    notPublisher: string;
    legend: string;
  };
  preview: {
    /** {name}. */
    banner: string;
    back: string;
  };
}

export const en: EditorialMessages = {
  nav: 'Drafts',
  list: {
    title: 'Drafts',
    lede: 'Every change is a draft until another person publishes it. Nothing in a draft is public before then.',
    open: 'Open drafts',
    published: 'Recently published',
    none: 'None.',
    newMedicine: 'Record a new application',
    editHeading: 'Change a published medicine',
    editSlug: 'Medicine (address or product number)',
    editSlugHint: 'For example lumykras or EMEA/H/C/005522',
    editKind: 'Kind of change',
    reason: 'Reason',
    reasonHint: 'Needed for a correction or an unpublication; shown in the public history.',
    start: 'Start a draft',
    medicine: 'Medicine',
    kind: 'Kind',
    state: 'State',
    editors: 'Edited by',
    updated: 'Last saved',
  },
  kinds: {
    new: 'New medicine',
    update: 'Update',
    correction: 'Correction',
    unpublish: 'Unpublication',
  },
  states: {
    draft: 'Draft',
    scheduled: 'Scheduled',
    published: 'Published',
    discarded: 'Discarded',
  },
  application: {
    title: 'Record a new application',
    lede: 'The medicine starts under evaluation, with its applicant. Record the opinion and the decision on its draft page.',
    name: 'Name of the medicine',
    productNumber: 'Product number',
    productNumberHint: 'EMA’s procedure number, for example EMEA/H/C/009999',
    category: 'Type of medicine',
    applicant: 'Applicant',
    inn: 'International non-proprietary name (INN)',
    activeSubstance: 'Active substance',
    indication: 'Therapeutic indication',
    submit: 'Create the draft',
  },
  draft: {
    title: 'Draft: {name}',
    summary: 'Version {version}, edited by {editors}.',
    status: 'Status',
    editFields: 'Edit the record’s fields',
    editOverview: 'Edit the overview in a language',
    upload: 'Upload a document',
    preview: 'Preview the public page',
    review: 'Review and publish',
    discard: 'Discard the draft',
    scheduledFor: 'Scheduled for publication on {date} by {name}.',
    publishedOn: 'Published on {date} by {name} as change {revision} of the history.',
    publishFailed: 'The scheduled publication failed: {error}',
    saved: 'Saved.',
    eventsHeading: 'Record a step of the lifecycle',
    filesHeading: 'Documents uploaded',
    noFiles: 'No documents uploaded.',
  },
  events: {
    opinion: 'Committee’s opinion (CHMP)',
    outcome: 'Outcome',
    positive: 'Positive',
    negative: 'Negative',
    date: 'Date',
    decision: 'European Commission decision',
    holder: 'Marketing authorisation holder',
    holderHint: 'Leave empty when the applicant becomes the holder.',
    holderAddress: 'Holder’s address',
    procedure: 'Variation, renewal or other procedure',
    number: 'Procedure number',
    type: 'Type of procedure',
    scope: 'Scope',
    opinionDate: 'Opinion or notification date',
    decisionDate: 'Commission decision date',
    outcomeText: 'Outcome',
    transfer: 'Transfer of the marketing authorisation',
    newHolder: 'New holder',
    endHeading: 'Suspension, withdrawal, lapse or revocation',
    endKind: 'What happened',
    ends: {
      suspension: 'Suspended',
      'lifting-suspension': 'Suspension lifted',
      withdrawal: 'Authorisation withdrawn',
      lapse: 'Authorisation lapsed',
      expiry: 'Authorisation expired',
      revocation: 'Authorisation revoked',
      'application-withdrawn': 'Application withdrawn',
    },
    record: 'Record',
    dateHint: 'As YYYY-MM-DD, for example 2026-11-20',
  },
  fields: {
    title: 'Edit the record',
    name: 'Name',
    inn: 'International non-proprietary name (INN)',
    activeSubstance: 'Active substance',
    therapeuticIndication: 'Therapeutic indication',
    pharmacotherapeuticGroup: 'Pharmacotherapeutic group',
    applicant: 'Applicant',
    withdrawalInformation: 'Information on the withdrawal',
    holder: 'Marketing authorisation holder',
    holderAddress: 'Holder’s address',
    therapeuticAreas: 'Therapeutic areas',
    atcCodes: 'ATC codes',
    onePerLine: 'One per line.',
    previousNames: 'Previous names',
    listHint: 'Fill in an empty row to add an item; empty a row to remove its item.',
    itemTitle: 'Title',
    itemUrl: 'Address (URL)',
    documents: 'Documents listed on the page',
    documentsHint: 'Their files and languages come from uploads; here you change how each is listed, or remove it with its files.',
    documentSection: 'Listed under',
    documentGroup: 'Sub-heading',
    documentStatus: 'Status shown above it (for example Adopted)',
    remove: 'Remove this document',
    reason: 'Reason for the correction',
    save: 'Save the draft',
    yes: 'Yes',
    no: 'No',
  },
  overview: {
    title: 'Edit the overview',
    language: 'Language of the overview',
    choose: 'Choose',
    text: 'Overview',
    textHint: 'Start each question on its own line with “## ”; separate paragraphs with an empty line; start list items with “- ”.',
    save: 'Save the overview',
  },
  upload: {
    title: 'Upload a document',
    lede: 'A PDF per language. It is checked and its text read now, and it becomes public only when the draft is published.',
    file: 'PDF file',
    fileHint: 'A PDF that is not password-protected.',
    type: 'Type of document',
    language: 'Language',
    docTitle: 'Title',
    submit: 'Upload',
    refused: 'The file was refused: it must be a readable PDF, not password-protected, of at most {limit} MB.',
  },
  conflict: {
    title: 'Someone saved this draft while you were editing',
    lede: '{name} saved a change after you opened the form. Their change is below; the form now holds both their change and yours. Check it and save again.',
    theirs: 'Their change',
    both: 'You both changed these fields; the form holds their value:',
    yours: 'Your value',
    kept: 'Their value (in the form)',
    confirm: 'Save both changes',
    choose: 'You both changed these fields: choose the value to keep for each.',
    mine: 'Mine',
    theirsChoice: 'Theirs',
  },
  problems: {
    title: 'The draft was not saved',
    invalid: 'Check this value.',
    rules: {
      'applicant-required': 'An application needs its applicant.',
      'opinion-date-required': 'The committee’s opinion needs its date.',
      'opinion-required': 'Record the committee’s opinion first.',
      'positive-opinion-required': 'An authorisation needs a positive opinion.',
      'negative-opinion-required': 'A refusal follows a negative opinion.',
      'decision-date-required': 'The Commission decision needs its date.',
      'holder-required': 'An authorised medicine needs its marketing authorisation holder.',
      'decision-before-opinion': 'A decision cannot come before the opinion it follows.',
      'status-date-required': 'This status needs its date.',
      'date-before-authorisation': 'This date cannot come before the authorisation.',
      'procedure-number-required': 'A procedure needs its number.',
      'procedure-decision-without-opinion': 'A procedure’s decision needs its opinion first.',
      'procedure-decision-before-opinion': 'A procedure’s decision cannot come before its opinion.',
      'procedure-before-authorisation': 'A procedure cannot come before the authorisation.',
      'status-transition': 'The medicine cannot move to this status from where it stands.',
    },
  },
  review: {
    title: 'Review',
    lede: 'What publishing this draft changes in the public record.',
    changes: 'Changes',
    noChanges: 'Publishing this draft changes nothing.',
    newMedicine: 'A new medicine: all of its record becomes public.',
    publishHeading: 'Publish now',
    publishNow: 'Publish now',
    scheduleHeading: 'Schedule the publication',
    at: 'Date and time (UTC)',
    atHint: 'As YYYY-MM-DDTHH:MM, for example 2026-12-20T09:00. Nothing of the draft is public before then.',
    schedule: 'Schedule',
    unschedule: 'Cancel the schedule',
    ownEdit: 'You edited this draft: another publisher must publish it.',
    override: 'Reason for publishing your own edit',
    overrideHint: 'As an admin you may publish your own edit; the reason is recorded and shown in the history.',
    notPublisher: 'Only publishers and admins publish.',
    legend: 'Removed words are struck through, added words underlined.',
  },
  preview: {
    banner: 'Preview of the draft of {name}: not public, and not what the public sees until it is published.',
    back: 'Back to the draft',
  },
};
