/**
 * A medicine's record as HL7 FHIR R5 resources. Pure: the record, the revision that dates it and
 * the public address in, resources out. Only what the record holds is said; an unknown value is
 * left out, never filled with a default. ATC appears as codes only: WHO's ATC names are
 * copyrighted, and the name shown beside a code is EMA's pharmacotherapeutic group.
 */
// @types/fhir's R5 module (namespace fhir5) has no entry in the package's exports; named by its file.
import type {
  ClinicalUseDefinition,
  CodeableConcept,
  DocumentReference,
  DocumentReferenceContent,
  Identifier,
  Meta,
  MedicinalProductDefinition,
  Organization,
  PackagedProductDefinition,
  Reference,
  RegulatedAuthorization,
  RegulatedAuthorizationCase,
} from 'fhir/r5.d.ts';
import { escapeHtml } from '../../http/html.ts';
import { STATUS_LABELS, type DateKey, type Medicine, type Status } from '../../domain/medicine.ts';
import type { Procedure } from '../../domain/procedure.ts';
import { ATC_SYSTEM, idFromName, ISO_3166_SYSTEM, medicineResourceId, MESH_SYSTEM, presentationResourceId, shortHash, SYSTEMS } from './fhir-identity.ts';

/** What dates a resource: the medicine's revision (its number is the version). */
export interface Version {
  number: number;
  recordedAt: Date | null;
}

/**
 * What the medicine's structured product information adds (from the product-information
 * service): its newest ePI Bundle in each language and the legal status for the supply it states.
 */
export interface ProductInformationFacts {
  latest: readonly { versionId: string; lang: string; bundleId: string }[];
  legalStatus: { coding?: { system: string; code: string; display?: string }[]; text?: string } | null;
}

export interface MappingContext {
  /** The public origin, for links to stored files. */
  baseUrl: string;
}

export function metaOf(version: Version): Meta {
  return version.recordedAt ? { versionId: String(version.number), lastUpdated: version.recordedAt.toISOString() } : { versionId: String(version.number) };
}

/** The date that goes with each status: when the medicine came to be in it. */
const STATUS_DATES: Readonly<Partial<Record<Status, DateKey>>> = {
  authorised: 'marketingAuthorisationIssued',
  opinion: 'opinionAdopted',
  'opinion-under-re-examination': 'opinionAdopted',
  refused: 'refusal',
  'application-withdrawn': 'applicationWithdrawn',
  'withdrawn-from-rolling-review': 'applicationWithdrawn',
  withdrawn: 'withdrawal',
  suspended: 'suspension',
  lapsed: 'lapse',
  expired: 'expiry',
  revoked: 'revocation',
};

const CHARACTERISTICS = [
  ['orphan', 'Orphan medicine'],
  ['generic', 'Generic'],
  ['biosimilar', 'Biosimilar'],
  ['advancedTherapy', 'Advanced therapy medicinal product'],
  ['prime', 'PRIME: priority medicine'],
  ['acceleratedAssessment', 'Accelerated assessment'],
] as const;

const CATEGORY_LABELS = { human: 'Human use', veterinary: 'Veterinary use' } as const;

const PROCEDURE_LABELS: Readonly<Record<Procedure['type'], string>> = {
  'variation-ia': 'Variation type IA',
  'variation-ib': 'Variation type IB',
  'variation-ii': 'Variation type II',
  extension: 'Extension',
  renewal: 'Renewal',
  'annual-reassessment': 'Annual reassessment',
  psur: 'Periodic safety update report',
  transfer: 'Transfer of marketing authorisation',
  referral: 'Referral',
  'post-authorisation-measure': 'Post-authorisation measure',
  other: 'Other procedure',
};

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined && value !== '';
}

function compact<T extends object>(value: T): T {
  // FHIR forbids empty arrays, empty strings and nulls: an element is there with content or not at all.
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) delete (value as Record<string, unknown>)[k];
  }
  return value;
}

export const mpdReference = (m: Medicine): Reference => ({ reference: `MedicinalProductDefinition/${medicineResourceId(m)}`, display: m.name });

export function organizationId(holderName: string): string {
  return idFromName(holderName);
}

function holderReference(m: Medicine): Reference | null {
  const name = m.marketingAuthorisationHolder?.name;
  return present(name) ? { reference: `Organization/${organizationId(name)}`, display: name } : null;
}

