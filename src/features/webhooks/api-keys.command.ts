/**
 * `openepar api-keys create <name> | list | revoke <id>`: the keys of the webhook API. A new
 * key is printed once, on stdout (everything else goes to stderr), so it can be piped.
 */
import { NotFoundError } from '../../domain/errors.ts';
import type { ApiKeyService } from './api-keys.service.ts';

export const API_KEYS_USAGE = 'openepar api-keys create <name> | api-keys list | api-keys revoke <id>';

export class ApiKeysUsageError extends Error {}

export async function runApiKeysCommand(apiKeys: ApiKeyService, args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'create') {
    const name = rest.join(' ').trim();
    if (!name) throw new ApiKeysUsageError('api-keys create needs a name (who or what uses the key)');
    const { key, apiKey } = await apiKeys.create(name);
    out(key);
    err(`Created API key ${apiKey.id} "${apiKey.name}". It is shown only now: store it safely. Use it as "Authorization: Bearer <key>".`);
    return 0;
  }
  if (action === 'list') {
    if (rest.length > 0) throw new ApiKeysUsageError('api-keys list takes no arguments');
    const keys = await apiKeys.list();
    if (keys.length === 0) err('No API keys. Create one with: openepar api-keys create <name>');
    for (const k of keys) {
      out([String(k.id), `${k.prefix}…`, k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active', `created ${k.createdAt.toISOString()}`, `${k.subscriptions} subscription(s)`, k.name].join('\t'));
    }
    return 0;
  }
  if (action === 'revoke') {
    const id = rest[0];
    if (!id || rest.length > 1 || !/^\d+$/.test(id)) throw new ApiKeysUsageError('api-keys revoke needs the id of one key (see api-keys list)');
    const key = await apiKeys.revoke(Number(id)).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (!key) {
      err(`openepar: there is no API key ${id} (see api-keys list)`);
      return 1;
    }
    err(`API key ${key.id} "${key.name}" is revoked; ${key.pausedSubscriptions} subscription(s) of it paused (see openepar webhooks list).`);
    return 0;
  }
  throw new ApiKeysUsageError(`unknown api-keys action "${action ?? ''}"; one of create, list, revoke`);
}
