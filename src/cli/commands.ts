/**
 * The commands that work on the database (`import …`, `sync`, `api-keys`, `migrate`,
 * `webhooks`), each a function of the services, its arguments and where its output goes. The
 * same function runs in the command's own process, or inside a running portal when the portal
 * owns the embedded database (`portal-requests.ts`); either way `--json` output goes to stdout
 * and human text to stderr.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import type { Services } from '../services.ts';
import { importEparPages } from '../ingest/epar-pages/import-epar-pages.ts';
import { importRecords } from '../ingest/sample/import-sample.ts';
import { importEmaTables } from '../ingest/ema-table/import-ema-table.ts';
import { importPresentations } from '../ingest/presentations/import-presentations.ts';
import { importOverviews } from '../ingest/overview/import-overview.ts';
import { importDocuments } from '../ingest/documents/import-documents.ts';
import { importProductInformation } from '../ingest/product-information/import-product-information.ts';
import { importProceduralSteps } from '../ingest/procedural-steps/import-procedural-steps.ts';
import { formatSummary, type ImportSummary } from '../ingest/import-runner.ts';
import { importEmaFolder } from '../ingest/ema-folder/import-ema-folder.ts';
import { runSyncCommand, SYNC_USAGE } from '../ingest/sync/sync-command.ts';
import { API_KEYS_USAGE, ApiKeysUsageError, runApiKeysCommand } from '../features/webhooks/api-keys.command.ts';
import { runWebhooksCommand, WEBHOOKS_USAGE } from '../features/webhooks/webhooks.command.ts';
import { EXPORT_USAGE, ExportUsageError, runExportCommand } from '../features/exports/export.command.ts';
import { runUsersCommand, USERS_USAGE, UsersUsageError } from '../features/accounts/users.command.ts';
import { isDatabaseCommand, type DatabaseCommand } from './command-list.ts';

export const USAGE = `Usage:
  openepar serve [--sample]
  openepar import epar-pages <file|dir>... [--json] [--dry-run]
  openepar import records <file|dir>... [--json] [--dry-run]
  openepar import overview [--medicine <slug|product number> --lang <code>] <file.pdf|file.txt|dir>... [--json] [--dry-run]
  openepar import document [--medicine <slug|product number> --type <type> --lang <code>] <file.pdf|dir>... [--json] [--dry-run]
  openepar import product-information [--medicine <slug|product number>] [--lang <code>] <file.pdf|file.md|epi.xml|epi.json|dir>... [--json] [--dry-run]
  openepar import presentations <file|dir>... [--json] [--dry-run]
  openepar import procedural-steps <file|dir>... [--json] [--dry-run]
  openepar import ema-table <file.xlsx|file.csv|dir>... [--as-of YYYY-MM-DD] [--json] [--dry-run]
  openepar import ema-folder <dir> [--json] [--dry-run]   (its tables/, epar-pages/, presentations/, procedural-steps/, product-information-pdf/)
  ${SYNC_USAGE}
  openepar migrate
  ${API_KEYS_USAGE}
  ${WEBHOOKS_USAGE}
  ${EXPORT_USAGE}
  ${USERS_USAGE}`;

export interface CommandIo {
  /** Machine-readable output (`--json`, a new API key). */
  stdout: Writable;
  /** Human text; progress bars are drawn only when it is a terminal. */
  stderr: Writable;
  /** The directory relative paths in the arguments are relative to: the caller's. */
  cwd: string;
  /** Aborted on an interrupt (Ctrl-C); commands that can stop early, cleanly, honour it. */
  signal: AbortSignal;
}

/** Runs with the services it is given and answers an exit code. */
export type Command = (services: Services, args: string[], io: CommandIo) => Promise<number>;

export class UsageError extends Error {}

interface ImportOptions {
  progress: NodeJS.WriteStream | null;
  dryRun: boolean;
  asOf: Date | null;
  medicine: string | null;
  lang: string | null;
  type: string | null;
  /** Human lines on the way (not with --json). */
  note: ((line: string) => void) | null;
}
type Importer = (services: Services, inputs: string[], options: ImportOptions) => Promise<ImportSummary>;

const IMPORTERS: Record<string, Importer> = {
  'epar-pages': (s, inputs, o) => importEparPages(s.writer, inputs, o),
  records: (s, inputs, o) => importRecords(s.writer, inputs, o),
  'ema-table': (s, inputs, o) => importEmaTables(s.writer, inputs, { ...o, asOf: o.asOf ?? undefined }),
  presentations: (s, inputs, o) => importPresentations(s, inputs, o),
  overview: (s, inputs, o) => importOverviews(s, inputs, o),
  document: (s, inputs, o) => importDocuments(s, inputs, o),
  'product-information': (s, inputs, o) => importProductInformation(s, inputs, o),
  'procedural-steps': (s, inputs, o) => importProceduralSteps(s, inputs, o),
  'ema-folder': async (s, inputs, o) => {
    if (inputs.length !== 1) throw new UsageError('import ema-folder takes one folder');
    return importEmaFolder(s, inputs[0]!, {
      ...o,
      // Each part's own line as it finishes: a whole corpus takes minutes.
      onPart: (folder, summary, seconds) => o.note?.(`${folder}: ${formatSummary(summary).split('\n')[0]} (${seconds.toFixed(1)} s)`),
    });
  },
};

