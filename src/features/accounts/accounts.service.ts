/**
 * Back-office accounts: people with a role, an argon2id password and optionally a TOTP second
 * factor; their sessions (only a SHA-256 of each session's token is stored, so a copy of the
 * database signs nobody in); and sign-in throttling (`login-throttle.ts`). Every change of an
 * account and every sign-in, failed or not, is recorded in the audit trail.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { Secret, TOTP } from 'otpauth';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { isStaffRole, type Staff, type StaffRole } from '../../domain/access-rules.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { AuditOrigin, AuditService } from '../audit/audit.service.ts';
import {
  clearFailures,
  endSession,
  endUserSessions,
  findFailures,
  findLiveSession,
  findUserByEmail,
  findUserById,
  insertSession,
  insertUser,
  listUsers,
  saveFailure,
  touchSession,
  updateUser,
  type UserRow,
} from './accounts.repository.ts';
import { THROTTLE_FORGET_MS, throttleKeys, waitSeconds } from './login-throttle.ts';
import { passwordProblem, type PasswordProblem } from './password-policy.ts';

export interface StaffAccount extends Staff {
  createdAt: Date;
  disabledAt: Date | null;
  mustChangePassword: boolean;
  totp: boolean;
}

export interface StaffSession {
  staff: Staff;
  sessionId: number;
  mustChangePassword: boolean;
}

export type SignInResult =
  | { outcome: 'signed-in'; token: string; session: StaffSession }
  | { outcome: 'refused' }
  | { outcome: 'throttled'; retryAfterSeconds: number };

/** A password the policy refuses; `problem` picks the message in the reader's language. */
export class PasswordPolicyError extends ValidationError {
  readonly problem: PasswordProblem;
  constructor(problem: PasswordProblem) {
    super(`the password is not acceptable: ${problem}`);
    this.problem = problem;
  }
}

export interface AccountsOptions {
  idleMs: number;
  maxMs: number;
  now?: () => Date;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;
const TOTP_ISSUER = 'OpenEPAR';
// A session's last use is written at most this often: reads are many, and idle limits are minutes.
const TOUCH_EVERY_MS = 60_000;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A one-time password to hand over: 4 groups of 5 letters and digits without look-alikes
 * (~103 bits), readable aloud; the policy is met by construction.
 */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const group = () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

export class AccountsService {
  readonly #db: Kysely<DB>;
  readonly #audit: AuditService;
  readonly #idleMs: number;
  readonly #maxMs: number;
  readonly #now: () => Date;
  // Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
  #dummyHash: Promise<string> | null = null;
  // One-time codes already used, by account and 30 s step, so a code seen over a shoulder (or
  // relayed) does not sign in a second time. Kept by this process: portals sharing a PostgreSQL
  // server each keep their own.
  readonly #usedCodes = new Map<string, number>();

  constructor(db: Kysely<DB>, audit: AuditService, options: AccountsOptions) {
    this.#db = db;
    this.#audit = audit;
    this.#idleMs = options.idleMs;
    this.#maxMs = options.maxMs;
    this.#now = options.now ?? (() => new Date());
  }

