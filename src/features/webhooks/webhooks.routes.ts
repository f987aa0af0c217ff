import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Compile } from 'typebox/compile';
import { ValidationError } from '../../domain/errors.ts';
import type { ApiKeyService } from './api-keys.service.ts';
import type { Subscription } from './webhook-model.ts';
import type { WebhookService } from './webhooks.service.ts';
import {
  CreatedSubscriptionSchema,
  CreateSubscriptionSchema,
  DeliveriesQuerySchema,
  DeliveriesResponseSchema,
  IdParamsSchema,
  SEARCH_KEYS,
  SUBSCRIPTION_KEYS,
  SubscriptionListSchema,
  SubscriptionSchema,
  type SubscriptionJson,
} from './webhooks.schema.ts';
import { ErrorSchema } from '../../http/schemas/error.schema.ts';

const security = [{ apiKey: [] }];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 404: ErrorSchema };

/** Every route here needs an API key; each key sees only the subscriptions it created. */
export const webhooksRoutes: FastifyPluginAsyncTypebox<{ webhooks: WebhookService; apiKeys: ApiKeyService }> = async (app, { webhooks, apiKeys }) => {
  const keyOf = new WeakMap<FastifyRequest, number>();
  app.addHook('onRequest', async (request, reply) => {
    try {
      keyOf.set(request, await apiKeys.authenticate(request.headers.authorization));
    } catch (error) {
      reply.header('www-authenticate', 'Bearer');
      throw error;
    }
  });
  const key = (request: FastifyRequest) => keyOf.get(request)!;

  app.post(
    '/api/v1/webhooks',
    {
      schema: {
        summary: 'Subscribe a URL to changes',
        description:
          'Creates a subscription: every change recorded from now on that matches (a medicine, a search, kinds of change; all given must hold) is POSTed to the URL as JSON, signed with the secret returned here once.',
        tags: ['webhooks'],
        security,
        body: CreateSubscriptionSchema,
        response: { 201: CreatedSubscriptionSchema, ...errors },
      },
      // Fastify's validator drops unknown properties silently; a misspelt filter ("kind") must
      // not quietly become a subscription to everything. It also coerces types, for query
      // strings' sake: a body is JSON, whose types are the client's word, so they are checked as sent.
      preValidation: async (request) => {
        rejectUnknownKeys(request.body);
        rejectWrongTypes(request.body);
      },
    },
    async (request, reply) => {
      const { subscription, secret } = await webhooks.create(key(request), request.body);
      reply.code(201).header('location', selfOf(subscription.id));
      return { ...toJson(subscription), secret };
    },
  );

  app.get(
    '/api/v1/webhooks',
    { schema: { summary: 'Your subscriptions', tags: ['webhooks'], security, response: { 200: SubscriptionListSchema, 401: ErrorSchema } } },
    async (request) => ({ subscriptions: (await webhooks.list(key(request))).map(toJson) }),
  );

  app.get(
    '/api/v1/webhooks/:id',
    { schema: { summary: 'One subscription', tags: ['webhooks'], security, params: IdParamsSchema, response: { 200: SubscriptionSchema, ...errors } } },
    async (request) => toJson(await webhooks.get(key(request), request.params.id)),
  );

  app.delete(
    '/api/v1/webhooks/:id',
    {
      schema: {
        summary: 'Delete a subscription',
        description: 'Deletes it with its pending deliveries and delivery log.',
        tags: ['webhooks'],
        security,
        params: IdParamsSchema,
        response: { 204: { type: 'null', description: 'Deleted' }, ...errors },
      },
    },
    async (request, reply) => {
      await webhooks.delete(key(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/webhooks/:id/resume',
    {
      schema: {
        summary: 'Resume a paused subscription',
        description: 'Deliveries that waited while it was paused are sent, oldest first. Resuming an active subscription retries its pending deliveries now.',
        tags: ['webhooks'],
        security,
        params: IdParamsSchema,
        response: { 200: SubscriptionSchema, ...errors },
      },
    },
    async (request) => toJson(await webhooks.resume(key(request), request.params.id)),
  );

  app.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      schema: {
        summary: 'Deliveries and their log',
        description: 'Newest first, each with every attempt: when, HTTP status or error, duration and the start of the response.',
        tags: ['webhooks'],
        security,
        params: IdParamsSchema,
        querystring: DeliveriesQuerySchema,
        response: { 200: DeliveriesResponseSchema, ...errors },
      },
    },
    async (request) => {
      const page = await webhooks.deliveries(key(request), request.params.id, {
        limit: request.query.limit ?? 50,
        cursor: request.query.cursor ?? null,
        state: request.query.state ?? null,
      });
      return {
        deliveries: page.deliveries.map((d) => ({
          id: d.id,
          state: d.state,
          createdAt: d.createdAt.toISOString(),
          nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
          deliveredAt: d.deliveredAt?.toISOString() ?? null,
          attempts: d.attempts.map((a) => ({ ...a, startedAt: a.startedAt.toISOString() })),
          event: d.event,
        })),
        next: page.next,
      };
    },
  );
};

function rejectUnknownKeys(body: unknown): void {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return;
  const unknown = Object.keys(body).filter((k) => !(SUBSCRIPTION_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new ValidationError(`unknown field ${unknown.map((k) => `"${k}"`).join(', ')}; a subscription has ${SUBSCRIPTION_KEYS.join(', ')}`);
  const search = (body as { search?: unknown }).search;
  if (search !== null && typeof search === 'object' && !Array.isArray(search)) {
    const bad = Object.keys(search).filter((k) => !(SEARCH_KEYS as readonly string[]).includes(k));
    if (bad.length > 0) throw new ValidationError(`unknown field ${bad.map((k) => `"search.${k}"`).join(', ')}; a search has ${SEARCH_KEYS.join(', ')}`);
  }
}

const createSubscription = Compile(CreateSubscriptionSchema);

/** `"url": ["https://…"]` or `"category": [[]]` is refused, not read as a string the schema coerced it to. */
function rejectWrongTypes(body: unknown): void {
  if (createSubscription.Check(body)) return;
  // Only the types: a missing field or a value out of range gets its more helpful message from the
  // schema's validator or the subscription's parser.
  const wrong = createSubscription.Errors(body).find((e) => e.keyword === 'type');
  if (wrong) throw new ValidationError(`${wrong.instancePath.slice(1).replaceAll('/', '.') || 'the body'} ${wrong.message}`);
}

const selfOf = (id: string) => `/api/v1/webhooks/${encodeURIComponent(id)}`;

function toJson(s: Subscription): SubscriptionJson {
  return {
    id: s.id,
    url: s.url,
    description: s.description,
    filter: {
      medicine: s.filter.medicine,
      search: s.filter.search ? { q: s.filter.search.q, lang: s.filter.search.lang, ...s.filter.search.filters } : null,
      kinds: s.filter.kinds,
    },
    status: s.status,
    pausedAt: s.pausedAt?.toISOString() ?? null,
    pauseReason: s.pauseReason,
    failingSince: s.failingSince?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
    pendingDeliveries: s.pendingDeliveries,
    links: { self: selfOf(s.id), deliveries: `${selfOf(s.id)}/deliveries` },
  };
}
