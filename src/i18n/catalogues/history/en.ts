/**
 * Interface text of the history, compare and what's-new pages, and of the one-line summaries
 * feeds reuse: the type every language is typed against, and English. Data (names, EMA's
 * regulatory text, document titles, procedure numbers) never appears here. Statuses, flag names,
 * date labels and product field labels come from the site catalogue (`ctx.t`), so they read the
 * same as on the medicine page.
 */
import type { ChangeKind } from '../../../domain/change-kinds.ts';
import type { WriteSource } from '../../../domain/medicine.ts';
import type { PluralMessage } from '../../catalogue.ts';

export interface HistoryMessages {
  /**
   * What the address of a medicine taken off the portal whole answers (410 Gone): {name}; {date}
   * and {reason} as the publisher gave it.
   */
  unpublished: { title: string; message: string };
  /** The timeline of one medicine. */
  history: {
    /** Page title and heading: "History of Lumykras". */
    title: string;
    description: string;
    /** Paragraph under the heading. */
    lede: string;
    /** Heading over the list of revisions. */
    timelineHeading: string;
    /** "Revisions 1–20 of 43". */
    range: string;
    /** Heading of one revision: "Revision 6". */
    revision: string;
    /** "Took effect on {date}": the date the source gives. */
    asOf: string;
    /** "Recorded on {date}", shown when OpenEPAR recorded the change on another day. */
    recordedOn: string;
    /** Before the source: "Source: EMA data table of 14 March 2026". */
    source: string;
    /** Before the tags of a revision's kinds of change. */
    kindsLabel: string;
    /** Under a first revision: "Lumykras was first recorded with these details:". */
    firstRecordedFacts: string;
    /** A revision whose changes OpenEPAR cannot show field by field. */
    noChanges: string;
    /** Link to the page of one revision. */
    permalink: string;
    /** Link from a revision to its comparison with the revision before. */
    compareWithPrevious: string;
    /** Links between pages of the timeline. */
    newer: string;
    older: string;
    paginationLabel: string;
    /** Link back to the medicine page. */
    backToMedicine: string;
    /** "Showing {count} changes", collapsed lists (documents updated in 24 languages). */
    moreChanges: PluralMessage;
  };
  /** The page of one revision (a permalink feeds can link to). */
  revisionPage: {
    /** "Revision 6 of Lumykras". */
    title: string;
    description: string;
    previous: string;
    next: string;
    allRevisions: string;
  };
  /** Comparing any two revisions. */
  compare: {
    heading: string;
    /** Label of the first select. */
    from: string;
    /** Label of the second select. */
    to: string;
    button: string;
    /** Each option: "Revision 6, 14 March 2026". */
    option: string;
    /** Page title: "Lumykras: changes from revision 3 to revision 7". */
    title: string;
    description: string;
    /** Under the heading: "{count} fields differ". */
    count: PluralMessage;
    same: string;
    /** When `from` is later than `to`: shown above a comparison that was turned round. */
    swapped: string;
  };
  /** How a change is shown. */
  diff: {
    /** Table caption and column headings for the scalar changes of a revision. */
    caption: string;
    field: string;
    before: string;
    after: string;
    /** One change as running text (screen readers, summaries): "{field}: {from} → {to}". */
    fromTo: string;
    /** A value that was not there before or is not there now. */
    none: string;
    yes: string;
    no: string;
    /** Read before struck-through text and after it, so the change does not rest on colour or line style alone. */
    deletedStart: string;
    deletedEnd: string;
    insertedStart: string;
    insertedEnd: string;
    /** Explains the marks, once per page that shows a text change. */
    legend: string;
    /** Item-list changes: "Added", "Removed", "Changed". */
    added: string;
    removed: string;
    changed: string;
    /** A document's language versions: "Language versions updated: Swedish, Finnish". */
    languagesAdded: string;
    languagesRemoved: string;
    languagesUpdated: string;
    /** A document heading in a list of changes: "{title} ({type})". */
    document: string;
    /** A presentation: "EU/1/21/1603/001: 120 mg, film-coated tablet". */
    presentation: string;
    /** A procedure: "II/0010/G: Variation type II". */
    procedure: string;
    /** A stored file: "Product information (sv), 2.1 MB". */
    file: string;
    /** A medicine overview in one language: "Medicine overview (Swedish)". */
    overview: string;
    /** A section of a medicine overview, by its question: "Section added: How is Lumykras used?". */
    sectionAdded: string;
    sectionRemoved: string;
    /** A value with its date: "II/0010/G (6 January 2022)". */
    dated: string;
  };
  /** Labels of the fields the main catalogue has no label for. */
  fields: {
    productNumber: string;
    name: string;
    slug: string;
    previousNames: string;
    category: string;
    status: string;
    inn: string;
    activeSubstance: string;
    therapeuticAreas: string;
    atcCodes: string;
    pharmacotherapeuticGroup: string;
    therapeuticIndication: string;
    applicant: string;
    revision: string;
    emaNodeId: string;
    emaUrl: string;
    holderName: string;
    holderAddress: string;
    latestProcedure: string;
    overview: string;
    documents: string;
    news: string;
    related: string;
    presentations: string;
    procedures: string;
    files: string;
    other: string;
  };
  /** Names of the kinds of change, as tags and filter options. */
  kinds: Readonly<Record<ChangeKind, string>>;
  /** Where a revision came from, in words; `{date}` is the source's date when it has one. */
  sources: Readonly<Record<WriteSource['kind'], string>>;
  /** Same, for a source without a date. */
  sourcesUndated: Readonly<Record<WriteSource['kind'], string>>;
  /** One plain-text line per kind of change (feeds, what's new): no markup, short. */
  summary: {
    created: string;
    status: string;
    name: string;
    holder: string;
    /** The indication text changed. */
    indication: string;
    areas: string;
    substance: string;
    /** "Dates: Withdrawal of marketing authorisation 3 May 2023". */
    date: string;
    flagAdded: string;
    flagRemoved: string;
    overview: string;
    /** "Product information updated (sv, fi)". */
    documentUpdated: string;
    documentAdded: string;
    documentRemoved: string;
    /** "{count} documents updated" when many changed at once. */
    documentsUpdated: PluralMessage;
    procedureAdded: string;
    proceduresAdded: PluralMessage;
    proceduresChanged: PluralMessage;
    presentationsAdded: PluralMessage;
    presentationsRemoved: PluralMessage;
    presentationsChanged: PluralMessage;
    news: PluralMessage;
    latestProcedure: string;
    revision: string;
    other: string;
    /** A language's first version of the product information: '{language}' is the language's name. */
    productInformationFirst: string;
    /** A new version that changed sections: '{sections}' lists them ('4.2 Posology …, 4.8 Undesirable effects'). */
    productInformationChanged: string;
  };
  /** The catalogue-wide list of recent changes. */
  whatsNew: {
    title: string;
    description: string;
    lede: string;
    filtersHeading: string;
    kind: string;
    status: string;
    area: string;
    holder: string;
    /** First option of each select. */
    any: string;
    apply: string;
    clear: string;
    resultsHeading: string;
    empty: string;
    /** Read with the link: "See what changed in Lumykras". */
    seeChangeOf: string;
    newer: string;
    older: string;
    paginationLabel: string;
    /** Visually hidden, before each entry's date. */
    date: string;
  };
  /** The line on the medicine page. */
  medicineLink: {
    /** "Last changed on {date} — {link}". */
    lastChanged: string;
    link: string;
  };
}

