/**
 * Interface text of the "what changed" view of a medicine's product information: the type every
 * language is typed against, and English. The sections' numbers, headings and words are EMA's,
 * never here.
 */

export interface PiChangesMessages {
  /** Page title and heading: "What changed in the product information of Lumykras". */
  title: string;
  description: string;
  lede: string;
  /** The form choosing what to compare. */
  formHeading: string;
  language: string;
  from: string;
  to: string;
  compare: string;
  /** A version in the choice lists: "1 June 2025, lumykras.xml". */
  versionOption: string;
  undated: string;
  /** Under the heading: "Version of 1 June 2025 compared with the version of 1 March 2024". */
  comparing: string;
  procedure: string;
  /** The first version held: there is nothing older to compare with. */
  first: string;
  none: string;
  noVersions: string;
  /** A section's change: "Changed", "Added", "Removed". */
  changed: string;
  added: string;
  removed: string;
  headingBefore: string;
  /** Link to the section on the product-information page. */
  readSection: string;
  /** Count of the sections that differ. */
  count: string;
}

export const en: PiChangesMessages = {
  title: 'What changed in the product information of {name}',
  description: 'The sections of the product information of {name} that differ between two versions, word by word.',
  lede: 'The sections that differ between two versions of the product information, word by word: removed words are struck through, added words underlined.',
  formHeading: 'Versions to compare',
  language: 'Language of the document',
  from: 'Older version',
  to: 'Newer version',
  compare: 'Compare',
  versionOption: '{date}, {source}',
  undated: 'undated',
  comparing: 'Version of {to} compared with the version of {from}',
  procedure: 'Procedure that produced the newer version: {procedure}',
  first: 'This is the first version held in this language: every section is shown as added.',
  none: 'No section differs between these two versions.',
  noVersions: 'No product information is held for this medicine in this language.',
  changed: 'Changed',
  added: 'Added',
  removed: 'Removed',
  headingBefore: 'Heading before: {heading}',
  readSection: 'Read this section',
  count: '{count} sections differ',
};
