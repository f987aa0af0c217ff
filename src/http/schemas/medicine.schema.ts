/**
 * The public JSON shape of a medicine (API v1). Declared once with TypeBox: Fastify validates
 * and serialises with it, and the OpenAPI description is generated from it.
 */
import { Type, type Static } from 'typebox';
import { DATE_KEYS, DOCUMENT_SECTIONS, FLAG_KEYS, OPINION_STATUSES, RELATED_KINDS, STATUSES, CATEGORIES } from '../../domain/medicine.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { PROCEDURE_TYPES } from '../../domain/procedure.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date', description: 'ISO 8601 calendar date' });

const NewsItemSchema = Type.Object({ title: Type.String(), url: Type.String(), date: Nullable(IsoDate) });

const OverviewSchema = Type.Object({
  sections: Type.Array(Type.Object({ heading: Nullable(Type.String()), body: Type.String() })),
});

export const DocumentSchema = Type.Object({
  type: Type.String({ description: 'EMA document type, from its URL: overview, product-information, assessment-report, ...' }),
  title: Type.String(),
  section: Type.Enum(DOCUMENT_SECTIONS),
  group: Nullable(Type.String()),
  referenceNumber: Nullable(Type.String({ description: 'EMA document reference, parsed, e.g. EMA/685702/2021 or EMA/470073/2024 CORR.; null when what EMA printed is not one' })),
  referenceText: Nullable(Type.String({ description: 'The reference number exactly as EMA prints it, whatever its form (EMA/470073/2024 Corr., CPMP/1390/00)' })),
  documentStatus: Nullable(Type.String()),
  languages: Type.Array(
    Type.Object({
      lang: Type.Enum(LANGUAGES),
      sizeBytes: Nullable(Type.Integer()),
      firstPublished: Nullable(IsoDate),
      lastUpdated: Nullable(IsoDate),
      url: Nullable(Type.String()),
    }),
  ),
});