function productNumberIdentifier(m: Medicine): Identifier[] {
  return m.productNumber ? [{ system: SYSTEMS.productNumber, value: m.productNumber }] : [];
}

/** The EU authorisation numbers of the medicine's packs (EU/1/21/1603 for EU/1/21/1603/001). */
export function euAuthorisationNumbers(m: Medicine): string[] {
  return [...new Set(m.presentations.map((p) => p.euNumber.split('/').slice(0, 4).join('/')))];
}

export function medicinalProductDefinition(m: Medicine, version: Version, documents: DocumentReference[], pi: ProductInformationFacts | null = null): MedicinalProductDefinition {
  const flags = m.flags;
  const monitoring: CodeableConcept | undefined =
    flags.additionalMonitoring === null
      ? undefined
      : {
          coding: [{ system: SYSTEMS.additionalMonitoring, code: flags.additionalMonitoring ? 'additional-monitoring' : 'no-additional-monitoring' }],
          text: flags.additionalMonitoring ? 'Subject to additional monitoring (black triangle)' : 'Not subject to additional monitoring',
        };
  const classification: CodeableConcept[] = [
    ...m.atcCodes.map((code) => ({ coding: [{ system: ATC_SYSTEM, code }] })),
    ...(present(m.pharmacotherapeuticGroup) ? [{ text: m.pharmacotherapeuticGroup }] : []),
  ];
  const holder = holderReference(m);
  const routes = [...new Set(m.presentations.map((p) => p.routeOfAdministration).filter(present))];
  return compact<MedicinalProductDefinition>({
    resourceType: 'MedicinalProductDefinition',
    id: medicineResourceId(m),
    meta: metaOf(version),
    identifier: productNumberIdentifier(m),
    domain: { coding: [{ system: SYSTEMS.category, code: m.category, display: CATEGORY_LABELS[m.category] }] },
    indication: m.therapeuticIndication ?? undefined,
    additionalMonitoringIndicator: monitoring,
    // As the product information states it (an ePI's SPOR code, or annex II section B's words); unknown is left out.
    legalStatusOfSupply: pi?.legalStatus ? compact<CodeableConcept>({ coding: pi.legalStatus.coding?.map((c) => ({ ...c })), text: pi.legalStatus.text }) : undefined,
    classification,
    ingredient: present(m.activeSubstance) ? [{ text: m.activeSubstance }] : undefined,
    route: routes.map((text) => ({ text })),
    contact: holder ? [{ type: { text: 'Marketing authorisation holder' }, contact: holder }] : undefined,
    attachedDocument: documents.map((d) => ({ reference: `DocumentReference/${d.id}`, display: d.description })),
    characteristic: CHARACTERISTICS.flatMap(([key, label]) =>
      flags[key] === null ? [] : [{ type: { coding: [{ system: SYSTEMS.characteristic, code: key, display: label }] }, valueBoolean: flags[key]! }],
    ),
    name: [{ productName: m.name }],
  });
}

function euRegion(): CodeableConcept {
  return { coding: [{ system: ISO_3166_SYSTEM, code: 'EU', display: 'European Union' }] };
}

/** A procedure's number in full (`EMEA/H/C/005522/II/0010/G`): EMA's documents print most without the product number. */
export function fullProcedureNumber(m: Medicine, number: string): string {
  if (!m.productNumber || /^(EMEA|EMA|PSUSA|WS|IG)\b/i.test(number)) return number;
  return `${m.productNumber}/${number}`;
}

function procedureCase(m: Medicine, p: Procedure): RegulatedAuthorizationCase {
  const date = p.commissionDecisionDate ?? p.opinionDate;
  return compact<RegulatedAuthorizationCase>({
    identifier: { system: SYSTEMS.procedureNumber, value: fullProcedureNumber(m, p.number) },
    type: { coding: [{ system: SYSTEMS.procedureType, code: p.type, display: PROCEDURE_LABELS[p.type] }], text: p.typeLabel ?? undefined },
    dateDateTime: date ?? undefined,
  });
}

