/**
 * Checks FHIR resources against the official R5 definitions of the `hl7.fhir.r5.core` package,
 * never against expectations written here:
 *
 * 1. the package's JSON schema (`openapi/fhir.schema.json`), with Ajv: element names, JSON
 *    types, primitive formats, one resource type per object;
 * 2. the StructureDefinition snapshots: every element's cardinality (min and max), walked
 *    generically through backbone elements, complex data types, choice types (`value[x]`),
 *    content references and contained resources (a Bundle's entries);
 * 3. required bindings, where the package holds the value set in full: a `code` must be one of
 *    it, and a Coding of one of its systems must carry one of its codes. Value sets the package
 *    cannot expand (external code systems such as BCP 47 or MIME types, filters) are skipped.
 *
 * FHIRPath invariants are not evaluated (that needs a FHIRPath engine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { PROJECT_ROOT } from './shared-corpus.ts';

const PACKAGE = path.join(PROJECT_ROOT, 'node_modules/hl7.fhir.r5.core');
const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/5.0';

interface ElementDefinition {
  path: string;
  min?: number;
  max?: string;
  type?: { code: string }[];
  contentReference?: string;
  binding?: { strength: string; valueSet?: string };
}

interface StructureDefinition {
  type: string;
  kind: string;
  snapshot: { element: ElementDefinition[] };
}

type Json = Record<string, unknown>;

const readJson = (file: string): Json => JSON.parse(readFileSync(path.join(PACKAGE, file), 'utf8')) as Json;

export class FhirValidator {
  readonly #ajv: Ajv;
  readonly #schemas = new Map<string, ValidateFunction>();
  readonly #structures = new Map<string, StructureDefinition | null>();
  readonly #children = new Map<string, Map<string, ElementDefinition[]>>();
  #terminology: { valueSets: Map<string, Json>; codeSystems: Map<string, Json> } | null = null;
  readonly #expansions = new Map<string, Map<string, Set<string>> | null>();
  /** How many resources were checked, by type. */
  readonly counts = new Map<string, number>();

  constructor() {
    const schema = readJson('openapi/fhir.schema.json');
    // Draft-06 with `id`; Ajv reads its `$id`. Its patterns are written for non-Unicode regular
    // expressions (a lone `}` in the decimal pattern), and its discriminator is not Ajv's form.
    delete schema.$schema;
    delete schema.id;
    delete schema.discriminator;
    schema.$id = SCHEMA_ID;
    // A resource inside another (a Bundle's entries) is checked against its own type's definition
    // when the walk below reaches it: the schema's oneOf over every resource type would try all
    // 150 of them for each entry, which is the same answer at a hundred times the cost.
    const definitions = schema.definitions as Record<string, Json>;
    const list = definitions.ResourceList!.oneOf as { $ref: string }[];
    definitions.ResourceList = { type: 'object', required: ['resourceType'], properties: { resourceType: { enum: list.map((r) => r.$ref.split('/').pop()) } } };
    this.#ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    this.#ajv.addSchema(schema);
  }

  /** Every problem found in a resource, each naming where; empty when it conforms. */
  validate(resource: unknown): string[] {
    const problems: string[] = [];
    const type = (resource as Json | null)?.resourceType;
    if (typeof type !== 'string') return ['not a resource: no resourceType'];
    this.#checkResource(resource as Json, type, problems);
    return problems;
  }

  #checkResource(resource: Json, where: string, problems: string[]): void {
    const type = resource.resourceType as string;
    let validate = this.#schemas.get(type);
    if (!validate) {
      const found = this.#ajv.getSchema(`${SCHEMA_ID}#/definitions/${type}`);
      if (!found) {
        problems.push(`${where}: ${type} is not an R5 resource type`);
        return;
      }
      validate = found;
      this.#schemas.set(type, validate);
    }
    if (!validate(resource)) {
      for (const e of validate.errors ?? []) problems.push(`schema: ${where}${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    }
    this.counts.set(type, (this.counts.get(type) ?? 0) + 1);
    if (!this.#structure(type)) {
      problems.push(`${where}: no StructureDefinition for ${type}`);
      return;
    }
    this.#walk(resource, type, type, where, problems);
  }

  #structure(type: string): StructureDefinition | null {
    if (!this.#structures.has(type)) {
      let sd: StructureDefinition | null = null;
      try {
        sd = readJson(`StructureDefinition-${type}.json`) as unknown as StructureDefinition;
      } catch {
        sd = null;
      }
      this.#structures.set(type, sd);
      if (sd) {
        const byParent = new Map<string, ElementDefinition[]>();
        for (const e of sd.snapshot.element) {
          const parent = e.path.slice(0, e.path.lastIndexOf('.'));
          if (!e.path.includes('.')) continue;
          if (!byParent.has(parent)) byParent.set(parent, []);
          byParent.get(parent)!.push(e);
        }
        this.#children.set(type, byParent);
      }
    }
    return this.#structures.get(type)!;
  }

  /** Checks `value` as the element at `elementPath` of StructureDefinition `sdType`. */
  #walk(value: Json, sdType: string, elementPath: string, where: string, problems: string[]): void {
    const children = this.#children.get(sdType)?.get(elementPath) ?? [];
    for (const def of children) {
      const last = def.path.slice(def.path.lastIndexOf('.') + 1);
      const found: { key: string; code: string | null }[] = [];
      if (last.endsWith('[x]')) {
        const stem = last.slice(0, -3);
        for (const t of def.type ?? []) {
          const key = stem + t.code.charAt(0).toUpperCase() + t.code.slice(1);
          if (key in value) found.push({ key, code: t.code });
        }
      } else if (last in value) {
        found.push({ key: last, code: def.type?.[0]?.code ?? null });
      }
      const items = found.flatMap(({ key, code }) => {
        const v = value[key];
        return (Array.isArray(v) ? v : [v]).map((item, i) => ({ item, code, at: `${where}.${key}${Array.isArray(v) ? `[${i}]` : ''}` }));
      });
      const min = def.min ?? 0;
      if (items.length < min) problems.push(`${where}: ${def.path} is required (min ${min}), found ${items.length}`);
      if (def.max !== undefined && def.max !== '*' && items.length > Number(def.max)) problems.push(`${where}: ${def.path} allows at most ${def.max}, found ${items.length}`);
      for (const { item, code, at } of items) {
        if (def.binding?.strength === 'required' && def.binding.valueSet) this.#checkBinding(item, code, def.binding.valueSet, at, problems);
        if (item === null || typeof item !== 'object') continue;
        if (def.contentReference) {
          this.#walk(item as Json, sdType, def.contentReference.slice(def.contentReference.indexOf('#') + 1), at, problems);
        } else if (code === 'BackboneElement' || code === 'Element') {
          this.#walk(item as Json, sdType, def.path, at, problems);
        } else if (code === 'Resource' || (code !== null && (item as Json).resourceType !== undefined && this.#structure(code)?.kind === 'resource')) {
          this.#checkResource(item as Json, at, problems);
        } else if (code !== null && code !== 'Extension' && this.#structure(code)?.kind === 'complex-type') {
          this.#walk(item as Json, code, code, at, problems);
        }
      }
    }
  }

  #checkBinding(item: unknown, code: string | null, valueSet: string, at: string, problems: string[]): void {
    const allowed = this.#expand(valueSet);
    if (!allowed) return;
    const codingsOf = (x: unknown): { system?: string; code?: string }[] =>
      code === 'Coding' ? [x as Json] : code === 'CodeableConcept' ? (((x as Json).coding as Json[] | undefined) ?? []) : [];
    if (code === 'code') {
      if (typeof item === 'string' && ![...allowed.values()].some((codes) => codes.has(item))) problems.push(`${at}: "${item}" is not in the required value set ${valueSet}`);
      return;
    }
    const codings = codingsOf(item);
    for (const c of codings) {
      const codes = c.system ? allowed.get(c.system) : undefined;
      if (codes && c.code !== undefined && !codes.has(c.code)) problems.push(`${at}: ${c.system}|${c.code} is not in the required value set ${valueSet}`);
    }
    if (code === 'CodeableConcept' && !codings.some((c) => c.system && allowed.has(c.system))) problems.push(`${at}: no coding from the required value set ${valueSet}`);
  }

  /** A required value set as system → codes; null when the package cannot expand it in full. */
  #expand(canonical: string): Map<string, Set<string>> | null {
    const url = canonical.split('|')[0]!;
    if (this.#expansions.has(url)) return this.#expansions.get(url)!;
    const { valueSets, codeSystems } = this.#loadTerminology();
    const vs = valueSets.get(url);
    let result: Map<string, Set<string>> | null = null;
    const includes = ((vs?.compose as Json | undefined)?.include as Json[] | undefined) ?? null;
    if (includes && !((vs?.compose as Json).exclude)) {
      result = new Map();
      for (const inc of includes) {
        const system = inc.system as string | undefined;
        if (!system || inc.filter || inc.valueSet) {
          result = null;
          break;
        }
        const codes = result.get(system) ?? new Set<string>();
        if (Array.isArray(inc.concept)) {
          for (const c of inc.concept as Json[]) codes.add(c.code as string);
        } else {
          const cs = codeSystems.get(system);
          if (!cs || cs.content !== 'complete') {
            result = null;
            break;
          }
          const add = (concepts: Json[] | undefined) => {
            for (const c of concepts ?? []) {
              codes.add(c.code as string);
              add(c.concept as Json[] | undefined);
            }
          };
          add(cs.concept as Json[] | undefined);
        }
        result.set(system, codes);
      }
    }
    this.#expansions.set(url, result);
    return result;
  }

  #loadTerminology(): { valueSets: Map<string, Json>; codeSystems: Map<string, Json> } {
    if (!this.#terminology) {
      const valueSets = new Map<string, Json>();
      const codeSystems = new Map<string, Json>();
      for (const file of readdirSync(PACKAGE)) {
        if (file.startsWith('ValueSet-')) {
          const vs = readJson(file);
          valueSets.set(vs.url as string, vs);
        } else if (file.startsWith('CodeSystem-')) {
          const cs = readJson(file);
          codeSystems.set(cs.url as string, cs);
        }
      }
      this.#terminology = { valueSets, codeSystems };
    }
    return this.#terminology;
  }
}

/** The package's SearchParameters by canonical URL, to check what a CapabilityStatement cites. */
export function specSearchParameters(): Map<string, { code: string; type: string; base: string[] }> {
  const out = new Map<string, { code: string; type: string; base: string[] }>();
  for (const file of readdirSync(PACKAGE)) {
    if (!file.startsWith('SearchParameter-')) continue;
    const sp = readJson(file);
    out.set(sp.url as string, { code: sp.code as string, type: sp.type as string, base: sp.base as string[] });
  }
  return out;
}
