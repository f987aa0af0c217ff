/**
 * How failed sign-ins slow down whoever makes them, counted three ways:
 *
 * - one account from one address: a few free tries, then a wait that doubles with each failure,
 *   up to 5 minutes. This is the lock-out a guesser meets; since it is per address, a stranger
 *   cannot use it to lock the real user out (they sign in from their own address).
 * - one address, whatever the accounts: stops one client trying a password on many accounts;
 *   up to 15 minutes.
 * - one account, from every address together: slows a guesser with many addresses, capped at
 *   one minute so that it can never keep the real user out for longer than that.
 *
 * A quiet hour forgets the failures. A successful sign-in forgets its account's and pair's.
 */
export type ThrottleScope = 'pair' | 'address' | 'account';

interface ScopeRule {
  /** Failures allowed before any wait. */
  free: number;
  /** The longest wait, in seconds. */
  capSeconds: number;
}

export const THROTTLE_RULES: Readonly<Record<ThrottleScope, ScopeRule>> = {
  pair: { free: 3, capSeconds: 300 },
  address: { free: 20, capSeconds: 900 },
  account: { free: 10, capSeconds: 60 },
};

/** Failures further apart than this start counting afresh. */
export const THROTTLE_FORGET_MS = 3_600_000;

/** The wait after the `failures`-th failure in a row: none while free, then 1 s, 2 s, 4 s… up to the cap. */
export function waitSeconds(scope: ThrottleScope, failures: number): number {
  const rule = THROTTLE_RULES[scope];
  if (failures < rule.free) return 0;
  return Math.min(rule.capSeconds, 2 ** Math.min(failures - rule.free, 30));
}

export function throttleKeys(email: string, address: string): { scope: ThrottleScope; key: string }[] {
  return [
    { scope: 'pair', key: `${email}|${address}` },
    { scope: 'address', key: address },
    { scope: 'account', key: email },
  ];
}
