/**
 * Reading the history of medicines: one medicine's revisions, a single revision, any two
 * compared, and the catalogue's recent changes. Revisions are written only by the write
 * service; this turns their rows into domain objects (rows never leave the feature).
 */
import { sectionLabel } from '../../domain/product-information-diff.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { CHANGE_KINDS, isChangeKind, type ChangeKind } from '../../domain/change-kinds.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import { parseProductNumber } from '../../domain/identifiers.ts';
import type { LanguageCode } from '../../domain/languages.ts';
import { diffMedicine, type Change } from '../../domain/medicine-diff.ts';
import { sourceName } from '../../domain/observations.ts';
import { emptyDates, emptyFlags, STATUSES, type Category, type Medicine, type Status, type WriteSource } from '../../domain/medicine.ts';
import { getMessages, formattersFor } from '../../i18n/i18n.ts';
import { groupChanges, type ChangeGroup } from './change-model.ts';
import { historyCatalogue } from '../../i18n/catalogues/history/index.ts';
import { fieldLabel } from './field-labels.ts';
import { changesHtml } from './change-diff.template.ts';
import type { PageContext } from '../../i18n/i18n.ts';
import type { SafeHtml } from '../../http/html.ts';
import {
  filterValues,
  findMedicine,
  latestRecordedAt,
  latestRevisionOf,
  lastIdRecordedBefore,
  listRevisionHeads,
  listRevisions,
  loadRevisions,
  recentRevisions,
  revisionsSince,
  snapshotsAsOf,
  type RevisionConditions,
  type RevisionMedicineRow,
  type RevisionRow,
  type RevisionWithMedicineRow,
} from './history.repository.ts';

export type { Change } from '../../domain/medicine-diff.ts';

export interface RevisionEntry {
  medicine: { id: number; slug: string; name: string; productNumber: string | null; category: Category };
  /**
   * The entry's place in the medicine's history (1 = first recorded). It can shift when an older
   * source is imported later and its facts are inserted into the past; `entryId` never does.
   */
  number: number;
  /** Permanent: feeds, webhooks and links that must survive a back-filled past use it. */
  entryId: string | null;
  /** Inserted into the past by a source older than what was known (or rewritten by one): history, not news. */
  backfilled: boolean;
  /** When the source says the change took effect. */
  asOf: Date;
  /** When OpenEPAR recorded it. */
  recordedAt: Date;
  source: { kind: WriteSource['kind']; reference: string };
  kinds: ChangeKind[];
  changes: Change[];
}

/** A revision as stored: `id` is its place in the order OpenEPAR recorded revisions (all medicines). */
export type RecordedRevision = RevisionEntry & { id: number };

/** Revisions whose kinds include one of `kinds`, of medicines that now match the other filters. */
export interface ChangeFilter {
  kinds?: ChangeKind[];
  status?: string[];
  area?: string[];
  holder?: string[];
  category?: string[];
  medicineIds?: number[];
}

export interface RevisionDetail {
  medicine: RevisionEntry['medicine'];
  entry: RecordedRevision;
  /** The whole record after this revision. */
  snapshot: Medicine;
  previous: number | null;
  next: number | null;
}

export interface Comparison {
  medicine: RevisionEntry['medicine'];
  from: RecordedRevision;
  to: RecordedRevision;
  /** What differs between the two snapshots, as `diffMedicine` reports it. */
  changes: Change[];
  /** True when the request named the later revision first. */
  swapped: boolean;
}

export interface HistoryOptions {
  /**
   * `changes()` leaves out revisions recorded less than this long ago. On a PostgreSQL server
   * several connections write at once: a revision's id is taken from the sequence at insert,
   * but it becomes visible only at commit, so a poller could see id 12 before id 11 commits
   * and then, asking for "after 12", never see 11. Each write is one short transaction (one
   * medicine), so waiting a few seconds before handing a revision out closes that window in
   * practice. PGlite has one connection, where commit order is id order, so it needs none.
   */
  settleSeconds: number;
}

const SOURCE_KINDS: readonly WriteSource['kind'][] = ['epar-page', 'ema-table', 'overview', 'procedural-steps', 'presentations', 'document', 'sync', 'editor', 'sample'];

export class HistoryService {
  readonly #db: Kysely<DB>;
  readonly #settleSeconds: number;

