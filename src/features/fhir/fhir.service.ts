/**
 * The HL7 FHIR R5 view of the catalogue: reads, searches, a medicine's history and the
 * CapabilityStatement. Records come from the medicines service and revisions from the history
 * service; this feature's own SQL only narrows down which medicines a search has to read.
 *
 * Every medicine-derived resource type pages the same way: medicines in id order, each one's
 * resources in order, and a cursor naming the medicine and the place within it. No offset is
 * ever scanned, so a client can page through the whole catalogue, however large.
 */
import type { Kysely } from 'kysely';
import type { Bundle, BundleEntry, CapabilityStatement, CapabilityStatementRestResource, FhirResource, MedicinalProductDefinition, OperationOutcome } from 'fhir/r5.d.ts';
import type { DB } from '../../db/schema.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import { must, parseProductNumber } from '../../domain/identifiers.ts';
import { STATUSES, type Medicine } from '../../domain/medicine.ts';
import type { HistoryService } from '../history/history.service.ts';
import type { MedicinesService } from '../medicines/medicines.service.ts';
import type { ProductInformationService } from '../product-information/product-information.service.ts';
import { euNumberOf, medicineRefOf, medicineResourceId, type MedicineRef } from './fhir-identity.ts';
import {
  clinicalUseDefinitions,
  documentReferences,
  medicinalProductDefinition,
  organization,
  organizationId,
  packagedProductDefinitions,
  regulatedAuthorization,
  type ProductInformationFacts,
  type Version,
} from './fhir-resources.ts';
import {
  dateMatches,
  dateRange,
  MAX_COUNT,
  paramsOf,
  parseDate,
  parseReference,
  parseToken,
  RESOURCE_TYPES,
  stringMatches,
  type Criterion,
  type ParsedSearch,
  type ResourceType,
} from './fhir-search.ts';
import { countMedicines, escapeLike, findMedicineHead, findPresentationOwner, listHolders, listMedicineHeads, type HolderRow, type MedicineConditions, type MedicineHead } from './fhir.repository.ts';

/** What the FHIR API asks of product information (the product-information service, handed in by createServices). */
export type FhirProductInformation = Pick<ProductInformationService, 'facts' | 'bundleOwner' | 'epiBundle'>;

export const FHIR_VERSION = '5.0.0';
export const FHIR_CONTENT_TYPE = 'application/fhir+json; charset=utf-8';

/** A resource with what dates it, for ETag and Last-Modified. */
export interface VersionedResource {
  resource: FhirResource;
  version: Version;
}

export interface FhirServiceOptions {
  /** The public origin: Bundle links and fullUrls are absolute. */
  baseUrl: string;
}

/** At most how many whole records are read at a time while filling a page. */
const MEDICINE_BATCH = MAX_COUNT + 1;

type MedicineType = Exclude<ResourceType, 'Organization'>;

export class FhirService {
  readonly #db: Kysely<DB>;
  readonly #medicines: MedicinesService;
  readonly #history: HistoryService;
  readonly #base: string;

  readonly #productInformation: FhirProductInformation | null;

  constructor(deps: { db: Kysely<DB>; medicines: MedicinesService; history: HistoryService; productInformation?: FhirProductInformation }, options: FhirServiceOptions) {
    this.#db = deps.db;
    this.#productInformation = deps.productInformation ?? null;
    this.#medicines = deps.medicines;
    this.#history = deps.history;
    this.#base = `${options.baseUrl.replace(/\/$/, '')}/fhir`;
  }

  get base(): string {
    return this.#base;
  }

  /* ---------- read ---------- */

