/**
 * When to try a failed delivery again: exponential back-off (base, 2×base, 4×base, …) capped,
 * with ±25 % jitter so that many deliveries failing together (a receiver down) do not all come
 * back at the same instant. The jitter keeps each delay above the previous one's maximum until
 * the cap is reached.
 */
export interface RetryPolicy {
  baseMs: number;
  capMs: number;
}

/** The delay after the `attempt`-th failed attempt (1-based). `random` is in [0, 1). */
export function retryDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 52);
  const plain = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  const jittered = plain * (0.75 + 0.5 * random());
  return Math.max(1, Math.round(Math.min(jittered, policy.capMs * 1.25)));
}
