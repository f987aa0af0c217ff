/**
 * A medicine's record and history, derived from dated observations of its sources.
 *
 * An observation is what one source said about one medicine, as of the date the source
 * describes (a data table's snapshot date, a page's "last updated", the moment an editor
 * published). The record is never edited in place: it is what all observations say, taken in
 * the order of the dates they describe, never the order in which they were imported, so
 * importing an old table after a newer page inserts its facts into the past and produces the
 * same history as importing it first.
 *
 * Precedence is decided here, in one place, per field:
 * - the newer observation wins when the words differ (the other stays on record as provenance);
 * - values that are equal once whitespace, bullets, letter case and markup are set aside are
 *   the same value: never a change, and the more faithful source's form is kept (a page's
 *   paragraphs and lists over a table's flattened copy of the same words).
 */
import { changeKinds, type ChangeKind } from './change-kinds.ts';
import { isEditorialReference } from './editorial-source.ts';
import { diffMedicine, type Change } from './medicine-diff.ts';
import { blankMedicine, setField } from './medicine-fields.ts';
import type { Medicine, WriteSource } from './medicine.ts';

export type SourceKind = WriteSource['kind'];

/**
 * How the sample catalogue names its sources (`sample/medicines/01-lumykras.json#<EMA's file>`):
 * the same in every checkout, and how the portal tells a sample from an imported corpus.
 */
export const SAMPLE_REFERENCE_PREFIX = 'sample/';

export interface Observation {
  /** Permanent: the history entry an observation causes is named after it. */
  id: string;
  sourceKind: SourceKind;
  sourceReference: string;
  /** The date the source describes. */
  asOf: Date;
  /** When it was imported: only breaks ties between observations of the same source and date. */
  recordedAt: Date;
  /** Field path (`status`, `dates.authorised`, `overview.sv`, `documents`) → value, as normalised by the importer. */
  fields: Readonly<Record<string, unknown>>;
}

export interface HistoryEntry {
  /** The observation that made the change: the entry's permanent identifier. */
  observationId: string;
  asOf: Date;
  sourceKind: SourceKind;
  sourceReference: string;
  changes: Change[];
  kinds: ChangeKind[];
  /** The whole record after this entry. */
  snapshot: Medicine;
}

export interface DerivedRecord {
  entries: HistoryEntry[];
  /** The record as it stands after every observation (which may differ from the last entry's snapshot only in form). */
  current: Medicine;
}

/**
 * How faithfully each kind of source renders a medicine's text: EMA's pages keep paragraphs,
 * lists and links; its data tables and PDF extractions flatten them. Only used to choose the
 * form of values whose words agree.
 */
const FIDELITY: Readonly<Record<SourceKind, number>> = {
  'ema-table': 1,
  overview: 2,
  document: 2,
  presentations: 2,
  'procedural-steps': 2,
  'epar-page': 3,
  sync: 3,
  sample: 3,
  editor: 4,
};

export function fidelityOf(kind: SourceKind): number {
  return FIDELITY[kind] ?? 0;
}

/**
 * Date, then the less faithful first (so at equal dates the more faithful speaks last), then the
 * source's name, so that even sources of the same date fall in an order no import can change;
 * only the same source observed twice at once falls back on the order it was recorded in.
 */
