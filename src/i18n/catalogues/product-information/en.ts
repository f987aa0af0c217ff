/**
 * Interface text of the product-information pages: the SmPC, annex II, labelling and package
 * leaflet shown section by section. EMA's own text (headings, sections) never comes from here.
 */

export interface ProductInformationMessages {
  title: string;
  /** The page's meta description: {name} is the medicine's name. */
  description: string;
  lede: string;
  /** The link on the medicine's page. */
  medicineLink: string;
  medicineLinkText: string;
  /** The four documents, by annex. */
  documents: { smpc: string; 'annex-ii': string; labelling: string; leaflet: string };
  contents: string;
  /** "Version of 3 March 2025". */
  version: string;
  undated: string;
  sources: { pdf: string; markdown: string; epi: string };
  /** "Imported 5 December 2026". */
  imported: string;
  procedure: string;
  storedPdf: string;
  emaPdf: string;
  /** {language}: the language asked for; {shown}: the language shown instead. */
  fallback: string;
  otherLanguages: string;
  none: string;
  /** A second product's sections in one document (another strength): "Product 2". */
  product: string;
  /** A labelling pack without a title of its own: "Pack 2". */
  pack: string;
  backToContents: string;
  readDocument: string;
  asJson: string;
  /** Medicines authorised by a national authority (no EPAR): their index and product-information pages. */
  national: {
    title: string;
    lede: string;
    authorisationNumber: string;
    country: string;
    authority: string;
    holder: string;
    /** Shown on a national product's page. */
    notice: string;
  };
  compare: {
    heading: string;
    text: string;
    language: string;
    document: string;
    button: string;
    /** "Summary of product characteristics: English and Danish". */
    title: string;
    /** Where one language has a section the other has not. */
    missing: string;
    /** When the other language has no product information at all. */
    unavailable: string;
  };
}

export const en: ProductInformationMessages = {
  title: 'Product information',
  description: 'The product information of {name} as EMA publishes it: summary of product characteristics, annex II, labelling and package leaflet, section by section.',
  lede: 'The summary of product characteristics (for healthcare professionals), annex II, labelling and package leaflet (for patients), as the European Medicines Agency publishes them, with a permanent link to each section.',
  medicineLink: 'Product information',
  medicineLinkText: 'Read the summary of product characteristics and the package leaflet section by section',
  documents: { smpc: 'Summary of product characteristics', 'annex-ii': 'Annex II: conditions of the marketing authorisation', labelling: 'Labelling', leaflet: 'Package leaflet' },
  contents: 'Contents',
  version: 'Version of {date}',
  undated: 'Version without a date',
  sources: { pdf: "Read from EMA's PDF", markdown: "Read from a text conversion of EMA's PDF", epi: "Read from EMA's electronic product information (ePI)" },
  imported: 'Imported {date}',
  procedure: 'Procedure {procedure}',
  storedPdf: 'The PDF (stored copy)',
  emaPdf: "The PDF on EMA's website",
  fallback: 'The product information is not available in {language} here; it is shown in {shown}.',
  otherLanguages: 'Also in',
  none: 'No product information has been imported for this medicine yet.',
  product: 'Product {n}',
  pack: 'Pack {n}',
  backToContents: 'Back to contents',
  readDocument: 'Read the whole document',
  asJson: 'This product information as JSON',
  national: {
    title: 'Nationally authorised medicines',
    lede: 'Medicines authorised by a national authority, not through EMA: their electronic product information as the authority publishes it. They have no EPAR.',
    authorisationNumber: 'Authorisation number',
    country: 'Country',
    authority: 'Authority',
    holder: 'Marketing authorisation holder',
    notice: 'A nationally authorised medicine: it has no EPAR, and its product information is published by the national authority.',
  },
  compare: {
    heading: 'Compare with another language',
    text: 'Show each section beside the same section in another language.',
    language: 'Language',
    document: 'Document',
    button: 'Compare',
    title: '{document}: {left} and {right}',
    missing: 'Not in this language version',
    unavailable: 'The product information is not available in {language} here.',
  },
};