  async read(type: ResourceType, id: string): Promise<VersionedResource> {
    const notFound = () => new NotFoundError(`No ${type}/${id}`);
    if (type === 'Organization') {
      const holder = (await listHolders(this.#db)).find((h) => organizationId(h.name) === id);
      if (!holder) throw notFound();
      return this.#organization(holder);
    }
    const owner = await this.#ownerOf(type, id);
    const head = owner && (await findMedicineHead(this.#db, owner));
    const medicine = head && (await this.#medicines.get(head.slug));
    if (!head || !medicine) throw notFound();
    const version = versionOf(head);
    const pi = (await this.#piFacts(type, [medicine.slug])).get(medicine.slug) ?? null;
    const resource = resourcesOf(type, medicine, version, this.#base, pi).find((r) => r.id === id);
    if (!resource) throw notFound();
    return { resource, version };
  }

  /**
   * A version of a medicine's product information as an ePI: a Bundle of type document
   * (`/fhir/Bundle/epi-<version>`), dated by the medicine's revision like its other resources.
   */
  async readBundle(id: string): Promise<VersionedResource> {
    const notFound = () => new NotFoundError(`No Bundle/${id}`);
    const slug = this.#productInformation && (await this.#productInformation.bundleOwner(id));
    const head = slug && (await findMedicineHead(this.#db, { by: 'slug', value: slug }));
    const medicine = head && (await this.#medicines.get(head.slug));
    if (!head || !medicine || !this.#productInformation) throw notFound();
    const bundle = await this.#productInformation.epiBundle(
      id,
      { slug: medicine.slug, name: medicine.name, productNumber: medicine.productNumber, holder: medicine.marketingAuthorisationHolder?.name ?? null },
      baseOrigin(this.#base),
    );
    if (!bundle) throw notFound();
    return { resource: bundle as unknown as FhirResource, version: versionOf(head) };
  }

  /** What product information adds to these medicines' resources, for the types it adds to. */
  async #piFacts(type: ResourceType, slugs: string[]): Promise<Map<string, ProductInformationFacts>> {
    if (!this.#productInformation || (type !== 'MedicinalProductDefinition' && type !== 'DocumentReference')) return new Map();
    return this.#productInformation.facts(slugs);
  }

  /** The medicine a resource id belongs to, from the id alone (or, for a pack, its EU number). */
  async #ownerOf(type: MedicineType, id: string): Promise<MedicineRef | null> {
    if (type === 'PackagedProductDefinition') {
      const euNumber = euNumberOf(id);
      const slug = euNumber && (await findPresentationOwner(this.#db, euNumber));
      return slug ? { by: 'slug', value: slug } : null;
    }
    if (type === 'MedicinalProductDefinition' || type === 'RegulatedAuthorization') return medicineRefOf(id);
    const m = /^(.+)\.(?:i\d+|d[0-9a-f]{10}|f[0-9a-f]{10}|e[1-9]\d*)$/.exec(id);
    return m ? medicineRefOf(m[1]!) : null;
  }

  /** Version `vid` of a medicine's MedicinalProductDefinition, from its history. */
  async vread(id: string, vid: string): Promise<VersionedResource> {
    const owner = medicineRefOf(id);
    const n = /^[1-9]\d{0,8}$/.test(vid) ? Number(vid) : null;
    if (!owner || n === null) throw new NotFoundError(`No MedicinalProductDefinition/${id}/_history/${vid}`);
    const detail = await this.#history.revision(owner.value, n).catch((error: unknown) => {
      if (error instanceof NotFoundError) throw new NotFoundError(`No MedicinalProductDefinition/${id}/_history/${vid}`);
      throw error;
    });
    const version = { number: n, recordedAt: detail.entry.recordedAt };
    const resource = snapshotResource(detail.snapshot, version, this.#base);
    if (resource.id !== id) throw new NotFoundError(`No MedicinalProductDefinition/${id}/_history/${vid}`);
    return { resource, version };
  }

  /** A medicine's versions, newest first, as a history Bundle; `page` is a cursor from an earlier one. */
  async history(id: string, count: number, page: string | null, selfUrl: string): Promise<Bundle> {
    const owner = medicineRefOf(id);
    const head = owner && (await findMedicineHead(this.#db, owner));
    if (!owner || !head || medicineResourceId({ productNumber: head.product_number, slug: head.slug }) !== id) {
      throw new NotFoundError(`No MedicinalProductDefinition/${id}`);
    }
    const before = page === null ? null : decodeCursor(page, 'h');
    const { revisions, total } = await this.#history.revisions(head.slug, { limit: Math.max(count, 1), before: before?.[0] ?? null });
    const shown = count === 0 ? [] : revisions;
    const entries: BundleEntry[] = [];
    for (const r of shown) {
      const detail = await this.#history.revision(head.slug, r.number);
      const version = { number: r.number, recordedAt: r.recordedAt };
      const resource = snapshotResource(detail.snapshot, version, this.#base);
      entries.push({
        fullUrl: `${this.#base}/MedicinalProductDefinition/${id}`,
        resource,
        request: { method: r.number === 1 ? 'POST' : 'PUT', url: r.number === 1 ? 'MedicinalProductDefinition' : `MedicinalProductDefinition/${id}` },
        response: { status: r.number === 1 ? '201 Created' : '200 OK', etag: `W/"${r.number}"`, lastModified: r.recordedAt.toISOString() },
      });
    }
    const last = shown.at(-1);
    const links = [{ relation: 'self', url: selfUrl }];
    if (last && last.number > 1) links.push({ relation: 'next', url: withParams(selfUrl, { _count: String(count), _page: encodeCursor('h', [last.number]) }) });
    return { resourceType: 'Bundle', type: 'history', total, link: links, entry: entries };
  }

  /* ---------- search ---------- */

  /**
   * `query` is the search as the client sent it, parameters that were ignored left out, so the
   * self link says what was searched and the next link repeats it.
   */
  async search(type: ResourceType, search: ParsedSearch, query: URLSearchParams): Promise<Bundle> {
    const selfUrl = `${this.#base}/${type}${query.size > 0 ? `?${query.toString()}` : ''}`;
    const found = type === 'Organization' ? await this.#searchHolders(search) : await this.#searchMedicines(type, search);
    const links = [{ relation: 'self', url: selfUrl }];
    if (found.next !== null) {
      const next = new URLSearchParams(query);
      next.set('_count', String(search.count));
      next.set('_page', found.next);
      links.push({ relation: 'next', url: `${this.#base}/${type}?${next.toString()}` });
    }
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      ...(found.total === null ? {} : { total: found.total }),
      link: links,
      entry: found.resources.map((resource) => ({ fullUrl: `${this.#base}/${type}/${resource.id}`, resource, search: { mode: 'match' } })),
    };
    if (bundle.entry!.length === 0) delete bundle.entry;
    if (search.ignored.length > 0) bundle.issues = outcome('warning', 'not-supported', search.ignored);
    return bundle;
  }

  async #searchMedicines(type: MedicineType, search: ParsedSearch): Promise<{ resources: FhirResource[]; next: string | null; total: number | null }> {
    const pushed = await this.#conditionsOf(type, search.criteria);
    const start = search.page === null ? { medicine: 0, index: 0 } : (() => {
      const [medicine, index] = decodeCursor(search.page, 'm');
      return { medicine: medicine!, index: index ?? 0 };
    })();
    const total = pushed.exact && (type === 'MedicinalProductDefinition' || type === 'RegulatedAuthorization') ? await countMedicines(this.#db, pushed.conditions) : null;
    const resources: FhirResource[] = [];
    let next: string | null = null;
    let fromId = start.medicine;
    if (search.count > 0 && !pushed.none) {
      // One more than a page: with one resource a medicine, that tells whether a next page exists.
      const batch = Math.min(search.count + 1, MEDICINE_BATCH);
      fill: for (;;) {
        const heads = await listMedicineHeads(this.#db, pushed.conditions, { fromId, limit: batch });
        const records = new Map((await this.#medicines.getMany(heads.map((h) => h.slug))).map((m) => [m.slug, m]));
        const pi = await this.#piFacts(type, [...records.keys()]);
        for (const head of heads) {
          const medicine = records.get(head.slug);
          if (!medicine) continue;
          const all = resourcesOf(type, medicine, versionOf(head), this.#base, pi.get(head.slug) ?? null).filter((r) => search.criteria.every((c) => matches(type, r, c)));
          for (let i = head.id === start.medicine ? start.index : 0; i < all.length; i++) {
            if (resources.length === search.count) {
              next = encodeCursor('m', [head.id, i]);
              break fill;
            }
            resources.push(all[i]!);
          }
        }
        if (heads.length < batch) break;
        fromId = heads.at(-1)!.id + 1;
      }
    }
    return { resources, next, total: pushed.none ? 0 : total };
  }

  async #searchHolders(search: ParsedSearch): Promise<{ resources: FhirResource[]; next: string | null; total: number }> {
    const all = (await listHolders(this.#db)).map((h) => this.#organization(h).resource).filter((r) => search.criteria.every((c) => matches('Organization', r, c)));
    const from = search.page === null ? 0 : decodeCursor(search.page, 'o')[0]!;
    const page = all.slice(from, from + search.count);
    // Holders sort by name and are few; the cursor is a place in that order.
    const next = from + search.count < all.length && search.count > 0 ? encodeCursor('o', [from + search.count]) : null;
    return { resources: page, next, total: all.length };
  }

  #organization(h: HolderRow): VersionedResource {
    const version = { number: h.version, recordedAt: h.recorded_at };
    return { resource: organization(h, version), version };
  }

  /**
   * What the database can rule out before any record is read. `exact` when the database alone
   * decides the whole search (so its count is the total); `none` when nothing can match.
   */
  async #conditionsOf(type: MedicineType, criteria: Criterion[]): Promise<{ conditions: MedicineConditions[]; exact: boolean; none: boolean }> {
    const conditions: MedicineConditions[] = [];
    let exact = true;
    let none = false;
    const byMedicine = (refs: (MedicineRef | null)[]) => {
      const known = refs.filter((r): r is MedicineRef => r !== null);
      conditions.push({ productNumbers: known.filter((r) => r.by === 'productNumber').map((r) => r.value), slugs: known.filter((r) => r.by === 'slug').map((r) => r.value) });
    };
    for (const c of criteria) {
      const name = c.def.name;
      if (name === '_lastUpdated') {
        conditions.push({ recorded: c.values.length === 1 ? [dateRange(parseDate(c.values[0]!, name))] : undefined });
        // Alternatives of dates are rare; they are checked on the resources alone.
        if (c.values.length > 1) exact = false;
        for (const v of c.values) parseDate(v, name);
      } else if (name === '_id') {
        if (type === 'PackagedProductDefinition') conditions.push({ euNumbers: c.values.map(euNumberOf).filter((n): n is string => n !== null) });
        else byMedicine(await Promise.all(c.values.map((v) => this.#ownerOf(type, v))));
      } else if (c.def.type === 'reference' && c.def.target === 'MedicinalProductDefinition') {
        byMedicine(c.values.map((v) => {
          const ref = parseReference(v, 'MedicinalProductDefinition');
          return ref?.type === 'MedicinalProductDefinition' ? medicineRefOf(ref.id) : null;
        }));
      } else if (name === 'holder') {
        const holders = await listHolders(this.#db);
        const ids = new Set(c.values.map((v) => parseReference(v, 'Organization')).filter((r) => r?.type === 'Organization').map((r) => r!.id));
        conditions.push({ holderNames: holders.filter((h) => ids.has(organizationId(h.name))).map((h) => h.name) });
      } else if (name === 'identifier' && type !== 'PackagedProductDefinition') {
        const tokens = c.values.map(parseToken);
        const productNumbers: string[] = [];
        const euNumbers: string[] = [];
        let any = false;
        for (const t of tokens) {
          if (t.code === null) any = true;
          else if (parseProductNumber(t.code).ok) productNumbers.push(must(parseProductNumber(t.code)));
          else if (type === 'RegulatedAuthorization' && /^EU\/[12]\//i.test(t.code)) euNumbers.push(t.code.toUpperCase());
        }
        // Alternatives of both kinds, or a whole system, are left to the check on the resources.
        if (any || (productNumbers.length > 0 && euNumbers.length > 0)) exact = false;
        else if (euNumbers.length > 0) {
          conditions.push({ euNumbers });
          exact = false;
        } else conditions.push({ productNumbers });
      } else if (name === 'identifier') {
        conditions.push({ euNumbers: c.values.map((v) => parseToken(v).code?.toUpperCase() ?? '').filter((v) => v !== '') });
        exact = false;
      } else if (name === 'product-classification') {
        conditions.push({ atcCodes: c.values.map((v) => parseToken(v).code?.toUpperCase() ?? '').filter((v) => v !== '') });
        if (c.values.some((v) => parseToken(v).code === null)) exact = false;
      } else if (name === 'status' && type === 'RegulatedAuthorization') {
        conditions.push({ statuses: c.values.map((v) => parseToken(v).code ?? '').filter((v) => (STATUSES as readonly string[]).includes(v)) });
      } else if (name === 'name' && type === 'PackagedProductDefinition') {
        conditions.push({ presentationNames: c.values.map((v) => parseToken(v).code ?? '').filter((v) => v !== '') });
        exact = false;
      } else if (name === 'name') {
        conditions.push({ namePatterns: c.values.map((v) => likePattern(c.modifier, v)) });
        exact = false;
      } else {
        exact = false;
      }
    }
    // A list of alternatives that came out empty (no valid value) matches nothing.
    none = conditions.some((c) => Object.values(c).some((v) => Array.isArray(v) && v.length === 0) && !Object.values(c).some((v) => Array.isArray(v) && v.length > 0));
    return { conditions, exact, none };
  }

  /* ---------- capability ---------- */

  capabilityStatement(): CapabilityStatement {
    return {
      resourceType: 'CapabilityStatement',
      url: `${this.#base}/metadata`,
      name: 'OpenEPAR',
      title: 'OpenEPAR FHIR API',
      status: 'active',
      // When what this statement lists last changed.
      date: CAPABILITY_DATE,
      publisher: 'OpenEPAR',
      description: "European public assessment reports (EPARs) as HL7 FHIR R5 resources, read-only. Content from the European Medicines Agency, reproduced with acknowledgement of the source.",
      kind: 'instance',
      software: { name: 'OpenEPAR' },
      implementation: { description: 'OpenEPAR', url: this.#base },
      fhirVersion: FHIR_VERSION,
      format: ['json'],
      rest: [
        {
          mode: 'server',
          documentation: 'Unknown search parameters are ignored and reported in Bundle.issues; send Prefer: handling=strict to have them refused. _count is at most 100; follow the next link to page through every match.',
          resource: [...RESOURCE_TYPES.map((type): CapabilityStatementRestResource => ({
            type,
            interaction: [
              { code: 'read' as const },
              ...(type === 'MedicinalProductDefinition' ? [{ code: 'vread' as const }, { code: 'history-instance' as const }] : []),
              { code: 'search-type' as const },
            ],
            // Every resource carries its medicine's revision as meta.versionId.
            versioning: 'versioned' as const,
            readHistory: type === 'MedicinalProductDefinition',
            searchParam: paramsOf(type).map((p) => ({ name: p.name, definition: p.definition, type: p.type, documentation: p.documentation })),
          })),
          ...(this.#productInformation ? [EPI_BUNDLE_CAPABILITY] : [])],
        },
      ],
    };
  }
}

const CAPABILITY_DATE = '2026-12-06';

const EPI_BUNDLE_CAPABILITY: CapabilityStatementRestResource = {
  type: 'Bundle',
  interaction: [{ code: 'read' }],
  documentation: "ePI documents: a version of a medicine's structured product information in one language, a Bundle of type document (id epi-<version>)",
};

function versionOf(head: MedicineHead): Version {
  return { number: head.current_revision, recordedAt: head.recorded_at };
}

function snapshotResource(snapshot: Medicine, version: Version, base: string): MedicinalProductDefinition {
  return medicinalProductDefinition(snapshot, version, documentReferences(snapshot, version, { baseUrl: baseOrigin(base) }));
}

function baseOrigin(fhirBase: string): string {
  return fhirBase.replace(/\/fhir$/, '');
}

/** Every resource of a type that a medicine's record gives. */
export function resourcesOf(type: MedicineType, m: Medicine, version: Version, fhirBase: string, pi: ProductInformationFacts | null = null): FhirResource[] {
  const ctx = { baseUrl: baseOrigin(fhirBase) };
  switch (type) {
    case 'MedicinalProductDefinition':
      return [medicinalProductDefinition(m, version, documentReferences(m, version, ctx, pi), pi)];
    case 'RegulatedAuthorization':
      return [regulatedAuthorization(m, version, clinicalUseDefinitions(m, version))];
    case 'ClinicalUseDefinition':
      return clinicalUseDefinitions(m, version);
    case 'PackagedProductDefinition':
      return packagedProductDefinitions(m, version);
    case 'DocumentReference':
      return documentReferences(m, version, ctx, pi);
  }
}

function likePattern(modifier: string | null, value: string): string {
  const v = escapeLike(value.toLowerCase());
  return modifier === 'contains' ? `%${v}%` : modifier === 'exact' ? v : `${v}%`;
}

/* ---------- matching a criterion on a resource ---------- */

interface TokenValue {
  system?: string | undefined;
  code?: string | undefined;
}

const codings = (cc: { coding?: TokenValue[] } | undefined): TokenValue[] => cc?.coding ?? [];

function tokensOf(type: ResourceType, r: FhirResource, name: string): TokenValue[] {
  const any = r as unknown as Record<string, unknown> & FhirResource;
  switch (name) {
    case '_id':
      return [{ code: r.id }];
    case 'identifier':
      return ((any.identifier as { system?: string; value?: string }[] | undefined) ?? []).map((i) => ({ system: i.system, code: i.value }));
    case 'product-classification':
      return r.resourceType === 'MedicinalProductDefinition' ? (r.classification ?? []).flatMap(codings) : [];
    case 'status':
      return r.resourceType === 'RegulatedAuthorization' ? codings(r.status) : [];
    case 'region':
      return r.resourceType === 'RegulatedAuthorization' ? (r.region ?? []).flatMap(codings) : [];
    case 'case': {
      if (r.resourceType !== 'RegulatedAuthorization') return [];
      const out: TokenValue[] = [];
      const walk = (c: NonNullable<typeof r.case>) => {
        if (c.identifier) out.push({ system: c.identifier.system, code: c.identifier.value });
        for (const a of c.application ?? []) walk(a);
      };
      if (r.case) walk(r.case);
      return out;
    }
    case 'type':
      if (r.resourceType === 'ClinicalUseDefinition') return [{ system: 'http://hl7.org/fhir/clinical-use-definition-type', code: r.type }];
      if (r.resourceType === 'DocumentReference') return codings(r.type);
      return [];
    case 'name':
      return r.resourceType === 'PackagedProductDefinition' && r.name ? [{ code: r.name }] : [];
    case 'language':
      return r.resourceType === 'DocumentReference' ? r.content.map((c) => ({ system: 'urn:ietf:bcp:47', code: c.attachment.language })) : [];
    case 'category':
      return r.resourceType === 'DocumentReference' ? (r.category ?? []).flatMap(codings) : [];
    default:
      throw new Error(`no token ${name} on ${type}`);
  }
}

function stringsOf(r: FhirResource): string[] {
  if (r.resourceType === 'MedicinalProductDefinition') return r.name.map((n) => n.productName);
  if (r.resourceType === 'Organization') return r.name ? [r.name] : [];
  return [];
}

function referencesOf(r: FhirResource, name: string): string[] {
  const refs = (list: ({ reference?: string } | undefined)[] | undefined) => (list ?? []).map((x) => x?.reference).filter((x): x is string => !!x);
  switch (r.resourceType) {
    case 'RegulatedAuthorization': return name === 'holder' ? refs([r.holder]) : refs(r.subject);
    case 'ClinicalUseDefinition': return refs(r.subject);
    case 'PackagedProductDefinition': return refs(r.packageFor);
    case 'DocumentReference': return refs([r.subject]);
    default: return [];
  }
}

function tokenMatches(value: string, candidates: TokenValue[]): boolean {
  const t = parseToken(value);
  return candidates.some((c) => {
    if (t.system !== undefined && (t.system === null ? c.system !== undefined : c.system !== t.system)) return false;
    return t.code === null || (c.code !== undefined && c.code.toLowerCase() === t.code.toLowerCase());
  });
}

export function matches(type: ResourceType, r: FhirResource, c: Criterion): boolean {
  switch (c.def.type) {
    case 'date': {
      const at = r.meta?.lastUpdated ? new Date(r.meta.lastUpdated) : null;
      return c.values.some((v) => dateMatches(parseDate(v, c.def.name), at));
    }
    case 'token':
      return c.values.some((v) => tokenMatches(v, tokensOf(type, r, c.def.name)));
    case 'string':
      return c.values.some((v) => stringsOf(r).some((s) => stringMatches(c.modifier, v, s)));
    case 'reference': {
      const have = referencesOf(r, c.def.name);
      return c.values.some((v) => {
        const ref = parseReference(v, c.def.target);
        return ref !== null && have.includes(`${ref.type}/${ref.id}`);
      });
    }
  }
}

/* ---------- cursors and links ---------- */

function encodeCursor(kind: 'm' | 'o' | 'h', numbers: number[]): string {
  return Buffer.from(`${kind}${numbers.join('.')}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, kind: 'm' | 'o' | 'h'): number[] {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const m = new RegExp(`^${kind}(\\d{1,12}(?:\\.\\d{1,9})?)$`).exec(text);
  if (!m) throw new ValidationError('_page is not a page this server handed out: follow the next link of an earlier Bundle');
  return m[1]!.split('.').map(Number);
}

function withParams(url: string, params: Record<string, string>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

export function outcome(severity: 'error' | 'warning' | 'information', code: 'not-supported' | 'invalid' | 'informational', messages: string[]): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: messages.map((diagnostics) => ({ severity, code, diagnostics })) };
}