export function compareObservations(a: Observation, b: Observation): number {
  return (
    a.asOf.getTime() - b.asOf.getTime() ||
    fidelityOf(a.sourceKind) - fidelityOf(b.sourceKind) ||
    (a.sourceReference < b.sourceReference ? -1 : a.sourceReference > b.sourceReference ? 1 : 0) ||
    a.recordedAt.getTime() - b.recordedAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

// Bullets and list markers at the start of a line ("•", "-", "a)", "(ii)", "1.") are layout, not words.
const LIST_MARKER = /^[ \t]*(?:[-*•·▪◦‣–—]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])[ \t]+/gimu;
const MARKUP = /<[^>]{0,200}>|\*\*|__|`|^#{1,6}[ \t]/gmu;

/**
 * The text without the list markers that start its lines: what a flattened copy (a data table's
 * cell, where line breaks become spaces) must leave out to keep the same words.
 */
export function withoutListMarkers(text: string): string {
  return text.replace(LIST_MARKER, '');
}

/** The words of a text: no markup, list markers, whitespace, punctuation or letter case. */
export function wordsOf(text: string): string {
  return text.normalize('NFKC').replace(MARKUP, ' ').replace(LIST_MARKER, ' ').toLocaleLowerCase('und').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether two values say the same thing, setting aside the form of their text. */
export function sameWords(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === 'string' && typeof b === 'string') return wordsOf(a) === wordsOf(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameWords(x, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
    for (const k of keys) if (!sameWords(ra[k], rb[k])) return false;
    return true;
  }
  return false;
}

const REQUIRED = ['name', 'slug', 'category', 'status'] as const;

/** The first value each required field is given, in date order; null when no observation gives one. */
export function requiredFields(ordered: readonly Observation[]): Pick<Medicine, (typeof REQUIRED)[number]> | null {
  const found: Partial<Record<(typeof REQUIRED)[number], unknown>> = {};
  for (const o of ordered) for (const f of REQUIRED) if (found[f] === undefined && o.fields[f] !== undefined) found[f] = o.fields[f];
  return REQUIRED.every((f) => found[f] !== undefined) ? (found as Pick<Medicine, (typeof REQUIRED)[number]>) : null;
}

export class IncompleteObservationsError extends Error {}

/** Per field, the fidelity of the source whose form the record holds, and that value. */
export type Forms = Map<string, { fidelity: number; value: unknown }>;

/**
 * Applies one observation to a record: its values replace the record's, except where the words
 * are the same, when the more faithful form is kept. `forms` is updated in place.
 */
export function foldObservation(record: Medicine, forms: Forms, o: Observation): Medicine {
  const fidelity = fidelityOf(o.sourceKind);
  let next = record;
  for (const [field, value] of Object.entries(o.fields)) {
    if (value === undefined) continue;
    const held = forms.get(field);
    if (held !== undefined && sameWords(held.value, value)) {
      // The same words: a more faithful source's form replaces a less faithful one, never the reverse.
      if (fidelity <= held.fidelity) continue;
    }
    next = setField(next, field, value);
    forms.set(field, { fidelity, value });
  }
  return next;
}

/** The forms the record holds after the observations (in any order), without building records. */
export function formsAfter(observations: readonly Observation[]): Forms {
  const forms: Forms = new Map();
  for (const o of [...observations].sort(compareObservations)) {
    const fidelity = fidelityOf(o.sourceKind);
    for (const [field, value] of Object.entries(o.fields)) {
      if (value === undefined) continue;
      const held = forms.get(field);
      if (held !== undefined && sameWords(held.value, value) && fidelity <= held.fidelity) continue;
      forms.set(field, { fidelity, value });
    }
  }
  return forms;
}

/** The changes of words between two records (form-only differences are not changes). */
export function changesOfWords(before: Medicine | null, after: Medicine): Change[] {
  return diffMedicine(before, after).filter((c) => before === null || !sameWords(c.from, c.to));
}

/**
 * Folds the observations, in date order, into the history and the current record. Each
 * observation that changes what the record says (not merely its form) makes one entry.
 */
export function deriveRecord(observations: readonly Observation[]): DerivedRecord {
  const ordered = [...observations].sort(compareObservations);
  const required = requiredFields(ordered);
  if (!required) throw new IncompleteObservationsError('no source gives the medicine its name, slug, category and status');
  let state: Medicine | null = null;
  const forms: Forms = new Map();
  const entries: HistoryEntry[] = [];
  for (const o of ordered) {
    const before: Medicine = state ?? blankMedicine(required);
    const next = foldObservation(before, forms, o);
    const first = state === null;
    const changes = changesOfWords(first ? null : before, next);
    state = next;
    if (first || changes.length > 0) {
      entries.push({
        observationId: o.id,
        asOf: o.asOf,
        sourceKind: o.sourceKind,
        sourceReference: o.sourceReference,
        changes,
        kinds: changeKinds(changes, first),
        snapshot: next,
      });
    }
  }
  return { entries, current: state! };
}

function fieldValue(m: Medicine, path: string): unknown {
  const dot = path.indexOf('.');
  if (dot < 0) return m[path as keyof Medicine];
  const value = m[path.slice(0, dot) as keyof Medicine] as unknown as Record<string, unknown> | null;
  return value?.[path.slice(dot + 1)] ?? null;
}

/** A source as the public sees it: a file by its name, never the folders it was read from; addresses as they are. */
export function sourceName(reference: string): string {
  // An editor's signature is not a path, whatever its reason says.
  if (isEditorialReference(reference)) return reference;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(reference) ? reference : reference.split(/[\\/]/).at(-1)!;
}
