/**
 * `openepar <command>`: the one command-line entry.
 *
 *   openepar serve [--sample]                 start the portal (--sample: load the sample catalogue into an empty database)
 *   openepar import epar-pages <file|dir>...  import EMA EPAR pages (Markdown)
 *   openepar import records <file|dir>...     import records in OpenEPAR's own JSON form (the sample catalogue)
 *   openepar migrate                          bring the database schema up to date
 *
 * Import options: --json (machine-readable summary on stdout), --dry-run (report, store nothing).
 * Exit code 1 when any input failed, 2 on wrong usage.
 */
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../config.ts';
import { createServices, type Services } from '../services.ts';
import { importEparPages } from '../ingest/epar-pages/import-epar-pages.ts';
import { importRecords, SAMPLE_DIR } from '../ingest/sample/import-sample.ts';
import { formatSummary, type ImportSummary } from '../ingest/import-runner.ts';
import { startServer } from '../server.ts';

const USAGE = `Usage:
  openepar serve [--sample]
  openepar import epar-pages <file|dir>... [--json] [--dry-run]
  openepar import records <file|dir>... [--json] [--dry-run]
  openepar migrate`;

type Importer = (services: Services, inputs: string[], options: { progress: NodeJS.WriteStream | null; dryRun: boolean }) => Promise<ImportSummary>;

const IMPORTERS: Record<string, Importer> = {
  'epar-pages': (s, inputs, o) => importEparPages(s.writer, inputs, o),
  records: (s, inputs, o) => importRecords(s.writer, inputs, o),
};

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      sample: { type: 'boolean', default: false },
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
    await startServer(config, { sample: values.sample });
    return 0;
  }

  const services = await createServices(config);
  try {
    if (command === 'migrate') {
      console.error(`Database is up to date (${services.database.kind}).`);
      return 0;
    }
    if (command === 'import') {
      const [kind, ...inputs] = rest;
      const importer = kind ? IMPORTERS[kind] : undefined;
      if (!importer) throw new UsageError(`unknown import kind "${kind ?? ''}"; one of: ${Object.keys(IMPORTERS).join(', ')}`);
      if (inputs.length === 0) throw new UsageError(`import ${kind} needs at least one file or folder`);
      const started = performance.now();
      const summary = await importer(services, inputs, { progress: values.json ? null : process.stderr, dryRun: values['dry-run'] });
      if (values.json) console.log(JSON.stringify(summary));
      else console.error(`${values['dry-run'] ? '(dry run) ' : ''}${formatSummary(summary)}\n${((performance.now() - started) / 1000).toFixed(1)} s`);
      return summary.failed > 0 ? 1 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } finally {
    await services.close();
  }
}

export { SAMPLE_DIR };

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`openepar: ${error.message}\n\n${USAGE}`);
        process.exitCode = 2;
      } else if (error instanceof ConfigError) {
        console.error(error.message);
        process.exitCode = 2;
      } else {
        console.error(error);
        process.exitCode = 1;
      }
    },
  );
}