export function regulatedAuthorization(m: Medicine, version: Version, indications: ClinicalUseDefinition[]): RegulatedAuthorization {
  const holder = holderReference(m);
  const dateKey = STATUS_DATES[m.status];
  const statusDate = dateKey ? m.dates[dateKey] : null;
  const basis: CodeableConcept[] = [];
  if (m.flags.conditionalApproval) basis.push({ coding: [{ system: SYSTEMS.authorisationBasis, code: 'conditional', display: 'Conditional marketing authorisation' }] });
  if (m.flags.exceptionalCircumstances) basis.push({ coding: [{ system: SYSTEMS.authorisationBasis, code: 'exceptional-circumstances', display: 'Authorisation under exceptional circumstances' }] });
  const initialDate = m.dates.marketingAuthorisationIssued ?? m.dates.opinionAdopted;
  const initial: RegulatedAuthorizationCase | undefined = m.productNumber
    ? compact<RegulatedAuthorizationCase>({
        identifier: { system: SYSTEMS.procedureNumber, value: m.productNumber },
        type: { coding: [{ system: SYSTEMS.procedureType, code: 'initial-application', display: 'Initial marketing authorisation application' }] },
        dateDateTime: initialDate ?? undefined,
        application: m.procedures.map((p) => procedureCase(m, p)),
      })
    : undefined;
  return compact<RegulatedAuthorization>({
    resourceType: 'RegulatedAuthorization',
    id: medicineResourceId(m),
    meta: metaOf(version),
    identifier: [...productNumberIdentifier(m), ...euAuthorisationNumbers(m).map((value) => ({ system: SYSTEMS.euAuthorisationNumber, value }))],
    subject: [mpdReference(m)],
    type: { coding: [{ system: SYSTEMS.authorisationType, code: 'centralised-marketing-authorisation', display: 'Centralised marketing authorisation (EU)' }] },
    region: [euRegion()],
    status: { coding: [{ system: SYSTEMS.authorisationStatus, code: m.status, display: STATUS_LABELS[m.status] }] },
    statusDate: statusDate ?? undefined,
    holder: holder ?? undefined,
    basis,
    indication: indications.map((c) => ({ reference: { reference: `ClinicalUseDefinition/${c.id}` } })),
    case: initial,
  });
}

/**
 * One indication per condition: EMA files a medicine under MeSH headings (its therapeutic
 * areas), which are the MeSH terms; EMA gives no descriptor numbers, so the coding names MeSH
 * and the heading and leaves the code out rather than guess one. Without areas, the indication
 * text alone is one ClinicalUseDefinition.
 */
