/**
 * The webhook subscription API's JSON, declared once with TypeBox: Fastify validates and
 * serialises with it and the OpenAPI description is generated from it.
 */
import { Type, type Static } from 'typebox';
import { CHANGE_KINDS } from '../../domain/change-kinds.ts';
import { CATEGORIES, FLAG_KEYS, STATUSES } from '../../domain/medicine.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { MAX_QUERY_LENGTH } from '../../domain/search-query.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const Values = (description: string) => Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())], { description }));

export const SEARCH_KEYS = ['q', 'lang', 'category', 'status', 'area', 'atc', 'holder', 'flag', 'year'] as const;
export const SUBSCRIPTION_KEYS = ['url', 'description', 'medicine', 'search', 'kinds'] as const;

export const CreateSubscriptionSchema = Type.Object(
  {
    url: Type.String({ description: 'Where deliveries are POSTed: an http:// or https:// URL', maxLength: 2000 }),
    description: Type.Optional(Type.String({ maxLength: 500, description: 'A note for yourself' })),
    medicine: Type.Optional(Type.String({ maxLength: 300, description: 'Only changes of this medicine: its slug (lumykras) or product number (EMEA/H/C/005522)' })),
    search: Type.Optional(
      Type.Object(
        {
          q: Type.Optional(Type.String({ description: `Search text, as in /api/v1/search (at most ${MAX_QUERY_LENGTH} characters)` })),
          lang: Type.Optional(Type.Enum(LANGUAGES, { description: 'The language of q (default en)' })),
          category: Values(`One of ${CATEGORIES.join(', ')}`),
          status: Values(`One of ${STATUSES.join(', ')}`),
          area: Values('Therapeutic area (MeSH heading), as in the search API\'s `area` facet, e.g. "Breast Neoplasms"'),
          atc: Values('An ATC code or its start: L01 is every antineoplastic agent'),
          holder: Values('Marketing authorisation holder, as in the `holder` facet'),
          flag: Values(`Each given must hold: ${FLAG_KEYS.join(', ')}`),
          year: Values('Year of the marketing authorisation, e.g. "2022"'),
        },
        { description: 'Only changes of medicines this search finds (as they are after the change); the search API\'s parameters' },
      ),
    ),
    kinds: Type.Optional(Type.Array(Type.Enum(CHANGE_KINDS), { minItems: 1, description: 'Only revisions with at least one of these kinds of change' })),
  },
  { description: 'Every part given must hold. Without medicine, search and kinds: every change of every medicine.' },
);
export type CreateSubscriptionBody = Static<typeof CreateSubscriptionSchema>;

const StoredSearchSchema = Type.Object({
  q: Nullable(Type.String()),
  lang: Type.Enum(LANGUAGES),
  category: Type.Array(Type.String()),
  status: Type.Array(Type.String()),
  area: Type.Array(Type.String()),
  atc: Type.Array(Type.String()),
  holder: Type.Array(Type.String()),
  flag: Type.Array(Type.String()),
  year: Type.Array(Type.Integer()),
});

export const SubscriptionSchema = Type.Object(
  {
    id: Type.String(),
    url: Type.String(),
    description: Nullable(Type.String()),
    filter: Type.Object({
      medicine: Nullable(Type.Object({ slug: Type.String(), productNumber: Nullable(Type.String()), name: Type.String() })),
      search: Nullable(StoredSearchSchema),
      kinds: Nullable(Type.Array(Type.Enum(CHANGE_KINDS))),
    }),
    status: Type.Union([Type.Literal('active'), Type.Literal('paused')], { description: 'paused: deliveries failed for days; they are kept and continue after a resume' }),
    pausedAt: Nullable(DateTime),
    pauseReason: Nullable(Type.String()),
    failingSince: Nullable({ ...DateTime, description: 'Since when every attempt has failed; null while deliveries succeed' }),
    createdAt: DateTime,
    pendingDeliveries: Type.Integer(),
    links: Type.Object({ self: Type.String(), deliveries: Type.String() }),
  },
  { $id: 'WebhookSubscription' },
);
export type SubscriptionJson = Static<typeof SubscriptionSchema>;

export const CreatedSubscriptionSchema = Type.Object({
  ...SubscriptionSchema.properties,
  secret: Type.String({ description: 'Signs every delivery (X-OpenEPAR-Signature). Shown only now: keep it.' }),
});

export const SubscriptionListSchema = Type.Object({ subscriptions: Type.Array(SubscriptionSchema) });

export const IdParamsSchema = Type.Object({ id: Type.String({ maxLength: 100 }) });

export const DeliveriesQuerySchema = Type.Object({
  state: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('delivered')])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ description: 'The `next` value of a previous response' })),
});

const EventSchema = Type.Object({
  medicine: Type.Object({
    slug: Type.String(),
    productNumber: Nullable(Type.String()),
    name: Type.String(),
    category: Type.String(),
    url: Type.String(),
    apiUrl: Type.String(),
  }),
  revision: Type.Object({
    number: Type.Integer(),
    asOf: DateTime,
    recordedAt: DateTime,
    source: Type.Object({ kind: Type.String(), reference: Type.String() }),
    kinds: Type.Array(Type.String()),
    changes: Type.Array(Type.Object({ field: Type.String(), from: Type.Optional(Type.Unknown()), to: Type.Optional(Type.Unknown()) })),
    changesTruncated: Type.Boolean(),
    url: Type.String(),
  }),
  summary: Type.Array(Type.String()),
});

export const DeliveriesResponseSchema = Type.Object({
  deliveries: Type.Array(
    Type.Object({
      id: Type.String({ description: 'The X-OpenEPAR-Delivery header and body id: the same on every attempt' }),
      state: Type.Union([Type.Literal('pending'), Type.Literal('delivered')]),
      createdAt: DateTime,
      nextAttemptAt: Nullable(DateTime),
      deliveredAt: Nullable(DateTime),
      attempts: Type.Array(
        Type.Object({
          number: Type.Integer(),
          startedAt: DateTime,
          durationMs: Type.Integer(),
          statusCode: Nullable(Type.Integer()),
          error: Nullable(Type.String({ description: 'HTTP 500, HTTP 302 (redirects are not followed), timed out, could not connect, or refused: not a public address' })),
          responseExcerpt: Nullable(Type.String({ description: 'The start (up to 200 bytes) of a 2xx answer\'s body; of any other answer only its status line' })),
        }),
      ),
      event: EventSchema,
    }),
  ),
  next: Nullable(Type.String()),
});
