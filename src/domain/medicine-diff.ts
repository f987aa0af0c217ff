/**
 * Field-level differences between two versions of a medicine: what a revision records and
 * what the history pages show. Lists are matched by identity (a document by its type and
 * title, a language version by its language, news and related items by URL) so a re-ordered
 * list is not reported as a change and an added language is reported as exactly that.
 */
import type { Medicine, MedicineDocument } from './medicine.ts';
import { DATE_KEYS, FLAG_KEYS } from './medicine.ts';
import { diffDigests } from './product-information-diff.ts';

export interface Change {
  /** A path into the record: `status`, `flags.orphan`, `overview.sv`, `documents[product-information: Lumykras : EPAR - Product Information].languages.sv`. */
  field: string;
  from: unknown;
  to: unknown;
}

const SCALARS = [
  'productNumber', 'name', 'slug', 'category', 'status', 'inn', 'activeSubstance',
  'pharmacotherapeuticGroup', 'therapeuticIndication', 'applicant', 'developer', 'opinionStatus', 'atcNotYetAssigned',
  'patientSafety', 'withdrawalInformation', 'revision', 'emaNodeId', 'emaUrl',
] as const satisfies readonly (keyof Medicine)[];

const VALUE_LISTS = ['previousNames', 'therapeuticAreas', 'atcCodes', 'malformedAtcCodes', 'species'] as const satisfies readonly (keyof Medicine)[];

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function push(out: Change[], field: string, from: unknown, to: unknown): void {
  if (!same(from, to)) out.push({ field, from: from ?? null, to: to ?? null });
}

// A second item with the same key (EMA does list the same title twice now and then) gets " #2".
function keyedMap<T>(items: T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    let unique = k;
    for (let n = 2; map.has(unique); n++) unique = `${k} #${n}`;
    map.set(unique, item);
  }
  return map;
}

/** Compares keyed lists: one change per added, removed or altered item. */
function diffKeyed<T>(out: Change[], field: string, before: T[], after: T[], key: (item: T) => string, inner?: (out: Change[], path: string, a: T, b: T) => void): void {
  const a = keyedMap(before, key);
  const b = keyedMap(after, key);
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y === undefined) out.push({ field: `${field}[${k}]`, from: x, to: null });
    else if (inner) inner(out, `${field}[${k}]`, x, y);
    else push(out, `${field}[${k}]`, x, y);
  }
  for (const [k, y] of b) if (!a.has(k)) out.push({ field: `${field}[${k}]`, from: null, to: y });
}

const documentKey = (d: MedicineDocument): string => `${d.type}: ${d.title}`;

function diffDocument(out: Change[], path: string, a: MedicineDocument, b: MedicineDocument): void {
  for (const f of ['section', 'group', 'referenceNumber', 'referenceText', 'documentStatus'] as const) push(out, `${path}.${f}`, a[f] ?? null, b[f] ?? null);
  const langs = (d: MedicineDocument) => new Map(d.languages.map((l) => [l.lang, l]));
  const la = langs(a);
  const lb = langs(b);
  for (const [lang, x] of la) push(out, `${path}.languages.${lang}`, x, lb.get(lang) ?? null);
  for (const [lang, y] of lb) if (!la.has(lang)) push(out, `${path}.languages.${lang}`, null, y);
}

/**
 * Product information per language: a language's first version is one change
 * (`productInformation.sv`), a later one a change per section it changed
 * (`productInformation.sv[smpc 4.2]`, from and to the section's number, heading and fingerprint).
 */
function diffProductInformation(out: Change[], before: NonNullable<Medicine['productInformation']>, after: NonNullable<Medicine['productInformation']>): void {
  for (const [lang, next] of Object.entries(after)) {
    if (!next) continue;
    const previous = before[lang as keyof typeof before];
    if (!previous) {
      out.push({ field: `productInformation.${lang}`, from: null, to: { versionDate: next.versionDate, procedure: next.procedure, sections: Object.keys(next.sections).length } });
      continue;
    }
    for (const c of diffDigests(previous, next)) out.push({ field: `productInformation.${lang}[${c.id}]`, from: c.from, to: c.to });
  }
}

/** `before` is null for a medicine seen for the first time: every known field is a change. */
export function diffMedicine(before: Medicine | null, after: Medicine): Change[] {
  const out: Change[] = [];
  const b = before;
  for (const f of SCALARS) push(out, f, b?.[f] ?? null, after[f]);
  for (const f of VALUE_LISTS) if (!(b === null && after[f].length === 0)) push(out, f, b?.[f] ?? [], after[f]);
  for (const f of FLAG_KEYS) push(out, `flags.${f}`, b?.flags[f] ?? null, after.flags[f]);
  for (const f of DATE_KEYS) push(out, `dates.${f}`, b?.dates[f] ?? null, after.dates[f]);
  push(out, 'marketingAuthorisationHolder.name', b?.marketingAuthorisationHolder?.name ?? null, after.marketingAuthorisationHolder?.name ?? null);
  push(out, 'marketingAuthorisationHolder.address', b?.marketingAuthorisationHolder?.address ?? null, after.marketingAuthorisationHolder?.address ?? null);
  push(out, 'latestProcedure', b?.latestProcedure ?? null, after.latestProcedure);
  const langs = new Set([...Object.keys(b?.overview ?? {}), ...Object.keys(after.overview)]) as Set<keyof Medicine['overview']>;
  for (const lang of langs) push(out, `overview.${lang}`, b?.overview[lang]?.sections ?? null, after.overview[lang]?.sections ?? null);
  diffKeyed(out, 'documents', b?.documents ?? [], after.documents, documentKey, diffDocument);
  diffKeyed(out, 'news', b?.news ?? [], after.news, (n) => n.url);
  diffKeyed(out, 'related', b?.related ?? [], after.related, (r) => r.url);
  diffKeyed(out, 'patientSafetyNews', b?.patientSafetyNews ?? [], after.patientSafetyNews, (n) => n.url);
  diffKeyed(out, 'topics', b?.topics ?? [], after.topics, (t) => t.title);
  diffKeyed(out, 'presentations', b?.presentations ?? [], after.presentations, (p) => p.euNumber);
  diffKeyed(out, 'files', b?.files ?? [], after.files, (f) => `${f.documentType} ${f.lang}`);
  diffKeyed(out, 'procedures', b?.procedures ?? [], after.procedures, (p) => p.number);
  diffProductInformation(out, b?.productInformation ?? {}, after.productInformation ?? {});
  return out;
}