const importCommand: Command = async (services, args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      medicine: { type: 'string' },
      lang: { type: 'string' },
      type: { type: 'string' },
    },
  });
  const [kind, ...inputs] = positionals;
  const importer = kind ? IMPORTERS[kind] : undefined;
  if (!importer) throw new UsageError(`unknown import kind "${kind ?? ''}"; one of: ${Object.keys(IMPORTERS).join(', ')}`);
  if (inputs.length === 0) throw new UsageError(`import ${kind} needs at least one file or folder`);
  const started = performance.now();
  const asOf = values['as-of'] ? new Date(`${values['as-of']}T00:00:00Z`) : null;
  if (asOf && Number.isNaN(asOf.getTime())) throw new UsageError(`--as-of "${values['as-of']}" is not a date (YYYY-MM-DD)`);
  const summary = await importer(services, inputs.map((input) => inputPath(io, input)), {
    progress: values.json ? null : terminal(io.stderr),
    dryRun: values['dry-run'],
    asOf,
    medicine: values.medicine ?? null,
    lang: values.lang ?? null,
    type: values.type ?? null,
    note: values.json ? null : (line) => io.stderr.write(`${line}\n`),
  });
  if (values.json) io.stdout.write(`${JSON.stringify({ ...summary, warnings: summary.warnings ?? [] })}\n`);
  else io.stderr.write(`${values['dry-run'] ? '(dry run) ' : ''}${formatSummary(summary)}\n${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return summary.failed > 0 ? 1 : 0;
};

const migrateCommand: Command = async (services, args, io) => {
  if (args.length > 0) throw new UsageError('migrate takes no arguments');
  // Opening the database brought it up to date.
  io.stderr.write(`Database is up to date (${services.database.kind}).\n`);
  return 0;
};

const apiKeysCommand: Command = async (services, args, io) =>
  runApiKeysCommand(
    services.apiKeys,
    parseArgs({ args, allowPositionals: true, options: {} }).positionals,
    (line) => io.stdout.write(`${line}\n`),
    (line) => io.stderr.write(`${line}\n`),
  );

const webhooksCommand: Command = async (services, args, io) =>
  runWebhooksCommand(services, args, (line) => io.stdout.write(`${line}\n`), (line) => io.stderr.write(`${line}\n`));

const exportCommand: Command = async (services, args, io) =>
  runExportCommand(services.exports, args, { out: (line) => io.stdout.write(`${line}\n`), err: (line) => io.stderr.write(`${line}\n`), resolve: (input) => inputPath(io, input) });

const syncCommand: Command = async (services, args, io) =>
  runSyncCommand(args, { stdout: io.stdout, stderr: io.stderr, services, signal: io.signal, cwd: io.cwd });

const usersCommand: Command = async (services, args, io) =>
  runUsersCommand(services.accounts, args, (line) => io.stdout.write(`${line}\n`), (line) => io.stderr.write(`${line}\n`));

/** The code of each command in `command-list.ts`. */
const COMMANDS: Record<DatabaseCommand, Command> = {
  import: importCommand,
  sync: syncCommand,
  'api-keys': apiKeysCommand,
  migrate: migrateCommand,
  webhooks: webhooksCommand,
  export: exportCommand,
  users: usersCommand,
};

/**
 * Runs `argv` (`['import', 'records', 'sample/medicines']`) and answers its exit code: 1 when
 * anything failed, 2 on wrong usage. Never throws; what went wrong is written to `io.stderr`.
 */
export async function runCommand(services: Services, argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (!name || !isDatabaseCommand(name)) throw new UsageError(`unknown command "${name ?? ''}"`);
    return await COMMANDS[name](services, args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ApiKeysUsageError || error instanceof ExportUsageError || error instanceof UsersUsageError || /^ERR_PARSE_ARGS_/.test(String((error as { code?: unknown }).code))) {
      io.stderr.write(`openepar: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`openepar: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

/**
 * A path from the arguments as the command opens it. In the caller's own process it stays as
 * typed (so summaries name files as the user did); run by a portal elsewhere, it is resolved
 * against the caller's directory.
 */
export function inputPath(io: CommandIo, input: string): string {
  return io.cwd === process.cwd() ? input : path.resolve(io.cwd, input);
}

function terminal(stream: Writable): NodeJS.WriteStream | null {
  return (stream as NodeJS.WriteStream).isTTY ? (stream as NodeJS.WriteStream) : null;
}
