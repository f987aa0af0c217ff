/**
 * What an editor does to a draft record, as pure functions: the lifecycle's events (an
 * application, the committee's opinion, the Commission's decision, a procedure, a transfer, a
 * suspension, a withdrawal, a lapse, a revocation) and plain field edits, each returning a new
 * record that the drafts service checks against the lifecycle's rules before it keeps it; and
 * the three-way merge that lets two writers of one draft (or a draft and a newer published
 * record) combine their changes without either being lost.
 */
import { ValidationError } from '../../domain/errors.ts';
import { lifecycleProblems, type LifecycleProblem } from '../../domain/lifecycle.ts';
import { blankMedicine } from '../../domain/medicine-fields.ts';
import { PROCEDURE_TYPES, type Procedure, type ProcedureType } from '../../domain/procedure.ts';
import type { LanguageCode } from '../../domain/languages.ts';
import { parseEmaReference, parseProductNumber, slugify, type ProductNumber } from '../../domain/identifiers.ts';
import {
  CATEGORIES,
  DATE_KEYS,
  DOCUMENT_SECTIONS,
  FLAG_KEYS,
  RELATED_KINDS,
  type Category,
  type DateKey,
  type DocumentSection,
  type FlagKey,
  type IsoDate,
  type Medicine,
  type MedicineDocument,
  type NewsItem,
  type Overview,
  type RelatedKind,
} from '../../domain/medicine.ts';

export interface Application {
  name: string;
  category: Category;
  applicant: string;
  productNumber: string | null;
  slug?: string | null;
  inn: string | null;
  activeSubstance: string | null;
  therapeuticIndication: string | null;
}

export const LIFECYCLE_EVENTS = ['opinion', 'decision', 'procedure', 'transfer', 'suspension', 'lifting-suspension', 'withdrawal', 'lapse', 'expiry', 'revocation', 'application-withdrawn'] as const;
export type LifecycleEventKind = (typeof LIFECYCLE_EVENTS)[number];

export type LifecycleEvent =
  | { kind: 'opinion'; outcome: 'positive' | 'negative'; date: IsoDate }
  | { kind: 'decision'; date: IsoDate; holder: string | null; holderAddress: string | null }
  | { kind: 'procedure'; procedure: ProcedureInput }
  | { kind: 'transfer'; date: IsoDate; holder: string; holderAddress: string | null; number: string }
  | { kind: 'suspension' | 'lifting-suspension' | 'withdrawal' | 'lapse' | 'expiry' | 'revocation' | 'application-withdrawn'; date: IsoDate };

export interface ProcedureInput {
  number: string;
  type: ProcedureType;
  scope: string;
  opinionDate: IsoDate | null;
  commissionDecisionDate: IsoDate | null;
  outcome: string | null;
}

/** A form value that cannot be stored, named by its field (the form marks that field). */
export function invalidField(field: string): ValidationError {
  return new ValidationError(`invalid ${field}`);
}

