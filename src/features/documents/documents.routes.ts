import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NotFoundError } from '../../domain/errors.ts';
import type { DocumentsService } from './documents.service.ts';
import { ErrorSchema } from '../../http/schemas/error.schema.ts';

export const documentsRoutes: FastifyPluginAsyncTypebox<{ documents: DocumentsService }> = async (app, { documents }) => {
  app.get(
    '/files/:sha256',
    {
      schema: {
        summary: 'A stored document file',
        description: 'The bytes of a document OpenEPAR holds, by SHA-256; supports range requests and conditional GET.',
        tags: ['documents'],
        params: Type.Object({ sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) }),
      },
    },
    async (request, reply) => {
      const file = await documents.locate(request.params.sha256);
      if (!file) throw new NotFoundError(`No file ${request.params.sha256}`);
      // The name is the content's hash, so the content can never change: cache it for good.
      reply.header('etag', `"${request.params.sha256}"`).header('cache-control', 'public, max-age=31536000, immutable');
      if (request.headers['if-none-match'] === `"${request.params.sha256}"`) return reply.code(304).send();
      return reply.type(file.contentType).sendFile(file.relativePath, documents.store.root, { etag: false, lastModified: false, acceptRanges: true, cacheControl: false });
    },
  );

  app.get(
    '/api/v1/files/:sha256/text',
    {
      schema: {
        summary: "A stored document's text, page by page",
        tags: ['documents'],
        params: Type.Object({ sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) }),
        response: { 200: Type.Object({ sha256: Type.String(), pages: Type.Array(Type.String()) }), 404: ErrorSchema },
      },
    },
    async (request) => {
      const file = await documents.locate(request.params.sha256);
      if (!file) throw new NotFoundError(`No file ${request.params.sha256}`);
      return { sha256: request.params.sha256, pages: await documents.text(request.params.sha256) };
    },
  );
};
