/**
 * `openepar webhooks list | delete <id> | pause <id> | resume <id>`: every API key's webhook
 * subscriptions, for the operator of the server (the API shows each key only its own, and a
 * revoked key nothing at all). Results go to stdout (`--json` for a machine), messages to stderr.
 */
import { parseArgs } from 'node:util';
import { NotFoundError } from '../../domain/errors.ts';
import type { Subscription } from './webhook-model.ts';
import type { WebhookService } from './webhooks.service.ts';

export const WEBHOOKS_USAGE = 'openepar webhooks list [--json] | webhooks delete <id> | webhooks pause <id> | webhooks resume <id>';

export const OPERATOR_PAUSE_REASON = 'Paused by an operator.';

/** Runs one action and returns its exit code: 0 done, 1 no such subscription, 2 wrong usage. */
export async function runWebhooksCommand(
  services: { webhooks: WebhookService },
  args: string[],
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  let parsed: { values: { json?: boolean | undefined }; positionals: string[] };
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch (error) {
    err(`openepar: ${(error as Error).message}\nUsage: ${WEBHOOKS_USAGE}`);
    return 2;
  }
  const json = parsed.values.json === true;
  const [action, ...rest] = parsed.positionals;
  const usage = (message: string) => {
    err(`openepar: ${message}\nUsage: ${WEBHOOKS_USAGE}`);
    return 2;
  };
  const webhooks = services.webhooks;

  if (action === 'list') {
    if (rest.length > 0) return usage('webhooks list takes no arguments');
    const all = await webhooks.listAll();
    if (json) {
      out(JSON.stringify(all.map(toJson)));
      return 0;
    }
    if (all.length === 0) err('No webhook subscriptions.');
    for (const s of all) {
      const state = s.status === 'paused' ? `paused ${s.pausedAt?.toISOString() ?? ''}: ${s.pauseReason ?? ''}` : s.failingSince ? `failing since ${s.failingSince.toISOString()}` : 'active';
      out([s.id, `key ${s.apiKeyId}`, state, `${s.pendingDeliveries} pending`, s.url, s.description ?? ''].join('\t'));
    }
    return 0;
  }

  const actions: Record<string, (id: string) => Promise<Subscription | null>> = {
    delete: async (id) => {
      await webhooks.deleteAny(id);
      return null;
    },
    pause: (id) => webhooks.pauseAny(id, OPERATOR_PAUSE_REASON),
    resume: (id) => webhooks.resumeAny(id),
  };
  const run = action === undefined ? undefined : actions[action];
  if (!run) return usage(`unknown webhooks action "${action ?? ''}"; one of list, delete, pause, resume`);
  const id = rest[0];
  if (!id || rest.length > 1) return usage(`webhooks ${action} needs the id of one subscription (see webhooks list)`);
  let result: Subscription | null;
  try {
    result = await run(id);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    err(`openepar: there is no webhook subscription ${id} (see webhooks list)`);
    return 1;
  }
  if (json) out(JSON.stringify(result ? toJson(result) : { id, deleted: true }));
  else if (action === 'delete') err(`Deleted webhook subscription ${id} with its deliveries and their log.`);
  else if (action === 'pause') err(`Paused webhook subscription ${id}; changes keep queueing until it is resumed or deleted.`);
  else err(`Resumed webhook subscription ${id}; ${result?.pendingDeliveries ?? 0} waiting deliveries are sent, oldest first.`);
  return 0;
}

function toJson(s: Subscription & { apiKeyId?: number }) {
  return {
    id: s.id,
    ...(s.apiKeyId === undefined ? {} : { apiKeyId: s.apiKeyId }),
    url: s.url,
    description: s.description,
    status: s.status,
    pausedAt: s.pausedAt?.toISOString() ?? null,
    pauseReason: s.pauseReason,
    failingSince: s.failingSince?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
    pendingDeliveries: s.pendingDeliveries,
  };
}
