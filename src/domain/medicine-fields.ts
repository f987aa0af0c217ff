/**
 * A medicine as a set of addressable fields (`status`, `flags.orphan`, `dates.withdrawal`,
 * `overview.sv`, `documents`), the unit in which sources assert facts and provenance is kept.
 * Flags, dates and overviews are split per key because different sources know different
 * ones; everything else is one field.
 */
import { emptyDates, emptyFlags, type Dates, type Flags, type MarketingAuthorisationHolder, type Medicine, type Overview } from './medicine.ts';
import type { LanguageCode } from './languages.ts';
import type { PiDigest } from './product-information-diff.ts';

const SPLIT = ['flags', 'dates', 'overview', 'productInformation'] as const;
type SplitKey = (typeof SPLIT)[number];

/** What a source says about a medicine: any subset of its fields, flags/dates/overview per key. */
export type MedicineAssertions = Partial<Omit<Medicine, SplitKey>> & {
  flags?: Partial<Flags>;
  dates?: Partial<Dates>;
  overview?: Partial<Record<LanguageCode, Overview>>;
  productInformation?: Partial<Record<LanguageCode, PiDigest>>;
};

/** null, undefined and empty lists mean the source is silent on a field, not that it is empty. */
function isSilent(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

export function assertedFields(a: MedicineAssertions): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(a)) {
    if ((SPLIT as readonly string[]).includes(key)) {
      for (const [sub, v] of Object.entries((value ?? {}) as object)) if (!isSilent(v)) out.push([`${key}.${sub}`, v]);
    } else if (!isSilent(value)) {
      out.push([key, value]);
    }
  }
  return out;
}

export function getField(m: Medicine, path: string): unknown {
  const [key, sub] = path.split('.') as [keyof Medicine, string | undefined];
  const value = m[key];
  return sub === undefined ? value : ((value as unknown as Record<string, unknown>)[sub] ?? null);
}

/** Returns a copy of `m` with the field set; `m` itself is not changed. */
export function setField(m: Medicine, path: string, value: unknown): Medicine {
  const [key, sub] = path.split('.') as [keyof Medicine, string | undefined];
  if (key === 'marketingAuthorisationHolder') return { ...m, marketingAuthorisationHolder: mergeHolder(m.marketingAuthorisationHolder, value as MarketingAuthorisationHolder) };
  if (sub === undefined) return { ...m, [key]: value };
  return { ...m, [key]: { ...(m[key] as object), [sub]: value } };
}

/**
 * A source that names the holder without an address (the data tables) keeps the address we
 * know for that same holder; a different holder's old address is dropped, never carried over.
 */
function mergeHolder(current: MarketingAuthorisationHolder | null, next: MarketingAuthorisationHolder): MarketingAuthorisationHolder {
  if (next.address || !current || normaliseName(current.name) !== normaliseName(next.name)) return next;
  return { name: next.name, address: current.address };
}

const normaliseName = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The record a medicine starts from when a source mentions it first; required fields come from the source. */
export function blankMedicine(required: Pick<Medicine, 'name' | 'slug' | 'category' | 'status'>): Medicine {
  return {
    productNumber: null,
    previousNames: [],
    inn: null,
    activeSubstance: null,
    therapeuticAreas: [],
    atcCodes: [],
    pharmacotherapeuticGroup: null,
    therapeuticIndication: null,
    flags: emptyFlags(),
    marketingAuthorisationHolder: null,
    applicant: null,
    developer: null,
    opinionStatus: null,
    atcNotYetAssigned: null,
    malformedAtcCodes: [],
    species: [],
    patientSafety: null,
    patientSafetyNews: [],
    topics: [],
    withdrawalInformation: null,
    dates: emptyDates(),
    revision: null,
    latestProcedure: null,
    overview: {},
    documents: [],
    news: [],
    related: [],
    emaNodeId: null,
    emaUrl: null,
    presentations: [],
    procedures: [],
    files: [],
    ...required,
  };
}
