/**
 * Product information as a structured document: what every importer (PDF, docling Markdown,
 * EMA's ePI FHIR bundles) produces and what pages, the API, search and the section history
 * read. EMA's numbering and headings are kept exactly as written in each language: a section
 * is identified by its number (`4.2`, `B`, `leaflet:3`), never by an English title, so the
 * same section can be found in all 25 languages and compared between versions.
 */

/** The four parts EMA's product information is made of (annex I, II, III A and III B). */
export const ANNEX_KINDS = ['smpc', 'annex-ii', 'labelling', 'leaflet'] as const;
export type AnnexKind = (typeof ANNEX_KINDS)[number];

export type PiSourceKind = 'pdf' | 'markdown' | 'epi';

/** The smallest unit of text. Tables stay tables: rows of cells, the first rows may be headers. */
export type PiBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; headerRows: number; rows: string[][] };

export interface PiSection {
  /**
   * The section's key within its annex, stable across versions and languages: the number as
   * EMA writes it without the trailing dot (`4`, `4.2`, `6.6`, `A`), or for the labelling,
   * which is numbered per pack, `<pack index>.<number>` (`1.3` = third item of the first pack).
   * A document holding several products' SmPCs or leaflets prefixes the n-th one's keys (n ≥ 2)
   * with `n/` (`2/4.2`); a subsection without a number of its own (in an ePI) is its parent's key,
   * `~` and its place among the unnumbered ones (`2~1`). A number found twice gets `#2`.
   */
  key: string;
  /** The number as printed (`4.2.`), or '' when the section has none. */
  number: string;
  /** The heading as written in the document's language. */
  heading: string;
  blocks: PiBlock[];
  subsections: PiSection[];
}

export interface PiAnnex {
  kind: AnnexKind;
  /** The annex's title as written (`ANNEX I`, `BILAG I`, `ΠΑΡΑΡΤΗΜΑ I`). */
  title: string;
  /** Text before the first numbered section (the black triangle statement, a subtitle). */
  preamble: PiBlock[];
  sections: PiSection[];
}

export interface ProductInformationDocument {
  /** Two-letter code of one of the 24 EU languages plus Icelandic and Norwegian. */
  language: string;
  /** The date the document describes (revision date in the text, or the file's publication). */
  versionDate: string | null;
  source: { kind: PiSourceKind; file: string; url?: string | null };
  /** The procedure that produced this version, when the source says (`EMEA/H/C/005522/II/0010`). */
  procedure?: string | null;
  annexes: PiAnnex[];
  /**
   * The legal status for the supply as an ePI codes it (its MedicinalProductDefinition's
   * `legalStatusOfSupply`, EMA's SPOR code with EMA's wording); absent from PDFs and Markdown,
   * whose annex II section B says it in words. Not part of a version's identity.
   */
  legalStatusOfSupply?: LegalStatusOfSupply;
}

/** A legal status for the supply: EMA's wording, with the SPOR code when the source gives one. */
export interface LegalStatusOfSupply {
  coding?: { system: string; code: string; display?: string }[];
  text?: string;
}

/**
 * The legal status for the supply a document states: as its ePI codes it, else the first sentence
 * of annex II section B ("B. CONDITIONS OR RESTRICTIONS REGARDING SUPPLY AND USE" in English,
 * "B. BETINGELSER ELLER BEGRÆNSNINGER …" in Danish), found by its letter, not its title, so every
 * language reads alike. The sentence is EMA's as written, less its cross-reference
 * ("(see Annex I: … section 4.2)") and final full stop; null when the document says nothing.
 */
export function legalStatusOf(doc: ProductInformationDocument): LegalStatusOfSupply | null {
  if (doc.legalStatusOfSupply && (doc.legalStatusOfSupply.coding?.length || doc.legalStatusOfSupply.text)) return doc.legalStatusOfSupply;
  const b = doc.annexes.find((a) => a.kind === 'annex-ii')?.sections.find((s) => s.key === 'B');
  if (!b) return null;
  const first = b.blocks.find((x) => x.type === 'paragraph' && x.text.trim() !== '');
  return first && first.type === 'paragraph' ? legalStatusInText(first.text) : null;
}

/** The legal status in the text of annex II section B (see legalStatusOf), or null. */
export function legalStatusInText(text: string): LegalStatusOfSupply | null {
  const line = text.trim().split('\n')[0]!.trim();
  const sentence = (/^(.+?[^\s.]{2}[.!])(?:\s|$)/u.exec(line)?.[1] ?? line)
    .replace(/[.!]$/u, '')
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .trim();
  return sentence.length >= 8 && sentence.length <= 300 ? { text: sentence } : null;
}

/** Every section of a document with its annex, depth-first, parents before their children. */
export function* walkSections(doc: ProductInformationDocument): Generator<{ annex: AnnexKind; section: PiSection; depth: number }> {
  function* walk(annex: AnnexKind, sections: PiSection[], depth: number): Generator<{ annex: AnnexKind; section: PiSection; depth: number }> {
    for (const section of sections) {
      yield { annex, section, depth };
      yield* walk(annex, section.subsections, depth + 1);
    }
  }
  for (const annex of doc.annexes) yield* walk(annex.kind, annex.sections, 0);
}

/** A section's text alone (not its subsections'), blocks separated by blank lines, for diffs and search. */
export function sectionText(section: PiSection): string {
  return section.blocks.map(blockText).join('\n\n');
}

export function blockText(block: PiBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return block.rows.map((row) => row.join(' | ')).join('\n');
  }
}

/**
 * How much of their wording two documents share, from 0 to 1: twice the words they have in
 * common (counted with repeats) over all their words, headings included. Two readings of the
 * same revision (EMA's PDF and docling's Markdown) score above 0.9 whatever their parsers did
 * with layout, tables and line breaks; a different document of the same medicine scores lower.
 */
export function wordingSimilarity(a: ProductInformationDocument, b: ProductInformationDocument): number {
  const words = (doc: ProductInformationDocument) =>
    [...walkSections(doc)]
      .flatMap(({ section }) => [section.heading, sectionText(section)])
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '');
  const x = words(a);
  const y = words(b);
  if (x.length + y.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of y) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      common++;
      counts.set(w, left - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}
