/**
 * `openepar <command>`: the one command-line entry.
 *
 *   openepar serve [--sample]                 start the portal (--sample: load the sample catalogue into an empty database)
 *   openepar import epar-pages <file|dir>...  import EMA EPAR pages (Markdown)
 *   openepar import records <file|dir>...     import records in OpenEPAR's own JSON form (the sample catalogue)
 *   openepar migrate                          bring the database schema up to date
 *   openepar api-keys create <name>|list|revoke <id>   keys of the webhook API
 *   openepar users create <email> --role <role>|list|disable|reset|totp   back-office accounts
 *
 * Import options: --json (machine-readable summary on stdout), --dry-run (report, store nothing).
 * Exit code 1 when any input failed, 2 on wrong usage; values that could not be read in an input
 * that was imported are warnings in the summary and leave the exit code 0.
 *
 * The embedded database's folder has one owner. A command finding a portal running on it has
 * the portal run it (`portal-requests.ts`); finding another command on it, it refuses.
 */
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, type Config } from '../config.ts';
import { acquireDataFolderLock, DataFolderBusyError, type DataFolderLock, type LockHolder } from '../db/data-folder-lock.ts';
import { DATABASE_COMMANDS, isDatabaseCommand } from './command-list.ts';
import { runThroughPortal } from './portal-client.ts';
// Everything else (services, importers, the server) is imported when used: a command that a
// portal runs needs none of it, and starts in a fraction of the time.
const usage = async () => (await import('./commands.ts')).USAGE;

/** How long a stopping portal lets the commands it runs for the command line finish. */
const PORTAL_COMMAND_GRACE_MS = 10_000;

/** Runs a command and returns its exit code; never throws. */
export async function run(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    if (/^ERR_PARSE_ARGS_/.test(String((error as { code?: unknown }).code))) {
      console.error(`openepar: ${(error as Error).message}\n\n${await usage()}`);
      return 2;
    }
    if (error instanceof DataFolderBusyError) {
      console.error(`openepar: ${busyMessage(error.dataDir, error.holder)}`);
      return 1;
    }
    console.error(error);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (!command || command === 'help' || argv.includes('--help') || argv.includes('-h')) {
    console.log(await usage());
    return command ? 0 : 2;
  }
  if (command === 'serve') return serve(argv.slice(1));
  if (!isDatabaseCommand(command)) {
    console.error(`openepar: unknown command "${command}"\n\n${await usage()}`);
    return 2;
  }
  const config = loadConfig();
  const embeddedFolder = !config.databaseUrl && !config.dataDir.startsWith('memory://');
  if (!embeddedFolder) return runHere(config, argv, null);

  // Take the folder, or find who has it. Twice more if its holder was just leaving.
  for (let attempt = 0; ; attempt++) {
    let lock: DataFolderLock;
    try {
      lock = await acquireDataFolderLock(config.dataDir, { role: 'command', description: argv.slice(0, 2).join(' ') });
    } catch (error) {
      if (!(error instanceof DataFolderBusyError)) throw error;
      if (error.holder && error.holder.role !== 'portal') {
        console.error(`openepar: ${busyMessage(config.dataDir, error.holder)}`);
        return 1;
      }
      const controller = interruptions(DATABASE_COMMANDS[command].interruptible, 'asking the portal to stop the command', true);
      try {
        const answer = await runThroughPortal(error.dataDir, argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), signal: controller.signal });
        if (answer && 'code' in answer) return answer.code;
        if (answer && answer.holder?.role !== 'portal') {
          console.error(`openepar: ${busyMessage(config.dataDir, answer.holder)}`);
          return 1;
        }
      } finally {
        controller.dispose();
      }
      if (attempt >= 2) {
        console.error(`openepar: ${busyMessage(config.dataDir, null)}`);
        return 1;
      }
      continue;
    }
    return runHere(config, argv, lock);
  }
}

