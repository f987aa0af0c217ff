/**
 * Product information (issue #15): versions of a medicine's SmPC, annex II, labelling and
 * package leaflet in each language, as structured documents (src/domain/product-information.ts).
 *
 * The service API, for importers, pages, the API and section history:
 *
 * - `saveVersion(medicine, document, options)` is the ONE way product information is written.
 *   `medicine` is a slug (current or earlier) or an EMA product number. The document carries
 *   its language, the date it describes (`versionDate`), its source (`{kind, file, url}`) and
 *   the procedure that produced it; the row records them with the time of import. A version is
 *   identified by a hash of its content (language, date, procedure, source kind, annexes; not
 *   the file's path): saving a document already stored for that medicine and language returns
 *   `outcome: 'unchanged'` and writes nothing. The same revision read from another kind of
 *   source (the PDF of a version stored from docling's Markdown, or the reverse: same date,
 *   procedure and wording) is kept as an observation of that version (`observedAs:
 *   'same-revision'`, listed by `observations(versionId)`), never as a version. A new version is stored with one row per section
 *   in the same transaction, then every portal is told the medicine changed (pages re-render).
 * - `latest(medicine, language)`: the newest version (by `versionDate`, undated versions last,
 *   then by time of import) with its whole document, or null.
 * - `versions(medicine, language)`: every version in that language, newest first, without the
 *   documents (`version(medicine, id)` reads one).
 * - `languages(medicine)`: the newest version in each language held.
 * - `sections(versionId)`: a version's sections in document order, each with its own text.
 *
 * Section-level history is not this service's business: it plugs in through
 * `PiRevisionRecorder` (see `saveVersion`), called inside the write's transaction.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { ChangeNotifier } from '../../db/change-notifier.ts';
import type { DB } from '../../db/schema.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import { parseProductNumber } from '../../domain/identifiers.ts';
import { isLanguageCode } from '../../domain/languages.ts';
import { ANNEX_KINDS, legalStatusInText, sectionText, walkSections, wordingSimilarity, type LegalStatusOfSupply, type ProductInformationDocument } from '../../domain/product-information.ts';
import { buildEpiBundle, type EpiBundleInput } from './epi-bundle.ts';
import {
  findObservedVersion,
  findPiMedicine,
  findSameRevision,
  findVersionByHash,
  insertObservation,
  insertSections,
  listObservations,
  insertVersion,
  latestFactsOf,
  versionOwner,
  findNationalProduct,
  findNationalProductBySlug,
  insertEpiList,
  insertNationalProduct,
  insertNationalVersion,
  latestNationalVersions,
  listNationalProducts,
  nationalSlugTaken,
  type NationalProductRow,
  latestVersionRows,
  listVersionRows,
  readSections,
  readVersion,
  type PiMedicineRow,
  type PiObservationRow,
  type PiVersionRow,
  type SectionRow,
} from './product-information.repository.ts';

/** What is known of one stored version, without its document. */
export interface PiVersionSummary {
  /** Permanent identifier of the version (a decimal string). */
  id: string;
  lang: string;
  versionDate: string | null;
  source: { kind: string; file: string; url: string | null };
  procedure: string | null;
  contentHash: string;
  importedAt: string;
}

export interface PiStoredVersion extends PiVersionSummary {
  document: ProductInformationDocument;
}

export interface PiMedicine {
  slug: string;
  productNumber: string | null;
  name: string;
}

export type PiSection = SectionRow;

/** What `saveVersion` hands the revision recorder: the version stored and the one before it. */
export interface PiVersionSaved {
  medicine: PiMedicine & { id: number };
  saved: PiVersionSummary;
  /** The sections just stored, in document order. */
  sections: PiSection[];
  /**
   * The version immediately older than the saved one in the same language (by versionDate, then
   * import), or null when it is the first; `savedIsLatest` says whether nothing newer exists.
   */
  previous: PiVersionSummary | null;
  savedIsLatest: boolean;
}

