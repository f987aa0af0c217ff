/**
 * What a webhook subscription is, what it is sent, and the parsing of a subscription request
 * into that shape. Pure: the service stores and matches, this decides what is valid.
 */
import { STATUS_CODES } from 'node:http';
import { CHANGE_KINDS, type ChangeKind } from '../../domain/change-kinds.ts';
import { ValidationError } from '../../domain/errors.ts';
import { isLanguageCode, type LanguageCode } from '../../domain/languages.ts';
import type { Change } from '../../domain/medicine-diff.ts';
import { cleanQuery, parseFilters, type RawFilters, type SearchFilters } from '../../domain/search-query.ts';
import { hostTarget, isPublicAddress, isPublicName } from '../../http/outbound/public-address.ts';

export const EVENT_TYPE = 'medicine.changed';

/** A search as a subscription keeps it: the text (or none) and facet filters, as the search API takes them. */
export interface StoredSearch {
  q: string | null;
  lang: LanguageCode;
  filters: SearchFilters;
}

export interface SubscriptionFilter {
  medicine: { slug: string; productNumber: string | null; name: string } | null;
  search: StoredSearch | null;
  kinds: ChangeKind[] | null;
}

export interface Subscription {
  id: string;
  url: string;
  description: string | null;
  filter: SubscriptionFilter;
  status: 'active' | 'paused';
  pausedAt: Date | null;
  pauseReason: string | null;
  /** Since when every attempt has failed; null while deliveries succeed. */
  failingSince: Date | null;
  createdAt: Date;
  pendingDeliveries: number;
}

export interface DeliveryAttempt {
  number: number;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
}

export interface Delivery {
  id: string;
  state: 'pending' | 'delivered';
  createdAt: Date;
  /** When the next attempt is due; null once delivered. */
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  attempts: DeliveryAttempt[];
  event: WebhookEvent;
}

/** What a delivery says, apart from its own id, time and subscription. Stored as sent. */
export interface WebhookEvent {
  medicine: { slug: string; productNumber: string | null; name: string; category: string; url: string; apiUrl: string };
  revision: {
    /** The entry's place in the medicine's history; may shift when an older source is imported later. */
    number: number;
    /** Permanent identifier of the history entry. */
    entryId: string | null;
    asOf: string;
    recordedAt: string;
    source: { kind: string; reference: string };
    kinds: string[];
    /** Every change as `{field, from, to}`; only `{field}` when they are too large to send (`changesTruncated`). */
    changes: (Change | { field: string })[];
    changesTruncated: boolean;
    /** The page of this revision in the medicine's history. */
    url: string;
  };
  /** Plain-English lines saying what changed ("Status: Authorised → Withdrawn"), when available. */
  summary: string[];
}

/** The JSON body of a delivery. */
export interface WebhookBody extends WebhookEvent {
  id: string;
  type: typeof EVENT_TYPE;
  createdAt: string;
  subscription: { id: string };
}

export function deliveryBody(delivery: { id: string; createdAt: Date; subscriptionId: string; event: WebhookEvent }): string {
  const body: WebhookBody = {
    id: delivery.id,
    type: EVENT_TYPE,
    createdAt: delivery.createdAt.toISOString(),
    subscription: { id: delivery.subscriptionId },
    ...delivery.event,
  };
  return JSON.stringify(body);
}

/** Above this, an event lists which fields changed but not their values. */
export const MAX_CHANGES_JSON = 64_000;

export function eventChanges(changes: Change[]): { changes: WebhookEvent['revision']['changes']; changesTruncated: boolean } {
  if (JSON.stringify(changes).length <= MAX_CHANGES_JSON) return { changes, changesTruncated: false };
  return { changes: changes.slice(0, 2000).map((c) => ({ field: c.field })), changesTruncated: true };
}

/** At most this much of a receiver's answer is kept in the delivery log. */
export const EXCERPT_BYTES = 200;

/**
 * What the delivery log keeps of an answer: the start of a 2xx body, or of anything else only
 * its status line (with the standard reason phrase, not the receiver's), so a subscription
 * cannot be used to read pages. Null when there is nothing to keep.
 */