/** A new medicine as its application stands: under evaluation, with its applicant. */
export function applicationRecord(a: Application): Medicine {
  const name = a.name.trim();
  const slug = (a.slug?.trim() || slugify(name)).toLowerCase();
  if (!name || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw invalidField('name');
  let productNumber: ProductNumber | null = null;
  if (a.productNumber?.trim()) {
    const parsed = parseProductNumber(a.productNumber.trim());
    if (!parsed.ok) throw invalidField('productNumber');
    productNumber = parsed.value;
  }
  if (!(CATEGORIES as readonly string[]).includes(a.category)) throw invalidField('category');
  return {
    ...blankMedicine({ name, slug, category: a.category, status: 'under-evaluation' }),
    productNumber,
    applicant: a.applicant.trim() || null,
    inn: a.inn?.trim() || null,
    activeSubstance: a.activeSubstance?.trim() || null,
    therapeuticIndication: a.therapeuticIndication?.trim() || null,
  };
}

const END_STATUS = {
  suspension: ['suspended', 'suspension'],
  withdrawal: ['withdrawn', 'withdrawal'],
  lapse: ['lapsed', 'lapse'],
  expiry: ['expired', 'expiry'],
  revocation: ['revoked', 'revocation'],
  'application-withdrawn': ['application-withdrawn', 'applicationWithdrawn'],
} as const;

/** The record after a lifecycle event; whether the event may happen is the lifecycle rules' business. */
export function applyEvent(m: Medicine, e: LifecycleEvent): Medicine {
  switch (e.kind) {
    case 'opinion':
      // A negative opinion leads to the Commission's refusal, recorded as its decision.
      return { ...m, status: 'opinion', opinionStatus: e.outcome, dates: { ...m.dates, opinionAdopted: e.date } };
    case 'decision':
      if (m.opinionStatus === 'negative') return { ...m, status: 'refused', dates: { ...m.dates, refusal: e.date } };
      return {
        ...m,
        status: 'authorised',
        dates: { ...m.dates, marketingAuthorisationIssued: e.date },
        marketingAuthorisationHolder: e.holder?.trim() ? { name: e.holder.trim(), address: e.holderAddress?.trim() || null } : m.marketingAuthorisationHolder ?? (m.applicant ? { name: m.applicant, address: null } : null),
      };
    case 'procedure':
      return withProcedure(m, toProcedure(e.procedure, null));
    case 'transfer':
      return withProcedure(
        { ...m, marketingAuthorisationHolder: { name: e.holder.trim(), address: e.holderAddress?.trim() || null } },
        toProcedure({ number: e.number, type: 'transfer', scope: `Transfer of the marketing authorisation to ${e.holder.trim()}`, opinionDate: e.date, commissionDecisionDate: e.date, outcome: null }, 'Transfer'),
      );
    case 'lifting-suspension':
      return { ...m, status: 'authorised', dates: { ...m.dates, suspension: null } };
    default: {
      const [status, key] = END_STATUS[e.kind];
      return { ...m, status, dates: { ...m.dates, [key]: e.date } };
    }
  }
}

function toProcedure(p: ProcedureInput, typeLabel: string | null): Procedure {
  if (!(PROCEDURE_TYPES as readonly string[]).includes(p.type)) throw invalidField('type');
  return {
    number: p.number.trim(),
    otherNumbers: [],
    type: p.type,
    typeLabel,
    scope: p.scope.trim(),
    opinionDate: p.opinionDate,
    commissionDecisionDate: p.commissionDecisionDate,
    productInformationAffected: null,
    summary: p.outcome?.trim() || null,
  };
}

/** A procedure of the same number is replaced (its dates and outcome recorded as they come), others kept. */
function withProcedure(m: Medicine, p: Procedure): Medicine {
  const procedures = m.procedures.some((x) => x.number === p.number) ? m.procedures.map((x) => (x.number === p.number ? p : x)) : [...m.procedures, p];
  const dated = p.commissionDecisionDate ?? p.opinionDate;
  const latest = dated && (!m.latestProcedure?.date || dated >= m.latestProcedure.date) ? { number: p.number, date: dated } : m.latestProcedure;
  return { ...m, procedures, latestProcedure: latest };
}

/** The fields a form edits as text, by their path in the record. */
export const EDITABLE_TEXT_FIELDS = ['name', 'inn', 'activeSubstance', 'therapeuticIndication', 'pharmacotherapeuticGroup', 'applicant', 'withdrawalInformation'] as const;
export type EditableTextField = (typeof EDITABLE_TEXT_FIELDS)[number];

export interface FieldEdits {
  text?: Partial<Record<EditableTextField, string>>;
  holder?: { name: string; address: string } | null;
  therapeuticAreas?: string[];
  atcCodes?: string[];
  flags?: Partial<Record<FlagKey, boolean | null>>;
  dates?: Partial<Record<DateKey, IsoDate | null>>;
  previousNames?: string[];
  species?: string[];
  developer?: string;
  /** The page's lists of links, row by row as the form sends them; a row left empty is no item. */
  news?: LinkRow[];
  patientSafetyNews?: LinkRow[];
  topics?: LinkRow[];
  related?: LinkRow[];
  /** The documents listed, by their position in the record the form was built from. */
  documents?: DocumentRow[];
}

/** One row of a list of links on the form: every value as typed. */
export interface LinkRow {
  title: string;
  url: string;
  date?: string;
  kind?: string;
}

/** One listed document's details as the form edits them; its language versions and files stay as uploaded. */
export interface DocumentRow {
  index: number;
  title: string;
  section: string;
  group: string;
  referenceText: string;
  documentStatus: string;
  remove: boolean;
}

/** The lists of links a record holds, by field, with what each row must give. */
export const LINK_LISTS = ['news', 'patientSafetyNews', 'topics', 'related'] as const;
export type LinkList = (typeof LINK_LISTS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function httpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * The rows that say something, as items; a row with any value but without what the list needs
 * (a title; an http(s) address, which news and related items must have; a real date) is
 * refused by its field name (`news.2.url`), so the form can say which.
 */
function linkItems(list: LinkList, rows: readonly LinkRow[]): unknown[] {
  const out: unknown[] = [];
  rows.forEach((row, i) => {
    const title = row.title.trim();
    const url = row.url.trim();
    const date = (row.date ?? '').trim();
    if (!title && !url && !date) return;
    if (!title) throw invalidField(`${list}.${i}.title`);
    const urlRequired = list !== 'topics' && list !== 'patientSafetyNews';
    if ((url || urlRequired) && !httpUrl(url)) throw invalidField(`${list}.${i}.url`);
    if (list === 'topics') return void out.push({ title, url: url || null });
    if (list === 'related') {
      const kind = (row.kind ?? 'other') as RelatedKind;
      if (!(RELATED_KINDS as readonly string[]).includes(kind)) throw invalidField(`${list}.${i}.kind`);
      return void out.push({ kind, title, url });
    }
    if (date && (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))) throw invalidField(`${list}.${i}.date`);
    out.push({ title, url, date: date || null } satisfies NewsItem);
  });
  return out;
}

/** The documents with the form's details; a removed document takes its stored files with it unless another of its type stays. */
function editedDocuments(m: Medicine, rows: readonly DocumentRow[]): Pick<Medicine, 'documents' | 'files'> {
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  const documents: MedicineDocument[] = [];
  m.documents.forEach((doc, i) => {
    const row = byIndex.get(i);
    if (!row) return void documents.push(doc);
    if (row.remove) return;
    const title = row.title.trim();
    if (!title) throw invalidField(`documents.${i}.title`);
    if (!(DOCUMENT_SECTIONS as readonly string[]).includes(row.section)) throw invalidField(`documents.${i}.section`);
    const referenceText = row.referenceText.trim() || null;
    const parsed = referenceText ? parseEmaReference(referenceText) : null;
    documents.push({
      ...doc,
      title,
      section: row.section as DocumentSection,
      group: row.group.trim() || null,
      referenceText,
      // What is not a reference stays as typed, as the importer keeps EMA's misprints.
      referenceNumber: parsed?.ok ? parsed.value : null,
      documentStatus: row.documentStatus.trim() || null,
    });
  });
  const types = new Set(documents.map((d) => d.type));
  return { documents, files: m.files.filter((f) => types.has(f.documentType) || !m.documents.some((d) => d.type === f.documentType)) };
}

const listOf = (values: readonly string[]) => [...new Set(values.map((s) => s.trim()).filter(Boolean))];

/** The record with the form's values; an empty text field is an unknown value (null), never an empty string. */
export function applyEdits(m: Medicine, edits: FieldEdits): Medicine {
  let next: Medicine = { ...m };
  for (const [field, value] of Object.entries(edits.text ?? {})) {
    const text = (value ?? '').trim();
    if (field === 'name') {
      if (!text) throw invalidField('name');
      next = { ...next, name: text };
    } else {
      next = { ...next, [field]: text || null };
    }
  }
  if (edits.holder !== undefined) {
    next = { ...next, marketingAuthorisationHolder: edits.holder && edits.holder.name.trim() ? { name: edits.holder.name.trim(), address: edits.holder.address.trim() || null } : null };
  }
  if (edits.therapeuticAreas) next = { ...next, therapeuticAreas: edits.therapeuticAreas.map((s) => s.trim()).filter(Boolean) };
  if (edits.atcCodes) next = { ...next, atcCodes: edits.atcCodes.map((s) => s.trim().toUpperCase()).filter(Boolean) as Medicine['atcCodes'] };
  if (edits.flags) next = { ...next, flags: { ...next.flags, ...pickKnown(edits.flags, FLAG_KEYS) } };
  if (edits.dates) next = { ...next, dates: { ...next.dates, ...pickKnown(edits.dates, DATE_KEYS) } };
  if (edits.previousNames) next = { ...next, previousNames: listOf(edits.previousNames) };
  if (edits.species) {
    const species = listOf(edits.species);
    // Target species belong to veterinary medicines; a human medicine's page never shows them.
    if (species.length > 0 && next.category !== 'veterinary') throw invalidField('species');
    next = { ...next, species };
  }
  if (edits.developer !== undefined) next = { ...next, developer: edits.developer.trim() || null };
  for (const list of LINK_LISTS) {
    const rows = edits[list];
    if (rows) next = { ...next, [list]: linkItems(list, rows) };
  }
  if (edits.documents) next = { ...next, ...editedDocuments(next, edits.documents) };
  return next;
}

function pickKnown<T>(values: Partial<Record<string, T>>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => keys.includes(k))) as Record<string, T>;
}

