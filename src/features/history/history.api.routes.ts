/**
 * Revisions and changes as JSON: one medicine's revisions, one revision with the record as it
 * stood, and the catalogue's changes in recorded order for clients that poll.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ValidationError } from '../../domain/errors.ts';
import type { HistoryService } from './history.service.ts';
import { isChangesCursor } from './history.service.ts';
import { ChangesResponseSchema, RevisionDetailSchema, RevisionListSchema, toRevisionDetailJson, toRevisionJson } from './history.schema.ts';
import { ErrorSchema } from '../../http/schemas/error.schema.ts';
import { MAX_RECORDS_PER_PAGE, RecordPageLimit } from '../../http/schemas/page-limit.ts';

const MedicineId = Type.String({ maxLength: 200, description: 'Slug (`lumykras`) or EMA product number, URL-encoded (`EMEA%2FH%2FC%2F005522`)' });
// Product numbers have slashes; a client that does not encode them gets these routes too.
const ProductNumberParams = {
  kind: Type.String({ pattern: '^[HVhv]$' }),
  number: Type.String({ pattern: '^\\d{1,6}$' }),
};
const productNumberOf = (p: { kind: string; number: string }) => `EMEA/${p.kind.toUpperCase()}/C/${p.number}`;

export const historyApiRoutes: FastifyPluginAsyncTypebox<{ history: HistoryService }> = async (app, { history }) => {
  const listSchema = {
    summary: "A medicine's revisions",
    description: 'Every recorded change to one medicine, newest first: when it took effect, its source, its kinds and its field-level changes.',
    tags: ['history'],
    querystring: Type.Object({
      limit: Type.Optional(RecordPageLimit),
      before: Type.Optional(Type.Integer({ minimum: 1, description: 'Only revisions numbered below this (the `next` of the previous page)' })),
    }),
    response: { 200: RevisionListSchema, 400: ErrorSchema, 404: ErrorSchema },
  };
  const list = async (id: string, q: { limit?: number; before?: number }) => {
    const limit = q.limit ?? MAX_RECORDS_PER_PAGE;
    const { medicine, revisions, total } = await history.revisions(id, { limit, before: q.before ?? null });
    const last = revisions.at(-1);
    return {
      medicine: { slug: medicine.slug, name: medicine.name, productNumber: medicine.productNumber, category: medicine.category },
      total,
      items: revisions.map(toRevisionJson),
      next: revisions.length === limit && last && last.number > 1 ? String(last.number) : null,
    };
  };
  app.get('/api/v1/medicines/:id/revisions', { schema: { ...listSchema, params: Type.Object({ id: MedicineId }) } }, async (request) =>
    list(request.params.id, request.query),
  );
  app.get(
    '/api/v1/medicines/EMEA/:kind/C/:number/revisions',
    { schema: { ...listSchema, hide: true, params: Type.Object(ProductNumberParams) } },
    async (request) => list(productNumberOf(request.params), request.query),
  );

  const oneSchema = {
    summary: 'One revision of a medicine',
    description: 'Revision `n` with its changes, and `record`: the whole medicine as it stood after it.',
    tags: ['history'],
    response: { 200: RevisionDetailSchema, 400: ErrorSchema, 404: ErrorSchema },
  };
  const one = async (id: string, n: number) => {
    const detail = await history.revision(id, n);
    return toRevisionDetailJson(detail.entry, detail.snapshot);
  };
  app.get(
    '/api/v1/medicines/:id/revisions/:n',
    { schema: { ...oneSchema, params: Type.Object({ id: MedicineId, n: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }) } },
    async (request) => one(request.params.id, request.params.n),
  );
  app.get(
    '/api/v1/medicines/EMEA/:kind/C/:number/revisions/:n',
    { schema: { ...oneSchema, hide: true, params: Type.Object({ ...ProductNumberParams, n: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }) } },
    async (request) => one(productNumberOf(request.params), request.params.n),
  );

  app.get(
    '/api/v1/changes',
    {
      schema: {
        summary: 'Changes across the catalogue, for polling',
        description:
          'Revisions of every medicine in the order OpenEPAR recorded them. Start with `since` set to a date-time (or leave it out to start from the first), then pass each response’s `next` as `since`: no revision is returned twice and none is skipped. Revisions appear a few seconds after they are recorded, so that concurrent writes have committed.',
        tags: ['history'],
        querystring: Type.Object({
          since: Type.Optional(Type.String({ maxLength: 100, description: 'An ISO 8601 date-time (`2026-03-14T00:00:00Z`) or the `next` of the previous response' })),
          limit: Type.Optional(RecordPageLimit),
        }),
        response: { 200: ChangesResponseSchema, 400: ErrorSchema },
      },
    },
    async (request) => {
      const { since, limit } = request.query;
      const page = await history.changes({ since: parseSince(since), limit: limit ?? MAX_RECORDS_PER_PAGE });
      return { items: page.entries.map(toRevisionJson), next: page.next, more: page.more };
    },
  );
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function parseSince(since: string | undefined): Date | string | null {
  if (since === undefined || since === '') return null;
  if (DATE_TIME.test(since)) {
    const date = new Date(since);
    if (!Number.isNaN(date.getTime())) return date;
  }
  if (isChangesCursor(since)) return since;
  throw new ValidationError(`since "${since}" is neither an ISO 8601 date-time (e.g. 2026-03-14T00:00:00Z) nor a cursor from an earlier response`);
}