export function logExcerpt(status: number | null, body: Buffer | string | null): string | null {
  if (status === null) return null;
  if (status < 200 || status > 299) return `${status} ${STATUS_CODES[status] ?? ''}`.trim();
  if (body === null) return null;
  const bytes = (typeof body === 'string' ? Buffer.from(body, 'utf8') : body).subarray(0, EXCERPT_BYTES);
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes)
    // A character cut in half at the limit, and control characters (a NUL cannot even be stored).
    .replace(/\uFFFD+$/, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  return text === '' ? null : text;
}

/* ---------- parsing a subscription request ---------- */

export interface RawSearch extends RawFilters {
  q?: string;
  lang?: string;
}

export interface RawSubscription {
  url: string;
  description?: string;
  medicine?: string;
  search?: RawSearch;
  kinds?: string[];
}

export interface ParsedSubscription {
  url: string;
  description: string | null;
  medicine: string | null;
  search: StoredSearch | null;
  kinds: ChangeKind[] | null;
}

const MAX_URL_LENGTH = 2000;

export interface UrlPolicy {
  /** The operator's test setting (`WEBHOOK_ALLOW_PRIVATE_TARGETS`): any host is accepted. */
  allowPrivateTargets: boolean;
}

/**
 * The one answer for every host refused as a target, whether it is an address, a local name or
 * a name that resolves to a private address or to nothing: the reason would map the network.
 */
export const NOT_PUBLIC_MESSAGE = 'url must point to a public internet address';

export function parseSubscription(raw: RawSubscription, policy: UrlPolicy = { allowPrivateTargets: false }): ParsedSubscription {
  return {
    url: parseWebhookUrl(raw.url, policy),
    description: raw.description?.trim() || null,
    medicine: raw.medicine?.trim() || null,
    search: raw.search ? parseStoredSearch(raw.search) : null,
    kinds: parseKinds(raw.kinds),
  };
}

/**
 * An http(s) URL without credentials, in WHATWG's normal form (so `http://0x7f.1/` is stored as
 * `http://127.0.0.1/`), whose host is a public address or a name that may be public; whether the
 * name resolves to public addresses only is the service's check, on registration and again on
 * every delivery.
 */
export function parseWebhookUrl(raw: string, policy: UrlPolicy = { allowPrivateTargets: false }): string {
  if (raw.length > MAX_URL_LENGTH) throw new ValidationError(`url is longer than ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ValidationError(`url "${raw}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ValidationError(`url must be http:// or https://, not ${url.protocol}`);
  if (url.username || url.password) throw new ValidationError('url must not contain a user name or password; verify deliveries by their signature');
  if (!policy.allowPrivateTargets) {
    const host = hostTarget(url);
    if (host.kind === 'address' ? !isPublicAddress(host.address) : !isPublicName(host.name)) throw new ValidationError(NOT_PUBLIC_MESSAGE);
  }
  url.hash = '';
  return url.toString();
}

function parseKinds(raw: string[] | undefined): ChangeKind[] | null {
  if (raw === undefined) return null;
  if (raw.length === 0) throw new ValidationError('kinds must list at least one kind of change, or be left out for every kind');
  const kinds = new Set<ChangeKind>();
  for (const k of raw) {
    if (!(CHANGE_KINDS as readonly string[]).includes(k)) throw new ValidationError(`kinds: "${k}" is not one of ${CHANGE_KINDS.join(', ')}`);
    kinds.add(k as ChangeKind);
  }
  return CHANGE_KINDS.filter((k) => kinds.has(k));
}

function parseStoredSearch(raw: RawSearch): StoredSearch {
  const lang = raw.lang ?? 'en';
  if (!isLanguageCode(lang)) throw new ValidationError(`search.lang "${lang}" is not a language code such as en`);
  let q: string | null;
  let filters: SearchFilters;
  try {
    q = cleanQuery(raw.q);
    filters = parseFilters(raw);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(`search: ${error.message}`);
    throw error;
  }
  const empty = q === null && Object.values(filters).every((v) => v.length === 0);
  if (empty) throw new ValidationError('search must give q or at least one filter (category, status, area, atc, holder, flag, year)');
  return { q, lang, filters };
}

/** A stored search read back from the database (written by `parseStoredSearch`). */
export function storedSearchOf(json: unknown): StoredSearch | null {
  if (json === null || typeof json !== 'object') return null;
  const s = json as StoredSearch;
  return { q: s.q ?? null, lang: s.lang, filters: s.filters };
}