/** The stored record, as importers produce it (the sample catalogue is written in this form). */
export const MedicineRecordSchema = Type.Object(
  {
    productNumber: Nullable(Type.String({ description: 'EMA product number, e.g. EMEA/H/C/005522' })),
    name: Type.String(),
    slug: Type.String(),
    previousNames: Type.Array(Type.String()),
    category: Type.Enum(CATEGORIES),
    status: Type.Enum(STATUSES),
    inn: Nullable(Type.String()),
    activeSubstance: Nullable(Type.String()),
    therapeuticAreas: Type.Array(Type.String({ description: 'MeSH heading' })),
    atcCodes: Type.Array(Type.String()),
    pharmacotherapeuticGroup: Nullable(Type.String()),
    therapeuticIndication: Nullable(Type.String()),
    flags: Type.Object(Object.fromEntries(FLAG_KEYS.map((k) => [k, Nullable(Type.Boolean())]))),
    marketingAuthorisationHolder: Nullable(Type.Object({ name: Type.String(), address: Nullable(Type.String()) })),
    applicant: Nullable(
      Type.String({ description: 'The company while the medicine has never been authorised (under evaluation, refused, application withdrawn); from authorisation on it is marketingAuthorisationHolder' }),
    ),
    developer: Nullable(Type.String({ description: 'The company EMA calls the developer, before any application (PRIME, rolling review)' })),
    opinionStatus: Nullable(
      Type.String({ description: `The committee's opinion: ${OPINION_STATUSES.join(' or ')} when recognised (in any EU language), otherwise EMA's words as printed` }),
    ),
    atcNotYetAssigned: Nullable(Type.Boolean({ description: 'true where EMA says the ATC code is "not yet assigned"; false where it gives codes; null when the source is silent' })),
    malformedAtcCodes: Type.Array(Type.String(), { description: 'What EMA printed as an ATC code but is not a valid one, verbatim (never corrected)' }),
    species: Type.Array(Type.String(), { description: 'Target species of a veterinary medicine, as EMA names them' }),
    patientSafety: Nullable(Type.Boolean({ description: "EMA's \"Patient safety\" marker: the medicine has patient safety information on EMA's page" })),
    patientSafetyNews: Type.Array(NewsItemSchema, { description: 'The page\'s "Patient safety information": EMA\'s safety communications' }),
    topics: Type.Array(Type.Object({ title: Type.String(), url: Nullable(Type.String()) }), { description: 'The topics EMA files the page under' }),
    withdrawalInformation: Nullable(Type.String({ description: 'The page\'s "Related information on withdrawals" text (markdown-lite)' })),
    dates: Type.Object(Object.fromEntries(DATE_KEYS.map((k) => [k, Nullable(IsoDate)]))),
    revision: Nullable(Type.Integer()),
    latestProcedure: Nullable(Type.Object({ number: Type.String(), date: Nullable(IsoDate) })),
    overview: Type.Record(Type.String(), OverviewSchema, { description: 'Overview sections per language code' }),
    documents: Type.Array(DocumentSchema),
    news: Type.Array(NewsItemSchema),
    related: Type.Array(Type.Object({ kind: Type.Enum(RELATED_KINDS), title: Type.String(), url: Type.String() })),
    emaNodeId: Nullable(Type.Integer()),
    emaUrl: Nullable(Type.String()),
    presentations: Type.Array(
      Type.Object({
        euNumber: Type.String({ description: 'EU number, e.g. EU/1/21/1603/001' }),
        inventedName: Type.String(),
        strength: Nullable(Type.String()),
        pharmaceuticalForm: Nullable(Type.String()),
        routeOfAdministration: Nullable(Type.String()),
        immediatePackaging: Nullable(Type.String()),
        content: Nullable(Type.String()),
        packSize: Nullable(Type.String()),
      }),
    ),
    procedures: Type.Array(
      Type.Object({
        number: Type.String(),
        otherNumbers: Type.Array(Type.String()),
        type: Type.Enum(PROCEDURE_TYPES),
        typeLabel: Nullable(Type.String()),
        scope: Type.String(),
        opinionDate: Nullable(IsoDate),
        commissionDecisionDate: Nullable(IsoDate),
        productInformationAffected: Nullable(Type.String()),
        summary: Nullable(Type.String()),
      }),
      { description: 'Post-authorisation procedures from the procedural-steps documents' },
    ),
    files: Type.Array(
      Type.Object({
        documentType: Type.String(),
        lang: Type.Enum(LANGUAGES),
        sha256: Type.String(),
        sizeBytes: Type.Integer(),
        contentType: Type.String(),
        pageCount: Type.Integer(),
        fileName: Type.String(),
      }),
      { description: 'Document files held by OpenEPAR, served at /files/{sha256}' },
    ),
  },
  { additionalProperties: false },
);

/** The API representation: the record plus what a client would otherwise have to derive. */
export const MedicineSchema = Type.Object(
  {
    ...MedicineRecordSchema.properties,
    statusLabel: Type.String({ description: "EMA's wording of the status, e.g. Authorised" }),
    lifecycle: Type.Object({
      stage: Type.String(),
      outcome: Type.String(),
      steps: Type.Array(Type.Object({ step: Type.String(), state: Type.String() })),
    }),
    assessmentHistory: Type.Array(
      Type.Object({ group: Nullable(Type.String()), documents: Type.Array(DocumentSchema) }),
      { description: "The assessment-history documents as EMA's page groups them" },
    ),
    links: Type.Object({ self: Type.String(), html: Type.String() }),
    provenance: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object({
          disagreement: Type.Boolean({ description: 'true when sources gave different values; the newest one is shown' }),
          sources: Type.Array(
            Type.Object({ kind: Type.String(), reference: Type.String(), asOf: Type.String({ format: 'date-time' }), value: Type.Unknown() }),
          ),
        }),
        { description: 'Only with ?provenance=1: per field, every source that gave it, newest first' },
      ),
    ),
  },
  { $id: 'Medicine' },
);
export type MedicineJson = Static<typeof MedicineSchema>;