/**
 * An overview in one language from the form's text: a line starting with "## " is a question
 * (a section heading), the text before the first is the introduction, blank lines separate
 * paragraphs and "- " starts a list item, as the public page renders overviews.
 */
export function overviewFromText(text: string): Overview | null {
  const sections: Overview['sections'] = [];
  let heading: string | null = null;
  let body: string[] = [];
  const flush = () => {
    const joined = body.join('\n').trim();
    if (heading !== null || joined) sections.push({ heading, body: joined });
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const h = /^##\s+(.+)$/.exec(line.trim());
    if (h) {
      flush();
      heading = h[1]!.trim();
      body = [];
    } else {
      body.push(line);
    }
  }
  flush();
  return sections.length > 0 ? { sections } : null;
}

export function overviewToText(o: Overview | undefined): string {
  if (!o) return '';
  return o.sections.map((s) => (s.heading ? `## ${s.heading}\n${s.body}` : s.body)).join('\n\n');
}

export function withOverview(m: Medicine, lang: LanguageCode, overview: Overview | null): Medicine {
  const next = { ...m.overview };
  if (overview) next[lang] = overview;
  else delete next[lang];
  return { ...m, overview: next };
}

/**
 * The problems a draft brings: the lifecycle's rules broken by the draft and not already broken
 * by the published record. A record EMA published with a gap (an opinion without its date) can
 * still be corrected elsewhere without first filling the gap the editor did not make.
 */
