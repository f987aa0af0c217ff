/**
 * The one configuration object, read from the environment once at start-up and frozen.
 * Invalid values fail start-up with every problem listed, rather than surfacing later as an
 * obscure runtime error.
 */
import { isIP } from 'node:net';
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
  /** Where `openepar export all` dumps are published from: the open-data page lists the newest. */
  readonly dumpsDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The public origin used in absolute links (feeds, sitemaps, API links). */
  readonly publicBaseUrl: string;
  /** Rendered pages kept in memory; 0 turns the page cache off. */
  readonly pageCacheEntries: number;
  /** The most the page cache holds, in bytes of pages (each kept whole and in brotli and gzip), so memory stays flat. */
  readonly pageCacheBytes: number;
  /** Answers to identical searches kept in memory, per database snapshot; 0 turns it off. */
  readonly searchCacheEntries: number;
  readonly webhooks: WebhookConfig;
  readonly http: HttpConfig;
  readonly admin: AdminConfig;
}

/** The back office's sessions (src/features/accounts). */
export interface AdminConfig {
  /**
   * Session and CSRF cookies without `Secure`, for a portal reached over plain http://localhost
   * (development, tests); refused for any other PUBLIC_BASE_URL.
   */
  readonly insecureCookies: boolean;
  /** A session unused this long is over. */
  readonly sessionIdleMs: number;
  /** A session is over this long after sign-in, however active. */
  readonly sessionMaxMs: number;
}

/** How the portal faces the network: proxies, TLS, timeouts, limits. */
export interface HttpConfig {
  /**
   * Whose `X-Forwarded-For`/`-Proto`/`-Host` to believe (Fastify's `trustProxy`): `false` none (the
   * socket's peer is the client), `true` any, a number that many hops, or a comma-separated list
   * of addresses, CIDR ranges and the names `loopback`, `linklocal`, `uniquelocal`. Behind a
   * proxy it decides the client address rate limits count by and whether a request came over
   * HTTPS (which makes cookies `Secure`).
   */
  readonly trustProxy: boolean | number | string;
  /** `Strict-Transport-Security: max-age`, in seconds; 0 sends none, as a site not served over HTTPS must not. */
  readonly hstsMaxAge: number;
  /** Time to receive a request's headers: a client trickling them in holds a socket for no more. */
  readonly headersTimeoutMs: number;
  /** Time to receive a whole request, headers and body. */
  readonly requestTimeoutMs: number;
  /** A socket with no traffic either way for this long is closed (also while a slow answer is computed). */
  readonly connectionTimeoutMs: number;
  /**
   * A database statement a portal runs for longer is cancelled and the request answered 503
   * with `Retry-After`. Enforced by a PostgreSQL server (`statement_timeout`); the embedded
   * database cannot interrupt a statement, so the request is answered at its deadline and the
   * statement finishes in the database's thread (`src/db/request-admission.ts`).
   */
  readonly queryTimeoutMs: number;
  /**
   * Requests using the database at once (DB_CONCURRENT_REQUESTS; 2 on the embedded database,
   * whose one connection runs a query at a time, 8 on a server's pool of 10), how many more may
   * wait (DB_QUEUE_LENGTH) and for how long (DB_QUEUE_WAIT_MS); beyond that a request is
   * answered 503 with `Retry-After` at once, instead of waiting past a client's patience.
   * Cached pages, static files and `/healthz` never queue.
   */
  readonly databaseRequests: { readonly concurrent: number; readonly queue: number; readonly waitMs: number };
  /** How long an idle keep-alive connection waits for the next request; longer than a proxy's own idle timeout. */
  readonly keepAliveTimeoutMs: number;
  /** The largest request body accepted (the API's only bodies are webhook subscriptions). */
  readonly bodyLimitBytes: number;
  /** Requests per client address on the costly routes; null: no limits. */
  readonly rateLimit: RateLimitConfig | null;
}

export interface RateLimitConfig {
  /** The window requests are counted in; a client over its limit waits for the window to end. */
  readonly windowMs: number;
  /** Requests per window and client address, each kind of route counted on its own. */
  readonly api: number;
  readonly search: number;
  readonly suggest: number;
  readonly feeds: number;
  /** Whole-catalogue exports, each of which streams every record. */
  readonly exports: number;
  /**
   * Client addresses and CIDR ranges never limited. Loopback by default: a local proxy without
   * TRUST_PROXY would otherwise put every reader in one bucket, and local tools and tests are
   * not the crowd the limits are for.
   */
  readonly exempt: readonly string[];
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

  const http = loadHttpConfig(env, int, flag, problems, databaseUrl !== null);

  const insecureCookies = flag('ADMIN_INSECURE_COOKIES');
  if (insecureCookies && !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(publicBaseUrl)) {
    problems.push(`ADMIN_INSECURE_COOKIES=1 is only for a portal at http://localhost (PUBLIC_BASE_URL is ${publicBaseUrl})`);
  }
  const admin: AdminConfig = Object.freeze({
    insecureCookies,
    sessionIdleMs: int('ADMIN_SESSION_IDLE_MINUTES', 30, 1, 24 * 60) * 60_000,
    sessionMaxMs: int('ADMIN_SESSION_MAX_HOURS', 12, 1, 24 * 30) * 3_600_000,
  });

