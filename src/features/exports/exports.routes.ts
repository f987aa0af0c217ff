import { createReadStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { parseAsOf } from '../../domain/as-of.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { parseFilters, cleanQuery } from '../../domain/search-query.ts';
import { ErrorSchema } from '../../http/schemas/error.schema.ts';
import { SearchQuerySchema } from '../../http/schemas/search-query.schema.ts';
import { tableSchema } from './export-layout.ts';
import { EXPORT_FORMATS, FORMAT_FILES, type ExportService } from './exports.service.ts';
import { OutputClosedError } from './export-writers.ts';

const { q, lang, category, status, area, atc, holder, flag, year } = SearchQuerySchema.properties;

export const ExportQuerySchema = Type.Object({
  format: Type.Enum(EXPORT_FORMATS, {
    description:
      'csv (UTF-8 with BOM, RFC 4180), xlsx, jsonl (JSON Lines), parquet, or ema-xlsx (EMA’s own 39-column layout, which `openepar import ema-table` reads back unchanged)',
  }),
  asOf: Type.Optional(Type.String({ description: 'The catalogue as it stood at the end of this day (YYYY-MM-DD), from the history; filters apply to the records as they stood then' })),
  q, lang, category, status, area, atc, holder, flag, year,
});

const fileResponse = (description: string) => ({
  description,
  content: Object.fromEntries(
    [...new Set(EXPORT_FORMATS.map((f) => FORMAT_FILES[f].mediaType.split(';')[0]!))].map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
  ),
});

export const exportsRoutes: FastifyPluginAsyncTypebox<{ exports: ExportService }> = async (app, { exports }) => {
  app.get(
    '/api/v1/export',
    {
      schema: {
        summary: 'Export medicines',
        description:
          'The whole catalogue, or the results of a search (the parameters of `/api/v1/search`), as one file, streamed. Every format but ema-xlsx has the flat layout of `/api/v1/export/schema.json`. With `asOf`, the catalogue as it stood at the end of that day.',
        tags: ['exports'],
        querystring: ExportQuerySchema,
        response: { 200: fileResponse('The export file, sent as it is written'), 400: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const asOf = query.asOf === undefined ? null : parseAsOf(query.asOf);
      const search = { text: cleanQuery(query.q), lang: query.lang ?? 'en', filters: parseFilters(query) };
      const { extension, mediaType } = FORMAT_FILES[query.format];
      const name = `openepar-${query.format === 'ema-xlsx' ? 'ema-layout-' : ''}${asOf ?? new Date().toISOString().slice(0, 10)}.${extension}`;
      const body = new PassThrough();
      // A client that hangs up (or a HEAD request, which reads no body) ends the export's work.
      reply.raw.once('close', () => {
        if (!body.writableFinished) body.destroy();
      });
      exports.write(query.format, { search, asOf }, body).then(
        () => body.end(),
        (err: unknown) => {
          if (err instanceof OutputClosedError || body.destroyed) return;
          // Headers are gone by now: all a client can be told is that the file stops short.
          request.log.error({ err }, 'export failed while streaming');
          body.destroy(err instanceof Error ? err : new Error(String(err)));
        },
      );
      return reply
        .type(mediaType)
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'public, max-age=300')
        .send(body);
    },
  );

  app.get(
    '/api/v1/export/schema.json',
    {
      schema: {
        summary: 'Data dictionary of the exports',
        description: 'The flat layout of the csv, xlsx, jsonl and parquet exports as a Frictionless JSON Table Schema.',
        tags: ['exports'],
        response: { 200: Type.Object({ fields: Type.Array(Type.Object({ name: Type.String(), type: Type.String(), description: Type.String() }, { additionalProperties: true })) }, { additionalProperties: true }) },
      },
    },
    async () => tableSchema(),
  );

  app.get(
    '/api/v1/export/dumps/:file',
    {
      schema: {
        summary: 'A file of the latest dump',
        description: 'The files `openepar export all` wrote into the configured dumps folder, by the names its `manifest.json` (also served here) lists with their row counts and SHA-256 checksums.',
        tags: ['exports'],
        params: Type.Object({ file: Type.String({ pattern: '^[\\w.-]+$', maxLength: 200, description: 'manifest.json, or a file it lists' }) }),
        response: { 200: fileResponse('The file'), 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const file = await exports.dumpFile(request.params.file);
      if (!file) throw new NotFoundError(`The latest dump has no file "${request.params.file}"`);
      return reply
        .type(file.mediaType)
        .header('content-length', file.bytes)
        .header('content-disposition', `attachment; filename="${request.params.file}"`)
        .header('cache-control', 'public, max-age=3600')
        .send(createReadStream(file.path));
    },
  );
};
