/**
 * Signing of webhook deliveries, Stripe-style: the receiver recomputes an HMAC-SHA256 of
 * "<timestamp>.<body>" with the subscription's secret. Signing the timestamp with the body lets
 * a receiver refuse a captured request replayed later.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-OpenEPAR-Signature';
export const TIMESTAMP_HEADER = 'X-OpenEPAR-Timestamp';
export const DELIVERY_HEADER = 'X-OpenEPAR-Delivery';
export const EVENT_HEADER = 'X-OpenEPAR-Event';
export const ATTEMPT_HEADER = 'X-OpenEPAR-Attempt';

/** A new subscription secret: 32 random bytes, recognisable by its prefix. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The signature header's value: `sha256=<hex>`. `timestamp` is in Unix seconds. */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface VerifyOptions {
  /** Seconds a delivery may be old (or early, for clock skew); 5 minutes by default. */
  toleranceSeconds?: number;
  /** Unix seconds; now by default. */
  now?: number;
}

/**
 * What a receiver does, in TypeScript: constant-time comparison of the expected and the given
 * signature, and a recent timestamp. Used by the tests and shown in the README.
 */
export function verifySignature(secret: string, body: string, timestampHeader: string | undefined, signatureHeader: string | undefined, options: VerifyOptions = {}): boolean {
  if (!timestampHeader || !signatureHeader || !/^\d{1,12}$/.test(timestampHeader)) return false;
  const timestamp = Number(timestampHeader);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signPayload(secret, timestamp, body));
  const given = Buffer.from(signatureHeader);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
