/**
 * `GET /api/v1/medicines/{id}/product-information/{lang}/changes[?from=&to=]`: the sections that
 * changed between two versions of a medicine's product information, with a word diff each.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorSchema } from '../../http/schemas/error.schema.ts';
import type { SectionChangesService } from './section-changes.service.ts';

const VersionId = Type.String({ pattern: '^[1-9][0-9]{0,17}$', description: 'A version id, as `versions[].id` gives it' });

const VersionSchema = Type.Object({
  id: Type.String(),
  versionDate: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  procedure: Type.Union([Type.String(), Type.Null()]),
  source: Type.Object({ kind: Type.String(), file: Type.String(), url: Type.Union([Type.String(), Type.Null()]) }),
  importedAt: Type.String(),
});

export const SectionChangesSchema = Type.Object({
  language: Type.String(),
  from: Type.Union([VersionSchema, Type.Null()], { description: 'The older version; null when `to` is the first held' }),
  to: VersionSchema,
  versions: Type.Array(VersionSchema, { description: 'Every version held in the language, newest first' }),
  sections: Type.Array(
    Type.Object({
      annex: Type.String({ description: '`smpc`, `annex-ii`, `labelling` or `leaflet`' }),
      key: Type.String({ description: "The section's number without its dot (`4.2`)" }),
      number: Type.String(),
      heading: Type.String(),
      headingBefore: Type.Optional(Type.String()),
      change: Type.Union([Type.Literal('changed'), Type.Literal('added'), Type.Literal('removed')]),
      anchor: Type.String({ description: "The section's anchor on the product-information page (`smpc-4-2`)" }),
      diff: Type.Array(Type.Object({ type: Type.Union([Type.Literal('same'), Type.Literal('added'), Type.Literal('removed')]), text: Type.String() })),
    }),
  ),
});

export const sectionChangesApiRoutes: FastifyPluginAsyncTypebox<{ sectionChanges: SectionChangesService }> = async (app, { sectionChanges }) => {
  app.get(
    '/api/v1/medicines/:id/product-information/:lang/changes',
    {
      schema: {
        summary: 'What changed between two versions of the product information',
        description: 'The sections (SmPC, annex II, labelling, leaflet) that differ between two versions in one language, each with a word diff; by default the newest version against the one before it.',
        tags: ['product information'],
        params: Type.Object({ id: Type.String({ maxLength: 200 }), lang: Type.String({ pattern: '^[a-z]{2}$' }) }),
        querystring: Type.Object({ from: Type.Optional(VersionId), to: Type.Optional(VersionId) }),
        response: { 200: SectionChangesSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const c = await sectionChanges.compare(request.params.id, request.params.lang, { from: request.query.from ?? null, to: request.query.to ?? null });
      const version = (v: NonNullable<typeof c.from>) => ({ id: v.id, versionDate: v.versionDate, procedure: v.procedure, source: v.source, importedAt: v.importedAt });
      return { language: c.language, from: c.from ? version(c.from) : null, to: version(c.to), versions: c.versions.map(version), sections: c.sections };
    },
  );
};