  if (problems.length > 0) throw new ConfigError(problems);

  return Object.freeze({
    host,
    port,
    dataDir: path.resolve(env.OPENEPAR_DATA_DIR || 'data/pglite'),
    filesDir: path.resolve(env.OPENEPAR_FILES_DIR || 'data/files'),
    dumpsDir: path.resolve(env.OPENEPAR_DUMPS_DIR || 'data/dumps'),
    databaseUrl,
    logLevel,
    publicBaseUrl,
    pageCacheEntries: int('PAGE_CACHE_ENTRIES', 2000, 0, 1_000_000),
    pageCacheBytes: int('PAGE_CACHE_MB', 64, 0, 64 * 1024) * 1024 * 1024,
    searchCacheEntries: int('SEARCH_CACHE_ENTRIES', 500, 0, 1_000_000),
    webhooks,
    http,
    admin,
    ...overrides,
  });
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address or CIDR range (`10.0.0.0/8`, `::1/128`), as proxy-addr and net.BlockList read them. */
function isAddressOrRange(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

function loadHttpConfig(
  env: NodeJS.ProcessEnv,
  int: (name: string, fallback: number, min: number, max: number) => number,
  flag: (name: string) => boolean,
  problems: string[],
  onServer: boolean,
): HttpConfig {
  const rawProxy = env.TRUST_PROXY?.trim() ?? '';
  let trustProxy: HttpConfig['trustProxy'] = false;
  if (rawProxy === '' || rawProxy === 'false') trustProxy = false;
  else if (rawProxy === 'true') trustProxy = true;
  else if (/^\d+$/.test(rawProxy)) trustProxy = Number(rawProxy);
  else {
    const entries = rawProxy.split(',').map((entry) => entry.trim());
    const bad = entries.filter((entry) => !PROXY_NAMES.includes(entry) && !isAddressOrRange(entry));
    if (bad.length > 0) {
      problems.push(`TRUST_PROXY="${rawProxy}" must be true, a hop count, or addresses, CIDR ranges and ${PROXY_NAMES.join('/')} separated by commas (not ${bad.join(', ')})`);
    } else trustProxy = entries.join(',');
  }

  const headersTimeoutMs = int('HEADERS_TIMEOUT_MS', 10_000, 1_000, 600_000);
  const requestTimeoutMs = int('REQUEST_TIMEOUT_MS', 30_000, 1_000, 600_000);
  // Node refuses a server whose headers may take longer than the whole request.
  if (headersTimeoutMs > requestTimeoutMs) problems.push(`HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not exceed REQUEST_TIMEOUT_MS (${requestTimeoutMs})`);

  const exempt = (env.RATE_LIMIT_EXEMPT ?? '127.0.0.0/8,::1').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const badExempt = exempt.filter((entry) => !isAddressOrRange(entry));
  if (badExempt.length > 0) problems.push(`RATE_LIMIT_EXEMPT has ${badExempt.map((e) => `"${e}"`).join(', ')}, which is not an address or CIDR range`);
  const limitsOff = env.RATE_LIMIT !== undefined && env.RATE_LIMIT.trim() !== '' && !flag('RATE_LIMIT');
  const rateLimit: RateLimitConfig | null = limitsOff
    ? null
    : Object.freeze({
        windowMs: int('RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400) * 1000,
        api: int('RATE_LIMIT_API', 600, 1, 10_000_000),
        search: int('RATE_LIMIT_SEARCH', 120, 1, 10_000_000),
        suggest: int('RATE_LIMIT_SUGGEST', 600, 1, 10_000_000),
        feeds: int('RATE_LIMIT_FEEDS', 120, 1, 10_000_000),
        exports: int('RATE_LIMIT_EXPORTS', 10, 1, 10_000_000),
        exempt: Object.freeze(exempt),
      });

  return Object.freeze({
    trustProxy,
    hstsMaxAge: int('HSTS_MAX_AGE', 0, 0, 2 * 365 * 86_400),
    headersTimeoutMs,
    requestTimeoutMs,
    connectionTimeoutMs: int('CONNECTION_TIMEOUT_MS', 60_000, 1_000, 3_600_000),
    queryTimeoutMs: int('QUERY_TIMEOUT_MS', 15_000, 100, 600_000),
    databaseRequests: Object.freeze({
      concurrent: int('DB_CONCURRENT_REQUESTS', onServer ? 8 : 2, 1, 1000),
      queue: int('DB_QUEUE_LENGTH', 256, 0, 100_000),
      waitMs: int('DB_QUEUE_WAIT_MS', 5_000, 1, 600_000),
    }),
    keepAliveTimeoutMs: int('KEEP_ALIVE_TIMEOUT_MS', 72_000, 1_000, 600_000),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 64 * 1024, 1024, 64 * 1024 * 1024),
    rateLimit,
  });
}
