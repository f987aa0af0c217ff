/**
 * The public JSON shape of revisions and changes (API v1), declared once with TypeBox: Fastify
 * validates and serialises with it, and the OpenAPI description is generated from it.
 */
import path from 'node:path';
import { Type, type Static } from 'typebox';
import { CHANGE_KINDS } from '../../domain/change-kinds.ts';
import { CATEGORIES } from '../../domain/medicine.ts';
import { MedicineSchema } from '../../http/schemas/medicine.schema.ts';
import { toMedicineJson } from '../../http/schemas/medicine-json.ts';
import type { Medicine } from '../../domain/medicine.ts';
import type { RecordedRevision } from './history.service.ts';
import { SOURCE_KIND_LIST, summariseRevision } from './history.service.ts';
import { medicinePath, revisionPath } from '../../http/paths.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ChangeSchema = Type.Object(
  {
    field: Type.String({ description: 'Path into the medicine record: `status`, `flags.orphan`, `marketingAuthorisationHolder.name`, `documents[<type>: <title>].languages.sv`, `procedures[II/0010/G]`, …' }),
    from: Type.Unknown({ description: 'The value before; null when there was none (an item added)' }),
    to: Type.Unknown({ description: 'The value after; null when there is none (an item removed)' }),
  },
  { $id: 'Change' },
);

export const RevisionSchema = Type.Object(
  {
    id: Type.Integer({ description: 'Position in the order OpenEPAR recorded revisions, across all medicines' }),
    medicine: Type.Object({
      slug: Type.String(),
      name: Type.String({ description: 'The name as it is now' }),
      productNumber: Nullable(Type.String()),
      category: Type.Enum(CATEGORIES),
    }),
    number: Type.Integer({ minimum: 1, description: "The revision's place in its medicine's history, from 1; it shifts when an older source is imported later and its facts are inserted into the past" }),
    entryId: Nullable(Type.String({ description: 'Permanent identifier of this history entry (the observation of a source that made it), unchanged when the past is back-filled' })),
    backfilled: Type.Boolean({ description: 'true when the entry was inserted into the past by a source older than what was known (or rewritten by such an insertion): history, not news' }),
    asOf: Type.String({ format: 'date-time', description: 'When the source says the change took effect (a data table’s snapshot date, a page’s last-updated date)' }),
    recordedAt: Type.String({ format: 'date-time', description: 'When OpenEPAR recorded it' }),
    source: Type.Object({
      kind: Type.Enum(SOURCE_KIND_LIST),
      reference: Type.String({ description: 'The file (and row), URL or editor behind the change' }),
    }),
    kinds: Type.Array(Type.Enum(CHANGE_KINDS), { description: 'Kinds of change; a first revision is `created` only' }),
    summary: Type.Array(Type.String(), { description: 'One line per kind of change, in English' }),
    changes: Type.Array(ChangeSchema),
    links: Type.Object({
      self: Type.String(),
      html: Type.String({ description: 'The revision on the medicine’s history page' }),
      medicine: Type.String(),
    }),
  },
  { $id: 'Revision' },
);
export type RevisionJson = Static<typeof RevisionSchema>;

export const RevisionListSchema = Type.Object({
  medicine: Type.Object({ slug: Type.String(), name: Type.String(), productNumber: Nullable(Type.String()), category: Type.Enum(CATEGORIES) }),
  total: Type.Integer({ description: 'How many revisions the medicine has (numbered 1 to total)' }),
  items: Type.Array(RevisionSchema, { description: 'Newest first' }),
  next: Nullable(Type.String({ description: 'The `before` value for the following (older) page' })),
});

export const RevisionDetailSchema = Type.Object({
  ...RevisionSchema.properties,
  record: MedicineSchema,
});

export const ChangesResponseSchema = Type.Object({
  items: Type.Array(RevisionSchema, { description: 'In the order recorded (`id` ascending)' }),
  next: Type.String({ description: 'Pass as `since` in the next poll; given even when `items` is empty' }),
  more: Type.Boolean({ description: 'True when more revisions are waiting: ask again at once' }),
});

/** Server file paths stay on the server: a file reference is reduced to its name (and row). */
function publicReference(reference: string): string {
  return path.isAbsolute(reference) ? path.basename(reference) : reference;
}

export function toRevisionJson(entry: RecordedRevision): RevisionJson {
  const m = entry.medicine;
  const apiMedicine = `/api/v1/medicines/${encodeURIComponent(m.slug)}`;
  return {
    id: entry.id,
    medicine: { slug: m.slug, name: m.name, productNumber: m.productNumber, category: m.category },
    number: entry.number,
    entryId: entry.entryId,
    backfilled: entry.backfilled,
    asOf: entry.asOf.toISOString(),
    recordedAt: entry.recordedAt.toISOString(),
    source: { kind: entry.source.kind, reference: publicReference(entry.source.reference) },
    kinds: entry.kinds,
    summary: summariseRevision(entry, 'en'),
    changes: entry.changes,
    links: {
      self: `${apiMedicine}/revisions/${entry.number}`,
      html: revisionPath('en', m, entry.number),
      medicine: medicinePath('en', m),
    },
  };
}

export function toRevisionDetailJson(entry: RecordedRevision, record: Medicine): Static<typeof RevisionDetailSchema> {
  return { ...toRevisionJson(entry), record: toMedicineJson(record) };
}
