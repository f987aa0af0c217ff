/**
 * `openepar <command>`: the one command-line entry.
 *
 *   openepar serve [--sample]                 start the portal (--sample: load the sample catalogue into an empty database)
 *   openepar import epar-pages <file|dir>...  import EMA EPAR pages (Markdown)
 *   openepar import records <file|dir>...     import records in OpenEPAR's own JSON form (the sample catalogue)
 *   openepar migrate                          bring the database schema up to date
 *   openepar api-keys create <name>|list|revoke <id>   keys of the webhook API
 *
 * Import options: --json (machine-readable summary on stdout), --dry-run (report, store nothing).
 * Exit code 1 when any input failed, 2 on wrong usage; values that could not be read in an input
 * that was imported are warnings in the summary and leave the exit code 0.
 */
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../config.ts';
import { createServices, type Services } from '../services.ts';
import { importEparPages } from '../ingest/epar-pages/import-epar-pages.ts';
import { importRecords } from '../ingest/sample/import-sample.ts';
import { importEmaTables } from '../ingest/ema-table/import-ema-table.ts';
import { importPresentations } from '../ingest/presentations/import-presentations.ts';
import { importOverviews } from '../ingest/overview/import-overview.ts';
import { importDocuments } from '../ingest/documents/import-documents.ts';
import { importProceduralSteps } from '../ingest/procedural-steps/import-procedural-steps.ts';
import { formatSummary, type ImportSummary } from '../ingest/import-runner.ts';
import { startServer } from '../server.ts';
import { runSyncCommand, SYNC_USAGE } from '../ingest/sync/sync-command.ts';
import { API_KEYS_USAGE, ApiKeysUsageError, runApiKeysCommand } from '../features/webhooks/api-keys.command.ts';

const USAGE = `Usage:
  openepar serve [--sample]
  openepar import epar-pages <file|dir>... [--json] [--dry-run]
  openepar import records <file|dir>... [--json] [--dry-run]
  openepar import overview [--medicine <slug|product number> --lang <code>] <file.pdf|file.txt|dir>... [--json] [--dry-run]
  openepar import document [--medicine <slug|product number> --type <type> --lang <code>] <file.pdf|dir>... [--json] [--dry-run]
  openepar import presentations <file|dir>... [--json] [--dry-run]
  openepar import procedural-steps <file|dir>... [--json] [--dry-run]
  openepar import ema-table <file.xlsx|file.csv|dir>... [--as-of YYYY-MM-DD] [--json] [--dry-run]
  ${SYNC_USAGE}
  openepar migrate
  ${API_KEYS_USAGE}`;

interface ImportOptions {
  progress: NodeJS.WriteStream | null;
  dryRun: boolean;
  asOf: Date | null;
  medicine: string | null;
  lang: string | null;
  type: string | null;
}
type Importer = (services: Services, inputs: string[], options: ImportOptions) => Promise<ImportSummary>;

const IMPORTERS: Record<string, Importer> = {
  'epar-pages': (s, inputs, o) => importEparPages(s.writer, inputs, o),
  records: (s, inputs, o) => importRecords(s.writer, inputs, o),
  'ema-table': (s, inputs, o) => importEmaTables(s.writer, inputs, { ...o, asOf: o.asOf ?? undefined }),
  presentations: (s, inputs, o) => importPresentations(s, inputs, o),
  overview: (s, inputs, o) => importOverviews(s, inputs, o),
  document: (s, inputs, o) => importDocuments(s, inputs, o),
  'procedural-steps': (s, inputs, o) => importProceduralSteps(s, inputs, o),
};

class UsageError extends Error {}

/** Runs a command and returns its exit code; never throws. */
export async function run(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ApiKeysUsageError) {
      console.error(`openepar: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`openepar: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(error);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  // The sync has its own options (and parser): the import commands' one would refuse them.
  if (argv[0] === 'sync') return runSyncCommand(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      sample: { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      medicine: { type: 'string' },
      lang: { type: 'string' },
      type: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig();

  if (command === 'serve') {
    const { url, database } = await startServer(config, { sample: values.sample });
    console.log(`OpenEPAR is running at ${url} (database: ${database})`);
    return 0;
  }

  const services = await createServices(config);
  try {
    if (command === 'migrate') {
      console.error(`Database is up to date (${services.database.kind}).`);
      return 0;
    }
    if (command === 'api-keys') return await runApiKeysCommand(services.apiKeys, rest);
    if (command === 'import') {
      const [kind, ...inputs] = rest;
      const importer = kind ? IMPORTERS[kind] : undefined;
      if (!importer) throw new UsageError(`unknown import kind "${kind ?? ''}"; one of: ${Object.keys(IMPORTERS).join(', ')}`);
      if (inputs.length === 0) throw new UsageError(`import ${kind} needs at least one file or folder`);
      const started = performance.now();
      const asOf = values['as-of'] ? new Date(`${values['as-of']}T00:00:00Z`) : null;
      if (asOf && Number.isNaN(asOf.getTime())) throw new UsageError(`--as-of "${values['as-of']}" is not a date (YYYY-MM-DD)`);
      const summary = await importer(services, inputs, { progress: values.json ? null : process.stderr, dryRun: values['dry-run'], asOf, medicine: values.medicine ?? null, lang: values.lang ?? null, type: values.type ?? null });
      if (values.json) console.log(JSON.stringify({ ...summary, warnings: summary.warnings ?? [] }));
      else console.error(`${values['dry-run'] ? '(dry run) ' : ''}${formatSummary(summary)}\n${((performance.now() - started) / 1000).toFixed(1)} s`);
      return summary.failed > 0 ? 1 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } finally {
    await services.close();
  }
}

if (import.meta.main) {
  const code = await run(process.argv.slice(2));
  // `serve` keeps the process alive through its server; everything else ends here.
  if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
}
