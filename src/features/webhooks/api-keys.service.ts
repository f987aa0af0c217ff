/**
 * API keys for the write side of the API (webhook subscriptions). A key is shown once, when
 * created; only its SHA-256 is stored, which is enough to recognise it and useless to a thief.
 * Keys are long and random, so a fast hash is as good as a slow one here.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { NotFoundError, UnauthorisedError, ValidationError } from '../../domain/errors.ts';
import { findActiveApiKey, insertApiKey, listApiKeys, revokeApiKey, type ApiKeyRow } from './webhooks.repository.ts';

export interface ApiKey {
  id: number;
  name: string;
  /** The key's first characters, to tell keys apart. */
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const KEY_PATTERN = /^oep_[A-Za-z0-9_-]{43}$/;

export const REVOKED_PAUSE_REASON = 'Its API key was revoked. An operator can resume it (openepar webhooks resume <id>) or delete it.';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export class ApiKeyService {
  readonly #db: Kysely<DB>;

  constructor(db: Kysely<DB>) {
    this.#db = db;
  }

  /** A new key; the only time its value is known. */
  async create(name: string): Promise<{ key: string; apiKey: ApiKey }> {
    const clean = name.trim();
    if (clean === '' || clean.length > 200) throw new ValidationError('an API key needs a name of 1 to 200 characters (who or what uses it)');
    const key = `oep_${randomBytes(32).toString('base64url')}`;
    const row = await insertApiKey(this.#db, { name: clean, hash: hashApiKey(key), prefix: key.slice(0, 12) });
    return { key, apiKey: toApiKey(row) };
  }

  async list(): Promise<(ApiKey & { subscriptions: number })[]> {
    return (await listApiKeys(this.#db)).map((r) => ({ ...toApiKey(r), subscriptions: Number(r.subscriptions) }));
  }

  /**
   * Refuses the key from now on and pauses its subscriptions: whoever held the key can no longer
   * see or delete them, so they must not go on sending. An operator can resume or delete them.
   */
  async revoke(id: number): Promise<ApiKey & { pausedSubscriptions: number }> {
    const row = await revokeApiKey(this.#db, id, new Date(), REVOKED_PAUSE_REASON);
    if (!row) throw new NotFoundError(`there is no API key ${id}`);
    return { ...toApiKey(row), pausedSubscriptions: row.paused };
  }

  /** The key id an `Authorization: Bearer <key>` header stands for; 401 for anything else. */
  async authenticate(authorization: string | undefined): Promise<number> {
    if (!authorization) throw new UnauthorisedError('This API needs an API key: send "Authorization: Bearer <key>".');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!m) throw new UnauthorisedError('The Authorization header must be "Bearer <key>".');
    const key = m[1]!;
    const found = KEY_PATTERN.test(key) ? await findActiveApiKey(this.#db, hashApiKey(key)) : undefined;
    if (!found) throw new UnauthorisedError('The API key is not valid or has been revoked.');
    return Number(found.id);
  }
}

function toApiKey(r: ApiKeyRow): ApiKey {
  return { id: Number(r.id), name: r.name, prefix: r.key_prefix, createdAt: new Date(r.created_at), revokedAt: r.revoked_at ? new Date(r.revoked_at) : null };
}