/**
 * The place section-level history (revisions, diffs, feeds and webhooks of product information)
 * plugs in: `recordRevision` runs inside `saveVersion`'s transaction after a NEW version and its
 * sections are stored (never for an unchanged one), so a failure rolls the version back too.
 */
export interface PiRevisionRecorder {
  recordRevision(trx: Transaction<DB>, change: PiVersionSaved): Promise<void>;
}

export interface SaveVersionResult {
  outcome: 'created' | 'unchanged';
  medicine: PiMedicine;
  version: PiVersionSummary;
  /**
   * `same-revision`: the document is the stored `version` read from another kind of source (the
   * PDF of a revision stored from Markdown, or the reverse); it was kept as an observation of it.
   */
  observedAs?: 'same-revision';
  dryRun?: boolean;
}

/** What product information says of a medicine for other views of it (the FHIR API). */
export interface PiFacts {
  /** The newest version in each language, by language code: each is an ePI Bundle (`epiBundleId`). */
  latest: { versionId: string; lang: string; bundleId: string }[];
  /**
   * The legal status for the supply: as an ePI codes it, else in the words of annex II section B,
   * English first, then the first language held that says it; null when none does.
   */
  legalStatus: (LegalStatusOfSupply & { lang: string }) | null;
}

/**
 * The id under which a version is served as an ePI Bundle (`/fhir/Bundle/{id}`, the Bundle.id
 * buildEpiBundle gives it): the version's permanent id, short enough for a FHIR id whatever the slug.
 */
export function epiBundleId(versionId: string): string {
  return `epi-${versionId}`;
}

const BUNDLE_ID = /^epi-([1-9][0-9]{0,17})$/;

/** A product authorised by a national authority, as its ePI names it. */
export interface NationalProduct {
  slug: string;
  /** ISO 3166 code of the authorising country, where the document tells it (null otherwise). */
  country: string | null;
  authority: string | null;
  authorisationNumbers: string[];
  name: string;
  holder: string | null;
}

/** A stored version of a national product's product information, with its document. */
export interface NationalVersion {
  id: string;
  lang: string;
  versionDate: string | null;
  source: { kind: string; file: string };
  importedAt: string;
  document: ProductInformationDocument;
}

/** What an ePI master list carries: EMA's ePI id, its title and procedure, the documents it names. */
export interface EpiListInput {
  epiId: string | null;
  title: string | null;
  procedure: string | null;
  entries: { reference: string | null; display: string | null }[];
  sourceFile: string;
}

export interface SaveVersionOptions {
  /** Does all the work, constraint checks included, then rolls back. */
  dryRun?: boolean;
}

class DryRunRollback extends Error {
  readonly result: SaveVersionResult;
  constructor(result: SaveVersionResult) {
    super('dry run');
    this.result = result;
  }
}

export class ProductInformationService {
  readonly #db: Kysely<DB>;
  readonly #changes: ChangeNotifier;
  #recorder: PiRevisionRecorder | null;

  constructor(db: Kysely<DB>, changes: ChangeNotifier, options: { recorder?: PiRevisionRecorder } = {}) {
    this.#db = db;
    this.#changes = changes;
    this.#recorder = options.recorder ?? null;
  }

  /** Section history registers here once built (createServices wires it). */
  setRevisionRecorder(recorder: PiRevisionRecorder | null): void {
    this.#recorder = recorder;
  }

