/**
 * Parser for EMA's "Procedural steps taken and scientific information after authorisation"
 * documents (a medicine's assessment history) in the Markdown docling makes of the PDFs.
 *
 * Two layouts share one header (Application number | Scope | Opinion/Notification issued on |
 * Commission Decision issued/amended on | Product Information affected | Summary):
 * - the archive (and older single) documents number procedures the old way: `II/0010/G`,
 *   `IB/0016`, `PSUSA/10970/202405`, `R/0018`, optionally behind `EMEA/H/C/005522/`;
 * - the current documents print a type label and a new number: `Variation type II /
 *   EMA/VR/0000339051`, `PSUR / EMA/PSUR/0000257886`, `Renewal - 1 year / EMA/R/0000285162`.
 *
 * What docling does to these tables, and how it is undone:
 * - a row the PDF splits over a page comes back as a new table whose first row has an empty first
 *   cell (or, when docling lost the columns, holds only text): it continues the row above;
 * - docling drops columns that are empty on a page, so a row's cells are placed by position only
 *   when the table is as wide as the header, and otherwise by what they hold: dates (and "n/a")
 *   fill the opinion and then the decision date, product-information wording ("SmPC, Annex II and
 *   PL") the product information, other text the summary;
 * - a label and its number can be parted: the number may open the next row (after a page break)
 *   or land in a later cell of the same row; a PSUSA number split at a slash is joined again.
 * A procedure whose number is nowhere to be found is left out with a warning: every procedure
 * returned has a number. The parser never throws.
 */
import { parseProcedureNumber } from '../../domain/identifiers.ts';
import type { IsoDate } from '../../domain/medicine.ts';
import type { Procedure, ProcedureType } from '../../domain/procedure.ts';
import { baseName, cleanText, readDoclingMarkdown, type MarkdownRow } from '../presentations/docling-markdown.ts';

export type ParseProceduralStepsResult =
  | {
      ok: true;
      medicineName: string | null;
      slug: string | null;
      /** The "(archive)" document: the history before EMA's new procedure management system. */
      archive: boolean;
      procedures: Procedure[];
      warnings: string[];
    }
  | { ok: false; error: string };

export interface ParseProceduralStepsOptions {
  /** The file the text came from: slug and archive flag fall back to it without front matter. */
  fileName: string;
}

type Role = 'number' | 'scope' | 'opinion' | 'decision' | 'pi' | 'summary';
const STANDARD_ROLES: Role[] = ['number', 'scope', 'opinion', 'decision', 'pi', 'summary'];

interface Draft {
  line: number;
  number: string | null;
  label: string | null;
  scope: string[];
  opinionDate: IsoDate | null;
  commissionDecisionDate: IsoDate | null;
  pi: string[];
  summary: string[];
}

/** What the first cell of a row says about the procedure it belongs to. */
type Identity =
  | { kind: 'procedure'; label: string | null; number: string | null }
  | { kind: 'number'; number: string }
  | { kind: 'number-tail'; tail: string }
  | { kind: 'empty' }
  | { kind: 'text' };