  async create(input: { email: string; role: string; displayName?: string }, by: Staff | null, origin: AuditOrigin | null = null): Promise<{ account: StaffAccount; password: string }> {
    const email = normaliseEmail(input.email);
    if (!EMAIL.test(email)) throw new ValidationError(`"${input.email}" is not an email address`);
    if (!isStaffRole(input.role)) throw new ValidationError(`"${input.role}" is not a role: editor, publisher or admin`);
    const displayName = (input.displayName?.trim() || email.split('@')[0]!).slice(0, 200);
    if (await findUserByEmail(this.#db, email)) throw new ConflictError(`there is already an account for ${email}`);
    const password = oneTimePassword();
    const row = await this.#db.transaction().execute(async (trx) => {
      const created = await insertUser(trx, { email, displayName, role: input.role, passwordHash: await hash(password), now: this.#now() });
      await this.#audit.record({ trx, staff: by, origin, action: 'user.create', subject: `user:${created.id}`, details: { email, role: input.role, displayName } });
      return created;
    });
    return { account: toAccount(row), password };
  }

  async list(): Promise<StaffAccount[]> {
    return (await listUsers(this.#db)).map(toAccount);
  }

  async find(idOrEmail: number | string): Promise<StaffAccount> {
    return toAccount(await this.#user(idOrEmail));
  }

  /** Signs the account out everywhere and refuses its sign-ins from now on. */
  async disable(idOrEmail: number | string, by: Staff | null, origin: AuditOrigin | null = null): Promise<StaffAccount> {
    const user = await this.#user(idOrEmail);
    if (by && by.id === user.id) throw new ConflictError('you cannot disable your own account');
    const now = this.#now();
    await this.#db.transaction().execute(async (trx) => {
      await updateUser(trx, user.id, { disabled_at: user.disabled_at ?? now });
      const sessions = await endUserSessions(trx, user.id, now);
      await this.#audit.record({ trx, staff: by, origin, action: 'user.disable', subject: `user:${user.id}`, details: { email: user.email, sessionsEnded: sessions } });
    });
    return this.find(user.id);
  }

  /**
   * A new one-time password (the old one stops working, every session ends, the second factor is
   * kept); a disabled account is enabled again by it, since an admin resetting it means it.
   */
  async reset(idOrEmail: number | string, by: Staff | null, origin: AuditOrigin | null = null): Promise<{ account: StaffAccount; password: string }> {
    const user = await this.#user(idOrEmail);
    const password = oneTimePassword();
    const now = this.#now();
    await this.#db.transaction().execute(async (trx) => {
      await updateUser(trx, user.id, { password_hash: await hash(password), must_change_password: true, password_changed_at: now, disabled_at: null });
      const sessions = await endUserSessions(trx, user.id, now);
      await this.#audit.record({ trx, staff: by, origin, action: 'user.reset', subject: `user:${user.id}`, details: { email: user.email, sessionsEnded: sessions, enabled: user.disabled_at !== null } });
    });
    return { account: await this.find(user.id), password };
  }

  /** Changes a role. On the web, the caller has checked the admin's password again first. */
  async changeRole(idOrEmail: number | string, role: string, by: Staff | null, origin: AuditOrigin | null = null): Promise<StaffAccount> {
    if (!isStaffRole(role)) throw new ValidationError(`"${role}" is not a role: editor, publisher or admin`);
    const user = await this.#user(idOrEmail);
    if (by && by.id === user.id) throw new ConflictError('you cannot change your own role');
    if (user.role === role) return toAccount(user);
    await this.#db.transaction().execute(async (trx) => {
      await updateUser(trx, user.id, { role });
      // A session carries its role from the database on every request, so none needs ending.
      await this.#audit.record({ trx, staff: by, origin, action: 'user.role', subject: `user:${user.id}`, details: { email: user.email, from: user.role, to: role } });
    });
    return this.find(user.id);
  }