export function clinicalUseDefinitions(m: Medicine, version: Version): ClinicalUseDefinition[] {
  const indication = m.therapeuticIndication;
  if (m.therapeuticAreas.length === 0 && !present(indication)) return [];
  const conditions: (string | null)[] = m.therapeuticAreas.length > 0 ? m.therapeuticAreas : [null];
  const text = present(indication)
    ? { status: 'additional' as const, div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeHtml(indication).replace(/\n+/g, '</p><p>')}</p></div>` }
    : undefined;
  return conditions.map((area, i) =>
    compact<ClinicalUseDefinition>({
      resourceType: 'ClinicalUseDefinition',
      id: `${medicineResourceId(m)}.i${i + 1}`,
      meta: metaOf(version),
      text,
      type: 'indication',
      subject: [mpdReference(m)],
      indication: area === null ? {} : { diseaseSymptomProcedure: { concept: { coding: [{ system: MESH_SYSTEM, display: area }], text: area } } },
    }),
  ).map((c) => {
    // An indication without a coded condition still says it is one; FHIR wants no empty element.
    if (c.indication && Object.keys(c.indication).length === 0) delete c.indication;
    return c;
  });
}

export function packagedProductDefinitions(m: Medicine, version: Version): PackagedProductDefinition[] {
  return m.presentations.map((p) => {
    const lines = [
      ['Strength', p.strength],
      ['Pharmaceutical form', p.pharmaceuticalForm],
      ['Route of administration', p.routeOfAdministration],
      ['Immediate packaging', p.immediatePackaging],
      ['Content (concentration)', p.content],
      ['Pack size', p.packSize],
    ].filter(([, v]) => present(v));
    return compact<PackagedProductDefinition>({
      resourceType: 'PackagedProductDefinition',
      id: presentationResourceId(p.euNumber),
      meta: metaOf(version),
      identifier: [{ system: SYSTEMS.euNumber, value: p.euNumber }],
      name: [p.inventedName, p.strength, p.pharmaceuticalForm].filter(present).join(' '),
      packageFor: [mpdReference(m)],
      description: lines.map(([k, v]) => `${k}: ${v}`).join('\n\n') || undefined,
      packaging: present(p.immediatePackaging) ? { type: { text: p.immediatePackaging } } : undefined,
    });
  });
}

export function organization(holder: { name: string; address: string | null }, version: Version): Organization {
  return compact<Organization>({
    resourceType: 'Organization',
    id: organizationId(holder.name),
    meta: metaOf(version),
    active: true,
    type: [{ text: 'Marketing authorisation holder' }],
    name: holder.name,
    contact: present(holder.address) ? [{ address: { text: holder.address } }] : undefined,
  });
}

/**
 * One DocumentReference per document and language version, linking EMA's address and, when
 * OpenEPAR holds the file, its stored copy. Files held without a listed document get one too.
 */
export function documentReferences(m: Medicine, version: Version, ctx: MappingContext, pi: ProductInformationFacts | null = null): DocumentReference[] {
  const files = new Map(m.files.map((f) => [`${f.documentType}|${f.lang}`, f]));
  const used = new Set<string>();
  const stored = (f: Medicine['files'][number]): DocumentReferenceContent => ({
    attachment: { contentType: f.contentType, language: f.lang, url: `${ctx.baseUrl}/files/${f.sha256}`, size: String(f.sizeBytes), title: f.fileName },
  });
  const out: DocumentReference[] = [];
  for (const doc of m.documents) {
    for (const v of doc.languages) {
      const key = `${doc.type}|${v.lang}`;
      const file = used.has(key) ? undefined : files.get(key);
      if (file) used.add(key);
      const content: DocumentReferenceContent[] = [];
      if (v.url) {
        content.push({
          attachment: compact({
            contentType: /\.pdf$/i.test(v.url) ? 'application/pdf' : undefined,
            language: v.lang,
            url: v.url,
            size: v.sizeBytes === null ? undefined : String(v.sizeBytes),
            title: doc.title,
            creation: v.firstPublished ?? undefined,
          }),
        });
      }
      if (file) content.push(stored(file));
      if (content.length === 0) content.push({ attachment: { language: v.lang, title: doc.title } });
      out.push(
        compact<DocumentReference>({
          resourceType: 'DocumentReference',
          id: `${medicineResourceId(m)}.d${shortHash(`${doc.type}|${v.url ?? `${doc.title}|${v.lang}`}`)}`,
          meta: metaOf(version),
          identifier: doc.referenceText ? [{ system: SYSTEMS.emaReference, value: doc.referenceNumber ?? doc.referenceText }] : undefined,
          status: 'current',
          docStatus: doc.documentStatus && /adopted|final/i.test(doc.documentStatus) ? 'final' : undefined,
          type: { coding: [{ system: SYSTEMS.documentType, code: doc.type }] },
          category: [{ coding: [{ system: SYSTEMS.documentSection, code: doc.section }], text: doc.group ?? undefined }],
          subject: mpdReference(m),
          description: doc.title,
          language: v.lang,
          content,
        }),
      );
    }
  }
  for (const f of m.files) {
    if (used.has(`${f.documentType}|${f.lang}`)) continue;
    out.push(
      compact<DocumentReference>({
        resourceType: 'DocumentReference',
        id: `${medicineResourceId(m)}.f${f.sha256.slice(0, 10)}`,
        meta: metaOf(version),
        status: 'current',
        type: { coding: [{ system: SYSTEMS.documentType, code: f.documentType }] },
        subject: mpdReference(m),
        description: f.fileName,
        language: f.lang,
        content: [stored(f)],
      }),
    );
  }
  // Structured product information: each language's newest version, served as an ePI (a document Bundle).
  for (const v of pi?.latest ?? []) {
    out.push({
      resourceType: 'DocumentReference',
      id: epiDocumentReferenceId(m, v.versionId),
      meta: metaOf(version),
      status: 'current',
      type: { coding: [{ system: SYSTEMS.documentType, code: 'product-information' }], text: 'Product information (ePI)' },
      subject: mpdReference(m),
      description: `Product information (${v.lang}), structured as an ePI`,
      language: v.lang,
      content: [{ attachment: { contentType: 'application/fhir+json', language: v.lang, url: `${ctx.baseUrl}/fhir/Bundle/${v.bundleId}`, title: `${m.name}: product information (${v.lang})` } }],
    });
  }
  return out;
}

/** The DocumentReference of a product-information version served as an ePI Bundle. */
export function epiDocumentReferenceId(m: Medicine, versionId: string): string {
  return `${medicineResourceId(m)}.e${versionId}`;
}
