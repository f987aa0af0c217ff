/**
 * The FHIR API's routes, thin: each reads its parameters, asks the FHIR service and sends the
 * answer as `application/fhir+json`. Errors are thrown as the catalogue's and answered as an
 * OperationOutcome by the one error handler.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { etagMatches, notModifiedSince } from '../../http/conditional-get.ts';
import { escapeJsonMarkup } from '../../http/input-safety.ts';
import { API_CACHE_CONTROL } from '../../http/public-api.ts';
import { FHIR_CONTENT_TYPE, type FhirService, type VersionedResource } from './fhir.service.ts';
import { MAX_COUNT, paramsOf, parseSearch, RESOURCE_TYPES, type QueryValues, type ResourceType } from './fhir-search.ts';

const fhirJson = (description: string, resourceType: string) => ({
  description,
  content: { 'application/fhir+json': { schema: Type.Object({ resourceType: Type.Literal(resourceType) }, { additionalProperties: true }) } },
});
const OUTCOME = (description: string) => fhirJson(description, 'OperationOutcome');

const IdParam = Type.String({ pattern: '^[A-Za-z0-9\\-.]{1,64}$', description: 'The logical id' });
const ResultParams = {
  _count: Type.Optional(Type.Integer({ minimum: 0, description: `Results per page, at most ${MAX_COUNT} (default 20)` })),
  _page: Type.Optional(Type.String({ description: 'Where the page starts: take it from the next link of the previous page' })),
  _format: Type.Optional(Type.String({ description: 'json or application/fhir+json (the only format)' })),
};

/** The parameters of a type's search as the OpenAPI description shows them; others are still read (and ignored, or refused under strict handling). */
function searchQuerySchema(type: ResourceType): TSchema {
  const properties: Record<string, TSchema> = {};
  // Arrays: a repeated parameter is an AND of criteria, as FHIR defines it.
  for (const p of paramsOf(type)) properties[p.name] = Type.Optional(Type.Array(Type.String(), { description: `${p.documentation} (${p.type}; comma-separated values are alternatives)` }));
  return Type.Object({ ...properties, ...ResultParams }, { additionalProperties: true });
}

function send(reply: FastifyReply, body: unknown): FastifyReply {
  // Text a client sent (a search in a Bundle's links) never reads as markup.
  return reply.type(FHIR_CONTENT_TYPE).send(escapeJsonMarkup(JSON.stringify(body)));
}

function sendVersioned(request: FastifyRequest, reply: FastifyReply, found: VersionedResource): FastifyReply {
  const etag = `W/"${found.version.number}"`;
  reply.header('etag', etag).header('cache-control', API_CACHE_CONTROL);
  if (found.version.recordedAt) reply.header('last-modified', found.version.recordedAt.toUTCString());
  const ifNoneMatch = request.headers['if-none-match'];
  const unchanged = ifNoneMatch !== undefined ? etagMatches(ifNoneMatch, etag) : notModifiedSince(request.headers['if-modified-since'], found.version.recordedAt);
  if (unchanged) return reply.code(304).send();
  return send(reply, found.resource);
}

function isStrict(request: FastifyRequest): boolean {
  return /(?:^|[,;\s])handling\s*=\s*strict\b/i.test(String(request.headers.prefer ?? ''));
}

/** The request's query as sent, less what the search ignored. */
function usedQuery(request: FastifyRequest, ignoredKeys: string[]): URLSearchParams {
  const query = new URLSearchParams(request.url.split('?')[1] ?? '');
  for (const key of ignoredKeys) query.delete(key);
  return query;
}