  constructor(db: Kysely<DB>, options: Partial<HistoryOptions> = {}) {
    this.#db = db;
    this.#settleSeconds = options.settleSeconds ?? 0;
  }

  /**
   * A set of changes as the history pages show them (field tables, word diffs, lists of added and
   * removed items), for a diff that is not history yet: the back office's review of a draft.
   */
  renderChanges(ctx: PageContext, changes: readonly Change[]): SafeHtml {
    return changesHtml(ctx, changes, { headingLevel: 3 });
  }

  /**
   * One medicine's revisions, newest first; `before` pages on to those numbered below it.
   * `total` is the number of revisions the medicine has (they are numbered 1 to total).
   */
  async revisions(
    medicine: string,
    opts: { limit?: number; before?: number | null } = {},
  ): Promise<{ medicine: RevisionEntry['medicine']; revisions: RecordedRevision[]; total: number }> {
    const row = await this.#medicine(medicine);
    const rows = await listRevisions(this.#db, row.id, { limit: opts.limit ?? 1000, before: opts.before ?? null });
    const m = medicineOf(row);
    return { medicine: m, revisions: rows.map((r) => toEntry(r, m)), total: row.current_revision };
  }

  /** The revision of a medicine that took effect last (number and date), for "last changed on"; null when there is no such medicine. */
  async latestRevision(slug: string): Promise<{ number: number; asOf: Date } | null> {
    const row = await latestRevisionOf(this.#db, slug);
    return row ? { number: row.number, asOf: new Date(row.as_of) } : null;
  }

  /** Every revision's number and date, newest first, for choosing two to compare. */
  async revisionDates(medicine: string): Promise<{ number: number; asOf: Date }[]> {
    const row = await this.#medicine(medicine);
    return (await listRevisionHeads(this.#db, row.id)).map((r) => ({ number: r.number, asOf: new Date(r.as_of) }));
  }

  /** Revision `n` of a medicine with the record as it stood after it. */
  async revision(medicine: string, n: number): Promise<RevisionDetail> {
    const row = await this.#medicine(medicine);
    const m = medicineOf(row);
    const [found] = await loadRevisions(this.#db, row.id, [n]);
    if (!found) throw new NotFoundError(`${m.name} has no revision ${n} (it has ${row.current_revision})`);
    return {
      medicine: m,
      entry: toEntry(found, m),
      snapshot: toSnapshot(found.snapshot),
      previous: n > 1 ? n - 1 : null,
      next: n < row.current_revision ? n + 1 : null,
    };
  }

  /** What differs between revisions `a` and `b` of a medicine, the earlier taken as "before". */
  async compare(medicine: string, a: number, b: number): Promise<Comparison> {
    const row = await this.#medicine(medicine);
    const m = medicineOf(row);
    const [from, to] = a <= b ? [a, b] : [b, a];
    const rows = await loadRevisions(this.#db, row.id, [from, to]);
    const fromRow = rows.find((r) => r.number === from);
    const toRow = rows.find((r) => r.number === to);
    const missing = [fromRow ? null : from, toRow ? null : to].filter((x) => x !== null);
    if (missing.length > 0) throw new NotFoundError(`${m.name} has no revision ${missing.join(' or ')} (it has ${row.current_revision})`);
    return {
      medicine: m,
      from: toEntry(fromRow!, m),
      to: toEntry(toRow!, m),
      changes: diffMedicine(toSnapshot(fromRow!.snapshot), toSnapshot(toRow!.snapshot)),
      swapped: a > b,
    };
  }

  /** Across the catalogue, newest first by the date each change took effect (as_of, then id). */
  async recent(filter: ChangeFilter, opts: { limit: number; cursor?: string | null }): Promise<{ entries: RecordedRevision[]; next: string | null }> {
    const after = opts.cursor ? decodeRecentCursor(opts.cursor) : null;
    const rows = await recentRevisions(this.#db, conditionsOf(filter), { limit: opts.limit + 1, after });
    const page = rows.slice(0, opts.limit);
    const last = page.at(-1);
    return {
      entries: page.map((r) => toEntry(r, medicineOfJoined(r))),
      next: rows.length > opts.limit && last ? encodeRecentCursor(new Date(last.as_of), Number(last.id)) : null,
    };
  }

  /**
   * For clients that poll: revisions in the order OpenEPAR recorded them (id ascending), from
   * `since` (a time, or a cursor this method handed out). `next` is always a cursor to poll
   * with next time, also when the page was empty; `more` says whether to ask again at once.
   */
  async changes(opts: { since: Date | string | null; limit: number }): Promise<{ entries: RecordedRevision[]; next: string; more: boolean }> {
    let afterId: number | null = null;
    let since: Date | null = null;
    if (typeof opts.since === 'string') afterId = decodeChangesCursor(opts.since);
    else since = opts.since;
    const rows = await revisionsSince(this.#db, { afterId, since, limit: opts.limit + 1, settleSeconds: this.#settleSeconds });
    const page = rows.slice(0, opts.limit);
    const last = page.at(-1);
    // Nothing yet: a time becomes the cursor "after the last id recorded before it", so the
    // next poll neither repeats nor skips; a cursor stays as it was.
    let nextId = last ? Number(last.id) : afterId;
    if (nextId === null) nextId = await this.#lastIdBefore(since);
    return { entries: page.map((r) => toEntry(r, medicineOfJoined(r))), next: encodeChangesCursor(nextId), more: rows.length > opts.limit };
  }

  /**
   * Where to poll on from when nothing was found: after the last revision recorded before
   * `since` (and before the settle window, whose revisions may still be joined by lower ids).
   * Without `since` nothing was found from the very start, so the start it stays.
   */
  async #lastIdBefore(since: Date | null): Promise<number> {
    if (since === null) return 0;
    const row = await lastIdRecordedBefore(this.#db, since, this.#settleSeconds);
    return row ?? 0;
  }

  /** The newest `recordedAt` among matching revisions (Last-Modified, sitemaps); null when none. */
  async lastChange(filter: ChangeFilter = {}): Promise<Date | null> {
    const at = await latestRecordedAt(this.#db, conditionsOf(filter));
    return at === null ? null : new Date(at);
  }

  /** Areas and companies to offer as what's-new filters. */
  async filterOptions(): Promise<{ areas: string[]; holders: string[] }> {
    return filterValues(this.#db);
  }

  /**
   * The catalogue as it stood at the end of `asOf` (a UTC calendar date), from each medicine's
   * history, never its current row: one page of records in medicine-id order (`plain`: without
   * documents, overviews and the other child parts), keyset-paged by `afterId`. A medicine
   * first recorded later is absent. `ids` narrows it to those medicines.
   */
  async catalogueAsOf(q: { asOf: string; afterId: number | null; limit: number; ids?: number[] | null; plain?: boolean }): Promise<{ id: number; record: Medicine }[]> {
    const rows = await snapshotsAsOf(this.#db, { before: endOfDay(q.asOf), order: 'id', ids: q.ids ?? null, afterId: q.afterId, afterSlug: null, status: null, category: null, limit: q.limit, plain: q.plain ?? false });
    return rows.map((r) => ({ id: r.medicine_id, record: toSnapshot(r.snapshot) }));
  }

  /** Whole records as they stood at the end of `asOf`, in the order of the medicines' current addresses, after `after`. */
  async pageAsOf(q: { asOf: string; status: Status | null; category: Category | null; after: string | null; limit: number }): Promise<{ items: Medicine[]; next: string | null }> {
    const rows = await snapshotsAsOf(this.#db, { before: endOfDay(q.asOf), order: 'slug', ids: null, afterId: null, afterSlug: q.after, status: q.status, category: q.category, limit: q.limit + 1, plain: false });
    const page = rows.slice(0, q.limit);
    return { items: page.map((r) => toSnapshot(r.snapshot)), next: rows.length > q.limit ? (page.at(-1)?.slug ?? null) : null };
  }

  /** One medicine's record as it stood at the end of `asOf`; a not-found error if it did not exist yet (or at all). */
  async recordAsOf(idOrSlug: string, asOf: string): Promise<Medicine> {
    const row = await this.#medicine(idOrSlug);
    const [found] = await snapshotsAsOf(this.#db, { before: endOfDay(asOf), order: 'id', ids: [row.id], afterId: null, afterSlug: null, status: null, category: null, limit: 1, plain: false });
    if (!found) throw new NotFoundError(`${row.name} was not yet known on ${asOf}: its history starts later`);
    return toSnapshot(found.snapshot);
  }

  async #medicine(idOrSlug: string): Promise<RevisionMedicineRow> {
    const pn = parseProductNumber(idOrSlug);
    const row = await findMedicine(this.#db, pn.ok ? { by: 'productNumber', value: pn.value } : { by: 'slug', value: idOrSlug.toLowerCase() });
    if (!row) throw new NotFoundError(`No medicine "${idOrSlug}"`);
    return row;
  }
}

function medicineOf(row: RevisionMedicineRow): RevisionEntry['medicine'] {
  return { id: row.id, slug: row.slug, name: row.name, productNumber: row.product_number, category: row.category as Category };
}

function medicineOfJoined(row: RevisionWithMedicineRow): RevisionEntry['medicine'] {
  return { id: row.medicine_id, slug: row.slug, name: row.name, productNumber: row.product_number, category: row.category as Category };
}

function toEntry(row: RevisionRow, medicine: RevisionEntry['medicine']): RecordedRevision {
  const kind = (SOURCE_KINDS as readonly string[]).includes(row.source_kind) ? (row.source_kind as WriteSource['kind']) : 'editor';
  return {
    id: Number(row.id),
    medicine,
    number: row.number,
    entryId: row.observation_id === null || row.observation_id === undefined ? null : String(row.observation_id),
    backfilled: row.backfilled ?? false,
    asOf: new Date(row.as_of),
    recordedAt: new Date(row.recorded_at),
    source: { kind, reference: sourceName(row.source_reference) },
    kinds: row.kinds.filter(isChangeKind),
    changes: row.changes as Change[],
  };
}

/** Snapshots written before a field existed lack it; the record then had none. */
/** The first instant after a calendar date (UTC): sources are dated at midnight UTC of the day they describe. */
function endOfDay(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000);
}

function toSnapshot(json: object): Medicine {
  const s = json as Partial<Medicine> & Pick<Medicine, 'name' | 'slug' | 'category' | 'status'>;
  return {
    productNumber: null, previousNames: [], inn: null, activeSubstance: null, therapeuticAreas: [], atcCodes: [],
    pharmacotherapeuticGroup: null, therapeuticIndication: null, marketingAuthorisationHolder: null, applicant: null,
    developer: null, opinionStatus: null, atcNotYetAssigned: null, malformedAtcCodes: [], species: [], patientSafety: null,
    patientSafetyNews: [], topics: [], withdrawalInformation: null,
    revision: null, latestProcedure: null, overview: {}, news: [], related: [], emaNodeId: null, emaUrl: null,
    presentations: [], procedures: [], files: [],
    ...s,
    flags: { ...emptyFlags(), ...s.flags },
    dates: { ...emptyDates(), ...s.dates },
    documents: (s.documents ?? []).map((d) => ({ ...d, referenceText: d.referenceText ?? null })),
  };
}

function conditionsOf(f: ChangeFilter): RevisionConditions {
  return {
    kinds: f.kinds ?? [],
    status: f.status ?? [],
    area: f.area ?? [],
    holder: f.holder ?? [],
    category: f.category ?? [],
    medicineIds: f.medicineIds ?? null,
  };
}

/* ---------- cursors: opaque to clients, checked on the way in ---------- */

function encodeRecentCursor(asOf: Date, id: number): string {
  return Buffer.from(`r${asOf.getTime()}.${id}`, 'utf8').toString('base64url');
}

function decodeRecentCursor(cursor: string): { asOf: Date; id: number } {
  const m = /^r(-?\d{1,15})\.(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new ValidationError('cursor is not one this service handed out');
  return { asOf: new Date(Number(m[1])), id: Number(m[2]) };
}

function encodeChangesCursor(id: number): string {
  return Buffer.from(`c${id}`, 'utf8').toString('base64url');
}

function decodeChangesCursor(cursor: string): number {
  const m = /^c(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new ValidationError('cursor is not one this API handed out (use the `next` value of an earlier response, or an ISO 8601 date-time)');
  return Number(m[1]);
}

/** True for a string `changes()` accepts as a cursor (else it must be a date-time). */
export function isChangesCursor(value: string): boolean {
  return /^c\d{1,18}$/.test(Buffer.from(value, 'base64url').toString('utf8'));
}

/* ---------- summaries ---------- */

const MAX_LANGUAGES_LISTED = 6;
/** Longer values are not repeated in a summary line. */
const SHORT_VALUE = 80;

/** One plain-text line per change kind, in the page language: "Status: Authorised → Withdrawn", "Product information updated (sv)", "New procedure II/0010/G". */
export function summariseRevision(entry: RevisionEntry, lang: LanguageCode): string[] {
  const t = getMessages(lang);
  const h = historyCatalogue.get(lang);
  const f = formattersFor(lang);
  const s = h.summary;
  const none = h.diff.none;
  const status = (v: unknown) => (typeof v === 'string' && (STATUSES as readonly string[]).includes(v) ? t.statuses[v as Status].label : none);
  const text = (v: unknown) => (v === null || v === undefined || v === '' ? none : Array.isArray(v) ? (v.length === 0 ? none : v.join(t.common.listSeparator)) : String(v));
  const languages = (langs: readonly string[]) =>
    langs.length > MAX_LANGUAGES_LISTED ? `${langs.slice(0, MAX_LANGUAGES_LISTED).join(', ')}, …` : langs.join(', ');

  if (entry.kinds.includes('created')) {
    const statusChange = entry.changes.find((c) => c.field === 'status');
    const nameChange = entry.changes.find((c) => c.field === 'name');
    return [f.interpolate(s.created, { name: text(nameChange?.to ?? entry.medicine.name), status: status(statusChange?.to) })];
  }

  const groups = groupChanges(entry.changes);
  const out: string[] = [];
  const byKind = new Map<ChangeKind, ChangeGroup[]>();
  for (const g of groups) {
    const kind = kindOfGroup(g);
    byKind.set(kind, [...(byKind.get(kind) ?? []), g]);
  }
  for (const kind of CHANGE_KINDS) {
    const list = byKind.get(kind);
    if (!list) continue;
    const lines: string[] = [];
    for (const g of list) {
      if (g.type === 'scalar') {
        if (g.field === 'status') lines.push(f.interpolate(s.status, { from: status(g.from), to: status(g.to) }));
        else if (g.field === 'name') lines.push(f.interpolate(s.name, { from: text(g.from), to: text(g.to) }));
        else if (g.field === 'holderName') lines.push(f.interpolate(s.holder, { from: text(g.from), to: text(g.to) }));
        else if (g.field === 'therapeuticIndication') lines.push(s.indication);
        else if (g.field === 'therapeuticAreas') lines.push(f.interpolate(s.areas, { from: text(g.from), to: text(g.to) }));
        else if (g.field === 'activeSubstance' || g.field === 'inn') {
          if (!list.some((x) => x.type === 'scalar' && x.field === 'activeSubstance') || g.field === 'activeSubstance') {
            lines.push(f.interpolate(s.substance, { from: text(g.from), to: text(g.to) }));
          }
        } else if (g.field === 'latestProcedure') {
          const number = (g.to as { number?: string } | null)?.number;
          if (number) lines.push(f.interpolate(s.latestProcedure, { number }));
        } else if (g.field === 'revision') lines.push(f.interpolate(s.revision, { from: text(g.from), to: text(g.to) }));
        else if (g.field !== 'emaNodeId' && g.field !== 'emaUrl' && g.field !== 'slug' && text(g.from).length <= SHORT_VALUE && text(g.to).length <= SHORT_VALUE) {
          // Codes, groups, earlier names: short enough to say both values.
          lines.push(f.interpolate(h.diff.fromTo, { field: fieldLabel(t, h, g.field), from: text(g.from), to: text(g.to) }));
        }
      } else if (g.type === 'date') {
        if (g.date !== 'pageLastUpdated' && g.to) lines.push(f.interpolate(s.date, { label: t.dates[g.date], date: f.date(g.to) }));
      } else if (g.type === 'flag') {
        if (g.to === true) lines.push(f.interpolate(s.flagAdded, { flag: t.flags[g.flag].name }));
        else if (g.from === true) lines.push(f.interpolate(s.flagRemoved, { flag: t.flags[g.flag].name }));
      }
    }
    if (kind === 'overview') {
      const langs = list.flatMap((g) => (g.type === 'overview' ? [g.lang] : []));
      lines.push(f.interpolate(s.overview, { languages: languages(langs) }));
    }
    if (kind === 'documents') {
      const docs = list.filter((g) => g.type === 'document');
      if (docs.length > 3) lines.push(f.plural(s.documentsUpdated, docs.length));
      else {
        for (const d of docs) {
          const name = documentName(t.documentTypes, d.docType, d.title);
          if (d.action === 'added') lines.push(f.interpolate(s.documentAdded, { document: name }));
          else if (d.action === 'removed') lines.push(f.interpolate(s.documentRemoved, { document: name }));
          else lines.push(f.interpolate(s.documentUpdated, { document: name, languages: languages(d.languages.map((l) => l.lang)) }).replace(/ \(\)$/, ''));
        }
      }
      const files = list.filter((g) => g.type === 'file');
      if (files.length > 0 && docs.length === 0) {
        const byType = Map.groupBy(files, (g) => (g.to ?? g.from)?.documentType ?? 'other');
        for (const [type, group] of byType) {
          lines.push(f.interpolate(s.documentUpdated, { document: documentName(t.documentTypes, type, type), languages: languages(group.map((g) => (g.to ?? g.from)?.lang ?? '')) }));
        }
      }
    }
    if (kind === 'product-information') {
      for (const g of list) {
        if (g.type !== 'product-information') continue;
        const language = f.languageName(g.lang);
        if (g.first) lines.push(f.interpolate(s.productInformationFirst, { language }));
        else if (g.sections.length > 0) {
          const labels = g.sections.map((x) => sectionLabel(x));
          const sections = labels.length > MAX_LANGUAGES_LISTED ? `${labels.slice(0, MAX_LANGUAGES_LISTED).join(', ')}, …` : labels.join(', ');
          lines.push(f.interpolate(s.productInformationChanged, { language, sections }));
        }
      }
    }
    if (kind === 'procedures') {
      const procs = list.filter((g) => g.type === 'procedure');
      const added = procs.filter((g) => g.action === 'added');
      if (added.length > 0 && added.length <= 3) for (const p of added) lines.push(f.interpolate(s.procedureAdded, { number: p.to?.number ?? p.key }));
      else if (added.length > 3) lines.push(f.plural(s.proceduresAdded, added.length));
      const other = procs.length - added.length;
      if (other > 0) lines.push(f.plural(s.proceduresChanged, other));
    }
    if (kind === 'presentations') {
      const pres = list.filter((g) => g.type === 'presentation');
      const count = (a: string) => pres.filter((g) => g.action === a).length;
      if (count('added') > 0) lines.push(f.plural(s.presentationsAdded, count('added')));
      if (count('removed') > 0) lines.push(f.plural(s.presentationsRemoved, count('removed')));
      if (count('changed') > 0) lines.push(f.plural(s.presentationsChanged, count('changed')));
    }
    if (kind === 'news') lines.push(f.plural(s.news, list.length));
    // A page's "last updated" date, or a flag the source now states as "no", says nothing worth a line.
    if (lines.length === 0 && kind !== 'dates' && kind !== 'flags') lines.push(kind === 'other' ? s.other : h.kinds[kind]);
    out.push(...lines);
  }
  return out.length > 0 ? out : [s.other];
}

/** The kind a grouped change belongs to; mirrors `changeKind` in change-kinds.ts. */
export function kindOfGroup(g: ChangeGroup): ChangeKind {
  switch (g.type) {
    case 'scalar':
      switch (g.field) {
        case 'status': return 'status';
        case 'name': case 'previousNames': case 'slug': return 'name';
        case 'holderName': case 'holderAddress': case 'applicant': return 'holder';
        case 'therapeuticIndication': case 'therapeuticAreas': case 'pharmacotherapeuticGroup': case 'atcCodes': return 'indication';
        case 'inn': case 'activeSubstance': return 'substance';
        case 'latestProcedure': return 'procedures';
        default: return 'other';
      }
    case 'flag': return 'flags';
    case 'date': return 'dates';
    case 'overview': return 'overview';
    case 'document': case 'file': return 'documents';
    case 'product-information': return 'product-information';
    case 'procedure': return 'procedures';
    case 'presentation': return 'presentations';
    case 'news': case 'related': return 'news';
    case 'other': return 'other';
  }
}

/** A document's type in the page language, or its EMA title when the type is not one we name. */
export function documentName(types: Readonly<Record<string, string>>, docType: string, title: string): string {
  return docType !== 'other' && types[docType] ? types[docType] : title;
}

export const SOURCE_KIND_LIST = SOURCE_KINDS;
