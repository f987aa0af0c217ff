import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CATEGORIES, STATUSES, parseStatus } from '../../domain/medicine.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { MedicinesService } from './medicines.service.ts';
import type { HistoryService } from '../history/history.service.ts';
import { parseAsOf } from '../../domain/as-of.ts';
import { MedicineSchema } from '../../http/schemas/medicine.schema.ts';
import { toMedicineJson } from '../../http/schemas/medicine-json.ts';
import { ErrorSchema } from '../../http/schemas/error.schema.ts';
import { MAX_RECORDS_PER_PAGE, RecordPageLimit } from '../../http/schemas/page-limit.ts';

const encodeCursor = (slug: string) => Buffer.from(slug, 'utf8').toString('base64url');
const decodeCursor = (cursor: string): string => {
  const slug = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new ValidationError('cursor is not one this API handed out');
  return slug;
};

const AsOfParam = Type.Optional(
  Type.String({ description: 'The record as it stood at the end of this day (YYYY-MM-DD), from its history; a medicine not yet known then is absent' }),
);

export const medicinesApiRoutes: FastifyPluginAsyncTypebox<{ medicines: MedicinesService; history: HistoryService }> = async (app, { medicines, history }) => {
  app.get(
    '/api/v1/medicines',
    {
      schema: {
        summary: 'List medicines',
        description: 'Whole medicine records in slug order, with cursor paging and filters.',
        tags: ['medicines'],
        querystring: Type.Object({
          status: Type.Optional(Type.String({ description: `One of ${STATUSES.join(', ')} (or EMA's label, e.g. "Authorised")` })),
          category: Type.Optional(Type.Enum(CATEGORIES)),
          limit: Type.Optional(RecordPageLimit),
          cursor: Type.Optional(Type.String({ description: 'The `next` value of the previous page' })),
          asOf: AsOfParam,
        }),
        response: {
          200: Type.Object({ items: Type.Array(MedicineSchema), next: Type.Union([Type.String(), Type.Null()]) }),
          400: ErrorSchema,
        },
      },
    },
    async (request) => {
      const q = request.query;
      const status = q.status === undefined ? null : parseStatus(q.status);
      if (q.status !== undefined && status === null) {
        throw new ValidationError(`status "${q.status}" is not one of ${STATUSES.join(', ')}`);
      }
      const asOf = q.asOf === undefined ? null : parseAsOf(q.asOf);
      const query = { status, category: q.category ?? null, after: q.cursor ? decodeCursor(q.cursor) : null, limit: q.limit ?? MAX_RECORDS_PER_PAGE };
      // As of a date, the records (and the status and category filtered on) are those of the history.
      const page = asOf === null ? await medicines.page(query) : await history.pageAsOf({ ...query, asOf });
      return { items: page.items.map(toMedicineJson), next: page.next === null ? null : encodeCursor(page.next) };
    },
  );

  app.get(
    '/api/v1/medicines/*',
    {
      schema: {
        summary: 'Get one medicine',
        description: 'By slug (`lumykras`) or EMA product number (`EMEA/H/C/005522`).',
        tags: ['medicines'],
        querystring: Type.Object({
          provenance: Type.Optional(
            Type.Union([Type.Boolean(), Type.Enum(['1', '0'])], { description: 'Add, per field, the sources that gave it and whether they disagree (1/true)' }),
          ),
          asOf: AsOfParam,
        }),
        response: { 200: MedicineSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      // A wildcard, because product numbers contain slashes (EMEA/H/C/005522); encoded or not, both
      // work. The router has decoded it already: decoding again would read `%25ff` as a bad `%ff`.
      const id = (request.params as { '*': string })['*'];
      if (request.query.asOf !== undefined) {
        const asOf = parseAsOf(request.query.asOf);
        // Provenance is about the present record's sources; as of a date, the record is the history's.
        return toMedicineJson(await history.recordAsOf(id, asOf));
      }
      const medicine = await medicines.get(id);
      if (!medicine) {
        const gone = await medicines.unpublished(id);
        throw new NotFoundError(gone ? `${gone.name} was unpublished on ${gone.at.toISOString().slice(0, 10)}: ${gone.reason}` : `No medicine "${id}"`);
      }
      const json = toMedicineJson(medicine);
      const withProvenance = request.query.provenance === true || request.query.provenance === '1';
      return withProvenance ? { ...json, provenance: await medicines.provenance(medicine.slug) } : json;
    },
  );
};