export const fhirRoutes: FastifyPluginAsyncTypebox<{ fhir: FhirService }> = async (app, { fhir }) => {
  app.get(
    '/fhir/metadata',
    {
      schema: {
        summary: 'FHIR CapabilityStatement',
        description: 'What this FHIR R5 server supports: resource types, interactions and search parameters.',
        tags: ['fhir'],
        querystring: Type.Object({ _format: ResultParams._format }, { additionalProperties: true }),
        response: { 200: fhirJson('The CapabilityStatement', 'CapabilityStatement') },
      },
    },
    async (_request, reply) => send(reply, fhir.capabilityStatement()),
  );

  for (const type of RESOURCE_TYPES) {
    app.get(
      `/fhir/${type}`,
      {
        schema: {
          summary: `Search ${type}`,
          description: `A searchset Bundle of ${type} resources, ${MAX_COUNT} at most a page, with a next link until the last page. Unknown parameters are ignored and reported in Bundle.issues; with \`Prefer: handling=strict\` they are refused. String parameters accept :exact and :contains.`,
          tags: ['fhir'],
          querystring: searchQuerySchema(type),
          response: { 200: fhirJson('A searchset Bundle', 'Bundle'), 400: OUTCOME('An invalid search') },
        },
      },
      async (request, reply) => {
        const search = parseSearch(type, request.query as QueryValues, isStrict(request));
        return send(reply, await fhir.search(type, search, usedQuery(request, search.ignoredKeys)));
      },
    );

    app.get(
      `/fhir/${type}/:id`,
      {
        schema: {
          summary: `Read ${type}`,
          description: `One ${type} by id, with its version in meta.versionId, the ETag and Last-Modified.`,
          tags: ['fhir'],
          params: Type.Object({ id: IdParam }),
          response: { 200: fhirJson(`The ${type}`, type), 404: OUTCOME('No such resource') },
        },
      },
      async (request, reply) => sendVersioned(request, reply, await fhir.read(type, request.params.id)),
    );
  }

  app.get(
    '/fhir/Bundle/:id',
    {
      schema: {
        summary: 'Read an ePI Bundle',
        description:
          "A version of a medicine's structured product information as an ePI: a Bundle of type document (Composition with one section per annex and EMA's numbered sections below). Its id is `epi-<version>`; a MedicinalProductDefinition's attachedDocument names a DocumentReference whose attachment links here.",
        tags: ['fhir'],
        params: Type.Object({ id: IdParam }),
        response: { 200: fhirJson('The ePI Bundle', 'Bundle'), 404: OUTCOME('No such Bundle') },
      },
    },
    async (request, reply) => sendVersioned(request, reply, await fhir.readBundle(request.params.id)),
  );

  app.get(
    '/fhir/MedicinalProductDefinition/:id/_history',
    {
      schema: {
        summary: "A medicine's history",
        description: 'Every version of a MedicinalProductDefinition, newest first, from the revisions OpenEPAR recorded, as a history Bundle.',
        tags: ['fhir'],
        params: Type.Object({ id: IdParam }),
        querystring: Type.Object(ResultParams, { additionalProperties: true }),
        response: { 200: fhirJson('A history Bundle', 'Bundle'), 404: OUTCOME('No such resource') },
      },
    },
    async (request, reply) => {
      const search = parseSearch('MedicinalProductDefinition', { _count: request.query._count?.toString(), _page: request.query._page === undefined ? undefined : String(request.query._page) }, false);
      const self = `${fhir.base}/MedicinalProductDefinition/${request.params.id}/_history${request.url.includes('?') ? `?${usedQuery(request, []).toString()}` : ''}`;
      return send(reply, await fhir.history(request.params.id, search.count, search.page, self));
    },
  );

  app.get(
    '/fhir/MedicinalProductDefinition/:id/_history/:vid',
    {
      schema: {
        summary: 'One version of a medicine',
        description: 'The MedicinalProductDefinition as it stood after revision `vid`.',
        tags: ['fhir'],
        params: Type.Object({ id: IdParam, vid: Type.String({ pattern: '^[0-9]{1,9}$' }) }),
        response: { 200: fhirJson('The MedicinalProductDefinition at that version', 'MedicinalProductDefinition'), 404: OUTCOME('No such version') },
      },
    },
    async (request, reply) => sendVersioned(request, reply, await fhir.vread(request.params.id, request.params.vid)),
  );
};
