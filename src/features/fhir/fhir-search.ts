/**
 * The FHIR search parameters this API supports, declared once: the routes read them, the
 * search applies them and the CapabilityStatement lists them, so what is advertised is what is
 * done. Parsing follows FHIR's rules: repeated parameters combine with AND, comma-separated
 * values with OR; a parameter this server does not know is ignored and reported (lenient) unless
 * the client sent `Prefer: handling=strict`, which makes it an error.
 */
import { ValidationError } from '../../domain/errors.ts';

export const RESOURCE_TYPES = [
  'MedicinalProductDefinition',
  'RegulatedAuthorization',
  'ClinicalUseDefinition',
  'PackagedProductDefinition',
  'Organization',
  'DocumentReference',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export function isResourceType(value: string): value is ResourceType {
  return (RESOURCE_TYPES as readonly string[]).includes(value);
}

export type ParamType = 'token' | 'string' | 'reference' | 'date';

export interface SearchParamDef {
  name: string;
  type: ParamType;
  /** The SearchParameter of the R5 specification that defines it. */
  definition: string;
  documentation: string;
  /** For references: the resource type a bare id names. */
  target?: ResourceType;
}

const spec = (name: string) => `http://hl7.org/fhir/SearchParameter/${name}`;

/** Every resource type has these. */
export const COMMON_PARAMS: readonly SearchParamDef[] = [
  { name: '_id', type: 'token', definition: spec('Resource-id'), documentation: 'The logical id of the resource' },
  { name: '_lastUpdated', type: 'date', definition: spec('Resource-lastUpdated'), documentation: 'When OpenEPAR recorded the revision the resource reflects (prefixes eq, ne, gt, lt, ge, le, sa, eb)' },
];

export const SEARCH_PARAMS: Readonly<Record<ResourceType, readonly SearchParamDef[]>> = {
  MedicinalProductDefinition: [
    { name: 'identifier', type: 'token', definition: spec('MedicinalProductDefinition-identifier'), documentation: "EMA's product number, e.g. EMEA/H/C/005522" },
    { name: 'name', type: 'string', definition: spec('MedicinalProductDefinition-name'), documentation: 'The name, from its start (:exact, :contains)' },
    { name: 'product-classification', type: 'token', definition: spec('MedicinalProductDefinition-product-classification'), documentation: 'An ATC code, e.g. L01XX73 or http://www.whocc.no/atc|L01XX73' },
  ],
  RegulatedAuthorization: [
    { name: 'identifier', type: 'token', definition: spec('RegulatedAuthorization-identifier'), documentation: "EMA's product number or the EU authorisation number (EU/1/21/1603)" },
    { name: 'subject', type: 'reference', definition: spec('RegulatedAuthorization-subject'), documentation: 'The medicine: MedicinalProductDefinition/{id}', target: 'MedicinalProductDefinition' },
    { name: 'holder', type: 'reference', definition: spec('RegulatedAuthorization-holder'), documentation: 'The marketing authorisation holder: Organization/{id}', target: 'Organization' },
    { name: 'status', type: 'token', definition: spec('RegulatedAuthorization-status'), documentation: "EMA's status: authorised, withdrawn, refused, …" },
    { name: 'case', type: 'token', definition: spec('RegulatedAuthorization-case'), documentation: 'A procedure number: the initial application (EMEA/H/C/005522) or any procedure after it (EMEA/H/C/005522/II/0010/G)' },
    { name: 'region', type: 'token', definition: spec('RegulatedAuthorization-region'), documentation: 'Always EU' },
  ],
  ClinicalUseDefinition: [
    { name: 'subject', type: 'reference', definition: spec('ClinicalUseDefinition-subject'), documentation: 'The medicine: MedicinalProductDefinition/{id}', target: 'MedicinalProductDefinition' },
    { name: 'type', type: 'token', definition: spec('ClinicalUseDefinition-type'), documentation: 'Always indication' },
  ],
  PackagedProductDefinition: [
    { name: 'identifier', type: 'token', definition: spec('PackagedProductDefinition-identifier'), documentation: 'The EU number, e.g. EU/1/21/1603/001' },
    { name: 'name', type: 'token', definition: spec('PackagedProductDefinition-name'), documentation: 'The whole name, e.g. Lumykras 120 mg Film-coated tablet (a token in R5: no partial match)' },
    { name: 'package-for', type: 'reference', definition: spec('PackagedProductDefinition-package-for'), documentation: 'The medicine: MedicinalProductDefinition/{id}', target: 'MedicinalProductDefinition' },
  ],
  Organization: [{ name: 'name', type: 'string', definition: spec('Organization-name'), documentation: 'The name, from its start (:exact, :contains)' }],
  DocumentReference: [
    { name: 'subject', type: 'reference', definition: spec('DocumentReference-subject'), documentation: 'The medicine: MedicinalProductDefinition/{id}', target: 'MedicinalProductDefinition' },
    { name: 'language', type: 'token', definition: spec('DocumentReference-language'), documentation: 'The language version, e.g. sv' },
    { name: 'category', type: 'token', definition: spec('DocumentReference-category'), documentation: 'Where EMA lists it: overview, product-information, assessment-history, other' },
    { name: 'type', type: 'token', definition: spec('clinical-type'), documentation: "The document's type as in EMA's addresses: product-information, overview, …" },
  ],
};

/** Parameters that shape the answer rather than select resources. */
export const RESULT_PARAMS = ['_count', '_page', '_format'] as const;

export const DEFAULT_COUNT = 20;
/** Whole medicine records are read for each result; 100 keeps a page well under a second. */
export const MAX_COUNT = 100;

const STRING_MODIFIERS = new Set(['exact', 'contains']);
const MAX_VALUES = 50;
const MAX_VALUE_LENGTH = 300;

/** One occurrence of a parameter: its modifier and its alternatives. */
export interface Criterion {
  def: SearchParamDef;
  modifier: string | null;
  values: string[];
}

export interface ParsedSearch {
  /** Every criterion must hold. */
  criteria: Criterion[];
  count: number;
  page: string | null;
  /** Parameters ignored (lenient handling), for the OperationOutcome the Bundle carries. */
  ignored: string[];
  /** Their names as sent, left out of the Bundle's links. */
  ignoredKeys: string[];
}

export type QueryValues = Record<string, string | string[] | undefined>;

export function paramsOf(type: ResourceType): readonly SearchParamDef[] {
  return [...COMMON_PARAMS, ...SEARCH_PARAMS[type]];
}

/** Splits on commas not escaped with a backslash, and unescapes. */
function alternatives(raw: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < raw.length) {
      current += raw[++i];
    } else if (c === ',') {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map((v) => v.trim()).filter((v) => v !== '');
}

export function parseSearch(type: ResourceType, query: QueryValues, strict: boolean): ParsedSearch {
  const defs = new Map(paramsOf(type).map((d) => [d.name, d]));
  const criteria: Criterion[] = [];
  const ignored: string[] = [];
  const ignoredKeys: string[] = [];
  let count = DEFAULT_COUNT;
  let page: string | null = null;
  const refuse = (key: string, message: string) => {
    if (strict) throw new ValidationError(message);
    ignored.push(message);
    ignoredKeys.push(key);
  };
  for (const [key, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    const list = Array.isArray(raw) ? raw : [raw];
    if (key === '_count') {
      const n = Number(list.at(-1));
      if (!Number.isInteger(n) || n < 0) throw new ValidationError(`_count must be a whole number from 0 to ${MAX_COUNT}`);
      count = Math.min(n, MAX_COUNT);
      continue;
    }
    if (key === '_page') {
      page = list.at(-1) ?? null;
      continue;
    }
    if (key === '_format') {
      for (const f of list) if (!/^(json|application\/(fhir\+)?json)$/.test(f.trim())) throw new ValidationError('_format: this server answers in JSON only (json, application/fhir+json)');
      continue;
    }
    const [name = '', modifier = null, ...rest] = key.split(':');
    const def = defs.get(name);
    if (!def) {
      refuse(key, `The search parameter ${key} is not supported on ${type}; supported: ${[...defs.keys()].join(', ')}`);
      continue;
    }
    if (rest.length > 0 || (modifier !== null && !(def.type === 'string' && STRING_MODIFIERS.has(modifier)))) {
      refuse(key, `The modifier :${[modifier, ...rest].join(':')} of ${name} is not supported`);
      continue;
    }
    for (const one of list) {
      if (one.length > MAX_VALUE_LENGTH * 4) throw new ValidationError(`A value of ${name} is longer than this server reads`);
      const values = alternatives(one);
      if (values.length > MAX_VALUES) throw new ValidationError(`At most ${MAX_VALUES} values of ${name} can be combined`);
      if (values.some((v) => v.length > MAX_VALUE_LENGTH)) throw new ValidationError(`A value of ${name} is longer than ${MAX_VALUE_LENGTH} characters`);
      // An empty parameter (`name=`) selects nothing and is ignored, as FHIR asks.
      if (values.length > 0) criteria.push({ def, modifier, values });
    }
  }
  return { criteria, count, page, ignored, ignoredKeys };
}

/** A token value: `code`, `system|code`, `|code` (no system), `system|` (any code of the system). */
export interface Token {
  system: string | null | undefined;
  code: string | null;
}

export function parseToken(value: string): Token {
  const bar = value.indexOf('|');
  if (bar < 0) return { system: undefined, code: value };
  const system = value.slice(0, bar);
  const code = value.slice(bar + 1);
  return { system: system === '' ? null : system, code: code === '' ? null : code };
}

/** `Type/id`, an absolute URL ending so, or a bare id of the parameter's target type. */
export function parseReference(value: string, target: ResourceType | undefined): { type: string; id: string } | null {
  const m = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(value);
  if (m) return { type: m[1]!, id: m[2]! };
  if (target && /^[A-Za-z0-9\-.]{1,64}$/.test(value)) return { type: target, id: value };
  return null;
}

const DATE_PREFIXES = ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb'] as const;
type DatePrefix = (typeof DATE_PREFIXES)[number];

/** A date parameter's value as the time range it names and how to compare with it. */
export interface DateCriterion {
  prefix: DatePrefix;
  start: Date;
  /** Exclusive. */
  end: Date;
}

const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export function parseDate(value: string, name: string): DateCriterion {
  const prefix = (DATE_PREFIXES as readonly string[]).includes(value.slice(0, 2)) ? (value.slice(0, 2) as DatePrefix) : 'eq';
  const text = value.slice(prefix === 'eq' && !value.startsWith('eq') ? 0 : 2);
  const m = DATE_VALUE.exec(text);
  const bad = () => new ValidationError(`${name}: "${value}" is not a FHIR date such as 2024, 2024-05, 2024-05-31 or 2024-05-31T12:00:00Z, optionally after a prefix (${DATE_PREFIXES.join(', ')})`);
  if (!m) throw bad();
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (h !== undefined && zone === undefined) throw bad();
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) throw bad();
  let start: Date;
  let end: Date;
  if (h === undefined) {
    // A day, month or year: the whole of it, in UTC.
    start = new Date(Date.UTC(year, month - 1, day));
    end = d !== undefined ? new Date(Date.UTC(year, month - 1, day + 1)) : mo !== undefined ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(year + 1, 0, 1));
    if (start.getUTCDate() !== day) throw bad();
  } else {
    start = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${zone === 'Z' ? 'Z' : zone}`);
    if (Number.isNaN(start.getTime())) throw bad();
    // A time to the second covers that second.
    end = new Date(start.getTime() + (frac ? 1 : 1000));
  }
  return { prefix, start, end };
}

/** Whether a moment satisfies a date criterion, as FHIR's prefixes define it for a point in time. */
export function dateMatches(c: DateCriterion, at: Date | null): boolean {
  if (at === null) return c.prefix === 'ne';
  const t = at.getTime();
  const s = c.start.getTime();
  const e = c.end.getTime();
  switch (c.prefix) {
    case 'eq': return t >= s && t < e;
    case 'ne': return !(t >= s && t < e);
    case 'gt': case 'sa': return t >= e;
    case 'lt': case 'eb': return t < s;
    case 'ge': return t >= s;
    case 'le': return t < e;
  }
}

/** The same criterion as a range [from, to) of the repository's (or outside it, for ne). */
export function dateRange(c: DateCriterion): { from: Date | null; to: Date | null; not: boolean } {
  switch (c.prefix) {
    case 'eq': return { from: c.start, to: c.end, not: false };
    case 'ne': return { from: c.start, to: c.end, not: true };
    case 'gt': case 'sa': return { from: c.end, to: null, not: false };
    case 'lt': case 'eb': return { from: null, to: c.start, not: false };
    case 'ge': return { from: c.start, to: null, not: false };
    case 'le': return { from: null, to: c.end, not: false };
  }
}

/** FHIR string search: case- and accent-insensitive, from the start unless :exact or :contains. */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function stringMatches(modifier: string | null, value: string, candidate: string): boolean {
  if (modifier === 'exact') return candidate === value;
  const c = normaliseText(candidate);
  const v = normaliseText(value);
  return modifier === 'contains' ? c.includes(v) : c.startsWith(v);
}