export const en: HistoryMessages = {
  history: {
    title: 'History of {name}',
    description: 'Every change OpenEPAR has recorded to {name}: status, company, indication, documents and procedures, with the source of each.',
    lede: 'Every change OpenEPAR has recorded for this medicine, newest first. Each revision shows when the change took effect, where it came from and what changed.',
    timelineHeading: 'Changes, newest first',
    range: 'Revisions {from}–{to} of {count}',
    revision: 'Change {number} in this portal’s history',
    asOf: 'Took effect on {date}',
    recordedOn: 'Recorded on {date}',
    source: 'Source: {source}',
    kindsLabel: 'Kinds of change',
    firstRecordedFacts: '{name} was first recorded with these details:',
    noChanges: 'No field-level changes were recorded for this revision.',
    permalink: 'Link to revision {number}',
    compareWithPrevious: 'Compare with the revision before',
    newer: 'Newer changes',
    older: 'Older changes',
    paginationLabel: 'Pages of the history',
    backToMedicine: 'Back to {name}',
    moreChanges: { one: 'Show {count} more change', other: 'Show {count} more changes' },
  },
  revisionPage: {
    title: '{name}: change {number} in this portal’s history',
    description: 'What changed in {name} in revision {number}, and where the change came from.',
    previous: 'Previous revision',
    next: 'Next revision',
    allRevisions: 'All changes to {name}',
  },
  compare: {
    heading: 'Compare two revisions',
    from: 'From revision',
    to: 'To revision',
    button: 'Compare',
    option: 'Revision {number}, {date}',
    title: '{name}: changes from revision {from} to revision {to}',
    description: 'The differences between two recorded versions of {name}.',
    count: { one: '{count} change', other: '{count} changes' },
    same: 'These two revisions are the same.',
    swapped: 'The earlier revision is shown first.',
  },
  diff: {
    caption: 'Changed fields',
    field: 'Field',
    before: 'Before',
    after: 'After',
    fromTo: '{field}: {from} → {to}',
    none: 'none',
    yes: 'Yes',
    no: 'No',
    deletedStart: '[removed: ',
    deletedEnd: ']',
    insertedStart: '[added: ',
    insertedEnd: ']',
    legend: 'In changed texts, removed words are struck through and marked “removed”; added words are underlined and marked “added”.',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    languagesAdded: 'Language versions added: {languages}',
    languagesRemoved: 'Language versions removed: {languages}',
    languagesUpdated: 'Language versions updated: {languages}',
    document: '{title} ({type})',
    presentation: '{number}: {description}',
    procedure: '{number}: {type}',
    file: '{type} ({language}), {size}',
    overview: 'Medicine overview ({language})',
    sectionAdded: 'Section added: {heading}',
    sectionRemoved: 'Section removed: {heading}',
    dated: '{value} ({date})',
  },
  fields: {
    productNumber: 'EMA product number',
    name: 'Name of medicine',
    slug: 'Web address',
    previousNames: 'Previous names',
    category: 'Type of medicine',
    status: 'Status',
    inn: 'International non-proprietary name (INN) or common name',
    activeSubstance: 'Active substance',
    therapeuticAreas: 'Therapeutic area (MeSH)',
    atcCodes: 'Anatomical therapeutic chemical (ATC) code',
    pharmacotherapeuticGroup: 'Pharmacotherapeutic group',
    therapeuticIndication: 'Therapeutic indication',
    applicant: 'Marketing authorisation applicant',
    revision: 'EMA revision number',
    emaNodeId: 'EMA page number',
    emaUrl: 'Page on the EMA website',
    holderName: 'Marketing authorisation holder',
    holderAddress: 'Address of the marketing authorisation holder',
    latestProcedure: 'Latest procedure affecting product information',
    overview: 'Medicine overview',
    documents: 'Documents',
    news: 'News',
    related: 'More information',
    presentations: 'Authorised presentations',
    procedures: 'Post-authorisation procedures',
    files: 'Document files held by OpenEPAR',
    other: 'Other details',
  },
  kinds: {
    created: 'First recorded',
    status: 'Status',
    name: 'Name',
    holder: 'Company',
    indication: 'Indication',
    substance: 'Active substance',
    dates: 'Dates',
    flags: 'Regulatory features',
    overview: 'Medicine overview',
    documents: 'Documents',
    'product-information': 'Product information',
    procedures: 'Procedures',
    presentations: 'Presentations',
    news: 'News',
    other: 'Other',
  },
  sources: {
    'epar-page': 'EMA page of {date}',
    'ema-table': 'EMA data table of {date}',
    overview: 'medicine overview of {date}',
    'procedural-steps': 'procedural steps document of {date}',
    presentations: 'EMA list of authorised presentations of {date}',
    document: 'document file of {date}',
    sync: 'update from the EMA website of {date}',
    editor: 'OpenEPAR editor',
    sample: 'sample data',
  },
  sourcesUndated: {
    'epar-page': 'EMA page',
    'ema-table': 'EMA data table',
    overview: 'medicine overview',
    'procedural-steps': 'procedural steps document',
    presentations: 'EMA list of authorised presentations',
    document: 'document file',
    sync: 'update from the EMA website',
    editor: 'OpenEPAR editor',
    sample: 'sample data',
  },
  summary: {
    created: 'First recorded: {name}, {status}',
    status: 'Status: {from} → {to}',
    name: 'Name: {from} → {to}',
    holder: 'Marketing authorisation holder: {from} → {to}',
    indication: 'Therapeutic indication changed',
    areas: 'Therapeutic area: {from} → {to}',
    substance: 'Active substance: {from} → {to}',
    date: '{label}: {date}',
    flagAdded: 'Now marked: {flag}',
    flagRemoved: 'No longer marked: {flag}',
    overview: 'Medicine overview updated ({languages})',
    documentUpdated: '{document} updated ({languages})',
    documentAdded: 'New document: {document}',
    documentRemoved: 'Document removed: {document}',
    documentsUpdated: { one: '{count} document updated', other: '{count} documents updated' },
    procedureAdded: 'New procedure {number}',
    proceduresAdded: { one: '{count} new procedure', other: '{count} new procedures' },
    proceduresChanged: { one: '{count} procedure updated', other: '{count} procedures updated' },
    presentationsAdded: { one: '{count} presentation added', other: '{count} presentations added' },
    presentationsRemoved: { one: '{count} presentation removed', other: '{count} presentations removed' },
    presentationsChanged: { one: '{count} presentation changed', other: '{count} presentations changed' },
    news: { one: '{count} news item', other: '{count} news items' },
    latestProcedure: 'Latest procedure: {number}',
    revision: 'EMA revision number: {from} → {to}',
    other: 'Other details updated',
    productInformationFirst: 'Product information in {language} first recorded',
    productInformationChanged: 'Product information in {language}: {sections} changed',
  },
  whatsNew: {
    title: 'What’s new',
    description: 'Recent changes to medicines evaluated by EMA: new authorisations, withdrawals, company changes, updated product information and new procedures.',
    lede: 'Changes to every medicine OpenEPAR follows, newest first. Filter them by the kind of change or by the medicine’s status, therapeutic area, company or type.',
    filtersHeading: 'Filter changes',
    kind: 'Kind of change',
    status: 'Status of the medicine',
    area: 'Therapeutic area',
    holder: 'Company',
    any: 'Any',
    apply: 'Apply filters',
    clear: 'Clear filters',
    resultsHeading: 'Recent changes',
    empty: 'No changes match these filters.',
    seeChangeOf: 'See what changed in {name}',
    newer: 'Newest changes',
    older: 'Older changes',
    paginationLabel: 'Pages of changes',
    date: 'Took effect on',
  },
  medicineLink: {
    lastChanged: 'Last change recorded in this portal: {date} — {link}',
    link: 'see what changed',
  },
  unpublished: {
    title: '{name} is no longer published',
    message: 'It was taken off this portal on {date}. Reason given: {reason}',
  },
};
