/**
 * The one configuration object, read from the environment once at start-up and frozen.
 * Invalid values fail start-up with every problem listed, rather than surfacing later as an
 * obscure runtime error.
 */
import path from 'node:path';

export interface Config {
  readonly host: string;
  readonly port: number;
  /** Where the embedded database keeps its files; ignored when `databaseUrl` is set. */
  readonly dataDir: string;
  /** A PostgreSQL server; `null` selects the embedded database (PGlite). */
  readonly databaseUrl: string | null;
  /** Where document files (PDFs) are kept, named by their SHA-256. */
  readonly filesDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The public origin used in absolute links (feeds, sitemaps, API links). */
  readonly publicBaseUrl: string;
  /** Rendered pages kept in memory; 0 turns the page cache off. */
  readonly pageCacheEntries: number;
  readonly webhooks: WebhookConfig;
}

export interface WebhookConfig {
  /** How long a receiver has to answer one delivery attempt. */
  readonly timeoutMs: number;
  /** The first retry's delay; each further one doubles, up to `retryCapMs` (both get ±25 % jitter). */
  readonly retryBaseMs: number;
  readonly retryCapMs: number;
  /** A subscription whose deliveries have failed continuously this long is paused. */
  readonly pauseAfterMs: number;
  /** Deliveries sent at once (to different subscriptions). */
  readonly concurrency: number;
  /**
   * Lets subscriptions name loopback, private and other non-public addresses. Off: a webhook URL
   * is a request the server makes for a stranger, and must not reach what only the server sees.
   * For testing against a local receiver only.
   */
  readonly allowPrivateTargets: boolean;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}="${raw}" must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };

  const flag = (name: string): boolean => {
    const raw = env[name]?.trim() ?? '';
    if (raw === '' || raw === '0' || raw === 'false') return false;
    if (raw === '1' || raw === 'true') return true;
    problems.push(`${name}="${raw}" must be 1 (on) or 0 (off)`);
    return false;
  };

  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }

  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const port = int('PORT', 3000, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const publicBaseUrl = (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicBaseUrl);
  } catch {
    problems.push(`PUBLIC_BASE_URL="${publicBaseUrl}" is not a URL`);
  }

  const webhooks: WebhookConfig = Object.freeze({
    timeoutMs: int('WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
    retryBaseMs: int('WEBHOOK_RETRY_BASE_MS', 30_000, 1, 86_400_000),
    retryCapMs: int('WEBHOOK_RETRY_CAP_MS', 6 * 3_600_000, 1, 7 * 86_400_000),
    pauseAfterMs: int('WEBHOOK_PAUSE_AFTER_DAYS', 3, 1, 365) * 86_400_000,
    concurrency: int('WEBHOOK_CONCURRENCY', 8, 1, 100),
    allowPrivateTargets: flag('WEBHOOK_ALLOW_PRIVATE_TARGETS'),
  });

  if (problems.length > 0) throw new ConfigError(problems);

  return Object.freeze({
    host,
    port,
    dataDir: path.resolve(env.OPENEPAR_DATA_DIR || 'data/pglite'),
    filesDir: path.resolve(env.OPENEPAR_FILES_DIR || 'data/files'),
    databaseUrl,
    logLevel,
    publicBaseUrl,
    pageCacheEntries: int('PAGE_CACHE_ENTRIES', 2000, 0, 1_000_000),
    webhooks,
    ...overrides,
  });
}
