/**
 * The commands that work on the database, by name, apart from their code (`commands.ts`), so
 * the command line can decide where a command runs, and a portal which requests it accepts,
 * without loading every importer first.
 *
 * `interruptible`: the first Ctrl-C asks the command to stop cleanly (the sync saves its state
 * and prints its summary); the others stop at once.
 */
export const DATABASE_COMMANDS = {
  import: { interruptible: false },
  sync: { interruptible: true },
  'api-keys': { interruptible: false },
  migrate: { interruptible: false },
  webhooks: { interruptible: false },
  users: { interruptible: false },
  export: { interruptible: false },
} as const satisfies Record<string, { interruptible: boolean }>;

export type DatabaseCommand = keyof typeof DATABASE_COMMANDS;

export function isDatabaseCommand(name: string): name is DatabaseCommand {
  return Object.hasOwn(DATABASE_COMMANDS, name);
}