  /** Turns the second factor on (a new secret) and answers the otpauth:// address for an authenticator app. */
  async enableTotp(idOrEmail: number | string, by: Staff | null, origin: AuditOrigin | null = null): Promise<{ secret: string; uri: string }> {
    const user = await this.#user(idOrEmail);
    const secret = new Secret({ size: 20 });
    await this.#db.transaction().execute(async (trx) => {
      await updateUser(trx, user.id, { totp_secret: secret.base32 });
      await this.#audit.record({ trx, staff: by, origin, action: 'user.totp', subject: `user:${user.id}`, details: { email: user.email, enabled: true } });
    });
    return { secret: secret.base32, uri: totpFor(user.email, secret.base32).toString() };
  }

  async disableTotp(idOrEmail: number | string, by: Staff | null, origin: AuditOrigin | null = null): Promise<void> {
    const user = await this.#user(idOrEmail);
    await this.#db.transaction().execute(async (trx) => {
      await updateUser(trx, user.id, { totp_secret: null });
      await this.#audit.record({ trx, staff: by, origin, action: 'user.totp', subject: `user:${user.id}`, details: { email: user.email, enabled: false } });
    });
  }

  /**
   * Checks email, password and (when the account has one) the one-time code, within the limits of
   * `login-throttle.ts`. Every answer but a throttled one is recorded; a refusal never says which
   * part was wrong.
   */
  async signIn(input: { email: string; password: string; code?: string | null }, origin: AuditOrigin & { address: string }): Promise<SignInResult> {
    const email = normaliseEmail(input.email).slice(0, 320);
    const now = this.#now();
    const keys = throttleKeys(email, origin.address);
    const failures = await findFailures(this.#db, keys);
    const blockedUntil = Math.max(0, ...failures.map((f) => f.blocked_until?.getTime() ?? 0));
    if (blockedUntil > now.getTime()) return { outcome: 'throttled', retryAfterSeconds: Math.ceil((blockedUntil - now.getTime()) / 1000) };

    const user = email === '' ? null : await findUserByEmail(this.#db, email);
    const password = input.password.slice(0, 1024);
    const passwordOk = user ? await verify(user.password_hash, password) : (await verify(await this.#dummy(), password), false);
    const step = user?.totp_secret ? totpStep(user.email, user.totp_secret, input.code ?? '', now) : null;
    const codeKey = user && step !== null ? `${user.id}:${step}` : null;
    const codeOk = !user?.totp_secret || (codeKey !== null && !this.#usedCodes.has(codeKey));
    if (!user || !passwordOk || !codeOk || user.disabled_at) {
      for (const k of keys) {
        const previous = failures.find((f) => f.scope === k.scope && f.key === k.key);
        const count = previous && now.getTime() - previous.last_failure_at.getTime() < THROTTLE_FORGET_MS ? previous.failures + 1 : 1;
        const wait = waitSeconds(k.scope, count);
        await saveFailure(this.#db, { ...k, failures: count, last_failure_at: now, blocked_until: wait > 0 ? new Date(now.getTime() + wait * 1000) : null });
      }
      const reason = !user ? 'unknown-email' : user.disabled_at ? 'disabled' : !passwordOk ? 'password' : 'code';
      await this.#audit.record({ staff: null, actorEmail: email || null, origin, action: 'sign-in.failed', subject: user ? `user:${user.id}` : null, details: { reason } });
      return { outcome: 'refused' };
    }

    if (codeKey !== null && step !== null) this.#rememberCode(codeKey, step);
    await clearFailures(this.#db, keys.filter((k) => k.scope !== 'address'));
    const token = randomBytes(32).toString('base64url');
    const sessionId = await insertSession(this.#db, {
      tokenHash: hashSessionToken(token),
      userId: user.id,
      now,
      expiresAt: new Date(now.getTime() + this.#maxMs),
      address: origin.address,
      userAgent: origin.userAgent?.slice(0, 400) ?? null,
    });
    const staff = toStaff(user);
    await this.#audit.record({ staff, origin, action: 'sign-in', subject: `user:${user.id}`, details: { session: sessionId, secondFactor: user.totp_secret !== null } });
    return { outcome: 'signed-in', token, session: { staff, sessionId, mustChangePassword: user.must_change_password } };
  }

  /** The live session a cookie's token stands for, or null (unknown, ended, idle too long, past its end, account disabled). */
  async session(token: string | undefined): Promise<StaffSession | null> {
    if (!token || token.length > 100) return null;
    const now = this.#now();
    const row = await findLiveSession(this.#db, hashSessionToken(token), now, new Date(now.getTime() - this.#idleMs));
    if (!row) return null;
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) await touchSession(this.#db, row.session_id, now);
    if (!isStaffRole(row.role)) return null;
    return {
      staff: { id: row.user_id, email: row.email, displayName: row.display_name, role: row.role },
      sessionId: row.session_id,
      mustChangePassword: row.must_change_password,
    };
  }

  async signOut(token: string, staff: Staff, origin: AuditOrigin | null): Promise<void> {
    await endSession(this.#db, hashSessionToken(token), this.#now());
    await this.#audit.record({ staff, origin, action: 'sign-out', subject: `user:${staff.id}` });
  }

  async signOutEverywhere(staff: Staff, origin: AuditOrigin | null): Promise<number> {
    const ended = await endUserSessions(this.#db, staff.id, this.#now());
    await this.#audit.record({ staff, origin, action: 'sign-out.everywhere', subject: `user:${staff.id}`, details: { sessionsEnded: ended } });
    return ended;
  }

  /** Whether `password` is the account's: re-authentication before a sensitive change. */
  async checkPassword(staff: Staff, password: string, origin: AuditOrigin | null): Promise<boolean> {
    const user = await this.#user(staff.id);
    const ok = await verify(user.password_hash, password.slice(0, 1024));
    if (!ok) await this.#audit.record({ staff, origin, action: 're-authentication.failed', subject: `user:${staff.id}` });
    return ok;
  }

  /** Sets a new password of the policy's kind; every other session of the account ends. */
  async changePassword(staff: Staff, current: string, next: string, keepSessionId: number | null, origin: AuditOrigin | null): Promise<'changed' | 'wrong-password'> {
    const user = await this.#user(staff.id);
    if (!(await verify(user.password_hash, current.slice(0, 1024)))) {
      await this.#audit.record({ staff, origin, action: 're-authentication.failed', subject: `user:${staff.id}` });
      return 'wrong-password';
    }
    const problem = passwordProblem(next, user.email);
    if (problem) throw new PasswordPolicyError(problem);
    if (next === current) throw new PasswordPolicyError('too-simple');
    const now = this.#now();
    await this.#db.transaction().execute(async (trx) => {
      await updateUser(trx, user.id, { password_hash: await hash(next), must_change_password: false, password_changed_at: now });
      await trx.updateTable('staff_sessions').set({ ended_at: now }).where('user_id', '=', user.id).where('ended_at', 'is', null).$if(keepSessionId !== null, (q) => q.where('id', '!=', keepSessionId!)).execute();
      await this.#audit.record({ trx, staff, origin, action: 'password.change', subject: `user:${user.id}` });
    });
    return 'changed';
  }

  async #user(idOrEmail: number | string): Promise<UserRow> {
    const user = typeof idOrEmail === 'number' ? await findUserById(this.#db, idOrEmail) : await findUserByEmail(this.#db, normaliseEmail(idOrEmail));
    if (!user) throw new NotFoundError(`there is no account ${typeof idOrEmail === 'number' ? idOrEmail : normaliseEmail(idOrEmail)}`);
    return user;
  }

  #rememberCode(key: string, step: number): void {
    // A code is accepted one step either side of its own: older steps can never match again.
    for (const [k, s] of this.#usedCodes) if (s < step - 2) this.#usedCodes.delete(k);
    this.#usedCodes.set(key, step);
  }

  #dummy(): Promise<string> {
    return (this.#dummyHash ??= hash(randomBytes(16).toString('hex')));
  }
}

function totpFor(email: string, secret: string): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label: email, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

/** The 30 s step a 6-digit code belongs to: the current one or one either side (clocks drift); null if none. */
export function totpStep(email: string, secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(email, secret).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 30_000) + delta;
}

/** The code an authenticator shows at `now` (for tests and the command line's check). */
export function totpCode(email: string, secret: string, now: Date): string {
  return totpFor(email, secret).generate({ timestamp: now.getTime() });
}

function toStaff(row: UserRow): Staff {
  if (!isStaffRole(row.role)) throw new Error(`account ${row.id} has the unknown role "${row.role}"`);
  return { id: row.id, email: row.email, displayName: row.display_name, role: row.role satisfies StaffRole };
}

function toAccount(row: UserRow): StaffAccount {
  return { ...toStaff(row), createdAt: row.created_at, disabledAt: row.disabled_at, mustChangePassword: row.must_change_password, totp: row.totp_secret !== null };
}