const NEW_NUMBER = /^EMA\/[A-Z]+\/\d{6,}$/;
const KNOWN_LABEL = /^(?:variation type [a-z_]+|psur|psusa|renewal\b.*|article\b.*|extension of marketing authorisation|transfer\b.*|referral\b.*|annual re-?assessment|line extension)$/i;
const FOOTNOTE = /^\d\s+(?:Notifications are issued|A Commission decision|SmPC \(Summary)/;

export function parseProceduralSteps(text: string, opts: ParseProceduralStepsOptions): ParseProceduralStepsResult {
  const warnings: string[] = [];
  const doc = readDoclingMarkdown(text);
  const path = doc.frontMatter.get('document_pathfilename') ?? null;
  const { slug, archive } = decideSlug(path, opts.fileName, warnings);

  const firstTable = doc.blocks.findIndex((b) => b.kind === 'table');
  if (firstTable < 0) return { ok: false, error: 'no table: the document has no procedural steps table' };
  const heading = doc.blocks.slice(0, firstTable).find((b) => b.kind === 'heading');
  const medicineName = heading?.kind === 'heading' ? cleanText(heading.text) : null;

  const reader = new StepsReader(warnings);
  for (const block of doc.blocks.slice(firstTable)) {
    if (block.kind === 'table') {
      for (const row of block.table.rows) reader.readRow(row);
      reader.endTable();
    } else if (block.kind === 'text' && !FOOTNOTE.test(block.text)) {
      reader.readStrayText(block.line, block.text);
    }
  }
  if (!reader.sawHeader && reader.drafts.length === 0) {
    return { ok: false, error: 'no procedural steps table: no table has an "Application number" header or procedure numbers' };
  }
  return { ok: true, medicineName, slug, archive, procedures: reader.finish(), warnings };
}

class StepsReader {
  sawHeader = false;
  drafts: Draft[] = [];
  private roles: Role[] = STANDARD_ROLES;
  /** The last procedure still lacks its number: the next row may open with it. */
  private awaitingNumber = false;
  /** Rows of the current table merged because their first cell held text, not a number. */
  private textRows: number[] = [];
  private readonly warnings: string[];

  constructor(warnings: string[]) {
    this.warnings = warnings;
  }

  readRow(row: MarkdownRow): void {
    const cells = row.cells.map((c) => cleanText(c) ?? '');
    if (isHeader(cells)) {
      this.roles = rolesFromHeader(cells);
      this.sawHeader = true;
      return;
    }
    const identity = identify(cells[0] ?? '');
    const last = this.drafts.at(-1);

    if (identity.kind === 'procedure') {
      this.settleLast();
      const draft: Draft = {
        line: row.line,
        number: identity.number,
        label: identity.label,
        scope: [],
        opinionDate: null,
        commissionDecisionDate: null,
        pi: [],
        summary: [],
      };
      this.drafts.push(draft);
      if (draft.number === null) {
        // docling sometimes puts the number of a label-only row in a later cell of the same row.
        const at = cells.findIndex((c, i) => i > 0 && NEW_NUMBER.test(c.replace(/\s+/g, '')));
        if (at > 0) {
          draft.number = cells[at]!.replace(/\s+/g, '');
          cells[at] = '';
        }
      }
      this.awaitingNumber = draft.number === null;
      this.place(draft, cells, row.line, false);
      return;
    }

    if (identity.kind === 'number' && !(last && this.awaitingNumber)) {
      this.settleLast();
      const draft: Draft = { line: row.line, number: identity.number, label: null, scope: [], opinionDate: null, commissionDecisionDate: null, pi: [], summary: [] };
      this.drafts.push(draft);
      this.place(draft, cells, row.line, false);
      return;
    }

    if (!last) {
      if (cells.some((c) => c !== '')) this.warnings.push(`line ${row.line}: skipped a row before the first procedure ("${preview(cells.join(' | '))}")`);
      return;
    }
    if (identity.kind === 'number') {
      // The number of the label-only row above, carried over to the next page.
      last.number = identity.number;
      this.awaitingNumber = false;
      this.place(last, cells, row.line, true);
    } else if (identity.kind === 'number-tail') {
      last.number = last.number ? `${last.number}${identity.tail}` : identity.tail;
      this.place(last, cells, row.line, true);
    } else if (identity.kind === 'empty') {
      const displaced = displacedNumber(cells, last);
      if (displaced) {
        this.settleLast();
        const draft: Draft = { line: row.line, number: displaced.number, label: null, scope: [], opinionDate: null, commissionDecisionDate: null, pi: [], summary: [] };
        this.drafts.push(draft);
        cells[displaced.index] = '';
        this.place(draft, cells, row.line, false);
        if (displaced.rest) draft.scope.push(displaced.rest);
        this.warnings.push(`line ${row.line}: read ${displaced.number}, printed in a later column, as the number of the row`);
        return;
      }
      this.place(last, cells, row.line, true);
    } else {
      // docling lost the columns of a continued row: a table of lines, or cells out of order.
      const joined = cells.filter((c) => c !== '').join(' ');
      last.scope.push(joined);
      this.textRows.push(row.line);
    }
  }

  endTable(): void {
    if (this.textRows.length > 0) {
      const last = this.drafts.at(-1);
      this.warnings.push(
        `lines ${this.textRows[0]}-${this.textRows.at(-1)}: ${this.textRows.length} row(s) without a procedure number or columns were read as more scope of ${describe(last)}`,
      );
    }
    this.textRows = [];
  }

  /** Table text docling wrote as a paragraph between two tables. */
  readStrayText(line: number, text: string): void {
    const last = this.drafts.at(-1);
    if (!last) return;
    last.scope.push(text);
    this.warnings.push(`line ${line}: text between tables was read as more scope of ${describe(last)}`);
  }

  /**
   * Places the cells of a row into the procedure: by position when the row is as wide as the
   * header, by content when docling dropped columns.
   */
  private place(draft: Draft, cells: string[], line: number, continuation: boolean): void {
    const byPosition = cells.length === this.roles.length;
    let dateSlot = 0;
    cells.forEach((cell, i) => {
      if (i === 0 || cell === '') return;
      const role: Role | undefined = byPosition ? this.roles[i] : i === 1 ? 'scope' : undefined;
      if (role === 'scope' || role === 'pi' || role === 'summary') {
        draft[role].push(cell);
        return;
      }
      const date = readDate(cell);
      if (date !== undefined) {
        const slot: 'opinion' | 'decision' =
          role === 'opinion' || role === 'decision'
            ? role
            : continuation
              ? draft.opinionDate === null ? 'opinion' : 'decision'
              : dateSlot++ === 0 ? 'opinion' : 'decision';
        this.setDate(draft, slot, date, line, continuation);
        return;
      }
      if (role === 'opinion' || role === 'decision') {
        this.warnings.push(`line ${line}: "${preview(cell)}" in the ${role === 'opinion' ? 'opinion' : 'Commission Decision'} date column is not a date`);
      }
      if (continuation && draft.pi.length > 0 && /(?:,|\band)$/.test(draft.pi.at(-1)!)) draft.pi.push(cell);
      else if (isProductInformation(cell) && (draft.pi.length === 0 || continuation)) draft.pi.push(cell);
      else draft.summary.push(cell);
    });
  }

  private setDate(draft: Draft, slot: 'opinion' | 'decision', date: IsoDate | null, line: number, continuation: boolean): void {
    const key = slot === 'opinion' ? 'opinionDate' : 'commissionDecisionDate';
    if (date === null) return;
    if (draft[key] === null) {
      draft[key] = date;
      return;
    }
    if (draft[key] !== date || !continuation) {
      this.warnings.push(`line ${line}: a second ${slot} date (${date}) for ${describe(draft)}; the first (${draft[key]}) is kept`);
    }
  }

  private settleLast(): void {
    const last = this.drafts.at(-1);
    if (last && last.number === null) {
      this.drafts.pop();
      this.warnings.push(
        `line ${last.line}: left out a procedure whose number docling lost ("${last.label ?? ''}", scope "${preview(last.scope.join(' '))}")`,
      );
    }
    this.awaitingNumber = false;
  }

  finish(): Procedure[] {
    this.settleLast();
    const seen = new Set<string>();
    const procedures: Procedure[] = [];
    for (const d of this.drafts) {
      const number = d.number!;
      if (seen.has(number)) this.warnings.push(`line ${d.line}: ${number} is listed more than once`);
      seen.add(number);
      const scope = cleanText(d.scope.join(' ')) ?? '';
      const type = classify(d.label, number);
      procedures.push({
        number,
        otherNumbers: otherNumbers(number, type, scope),
        type,
        typeLabel: d.label,
        scope,
        opinionDate: d.opinionDate,
        commissionDecisionDate: d.commissionDecisionDate,
        productInformationAffected: cleanText(d.pi.join(' ')),
        summary: cleanText(d.summary.join(' ')),
      });
    }
    return procedures;
  }
}

/**
 * A row with an empty first cell is normally the row above continued; but when it has dates of its
 * own while the row above has its dates already, and a procedure number sits in one of its later
 * cells, docling has moved the number of a new row out of its column.
 */
function displacedNumber(cells: string[], last: Draft): { index: number; number: string; rest: string } | null {
  if (last.opinionDate === null || !cells.slice(2).some((c) => typeof readDate(c) === 'string')) return null;
  for (let i = 2; i < cells.length; i++) {
    const [head = '', ...rest] = cells[i]!.split(' ');
    const id = identify(head);
    if (id.kind === 'procedure' && id.number) return { index: i, number: id.number, rest: rest.join(' ') };
    if (id.kind === 'number') return { index: i, number: id.number, rest: rest.join(' ') };
  }
  return null;
}

function isHeader(cells: string[]): boolean {
  return /^application\s*number/i.test(cells[0] ?? '') || (cells.some((c) => /^scope$/i.test(c)) && cells.some((c) => /opinion/i.test(c)));
}

function rolesFromHeader(cells: string[]): Role[] {
  const roles = cells.map((c): Role | null => {
    if (/application|number/i.test(c)) return 'number';
    if (/scope/i.test(c)) return 'scope';
    if (/opinion|notification/i.test(c)) return 'opinion';
    if (/commission|decision/i.test(c)) return 'decision';
    if (/product\s*information|affected/i.test(c)) return 'pi';
    if (/summary/i.test(c)) return 'summary';
    return null;
  });
  // An unrecognised header keeps EMA's column order rather than misplacing every cell.
  return roles.every((r) => r !== null) && new Set(roles).size === roles.length ? roles : STANDARD_ROLES;
}

/** Removes the spaces OCR puts into numbers ("PSUSA/226/2 02405", "PSUSA/10970 /202405"). */
function compactNumber(text: string): string {
  return text
    .replace(/\s*\/\s*/g, '/')
    .replace(/(\d)\s+(?=\d)/g, '$1')
    .toUpperCase();
}

const OLD_NUMBER = /^(?:EMEA\/[HV]\/C\/\d+\/)?[A-Z]{1,5}\d{0,2}(?:\(\d\))?\/[0-9A-Z/().]*\d[0-9A-Z/().]*$/;

export function identify(cell: string): Identity {
  const text = cell.trim();
  if (text === '') return { kind: 'empty' };
  const compact = compactNumber(text);
  if (NEW_NUMBER.test(compact)) return { kind: 'number', number: compact };
  if (/^\/\d/.test(compact) && !/\s/.test(compact)) return { kind: 'number-tail', tail: compact };
  // Before the old numbers, which "PSUR / EMA/PSUR/0000257886" would otherwise pass for.
  const labelled = /^(.+?)\s*\/\s*(EMA\s*\/\s*[A-Z]+\s*\/\s*[\d\s]{6,})?$/i.exec(text);
  if (labelled) {
    const label = labelled[1]!.trim();
    const number = labelled[2] ? compactNumber(labelled[2]) : null;
    if (KNOWN_LABEL.test(label) || (number && /^[A-Z][A-Za-z0-9 ()_–-]{1,60}$/.test(label))) {
      return { kind: 'procedure', label, number };
    }
  }
  if (OLD_NUMBER.test(compact) && !/\s/.test(compact) && parseProcedureNumber(compact).ok) {
    return { kind: 'procedure', label: null, number: compact };
  }
  return { kind: 'text' };
}

/** dd/mm/yyyy as an ISO date; null for "n/a" and the like; undefined when the cell is no date. */
function readDate(cell: string): IsoDate | null | undefined {
  const t = cell.trim();
  if (/^(?:n\/?a|not applicable|-+|–)$/i.test(t)) return null;
  const m = /^(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})$/.exec(t);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// "SmPC", "SmPC, Annex II and PL", "Annex II, Labelling and PL", "PL", "N/A", "Yes", "No".
const PI_WORDS = /^(?:(?:SmPC|SPC|Annex(?:es)?|I{1,3}|IV|A|PL|Labelling|Package|Leaflet|IFU|and|&|N\/A|None|Yes|No|All)[\s,;]*)+$/i;

function isProductInformation(cell: string): boolean {
  return PI_WORDS.test(cell.trim());
}

export function classify(label: string | null, number: string): ProcedureType {
  if (label) {
    const variation = /^variation type\s+([a-z_]+)/i.exec(label);
    if (variation) {
      const code = variation[1]!.toUpperCase().replace(/_/g, '');
      if (code === 'II') return 'variation-ii';
      if (code === 'IB') return 'variation-ib';
      if (code === 'IA' || code === 'IAIN') return 'variation-ia';
    }
    if (/^(?:psur|psusa)\b/i.test(label)) return 'psur';
    if (/renewal/i.test(label)) return 'renewal';
    if (/extension of marketing authorisation|line extension/i.test(label)) return 'extension';
    if (/transfer/i.test(label)) return 'transfer';
    if (/referral|^article\s*(?:20|29|30|31|107)\b/i.test(label)) return 'referral';
    if (/annual re-?assessment/i.test(label)) return 'annual-reassessment';
  }
  const tail = number.replace(/^EMEA\/[HV]\/C\/\d+\//, '');
  const newSystem = /^EMA\/([A-Z]+)\//.exec(tail);
  if (newSystem) {
    const kind = newSystem[1]!;
    if (kind === 'PSUR') return 'psur';
    if (kind === 'R') return 'renewal';
    if (kind === 'X') return 'extension';
    if (kind === 'T') return 'transfer';
    return 'other'; // EMA/VR (variation of unknown type), EMA/N (Article 61(3) notification)
  }
  const prefix = tail.split('/')[0]!;
  if (prefix === 'II') return 'variation-ii';
  if (prefix === 'IB') return 'variation-ib';
  // IG: type IA variations grouped over several marketing authorisations.
  if (prefix === 'IA' || prefix === 'IAIN' || prefix === 'IG') return 'variation-ia';
  if (prefix === 'X') return 'extension';
  if (prefix === 'R') return 'renewal';
  if (prefix === 'S') return 'annual-reassessment';
  if (/^PSU/.test(prefix)) return 'psur';
  if (prefix === 'T') return 'transfer';
  if (/^A\d+/.test(prefix) || /^61\(3\)/.test(prefix)) return prefix.startsWith('A') ? 'referral' : 'other';
  if (/^(?:ANX|LEG|MEA|REC|SOB|PAM|SDA|P46)$/.test(prefix)) return 'post-authorisation-measure';
  return 'other'; // I (type I before 2003), N (Article 61(3) notification), WS (worksharing), ...
}

/** A PSUR of the new system also carries its EURD single-assessment number in the scope. */
function otherNumbers(number: string, type: ProcedureType, scope: string): string[] {
  if (type !== 'psur' || !number.startsWith('EMA/')) return [];
  const found = scope.match(/\bPSUSA\/\d{8}\/\d{6}\b/g) ?? [];
  return [...new Set(found)].filter((n) => n !== number);
}

function describe(draft: Draft | undefined): string {
  if (!draft) return 'nothing';
  return draft.number ?? `the "${draft.label ?? ''}" procedure on line ${draft.line}`;
}

function preview(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

const FILE_NAME = /^(.+?)-epar-procedural-steps-taken-(?:and-)?scientific-information-after-authorisation(-archive)?$/;

function decideSlug(path: string | null, fileName: string, warnings: string[]): { slug: string | null; archive: boolean } {
  if (!path) warnings.push(`slug: no document_pathfilename in the front matter; using the file name "${baseName(fileName)}"`);
  const base = baseName(path ?? fileName)
    .replace(/\.(?:pdf|md)$/i, '')
    .replace(/_[a-z]{2}$/, '');
  const m = FILE_NAME.exec(base);
  if (!m) {
    warnings.push(`slug: "${base}" is not named like an EMA procedural steps document`);
    return { slug: null, archive: /-archive$/.test(base) };
  }
  return { slug: m[1]!, archive: m[2] !== undefined };
}
