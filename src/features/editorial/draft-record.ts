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
import { parseProductNumber, slugify, type ProductNumber } from '../../domain/identifiers.ts';
import { CATEGORIES, DATE_KEYS, FLAG_KEYS, type Category, type DateKey, type FlagKey, type IsoDate, type Medicine, type Overview } from '../../domain/medicine.ts';

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
}

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