  async saveVersion(medicine: string, document: ProductInformationDocument, options: SaveVersionOptions = {}): Promise<SaveVersionResult> {
    checkDocument(document);
    const contentHash = hashDocument(document);
    const result = await this.#db
      .transaction()
      .execute(async (trx) => {
        const row = await this.#findMedicine(trx, medicine);
        const identity = { slug: row.slug, productNumber: row.productNumber, name: row.name };
        const known = (await findVersionByHash(trx, row.id, document.language, contentHash)) ?? (await findObservedVersion(trx, row.id, document.language, contentHash));
        if (known) return { outcome: 'unchanged' as const, medicine: identity, version: toSummary(known) };
        const same = await findSameRevisionFromOtherSource(trx, row.id, document);
        if (same) {
          const observation = {
            versionId: same.id,
            sourceKind: document.source.kind,
            sourceFile: document.source.file,
            sourceUrl: document.source.url ?? null,
            document,
            contentHash,
          };
          await insertObservation(trx, observation);
          const outcome: SaveVersionResult = { outcome: 'unchanged', medicine: identity, version: toSummary(same), observedAs: 'same-revision' };
          if (options.dryRun) throw new DryRunRollback(outcome);
          return outcome;
        }
        const stored = await insertVersion(trx, {
          medicineId: row.id,
          lang: document.language,
          versionDate: document.versionDate,
          sourceKind: document.source.kind,
          sourceFile: document.source.file,
          sourceUrl: document.source.url ?? null,
          procedure: document.procedure ?? null,
          document,
          contentHash,
        });
        const sections = sectionRows(document);
        await insertSections(trx, stored.id, sections);
        const saved = toSummary(stored);
        if (this.#recorder) {
          const all = await listVersionRows(trx, row.id, document.language);
          const at = all.findIndex((v) => v.id === stored.id);
          const before = all[at + 1];
          await this.#recorder.recordRevision(trx, {
            medicine: { ...identity, id: row.id },
            saved,
            sections,
            previous: before ? toSummary(before) : null,
            savedIsLatest: at === 0,
          });
        }
        const outcome: SaveVersionResult = { outcome: 'created', medicine: identity, version: saved };
        if (options.dryRun) throw new DryRunRollback(outcome);
        // The medicine's own record did not change: its revision number stays as it is.
        await this.#changes.publish(trx, { slug: row.slug, productNumber: row.productNumber, revision: row.currentRevision });
        return { ...outcome, revision: row.currentRevision };
      })
      .catch((e: unknown) => {
        if (e instanceof DryRunRollback) return { ...e.result, dryRun: true };
        throw e;
      });
    if ('revision' in result) {
      const { revision, ...saved } = result;
      this.#changes.emitChange({ slug: saved.medicine.slug, productNumber: saved.medicine.productNumber, revision });
      return saved;
    }
    return result;
  }

  /** The newest version in a language, with its document; null when none (or no such medicine). */
  async latest(medicine: string, language: string): Promise<PiStoredVersion | null> {
    const row = await this.#findMedicineOrNull(this.#db, medicine);
    if (!row) return null;
    const [newest] = await listVersionRows(this.#db, row.id, language);
    return newest ? this.#withDocument(newest.id) : null;
  }

  /** Every version in a language, newest first, without documents; [] when none. */
  async versions(medicine: string, language: string): Promise<PiVersionSummary[]> {
    const row = await this.#findMedicineOrNull(this.#db, medicine);
    return row ? (await listVersionRows(this.#db, row.id, language)).map(toSummary) : [];
  }

  /** One version of the medicine's product information by its id, with its document. */
  async version(medicine: string, versionId: string): Promise<PiStoredVersion | null> {
    if (!/^[1-9][0-9]{0,17}$/.test(versionId)) return null;
    const row = await this.#findMedicineOrNull(this.#db, medicine);
    if (!row) return null;
    const found = await readVersion(this.#db, versionId);
    return found && found.row.medicineId === row.id ? { ...toSummary(found.row), document: found.document } : null;
  }

  /**
   * Stores the product information of a nationally authorised product (no EPAR medicine to
   * belong to): the product is found by any of its authorisation numbers in its country, else
   * created; the version is identified by its content like a medicine's.
   */
  async saveNationalVersion(
    product: Omit<NationalProduct, 'slug'>,
    document: ProductInformationDocument,
    options: SaveVersionOptions = {},
  ): Promise<{ outcome: 'created' | 'unchanged'; product: NationalProduct; versionId: string | null; dryRun?: boolean }> {
    checkDocument(document);
    if (product.authorisationNumbers.length === 0) throw new ValidationError('a national product needs at least one authorisation number');
    const contentHash = hashDocument(document);
    let result: { outcome: 'created' | 'unchanged'; product: NationalProduct; versionId: string | null } | null = null;
    await this.#db
      .transaction()
      .execute(async (trx) => {
        let row = await findNationalProduct(trx, product.country, product.authorisationNumbers);
        if (!row) {
          const base = nationalSlug(product.country, product.authorisationNumbers[0]!);
          let slug = base;
          for (let n = 2; await nationalSlugTaken(trx, slug); n++) slug = `${base}-${n}`;
          row = await insertNationalProduct(trx, { ...product, slug });
        }
        const versionId = await insertNationalVersion(trx, {
          productId: row.id,
          lang: document.language,
          versionDate: document.versionDate,
          sourceKind: document.source.kind,
          sourceFile: document.source.file,
          document,
          contentHash,
        });
        result = { outcome: versionId ? 'created' : 'unchanged', product: toNationalProduct(row), versionId };
        if (options.dryRun) throw new DryRunRollback({} as SaveVersionResult);
        // No medicine changed, but pages did (the national product's, the index): every portal's caches empty.
        if (versionId) await this.#changes.publish(trx, { slug: `national-product:${row.slug}`, productNumber: null, revision: 0 });
      })
      .catch((e: unknown) => {
        if (!(e instanceof DryRunRollback)) throw e;
      });
    if (!result) throw new Error('unreachable: the transaction gave no result');
    const saved = result as { outcome: 'created' | 'unchanged'; product: NationalProduct };
    if (!options.dryRun && saved.outcome === 'created') this.#changes.emitChange({ slug: `national-product:${saved.product.slug}`, productNumber: null, revision: 0 });
    if (options.dryRun) return { ...(result as object as { outcome: 'created' | 'unchanged'; product: NationalProduct; versionId: string | null }), dryRun: true };
    return result;
  }

  /** Every national product with the languages its product information is held in, by name. */
  async nationalProducts(): Promise<(NationalProduct & { languages: string[] })[]> {
    return (await listNationalProducts(this.#db)).map((r) => ({ ...toNationalProduct(r), languages: r.languages }));
  }

  /** A national product and the newest version in each language of its product information; null when none. */
  async nationalProduct(slug: string): Promise<{ product: NationalProduct; versions: NationalVersion[] } | null> {
    if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(slug)) return null;
    const row = await findNationalProductBySlug(this.#db, slug);
    if (!row) return null;
    const versions = (await latestNationalVersions(this.#db, row.id)).map((v) => ({
      id: v.id,
      lang: v.lang,
      versionDate: v.versionDate,
      source: { kind: v.sourceKind, file: v.sourceFile },
      importedAt: v.importedAt instanceof Date ? v.importedAt.toISOString() : String(v.importedAt),
      document: v.document,
    }));
    return { product: toNationalProduct(row), versions };
  }

  /**
   * Keeps what an ePI master list carries, tied to the catalogue's medicine (slug or product
   * number) its procedure names, when it names one; true when it was not stored before.
   */
  async saveEpiList(list: EpiListInput, medicine: string | null, options: SaveVersionOptions = {}): Promise<boolean> {
    const contentHash = createHash('sha256').update(canonicalJson({ epiId: list.epiId, title: list.title, procedure: list.procedure, entries: list.entries })).digest('hex');
    let stored = false;
    await this.#db
      .transaction()
      .execute(async (trx) => {
        const row = medicine ? await this.#findMedicineOrNull(trx, medicine) : undefined;
        stored = await insertEpiList(trx, { medicineId: row?.id ?? null, epiId: list.epiId, title: list.title, procedure: list.procedure, entries: list.entries, sourceFile: list.sourceFile, contentHash });
        if (options.dryRun) throw new DryRunRollback({} as SaveVersionResult);
      })
      .catch((e: unknown) => {
        if (!(e instanceof DryRunRollback)) throw e;
      });
    return stored;
  }

  /** Per medicine (by slug), its newest versions and the legal status they state; absent when it has none. */
  async facts(slugs: readonly string[]): Promise<Map<string, PiFacts>> {
    const out = new Map<string, PiFacts>();
    for (const r of await latestFactsOf(this.#db, slugs)) {
      const facts = out.get(r.slug) ?? { latest: [], legalStatus: null };
      facts.latest.push({ versionId: r.versionId, lang: r.lang, bundleId: epiBundleId(r.versionId) });
      const coded = codedLegalStatus(r.coded);
      const stated = coded ?? (r.annexB ? legalStatusInText(r.annexB) : null);
      // A code beats words; English words beat another language's.
      const rank = (s: PiFacts['legalStatus']) => (s === null ? 0 : s.coding ? 3 : s.lang === 'en' ? 2 : 1);
      if (stated && rank({ ...stated, lang: r.lang }) > rank(facts.legalStatus)) facts.legalStatus = { ...stated, lang: r.lang };
      out.set(r.slug, facts);
    }
    return out;
  }

  /** The slug of the medicine whose version an ePI Bundle id (`epi-<version>`) names; null when none. */
  async bundleOwner(bundleId: string): Promise<string | null> {
    const m = BUNDLE_ID.exec(bundleId);
    return m ? ((await versionOwner(this.#db, m[1]!)) ?? null) : null;
  }

  /**
   * A version as an ePI Bundle, by the id `epiBundleId` gave it, told which medicine it is about
   * (name and holder come from the medicine's record); null when the id names no version of it.
   */
  async epiBundle(bundleId: string, medicine: EpiBundleInput['medicine'], baseUrl: string): Promise<Record<string, unknown> | null> {
    const m = BUNDLE_ID.exec(bundleId);
    const found = m && (await this.version(medicine.slug, m[1]!));
    return found ? buildEpiBundle({ medicine, version: found, document: found.document, baseUrl }) : null;
  }

  /** The newest version in each language held, by language code. */
  async languages(medicine: string): Promise<PiVersionSummary[]> {
    const row = await this.#findMedicineOrNull(this.#db, medicine);
    return row ? (await latestVersionRows(this.#db, row.id)).map(toSummary) : [];
  }

  /** A version's sections in document order, each with its own text (not its subsections'). */
  async sections(versionId: string): Promise<PiSection[]> {
    if (!/^[1-9][0-9]{0,17}$/.test(versionId)) return [];
    return readSections(this.#db, versionId);
  }

  /** The other sources a version was read from (the PDF of a version stored from Markdown), oldest first. */
  async observations(versionId: string): Promise<{ source: { kind: string; file: string; url: string | null }; contentHash: string; observedAt: string }[]> {
    if (!/^[1-9][0-9]{0,17}$/.test(versionId)) return [];
    return (await listObservations(this.#db, versionId)).map((o: PiObservationRow) => ({
      source: { kind: o.sourceKind, file: o.sourceFile, url: o.sourceUrl },
      contentHash: o.contentHash,
      observedAt: o.observedAt instanceof Date ? o.observedAt.toISOString() : String(o.observedAt),
    }));
  }

  async #withDocument(versionId: string): Promise<PiStoredVersion | null> {
    const found = await readVersion(this.#db, versionId);
    return found ? { ...toSummary(found.row), document: found.document } : null;
  }

  async #findMedicine(db: Kysely<DB> | Transaction<DB>, medicine: string): Promise<PiMedicineRow> {
    const row = await this.#findMedicineOrNull(db, medicine);
    if (!row) throw new NotFoundError(`No medicine "${medicine}" in the catalogue: import its EPAR page or EMA's table first`);
    return row;
  }

  #findMedicineOrNull(db: Kysely<DB> | Transaction<DB>, medicine: string): Promise<PiMedicineRow | undefined> {
    const pn = parseProductNumber(medicine);
    return findPiMedicine(db, pn.ok ? { productNumber: pn.value } : { slug: medicine.toLowerCase() });
  }
}

function toNationalProduct(r: NationalProductRow): NationalProduct {
  return { slug: r.slug, country: r.country, authority: r.authority, authorisationNumbers: r.authorisationNumbers, name: r.name, holder: r.holder };
}

/** `es-55-845` for the Spanish registration number 55.845: the country, then the number's letters and digits. */
function nationalSlug(country: string | null, number: string): string {
  const n = number.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'product';
  return `${(country ?? 'national').toLowerCase()}-${n}`;
}

function codedLegalStatus(value: unknown): LegalStatusOfSupply | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as LegalStatusOfSupply;
  const coding = (Array.isArray(v.coding) ? v.coding : []).filter((c) => typeof c?.system === 'string' && typeof c.code === 'string');
  const text = typeof v.text === 'string' && v.text.trim() !== '' ? v.text : undefined;
  if (coding.length === 0 && !text) return null;
  return { ...(coding.length > 0 ? { coding } : {}), ...(text ? { text } : {}) };
}

/** Two readings of one revision share at least this much of their wording (see wordingSimilarity). */
const SAME_REVISION_WORDING = 0.9;

/**
 * EMA publishes each revision as a PDF, and docling turns that PDF into Markdown: the two are
 * one document, and storing both as versions would show every difference between two parsers
 * as a changed section. A PDF or Markdown document is the same revision as a stored version read
 * from the other kind when both give the same date and procedure and their wording agrees; the
 * version first stored stays the version, whichever kind it came from.
 */
async function findSameRevisionFromOtherSource(trx: Transaction<DB>, medicineId: number, document: ProductInformationDocument): Promise<PiVersionRow | null> {
  const kind = document.source.kind;
  if ((kind !== 'pdf' && kind !== 'markdown') || document.versionDate === null) return null;
  const candidates = await findSameRevision(trx, {
    medicineId,
    lang: document.language,
    versionDate: document.versionDate,
    procedure: document.procedure ?? null,
    kinds: [kind === 'pdf' ? 'markdown' : 'pdf'],
  });
  const same = candidates.find((c) => wordingSimilarity(c.document, document) >= SAME_REVISION_WORDING);
  return same?.row ?? null;
}

function checkDocument(doc: ProductInformationDocument): void {
  if (!isLanguageCode(doc.language)) throw new ValidationError(`"${doc.language}" is not one of EMA's language codes`);
  if (doc.versionDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(doc.versionDate)) throw new ValidationError(`"${doc.versionDate}" is not a date (YYYY-MM-DD)`);
  for (const annex of doc.annexes) {
    if (!(ANNEX_KINDS as readonly string[]).includes(annex.kind)) throw new ValidationError(`"${annex.kind}" is not a kind of annex`);
  }
}

function sectionRows(doc: ProductInformationDocument): SectionRow[] {
  return [...walkSections(doc)].map(({ annex, section, depth }, position) => ({
    position,
    annex,
    key: section.key,
    number: section.number,
    heading: section.heading,
    text: sectionText(section),
    depth,
  }));
}

/**
 * The identity of a version: what the document says, not where it was read from, so the same
 * document from a moved or renamed file is the same version. Keys are sorted so the hash does not
 * depend on the order a parser happened to build its objects in.
 */
export function hashDocument(doc: ProductInformationDocument): string {
  const content = { language: doc.language, versionDate: doc.versionDate, procedure: doc.procedure ?? null, kind: doc.source.kind, annexes: doc.annexes };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function toSummary(r: PiVersionRow): PiVersionSummary {
  return {
    id: r.id,
    lang: r.lang,
    versionDate: r.versionDate,
    source: { kind: r.sourceKind, file: r.sourceFile, url: r.sourceUrl },
    procedure: r.procedure,
    contentHash: r.contentHash,
    importedAt: r.importedAt instanceof Date ? r.importedAt.toISOString() : String(r.importedAt),
  };
}
