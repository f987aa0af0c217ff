/**
 * `openepar users …`: back-office accounts from the command line, where the first administrator
 * comes from. A new or reset account's one-time password is printed once, on stdout (the rest
 * goes to stderr), to be handed over safely; its holder must choose their own at first sign-in.
 */
import { parseArgs } from 'node:util';
import { STAFF_ROLES } from '../../domain/access-rules.ts';
import { AppError } from '../../domain/errors.ts';
import type { AccountsService } from './accounts.service.ts';

export const USERS_USAGE = 'openepar users create <email> --role editor|publisher|admin [--name <name>] | users list | users disable <email> | users reset <email> | users totp <email> [--off]';

export class UsersUsageError extends Error {}

export async function runUsersCommand(accounts: AccountsService, args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' }, off: { type: 'boolean', default: false } } });
  const [action, email, ...rest] = positionals;
  if (rest.length > 0) throw new UsersUsageError(`users ${action ?? ''} takes one email address`);
  const needEmail = (): string => {
    if (!email) throw new UsersUsageError(`users ${action ?? ''} needs an email address`);
    return email;
  };
  try {
    if (action === 'create') {
      if (!values.role) throw new UsersUsageError(`users create needs --role ${STAFF_ROLES.join('|')}`);
      const { account, password } = await accounts.create({ email: needEmail(), role: values.role, displayName: values.name }, null);
      out(password);
      err(`Created ${account.role} account ${account.id} for ${account.email}. The line above is its one-time password, shown only now: hand it over safely. It must be changed at first sign-in at /admin/login.`);
      return 0;
    }
    if (action === 'list') {
      if (email) throw new UsersUsageError('users list takes no arguments');
      const all = await accounts.list();
      if (all.length === 0) err(`No accounts. Create the first administrator with: openepar users create <email> --role admin`);
      for (const a of all) {
        out([String(a.id), a.email, a.role, a.disabledAt ? `disabled ${a.disabledAt.toISOString()}` : 'active', a.totp ? 'totp' : 'password', a.mustChangePassword ? 'one-time password' : '', a.displayName].join('\t'));
      }
      return 0;
    }
    if (action === 'disable') {
      const account = await accounts.disable(needEmail(), null);
      err(`Account ${account.email} is disabled and signed out everywhere.`);
      return 0;
    }
    if (action === 'reset') {
      const { account, password } = await accounts.reset(needEmail(), null);
      out(password);
      err(`New one-time password for ${account.email} (above), shown only now; every session of the account has ended${account.disabledAt ? '' : ' and the account is enabled'}.`);
      return 0;
    }
    if (action === 'totp') {
      if (values.off) {
        await accounts.disableTotp(needEmail(), null);
        err(`Two-step sign-in is off for ${email}.`);
        return 0;
      }
      const { uri } = await accounts.enableTotp(needEmail(), null);
      out(uri);
      err(`Two-step sign-in is on for ${email}: add the otpauth:// address above to an authenticator app (most read it from a QR code of it). Sign-in now asks for its 6-digit code.`);
      return 0;
    }
  } catch (error) {
    if (error instanceof AppError && error.status < 500) {
      err(`openepar: ${error.message}`);
      return 1;
    }
    throw error;
  }
  throw new UsersUsageError(`unknown users action "${action ?? ''}"; one of create, list, disable, reset, totp`);
}