export function newProblems(draft: Medicine, published: Medicine | null, options: { revert?: boolean } = {}): LifecycleProblem[] {
  const known = new Set((published ? lifecycleProblems(published) : []).map((p) => `${p.rule} ${p.field}`));
  // Unpublishing goes back to a state the medicine was in: that is no step of its lifecycle.
  return lifecycleProblems(draft, options.revert ? null : published).filter((p) => !known.has(`${p.rule} ${p.field}`));
}

/* ---------- three-way merge ---------- */

/** A record as addressable fields: flags, dates and overviews per key, every other field whole. */
export function fieldsOf(m: Medicine): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(m)) {
    if (key === 'flags' || key === 'dates' || key === 'overview') {
      for (const [sub, v] of Object.entries((value ?? {}) as object)) out.set(`${key}.${sub}`, v);
    } else {
      out.set(key, value);
    }
  }
  return out;
}

function setPath(m: Medicine, path: string, value: unknown): Medicine {
  const dot = path.indexOf('.');
  if (dot < 0) return { ...m, [path]: value };
  const key = path.slice(0, dot) as 'flags' | 'dates' | 'overview';
  const sub = path.slice(dot + 1);
  const inner = { ...(m[key] as Record<string, unknown>) };
  if (value === undefined) delete inner[sub];
  else inner[sub] = value;
  return { ...m, [key]: inner };
}

const json = (v: unknown) => JSON.stringify(v ?? null);

export interface MergeResult {
  /** Both sides' changes; where both changed a field differently, `theirs` (it was saved first) until the writer chooses. */
  merged: Medicine;
  /** Fields both sides changed to different values, with each side's value. */
  conflicts: { field: string; base: unknown; theirs: unknown; mine: unknown }[];
}

/**
 * Merges two records that both started from `base`: a field changed on one side only takes
 * that side's value; a field both changed alike is taken once; a field both changed differently
 * is a conflict, for the writer to settle, and never decided silently against the one saved first.
 */
export function mergeRecords(base: Medicine, theirs: Medicine, mine: Medicine, prefer: 'theirs' | 'mine' = 'theirs'): MergeResult {
  const b = fieldsOf(base);
  const t = fieldsOf(theirs);
  const m = fieldsOf(mine);
  let merged = theirs;
  const conflicts: MergeResult['conflicts'] = [];
  for (const field of new Set([...b.keys(), ...t.keys(), ...m.keys()])) {
    const [bv, tv, mv] = [json(b.get(field)), json(t.get(field)), json(m.get(field))];
    if (mv === bv || mv === tv) continue;
    if (tv === bv) {
      merged = setPath(merged, field, m.get(field));
      continue;
    }
    conflicts.push({ field, base: b.get(field) ?? null, theirs: t.get(field) ?? null, mine: m.get(field) ?? null });
    if (prefer === 'mine') merged = setPath(merged, field, m.get(field));
  }
  return { merged, conflicts };
}

/** The value a field holds in a record, for choosing between two sides of a conflict. */
export function valueAt(m: Medicine, field: string): unknown {
  return fieldsOf(m).get(field) ?? null;
}

export function withValue(m: Medicine, field: string, value: unknown): Medicine {
  return setPath(m, field, value);
}