/** Runs the command in this process, on the database it opens (with the folder's lock, if given). */
async function runHere(config: Config, argv: string[], folderLock: DataFolderLock | null): Promise<number> {
  const [{ createServices }, { runCommand }] = await Promise.all([import('../services.ts'), import('./commands.ts')]);
  const services = await createServices(config, { folderLock: folderLock ?? undefined }).catch(async (error: unknown) => {
    await folderLock?.release();
    throw error;
  });
  const controller = interruptions(DATABASE_COMMANDS[argv[0] as keyof typeof DATABASE_COMMANDS].interruptible, 'finishing the item in progress');
  try {
    return await runCommand(services, argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), signal: controller.signal });
  } finally {
    controller.dispose();
    await services.close();
  }
}

async function serve(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { sample: { type: 'boolean', default: false } } });
  if (positionals.length > 0) {
    console.error(`openepar: serve takes no arguments\n\n${await usage()}`);
    return 2;
  }
  const config = loadConfig();
  const [{ startServer }, { removePortalToken, servePortalRequests, writePortalToken }] = await Promise.all([import('../server.ts'), import('./portal-requests.ts')]);
  const embeddedFolder = !config.databaseUrl && !config.dataDir.startsWith('memory://');
  // The portal takes its folder first, so commands started from now on come to it.
  const folderLock = embeddedFolder ? await acquireDataFolderLock(config.dataDir, { role: 'portal', description: 'starting' }) : null;
  const token = folderLock ? writePortalToken(folderLock) : null;
  let requests: ReturnType<typeof servePortalRequests> | null = null;
  let started;
  try {
    started = await startServer(config, {
      sample: values.sample,
      folderLock: folderLock ?? undefined,
      async beforeShutdown() {
        await requests?.stop(PORTAL_COMMAND_GRACE_MS);
        if (folderLock && token) await removePortalToken(folderLock, token);
      },
    });
  } catch (error) {
    if (folderLock && token) await removePortalToken(folderLock, token);
    await folderLock?.release();
    throw error;
  }
  if (folderLock && token) {
    folderLock.describe({ description: started.url });
    requests = servePortalRequests(folderLock, started.services, token);
  }
  console.log(`OpenEPAR is running at ${started.url} (database: ${started.database})`);
  return 0;
}

function busyMessage(dataDir: string, holder: LockHolder | null): string {
  if (!holder) return `${dataDir} is in use by another process; wait for it to finish, then run this again`;
  if (holder.role === 'portal') return `a portal is already running on ${dataDir} (pid ${holder.pid}${holder.description.startsWith('http') ? `, ${holder.description}` : ''}); stop it first, or run commands beside it: they go through it`;
  return `another openepar command is using ${dataDir} (pid ${holder.pid}: ${holder.description}); wait for it to finish, then run this again`;
}

/**
 * Ctrl-C while a command runs. An interruptible command (the sync) is asked to stop cleanly
 * the first time, and the process ends at the second; any other ends at once, as usual, and
 * when a portal runs it, the portal carries on without this process (it cannot stop halfway).
 */
function interruptions(interruptible: boolean, what: string, inPortal = false): AbortController & { dispose(): void } {
  const controller = new AbortController();
  const onInterrupt = () => {
    process.removeListener('SIGINT', onInterrupt);
    if (!interruptible) {
      process.stderr.write('\nopenepar: the portal finishes the command on its own (see its log)\n');
      process.exit(130);
    }
    process.stderr.write(`\nstopping: ${what} (Ctrl-C again to kill)\n`);
    controller.abort();
  };
  if (interruptible || inPortal) process.on('SIGINT', onInterrupt);
  return Object.assign(controller, { dispose: () => process.removeListener('SIGINT', onInterrupt) });
}

if (import.meta.main) {
  const code = await run(process.argv.slice(2));
  // `serve` keeps the process alive through its server; everything else ends here.
  if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
}
